import { defineForm, findDuplicate } from "plazo/forms";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sellerHelp, supportPortal, technicalInput } from "./definitions.js";

describe("the zod schema", () => {
  const form = defineForm(supportPortal);

  it("composes inside a host's classic zod schema", () => {
    const body = z.object({ ticket: form.schema, captcha: z.string() });
    const ok = body.safeParse({ ticket: technicalInput, captcha: "x" });
    expect(ok.success).toBe(true);
    expect(ok.data?.ticket.priority).toBe("urgent");
    const bad = body.safeParse({ ticket: { ...technicalInput, impact: "meh" }, captcha: 1 });
    expect(bad.success).toBe(false);
    expect((bad.error?.issues ?? []).map((i) => i.path.join("."))).toEqual([
      "ticket.impact",
      "captcha",
    ]);
    expect((bad.error?.issues[0] as { params?: { code?: string } } | undefined)?.params?.code).toBe(
      "invalid_option",
    );
  });

  it("is a Standard Schema", async () => {
    const std = form.schema["~standard"];
    expect(std.version).toBe(1);
    const r = await std.validate({ ...technicalInput, subject: "" });
    expect("issues" in r && r.issues?.[0]?.message).toBe("El campo «Asunto» es obligatorio.");
  });
});

describe("toJSONSchema", () => {
  const schema = defineForm(sellerHelp).toJSONSchema({ locale: "en" });

  it("lists fields with titles in the locale, required root fields and category paths", () => {
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.required).toEqual(["category", "subject", "description"]);
    const props = schema.properties as Record<string, Record<string, unknown>>;
    // Required: an empty subject is missing to parse, so too short here.
    expect(props.subject).toEqual({
      type: "string",
      title: "Subject",
      minLength: 1,
      maxLength: 200,
    });
    expect(props.category?.enum).toEqual([["product"], ["order"], ["spreadsheet"], ["other"]]);
    expect(props.orderNumber?.pattern).toBe("^(?:[0-9]{10})$");
  });

  it("turns rules into if/then", () => {
    expect(schema.allOf).toContainEqual({
      if: {
        required: ["category"],
        properties: { category: { enum: [["order"]] } },
      },
      then: { required: ["orderNumber"], properties: { orderNumber: true } },
    });
    expect(schema.allOf).toContainEqual(
      expect.objectContaining({
        then: {
          anyOf: [
            { required: ["sku"], properties: { sku: true } },
            { required: ["productId"], properties: { productId: true } },
          ],
        },
      }),
    );
  });

  it("is plain JSON", () => {
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });
});

describe("findDuplicate (R002-2)", () => {
  const open = [
    { id: "t1", reference: "2000012345", reason: ["order", "not_delivered"] },
    { id: "t2", reference: "2000012345", reason: ["order", "damaged"] },
    { id: "t3", reference: null, reason: ["other"] },
  ];
  it("finds the open request with the same reference and reason", () => {
    expect(
      findDuplicate({ reference: " 2000012345 ", reason: ["order", "damaged"] }, open)?.id,
    ).toBe("t2");
    expect(
      findDuplicate({ reference: "2000012345", reason: ["order", "refund"] }, open),
    ).toBeUndefined();
    expect(
      findDuplicate({ reference: "2000099999", reason: ["order", "damaged"] }, open),
    ).toBeUndefined();
  });
  it("never matches without a reference", () => {
    expect(findDuplicate({ reference: null, reason: ["other"] }, open)).toBeUndefined();
  });
});
