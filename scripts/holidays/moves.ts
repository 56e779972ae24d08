/**
 * Date arithmetic on local dates ("YYYY-MM-DD") for the moving rules in
 * ./corrections: holidays that a law moves to a Monday, a Friday or the
 * next working day. Generator-only (scripts/), never shipped.
 */
import { easterDay } from "../../src/holidays/partialDays.js";

const DAY = 86_400_000;

/** A local date as "YYYY-MM-DD". */
export type LocalDate = string;

/** Days of the week as JavaScript numbers them: 0 Sunday … 6 Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** For each weekday a legal date can fall on, the days to add to reach the observed date. */
export type Shifts = Partial<Record<Weekday, number>>;

const iso = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);
const ms = (date: LocalDate) => Date.parse(`${date}T00:00:00Z`);

/** `date` plus `n` days. */
export const addDays = (date: LocalDate, n: number): LocalDate => iso(ms(date) + n * DAY);

/** The weekday `date` falls on. */
export const weekday = (date: LocalDate): Weekday => new Date(ms(date)).getUTCDay() as Weekday;

/** `monthDay` ("MM-DD") in `year`. */
export const on = (year: number, monthDay: string): LocalDate =>
  `${String(year).padStart(4, "0")}-${monthDay}`;

/** Easter Sunday of `year` plus `offset` days. */
export const easter = (year: number, offset = 0): LocalDate =>
  iso((easterDay(year) + offset) * DAY);

/** The date rest is observed: `date` moved by the shift its weekday has in `shifts`. */
export const moved = (date: LocalDate, shifts: Shifts): LocalDate =>
  addDays(date, shifts[weekday(date)] ?? 0);

/** The `n`th (1-based; -1 = last) `day` of `month` (1-12) in `year`. */
export function nthWeekday(year: number, month: number, day: Weekday, n: number): LocalDate {
  const mm = String(month).padStart(2, "0");
  if (n > 0) {
    const first = on(year, `${mm}-01`);
    return addDays(first, ((day - weekday(first) + 7) % 7) + (n - 1) * 7);
  }
  const next =
    month === 12 ? on(year + 1, "01-01") : on(year, `${String(month + 1).padStart(2, "0")}-01`);
  const last = addDays(next, -1);
  return addDays(last, -((weekday(last) - day + 7) % 7));
}

/** Common shift tables. */
export const SHIFTS = {
  /** Sunday to the Monday after. */
  sundayToMonday: { 0: 1 } as Shifts,
  /** Any day but Monday to the next Monday (Colombia's Ley Emiliani style). */
  nextMonday: { 0: 1, 2: 6, 3: 5, 4: 4, 5: 3, 6: 2 } as Shifts,
  /** Saturday to Friday before, Sunday to Monday after. */
  weekendToNearest: { 6: -1, 0: 1 } as Shifts,
} as const;
