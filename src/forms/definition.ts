import { describe, fail, isObject } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import { isLabel } from "../locale.js";
import type { Condition, Field, FileType, FormDefinition, Label, Rule, Taxonomy } from "./types.js";

const RESERVED = new Set(["__proto__", "constructor", "prototype", "category", "priority"]);
const KINDS = new Set([
  "text",
  "longText",
  "choice",
  "boolean",
  "email",
  "identifier",
  "number",
  "date",
  "attachments",
]);
const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A field as compiled: its definition, where it lives and its compiled pattern. */
export interface CompiledField {
  readonly key: string;
  readonly def: Field;
  /** Taxonomy path of the node that adds it; `[]` for root fields. */
  readonly owner: readonly string[];
  readonly pattern?: RegExp;
}

/** A taxonomy node as compiled. */
export interface CompiledNode {
  readonly key: string;
  readonly label: Label;
  readonly fields: readonly CompiledField[];
  readonly children?: CompiledLevel;
}
/** A taxonomy level as compiled (options in a null-prototype map). */
export interface CompiledLevel {
  readonly label: Label;
  readonly options: Readonly<Record<string, CompiledNode>>;
}

/** The compiled form plan parse runs on. */
export interface Plan {
  readonly root: readonly CompiledField[];
  readonly taxonomy?: CompiledLevel;
  readonly byKey: ReadonlyMap<string, CompiledField>;
  readonly rules: readonly Rule[];
  readonly requireAll: boolean;
}

function checkLabel(v: unknown, path: string): void {
  if (!isLabel(v)) fail(path, "expected a non-empty string or { es, pt, en } strings");
}

function checkBounds(f: Record<string, unknown>, path: string, integer: boolean): void {
  for (const k of ["min", "max"]) {
    const n = f[k];
    if (
      n !== undefined &&
      (typeof n !== "number" || !Number.isFinite(n) || (integer && (!Number.isInteger(n) || n < 0)))
    ) {
      fail(`${path}.${k}`, integer ? "expected a whole number >= 0" : "expected a finite number");
    }
  }
  if (typeof f.min === "number" && typeof f.max === "number" && f.min > f.max)
    fail(`${path}.min`, "is greater than max");
}

function checkFileTypes(v: unknown, path: string): void {
  if (!Array.isArray(v) || v.length === 0)
    fail(path, "expected a non-empty list of { mime, extensions }");
  (v as unknown[]).forEach((t, i) => {
    if (
      !isObject(t) ||
      typeof t.mime !== "string" ||
      !/^[a-z0-9.+-]+\/([a-z0-9.+-]+|\*)$/.test(t.mime)
    ) {
      fail(
        `${path}[${i}].mime`,
        'expected a lower-case MIME type such as "image/png" or "image/*"',
      );
    }
    const ft = t as unknown as FileType;
    if (
      !Array.isArray(ft.extensions) ||
      ft.extensions.length === 0 ||
      !ft.extensions.every((e) => typeof e === "string" && /^[a-z0-9]+$/.test(e))
    ) {
      fail(`${path}[${i}].extensions`, 'expected lower-case extensions without dot, e.g. ["png"]');
    }
  });
}

