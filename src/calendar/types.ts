import type { HolidayTable, HolidayType } from "../holidays/table.js";
import type { WeeklyHours } from "./hours.js";
import type { LocalDate } from "./localDate.js";
import type { DayReason } from "./openIndex.js";

/**
 * An absolute instant, wherever plazo takes one (calendar methods, commands'
 * `at`, `advance`/`due`'s `now`, SLA reports, `explain`, `estimate`, the
 * desk and the sweep): a `Date`, epoch milliseconds, or an ISO 8601 string
 * with `Z` or an explicit offset, such as `"2025-09-17T12:00:00-03:00"`,
 * `"2025-09-17T15:00:00.000Z"` or PostgreSQL's `"2025-09-17 15:00:00+00"`
 * (fractions below 1 ms are cut), so a ticket's own strings go in as they
 * are. A string without an offset (`"2025-09-17T12:00"`), which would depend
 * on the process's time zone, or a local date where an instant is expected,
 * is an `InvalidArgumentError` naming the argument. The three forms of one
 * instant give the same answers.
 *
 * @example
 * ```ts
 * cal.isOpen("2025-09-17T12:00:00-03:00"); // true: Wednesday 12:00 in Santiago
 * cal.isOpen(new Date("2025-09-17T15:00:00Z")); // the same instant
 * cal.isOpen(1758121200000); // the same instant
 * wf.advance(ticket, ticket.statusSince); // a ticket's ISO string as it is
 * cal.isOpen("2025-09-17T12:00"); // throws InvalidArgumentError t: …an offset is required…
 * ```
 */
export type Instant = Date | number | string;

/**
 * An amount of open time (the parts are added up) or a number of business
 * days. Negative amounts go backwards with `add`; `subtract` takes only
 * non-negative ones.
 *
 * @example
 * ```ts
 * cal.add(at, { hours: 48 });        // 48 hours of open time
 * cal.add(at, { hours: 1, minutes: 30 });
 * cal.add(at, { businessDays: 3 });  // end of the 3rd business day after at's day
 * ```
 */
export type Duration =
  | {
      readonly hours?: number;
      readonly minutes?: number;
      readonly seconds?: number;
      readonly milliseconds?: number;
    }
  | { readonly businessDays: number };

/**
 * Which holidays close the calendar.
 *
 * @example
 * ```ts
 * const holidays: HolidayOptions = { country: BR, subdivision: "SP", types: ["public", "bank"] };
 * ```
 */
export interface HolidayOptions {
  /** A country's table from `plazo/holidays`, e.g. `CL`. */
  readonly country?: HolidayTable;
  /** A subdivision code of that table, e.g. `"SP"` for São Paulo with `BR`. */
  readonly subdivision?: string;
  /** Holiday types that close the calendar. Default `["public"]`. */
  readonly types?: readonly HolidayType[];
  /** More closed local dates, e.g. a holiday decreed after plazo's release. */
  readonly dates?: readonly { readonly date: LocalDate; readonly name?: string }[];
}

/**
 * Hours for one local date that replace whatever the week, or a holiday,
 * says: `[]` closes the day; ranges open it (a Saturday made working) or set
 * special hours (24 December 09:00-13:00).
 *
 * @example
 * ```ts
 * const nochebuena: CalendarException = { date: "2025-12-24", hours: ["09:00-13:00"], name: "Nochebuena" };
 * ```
 */
export interface CalendarException {
  readonly date: LocalDate;
  readonly hours: readonly string[];
  readonly name?: string;
}

/**
 * What {@link createCalendar} takes.
 *
 * @example
 * ```ts
 * const options: CalendarOptions = { timeZone: "America/Lima", hours: officeHours, holidays: { country: PE } };
 * ```
 */
export interface CalendarOptions {
  /** IANA time zone in which hours and dates are read, e.g. `"America/Santiago"`. */
  readonly timeZone: string;
  /** Working hours per weekday, e.g. `officeHours` or `{ mon: ["09:00-18:00"], … }`. */
  readonly hours: WeeklyHours;
  /** Holidays: a country table and/or explicit dates. */
  readonly holidays?: HolidayOptions;
  /** Per-date overrides; they win over holidays and weekly hours. */
  readonly exceptions?: readonly CalendarException[];
}

