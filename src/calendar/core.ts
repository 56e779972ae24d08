import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import { tableEntries } from "../holidays/table.js";
import { notAnInstant } from "../iso.js";
import { instantValue, parseDuration, parseFarthest } from "./arguments.js";
import {
  DAY_MS,
  firstDayOfYear,
  formatDay,
  parseLocalDate,
  weekdayOf,
  yearOfDay,
} from "./localDate.js";
import { type DayPlan, OpenIndex } from "./openIndex.js";
import type { CalendarDefinition } from "./options.js";
import type { ExplainedDay, Explanation, Holiday } from "./types.js";
import { localDayOf } from "./zone.js";

/** Years any calendar can answer for; a country table narrows them to its own span. */
const MIN_YEAR = 1970;
const MAX_YEAR = 2199;
const WHOLE_DAY = 24 * 60;
/** A string read as a local date rather than as an instant (parseLocalDate checks it exists). */
const LOCAL_DATE_SHAPE = /^\d{4}-\d\d-\d\d$/;

const isWholeDay = (ranges: readonly number[]): boolean =>
  ranges.length === 2 && ranges[0] === 0 && ranges[1] === WHOLE_DAY;

/**
 * What a calendar computes, behind the checks of its public methods: every
 * method takes unchecked arguments, checks them all before touching the
 * index, and leaves nothing changed when it throws.
 */
export class CalendarCore {
  readonly index: OpenIndex;
  private readonly holidayCache = new Map<number, Map<number, Holiday>>();
  /** Every weekday open 00:00-24:00: only holidays and exceptions can close it. */
  private readonly wholeWeek: boolean;
  /** Instants the calendar answers for: `[lo, hi)`. */
  private readonly lo: number;
  private readonly hi: number;

  constructor(private readonly def: CalendarDefinition) {
    const { table } = def;
    const minYear = table ? Math.max(MIN_YEAR, table.from) : MIN_YEAR;
    const maxYear = table ? Math.min(MAX_YEAR, table.to) : MAX_YEAR;
    const rangeNote = table ? ` (the years of the ${table.country} holiday table)` : "";
    this.index = new OpenIndex(def.timeZone, minYear, maxYear, rangeNote, (day) =>
      this.planDay(day),
    );
    this.lo = this.index.supportedStart;
    this.hi = this.index.supportedEnd;
    this.wholeWeek = def.weekly.every(isWholeDay);
  }

  /**
   * Epoch ms of an instant argument inside the supported years; throws
   * naming `field`. `localDates`: the argument may also be a local date (for
   * the message only; the caller reads those).
   */
  toMs(value: unknown, field: string, localDates = false): number {
    const t = this.instant(value, field, localDates);
    this.inRange(t, field);
    return t;
  }

  /**
   * Epoch ms of an instant argument (a finite number, a valid Date or an ISO
   * 8601 string with Z or an offset), else an InvalidArgumentError naming
   * `field`. Its range is {@link inRange}'s: a malformed argument is reported
   * before any out-of-range one. A number in range returns at once.
   */
  private instant(value: unknown, field: string, localDates = false): number {
    const t = typeof value === "number" ? value : instantValue(value);
    if ((t >= this.lo && t < this.hi) || Number.isFinite(t)) return t;
    throw notAnInstant(value, field, localDates);
  }

  /** Throws an OutOfRangeError naming `field` unless `t` is in the calendar's years. */
  private inRange(t: number, field: string): void {
    if (!(t >= this.lo && t < this.hi)) this.index.instantOutOfRange(t, field);
  }

  /** The holidays of local `year` (a supported year), by day number, in date order. */
  holidaysOf(year: number): Map<number, Holiday> {
    let map = this.holidayCache.get(year);
    if (map) return map;
    const { table, subdivision, types, customByDay } = this.def;
    map = new Map();
    if (table) {
      for (const e of tableEntries(table, subdivision, year)) {
        if (!types.has(e.type)) continue;
        const day = Date.UTC(year, e.month - 1, e.day) / DAY_MS;
        if (!map.has(day)) map.set(day, { date: formatDay(day), name: e.name, type: e.type });
      }
    }
    for (const [day, name] of customByDay) {
      if (yearOfDay(day) === year) map.set(day, { date: formatDay(day), name, type: "custom" });
    }
    map = new Map([...map].sort((a, b) => a[0] - b[0]));
    this.holidayCache.set(year, map);
    return map;
  }

  /** Exception, then holiday, then weekly hours. */
  planDay(day: number): DayPlan {
    const ex = this.def.exceptions.get(day);
    if (ex) {
      return { ranges: ex.ranges, reason: "exception", ...(ex.name ? { name: ex.name } : {}) };
    }
    const h = this.holidaysOf(yearOfDay(day)).get(day);
    if (h) return { ranges: [], reason: "holiday", name: h.name };
    const ranges = this.def.weekly[weekdayOf(day)] as number[];
    return ranges.length === 0 ? { ranges, reason: "weekend" } : { ranges };
  }

