import type { CompiledField, CompiledLevel, Plan } from "./definition.js";
import { labelIn } from "./messages.js";
import { EMAIL } from "./parse.js";
import type { Condition, Field, Locale } from "./types.js";

type Json = Record<string, unknown>;

// What parse accepts, as JSON Schema patterns (formats are only annotations in 2020-12).
const EMAIL_PATTERN = EMAIL.source;
const DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

/**
 * The schema of one field. `mandatory` adds what parse reads as missing: an
 * empty string or list fails `required` there, so it fails `minLength` or
 * `minItems` here.
 */
function fieldSchema(def: Field, locale: Locale, mandatory: boolean, pattern?: RegExp): Json {
  const title = labelIn(def.label, locale);
  const minLength = (min: number) => Math.max(min, mandatory ? 1 : 0);
  switch (def.kind) {
    case "text":
    case "longText": {
      const min = minLength(def.min ?? 0);
      return {
        type: "string",
        title,
        ...(min ? { minLength: min } : {}),
        maxLength: def.max ?? (def.kind === "text" ? 200 : 10_000),
      };
    }
    case "email":
      return {
        type: "string",
        title,
        format: "email",
        minLength: 3,
        maxLength: 254,
        pattern: EMAIL_PATTERN,
      };
    case "identifier":
      return {
        type: "string",
        title,
        minLength: 1,
        maxLength: 200,
        pattern: pattern?.source ?? def.pattern,
        ...(def.example ? { examples: [def.example] } : {}),
      };
    case "choice": {
      const keys = Object.keys(def.options);
      const oneOf = keys.map((k) => ({
        const: k,
        title: labelIn(def.options[k] as Field["label"], locale),
      }));
      return def.multiple
        ? {
            type: "array",
            title,
            uniqueItems: true,
            ...(mandatory ? { minItems: 1 } : {}),
            maxItems: keys.length,
            items: { oneOf },
          }
        : { title, oneOf };
    }
    case "boolean":
      return {
        type: "boolean",
        title,
        ...(def.default === undefined ? {} : { default: def.default }),
      };
    case "number":
      return {
        type: def.integer ? "integer" : "number",
        title,
        ...(def.min === undefined ? {} : { minimum: def.min }),
        ...(def.max === undefined ? {} : { maximum: def.max }),
      };
    case "date":
      return { type: "string", title, format: "date", pattern: DATE_PATTERN };
    case "attachments": {
      const item: Json = {
        type: "object",
        required: ["name", "size", "type"],
        properties: {
          name: { type: "string", maxLength: 255 },
          size: {
            type: "integer",
            minimum: 0,
            ...(def.maxFileSize ? { maximum: def.maxFileSize } : {}),
          },
          type:
            def.accept && def.accept !== "any"
              ? { enum: [...new Set(def.accept.map((t) => t.mime))] }
              : { type: "string" },
          id: { type: "string" },
          status: { enum: ["uploaded", "pending", "failed"] },
        },
      };
      return {
        type: "array",
        title,
        items: item,
        ...(mandatory ? { minItems: 1 } : {}),
        ...(def.maxFiles ? { maxItems: def.maxFiles } : {}),
      };
    }
  }
}

function leafPaths(level: CompiledLevel, prefix: string[], out: string[][]): void {
  for (const key of Object.keys(level.options)) {
    const node = level.options[key];
    if (!node) continue;
    if (node.children) leafPaths(node.children, [...prefix, key], out);
    else out.push([...prefix, key]);
  }
}

/**
 * "The category is `path` or lies under it", as the list of the leaf paths
 * it covers: a valid category is always a leaf, and an enum of whole paths
 * passes strict validators where an open-ended `prefixItems` does not.
 */
function onCategory(taxonomy: CompiledLevel | undefined, path: readonly string[]): Json {
  let level = taxonomy;
  for (const key of path) level = level?.options[key]?.children;
  const leaves: string[][] = [];
  if (level) leafPaths(level, [...path], leaves);
  else leaves.push([...path]);
  return { required: ["category"], properties: { category: { enum: leaves } } };
}

/**
 * `required` for `keys`, each also listed in `properties` (as `true`): strict
 * validators refuse a `required` key their schema object does not define.
 */
const requires = (keys: readonly string[]): Json => ({
  required: [...keys],
  properties: Object.fromEntries(keys.map((k) => [k, true])),
});

function ifOf(when: Condition, taxonomy: CompiledLevel | undefined): Json {
  if ("category" in when) return onCategory(taxonomy, when.category);
  // "Has a value", as parse reads it: null, "" and [] are missing.
  return when.equals === undefined
    ? { required: [when.field], properties: { [when.field]: { not: { enum: [null, "", []] } } } }
    : { required: [when.field], properties: { [when.field]: { const: when.equals } } };
}

/** JSON Schema (draft 2020-12) of a compiled form, titles in `locale`. */
export function toJSONSchema(plan: Plan, locale: Locale): Json {
  const properties: Json = {};
  const required: string[] = [];
  const allOf: Json[] = [];
  const add = (f: CompiledField) => {
    properties[f.key] = fieldSchema(f.def, locale, plan.mandatory.has(f.key), f.pattern);
  };
  for (const f of plan.root) {
    add(f);
    if (plan.mandatory.has(f.key)) required.push(f.key);
  }
  if (plan.taxonomy) {
    const paths: string[][] = [];
    leafPaths(plan.taxonomy, [], paths);
    properties.category = { title: labelIn(plan.taxonomy.label, locale), enum: paths };
    required.unshift("category");
    const walk = (level: CompiledLevel, prefix: string[]) => {
      for (const key of Object.keys(level.options)) {
        const node = level.options[key];
        if (!node) continue;
        const path = [...prefix, key];
        node.fields.forEach(add);
        const req = node.fields.filter((f) => plan.mandatory.has(f.key)).map((f) => f.key);
        if (req.length) allOf.push({ if: onCategory(plan.taxonomy, path), then: requires(req) });
        if (node.children) walk(node.children, path);
      }
    };
    walk(plan.taxonomy, []);
  }
  for (const rule of plan.rules) {
    const then =
      "require" in rule
        ? requires(rule.require)
        : "requireOneOf" in rule
          ? { anyOf: rule.requireOneOf.map((k) => requires([k])) }
          : {
              required: [rule.requireFile.field],
              properties: {
                [rule.requireFile.field]: {
                  type: "array",
                  contains: {
                    type: "object",
                    required: ["type"],
                    properties: {
                      type: { enum: [...new Set(rule.requireFile.types.map((t) => t.mime))] },
                    },
                  },
                },
              },
            };
    allOf.push({ if: ifOf(rule.when, plan.taxonomy), then });
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties,
    required,
    ...(allOf.length ? { allOf } : {}),
  };
}