/**
 * Options of {@link Calendar.add} and {@link Calendar.subtract}.
 *
 * @example
 * ```ts
 * cal.add(new Date("2025-09-17T20:00:00Z"), { hours: 1 }, { prefer: "farthest" });
 * ```
 */
export interface AddOptions {
  /**
   * Several instants can have the same open time from `start` when the result
   * falls on closed time. `"nearest"` (default) returns the one nearest to
   * `start` (17:00 + 1 h on a day closing at 18:00 is 18:00); `"farthest"`
   * the farthest one (the next opening, Monday 09:00: what Ruby's biz and
   * Zammad return). Backwards it is the mirror image.
   *
   * @example
   * ```ts
   * cal.add(wed17h, { hours: 1 }, { prefer: "farthest" }); // next opening instead of 18:00
   * ```
   */
  readonly prefer?: "nearest" | "farthest";
}

/**
 * A holiday of a calendar. `type` is `"custom"` for `holidays.dates`.
 *
 * @example
 * ```ts
 * cal.holidays(2025)[0]; // { date: "2025-01-01", name: "Año Nuevo", type: "public" }
 * ```
 */
export interface Holiday {
  readonly date: LocalDate;
  readonly name: string;
  readonly type: HolidayType | "custom";
}

/**
 * One local day that {@link Calendar.explain} walked through.
 *
 * @example
 * ```ts
 * // { date: "2025-09-18", counted: 0, intervals: [], reason: "holiday", name: "Fiestas Patrias" }
 * cal.explain(at, { hours: 48 }).days[1];
 * ```
 */
export interface ExplainedDay {
  readonly date: LocalDate;
  /** Open ms counted on this day (negative going backwards). */
  readonly counted: number;
  /** The parts of the day's open intervals that were counted. */
  readonly intervals: readonly { readonly start: Date; readonly end: Date }[];
  /** Why the day is closed or has special hours; absent on a plain working day. */
  readonly reason?: DayReason;
  /** The holiday or exception name. */
  readonly name?: string;
}

/**
 * Why a deadline falls where it does: the result of {@link Calendar.explain}.
 *
 * @example
 * ```ts
 * const { end, days } = cal.explain(at, { hours: 48 });
 * ```
 */
export interface Explanation {
  readonly start: Date;
  readonly end: Date;
  /** Open ms between start and end (negative backwards). */
  readonly openTime: number;
  /** Every local day from start's to end's, in walking order. */
  readonly days: readonly ExplainedDay[];
}

/**
 * A business calendar. Create one with {@link createCalendar}.
 *
 * @example
 * ```ts
 * const cal: Calendar = createCalendar({ timeZone: "America/Bogota", hours: officeHours, holidays: { country: CO } });
 * ```
 */
