/**
 * Business calendars: time zone, weekly hours, holidays, exceptions, and
 * indexed business-time arithmetic.
 *
 * @example
 * ```ts
 * import { createCalendar, officeHours } from "plazo/calendar";
 * import { CL } from "plazo/holidays";
 * const cal = createCalendar({ timeZone: "America/Santiago", hours: officeHours, holidays: { country: CL } });
 * cal.add(new Date("2025-09-17T15:00:00Z"), { hours: 48 });
 * ```
 * @module plazo/calendar
 */
export { InvalidArgumentError, OutOfRangeError, PlazoError } from "../errors.js";
export type { HolidayTable, HolidayType } from "../holidays/table.js";
export { createCalendar } from "./createCalendar.js";
export {
  alwaysOpen,
  officeHours,
  type TimeRange,
  type WeekdayKey,
  type WeeklyHours,
  weekdays,
  wholeBusinessDays,
} from "./hours.js";
export type { LocalDate } from "./localDate.js";
export type { DayReason } from "./openIndex.js";
export type {
  AddOptions,
  Calendar,
  CalendarException,
  CalendarOptions,
  Duration,
  ExplainedDay,
  Explanation,
  Holiday,
  HolidayOptions,
  Instant,
} from "./types.js";
