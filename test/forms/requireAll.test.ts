// Issue 13: R000-1 ("every field is mandatory") together with R000-4 ("a
// product ticket carries the product ID or the SKU"). Under requireAll, a
// field of a requireOneOf group is left to its group, and `required: false`
// keeps a field optional.
import { defineForm, type FormValue, InvalidArgumentError } from "plazo/forms";
import { describe, expect, expectTypeOf, it } from "vitest";
import { sellerHelp, sellerHelpAllMandatory } from "./definitions.js";

const form = defineForm(sellerHelpAllMandatory);
const base = { subject: "Stock", description: "No aparece el stock del producto." };
const codes = (r: ReturnType<typeof form.parse>) =>
  r.ok ? [] : r.issues.map((i) => `${i.path.join(".")}:${i.code}`);

describe("requireAll with requireOneOf (R000-1 + R000-4)", () => {
  it("a product ticket with only the SKU is accepted", () => {
    const r = form.parse({ ...base, category: ["product"], sku: "SKU-12345" });
    expect(codes(r)).toEqual([]);
  });

  it("a product ticket with only the product ID is accepted", () => {
    expect(codes(form.parse({ ...base, category: ["product"], productId: "1234567" }))).toEqual([]);
  });

  it("a product ticket with neither is refused once, on the group", () => {
    expect(codes(form.parse({ ...base, category: ["product"] }))).toEqual(["sku:one_of_required"]);
  });

  it("every other field stays mandatory (R000-1)", () => {
    expect(codes(form.parse({ category: ["product"], sku: "SKU-12345" }))).toEqual([
      "subject:required",
      "description:required",
    ]);
    expect(codes(form.parse({ ...base, category: ["order"] }))).toEqual(["orderNumber:required"]);
  });

  it("a field marked required: false stays optional under requireAll", () => {
    expect(codes(form.parse({ ...base, category: ["other"] }))).toEqual([]);
    // Without the marking, requireAll makes the attachments mandatory too.
    const all = defineForm({ ...sellerHelp, requireAll: true });
    expect(codes(all.parse({ ...base, category: ["other"] }))).toEqual(["attachments:required"]);
  });

  it("the JSON Schema requires the same fields", () => {
    const schema = form.toJSONSchema();
    expect(schema.required).toEqual(["category", "subject", "description"]);
    const allOf = schema.allOf as { then: { required?: string[] } }[];
    const required = allOf.flatMap((s) => s.then.required ?? []);
    expect(required).toContain("orderNumber");
    expect(required).not.toContain("sku");
    expect(required).not.toContain("productId");
  });

  it("the inferred value type leaves the group's fields and required: false optional", () => {
    const rootGroup = {
      fields: {
        subject: { kind: "text", label: "Asunto" },
        note: { kind: "text", label: "Nota", required: false },
        sku: { kind: "text", label: "SKU" },
        productId: { kind: "text", label: "ID" },
      },
      rules: [{ when: { field: "subject" }, requireOneOf: ["sku", "productId"] }],
      requireAll: true,
    } as const;
    type V = FormValue<typeof rootGroup>;
    expectTypeOf<V>().toEqualTypeOf<{
      subject: string;
      note?: string;
      sku?: string;
      productId?: string;
    }>();
    const parsed = defineForm(rootGroup).parse({ subject: "x", productId: "7" });
    expect(parsed).toEqual({ ok: true, value: { subject: "x", productId: "7" } });
  });

  it("required: true on a field of a requireOneOf group is refused as a contradiction", () => {
    const contradiction = {
      fields: {
        sku: { kind: "text", label: "SKU", required: true },
        productId: { kind: "text", label: "ID" },
      },
      rules: [{ when: { field: "sku" }, requireOneOf: ["productId", "sku"] }],
    } as const;
    let error: unknown;
    try {
      defineForm(contradiction);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidArgumentError);
    expect((error as InvalidArgumentError).field).toBe("rules[0].requireOneOf[1]");
    expect((error as Error).message).toMatch(/required: true/);
  });
});
