// plazo/forms under a hostile caller (issue 17). First one regression test per
// finding, then a fast-check property over every export and every method of
// a Form: a call answers or throws a PlazoError naming a field, parse never
// throws for any input, inputs are never mutated (they are deeply frozen, and
// parse must not fall back to its exotic-input answer), Object.prototype is
// never polluted, and the shared forms answer the same reference inputs
// before and after the barrage. Speed is in bench/forms.ts, not here.
import fc from "fast-check";
import * as formsEntry from "plazo/forms";
import {
  defineForm,
  type FormDefinition,
  findDuplicate,
  InvalidArgumentError,
  PlazoError,
} from "plazo/forms";
import { beforeAll, describe, expect, it } from "vitest";
import { TAXONOMY_MAX_DEPTH } from "../../src/forms/definition.js";
import { ISSUE_CODES } from "../../src/forms/messages.js";
import {
  cyclic,
  deepFreeze,
  describeThrown,
  fieldOf as fieldOfKind,
  hostileOf,
  nullProto,
  prototypeKeys,
} from "../hostile/values.js";
import {
  partnerPortal,
  sellerCenter,
  sellerHelp,
  supportPortal,
  technicalInput,
} from "./definitions.js";

const SEED = 1717;
/** What parse answers when reading the input itself threw (a proxy, a throwing getter). */
const FALLBACK = "El formulario no se pudo leer.";

/** The `field` of the InvalidArgumentError `call` throws; fails the test otherwise. */
const fieldOf = (call: () => unknown): string => fieldOfKind(call, InvalidArgumentError);

/** `[<hole>, ...rest]`: a sparse list whose first element is missing. */
function holeThen(...rest: unknown[]): unknown[] {
  const a: unknown[] = [];
  rest.forEach((v, i) => {
    a[i + 1] = v;
  });
  a.length = rest.length + 1;
  return a;
}

/** A value `n` arrays deep, shown by fast-check without walking it. */
function deepArray(n: number): unknown {
  let v: unknown = "technical";
  for (let i = 0; i < n; i++) v = [v];
  Object.defineProperty(v, fc.toStringMethod, { value: () => `deepArray(${n})` });
  return deepFreeze(v);
}

/** A value `n` objects deep under the keys forms read. */
function deepObject(n: number): unknown {
  let v: unknown = "x";
  for (let i = 0; i < n; i++) v = { subject: v, category: v, name: v };
  Object.defineProperty(v, fc.toStringMethod, { value: () => `deepObject(${n})` });
  return deepFreeze(v);
}

/** Shaped like a field definition and a file, and itself under `self` and `options`. */
const cyclicField = () => cyclic({ kind: "text", label: "x", name: "a.png" }, ["self", "options"]);

/** A field definition without a prototype. */
const nullProtoField = () => nullProto({ kind: "text", label: "x" });

type Node = { label: string; fields?: Record<string, unknown>; children?: Level };
type Level = { label: string; options: Record<string, Node> };

/** A taxonomy `levels` deep, one option per level, a field on each node. */
function chain(levels: number): { taxonomy: Level } {
  let node: Node = { label: "Hoja", fields: { f0: { kind: "text", label: "F" } } };
  for (let i = 1; i < levels; i++)
    node = {
      label: `Nivel ${i}`,
      fields: { [`f${i}`]: { kind: "text", label: "F" } },
      children: { label: `Nivel ${i}`, options: { [`k${i}`]: node } },
    };
  return { taxonomy: { label: "Motivo", options: { k0: node } } };
}

/** The category path of `chain(levels)`. */
const chainPath = (levels: number) =>
  Array.from({ length: levels }, (_, i) => (i === 0 ? "k0" : `k${levels - i}`));

const support = defineForm(supportPortal);
const seller = defineForm(sellerHelp);
const center = defineForm(sellerCenter);
const supportValue = (() => {
  const r = support.parse(technicalInput);
  if (!r.ok) throw new Error("the reference input was refused");
  return deepFreeze(r.value);
})();