  /** The local day of a date or instant argument, with the index covering its year. */
  dayOf(value: unknown, field: string): number {
    const day =
      typeof value === "string" && LOCAL_DATE_SHAPE.test(value)
        ? parseLocalDate(value, field)
        : localDayOf(this.def.timeZone, this.toMs(value, field, true));
    this.index.coverYear(yearOfDay(day), field);
    return day;
  }

  /** {@link Calendar.add} in epoch ms. */
  add(start: unknown, duration: unknown, options: unknown): number {
    const t = this.instant(start, "start");
    const d = parseDuration(duration);
    const farthest = parseFarthest(options);
    this.inRange(t, "start");
    return "days" in d ? this.addBusinessDays(t, d.days) : this.addOpenTime(t, d.ms, farthest);
  }

  /** {@link Calendar.subtract} in epoch ms. */
  subtract(start: unknown, duration: unknown, options: unknown): number {
    const t = this.instant(start, "start");
    const d = parseDuration(duration, true);
    const farthest = parseFarthest(options);
    this.inRange(t, "start");
    if ("days" in d) return this.addBusinessDays(t, -d.days);
    return d.ms > 0 ? this.addOpenTime(t, -d.ms, farthest) : this.backToOpenTime(t, farthest);
  }

  /**
   * `subtract(t, 0)`: `t` when open and not `farthest`, else the earliest
   * `r <= t` with no open time in `[r, t)`: `t` itself at a close or inside
   * an open interval, else the previous close.
   */
  private backToOpenTime(t: number, farthest: boolean): number {
    const index = this.index;
    index.coverInstant(t, "start");
    if (!farthest) {
      const i = index.lastStartAtOrBefore(t);
      if (i >= 0 && t < (index.ends[i] as number)) return t;
    }
    for (;;) {
      // No open time before the span start: the previous close lies in earlier years.
      const r = index.instantAt(index.openBefore(t), false);
      if (!Number.isNaN(r)) return r;
      index.mustGrow(false, "duration");
    }
  }

  private addOpenTime(t: number, ms: number, farthest: boolean): number {
    if (ms === 0 && !farthest) return t;
    // More open time than wall time left in the supported years: no need to build them all.
    if (ms > this.hi - t || -ms > t - this.lo) throw this.index.beyond("duration");
    const index = this.index;
    index.coverInstant(t, "start");
    // Forward: earliest instant for "nearest"; backward: latest. Farthest is the other one.
    const latest = ms >= 0 === farthest;
    const r = index.instantAt(index.openBefore(t) + ms, latest);
    return Number.isNaN(r) ? this.addGrowing(t, ms, latest) : r;
  }

  /** {@link addOpenTime} when the result lies outside the indexed span: grows it until it does. */
  private addGrowing(t: number, ms: number, latest: boolean): number {
    const index = this.index;
    for (;;) {
      const target = index.openBefore(t) + ms;
      const r = index.instantAt(target, latest);
      if (!Number.isNaN(r)) return r;
      // Outside the span: past its total open time, grow forward; below its start, backward.
      const total = index.cum[index.cum.length - 1] as number;
      index.mustGrow(latest ? target >= total : target > total, "duration");
    }
  }

  private addBusinessDays(t: number, n: number): number {
    if (n === 0) return t;
    const index = this.index;
    const day = localDayOf(this.def.timeZone, t);
    // More business days than days left in the supported years.
    const first = firstDayOfYear(index.minYear);
    const end = firstDayOfYear(index.maxYear + 1);
    if (n > end - 1 - day || -n > day - first) throw index.beyond("duration");
    index.coverYear(yearOfDay(day), "start");
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
  }

  /** {@link Calendar.between}. */
  between(a: unknown, b: unknown): number {
    const ta = this.instant(a, "a");
    const tb = this.instant(b, "b");
    this.inRange(ta, "a");
    this.inRange(tb, "b");
    return this.openBetween(ta, tb);
  }

  private openBetween(a: number, b: number): number {
    this.index.coverInstant(a, "a");
    this.index.coverInstant(b, "b");
    return this.index.openBefore(b) - this.index.openBefore(a);
  }

  /** {@link Calendar.isOpen}. */
  isOpen(value: unknown): boolean {
    const t = this.toMs(value, "t");
    this.index.coverInstant(t, "t");
    const i = this.index.lastStartAtOrBefore(t);
    return i >= 0 && t < (this.index.ends[i] as number);
  }

