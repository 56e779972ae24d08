import { CalendarCore } from "./core.js";
import { parseCalendarOptions } from "./options.js";
import type { Calendar, CalendarOptions } from "./types.js";

/**
 * Creates a business calendar: a time zone, weekly working hours, holidays
 * and per-date exceptions. Every option is checked: a wrong one, or an
 * unknown key, throws `InvalidArgumentError` naming its path
 * (`"holidays.types[1]"`, `"exceptions[2].date"`). The process time zone is
 * never used.
 *
 * Instants are a `Date`, epoch milliseconds or an ISO 8601 string with `Z`
 * or an explicit offset (`Instant`); results are `Date`s.
 * The calendar's methods check every argument before they compute anything:
 * a malformed one throws `InvalidArgumentError`, an instant or year outside
 * the calendar's years `OutOfRangeError`, and a call that throws changes
 * nothing later calls answer, so one calendar can be shared by every request.
 *
 * @example
 * ```ts
 * import { createCalendar, officeHours } from "plazo/calendar";
 * import { CL } from "plazo/holidays";
 *
 * const cal = createCalendar({ timeZone: "America/Santiago", hours: officeHours, holidays: { country: CL } });
 * cal.add(new Date("2025-09-17T15:00:00Z"), { hours: 48 }); // skips Fiestas Patrias (18-19 Sep)
 * ```
 */
export function createCalendar(options: CalendarOptions): Calendar {
  const core = new CalendarCore(parseCalendarOptions(options));
  return {
    timeZone: core.index.timeZone,
    add: (start, duration, opts) => new Date(core.add(start, duration, opts)),
    subtract: (start, duration, opts) => new Date(core.subtract(start, duration, opts)),
    between: (a, b) => core.between(a, b),
    isOpen: (t) => core.isOpen(t),
    isBusinessDay: (day) => core.isBusinessDay(day),
    nextOpen: (t) => new Date(core.nextOpen(t)),
    nextClose: (t) => {
      const close = core.nextClose(t);
      return Number.isNaN(close) ? null : new Date(close);
    },
    endOfBusinessDay: (day) => new Date(core.endOfBusinessDay(day)),
    holidays: (year) => core.holidays(year),
    explain: (start, duration, opts) => core.explain(start, duration, opts),
  };
}