describe("locales: the user's language goes through resolveLocale (finding: TypeError)", () => {
  const spanish = {
    parse: support.parse({}, { locale: "es" }),
    schema: support.toJSONSchema({ locale: "es" }),
    summary: support.summarize(supportValue, { locale: "es" }),
  };

  it.each<unknown>([
    "fr",
    "constructor",
    "__proto__",
    "toString",
    "hasOwnProperty",
    "",
    "zh-Hant",
    null,
    undefined,
  ])("%s falls back to Spanish in parse, toJSONSchema and summarize", (locale) => {
    const options = { locale } as never;
    expect(support.parse({}, options)).toEqual(spanish.parse);
    expect(support.toJSONSchema(options)).toEqual(spanish.schema);
    expect(support.summarize(supportValue, options)).toEqual(spanish.summary);
  });

  it.each([
    ["pt-BR", "pt"],
    ["EN-us", "en"],
    ["es_CL", "es"],
  ] as const)("the language tag %s picks %s", (tag, locale) => {
    expect(support.parse({}, { locale: tag })).toEqual(support.parse({}, { locale }));
    expect(support.toJSONSchema({ locale: tag })).toEqual(support.toJSONSchema({ locale }));
    expect(support.summarize(supportValue, { locale: tag })).toEqual(
      support.summarize(supportValue, { locale }),
    );
  });

  it.each<unknown>([
    1,
    1n,
    Symbol("es"),
    true,
    {},
    ["es"],
    cyclicField(),
    nullProtoField(),
    () => "es",
  ])(
    "a locale that is not a string (%s) is an InvalidArgumentError naming options.locale",
    (locale) => {
      const options = { locale } as never;
      expect(fieldOf(() => support.parse({}, options))).toBe("options.locale");
      expect(fieldOf(() => support.toJSONSchema(options))).toBe("options.locale");
      expect(fieldOf(() => support.summarize(supportValue, options))).toBe("options.locale");
    },
  );

  it.each<unknown>(["pt", 1, 1n, Symbol("o"), true, [], () => ({})])(
    "options that are not an object (%s) are an InvalidArgumentError naming options",
    (options) => {
      expect(fieldOf(() => support.parse({}, options as never))).toBe("options");
      expect(fieldOf(() => support.toJSONSchema(options as never))).toBe("options");
      expect(fieldOf(() => support.summarize(supportValue, options as never))).toBe("options");
    },
  );

  it("null options are the defaults", () => {
    expect(support.parse({}, null as never)).toEqual(spanish.parse);
  });
});

describe("summarize names a malformed value (finding: TypeError on undefined and files: '')", () => {
  const v = (patch: Record<string, unknown>) => ({ ...supportValue, ...patch }) as never;

  it.each<[string, string, unknown]>([
    ["undefined", "value", undefined],
    ["null", "value", null],
    ["a string", "value", "ticket"],
    ["an array", "value", []],
    ["a BigInt", "value", 1n],
    ['an attachments value ""', "value.files", v({ files: "" })],
    ["a null file", "value.files[0]", v({ files: [null] })],
    ["a hole among the files", "value.files[0]", v({ files: holeThen(supportValue.files?.[0]) })],
    ["a file name that is not a string", "value.files[0].name", v({ files: [{ name: 1n }] })],
    ["a category that is not a list", "value.category", v({ category: "technical" })],
    ["a category key that is not a string", "value.category[0]", v({ category: [Symbol("k")] })],
    ["a text value that is a BigInt", "value.name", v({ name: 1n })],
    ["a text value that is cyclic", "value.subject", v({ subject: cyclicField() })],
    ["a boolean that is a string", "value.shareSolution", v({ shareSolution: "yes" })],
    ["a choice that is an object", "value.impact", v({ impact: nullProtoField() })],
    ["a choice key that is a number", "value.impact[0]", v({ impact: [1] })],
  ])("%s throws naming %s", (_label, field, value) => {
    expect(fieldOf(() => support.summarize(value as never))).toBe(field);
  });

  it("a number that is not finite throws naming it", () => {
    const value = { category: ["claim", "payments", "missing"], amount: Number.NaN } as never;
    expect(fieldOf(() => center.summarize(value))).toBe("value.amount");
  });

  it("stored data stays readable: null fields are absent, unknown keys and options are shown as they are", () => {
    const s = support.summarize(
      v({ subject: null, impact: "retired", extra: 1n, category: ["technical", "gone"] }),
    );
    expect(s.reason).toEqual(["Técnico"]);
    expect(s.fields.find((f) => f.key === "subject")).toBeUndefined();
    expect(s.fields.find((f) => f.key === "impact")?.value).toBe("retired");
  });

  it("never throws for what parse returned, value or partial, whatever the input", () => {
    for (const input of [technicalInput, {}, { category: ["technical"], files: [null] }, 1n])
      for (const form of [support, seller, center]) {
        const r = form.parse(input);
        expect(() => form.summarize((r.ok ? r.value : r.partial) as never)).not.toThrow();
      }
  });
});

