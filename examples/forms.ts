// npm run example:forms: one form definition validates tickets on the server,
// gives the browser a JSON Schema, and answers in es / pt / en.
import { defineForm, fileTypes, findDuplicate } from "plazo/forms";

const MB = 1_048_576;
const form = defineForm({
  fields: {
    subject: {
      kind: "text",
      label: { es: "Asunto", pt: "Assunto", en: "Subject" },
      required: true,
      min: 5,
    },
    description: {
      kind: "longText",
      label: { es: "Descripción", pt: "Descrição", en: "Description" },
      required: true,
    },
    attachments: {
      kind: "attachments",
      label: { es: "Adjuntos", pt: "Anexos", en: "Attachments" },
      maxFileSize: 3 * MB,
    }, // R000-3
  },
  taxonomy: {
    label: { es: "Motivo", pt: "Motivo", en: "Reason" },
    options: {
      order: {
        label: { es: "Pedido", pt: "Pedido", en: "Order" },
        fields: {
          orderNumber: {
            kind: "identifier",
            label: { es: "Número de pedido", pt: "Número do pedido", en: "Order number" },
            pattern: "[0-9]{10}",
            example: "2000012345",
          },
        },
      },
      spreadsheet: { label: { es: "Carga masiva", pt: "Carga em massa", en: "Bulk upload" } },
    },
  },
  rules: [
    { when: { category: ["order"] }, require: ["orderNumber"] }, // R000-6
    {
      when: { category: ["spreadsheet"] },
      requireFile: { field: "attachments", types: fileTypes.spreadsheets },
    }, // R000-5
  ],
});

const good = form.parse({
  category: ["order"],
  subject: "  Pedido sin despacho ",
  description: "El pedido lleva 5 días sin moverse.",
  orderNumber: "2000012345",
  isAdmin: true, // unknown keys are dropped
});
console.log("valid ticket →", JSON.stringify(good));
if (good.ok) {
  // the value is typed: good.value.orderNumber is string | undefined, good.value.category is ["order"] | ["spreadsheet"]
  const open = [{ id: "T-77", reference: "2000012345", reason: ["order"] }];
  const dup = findDuplicate(
    { reference: good.value.orderNumber, reason: good.value.category },
    open,
  );
  console.log("duplicate of an open ticket? (R002-2) →", dup?.id ?? "no");
}

for (const locale of ["es", "pt", "en"] as const) {
  const bad = form.parse(
    {
      category: ["spreadsheet"],
      subject: "Stock",
      attachments: [
        {
          name: "planilla.xlsx.exe",
          size: 5 * MB,
          type: "application/octet-stream",
          status: "failed",
        },
      ],
    },
    { locale },
  );
  if (!bad.ok) {
    console.log(`\ninvalid ticket (${locale}):`);
    for (const issue of bad.issues)
      console.log(`  ${issue.path.join(".").padEnd(14)} ${issue.code.padEnd(18)} ${issue.message}`);
    console.log("  kept for the user:", JSON.stringify(bad.partial));
  }
}

const schema = form.toJSONSchema({ locale: "en" });
console.log("\nJSON Schema for the front end:", JSON.stringify(schema).slice(0, 160), "…");
