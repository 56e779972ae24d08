import { type Attachment, defineForm, findDuplicate } from "plazo/forms";
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  partnerPortal,
  sellerCenter,
  sellerHelp,
  supportPortal,
  technicalInput,
} from "./definitions.js";

const MB = 1_048_576;
const codes = (r: {
  ok: boolean;
  issues?: readonly { code: string; path: readonly unknown[] }[];
}) => (r.ok ? [] : (r.issues ?? []).map((i) => `${i.path.join(".")}:${i.code}`));

const support = defineForm(supportPortal);
const seller = defineForm(sellerHelp);
const partner = defineForm(partnerPortal);
const center = defineForm(sellerCenter);

describe("R000 retail marketplace", () => {
  it("R000-1: requireAll makes every field on the chosen path mandatory", () => {
    const all = defineForm({ ...sellerHelp, requireAll: true });
    const r = all.parse({ category: ["other"], subject: "Hola" });
    expect(codes(r)).toEqual(["description:required", "attachments:required"]);
    expect(
      codes(seller.parse({ category: ["other"], subject: "Hola", description: "Texto" })),
    ).toEqual([]);
  });

  it("R000-3: each file at most 3 MB, any number of files", () => {
    const base = { category: ["other"], subject: "Hola", description: "Texto" };
    const ok = seller.parse({
      ...base,
      attachments: Array.from({ length: 30 }, (_, i) => ({
        name: `f${i}.pdf`,
        size: 3 * MB,
        type: "application/pdf",
      })),
    });
    expect(ok.ok).toBe(true);
    const big = seller.parse({
      ...base,
      attachments: [{ name: "video.mp4", size: 3 * MB + 1, type: "video/mp4" }],
    });
    expect(codes(big)).toEqual(["attachments.0:file_too_large"]);
    expect(big.ok ? "" : big.issues[0]?.message).toBe(
      "El archivo «video.mp4» supera el máximo de 3 MB.",
    );
  });

  it("R000-4: a product ticket carries the SKU or the product ID", () => {
    const base = { category: ["product"], subject: "Stock", description: "Texto" };
    const r = seller.parse(base, { locale: "en" });
    expect(codes(r)).toEqual(["sku:one_of_required"]);
    expect(r.ok ? "" : r.issues[0]?.message).toBe(
      "Give at least one of these fields: “SKU”, “Product ID”.",
    );
    expect(seller.parse({ ...base, sku: "SKU-12345" }).ok).toBe(true);
    expect(seller.parse({ ...base, productId: "123456" }).ok).toBe(true);
    // an invalid SKU is reported as such, not as missing
    expect(codes(seller.parse({ ...base, sku: "x" }))).toEqual(["sku:invalid_format"]);
  });

  it("R000-5: a spreadsheet ticket attaches a spreadsheet", () => {
    const base = { category: ["spreadsheet"], subject: "Carga", description: "Texto" };
    expect(codes(seller.parse(base))).toEqual(["attachments:file_required"]);
    expect(
      codes(
        seller.parse({ ...base, attachments: [{ name: "foto.png", size: 10, type: "image/png" }] }),
      ),
    ).toEqual(["attachments:file_required"]);
    const xlsx = {
      name: "stock.xlsx",
      size: 4000,
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };
    expect(seller.parse({ ...base, attachments: [xlsx] }).ok).toBe(true);
  });

  it("R000-6: an order ticket carries the order number", () => {
    const base = { category: ["order"], subject: "Despacho", description: "Texto" };
    const r = seller.parse(base, { locale: "pt" });
    expect(codes(r)).toEqual(["orderNumber:required"]);
    expect(r.ok ? "" : r.issues[0]?.message).toBe("O campo “Número do pedido” é obrigatório.");
    const bad = seller.parse({ ...base, orderNumber: "12" });
    expect(bad.ok ? "" : bad.issues[0]?.message).toBe(
      "«Número de pedido» no tiene el formato esperado (por ejemplo 2000012345).",
    );
    const typed = seller.parse({ ...base, orderNumber: "2000012345" });
    if (typed.ok) {
      // node fields stay typed even when sibling nodes add none (they used to vanish into unknown)
      expectTypeOf(typed.value.orderNumber).toEqualTypeOf<string | undefined>();
      expectTypeOf(typed.value.attachments).toEqualTypeOf<Attachment[] | undefined>();
      expectTypeOf(typed.value.category).toEqualTypeOf<
        ["product"] | ["order"] | ["spreadsheet"] | ["other"]
      >();
    }
    expect(seller.parse({ ...base, orderNumber: " 2000012345 " })).toEqual({
      ok: true,
      value: {
        category: ["order"],
        subject: "Despacho",
        description: "Texto",
        orderNumber: "2000012345",
      },
    });
  });
});