describe("findDuplicate names a malformed argument (finding: TypeError on undefined)", () => {
  const key = { reference: "2000012345", reason: ["order"] };
  it.each<[string, string, unknown, unknown]>([
    ["an undefined candidate", "candidate", undefined, []],
    ["a null candidate", "candidate", null, []],
    [
      "a candidate reference that is a number",
      "candidate.reference",
      { reference: 5, reason: "x" },
      [],
    ],
    ["a candidate without a reason", "candidate.reason", { reference: "x" }, []],
    ["a candidate reason key that is a BigInt", "candidate.reason[1]", { reason: ["a", 1n] }, []],
    ["open tickets that are undefined", "openTickets", key, undefined],
    ["open tickets that are an object", "openTickets", key, { 0: key, length: 1 }],
    ["an undefined open ticket", "openTickets[0]", key, [undefined]],
    ["a hole among the open tickets", "openTickets[0]", key, holeThen(key)],
    [
      "a cyclic open ticket reference",
      "openTickets[1].reference",
      key,
      [key, { reference: cyclicField(), reason: "x" }],
    ],
  ])("%s throws naming %s", (_label, field, candidate, open) => {
    expect(fieldOf(() => findDuplicate(candidate as never, open as never))).toBe(field);
  });

  it("still finds the duplicate, trimmed and case-insensitive", () => {
    const open = [{ id: "T-1", reference: " 2000012345 ", reason: ["order"] }];
    expect(findDuplicate(key, open)?.id).toBe("T-1");
    expect(findDuplicate({ reference: null, reason: "order" }, open)).toBeUndefined();
  });
});

describe(`depth: a taxonomy is at most ${TAXONOMY_MAX_DEPTH} levels (finding: stack overflow, quadratic compile)`, () => {
  it("the documented limit is 32 levels", () => {
    expect(TAXONOMY_MAX_DEPTH).toBe(32);
  });

  it("a taxonomy at the limit compiles, parses and has its JSON Schema", () => {
    const form = defineForm(chain(TAXONOMY_MAX_DEPTH) as never);
    const path = chainPath(TAXONOMY_MAX_DEPTH);
    expect(form.parse({ category: path })).toEqual({ ok: true, value: { category: path } });
    const schema = form.toJSONSchema() as { properties: { category: { enum: unknown } } };
    expect(schema.properties.category.enum).toEqual([path]);
  });

  it.each([TAXONOMY_MAX_DEPTH + 1, 4_000, 10_000])(
    "%i levels are an InvalidArgumentError naming the first level too many",
    (levels) => {
      const keys = chainPath(levels).slice(0, TAXONOMY_MAX_DEPTH);
      const tooDeep = `taxonomy${keys.map((k) => `.options.${k}.children`).join("")}`;
      expect(fieldOf(() => defineForm(chain(levels) as never))).toBe(tooDeep);
    },
  );

  it("a cyclic taxonomy is refused the same way", () => {
    const level: Level = { label: "T", options: {} };
    level.options.again = { label: "Otra vez", children: level };
    const field = fieldOf(() => defineForm({ taxonomy: level } as never));
    expect(field).toBe(`taxonomy${".options.again.children".repeat(TAXONOMY_MAX_DEPTH)}`);
  });

  it("a user value 100,000 arrays or objects deep is an issue, not a stack overflow", () => {
    const arrays = deepArray(100_000);
    const objects = deepObject(100_000);
    for (const deep of [arrays, objects]) {
      const input = Object.fromEntries(
        ["category", ...Object.keys(supportPortal.fields), "subject", "files", "impact"].map(
          (k) => [k, deep],
        ),
      );
      for (const r of [support.parse(input), support.parse(deep), seller.parse(input)]) {
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.issues.map((i) => i.message)).not.toContain(FALLBACK);
      }
      expect(fieldOf(() => support.summarize({ name: deep } as never))).toBe("value.name");
    }
  });
});

