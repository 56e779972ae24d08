import type { CompiledField, CompiledLevel, CompiledNode, Plan } from "./definition.js";
import { isSafeFileName, matchesType } from "./files.js";
import { labelIn, type MessageParams, message, quote } from "./messages.js";
import type { Attachment, Condition, Issue, IssueCode, Locale } from "./types.js";

/** The e-mail addresses parse accepts (after trimming). */
export const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SKIP = Symbol("skip");
type Out = Record<string, unknown>;

interface Ctx {
  readonly locale: Locale;
  readonly issues: Issue[];
}

function report(ctx: Ctx, path: (string | number)[], code: IssueCode, params: MessageParams): void {
  const issue: Issue =
    code === "upload_failed" || code === "upload_pending"
      ? { path, code, message: message(code, ctx.locale, params), recoverable: true }
      : { path, code, message: message(code, ctx.locale, params) };
  ctx.issues.push(issue);
}

/** Reports an issue and returns SKIP, for `return reject(…)`. */
function reject(
  ctx: Ctx,
  path: (string | number)[],
  code: IssueCode,
  params: MessageParams,
): typeof SKIP {
  report(ctx, path, code, params);
  return SKIP;
}

const own = (o: object, k: string): unknown => (Object.hasOwn(o, k) ? (o as Out)[k] : undefined);
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0);

function validDate(s: string): boolean {
  const m = LOCAL_DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}

function text(
  ctx: Ctx,
  f: CompiledField,
  raw: unknown,
  label: string,
  min: number,
  max: number,
): unknown {
  if (typeof raw !== "string") return reject(ctx, [f.key], "invalid_type", { label });
  // Reject before trimming what cannot fit anyway (huge inputs stay cheap).
  const v = raw.length > max * 2 + 1024 ? raw : raw.trim();
  if (v.length > max) return reject(ctx, [f.key], "too_long", { label, max });
  if (v.length < min) return reject(ctx, [f.key], "too_short", { label, min });
  return v;
}

function files(ctx: Ctx, f: CompiledField, raw: unknown, label: string): unknown {
  if (f.def.kind !== "attachments") return SKIP;
  const def = f.def;
  if (!Array.isArray(raw)) return reject(ctx, [f.key], "invalid_type", { label });
  if (def.maxFiles !== undefined && raw.length > def.maxFiles) {
    return reject(ctx, [f.key], "too_many_files", { max: def.maxFiles });
  }
  const kept: Attachment[] = [];
  let total = 0;
  for (let i = 0; i < raw.length; i++) {
    const a: unknown = raw[i];
    const at = [f.key, i];
    if (typeof a !== "object" || a === null) {
      report(ctx, at, "invalid_type", { label });
      continue;
    }
    const name = own(a, "name");
    const size = own(a, "size");
    const type = own(a, "type");
    const status = own(a, "status");
    const id = own(a, "id");
    if (
      typeof name !== "string" ||
      typeof type !== "string" ||
      typeof size !== "number" ||
      !Number.isSafeInteger(size) ||
      size < 0 ||
      (status !== undefined &&
        status !== "uploaded" &&
        status !== "pending" &&
        status !== "failed") ||
      (id !== undefined && typeof id !== "string")
    ) {
      report(ctx, at, "invalid_type", { label });
      continue;
    }
    const file = name.length > 300 ? `${name.slice(0, 60)}…` : name;
    let ok = true;
    const problem = (code: IssueCode, params: MessageParams) => {
      report(ctx, at, code, params);
      ok = false;
    };
    if (!isSafeFileName(name)) problem("unsafe_file_name", { file });
    else if (
      def.accept !== undefined &&
      def.accept !== "any" &&
      !matchesType(def.accept, type, name)
    )
      problem("file_type_not_allowed", { file });
    if (def.maxFileSize !== undefined && size > def.maxFileSize)
      problem("file_too_large", { file, max: def.maxFileSize });
    if (status === "failed") problem("upload_failed", { file });
    if (status === "pending") problem("upload_pending", { file });
    total += size;
    if (!ok) {
      continue;
    }
    const clean: Attachment = {
      name,
      size,
      type,
      ...(id === undefined ? {} : { id }),
      ...(status === undefined ? {} : { status }),
    };
    kept.push(clean);
  }
  if (def.maxTotalSize !== undefined && total > def.maxTotalSize) {
    report(ctx, [f.key], "total_too_large", { max: def.maxTotalSize });
    return SKIP;
  }
  // The good files only. When some failed, issues were reported, so this lands in `partial` (R002-3).
  return kept;
}

