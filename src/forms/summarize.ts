import { describe, fail, isObject } from "../check.js";
import type { CompiledField, CompiledLevel, Plan } from "./definition.js";
import { labelIn } from "./messages.js";
import type { Label, Locale } from "./types.js";

/**
 * A parsed ticket described for people: see {@link Form.summarize}.
 *
 * @example
 * ```ts
 * const { reason, fields }: Summary = form.summarize(value, { locale: "es" });
 * ```
 */
export interface Summary {
  /** Labels of the chosen category path, e.g. `["Reclamo", "Logística", "Atraso"]`. */
  readonly reason: readonly string[];
  /** Each present field, in definition order, with its label and a display value. */
  readonly fields: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: string;
  }[];
}

const YES = { es: "Sí", pt: "Sim", en: "Yes" };
const NO = { es: "No", pt: "Não", en: "No" };

const own = (o: object, k: string): unknown =>
  Object.hasOwn(o, k) ? (o as Record<string, unknown>)[k] : undefined;

/** The category keys of `value`, checked: a list of strings, or none. */
function categoryOf(value: object): readonly string[] {
  const c = own(value, "category");
  if (c === undefined || c === null) return [];
  if (!Array.isArray(c))
    fail("value.category", `expected a category path (a list of keys), got ${describe(c)}`);
  for (let i = 0; i < c.length; i++)
    if (typeof c[i] !== "string")
      fail(`value.category[${i}]`, `expected a key, got ${describe(c[i])}`);
  return c as string[];
}

/** The label of option `k`, or `k` itself when the definition no longer has it. */
function optionLabel(options: Readonly<Record<string, Label>>, k: string, locale: Locale): string {
  const label = Object.hasOwn(options, k) ? options[k] : undefined;
  return label === undefined ? k : labelIn(label, locale);
}

/** The display value of field `f`'s value `v`; throws naming `path` when `v` has the wrong type. */
function shown(f: CompiledField, v: unknown, path: string, locale: Locale): string {
  const def = f.def;
  switch (def.kind) {
    case "choice": {
      // One key or several, whatever `multiple` says: a stored value may predate a change.
      if (typeof v === "string") return optionLabel(def.options, v, locale);
      if (!Array.isArray(v))
        fail(path, `expected an option key or a list of them, got ${describe(v)}`);
      const out: string[] = [];
      for (let i = 0; i < v.length; i++) {
        const k: unknown = v[i];
        if (typeof k !== "string")
          fail(`${path}[${i}]`, `expected an option key, got ${describe(k)}`);
        out.push(optionLabel(def.options, k, locale));
      }
      return out.join(", ");
    }
    case "boolean":
      if (typeof v !== "boolean") fail(path, `expected a boolean, got ${describe(v)}`);
      return v ? YES[locale] : NO[locale];
    case "attachments": {
      if (!Array.isArray(v))
        fail(path, `expected a list of attachments { name, size, type }, got ${describe(v)}`);
      const names: string[] = [];
      for (let i = 0; i < v.length; i++) {
        const a: unknown = v[i];
        if (!isObject(a))
          fail(`${path}[${i}]`, `expected an attachment { name, size, type }, got ${describe(a)}`);
        const name = own(a, "name");
        if (typeof name !== "string")
          fail(`${path}[${i}].name`, `expected a file name, got ${describe(name)}`);
        names.push(name);
      }
      return names.join(", ");
    }
    case "number":
      if (typeof v !== "number" || !Number.isFinite(v))
        fail(path, `expected a finite number, got ${describe(v)}`);
      return String(v);
    default:
      if (typeof v !== "string") fail(path, `expected a string, got ${describe(v)}`);
      return v;
  }
}

/**
 * Describes a parsed (or stored) value in `locale`: reason labels and field
 * label/value pairs. `undefined` and `null` fields are absent; unknown keys,
 * and category keys past the known path, are skipped; a value of the wrong
 * type throws naming its path under `value`.
 */
export function summarize(plan: Plan, value: unknown, locale: Locale): Summary {
  if (!isObject(value))
    fail("value", `expected a parsed form value (an object), got ${describe(value)}`);
  const reason: string[] = [];
  const fields = [...plan.root];
  let level: CompiledLevel | undefined = plan.taxonomy;
  for (const key of categoryOf(value)) {
    const node = level?.options[key];
    if (!node) break;
    reason.push(labelIn(node.label, locale));
    for (const f of node.fields) fields.push(f);
    level = node.children;
  }
  const out: { key: string; label: string; value: string }[] = [];
  for (const f of fields) {
    const v = own(value, f.key);
    if (v === undefined || v === null) continue;
    out.push({
      key: f.key,
      label: labelIn(f.def.label, locale),
      value: shown(f, v, `value.${f.key}`, locale),
    });
  }
  return { reason, fields: out };
}