describe("describing a bad value in a message never throws (finding: JSON.stringify TypeError)", () => {
  it.each<[string, unknown]>([
    ["1n", 1n],
    ["a Symbol", Symbol("kind")],
    ["a cyclic object", cyclicField()],
    ["a null-prototype object", nullProtoField()],
    ["an array 10,000 deep", deepArray(10_000)],
    ["a function", () => "text"],
    ["NaN", Number.NaN],
    ["-0", -0],
  ])("kind %s is an InvalidArgumentError naming fields.a.kind", (_label, kind) => {
    expect(fieldOf(() => defineForm({ fields: { a: { kind, label: "A" } } } as never))).toBe(
      "fields.a.kind",
    );
  });

  const choice = { kind: "choice", label: "T", options: { a: "A" } } as const;
  const text = { kind: "text", label: "X" } as const;
  it.each<[string, unknown, string]>([
    [
      "a rule field that is a BigInt",
      { when: { field: 1n }, require: ["x"] },
      "rules[0].when.field",
    ],
    [
      "a rule option that is a null-prototype object",
      { when: { field: "t", equals: nullProtoField() }, require: ["x"] },
      "rules[0].when.equals",
    ],
    [
      "a rule category key that is a null-prototype object",
      { when: { category: [nullProtoField()] }, require: ["x"] },
      "rules[0].when.category",
    ],
    [
      "a required field that is cyclic",
      { when: { field: "t" }, require: [cyclicField()] },
      "rules[0].require[0]",
    ],
    [
      "a requireOneOf entry that is a Symbol",
      { when: { field: "t" }, requireOneOf: ["x", Symbol("y")] },
      "rules[0].requireOneOf[1]",
    ],
  ])("%s", (_label, rule, field) => {
    const def = { fields: { t: choice, x: text }, rules: [rule] };
    expect(fieldOf(() => defineForm(def as never))).toBe(field);
  });

  it("an identifier example that is a Symbol names fields.a.example", () => {
    const a = { kind: "identifier", label: "A", pattern: "[0-9]+", example: Symbol("1") };
    expect(fieldOf(() => defineForm({ fields: { a } } as never))).toBe("fields.a.example");
  });
});

