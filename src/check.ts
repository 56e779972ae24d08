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
 * (BigInt, Symbol, cycles, null-prototype objects, getters that throw) and
 * never runs past 80 characters.
 */
export function describe(v: unknown): string {
  let s: string;
  try {
    s = describeUnsafe(v);
  } catch {
    s = `a ${typeof v}`;
  }
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

function describeUnsafe(v: unknown): string {
  switch (typeof v) {
    case "string":
      return JSON.stringify(v.length > 80 ? v.slice(0, 80) : v);
    case "bigint":
      return `${v}n`;
    case "symbol":
      return "a symbol";
    case "function":
      return "a function";
    case "undefined":
      return "undefined";
    case "number":
      return Object.is(v, -0) ? "-0" : String(v);
    case "boolean":
      return String(v);
  }
  if (v === null) return "null";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  const proto = Object.getPrototypeOf(v);
  if (proto !== Object.prototype && proto !== null && !Array.isArray(v))
    return "an object that is not plain data";
  const small = shortJson(v);
  if (small !== undefined) return small;
  if (Array.isArray(v)) return `an array of ${v.length}`;
  const keys = Object.keys(v as object);
  return keys.length === 0
    ? "{}"
    : `an object with ${keys
        .slice(0, 3)
        .map((k) => describeUnsafe(k))
        .join(", ")}${keys.length > 3 ? ", ..." : ""}`;
}

function shortJson(v: unknown): string | undefined {
  try {
    const j = JSON.stringify(v);
    return j !== undefined && j.length <= 80 ? j : undefined;
  } catch {
    return undefined; // a cycle or a BigInt inside
  }
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
