// Issue 13: toJSONSchema's output passes Ajv's strict mode for draft 2020-12,
// and on generated payloads without files a real validator and `parse`
// agree: the schema is valid for a payload exactly when parse accepts it.
//
// The payloads are canonical, as a client built from the schema sends them:
// strings without surrounding spaces and never empty (parse trims, and reads
// "" and null as "missing"), numbers as numbers (parse also reads "12"), no
// repeated options, dates that exist, and only the fields of the chosen
// category. Leniencies of parse beyond that are documented in docs/forms.md.
import Ajv2020 from "ajv/dist/2020.js";
import fc from "fast-check";
import { defineForm, type Field, type FormDefinition } from "plazo/forms";
import { describe, expect, it } from "vitest";
import {
  partnerPortal,
  sellerCenter,
  sellerHelp,
  sellerHelpAllMandatory,
  supportPortal,
} from "./definitions.js";

type Level = NonNullable<FormDefinition["taxonomy"]>;

/** Every kind, bounds, multiple choice, a default, requireAll with a group and required: false. */
const everyKind = {
  fields: {
    title: { kind: "text", label: "Título", min: 3, max: 20 },
    body: { kind: "longText", label: "Cuerpo", max: 60, required: false },
    contact: { kind: "email", label: "Correo" },
    code: { kind: "identifier", label: "Código", pattern: "[A-Z]{2}-[0-9]{3}" },
    channel: { kind: "choice", label: "Canal", options: { web: "Web", app: "App" } },
    tags: {
      kind: "choice",
      label: "Etiquetas",
      options: { a: "A", b: "B", c: "C" },
      multiple: true,
    },
    urgent: { kind: "boolean", label: "Urgente", default: false },
    agree: { kind: "boolean", label: "Acepto" },
    units: { kind: "number", label: "Unidades", integer: true, min: 1, max: 99 },
    amount: { kind: "number", label: "Monto", min: -5.5, max: 1000 },
    day: { kind: "date", label: "Día" },
    sku: { kind: "identifier", label: "SKU", pattern: "[0-9]{4}" },
    productId: { kind: "identifier", label: "ID", pattern: "P[0-9]{2}" },
  },
  rules: [
    { when: { field: "channel", equals: "app" }, requireOneOf: ["sku", "productId"] },
    { when: { field: "tags" }, require: ["body"] },
  ],
  requireAll: true,
} as const satisfies FormDefinition;

const forms: [string, FormDefinition][] = [
  ["supportPortal (R003)", supportPortal],
  ["sellerHelp (R000-3..6)", sellerHelp],
  ["sellerHelpAllMandatory (R000-1 + R000-4)", sellerHelpAllMandatory],
  ["partnerPortal (R004)", partnerPortal],
  ["sellerCenter (R001-1)", sellerCenter],
  ["every kind", everyKind],
  ["every kind, requireAll off", { ...everyKind, requireAll: false }],
];

const word = fc.stringMatching(/^[a-zA-Z0-9áéñ]([a-zA-Z0-9áéñ ]{0,8}[a-zA-Z0-9áéñ])?$/);
const canonical = (s: string) => s !== "" && s.trim() === s;

/** A string of `length` characters without surrounding spaces. */
const sized = (length: number) => (length <= 0 ? "" : `x${"y".repeat(length - 1)}`);

/** Mostly valid values, one in five of them wrong: `[valid, invalid]`. */
const mostly = (valid: fc.Arbitrary<unknown>, invalid: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: valid }, { weight: 1, arbitrary: invalid });

