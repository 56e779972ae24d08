import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";

/** The largest magnitude of a `Date`'s time value, and of any duration plazo accepts (ms). */
export const DATE_LIMIT = 8.64e15;
/** The largest `businessDays` count: as many days as the range of a `Date` holds on one side. */
const MAX_BUSINESS_DAYS = 100_000_000;
const DURATION_UNITS = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 };

/** Plain data: an object whose prototype is `Object.prototype` or `null` (no array, Date, Map…). */
export function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Epoch ms of a value given as an instant: NaN unless it is a number or a valid Date. */
export function instantValue(value: unknown): number {
  if (typeof value === "number") return value;
  if (!(value instanceof Date)) return Number.NaN;
  try {
    // Not value.getTime(): an own getTime, or a Date-like object, must not run or throw.
    return Date.prototype.getTime.call(value);
  } catch {
    return Number.NaN;
  }
}

/** The InvalidArgumentError for a value that is no instant at all (not a finite number or valid Date). */
export function notAnInstant(value: unknown, field: string): InvalidArgumentError {
  return new InvalidArgumentError(
    field,
    `expected a valid Date or epoch milliseconds, got ${describe(value)}`,
  );
}

/** A duration once checked: open milliseconds, or a number of business days. */
export type ParsedDuration = { readonly ms: number } | { readonly days: number };

function durationPart(key: string, n: unknown): number {
  const field = `duration.${key}`;
  if (typeof n !== "number" || !Number.isFinite(n)) {
    throw new InvalidArgumentError(field, `expected a finite number, got ${describe(n)}`);
  }
  if (key === "businessDays") {
    if (!Number.isInteger(n)) {
      throw new InvalidArgumentError(field, `expected a whole number, got ${describe(n)}`);
    }
    if (Math.abs(n) > MAX_BUSINESS_DAYS) {
      throw new InvalidArgumentError(
        field,
        `${describe(n)} is more days than the range of a Date holds (${MAX_BUSINESS_DAYS})`,
      );
    }
    return n;
  }
  if (!Object.hasOwn(DURATION_UNITS, key)) {
    throw new InvalidArgumentError(
      field,
      "unknown unit; use hours, minutes, seconds, milliseconds or businessDays",
    );
  }
  const ms = n * DURATION_UNITS[key as keyof typeof DURATION_UNITS];
  if (Math.abs(ms) > DATE_LIMIT) {
    throw new InvalidArgumentError(
      field,
      `${describe(n)} ${key} does not fit in the range of a Date (8.64e15 ms)`,
    );
  }
  return ms;
}

/**
 * Checks a {@link Duration}: a plain object of finite numbers in known units,
 * each within the range of a `Date`. `-0` counts as `0`.
 */
export function parseDuration(value: unknown): ParsedDuration {
  if (!isPlain(value)) {
    throw new InvalidArgumentError(
      "duration",
      `expected e.g. { hours: 48 } or { businessDays: 3 }, got ${describe(value)}`,
    );
  }
  const keys = Object.keys(value);
  if (keys.length === 0) {
    throw new InvalidArgumentError("duration", "is empty; give hours, minutes… or businessDays");
  }
  let sum = 0;
  for (const key of keys) sum += durationPart(key, value[key]);
  if (keys.includes("businessDays")) {
    if (keys.length > 1) {
      throw new InvalidArgumentError(
        "duration",
        "businessDays cannot be mixed with hours or minutes; add them in two steps",
      );
    }
    return { days: sum + 0 }; // -0 is 0
  }
  if (Math.abs(sum) > DATE_LIMIT) {
    throw new InvalidArgumentError("duration", "does not fit in the range of a Date (8.64e15 ms)");
  }
  return { ms: Math.round(sum) + 0 };
}

/** Checks {@link AddOptions}; true for `prefer: "farthest"`. */
export function parseFarthest(value: unknown): boolean {
  if (value === undefined) return false;
  if (!isPlain(value)) {
    throw new InvalidArgumentError("options", `expected { prefer? }, got ${describe(value)}`);
  }
  for (const key of Object.keys(value)) {
    if (key !== "prefer") {
      throw new InvalidArgumentError(`options.${key}`, 'unknown option; expected "prefer"');
    }
  }
  const prefer = value.prefer ?? "nearest";
  if (prefer !== "nearest" && prefer !== "farthest") {
    throw new InvalidArgumentError(
      "options.prefer",
      `expected "nearest" or "farthest", got ${describe(prefer)}`,
    );
  }
  return prefer === "farthest";
}
