import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";

/**
 * A calendar date without a time or zone, written `YYYY-MM-DD`, read in the
 * calendar's time zone (never as UTC midnight).
 *
 * @example
 * ```ts
 * cal.isBusinessDay("2025-09-18"); // Fiestas Patrias in Chile: false
 * ```
 */
export type LocalDate = string;

export const DAY_MS = 86_400_000;
const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number (days since 1970-01-01) of a `YYYY-MM-DD` string; throws naming `field`. */
export function parseLocalDate(value: unknown, field: string): number {
  const m = typeof value === "string" ? LOCAL_DATE.exec(value) : null;
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    const ms = Date.UTC(y, mo - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d) {
      return ms / DAY_MS;
    }
  }
  throw new InvalidArgumentError(
    field,
    `expected a local date "YYYY-MM-DD" that exists, got ${describe(value)}`,
  );
}

/** `YYYY-MM-DD` of a day number. */
export function formatDay(day: number): LocalDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day number of 1 January of `year`. */
export function firstDayOfYear(year: number): number {
  return Date.UTC(year, 0, 1) / DAY_MS;
}

/** Year of a day number. */
export function yearOfDay(day: number): number {
  return new Date(day * DAY_MS).getUTCFullYear();
}

/** Weekday of a day number: 0 Sunday … 6 Saturday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}