describe("definitions that compiled and then broke parse are refused where they enter", () => {
  const text = { kind: "text", label: "X" } as const;
  const choice = { kind: "choice", label: "C", options: { a: "A", b: "B" } } as const;
  it.each<[string, unknown, string]>([
    [
      "a hole in the rules (parse answered every input with its fallback)",
      { fields: { x: text }, rules: holeThen() },
      "rules[0]",
    ],
    [
      "a rule with require: 1n beside a valid requireOneOf",
      {
        fields: { x: text, y: text },
        rules: [{ when: { field: "x" }, require: 1n, requireOneOf: ["x", "y"] }],
      },
      "rules[0]",
    ],
    [
      "a hole in priority.from",
      { fields: { c: choice }, priority: { from: holeThen("c"), table: {}, otherwise: "low" } },
      "priority.from[0]",
    ],
    [
      "a priority otherwise that is a number",
      {
        fields: { c: choice, d: { ...choice, label: "D" } },
        priority: {
          from: ["c", "d"],
          table: { a: { a: "low", b: "low" }, b: { a: "low", b: "low" } },
          otherwise: 5,
        },
      },
      "priority.otherwise",
    ],
    [
      "a hole in accept",
      { fields: { f: { kind: "attachments", label: "F", accept: holeThen() } } },
      "fields.f.accept[0].mime",
    ],
    [
      "a hole in extensions",
      {
        fields: {
          f: {
            kind: "attachments",
            label: "F",
            accept: [{ mime: "image/png", extensions: holeThen("png") }],
          },
        },
      },
      "fields.f.accept[0].extensions",
    ],
    [
      "multiple that is not a boolean",
      { fields: { c: { ...choice, multiple: "yes" } } },
      "fields.c.multiple",
    ],
    [
      "integer that is not a boolean",
      { fields: { n: { kind: "number", label: "N", integer: 1 } } },
      "fields.n.integer",
    ],
    [
      "a pattern that escapes its anchors",
      { fields: { i: { kind: "identifier", label: "I", pattern: "[0-9]{3})|(.*" } } },
      "fields.i.pattern",
    ],
  ])("%s", (_label, def, field) => {
    expect(fieldOf(() => defineForm(def as never))).toBe(field);
  });

  it("a field named after an Object.prototype member does not satisfy a presence rule when absent", () => {
    const form = defineForm({
      fields: { toString: { kind: "text", label: "T" }, x: { kind: "text", label: "X" } },
      rules: [{ when: { field: "toString" }, require: ["x"] }],
    });
    expect(form.parse({})).toEqual({ ok: true, value: {} });
    expect(form.parse({ toString: "t" }).ok).toBe(false);
  });
});

// ------------------------------------------------------------ the property

/** Pre-built big values, frozen once: building them per run would dominate the time. */
const DEEP_ARRAY = deepArray(100_000);
const DEEP_OBJECT = deepObject(100_000);
const LONG = "a".repeat(1_000_000);
const MANY_FILES = deepFreeze(
  Array.from({ length: 50_000 }, (_, i) => ({ name: `f${i}.png`, size: 1, type: "image/png" })),
);

/** One hostile value with no form shape: a scalar, a fresh object, or anything at all. */
const leaf: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 2,
    arbitrary: hostileOf(
      [
        "technical",
        "critical",
        "CON",
        "../../etc/passwd",
        "invoice.pdf.exe",
        LONG,
        DEEP_ARRAY,
        DEEP_OBJECT,
        MANY_FILES,
      ],
      [
        () => holeThen("a"),
        cyclicField,
        () => {
          const a: unknown[] = ["technical"];
          a.push(a);
          return a;
        },
        nullProtoField,
        () => ({ name: "a.png", size: 1n, type: "image/png" }),
        () => ({ name: "a.png", size: -0, type: "image/png", status: "failed" }),
        () => ({ name: "a.png", size: Number.NaN, type: nullProtoField() }),
        () => [{ name: Symbol("n"), size: 1, type: "image/png" }],
        () => ({ locale: 1n }),
        () => ({ locale: "constructor" }),
        () => ({ reference: cyclicField(), reason: [1n] }),
        () => ({ es: "a", pt: "b", en: 1n }),
        () => new Map([["subject", "x"]]),
        () => new Set(["technical"]),
        () => Object.create({ subject: "inherited", category: ["technical"] }),
        () => new String("technical"),
      ],
    ),
  },
  {
    weight: 1,
    arbitrary: fc
      .anything({
        maxDepth: 3,
        withBigInt: true,
        withNullPrototype: true,
        withSparseArray: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withObjectString: true,
        withTypedArray: true,
      })
      .map(deepFreeze),
  },
);

const formKeys = [
  ...new Set([
    "category",
    ...Object.keys(technicalInput),
    "shareSolution",
    "description",
    "attachments",
    "sku",
    "productId",
    "orderNumber",
    "promisedDate",
    "photos",
    "amount",
    "__proto__",
    "constructor",
  ]),
];
const validInputs = [
  technicalInput,
  { category: ["product"], subject: "Hola", description: "Texto", sku: "SKU-1234" },
  { category: ["spreadsheet"], subject: "Carga", description: "Texto", attachments: [] },
  { category: ["claim", "logistics", "late"], orderNumber: "12345678", promisedDate: "2025-09-10" },
  { category: ["claim", "payments", "missing"], amount: "1500" },
].map(deepFreeze);