/** Validates one field's raw value; returns the clean value or SKIP after reporting. */
function field(ctx: Ctx, f: CompiledField, raw: unknown): unknown {
  const def = f.def;
  const label = labelIn(def.label, ctx.locale);
  switch (def.kind) {
    case "text":
      return text(ctx, f, raw, label, def.min ?? 0, def.max ?? 200);
    case "longText":
      return text(ctx, f, raw, label, def.min ?? 0, def.max ?? 10_000);
    case "email": {
      const v = text(ctx, f, raw, label, 3, 254);
      if (v === SKIP) return SKIP;
      if (!EMAIL.test(v as string)) return reject(ctx, [f.key], "invalid_email", { label });
      return (v as string).toLowerCase();
    }
    case "identifier": {
      const v = text(ctx, f, raw, label, 1, 200);
      if (v === SKIP) return SKIP;
      if (!f.pattern?.test(v as string)) {
        return reject(
          ctx,
          [f.key],
          "invalid_format",
          def.example ? { label, example: def.example } : { label },
        );
      }
      return v;
    }
    case "choice": {
      if (def.multiple) {
        if (!Array.isArray(raw)) return reject(ctx, [f.key], "invalid_type", { label });
        if (raw.length > Object.keys(def.options).length)
          return reject(ctx, [f.key], "invalid_option", { label });
        const seen = new Set<string>();
        for (const k of raw) {
          if (typeof k !== "string" || !Object.hasOwn(def.options, k))
            return reject(ctx, [f.key], "invalid_option", { label });
          seen.add(k);
        }
        return [...seen];
      }
      if (typeof raw !== "string" || !Object.hasOwn(def.options, raw))
        return reject(ctx, [f.key], "invalid_option", { label });
      return raw;
    }
    case "boolean":
      if (typeof raw !== "boolean") return reject(ctx, [f.key], "invalid_type", { label });
      return raw;
    case "number": {
      const n = typeof raw === "string" && raw.trim() !== "" && raw.length < 40 ? Number(raw) : raw;
      if (typeof n !== "number" || !Number.isFinite(n))
        return reject(ctx, [f.key], "invalid_type", { label });
      if (def.integer && !Number.isInteger(n))
        return reject(ctx, [f.key], "not_integer", { label });
      if (def.min !== undefined && n < def.min)
        return reject(ctx, [f.key], "too_small", { label, min: def.min });
      if (def.max !== undefined && n > def.max)
        return reject(ctx, [f.key], "too_big", { label, max: def.max });
      return n;
    }
    case "date": {
      const v = typeof raw === "string" ? raw.trim() : raw;
      if (
        typeof v !== "string" ||
        !validDate(v) ||
        (def.min !== undefined && v < def.min) ||
        (def.max !== undefined && v > def.max)
      ) {
        const bounds: MessageParams = {};
        if (def.min !== undefined) bounds.min = def.min;
        if (def.max !== undefined) bounds.max = def.max;
        return reject(ctx, [f.key], "invalid_date", { label, ...bounds });
      }
      return v;
    }
    case "attachments":
      return files(ctx, f, raw, label);
  }
}

