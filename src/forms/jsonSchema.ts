import type { CompiledField, CompiledLevel, Plan } from "./definition.js";
import { labelIn } from "./messages.js";
import type { Condition, Field, Locale } from "./types.js";

type Json = Record<string, unknown>;

function fieldSchema(def: Field, locale: Locale, pattern?: RegExp): Json {
  const title = labelIn(def.label, locale);
  switch (def.kind) {
    case "text":
    case "longText":
      return {
        type: "string",
        title,
        ...(def.min ? { minLength: def.min } : {}),
        maxLength: def.max ?? (def.kind === "text" ? 200 : 10_000),
      };
    case "email":
      return { type: "string", title, format: "email", maxLength: 254 };
    case "identifier":
      return {
        type: "string",
        title,
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
        ? { type: "array", title, uniqueItems: true, items: { oneOf } }
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
      return { type: "string", title, format: "date" };
    case "attachments": {
      const item: Json = {
        type: "object",
        required: ["name", "size", "type"],
        properties: {
          name: { type: "string", maxLength: 255 },
          size: {
            type: "number",
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

const onCategory = (path: readonly string[]): Json => ({
  required: ["category"],
  properties: {
    category: {
      type: "array",
      minItems: path.length,
      prefixItems: path.map((k) => ({ const: k })),
    },
  },
});

function ifOf(when: Condition): Json {
  if ("category" in when) return onCategory(when.category);
  return when.equals === undefined
    ? { required: [when.field] }
    : { required: [when.field], properties: { [when.field]: { const: when.equals } } };
}

/** JSON Schema (draft 2020-12) of a compiled form, titles in `locale`. */
export function toJSONSchema(plan: Plan, locale: Locale): Json {
  const properties: Json = {};
  const required: string[] = [];
  const allOf: Json[] = [];
  const add = (f: CompiledField) => {
    properties[f.key] = fieldSchema(f.def, locale, f.pattern);
  };
  for (const f of plan.root) {
    add(f);
    if (f.def.required || plan.requireAll) required.push(f.key);
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
        const req = node.fields.filter((f) => f.def.required || plan.requireAll).map((f) => f.key);
        if (req.length) allOf.push({ if: onCategory(path), then: { required: req } });
        if (node.children) walk(node.children, path);
      }
    };
    walk(plan.taxonomy, []);
  }
  for (const rule of plan.rules) {
    const then =
      "require" in rule
        ? { required: [...rule.require] }
        : "requireOneOf" in rule
          ? { anyOf: rule.requireOneOf.map((k) => ({ required: [k] })) }
          : {
              required: [rule.requireFile.field],
              properties: {
                [rule.requireFile.field]: {
                  contains: {
                    properties: {
                      type: { enum: [...new Set(rule.requireFile.types.map((t) => t.mime))] },
                    },
                  },
                },
              },
            };
    allOf.push({ if: ifOf(rule.when), then });
  }
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    type: "object",
    properties,
    required,
    ...(allOf.length ? { allOf } : {}),
  };
}