function compileField(
  key: string,
  f: unknown,
  path: string,
  owner: readonly string[],
): CompiledField {
  if (RESERVED.has(key)) fail(path, `"${key}" is reserved; choose another field key`);
  if (!isObject(f)) fail(path, "expected a field definition { kind, label, … }");
  if (typeof f.kind !== "string" || !KINDS.has(f.kind))
    fail(`${path}.kind`, `unknown kind ${describe(f.kind)}; use ${[...KINDS].join(", ")}`);
  checkLabel(f.label, `${path}.label`);
  if (f.required !== undefined && typeof f.required !== "boolean")
    fail(`${path}.required`, "expected a boolean");
  const def = f as unknown as Field;
  let pattern: RegExp | undefined;
  switch (def.kind) {
    case "text":
    case "longText":
      checkBounds(f, path, true);
      break;
    case "number":
      checkBounds(f, path, false);
      break;
    case "date":
      for (const k of ["min", "max"] as const) {
        if (def[k] !== undefined && (typeof def[k] !== "string" || !LOCAL_DATE.test(def[k])))
          fail(`${path}.${k}`, 'expected "YYYY-MM-DD"');
      }
      break;
    case "choice": {
      const keys = isObject(def.options) ? Object.keys(def.options) : [];
      if (keys.length === 0) fail(`${path}.options`, "expected at least one option { key: label }");
      for (const k of keys) {
        if (RESERVED.has(k)) fail(`${path}.options.${k}`, "is a reserved key");
        checkLabel(def.options[k], `${path}.options.${k}`);
      }
      break;
    }
    case "boolean":
      if (def.default !== undefined && typeof def.default !== "boolean")
        fail(`${path}.default`, "expected a boolean");
      break;
    case "identifier":
      if (typeof def.pattern !== "string" || def.pattern === "")
        fail(`${path}.pattern`, "expected a regular expression source");
      try {
        pattern = new RegExp(`^(?:${def.pattern})$`, "u");
      } catch (e) {
        fail(`${path}.pattern`, `is not a valid regular expression: ${(e as Error).message}`);
      }
      if (def.example !== undefined && !pattern?.test(def.example))
        fail(`${path}.example`, "does not match the pattern");
      break;
    case "attachments":
      for (const k of ["maxFileSize", "maxFiles", "maxTotalSize"] as const) {
        const n = def[k];
        if (n !== undefined && (typeof n !== "number" || !Number.isInteger(n) || n <= 0))
          fail(`${path}.${k}`, "expected a whole number > 0");
      }
      if (def.accept !== undefined && def.accept !== "any")
        checkFileTypes(def.accept, `${path}.accept`);
      break;
  }
  return pattern ? { key, def, owner, pattern } : { key, def, owner };
}

function compileFields(
  fields: unknown,
  path: string,
  owner: readonly string[],
  byKey: Map<string, CompiledField>,
): CompiledField[] {
  if (fields === undefined) return [];
  if (!isObject(fields)) fail(path, "expected { key: field }");
  return Object.keys(fields).map((key) => {
    if (byKey.has(key)) fail(`${path}.${key}`, `duplicate field key; "${key}" is already defined`);
    const c = compileField(key, fields[key], `${path}.${key}`, owner);
    byKey.set(key, c);
    return c;
  });
}

function compileLevel(
  t: unknown,
  path: string,
  prefix: readonly string[],
  byKey: Map<string, CompiledField>,
): CompiledLevel {
  if (!isObject(t) || !isObject(t.options)) fail(path, "expected { label, options }");
  checkLabel(t.label, `${path}.label`);
  const keys = Object.keys(t.options);
  if (keys.length === 0) fail(`${path}.options`, "expected at least one option");
  const options: Record<string, CompiledNode> = Object.create(null);
  for (const key of keys) {
    const at = `${path}.options.${key}`;
    if (RESERVED.has(key)) fail(at, "is a reserved key");
    const node = (t.options as Record<string, unknown>)[key];
    if (!isObject(node)) fail(at, "expected { label, fields?, children? }");
    const n = node as Record<string, unknown>;
    checkLabel(n.label, `${at}.label`);
    const own = [...prefix, key];
    const fields = compileFields(n.fields, `${at}.fields`, own, byKey);
    const children =
      n.children === undefined ? undefined : compileLevel(n.children, `${at}.children`, own, byKey);
    options[key] = children
      ? { key, label: n.label as Label, fields, children }
      : { key, label: n.label as Label, fields };
  }
  return { label: t.label as Label, options };
}

/** Whether `path` names a node (not necessarily a leaf) of `level`. */
function nodeExists(level: CompiledLevel | undefined, path: readonly string[]): boolean {
  let l = level;
  for (const key of path) {
    const n = l ? l.options[key] : undefined;
    if (!n) return false;
    l = n.children;
  }
  return path.length > 0;
}

/** Whether two owners can both be on one chosen path (one is a prefix of the other). */
const compatible = (a: readonly string[], b: readonly string[]) => {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return false;
  return true;
};