describe("R001 department-store marketplace", () => {
  it("R001-1: three dependent levels, required fields depend on the path", () => {
    expect(codes(center.parse({ category: ["claim", "logistics"] }))).toEqual([
      "category:incomplete_category",
      "orderNumber:required",
    ]);
    expect(
      codes(center.parse({ category: ["claim", "logistics", "late"], orderNumber: "12345678" })),
    ).toEqual(["promisedDate:required"]);
    expect(
      center.parse({
        category: ["claim", "logistics", "late"],
        orderNumber: "12345678",
        promisedDate: "2025-09-30",
      }).ok,
    ).toBe(true);
    expect(codes(center.parse({ category: ["claim", "payments", "missing"], amount: -5 }))).toEqual(
      ["amount:too_small"],
    );
    expect(codes(center.parse({ category: ["claim", "nope", "late"] }))).toEqual([
      "category.1:invalid_category",
    ]);
    // fields of another branch are dropped, not validated
    const r = center.parse({ category: ["request", "catalog", "bulk"], orderNumber: "bad" });
    expect(r).toEqual({ ok: true, value: { category: ["request", "catalog", "bulk"] } });
  });
});

describe("R002 fulfilment platform", () => {
  it("R002-3: a failed upload is a recoverable issue and every other field is kept", () => {
    const input = {
      category: ["order"],
      subject: "Despacho",
      description: "Texto",
      orderNumber: "2000012345",
      attachments: [
        { name: "guia.pdf", size: 1000, type: "application/pdf", id: "a1", status: "uploaded" },
        { name: "foto.jpg", size: 2000, type: "image/jpeg", status: "failed" },
      ],
    };
    const r = seller.parse(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual([
      {
        path: ["attachments", 1],
        code: "upload_failed",
        recoverable: true,
        message:
          "No se pudo subir «foto.jpg»; inténtalo de nuevo, el resto del formulario se conserva.",
      },
    ]);
    expect(r.partial).toEqual({
      category: ["order"],
      subject: "Despacho",
      description: "Texto",
      orderNumber: "2000012345",
      attachments: [
        { name: "guia.pdf", size: 1000, type: "application/pdf", id: "a1", status: "uploaded" },
      ],
    });
  });
});

describe("R003 support portal", () => {
  it("R003-2/3: the technical form, with consent checked by default", () => {
    const r = support.parse(technicalInput);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.shareSolution).toBe(true);
    expect(support.parse({ ...technicalInput, shareSolution: false }).ok && true).toBe(true);
    expectTypeOf(r.value.name).toEqualTypeOf<string>();
    expectTypeOf(r.value.category).toEqualTypeOf<
      | ["technical"]
      | ["financial"]
      | ["commercial", "trade_policy"]
      | ["commercial", "environment"]
      | ["commercial", "white_label"]
      | ["commercial", "sponsor_change"]
      | ["commercial", "other"]
    >();
    expectTypeOf(r.value.impact).toEqualTypeOf<
      "auxiliary" | "important" | "critical" | undefined
    >();
    expectTypeOf(r.value.priority).toEqualTypeOf<"urgent" | "high" | "normal" | "low">();
  });

  it("R003-4: impact and affected users decide the priority", () => {
    const p = (impact: string, affectedUsers: string) => {
      const r = support.parse({ ...technicalInput, impact, affectedUsers });
      return r.ok ? r.value.priority : r.issues;
    };
    expect(p("critical", "shoppers")).toBe("urgent");
    expect(p("critical", "admins")).toBe("high");
    expect(p("important", "admins")).toBe("normal");
    expect(p("auxiliary", "admins")).toBe("low");
  });

  it("R003-5: financial subject from a fixed list of 12", () => {
    const base = {
      name: "Ana",
      account: "mitienda",
      category: ["financial"],
      financialDescription: "Detalle",
    };
    expect(
      Object.keys(supportPortal.taxonomy.options.financial.fields.financialSubject.options),
    ).toHaveLength(12);
    expect(support.parse({ ...base, financialSubject: "termination" }).ok).toBe(true);
    expect(codes(support.parse({ ...base, financialSubject: "refund" }))).toEqual([
      "financialSubject:invalid_option",
    ]);
  });

  it("R003-6: commercial request type from 5, then fields that depend on it", () => {
    const base = { name: "Ana", account: "mitienda" };
    expect(Object.keys(supportPortal.taxonomy.options.commercial.children.options)).toHaveLength(5);
    expect(codes(support.parse({ ...base, category: ["commercial"] }))).toEqual([
      "category:incomplete_category",
    ]);
    expect(
      codes(
        support.parse({
          ...base,
          category: ["commercial", "sponsor_change"],
          newSponsor: "not-an-email",
        }),
      ),
    ).toEqual(["newSponsor:invalid_email"]);
    const r = support.parse({
      ...base,
      category: ["commercial", "sponsor_change"],
      newSponsor: " Ana@Tienda.CL ",
    });
    expect(r.ok && r.value.newSponsor).toBe("ana@tienda.cl");
  });
});