/** Walks the category path; returns the valid prefix and whether it ends at a leaf. */
function category(
  ctx: Ctx,
  level: CompiledLevel,
  raw: unknown,
): { path: string[]; fields: CompiledField[]; complete: boolean } {
  const label = labelIn(level.label, ctx.locale);
  const path: string[] = [];
  const fields: CompiledField[] = [];
  if (isEmpty(raw)) {
    report(ctx, ["category"], "required", { label });
    return { path, fields, complete: false };
  }
  if (!Array.isArray(raw)) {
    report(ctx, ["category"], "invalid_type", { label });
    return { path, fields, complete: false };
  }
  let l: CompiledLevel | undefined = level;
  for (let i = 0; i < raw.length; i++) {
    const key: unknown = raw[i];
    const node: CompiledNode | undefined =
      l && typeof key === "string" ? l.options[key] : undefined;
    if (!node || !l) {
      report(ctx, ["category", i], "invalid_category", {
        label: labelIn(l?.label ?? level.label, ctx.locale),
      });
      return { path, fields, complete: false };
    }
    path.push(node.key);
    for (const f of node.fields) fields.push(f);
    l = node.children;
  }
  if (l) {
    report(ctx, ["category"], "incomplete_category", { label: labelIn(l.label, ctx.locale) });
    return { path, fields, complete: false };
  }
  return { path, fields, complete: true };
}

function holds(when: Condition, chosen: readonly string[], out: Out): boolean {
  if ("category" in when) return when.category.every((k, i) => chosen[i] === k);
  const v = own(out, when.field);
  return when.equals === undefined ? !isEmpty(v) : v === when.equals;
}

/** Runs the plan on any input. Never throws. */
export function run(plan: Plan, input: unknown, locale: Locale): { issues: Issue[]; out: Out } {
  const ctx: Ctx = { locale, issues: [] };
  const out: Out = {};
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    report(ctx, [], "not_an_object", {});
    return { issues: ctx.issues, out };
  }
  let fields = plan.root;
  let chosen: string[] = [];
  if (plan.taxonomy) {
    const c = category(ctx, plan.taxonomy, own(input, "category"));
    chosen = c.path;
    if (c.complete) out.category = c.path;
    if (c.fields.length) fields = [...plan.root, ...c.fields];
  }
  const missing = new Set<string>();
  for (const f of fields) {
    const raw = own(input, f.key);
    if (isEmpty(raw) || (typeof raw === "string" && raw.trim() === "")) {
      if (f.def.kind === "boolean" && f.def.default !== undefined) out[f.key] = f.def.default;
      else if (plan.mandatory.has(f.key)) {
        report(ctx, [f.key], "required", { label: labelIn(f.def.label, locale) });
      } else missing.add(f.key);
      continue;
    }
    const v = field(ctx, f, raw);
    if (v === SKIP) continue;
    out[f.key] = v;
  }
  const available = new Set(fields.map((f) => f.key));
  for (const rule of plan.rules) {
    if (!holds(rule.when, chosen, out)) continue;
    if ("require" in rule) {
      for (const key of rule.require) {
        const f = plan.byKey.get(key);
        if (f && available.has(key) && missing.has(key))
          report(ctx, [key], "required", { label: labelIn(f.def.label, locale) });
      }
    } else if ("requireOneOf" in rule) {
      const keys = rule.requireOneOf.filter((k) => available.has(k));
      if (keys.length > 0 && keys.every((k) => missing.has(k))) {
        const names = keys
          .map((k) => quote(locale, labelIn(plan.byKey.get(k)?.def.label ?? k, locale)))
          .join(", ");
        report(ctx, [keys[0] as string], "one_of_required", { fields: names });
      }
    } else {
      const { field: key, types } = rule.requireFile;
      const f = plan.byKey.get(key);
      const list = own(out, key);
      if (
        f &&
        available.has(key) &&
        !(Array.isArray(list) && list.some((a: Attachment) => matchesType(types, a.type, a.name)))
      ) {
        if (!ctx.issues.some((i) => i.path[0] === key))
          report(ctx, [key], "file_required", { label: labelIn(f.def.label, locale) });
      }
    }
  }
  const priority = plan.priority;
  if (priority) {
    const a = own(out, priority.from[0]);
    const b = own(out, priority.from[1]);
    if (typeof a === "string" && typeof b === "string") {
      // Null-prototype tables: nothing is looked up on Object.prototype.
      const p = priority.table[a]?.[b] ?? priority.otherwise;
      if (p !== undefined) out.priority = p;
    }
  }
  return { issues: ctx.issues, out };
}
