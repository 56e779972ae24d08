import { tzOffset } from "@date-fns/tz/tzOffset";
import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import { DAY_MS } from "./localDate.js";

/** Throws unless `value` is a time zone this runtime's Intl knows. Returns its canonical name. */
export function assertTimeZone(value: unknown, field: string): string {
  if (typeof value !== "string" || value === "") {
    throw new InvalidArgumentError(
      field,
      `expected an IANA time zone such as "America/Santiago", got ${describe(value)}`,
    );
  }
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new InvalidArgumentError(field, `unknown time zone ${describe(value)}`);
  }
}

/** UTC offset of `timeZone` at instant `t`, in milliseconds (east positive). */
export function offsetAt(timeZone: string, t: number): number {
  return Math.round(tzOffset(timeZone, new Date(t)) * 60_000);
}

/** Local day number (days since 1970-01-01 in the zone's wall clock) of instant `t`. */
export function localDayOf(timeZone: string, t: number): number {
  return Math.floor((t + offsetAt(timeZone, t)) / DAY_MS);
}

/**
 * The instant at which the wall clock of `timeZone` first shows `local`
 * (local time written as if it were UTC, in ms). An ambiguous local time (a
 * repeated hour) gives its earlier instant; a local time that does not exist
 * (skipped by a forward change) gives the instant of the change, when the
 * clock jumps past it.
 */
export function localToInstant(timeZone: string, local: number): number {
  const before = offsetAt(timeZone, local - DAY_MS);
  const after = offsetAt(timeZone, local + DAY_MS);
  let best = Number.POSITIVE_INFINITY;
  for (const o of before === after ? [before] : [before, after, offsetAt(timeZone, local)]) {
    const u = local - o;
    if (u < best && offsetAt(timeZone, u) === o) best = u;
  }
  if (best !== Number.POSITIVE_INFINITY) return best;
  // A gap: the change happened between the two readings; find its instant.
  let lo = local - Math.max(before, after);
  let hi = local - Math.min(before, after);
  const oldOffset = offsetAt(timeZone, lo);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (offsetAt(timeZone, mid) === oldOffset) lo = mid;
    else hi = mid;
  }
  return hi;
}
