import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import { type HolidayTable, type HolidayType, tableEntries } from "../holidays/table.js";
import { parseRanges, parseWeeklyHours } from "./hours.js";
import { DAY_MS, formatDay, parseLocalDate, weekdayOf } from "./localDate.js";
import { type DayPlan, OpenIndex } from "./openIndex.js";
import type {
  AddOptions,
  Calendar,
  CalendarOptions,
  Duration,
  ExplainedDay,
  Explanation,
  Holiday,
  Instant,
} from "./types.js";
import { assertTimeZone, localDayOf } from "./zone.js";

/** Years any calendar can answer for; a country table narrows them to its own span. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2199;
const HOLIDAY_TYPES: readonly HolidayType[] = ["public", "bank", "optional", "school"];
const DURATION_UNITS = { hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1 };

function toMs(value: unknown, field: string): number {
  const t = value instanceof Date ? value.getTime() : value;
  if (typeof t !== "number" || !Number.isFinite(t)) {
    throw new InvalidArgumentError(
      field,
      `expected a valid Date or epoch milliseconds, got ${value instanceof Date ? "Invalid Date" : describe(value)}`,
    );
  }
  return t;
}

type ParsedDuration = { readonly ms: number } | { readonly days: number };

function parseDuration(value: unknown): ParsedDuration {
  if (typeof value !== "object" || value === null) {
    throw new InvalidArgumentError(
      "duration",
      `expected e.g. { hours: 48 } or { businessDays: 3 }, got ${describe(value)}`,
    );
  }
  const entries = Object.entries(value);
  if (entries.length === 0) {
    throw new InvalidArgumentError("duration", "is empty; give hours, minutes… or businessDays");
  }
  let ms = 0;
  let days: number | undefined;
  for (const [key, n] of entries) {
    const field = `duration.${key}`;
    if (typeof n !== "number" || !Number.isFinite(n)) {
      throw new InvalidArgumentError(field, `expected a finite number, got ${describe(n)}`);
    }
    if (key === "businessDays") {
      if (!Number.isInteger(n)) {
        throw new InvalidArgumentError(field, `expected a whole number, got ${n}`);
      }
      days = n;
    } else if (Object.hasOwn(DURATION_UNITS, key)) {
      ms += n * DURATION_UNITS[key as keyof typeof DURATION_UNITS];
    } else {
      throw new InvalidArgumentError(
        field,
        "unknown unit; use hours, minutes, seconds, milliseconds or businessDays",
      );
    }
  }
  if (days !== undefined) {
    if (entries.length > 1) {
      throw new InvalidArgumentError(
        "duration",
        "businessDays cannot be mixed with hours or minutes; add them in two steps",
      );
    }
    return { days };
  }
  return { ms: Math.round(ms) };
}

function checkTable(value: unknown): HolidayTable {
  const t = value as HolidayTable;
  if (
    typeof value !== "object" ||
    value === null ||
    typeof t.country !== "string" ||
    typeof t.days !== "string" ||
    typeof t.from !== "number"
  ) {
    const hint =
      typeof value === "string"
        ? `; import the table instead: import { ${value.toUpperCase()} } from "plazo/holidays"`
        : "";
    throw new InvalidArgumentError(
      "holidays.country",
      `expected a holiday table from "plazo/holidays" such as CL, got ${describe(value)}${hint}`,
    );
  }
  return t;
}

/**
 * Creates a business calendar: a time zone, weekly working hours, holidays
 * and per-date exceptions. Throws {@link InvalidArgumentError} naming the
 * field when the definition is wrong. The process time zone is never used.
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
  if (typeof options !== "object" || options === null) {
    throw new InvalidArgumentError(
      "options",
      "expected { timeZone, hours, holidays?, exceptions? }",
    );
  }
  const timeZone = assertTimeZone(options.timeZone, "timeZone");
  const weekly = parseWeeklyHours(options.hours, "hours");
  const hol = options.holidays ?? {};
  const table = hol.country === undefined ? undefined : checkTable(hol.country);
  const subdivision = hol.subdivision;
  if (subdivision !== undefined) {
    if (!table) {
      throw new InvalidArgumentError("holidays.subdivision", "needs holidays.country");
    }
    if (typeof subdivision !== "string" || !Object.hasOwn(table.subdivisions, subdivision)) {
      const known = Object.keys(table.subdivisions);
      throw new InvalidArgumentError(
        "holidays.subdivision",
        `unknown subdivision ${describe(subdivision)} of ${table.country}; known: ${known.join(", ") || "none"}`,
      );
    }
  }
  const types = new Set<HolidayType>(hol.types ?? ["public"]);
  for (const [i, type] of [...(hol.types ?? [])].entries()) {
    if (!HOLIDAY_TYPES.includes(type)) {
      throw new InvalidArgumentError(
        `holidays.types[${i}]`,
        `unknown type ${describe(type)}; use ${HOLIDAY_TYPES.join(", ")}`,
      );
    }
  }
  const customByDay = new Map<number, string>();
  for (const [i, entry] of (hol.dates ?? []).entries()) {
    const day = parseLocalDate(entry?.date, `holidays.dates[${i}].date`);
    customByDay.set(day, entry.name ?? "Holiday");
  }
  const exceptions = new Map<number, { ranges: number[]; name?: string }>();
  for (const [i, ex] of (options.exceptions ?? []).entries()) {
    const day = parseLocalDate(ex?.date, `exceptions[${i}].date`);
    if (exceptions.has(day)) {
      throw new InvalidArgumentError(`exceptions[${i}].date`, `${ex.date} is given twice`);
    }
    const ranges = parseRanges(ex.hours, `exceptions[${i}].hours`);
    exceptions.set(day, ex.name === undefined ? { ranges } : { ranges, name: ex.name });
  }

  const minYear = table ? Math.max(MIN_YEAR, table.from) : MIN_YEAR;
  const maxYear = table ? Math.min(MAX_YEAR, table.to) : MAX_YEAR;
  const rangeNote = table ? ` (the years of the ${table.country} holiday table)` : "";

  const holidayCache = new Map<number, Map<number, Holiday>>();
  const holidaysOf = (year: number): Map<number, Holiday> => {
    let map = holidayCache.get(year);
    if (map) return map;
    map = new Map();
    if (table) {
      for (const e of tableEntries(table, subdivision, year)) {
        if (!types.has(e.type)) continue;
        const day = Date.UTC(year, e.month - 1, e.day) / DAY_MS;
        if (!map.has(day)) map.set(day, { date: formatDay(day), name: e.name, type: e.type });
      }
    }
    for (const [day, name] of customByDay) {
      if (new Date(day * DAY_MS).getUTCFullYear() === year) {
        map.set(day, { date: formatDay(day), name, type: "custom" });
      }
    }
    map = new Map([...map].sort((a, b) => a[0] - b[0]));
    holidayCache.set(year, map);
    return map;
  };

  const planDay = (day: number): DayPlan => {
    const ex = exceptions.get(day);
    if (ex)
      return { ranges: ex.ranges, reason: "exception", ...(ex.name ? { name: ex.name } : {}) };
    const h = holidaysOf(new Date(day * DAY_MS).getUTCFullYear()).get(day);
    if (h) return { ranges: [], reason: "holiday", name: h.name };
    const ranges = weekly[weekdayOf(day)] as number[];
    return ranges.length === 0 ? { ranges, reason: "weekend" } : { ranges };
  };

  const index = new OpenIndex(timeZone, minYear, maxYear, rangeNote, planDay);

  const dayOf = (value: unknown, field: string): number => {
    const day =
      typeof value === "string"
        ? parseLocalDate(value, field)
        : localDayOf(timeZone, toMs(value, field));
    index.coverYear(new Date(day * DAY_MS).getUTCFullYear(), field);
    return day;
  };

  const addOpenTime = (t: number, ms: number, farthest: boolean): number => {
    if (ms === 0 && !farthest) return t;
    index.coverInstant(t, "start");
    const forward = ms >= 0;
    // Forward: earliest instant for "nearest"; backward: latest. Farthest is the other one.
    const latest = forward === farthest;
    for (;;) {
      const target = index.openBefore(t) + ms;
      const r = index.instantAt(target, latest);
      if (!Number.isNaN(r)) return r;
      // Outside the span: past its total open time, grow forward; below its start, backward.
      const total = index.cum[index.cum.length - 1] as number;
      index.mustGrow(latest ? target >= total : target > total, "duration");
    }
  };

  const addBusinessDays = (t: number, n: number): number => {
    if (n === 0) return t;
    const day = dayOf(t, "start");
    for (;;) {
      const k0 = day - index.firstDay;
      const count =
        n > 0 ? (index.bdCum[k0 + 1] as number) + n : (index.bdCum[k0] as number) + n + 1;
      const total = index.bdCum[index.bdCum.length - 1] as number;
      if (count >= 1 && count <= total) {
        const k = index.dayReaching(count);
        return (n > 0 ? index.dayEnd[k] : index.dayStart[k]) as number;
      }
      index.mustGrow(n > 0, "duration");
    }
  };

  const add = (start: Instant, duration: Duration, opts?: AddOptions): number => {
    const t = toMs(start, "start");
    const d = parseDuration(duration);
    const prefer = opts?.prefer ?? "nearest";
    if (prefer !== "nearest" && prefer !== "farthest") {
      throw new InvalidArgumentError(
        "options.prefer",
        `expected "nearest" or "farthest", got ${describe(prefer)}`,
      );
    }
    return "days" in d ? addBusinessDays(t, d.days) : addOpenTime(t, d.ms, prefer === "farthest");
  };

  const between = (a: number, b: number): number => {
    index.coverInstant(a, "a");
    index.coverInstant(b, "b");
    return index.openBefore(b) - index.openBefore(a);
  };

  const isOpenAt = (t: number): boolean => {
    index.coverInstant(t, "t");
    const i = index.lastStartAtOrBefore(t);
    return i >= 0 && t < (index.ends[i] as number);
  };

  /** Index of the interval containing `t`, or of the next one. */
  const currentOrNext = (t: number): number => {
    index.coverInstant(t, "t");
    for (;;) {
      const i = index.lastStartAtOrBefore(t);
      const j = i >= 0 && t < (index.ends[i] as number) ? i : i + 1;
      if (j < index.starts.length) return j;
      index.mustGrow(true, "t");
    }
  };

  const explain = (start: Instant, duration: Duration, opts?: AddOptions): Explanation => {
    const t = toMs(start, "start");
    const end = add(t, duration, opts);
    const lo = Math.min(t, end);
    const hi = Math.max(t, end);
    const sign = end < t ? -1 : 1;
    const firstDay = localDayOf(timeZone, lo);
    const lastDay = localDayOf(timeZone, hi);
    const days: ExplainedDay[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const plan = planDay(day);
      const intervals: { start: Date; end: Date }[] = [];
      let counted = 0;
      const iv = index.dayIntervals(day, plan);
      for (let j = 0; j < iv.length; j += 2) {
        const s = Math.max(iv[j] as number, lo);
        const e = Math.min(iv[j + 1] as number, hi);
        if (e > s) {
          intervals.push({ start: new Date(s), end: new Date(e) });
          counted += e - s;
        }
      }
      days.push({
        date: formatDay(day),
        counted: sign * counted,
        intervals,
        ...(plan.reason ? { reason: plan.reason } : {}),
        ...(plan.name ? { name: plan.name } : {}),
      });
    }
    if (sign < 0) days.reverse();
    return { start: new Date(t), end: new Date(end), openTime: between(t, end), days };
  };

  return {
    timeZone,
    add: (start, duration, opts) => new Date(add(start, duration, opts)),
    between: (a, b) => between(toMs(a, "a"), toMs(b, "b")),
    isOpen: (t) => isOpenAt(toMs(t, "t")),
    isBusinessDay: (value) => {
      const day = dayOf(value, "day");
      return index.bdCum[day - index.firstDay + 1] !== index.bdCum[day - index.firstDay];
    },
    nextOpen: (value) => {
      const t = toMs(value, "t");
      const j = currentOrNext(t); // may rebuild the index: read its arrays after
      return new Date(Math.max(t, index.starts[j] as number));
    },
    nextClose: (value) => {
      let j = currentOrNext(toMs(value, "t"));
      // An interval running into the end of the span may continue in the next year.
      while (index.ends[j] === index.rangeEnd) {
        const s = index.starts[j] as number;
        if (!index.grow(true)) return null;
        j = index.lastStartAtOrBefore(s);
      }
      return new Date(index.ends[j] as number);
    },
    endOfBusinessDay: (value) => {
      const day = dayOf(value, "day");
      for (;;) {
        const k0 = day - index.firstDay;
        const count = (index.bdCum[k0] as number) + 1;
        if (count <= (index.bdCum[index.bdCum.length - 1] as number)) {
          return new Date(index.dayEnd[index.dayReaching(count)] as number);
        }
        index.mustGrow(true, "day");
      }
    },
    holidays: (year) => {
      if (!Number.isInteger(year)) {
        throw new InvalidArgumentError("year", `expected a whole year, got ${describe(year)}`);
      }
      index.coverYear(year, "year");
      return [...holidaysOf(year).values()];
    },
    explain,
  };
}