/** An input shaped like a form's: hostile values under the keys forms read. */
const shaped = fc.oneof(
  fc.dictionary(fc.constantFrom(...formKeys), leaf, { maxKeys: 5 }),
  fc
    .tuple(fc.constantFrom(...validInputs), fc.constantFrom(...formKeys), leaf)
    .map(([input, k, v]) => ({ ...input, [k]: v })),
);
const hostile: fc.Arbitrary<unknown> = fc.oneof(leaf, shaped.map(deepFreeze));

const locale = fc.oneof(
  fc.constantFrom<unknown>("es", "pt", "en", "pt-BR", "fr", "__proto__", null, undefined),
  leaf,
);
/** Options as a host passes them: absent, an object with some locale, or anything. */
const options = fc.oneof(
  fc.constant(undefined),
  locale.map((l) => deepFreeze({ locale: l })),
  leaf,
);
/** Options parse must accept without throwing: absent, or a string or missing locale. */
const goodOptions = fc.oneof(
  fc.constant(undefined),
  fc
    .constantFrom("es", "pt", "en", "pt-BR", "fr", "__proto__", "constructor", "")
    .map((l) => deepFreeze({ locale: l })),
);

/** Every path inside a plain-data definition (objects and arrays). */
function pathsOf(v: unknown, prefix: readonly string[] = [], out: string[][] = []): string[][] {
  out.push([...prefix]);
  if (typeof v === "object" && v !== null)
    for (const k of Object.keys(v)) pathsOf((v as Record<string, unknown>)[k], [...prefix, k], out);
  return out;
}

type Mode = "replace" | "cycle" | "add";
/** A copy of `def` with one change at `path`; unchanged subtrees are shared. */
function mutate(def: unknown, path: readonly string[], mode: Mode, value: unknown, key: string) {
  const root: Record<string, unknown> = { def };
  const ancestors: unknown[] = [];
  let parent = root;
  let at = "def";
  for (const k of path) {
    const child = parent[at];
    const copy = Array.isArray(child) ? child.slice() : { ...(child as object) };
    parent[at] = copy;
    ancestors.push(copy);
    parent = copy as Record<string, unknown>;
    at = k;
  }
  if (mode === "replace") parent[at] = value;
  else if (mode === "cycle") parent[at] = ancestors[value === null ? 0 : ancestors.length - 1];
  else {
    const child = parent[at];
    if (typeof child === "object" && child !== null)
      parent[at] = Object.assign(Array.isArray(child) ? child.slice() : { ...child }, {
        [key]: value,
      });
  }
  return deepFreeze(root.def);
}

const fixtures = [supportPortal, sellerHelp, partnerPortal, sellerCenter].map(deepFreeze);
const fixturePaths = fixtures.map((d) => pathsOf(d));
/** A fixture definition with one hostile change: a value replaced, a cycle, or an extra key. */
const hostileDefinition = fc
  .record({
    i: fc.nat({ max: fixtures.length - 1 }),
    pick: fc.nat(),
    mode: fc.constantFrom<Mode>("replace", "replace", "cycle", "add"),
    value: leaf,
    key: fc.constantFrom("x", "__proto__", "constructor", "children", "fields", "label", "kind"),
  })
  .map(({ i, pick, mode, value, key }) => {
    const paths = fixturePaths[i] as string[][];
    return mutate(fixtures[i], paths[pick % paths.length] as string[], mode, value, key);
  });

const parsedValue = fc.oneof(
  fc.constant(supportValue as unknown),
  fc
    .tuple(fc.constantFrom(...formKeys), leaf)
    .map(([k, v]) => deepFreeze({ ...supportValue, [k]: v })),
  leaf,
);
const duplicateKey = fc.oneof(
  fc.constant<unknown>({ reference: "2000012345", reason: ["order"] }),
  fc.record({ reference: leaf, reason: fc.oneof(leaf, fc.array(leaf, { maxLength: 3 })) }),
  leaf,
);

