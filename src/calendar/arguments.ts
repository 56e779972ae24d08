import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import { msOf } from "../iso.js";

/** The largest magnitude of a `Date`'s time value, and of any duration plazo accepts (ms). */
export const DATE_LIMIT = 8.64e15;
/** The largest `businessDays` count: as many days as the range of a `Date` holds on one side. */
const MAX_BUSINESS_DAYS = 100_000_000;

/** Plain data: an object whose prototype is `Object.prototype` or `null` (no array, Date, Map…). */
export function isPlain(v: unknown): v is Record<string, unknown> {
  if (typeof v !== "object" || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/**
 * Epoch ms of a value given as an instant: a number as it is, a Date's time,
 * an ISO 8601 string with `Z` or an explicit offset; NaN for anything else
 * (an Invalid Date, a string without an offset, a local date). Cheapest
 * first: numbers are the hot path (the workflow and SLA engines pass them).
 */
export function instantValue(value: unknown): number {
  if (typeof value === "number") return value;
  if (value instanceof Date) {
    try {
      // Not value.getTime(): an own getTime, or a Date-like object, must not run or throw.
      return Date.prototype.getTime.call(value);
    } catch {
      return Number.NaN;
    }
  }
  return typeof value === "string" ? msOf(value) : Number.NaN;
}

/** A duration once checked: open milliseconds, or a number of business days. */
export type ParsedDuration = { readonly ms: number } | { readonly days: number };

/** Milliseconds in one of an open-time unit; NaN for any other key (businessDays too). */
function unitMs(key: string): number {
  switch (key) {
    case "hours":
      return 3_600_000;
    case "minutes":
      return 60_000;
    case "seconds":
      return 1000;
    case "milliseconds":
      return 1;
    default:
      return Number.NaN;
  }
}

/** The InvalidArgumentError of part `key` of a duration (its field is built only to throw). */
const partError = (key: string, message: string): InvalidArgumentError =>
  new InvalidArgumentError(`duration.${key}`, message);

function durationPart(key: string, n: unknown, backward: boolean): number {
  if (typeof n !== "number" || !Number.isFinite(n)) {
    throw partError(key, `expected a finite number, got ${describe(n)}`);
  }
  if (backward && n < 0) {
    throw partError(
      key,
      `expected a non-negative number (subtract goes back by it), got ${describe(n)}; to go forward, add(start, { ${key}: ${describe(-n)} })`,
    );
  }
  if (key === "businessDays") return businessDays(n);
  const unit = unitMs(key);
  if (Number.isNaN(unit)) {
    throw partError(key, "unknown unit; use hours, minutes, seconds, milliseconds or businessDays");
  }
  const ms = n * unit;
  if (Math.abs(ms) > DATE_LIMIT) {
    throw partError(key, `${describe(n)} ${key} does not fit in the range of a Date (8.64e15 ms)`);
  }
  return ms;
}

/** A finite `businessDays` count, checked whole and within {@link MAX_BUSINESS_DAYS}. */
function businessDays(n: number): number {
  if (!Number.isInteger(n)) {
    throw partError("businessDays", `expected a whole number, got ${describe(n)}`);
  }
  if (Math.abs(n) > MAX_BUSINESS_DAYS) {
    throw partError(
      "businessDays",
      `${describe(n)} is more days than the range of a Date holds (${MAX_BUSINESS_DAYS})`,
    );
  }
  return n;
}

/** The InvalidArgumentError of a duration that is not a plain object. */
const notADuration = (value: unknown): InvalidArgumentError =>
  new InvalidArgumentError(
    "duration",
    `expected e.g. { hours: 48 } or { businessDays: 3 }, got ${describe(value)}`,
  );

/**
 * Open ms of part `key: n` when it has the usual shape (a known unit of open
 * time, a number whose ms fit in the range of a `Date`, not negative when
 * `backward`), which {@link durationPart} would return as it is; NaN for
 * anything else, for durationPart to say what is wrong.
 */
function quickPart(key: string, n: unknown, backward: boolean): number {
  if (typeof n !== "number" || (backward && n < 0)) return Number.NaN;
  const ms = n * unitMs(key); // NaN for NaN, businessDays and unknown keys
  return Math.abs(ms) <= DATE_LIMIT ? ms : Number.NaN;
}

/**
 * Checks a {@link Duration}: a plain object of finite numbers in known units,
 * each within the range of a `Date`. `-0` counts as `0`. `backward` (for
 * `calendar.subtract`) also refuses a negative part. The usual one-unit
 * duration (`{ hours: 48 }`) takes a quick path; whatever it does not
 * accept goes through the checks of {@link checkedDuration}, with the same
 * answers and errors, each property read once.
 */
export function parseDuration(value: unknown, backward = false): ParsedDuration {
  if (!isPlain(value)) throw notADuration(value);
  const keys = Object.keys(value);
  if (keys.length !== 1) return sumOfParts(value, keys, backward);
  const key = keys[0] as string;
  const n = value[key];
  const ms = quickPart(key, n, backward);
  return Number.isNaN(ms) ? onePart(key, n, backward) : { ms: Math.round(ms) + 0 };
}

/** {@link parseDuration} without its quick path: every part through durationPart. */
export function checkedDuration(value: unknown, backward = false): ParsedDuration {
  if (!isPlain(value)) throw notADuration(value);
  return sumOfParts(value, Object.keys(value), backward);
}

/** A duration of the own `keys` of `value`, a plain object, each part checked. */
function sumOfParts(
  value: Record<string, unknown>,
  keys: readonly string[],
  backward: boolean,
): ParsedDuration {
  if (keys.length === 1) return onePart(keys[0] as string, value[keys[0] as string], backward);
  if (keys.length === 0) {
    throw new InvalidArgumentError("duration", "is empty; give hours, minutes… or businessDays");
  }
  let sum = 0;
  for (const key of keys) sum += durationPart(key, value[key], backward);
  if (keys.includes("businessDays")) {
    throw new InvalidArgumentError(
      "duration",
      "businessDays cannot be mixed with hours or minutes; add them in two steps",
    );
  }
  if (Math.abs(sum) > DATE_LIMIT) {
    throw new InvalidArgumentError("duration", "does not fit in the range of a Date (8.64e15 ms)");
  }
  return { ms: Math.round(sum) + 0 };
}

/** A duration of the one part `key: n`, checked (durationPart checks its range too). */
function onePart(key: string, n: unknown, backward: boolean): ParsedDuration {
  const v = durationPart(key, n, backward);
  return key === "businessDays" ? { days: v + 0 } : { ms: Math.round(v) + 0 }; // -0 is 0
}

/** Checks {@link AddOptions}; true for `prefer: "farthest"`. */
export function parseFarthest(value: unknown): boolean {
  return value === undefined ? false : checkedFarthest(value);
}

/** {@link parseFarthest} of options given. */
function checkedFarthest(value: unknown): boolean {
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
