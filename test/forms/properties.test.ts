import fc from "fast-check";
import { defineForm, type Field, type FormDefinition, type Taxonomy } from "plazo/forms";
import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "../../src/forms/messages.js";
import { partnerPortal, sellerCenter, sellerHelp, supportPortal } from "./definitions.js";

const definitions: [string, FormDefinition][] = [
  ["support portal (R003)", supportPortal],
  ["seller help (R000)", sellerHelp],
  ["partner portal (R004)", partnerPortal],
  ["seller center (R001)", sellerCenter],
];
const locales = fc.constantFrom("es" as const, "pt" as const, "en" as const);

/** An arbitrary of values that are valid for `field`, with padding the parser trims. */
function validValue(field: Field): fc.Arbitrary<unknown> {
  switch (field.kind) {
    case "text":
    case "longText": {
      const min = Math.max(field.min ?? 1, 1);
      const max = Math.min(field.max ?? 200, 80);
      return fc
        .array(fc.constantFrom("a", "ñ", "é", "z", "1", "-"), {
          minLength: min,
          maxLength: Math.max(min, max),
        })
        .map((cs) => ` ${cs.join("")} `);
    }
    case "email":
      return fc.constantFrom("ana@tienda.cl", " Soporte@Loja.com.br ", "x.y@z.co");
    case "identifier":
      return fc.stringMatching(new RegExp(`^(?:${field.pattern})$`));
    case "choice": {
      const keys = Object.keys(field.options);
      return field.multiple ? fc.subarray(keys, { minLength: 1 }) : fc.constantFrom(...keys);
    }
    case "boolean":
      return fc.boolean();
    case "number":
      return fc.integer({ min: field.min ?? -1000, max: field.max ?? 1000 });
    case "date":
      return fc
        .date({
          min: new Date("2000-01-01T00:00:00Z"),
          max: new Date("2049-12-31T00:00:00Z"),
          noInvalidDate: true,
        })
        .map((d) => d.toISOString().slice(0, 10));
    case "attachments": {
      const types =
        field.accept === undefined || field.accept === "any"
          ? [
              {
                mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                extensions: ["xlsx"],
              },
            ]
          : field.accept;
      const max = Math.min(field.maxFiles ?? 4, 4);
      const size = Math.min(
        field.maxFileSize ?? 1_000_000,
        Math.floor((field.maxTotalSize ?? 4_000_000) / max),
      );
      return fc.array(
        fc
          .record({
            t: fc.constantFrom(...types),
            base: fc.stringMatching(/^[a-z0-9_ ]{1,20}[a-z0-9]$/),
            size: fc.integer({ min: 0, max: size }),
          })
          .map(({ t, base, size }) => ({ name: `${base}.${t.extensions[0]}`, size, type: t.mime })),
        { minLength: 1, maxLength: max },
      );
    }
  }
}

function leafPaths(
  t: Taxonomy,
  prefix: string[] = [],
): { path: string[]; fields: Record<string, Field> }[] {
  return Object.entries(t.options).flatMap(([key, node]) => {
    const here = [...prefix, key];
    const own = node.fields ?? {};
    return node.children
      ? leafPaths(node.children, here).map((l) => ({
          path: l.path,
          fields: { ...own, ...l.fields },
        }))
      : [{ path: here, fields: { ...own } }];
  });
}

/** Valid inputs: a leaf category and every reachable field with a valid value. */
function validInput(def: FormDefinition): fc.Arbitrary<Record<string, unknown>> {
  const leaves = def.taxonomy ? leafPaths(def.taxonomy) : [{ path: [] as string[], fields: {} }];
  return fc.constantFrom(...leaves).chain(({ path, fields }) => {
    const all = { ...(def.fields ?? {}), ...fields };
    const values = fc.record(
      Object.fromEntries(Object.entries(all).map(([k, f]) => [k, validValue(f)])),
    );
    return values.map((v) => (def.taxonomy ? { ...v, category: path } : v));
  });
}

describe.each(definitions)("%s", (_name, def) => {
  const form = defineForm(def);

  it("parse never throws, and every failure has known codes and messages", () => {
    const keys = Object.keys(validInputKeys(def));
    const shaped = fc.dictionary(
      fc.constantFrom(...keys, "__proto__", "constructor", "x"),
      fc.anything({ maxDepth: 3 }),
    );
    const anything = fc.anything({
      maxDepth: 4,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
    });
    fc.assert(
      fc.property(fc.oneof(anything, shaped), locales, (input, locale) => {
        const r = form.parse(input, { locale });
        if (r.ok) return;
        expect(r.issues.length).toBeGreaterThan(0);
        for (const issue of r.issues) {
          expect(ISSUE_CODES).toContain(issue.code);
          expect(typeof issue.message).toBe("string");
          expect(issue.message.length).toBeGreaterThan(5);
          expect(issue.message).not.toMatch(/undefined|NaN|\[object/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a valid input parses, and its value parses again to itself", () => {
    fc.assert(
      fc.property(validInput(def), (input) => {
        const first = form.parse(input);
        if (!first.ok) expect(first.issues).toEqual([]);
        if (!first.ok) return;
        const again = form.parse(first.value);
        expect(again).toEqual({ ok: true, value: first.value });
        expect(JSON.parse(JSON.stringify(first.value))).toEqual(first.value);
      }),
      { numRuns: 100 },
    );
  });

  it("partial never contains a key the definition does not have", () => {
    const known = new Set([...Object.keys(validInputKeys(def)), "category", "priority"]);
    fc.assert(
      fc.property(
        fc.oneof(
          validInput(def).map((v) => ({ ...v, junk: 1 })),
          fc.object(),
        ),
        (input) => {
          const r = form.parse(input);
          const value = r.ok ? r.value : r.partial;
          for (const k of Object.keys(value)) expect(known.has(k)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});

function validInputKeys(def: FormDefinition): Record<string, Field> {
  const leaves = def.taxonomy ? leafPaths(def.taxonomy) : [];
  return Object.assign({}, def.fields ?? {}, ...leaves.map((l) => l.fields));
}

describe("hostile sizes", () => {
  const form = defineForm(supportPortal);
  it("a 5 MB string is refused quickly as too long", () => {
    const r = form.parse({ category: ["technical"], subject: "x".repeat(5_000_000) });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path.join(".")}:${i.code}`)).toContain(
      "subject:too_long",
    );
  });
  it("a deeply nested category and a huge attachment list do not throw", () => {
    let deep: unknown = "technical";
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(form.parse({ category: deep }).ok).toBe(false);
    const files = Array.from({ length: 100_000 }, () => ({
      name: "a.png",
      size: 1,
      type: "image/png",
    }));
    const r = form.parse({ category: ["technical"], files });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toContain("too_many_files");
  });
});
