import { describe } from "./check.js";
import { InvalidArgumentError, OutOfRangeError } from "./errors.js";

const DAY_MS = 86_400_000;
/** The largest |epoch ms| a `Date` holds (±275760 years around 1970). */
export const MAX_INSTANT = 8.64e15;
const prefixes = new Map<number, string>();
const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const three = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/**
 * ISO 8601 in UTC (`Date#toISOString`), the form every instant takes in
 * tickets and events. The date part of recent days is cached, the time of
 * day is formatted by arithmetic: several times faster on hot paths. An
 * instant a `Date` cannot hold is an `OutOfRangeError` naming `field`.
 *
 * @example
 * ```ts
 * iso(Date.UTC(2025, 8, 10, 15)); // "2025-09-10T15:00:00.000Z"
 * ```
 */
export function iso(ms: number, field = "at"): string {
  const t = Math.trunc(ms);
  const day = Math.floor(t / DAY_MS);
  const prefix = prefixes.get(day);
  if (prefix === undefined) {
    if (!(Math.abs(t) <= MAX_INSTANT))
      throw new OutOfRangeError(
        field,
        `${describe(ms)} is not an instant a Date can hold (|epoch ms| ≤ 8.64e15)`,
      );
    const s = new Date(t).toISOString();
    if (s.length === 24) {
      if (prefixes.size >= 512) prefixes.clear();
      prefixes.set(day, s.slice(0, 11));
    }
    return s;
  }
  let r = t - day * DAY_MS;
  const h = Math.floor(r / 3_600_000);
  r -= h * 3_600_000;
  const m = Math.floor(r / 60_000);
  r -= m * 60_000;
  const s = Math.floor(r / 1000);
  return `${prefix}${two(h)}:${two(m)}:${two(s)}.${three(r - s * 1000)}Z`;
}

