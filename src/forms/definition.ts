import { checkKeys, describe, fail, isObject } from "../check.js";
import type { InvalidArgumentError } from "../errors.js";
import { isLabel, LOCALES } from "../locale.js";
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

/** The keys each field kind accepts besides `kind`, `label` and `required`. */
const FIELD_KEYS: Readonly<Record<string, readonly string[]>> = {
  text: ["min", "max"],
  longText: ["min", "max"],
  choice: ["options", "multiple"],
  boolean: ["default"],
  email: [],
  identifier: ["pattern", "example"],
  number: ["min", "max", "integer"],
  date: ["min", "max"],
  attachments: ["maxFileSize", "maxFiles", "maxTotalSize", "accept"],
};
const DEFINITION_KEYS = ["fields", "taxonomy", "rules", "priority", "requireAll"];
const NODE_HINTS = {
  options: "a node's next level goes in children: { label, options }",
};

/**
 * The most levels a taxonomy may have (a category path has at most this many
 * keys). Real taxonomies have two or three; the limit keeps compiling and
 * `toJSONSchema` linear in the number of nodes, and refuses a cyclic taxonomy.
 */
export const TAXONOMY_MAX_DEPTH = 32;

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
  readonly priority?: CompiledPriority;
  /**
   * The keys of the fields that must be filled whenever they apply: those
   * marked `required: true` and, under `requireAll`, every field not marked
   * `required: false` and not in a `requireOneOf` group (R000-1 with R000-4).
   */
  readonly mandatory: ReadonlySet<string>;
}

function checkLabel(v: unknown, path: string): void {
  if (!isLabel(v)) fail(path, "expected a non-empty string or { es, pt, en } strings");
  if (typeof v === "object") checkKeys(v as Record<string, unknown>, LOCALES, path);
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
  for (let i = 0; i < v.length; i++) {
    const t: unknown = v[i];
    if (isObject(t)) checkKeys(t, ["mime", "extensions"], `${path}[${i}]`);
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
    if (!isExtensionList(t.extensions))
      fail(`${path}[${i}].extensions`, 'expected lower-case extensions without dot, e.g. ["png"]');
  }
}

/** A non-empty list (no holes) of lower-case extensions without dot. */
function isExtensionList(v: unknown): boolean {
  if (!Array.isArray(v) || v.length === 0) return false;
  for (let i = 0; i < v.length; i++) {
    const e: unknown = v[i];
    if (typeof e !== "string" || !/^[a-z0-9]+$/.test(e)) return false;
  }
  return true;
}

function checkBoolean(f: Record<string, unknown>, k: string, path: string): void {
  if (f[k] !== undefined && typeof f[k] !== "boolean") fail(`${path}.${k}`, "expected a boolean");
}