describe("R004 partner portal", () => {
  it("R004-1: theme -> sub-theme", () => {
    expect(
      codes(partner.parse({ category: ["financial"], description: "Repasse atrasado" })),
    ).toEqual(["category:incomplete_category"]);
    expect(
      partner.parse({ category: ["financial", "transfer"], description: "Repasse atrasado" }).ok,
    ).toBe(true);
  });

  it("R004-2: attachments limited to images, Excel and Word, by MIME type and extension", () => {
    const base = { category: ["delivery", "late"], description: "Pedido atrasado" };
    const file = (name: string, type: string) => ({ ...base, files: [{ name, size: 100, type }] });
    expect(partner.parse(file("foto.png", "image/png")).ok).toBe(true);
    expect(
      partner.parse(
        file("planilha.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      ).ok,
    ).toBe(true);
    expect(
      partner.parse(
        file(
          "carta.docx",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
      ).ok,
    ).toBe(true);
    expect(codes(partner.parse(file("nota.pdf", "application/pdf")))).toEqual([
      "files.0:file_type_not_allowed",
    ]);
    expect(codes(partner.parse(file("foto.png", "application/pdf")))).toEqual([
      "files.0:file_type_not_allowed",
    ]); // MIME disagrees
    expect(codes(partner.parse(file("foto.exe", "image/png")))).toEqual([
      "files.0:file_type_not_allowed",
    ]); // extension disagrees
    const many = {
      ...base,
      files: Array.from({ length: 6 }, (_, i) => ({
        name: `f${i}.png`,
        size: 1,
        type: "image/png",
      })),
    };
    expect(codes(partner.parse(many))).toEqual(["files:too_many_files"]);
    const heavy = {
      ...base,
      files: [1, 2, 3].map((i) => ({ name: `f${i}.png`, size: 4 * MB, type: "image/png" })),
    };
    expect(codes(partner.parse(heavy))).toEqual(["files:total_too_large"]);
  });
});

describe("rules about one case, summaries and widget reasons", () => {
  it("R000-2: one ticket per case: an obvious duplicate is found before creating it", () => {
    const r = seller.parse({
      category: ["order"],
      subject: "Despacho",
      description: "Texto",
      orderNumber: "2000012345",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const open = [{ id: "C-1", reference: "2000012345", reason: ["order"] }];
    expect(
      findDuplicate({ reference: r.value.orderNumber, reason: r.value.category }, open)?.id,
    ).toBe("C-1");
  });

  it("R001-2: once complete, a summary shows the reason and the fields, localized", () => {
    const r = center.parse({
      category: ["claim", "logistics", "late"],
      orderNumber: "12345678",
      promisedDate: "2025-09-30",
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(center.summarize(r.value, { locale: "es" })).toEqual({
      reason: ["Reclamo", "Logística", "Atraso"],
      fields: [
        { key: "orderNumber", label: "Número de orden", value: "12345678" },
        { key: "promisedDate", label: "Fecha prometida", value: "2025-09-30" },
      ],
    });
    const t = support.parse(technicalInput);
    if (!t.ok) throw new Error("technical input should parse");
    const s = support.summarize(t.value, { locale: "pt" });
    expect(s.reason).toEqual(["Técnico"]);
    expect(s.fields.find((f) => f.key === "impact")).toEqual({
      key: "impact",
      label: "Impacto",
      value: "Recursos críticos",
    });
    expect(s.fields.find((f) => f.key === "shareSolution")?.value).toBe("Sim");
    expect(s.fields.find((f) => f.key === "files")?.value).toBe("captura.png");
  });

  it("R002-1: a widget reason asks for the identifier it needs (inbound shipment or SKU)", () => {
    const widget = defineForm({
      fields: { details: { kind: "longText", label: "Detalle", required: true } },
      taxonomy: {
        label: { es: "Motivo", pt: "Motivo", en: "Reason" },
        options: {
          inbound_delayed: {
            label: "Envío de inventario retrasado",
            fields: {
              inboundId: {
                kind: "identifier",
                label: "Envío",
                pattern: "INB-[0-9]{6}",
                required: true,
              },
            },
          },
          stock_mismatch: {
            label: "Stock no coincide",
            fields: {
              sku: { kind: "identifier", label: "SKU", pattern: "[A-Z0-9-]{4,30}", required: true },
            },
          },
          general: { label: "Consulta general" },
        },
      },
    });
    expect(
      codes(widget.parse({ category: ["inbound_delayed"], details: "Sin recepción" })),
    ).toEqual(["inboundId:required"]);
    expect(
      widget.parse({
        category: ["inbound_delayed"],
        details: "Sin recepción",
        inboundId: "INB-004512",
      }).ok,
    ).toBe(true);
    expect(codes(widget.parse({ category: ["stock_mismatch"], details: "Diferencia" }))).toEqual([
      "sku:required",
    ]);
    expect(widget.parse({ category: ["general"], details: "Pregunta" }).ok).toBe(true);
  });
});
