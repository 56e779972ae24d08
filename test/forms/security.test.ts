import { defineForm } from "plazo/forms";
import { describe, expect, it } from "vitest";
import { sellerHelp } from "./definitions.js";

const form = defineForm(sellerHelp);
const base = { category: ["other"], subject: "Hola", description: "Texto" };
const file = (name: string) => ({
  ...base,
  attachments: [{ name, size: 10, type: "application/octet-stream" }],
});
const codes = (r: ReturnType<typeof form.parse>) => (r.ok ? [] : r.issues.map((i) => i.code));

describe("file names (R002-3, R003-3 allow any type, but not any name)", () => {
  it.each([
    ["path separator", "../../etc/passwd"],
    ["backslash", "C:\\temp\\x.pdf"],
    ["control character", "in\u0000voice.pdf"],
    ["right-to-left override", "invoice\u202Efdp.exe"],
    ["reserved device", "CON.txt"],
    ["reserved device, lower case", "lpt1"],
    ["trailing dot", "report.pdf."],
    ["deceptive double extension", "invoice.pdf.exe"],
    ["deceptive double extension, upper case", "photo.JPG.SCR"],
    ["empty", ""],
    ["too long", `${"a".repeat(300)}.pdf`],
    // Issue 13: dot-files and names that are only an extension.
    ["dot-file", ".htaccess"],
    ["dot-file with an extension", ".env.example"],
    ["only an extension", ".pdf"],
    ["only an extension after spaces", "  .pdf"],
  ])("rejects %s", (_label, name) => {
    expect(codes(form.parse(file(name)))).toEqual(["unsafe_file_name"]);
  });

  it.each([
    "informe final.pdf",
    "v1.2.3.tar.gz",
    "setup.exe",
    "env.example",
    "cotización_2025.xlsx",
  ])("accepts %s", (name) => {
    expect(form.parse(file(name)).ok).toBe(true);
  });
});

describe("prototype pollution and unknown keys", () => {
  it("__proto__, constructor and prototype keys pollute nothing and are dropped", () => {
    const input = JSON.parse(
      '{"category":["other"],"subject":"Hola","description":"Texto","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"prototype":{"x":1},"extra":1}',
    );
    const r = form.parse(input);
    expect(r).toEqual({ ok: true, value: base });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
  });

  it("a category named after Object.prototype members is invalid, not followed", () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      expect(codes(form.parse({ ...base, category: [key] }))).toEqual(["invalid_category"]);
    }
  });

  it("inherited properties are not read as input", () => {
    const input = Object.create({ subject: "inherited", description: "inherited" });
    input.category = ["other"];
    expect(codes(form.parse(input))).toEqual(["required", "required"]);
  });

  it("a getter that throws cannot make parse throw", () => {
    const input = { ...base };
    Object.defineProperty(input, "subject", {
      get() {
        throw new Error("boom");
      },
      enumerable: true,
    });
    const r = form.parse(input);
    expect(r.ok).toBe(false);
  });
});

describe("file sizes are whole numbers of bytes (issue 13)", () => {
  const sized = (size: unknown) => ({
    ...base,
    attachments: [{ name: "factura.pdf", size, type: "application/pdf" }],
  });
  it.each([0.5, -1, 1e20, Number.MAX_SAFE_INTEGER + 1, "10", null])("refuses %s", (size) => {
    expect(codes(form.parse(sized(size)))).toEqual(["invalid_type"]);
  });
  it.each([0, 1, 3 * 1024 * 1024])("accepts %s", (size) => {
    expect(form.parse(sized(size)).ok).toBe(true);
  });
  it("the JSON Schema says integer", () => {
    const props = form.toJSONSchema().properties as Record<
      string,
      { items: { properties: Record<string, unknown> } }
    >;
    expect(props.attachments?.items.properties.size).toEqual({
      type: "integer",
      minimum: 0,
      maximum: 3 * 1024 * 1024,
    });
  });
});