/** Values of the field: valid ones, and invalid ones of every kind of mistake. */
function valuesOf(def: Field): fc.Arbitrary<unknown> {
  const wrongType = fc.constantFrom<unknown>(7, true, { a: 1 }, ["x"]);
  switch (def.kind) {
    case "text":
    case "longText": {
      const min = def.min ?? 0;
      const max = def.max ?? (def.kind === "text" ? 200 : 10_000);
      return mostly(
        fc.integer({ min: Math.max(min, 1), max: Math.min(max, 80) }).map(sized),
        fc.oneof(
          word,
          fc.constant(sized(max + 1)),
          fc.constant(sized(Math.max(min - 1, 1))),
          wrongType,
        ),
      );
    }
    case "email":
      return mostly(
        fc
          .tuple(fc.stringMatching(/^[a-z0-9._+-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,20}$/))
          .map(([local, domain]) => `${local}@${domain}.cl`),
        fc.oneof(
          fc.constantFrom("ana@tienda.cl", "sin-arroba", "a@b", "a b@c.cl", "@x.cl"),
          wrongType,
        ),
      );
    case "identifier":
      return mostly(
        fc.stringMatching(new RegExp(`^(?:${def.pattern})$`)).filter(canonical),
        fc.oneof(word, wrongType),
      );
    case "choice": {
      const keys = Object.keys(def.options);
      if (def.multiple)
        return mostly(
          fc.subarray(keys, { minLength: 0 }),
          fc.oneof(fc.subarray([...keys, "nope"], { minLength: 1 }), wrongType),
        );
      return mostly(
        fc.constantFrom(...keys),
        fc.oneof(fc.constantFrom("nope", "__proto__"), wrongType),
      );
    }
    case "boolean":
      return mostly(fc.boolean(), fc.constantFrom<unknown>("yes", 1));
    case "number": {
      const lo = def.min ?? -1e6;
      const hi = def.max ?? 1e6;
      const valid = fc.oneof(
        def.integer
          ? fc.integer({ min: Math.ceil(lo), max: Math.floor(hi) })
          : fc.double({ min: lo, max: hi, noNaN: true }),
        fc.constantFrom(lo, hi),
      );
      return mostly(
        valid,
        fc.oneof(
          fc.constantFrom<unknown>(lo - 1, hi + 0.5, 0.5, "x", true),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
        ),
      );
    }
    case "date":
      return mostly(
        fc
          .date({
            min: new Date(Date.UTC(1990, 0, 1)),
            max: new Date(Date.UTC(2080, 0, 1)),
            noInvalidDate: true,
          })
          .map((d) => d.toISOString().slice(0, 10)),
        fc.constantFrom<unknown>("2025/09/18", "18-09-2025", "2025-9-18", 20250918),
      );
    case "attachments":
      return fc.constant(undefined);
  }
}

/** Category paths: every leaf, every inner node, and keys that are not options. */
function pathsOf(level: Level, prefix: string[] = [], out: string[][] = []): string[][] {
  for (const [key, node] of Object.entries(level.options)) {
    out.push([...prefix, key]);
    if (node.children) pathsOf(node.children, [...prefix, key], out);
  }
  return out;
}

/** The field definitions a payload on `path` can carry: root, then each node's on the path. */
function fieldsOn(def: FormDefinition, path: readonly string[]): [string, Field][] {
  const out: [string, Field][] = Object.entries(def.fields ?? {});
  let level = def.taxonomy;
  for (const key of path) {
    const node = level?.options[key];
    if (!node) break;
    out.push(...Object.entries(node.fields ?? {}));
    level = node.children;
  }
  return out;
}

function payloads(def: FormDefinition): fc.Arbitrary<Record<string, unknown>> {
  const categories: fc.Arbitrary<string[] | undefined> = def.taxonomy
    ? fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...pathsOf(def.taxonomy)) },
        { weight: 1, arbitrary: fc.constantFrom<string[] | undefined>(undefined, [], ["nope"]) },
      )
    : fc.constant(undefined);
  // Built once per form: building arbitraries (stringMatching) is the costly part.
  const present = new Map<Field, fc.Arbitrary<unknown>>();
  const arbitraryOf = (f: Field) => {
    let a = present.get(f);
    if (a === undefined) {
      // Each field present six times in seven.
      a = fc.oneof(
        { weight: 6, arbitrary: valuesOf(f) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
      present.set(f, a);
    }
    return a;
  };
  return categories.chain((category) => {
    const fields = fieldsOn(def, category ?? []).filter(([, f]) => f.kind !== "attachments");
    const record = Object.fromEntries(fields.map(([k, f]) => [k, arbitraryOf(f)]));
    return fc.record(record).map((values) => {
      const clean = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined));
      return category === undefined ? clean : { category, ...clean };
    });
  });
}

describe("toJSONSchema with a real validator (Ajv, draft 2020-12, strict)", () => {
  for (const [name, definition] of forms) {
    const form = defineForm(definition);
    const ajv = new Ajv2020({ strict: true, allErrors: true, validateFormats: false });

    it(`${name}: compiles in strict mode`, () => {
      expect(() => ajv.compile(form.toJSONSchema())).not.toThrow();
    });

    it(`${name}: the validator and parse agree on generated payloads`, () => {
      const validate = ajv.compile(form.toJSONSchema({ locale: "en" }));
      let accepted = 0;
      let refused = 0;
      fc.assert(
        fc.property(payloads(definition), (payload) => {
          const parsed = form.parse(payload).ok;
          if (parsed) accepted++;
          else refused++;
          const valid = validate(payload);
          if (valid !== parsed)
            throw new Error(
              `parse ${parsed ? "accepts" : "refuses"} but the schema ${valid ? "accepts" : "refuses"} ${JSON.stringify(payload)}: ${JSON.stringify(validate.errors ?? form.parse(payload))}`,
            );
        }),
        { seed: 13, numRuns: 400 },
      );
      // Both answers occur: the comparison says something either way.
      expect(accepted).toBeGreaterThan(10);
      expect(refused).toBeGreaterThan(40);
    });
  }
});