/** Whether `v` is plain JSON data: nothing a host's JSON.stringify or database would choke on. */
function plainJson(v: unknown): boolean {
  const seen = new Set<unknown>();
  const stack = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x === "string" || typeof x === "boolean") continue;
    if (typeof x === "number") {
      if (!Number.isFinite(x)) return false;
      continue;
    }
    if (typeof x !== "object" || seen.has(x)) return false;
    seen.add(x);
    const proto = Object.getPrototypeOf(x);
    if (!Array.isArray(x) && proto !== Object.prototype && proto !== null) return false;
    if (Object.getOwnPropertySymbols(x).length > 0) return false;
    for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
  }
  return true;
}

/** Whether a parse result is well formed and came from parse's own checks, not its fallback. */
function wellFormed(result: unknown): boolean {
  const r = result as ReturnType<typeof support.parse>;
  if (r.ok) return plainJson(r.value);
  return (
    r.issues.length > 0 &&
    r.issues.every(
      (i) =>
        ISSUE_CODES.includes(i.code) &&
        typeof i.message === "string" &&
        i.message !== "" &&
        i.message !== FALLBACK &&
        i.path.every((p) => typeof p === "string" || typeof p === "number"),
    ) &&
    plainJson(r.partial)
  );
}

/** The prototypes the barrage must leave alone. */
const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype];

/** Runs `call`: it must answer or throw a PlazoError whose field starts with one of `fields`. */
function keepsContract(call: () => unknown, fields: readonly string[]): unknown {
  let answer: unknown;
  try {
    answer = call();
  } catch (e) {
    if (!(e instanceof PlazoError)) throw new Error(`threw ${describeThrown(e)}`);
    expect(typeof e.field).toBe("string");
    expect(e.field).not.toBe("");
    if (
      !fields.some(
        (f) => e.field === f || e.field.startsWith(`${f}.`) || e.field.startsWith(`${f}[`),
      )
    )
      throw new Error(`threw naming ${e.field}, expected one of ${fields.join(", ")}`);
    return undefined;
  }
  return answer;
}

const forms = [support, seller, center];
const referenceInputs = [...validInputs, {}, { category: ["technical"] }, { name: "Ana" }];
const referenceTickets = [{ id: "T-1", reference: "2000012345", reason: ["order"] }];

/** Answers of the shared forms to fixed questions: the barrage must not change them. */
function referenceAnswers(): string {
  const out: unknown[] = [];
  for (const form of forms)
    for (const l of ["es", "pt", "en", "pt-BR", "fr", undefined]) {
      const o = l === undefined ? {} : { locale: l };
      for (const input of referenceInputs) out.push(form.parse(input, o));
      out.push(form.toJSONSchema(o), form.schema.safeParse(technicalInput).success);
    }
  out.push(support.summarize(supportValue, { locale: "pt" }));
  out.push(findDuplicate({ reference: "2000012345 ", reason: ["order"] }, referenceTickets));
  out.push(fixtures, validInputs, supportValue, Object.keys(formsEntry).sort());
  return JSON.stringify(out);
}