  /** Index of the interval containing `t`, or of the next one. */
  private currentOrNext(t: number): number {
    const index = this.index;
    index.coverInstant(t, "t");
    for (;;) {
      const i = index.lastStartAtOrBefore(t);
      const j = i >= 0 && t < (index.ends[i] as number) ? i : i + 1;
      if (j < index.starts.length) return j;
      index.mustGrow(true, "t");
    }
  }

  /** {@link Calendar.nextOpen}. */
  nextOpen(value: unknown): number {
    const t = this.toMs(value, "t");
    const j = this.currentOrNext(t); // may rebuild the index: read its arrays after
    return Math.max(t, this.index.starts[j] as number);
  }

  /** {@link Calendar.nextClose}: NaN when the calendar never closes within its years. */
  nextClose(value: unknown): number {
    const index = this.index;
    let j = this.currentOrNext(this.toMs(value, "t"));
    // An interval running into the end of the span may continue in the next years.
    while (index.ends[j] === index.rangeEnd) {
      if (!this.mayCloseFrom(index.endDay)) return Number.NaN;
      const s = index.starts[j] as number;
      if (!index.grow(true)) return Number.NaN;
      j = index.lastStartAtOrBefore(s);
    }
    return index.ends[j] as number;
  }

  /**
   * Whether some local day from `day` on, within the supported years, can end
   * an open interval. Only a whole week open 00:00-24:00 is known not to:
   * then only holidays and exceptions close it, and they are listed.
   */
  private mayCloseFrom(day: number): boolean {
    if (!this.wholeWeek) return true;
    const { exceptions, customByDay, table } = this.def;
    const { maxYear } = this.index;
    const end = firstDayOfYear(maxYear + 1);
    for (const [d, ex] of exceptions)
      if (d >= day && d < end && !isWholeDay(ex.ranges)) return true;
    for (const d of customByDay.keys()) if (d >= day && d < end) return true;
    if (!table) return false;
    for (let y = yearOfDay(day); y <= maxYear; y++) {
      for (const d of this.holidaysOf(y).keys()) if (d >= day) return true;
    }
    return false;
  }

  /** {@link Calendar.isBusinessDay}. */
  isBusinessDay(value: unknown): boolean {
    const day = this.dayOf(value, "day");
    const k = day - this.index.firstDay;
    return this.index.bdCum[k + 1] !== this.index.bdCum[k];
  }

  /** {@link Calendar.endOfBusinessDay}. */
  endOfBusinessDay(value: unknown): number {
    const index = this.index;
    const day = this.dayOf(value, "day");
    for (;;) {
      const count = (index.bdCum[day - index.firstDay] as number) + 1;
      if (count <= (index.bdCum[index.bdCum.length - 1] as number)) {
        return index.dayEnd[index.dayReaching(count)] as number;
      }
      index.mustGrow(true, "day");
    }
  }

  /** {@link Calendar.holidays}. */
  holidays(year: unknown): Holiday[] {
    if (typeof year !== "number" || !Number.isInteger(year)) {
      throw new InvalidArgumentError("year", `expected a whole year, got ${describe(year)}`);
    }
    this.index.checkYear(year, "year");
    return [...this.holidaysOf(year).values()];
  }

  /** {@link Calendar.explain}. */
  explain(start: unknown, duration: unknown, options: unknown): Explanation {
    const t = this.instant(start, "start");
    const end = this.add(t, duration, options);
    const lo = Math.min(t, end);
    const hi = Math.max(t, end);
    const sign = end < t ? -1 : 1;
    const days: ExplainedDay[] = [];
    const lastDay = localDayOf(this.def.timeZone, hi);
    for (let day = localDayOf(this.def.timeZone, lo); day <= lastDay; day++) {
      days.push(this.explainDay(day, lo, hi, sign));
    }
    if (sign < 0) days.reverse();
    return { start: new Date(t), end: new Date(end), openTime: this.openBetween(t, end), days };
  }

  private explainDay(day: number, lo: number, hi: number, sign: number): ExplainedDay {
    const plan = this.planDay(day);
    const intervals: { start: Date; end: Date }[] = [];
    let counted = 0;
    const iv = this.index.dayIntervals(day, plan);
    for (let j = 0; j < iv.length; j += 2) {
      const s = Math.max(iv[j] as number, lo);
      const e = Math.min(iv[j + 1] as number, hi);
      if (e > s) {
        intervals.push({ start: new Date(s), end: new Date(e) });
        counted += e - s;
      }
    }
    return {
      date: formatDay(day),
      counted: sign * counted,
      intervals,
      ...(plan.reason ? { reason: plan.reason } : {}),
      ...(plan.name ? { name: plan.name } : {}),
    };
  }
}
