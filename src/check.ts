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

/** `"a", "b"`: names quoted for messages. */
export const list = (v: readonly string[]): string => v.map((s) => JSON.stringify(s)).join(", ");

/** Throws naming the first property of `v` not in `allowed`. */
export function checkKeys(
  v: Record<string, unknown>,
  allowed: readonly string[],
  path: string,
): void {
  for (const k of Object.keys(v))
    if (!allowed.includes(k))
      fail(`${path}.${k}`, `unknown property; expected one of ${list(allowed)}`);
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

/** Epoch ms of a Date or a number; throws naming `path` otherwise. */
export function instant(v: unknown, path: string): number {
  const ms = v instanceof Date ? v.getTime() : typeof v === "number" ? v : Number.NaN;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15)
    fail(path, `expected a valid Date or epoch milliseconds, got ${String(v)}`);
  return ms;
}

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