describe("every export and Form method keeps the error contract under hostile arguments", () => {
  let reference = "";
  const before = prototypeKeys(PROTOTYPES);
  beforeAll(() => {
    reference = referenceAnswers();
  });
  const run = <T extends unknown[]>(
    arb: fc.Arbitrary<T>,
    check: (...a: T) => void,
    numRuns = 250,
  ) =>
    fc.assert(
      fc.property(arb, (args) => {
        check(...args);
        expect(prototypeKeys(PROTOTYPES)).toBe(before);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: SEED, numRuns },
    );
  const form = fc.constantFrom(...forms);

  it("every exported function has a tailored property below", () => {
    const functions = Object.entries(formsEntry)
      .filter(
        ([, v]) =>
          typeof v === "function" && !((v as unknown) === Error || v.prototype instanceof Error),
      )
      .map(([k]) => k);
    expect(functions.sort()).toEqual(["defineForm", "findDuplicate"]);
    expect(Object.keys(support).sort()).toEqual([
      "definition",
      "parse",
      "schema",
      "summarize",
      "toJSONSchema",
    ]);
  });

  it("parse never throws for any input, and answers with its own issues", () => {
    run(
      fc.tuple(form, hostile, goodOptions),
      (f, input, o) => {
        const r = f.parse(input, o as never);
        expect(wellFormed(r as never)).toBe(true);
        // What parse returned is something summarize accepts.
        expect(() => f.summarize((r.ok ? r.value : r.partial) as never, o as never)).not.toThrow();
      },
      400,
    );
  });

  it("parse, toJSONSchema and summarize with hostile options throw only for options", () => {
    run(fc.tuple(form, hostile, options), (f, input, o) => {
      const r = keepsContract(() => f.parse(input, o as never), ["options"]);
      if (r !== undefined) expect(wellFormed(r as ReturnType<typeof f.parse>)).toBe(true);
      const schema = keepsContract(() => f.toJSONSchema(o as never), ["options"]);
      if (schema !== undefined) expect(plainJson(schema)).toBe(true);
    });
  });

  it("summarize throws only naming the value or the options", () => {
    run(fc.tuple(parsedValue, options), (value, o) => {
      const s = keepsContract(
        () => support.summarize(value as never, o as never),
        ["value", "options"],
      );
      if (s !== undefined) expect(plainJson(s)).toBe(true);
    });
  });

  it("form.schema.safeParse never throws", () => {
    run(
      fc.tuple(form, hostile),
      (f, input) => {
        expect(typeof f.schema.safeParse(input).success).toBe("boolean");
      },
      150,
    );
  });

  it("findDuplicate throws only naming its candidate or the open tickets", () => {
    run(
      fc.tuple(duplicateKey, fc.oneof(fc.array(duplicateKey, { maxLength: 4 }), leaf)),
      (candidate, open) => {
        keepsContract(
          () => findDuplicate(candidate as never, open as never),
          ["candidate", "openTickets"],
        );
      },
    );
  });

  it("defineForm throws only naming the definition's path, and a form it builds never breaks later", () => {
    const top = ["definition", "fields", "taxonomy", "rules", "priority", "requireAll"];
    run(
      fc.tuple(fc.oneof(hostileDefinition, leaf), hostile),
      (def, input) => {
        const built = keepsContract(() => defineForm(def as FormDefinition), top);
        if (built === undefined) return;
        const f = built as typeof support;
        for (const i of [input, ...referenceInputs]) {
          const r = f.parse(i);
          expect(wellFormed(r)).toBe(true);
          expect(() => f.summarize((r.ok ? r.value : r.partial) as never)).not.toThrow();
        }
        expect(plainJson(f.toJSONSchema({ locale: "en" }))).toBe(true);
      },
      400,
    );
  });

  it("any argument list to any export or method throws only PlazoErrors naming a field", () => {
    const args = fc.array(fc.oneof(hostile, options, parsedValue), { maxLength: 3 });
    const targets: [string, (...a: unknown[]) => unknown][] = [
      ["defineForm", defineForm as never],
      ["findDuplicate", findDuplicate as never],
      ...forms.flatMap((f) =>
        (["parse", "toJSONSchema", "summarize"] as const).map(
          (m) =>
            [m, f[m] as (...a: unknown[]) => unknown] as [string, (...a: unknown[]) => unknown],
        ),
      ),
    ];
    run(fc.tuple(fc.constantFrom(...targets), args), ([, fn], a) => {
      try {
        fn(...a);
      } catch (e) {
        expect(e).toBeInstanceOf(PlazoError);
        expect((e as PlazoError).field).not.toBe("");
      }
    });
  });

  it("the shared forms answer the reference inputs as before", () => {
    expect(referenceAnswers()).toBe(reference);
  });
});
