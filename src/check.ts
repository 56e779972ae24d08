import { InvalidArgumentError } from "./errors.js";
import type { Role, StatusCategory } from "./workflow/types.js";

/** Throws InvalidArgumentError for `path`: the checks of definitions and commands. */
export function fail(path: string, msg: string): never {
  throw new InvalidArgumentError(path, msg);
}

/** A non-null, non-array object. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** A non-empty string. */
export const isName = (v: unknown): v is string => typeof v === "string" && v !== "";

/**
 * A short, safe description of any value for an error message: never throws
 * (BigInt, Symbol, cycles, getters that throw) and never runs past 80
 * characters.
 */
export function describe(v: unknown): string {
  let s: string;
  try {
    s =
      typeof v === "number"
        ? Object.is(v, -0)
          ? "-0"
          : String(v)
        : typeof v === "bigint"
          ? `${v}n`
          : typeof v === "symbol" || typeof v === "function"
            ? `a ${typeof v}`
            : v instanceof Date && Number.isNaN(v.getTime())
              ? "Invalid Date"
              : (JSON.stringify(v) ?? String(v));
  } catch {
    s = `${Array.isArray(v) ? "an array" : "an object"} that is not JSON (a cycle or a BigInt inside)`;
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/**
 * Freezes plain data and everything inside it, so an exported constant
 * (`officeHours`, `fileTypes`, `REFUSAL_CODES`) cannot be changed by one
 * caller under every other.
 */
export function frozen<T>(v: T): T {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    for (const x of Object.values(v)) frozen(x);
    Object.freeze(v);
  }
  return v;
}

/** `"a", "b"`: names quoted for messages. */
export const list = (v: readonly string[]): string => v.map((s) => JSON.stringify(s)).join(", ");

/** Edit distance of `a` and `b` (insertions, deletions, substitutions, adjacent swaps). */
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const prev = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + cost,
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row.push(d);
    }
    rows.push(row);
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The known key closest to a misspelled `key` (`requried` → `required`), or
 * undefined when none is close: at most 2 edits, and fewer than half its length.
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  if (key.length > 64) return undefined;
  let best: string | undefined;
  let bestDistance = Math.min(2, Math.ceil(key.length / 2) - 1);
  for (const k of known) {
    const d = distance(key.toLowerCase(), k.toLowerCase());
    if (d <= bestDistance && (best === undefined || d < bestDistance)) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Throws naming the first property of `v` not in `allowed`, with the closest
 * allowed key as a suggestion, or the `hints` entry for keys that are a known
 * mix-up (a taxonomy node's `options` for `children`).
 */
export function checkKeys(
  v: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
  hints: Readonly<Record<string, string>> = {},
): void {
  for (const k of Object.keys(v)) {
    if (allowed.includes(k)) continue;
    const near = closestKey(k, allowed);
    const hint = Object.hasOwn(hints, k)
      ? `${hints[k]}; `
      : near === undefined
        ? ""
        : `did you mean ${JSON.stringify(near)}? `;
    fail(`${path}.${k}`, `unknown property; ${hint}expected one of ${list(allowed)}`);
  }
}

/** The roles, for validation and messages. */
export const ROLES: readonly Role[] = ["requester", "agent", "system", "admin"];

/** The status categories, for validation and messages. */
export const CATEGORIES: readonly StatusCategory[] = [
  "new",
  "open",
  "waiting_on_requester",
  "on_hold",
  "solved",
  "closed",
  "rejected",
];

/** Throws unless `v` survives JSON unchanged (no Date, undefined, NaN, class instance, cycle). */
export function json(v: unknown, path: string, depth = 0): void {
  if (depth > 64) fail(path, "nested too deeply (or a cycle)");
  if (v === null || typeof v === "string" || typeof v === "boolean") return;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) fail(path, `${v} does not survive JSON`);
    return;
  }
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) json(v[i], `${path}[${i}]`, depth + 1);
    return;
  }
  if (typeof v === "object") {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null)
      fail(path, "expected plain JSON (a Date or class instance does not survive JSON)");
    for (const [k, x] of Object.entries(v)) json(x, `${path}.${k}`, depth + 1);
    return;
  }
  fail(path, `a ${typeof v} does not survive JSON`);
}

/** JSON with object keys sorted (a database may reorder them); `undefined` members dropped. */
export function canonicalJson(v: unknown): string {
  if (
    v !== null &&
    typeof v === "object" &&
    typeof (v as { toJSON?: unknown }).toJSON === "function"
  )
    return canonicalJson((v as { toJSON: () => unknown }).toJSON());
  if (Array.isArray(v))
    return `[${v.map((x) => (x === undefined ? "null" : canonicalJson(x))).join(",")}]`;
  if (v !== null && typeof v === "object") {
    const o = v as Record<string, unknown>;
    const parts = Object.keys(o)
      .sort()
      .filter((k) => o[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`);
    return `{${parts.join(",")}}`;
  }
  if (v === undefined) return "undefined";
  return JSON.stringify(v);
}