// Date and time, then Z or an offset: 2025-09-10T15:00:00.000Z, 2025-09-10T12:00-03:00,
// 2025-09-10 15:00:00+00 (PostgreSQL's text form), +010000-01-01T00:00:00Z.
const ISO =
  /^([+-]\d{6}|\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?(?:([Zz])|([+-])(\d\d)(?::?(\d\d))?)$/;

/**
 * Epoch ms of an ISO 8601 instant with `Z` or an explicit offset, or NaN:
 * an instant without an offset (local time, which would depend on the
 * process's zone), an impossible date (Feb 30, 24:00) or any other string.
 * The result may lie outside the `Date` range; fractions below 1 ms are cut.
 *
 * @example
 * ```ts
 * parseInstant("2025-09-10T12:00:00-03:00"); // Date.UTC(2025, 8, 10, 15)
 * parseInstant("2025-09-10T15:00:00"); // NaN: no offset
 * ```
 */
export function parseInstant(s: string): number {
  const g = ISO.exec(s);
  if (g === null) return Number.NaN;
  const [, ys, mos, ds, hs, mis, ss, frac, z, sign, ohs, oms] = g as unknown as string[];
  const y = Number(ys);
  const mo = Number(mos) - 1;
  const d = Number(ds);
  const h = Number(hs);
  const mi = Number(mis);
  const sec = ss === undefined ? 0 : Number(ss);
  if (ys === "-000000" || h > 23 || mi > 59 || sec > 59) return Number.NaN;
  const offset =
    z === undefined
      ? (sign === "-" ? -1 : 1) * (Number(ohs) * 60 + (oms === undefined ? 0 : Number(oms)))
      : 0;
  if (Math.abs(offset) >= 1440 || Number(oms ?? 0) > 59) return Number.NaN;
  // setUTCFullYear, not Date.UTC: years 0-99 are not 1900-1999. Then the date must not
  // have rolled over (Feb 30 is not Mar 2); past the Date range it is NaN, so compute it.
  const day = new Date(0);
  day.setUTCFullYear(y % 400, mo, d); // the Gregorian calendar repeats every 400 years
  if (day.getUTCMonth() !== mo || day.getUTCDate() !== d) return Number.NaN;
  const ms = frac === undefined ? 0 : Number(`${frac}00`.slice(0, 3));
  return (
    day.getTime() +
    ((y - (y % 400)) / 400) * 146_097 * DAY_MS +
    ((h * 60 + mi) * 60 + sec) * 1000 +
    ms -
    offset * 60_000
  );
}

/**
 * `s` if it is already in the canonical form (`Date#toISOString`, years
 * 0000-9999) of the instant `ms` it parsed to, else that form: the engine
 * writes every instant canonically without reformatting what already is.
 *
 * @example
 * ```ts
 * canonical("2025-09-10T15:00:00+00:00", msOf("2025-09-10T15:00:00+00:00")); // "2025-09-10T15:00:00.000Z"
 * ```
 */
export function canonical(s: string, ms: number): string {
  // A string that parsed, is 24 characters long and has these separators can only be
  // YYYY-MM-DDTHH:mm:ss.sssZ with valid fields: exactly what toISOString writes.
  return s.length === 24 &&
    s.charCodeAt(23) === 90 && // Z
    s.charCodeAt(19) === 46 && // .
    s.charCodeAt(10) === 84 && // T
    s.charCodeAt(4) === 45 // -
    ? s
    : iso(ms);
}

const parsed = new Map<string, number>();
/**
 * {@link parseInstant}, cached: snapshots and events repeat the same
 * strings. Long strings (never an instant) are not cached.
 *
 * @example
 * ```ts
 * msOf(ticket.updatedAt) < msOf(timer.due);
 * ```
 */
export function msOf(s: string): number {
  let t = parsed.get(s);
  if (t === undefined) {
    if (s.length > 40) return Number.NaN;
    t = parseInstant(s);
    if (parsed.size >= 4096) parsed.clear();
    parsed.set(s, t);
  }
  return t;
}

/**
 * Epoch ms of an instant stored as a string (a ticket's or an event's):
 * ISO 8601 with `Z` or an offset, inside the `Date` range. Throws
 * `InvalidArgumentError` (or `OutOfRangeError` past the range) naming `path`.
 *
 * @example
 * ```ts
 * stamp(ticket.updatedAt, "ticket.updatedAt");
 * ```
 */
export function stamp(v: unknown, path: string): number {
  const t = typeof v === "string" ? msOf(v) : Number.NaN;
  if (Math.abs(t) <= MAX_INSTANT) return t;
  if (Number.isFinite(t))
    throw new OutOfRangeError(path, `${describe(v)} is past the range of a Date`);
  throw new InvalidArgumentError(
    path,
    `expected an ISO 8601 instant with Z or an offset, such as "2025-09-10T15:00:00.000Z", got ${describe(v)}`,
  );
}

/** A Date's time; NaN for an object that only claims to be one (`Object.create(Date.prototype)`). */
function timeOf(d: Date): number {
  try {
    return Date.prototype.getTime.call(d);
  } catch {
    return Number.NaN;
  }
}

const INSTANTS = "a valid Date, epoch milliseconds or an ISO 8601 string with Z or an offset";
/** Date and time without a zone: `2025-09-17T12:00`. */
const NO_OFFSET = /^([+-]\d{6}|\d{4})-\d\d-\d\d[Tt ]\d\d:\d\d(:\d\d([.,]\d{1,9})?)?$/;
/** Date and time with a zone, when it did not parse: `2025-02-30T12:00Z`, `…T24:00Z`, `…+25:00`. */
const WITH_OFFSET =
  /^([+-]\d{6}|\d{4})-\d\d-\d\d[Tt ]\d\d:\d\d(:\d\d([.,]\d{1,9})?)?([Zz]|[+-]\d\d(:?\d\d)?)$/;
/** A date alone: `2025-09-18`. */
const DATE_ONLY = /^([+-]\d{6}|\d{4})-\d\d-\d\d$/;

/** Why string `s` is not an instant, after the "got …" of the message; "" when nothing more to say. */
function whyNotAnInstant(s: string, localDates: boolean): string {
  if (NO_OFFSET.test(s))
    return ": an offset is required (Z or e.g. -03:00): without one the time would depend on the process's time zone";
  if (WITH_OFFSET.test(s)) return ": that date or time does not exist";
  if (!localDates && DATE_ONLY.test(s))
    return ': a local date is not an instant; give a time and an offset, e.g. "2025-09-17T12:00:00-03:00"';
  return "";
}

/**
 * The InvalidArgumentError for a value that is no instant at all (not a
 * finite number, valid Date or ISO 8601 string with an offset), naming
 * `field`; `localDates` when the argument may also be a `"YYYY-MM-DD"` date.
 */
export function notAnInstant(
  value: unknown,
  field: string,
  localDates = false,
): InvalidArgumentError {
  const expected = localDates ? `a local date "YYYY-MM-DD", ${INSTANTS}` : INSTANTS;
  const why = typeof value === "string" ? whyNotAnInstant(value, localDates) : "";
  return new InvalidArgumentError(field, `expected ${expected}, got ${describe(value)}${why}`);
}

/**
 * Epoch ms of an instant argument (`Instant`: a `Date`, epoch
 * milliseconds or an ISO 8601 string with `Z` or an offset). Throws
 * `InvalidArgumentError` naming `path` for anything else (an Invalid Date,
 * NaN, ±Infinity, a string without an offset, a local date) and
 * `OutOfRangeError` for an instant a `Date` cannot hold.
 *
 * @example
 * ```ts
 * const at = epochMs(command.at, "command.at");
 * epochMs("2025-09-17T12:00:00-03:00", "now"); // Date.UTC(2025, 8, 17, 15)
 * ```
 */
export function epochMs(v: unknown, path: string): number {
  const t =
    typeof v === "number"
      ? v
      : v instanceof Date
        ? timeOf(v)
        : typeof v === "string"
          ? msOf(v)
          : Number.NaN;
  if (Math.abs(t) <= MAX_INSTANT) return t;
  if (Number.isFinite(t))
    throw new OutOfRangeError(path, `${describe(v)} is past the range of a Date (±8.64e15 ms)`);
  throw notAnInstant(v, path);
}