export interface Calendar {
  /** The calendar's IANA time zone. */
  readonly timeZone: string;
  /**
   * Moves `start` by `duration` of open time, or by business days.
   *
   * Open time: the earliest instant `r >= start` with `between(start, r)`
   * equal to the duration (see {@link AddOptions.prefer}); `add(t, {hours: 0})`
   * is `t`. Business days: `{ businessDays: n }` with n > 0 is the end of the
   * last open interval of the n-th business day after `start`'s local date
   * (start's own day does not count, as in "3 días hábiles"); n < 0 is the
   * start of the n-th business day before it; 0 is `start`. To go back
   * from `start`, also by zero to the previous close, see
   * {@link Calendar.subtract}.
   *
   * @example
   * ```ts
   * cal.add(new Date("2025-09-17T15:00:00Z"), { hours: 48 }); // skips 18-19 Sep in Chile
   * ```
   */
  add(start: Instant, duration: Duration, options?: AddOptions): Date;
  /**
   * Goes back from `start` by a non-negative `duration` of open time, or by
   * business days: "the previous close" and "N business hours before"
   * (Ruby biz's `before`). A negative part is an `InvalidArgumentError`.
   *
   * - `d > 0` (open time, after rounding to whole ms): exactly
   *   `add(start, -d, options)`, the latest instant `r < start` with
   *   `between(r, start) === d` (`"farthest"`: the earliest one, a close
   *   when several tie).
   * - `d = 0`: `start` when the calendar is open at `start` or `start` is
   *   a close (the end of an open interval); otherwise the previous close.
   *   It never lands on closed time except on a close. With
   *   `prefer: "farthest"` it is the earliest `r <= start` with no open time
   *   in `[r, start)`: `start` inside an open interval, else the previous
   *   close, also when `start` is an opening. (`add(t, { hours: -0 })` is
   *   `add(t, { hours: 0 })`: `-0` is 0, and only `subtract` goes back by it.)
   * - `{ businessDays: n }`: `add(start, { businessDays: -n })`, the opening
   *   of the n-th business day before start's local date; 0 is `start`.
   *
   * For `d > 0`: `add(subtract(t, d), d)` is `subtract(t, {hours: 0}, {prefer: "farthest"})`
   * (at or before `t`, with no open time between them), and
   * `subtract(add(t, d), d)` is `nextOpen(t)`.
   *
   * @example
   * ```ts
   * cal.subtract("2025-09-19T12:00:00-03:00", { hours: 0 }); // 2025-09-17T21:00:00Z: Wed 18:00, before Fiestas Patrias
   * cal.subtract("2025-09-22T10:00:00-03:00", { hours: 1 }); // 2025-09-22T12:00:00Z: Monday 09:00 in Santiago
   * cal.subtract("2025-09-22T10:00:00-03:00", { hours: 1 }, { prefer: "farthest" }); // Wed 17 Sep 18:00
   * ```
   */
  subtract(start: Instant, duration: Duration, options?: AddOptions): Date;
  /**
   * Open time in `[a, b)` in milliseconds; negative when `b < a`.
   *
   * @example
   * ```ts
   * cal.between(friday17h, monday10h) / 3_600_000; // 2 with office hours 09-18
   * ```
   */
  between(a: Instant, b: Instant): number;
  /**
   * Whether the calendar is open at `t` (intervals include their start, not their end).
   *
   * @example
   * ```ts
   * cal.isOpen(new Date("2025-09-18T15:00:00Z")); // false: Fiestas Patrias
   * ```
   */
  isOpen(t: Instant): boolean;
  /**
   * Whether a local date (or the local date of an instant) has open time. A
   * string is a local date when it is `"YYYY-MM-DD"`, else an instant with
   * `Z` or an offset, read on its local date in the calendar's zone.
   *
   * @example
   * ```ts
   * cal.isBusinessDay("2025-04-18"); // false in Chile: Viernes Santo
   * ```
   */
  isBusinessDay(day: LocalDate | Instant): boolean;
  /**
   * `t` when open, else the next opening.
   *
   * @example
   * ```ts
   * cal.nextOpen(new Date("2025-09-17T23:00:00Z")); // 2025-09-22T12:00:00Z, Monday 09:00 in Santiago
   * ```
   */
  nextOpen(t: Instant): Date;
  /**
   * The end of the open interval containing `t`, or of the next one when
   * closed; `null` when the calendar never closes within its years.
   *
   * @example
   * ```ts
   * cal.nextClose(new Date("2025-09-17T15:00:00Z")); // 18:00 Santiago time that day
   * ```
   */
  nextClose(t: Instant): Date | null;
  /**
   * The end of the last open interval of a local date, or of the next
   * business day when that date is closed ("hasta el fin del día hábil").
   * `day` is read as in {@link Calendar.isBusinessDay}.
   *
   * @example
   * ```ts
   * cal.endOfBusinessDay("2025-09-18"); // Monday 22 Sep 18:00 Santiago time
   * ```
   */
  endOfBusinessDay(day: LocalDate | Instant): Date;
  /**
   * The holidays that close this calendar in `year` (the chosen types of the
   * country table plus `holidays.dates`), in date order. Exceptions are not
   * holidays and are not listed.
   *
   * @example
   * ```ts
   * cal.holidays(2025).map((h) => `${h.date} ${h.name}`);
   * ```
   */
  holidays(year: number): Holiday[];
  /**
   * What {@link Calendar.add} counted: every local day from start to the
   * result with the open intervals counted, and closed days with their reason.
   *
   * @example
   * ```ts
   * for (const d of cal.explain(at, { hours: 48 }).days) console.log(d.date, d.reason ?? "", d.counted);
   * ```
   */
  explain(start: Instant, duration: Duration, options?: AddOptions): Explanation;
}