/** The whole-value matcher of an identifier field. */
function compilePattern(f: Record<string, unknown>, path: string): RegExp {
  const source = f.pattern;
  if (typeof source !== "string" || source === "")
    fail(`${path}.pattern`, "expected a regular expression source");
  let pattern: RegExp;
  try {
    // Alone first, so that "a)|(b" cannot escape the anchors of the wrapper.
    new RegExp(source, "u");
    pattern = new RegExp(`^(?:${source})$`, "u");
  } catch (e) {
    fail(`${path}.pattern`, `is not a valid regular expression: ${(e as Error).message}`);
  }
  if (f.example !== undefined && (typeof f.example !== "string" || !pattern.test(f.example)))
    fail(`${path}.example`, "expected a string that matches the pattern");
  return pattern;
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
  checkKeys(f, ["kind", "label", "required", ...(FIELD_KEYS[f.kind] ?? [])], path);
  checkLabel(f.label, `${path}.label`);
  checkBoolean(f, "required", path);
  const def = f as unknown as Field;
  let pattern: RegExp | undefined;
  switch (def.kind) {
    case "text":
    case "longText":
      checkBounds(f, path, true);
      break;
    case "number":
      checkBounds(f, path, false);
      checkBoolean(f, "integer", path);
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
      checkBoolean(f, "multiple", path);
      break;
    }
    case "boolean":
      checkBoolean(f, "default", path);
      break;
    case "identifier":
      pattern = compilePattern(f, path);
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
  // Checked before anything else: recursion stays shallow, and each node's
  // path and prefix stay short, so compiling is linear in the number of nodes.
  if (prefix.length >= TAXONOMY_MAX_DEPTH)
    fail(path, `the taxonomy is nested deeper than ${TAXONOMY_MAX_DEPTH} levels (or has a cycle)`);
  if (!isObject(t) || !isObject(t.options)) fail(path, "expected { label, options }");
  checkKeys(t, ["label", "options"], path);
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
    checkKeys(n, ["label", "fields", "children"], at, NODE_HINTS);
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
function nodeExists(level: CompiledLevel | undefined, path: readonly unknown[]): boolean {
  let l = level;
  for (const key of path) {
    const n = l && typeof key === "string" ? l.options[key] : undefined;
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

/** The condition of rule `path`, copied, and the taxonomy path it scopes the rule to. */
function compileCondition(
  when: Record<string, unknown>,
  path: string,
  plan: Omit<Plan, "rules" | "priority" | "mandatory">,
): { when: Condition; scope: readonly string[] } {
  if ("category" in when) {
    checkKeys(when, ["category"], `${path}.when`);
    const c = when.category;
    if (!Array.isArray(c) || !nodeExists(plan.taxonomy, c))
      fail(`${path}.when.category`, `${describe(c)} is not a category of the taxonomy`);
    const category = [...(c as string[])];
    return { when: { category }, scope: category };
  }
  checkKeys(when, ["field", "equals"], `${path}.when`);
  const f = typeof when.field === "string" ? plan.byKey.get(when.field) : undefined;
  if (!f) fail(`${path}.when.field`, `unknown field ${describe(when.field)}`);
  const equals = when.equals;
  if (equals === undefined) return { when: { field: f.key }, scope: f.owner };
  if (
    f.def.kind !== "choice" ||
    typeof equals !== "string" ||
    !Object.hasOwn(f.def.options, equals)
  )
    fail(`${path}.when.equals`, `${describe(equals)} is not an option of "${f.key}"`);
  return { when: { field: f.key, equals }, scope: f.owner };
}

/** Field keys of a rule's `require` or `requireOneOf`, checked against the plan and the scope. */
function ruleTargets(
  keys: readonly unknown[],
  at: string,
  path: string,
  scope: readonly string[],
  byKey: ReadonlyMap<string, CompiledField>,
): string[] {
  const out: string[] = [];
  for (let j = 0; j < keys.length; j++) {
    const key = keys[j];
    const f = typeof key === "string" ? byKey.get(key) : undefined;
    if (!f) fail(`${at}[${j}]`, `unknown field ${describe(key)}`);
    if (!compatible(f.owner, scope)) {
      fail(
        path,
        `can never apply: "${f.key}" belongs to category ${f.owner.join(" > ")}, which excludes the rule's condition`,
      );
    }
    out.push(f.key);
  }
  return out;
}

/** Validates rule `i` and returns a copy parse and toJSONSchema can trust. */
function compileRule(
  rule: unknown,
  i: number,
  plan: Omit<Plan, "rules" | "priority" | "mandatory">,
): Rule {
  const path = `rules[${i}]`;
  if (!isObject(rule) || !isObject(rule.when))
    fail(path, "expected { when, require | requireOneOf | requireFile }");
  checkKeys(rule, ["when", "require", "requireOneOf", "requireFile"], path);
  const present = ["require", "requireOneOf", "requireFile"].filter((k) => rule[k] !== undefined);
  if (present.length !== 1)
    fail(path, "expected exactly one of require, requireOneOf or requireFile");
  const { when, scope } = compileCondition(rule.when, path, plan);
  if (present[0] === "require") {
    if (!Array.isArray(rule.require)) fail(`${path}.require`, "expected a list of field keys");
    return { when, require: ruleTargets(rule.require, `${path}.require`, path, scope, plan.byKey) };
  }
  if (present[0] === "requireOneOf") {
    const keys = rule.requireOneOf;
    if (!Array.isArray(keys) || keys.length < 2)
      fail(`${path}.requireOneOf`, "expected two or more fields");
    return {
      when,
      requireOneOf: ruleTargets(keys, `${path}.requireOneOf`, path, scope, plan.byKey),
    };
  }
  const rf = rule.requireFile;
  if (isObject(rf)) checkKeys(rf, ["field", "types"], `${path}.requireFile`);
  const f = isObject(rf) && typeof rf.field === "string" ? plan.byKey.get(rf.field) : undefined;
  if (f?.def.kind !== "attachments")
    fail(`${path}.requireFile.field`, "expected an attachments field");
  const types = (rf as { types?: unknown }).types;
  checkFileTypes(types, `${path}.requireFile.types`);
  ruleTargets([f.key], `${path}.requireFile.field`, path, scope, plan.byKey);
  return { when, requireFile: { field: f.key, types: types as FileType[] } };
}

/** The priority table as parse reads it: null-prototype copies of what was checked. */
export interface CompiledPriority {
  readonly from: readonly [string, string];
  readonly table: Readonly<Record<string, Readonly<Record<string, string>>>>;
  readonly otherwise?: string;
}

/** The options of the single-choice field `k`, the `i`th of `priority.from`. */
function priorityOptions(
  k: unknown,
  i: number,
  byKey: ReadonlyMap<string, CompiledField>,
): Readonly<Record<string, Label>> {
  const f = typeof k === "string" ? byKey.get(k) : undefined;
  if (f?.def.kind !== "choice" || f.def.multiple)
    fail(`priority.from[${i}]`, "expected a single-choice field");
  return f.def.options;
}

function compilePriority(
  p: unknown,
  byKey: ReadonlyMap<string, CompiledField>,
): CompiledPriority | undefined {
  if (p === undefined) return undefined;
  if (!isObject(p) || !Array.isArray(p.from) || p.from.length !== 2 || !isObject(p.table)) {
    fail(
      "priority",
      "expected { from: [fieldA, fieldB], table: { a: { b: priority } }, otherwise? }",
    );
  }
  checkKeys(p, ["from", "table", "otherwise"], "priority");
  const from = p.from as unknown[];
  const a = priorityOptions(from[0], 0, byKey);
  const b = priorityOptions(from[1], 1, byKey);
  const given = p.table as Record<string, unknown>;
  const table: Record<string, Record<string, string>> = Object.create(null);
  for (const ka of Object.keys(given)) {
    if (!Object.hasOwn(a, ka)) fail(`priority.table.${ka}`, "is not an option of the first field");
    const row = given[ka];
    if (!isObject(row)) fail(`priority.table.${ka}`, "expected { option: priority }");
    const copy: Record<string, string> = Object.create(null);
    for (const kb of Object.keys(row)) {
      const name = row[kb];
      if (!Object.hasOwn(b, kb))
        fail(`priority.table.${ka}.${kb}`, "is not an option of the second field");
      if (typeof name !== "string" || name === "")
        fail(`priority.table.${ka}.${kb}`, "expected a priority name");
      copy[kb] = name;
    }
    table[ka] = copy;
  }
  const otherwise = p.otherwise;
  if (otherwise !== undefined && (typeof otherwise !== "string" || otherwise === ""))
    fail("priority.otherwise", "expected a priority name");
  const missing: string[] = [];
  for (const ka of Object.keys(a))
    for (const kb of Object.keys(b))
      if (!(table[ka] && kb in table[ka])) missing.push(`${ka}/${kb}`);
  if (missing.length > 0 && otherwise === undefined) {
    fail(
      "priority.otherwise",
      `the table leaves out ${missing.join(", ")}; list them or set otherwise`,
    );
  }
  const compiled = { from: [from[0], from[1]] as [string, string], table };
  return otherwise === undefined ? compiled : { ...compiled, otherwise };
}

/**
 * The fields that must be filled whenever they apply. A field of a
 * `requireOneOf` group is never mandatory by itself: `requireAll` leaves it
 * to its group, and `required: true` on it contradicts the group. A boolean
 * with a `default` is never missing, so never mandatory.
 */
function mandatoryFields(
  byKey: ReadonlyMap<string, CompiledField>,
  rules: readonly Rule[],
  requireAll: boolean,
): Set<string> {
  const grouped = new Set<string>();
  rules.forEach((rule, i) => {
    if (!("requireOneOf" in rule)) return;
    rule.requireOneOf.forEach((key, j) => {
      if (byKey.get(key)?.def.required === true)
        fail(
          `rules[${i}].requireOneOf[${j}]`,
          `"${key}" is required: true, so the group is always satisfied; drop required or the rule`,
        );
      grouped.add(key);
    });
  });
  const mandatory = new Set<string>();
  for (const [key, f] of byKey) {
    // A boolean with a default is never missing: parse fills it in.
    if (f.def.kind === "boolean" && f.def.default !== undefined) continue;
    const required = f.def.required;
    if (required === true || (requireAll && required !== false && !grouped.has(key)))
      mandatory.add(key);
  }
  return mandatory;
}

/** Validates a form definition and compiles it; throws {@link InvalidArgumentError} naming the path. */
export function compileDefinition(def: FormDefinition): Plan {
  if (!isObject(def))
    fail("definition", "expected { fields?, taxonomy?, rules?, priority?, requireAll? }");
  checkKeys(def as Record<string, unknown>, DEFINITION_KEYS, "definition");
  const byKey = new Map<string, CompiledField>();
  const root = compileFields(def.fields, "fields", [], byKey);
  const taxonomy =
    def.taxonomy === undefined
      ? undefined
      : compileLevel(def.taxonomy as Taxonomy, "taxonomy", [], byKey);
  if (root.length === 0 && !taxonomy) fail("fields", "a form needs fields or a taxonomy");
  if (def.requireAll !== undefined && typeof def.requireAll !== "boolean")
    fail("requireAll", "expected a boolean");
  const partial = taxonomy ? { root, taxonomy, byKey } : { root, byKey };
  const given: unknown = def.rules ?? [];
  if (!Array.isArray(given)) fail("rules", "expected a list of rules");
  const rules: Rule[] = [];
  // An index loop, not forEach: a hole in a sparse list is refused, not skipped.
  for (let i = 0; i < given.length; i++) rules.push(compileRule(given[i], i, partial));
  const mandatory = mandatoryFields(byKey, rules, def.requireAll === true);
  const priority = compilePriority(def.priority, byKey);
  return priority ? { ...partial, rules, mandatory, priority } : { ...partial, rules, mandatory };
}