function checkRule(rule: unknown, i: number, plan: Omit<Plan, "rules">): void {
  const path = `rules[${i}]`;
  if (!isObject(rule) || !isObject(rule.when))
    fail(path, "expected { when, require | requireOneOf | requireFile }");
  const when = rule.when as Condition;
  let scope: readonly string[];
  if ("category" in when) {
    if (!Array.isArray(when.category) || !nodeExists(plan.taxonomy, when.category)) {
      fail(`${path}.when.category`, `${describe(when.category)} is not a category of the taxonomy`);
    }
    scope = when.category;
  } else {
    const f = typeof when.field === "string" ? plan.byKey.get(when.field) : undefined;
    if (!f) fail(`${path}.when.field`, `unknown field ${describe(when.field)}`);
    if (when.equals !== undefined) {
      if (f.def.kind !== "choice" || !Object.hasOwn(f.def.options, when.equals)) {
        fail(`${path}.when.equals`, `${describe(when.equals)} is not an option of "${f.key}"`);
      }
    }
    scope = f.owner;
  }
  const targets: string[] = [];
  if (Array.isArray(rule.require)) targets.push(...rule.require);
  else if (Array.isArray(rule.requireOneOf)) {
    if (rule.requireOneOf.length < 2) fail(`${path}.requireOneOf`, "expected two or more fields");
    targets.push(...rule.requireOneOf);
  } else if (isObject(rule.requireFile)) {
    const rf = rule.requireFile as { field?: unknown; types?: unknown };
    const f = typeof rf.field === "string" ? plan.byKey.get(rf.field) : undefined;
    if (f?.def.kind !== "attachments")
      fail(`${path}.requireFile.field`, "expected an attachments field");
    checkFileTypes(rf.types, `${path}.requireFile.types`);
    targets.push(rf.field as string);
  } else {
    fail(path, "expected require, requireOneOf or requireFile");
  }
  targets.forEach((key, j) => {
    const f = plan.byKey.get(key);
    if (!f) fail(`${path}.require[${j}]`, `unknown field ${describe(key)}`);
    if (!compatible(f.owner, scope)) {
      fail(
        `${path}`,
        `can never apply: "${key}" belongs to category ${f.owner.join(" > ")}, which excludes the rule's condition`,
      );
    }
  });
}

function checkPriority(p: unknown, byKey: ReadonlyMap<string, CompiledField>): void {
  if (p === undefined) return;
  if (!isObject(p) || !Array.isArray(p.from) || p.from.length !== 2 || !isObject(p.table)) {
    fail(
      "priority",
      "expected { from: [fieldA, fieldB], table: { a: { b: priority } }, otherwise? }",
    );
  }
  const [a, b] = (p.from as unknown[]).map((k, i) => {
    const f = typeof k === "string" ? byKey.get(k) : undefined;
    if (f?.def.kind !== "choice" || f.def.multiple)
      fail(`priority.from[${i}]`, "expected a single-choice field");
    return f.def.options;
  }) as [Record<string, Label>, Record<string, Label>];
  const table = p.table as Record<string, unknown>;
  const missing: string[] = [];
  for (const ka of Object.keys(table)) {
    if (!Object.hasOwn(a, ka)) fail(`priority.table.${ka}`, "is not an option of the first field");
    const row = table[ka];
    if (!isObject(row)) fail(`priority.table.${ka}`, "expected { option: priority }");
    for (const kb of Object.keys(row)) {
      if (!Object.hasOwn(b, kb))
        fail(`priority.table.${ka}.${kb}`, "is not an option of the second field");
      if (typeof row[kb] !== "string" || row[kb] === "")
        fail(`priority.table.${ka}.${kb}`, "expected a priority name");
    }
  }
  for (const ka of Object.keys(a))
    for (const kb of Object.keys(b))
      if (!isObject(table[ka]) || !Object.hasOwn(table[ka] as object, kb))
        missing.push(`${ka}/${kb}`);
  if (missing.length > 0 && typeof p.otherwise !== "string") {
    fail(
      "priority.otherwise",
      `the table leaves out ${missing.join(", ")}; list them or set otherwise`,
    );
  }
}

/** Validates a form definition and compiles it; throws {@link InvalidArgumentError} naming the path. */
export function compileDefinition(def: FormDefinition): Plan {
  if (!isObject(def))
    fail("definition", "expected { fields?, taxonomy?, rules?, priority?, requireAll? }");
  const byKey = new Map<string, CompiledField>();
  const root = compileFields(def.fields, "fields", [], byKey);
  const taxonomy =
    def.taxonomy === undefined
      ? undefined
      : compileLevel(def.taxonomy as Taxonomy, "taxonomy", [], byKey);
  if (root.length === 0 && !taxonomy) fail("fields", "a form needs fields or a taxonomy");
  if (def.requireAll !== undefined && typeof def.requireAll !== "boolean")
    fail("requireAll", "expected a boolean");
  const partial = taxonomy
    ? { root, taxonomy, byKey, requireAll: def.requireAll === true }
    : { root, byKey, requireAll: def.requireAll === true };
  const rules: unknown = def.rules ?? [];
  if (!Array.isArray(rules)) fail("rules", "expected a list of rules");
  rules.forEach((r, i) => {
    checkRule(r, i, partial);
  });
  checkPriority(def.priority, byKey);
  return { ...partial, rules: rules as Rule[] };
}
