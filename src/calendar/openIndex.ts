import { describe } from "../check.js";
import { OutOfRangeError } from "../errors.js";
import { DAY_MS, firstDayOfYear, yearOfDay } from "./localDate.js";
import { SortedSearch } from "./sortedSearch.js";
import { localDayOf, localToInstant, offsetAt } from "./zone.js";

/**
 * Why a local day has no open time, or why its hours are not the weekly ones:
 * `"weekend"` (the weekly hours close it), `"holiday"`, `"exception"`.
 *
 * @example
 * ```ts
 * cal.explain(at, { hours: 48 }).days.filter((d) => d.reason === "holiday");
 * ```
 */
export type DayReason = "weekend" | "holiday" | "exception";

/** What a local day looks like: its open ranges in minutes, and why it differs from a plain day. */
export interface DayPlan {
  /** Minute pairs `[start, end, …]` since local midnight; empty when closed. */
  readonly ranges: readonly number[];
  /** Set when the day is closed or has exceptional hours. */
  readonly reason?: DayReason;
  /** Holiday or exception name, when there is one. */
  readonly name?: string;
}

interface YearBlock {
  readonly firstDay: number;
  /** UTC instants `[start, end, …]` of the year's open intervals, in order. */
  readonly intervals: number[];
  /** Per day: 1 when the day has open time. */
  readonly open: Uint8Array;
  /** Per day: start of its first open interval (NaN when closed). */
  readonly dayStart: Float64Array;
  /** Per day: end of its last open interval (NaN when closed). */
  readonly dayEnd: Float64Array;
}

const MINUTE_MS = 60_000;

/**
 * The open intervals of a calendar over a contiguous span of local years, in
 * UTC, with prefix sums of open time and of business days. Grows on demand by
 * at least half its span at a time (so growing to N years rebuilds O(log N)
 * times); every query is a binary search. A failed call leaves it unchanged.
 */
export class OpenIndex {
  private readonly years = new Map<number, YearBlock>();
  private lastOffsetAt = Number.NaN;
  private lastOffset = 0;
  private firstYear = 0;
  private lastYear = -1;
  /** First and past-the-last instants of the years this calendar supports. */
  readonly supportedStart: number;
  readonly supportedEnd: number;
  /** Start and end instants of the indexed span. */
  rangeStart = Number.NaN;
  rangeEnd = Number.NaN;
  starts = new Float64Array(0);
  ends = new Float64Array(0);
  /** `cum[i]` = open ms in intervals `0 … i-1`. */
  cum = new Float64Array(1);
  /** First local day of the span. */
  firstDay = 0;
  /** `bdCum[k]` = business days among span days `0 … k-1`. */
  bdCum = new Int32Array(1);
  dayStart = new Float64Array(0);
  dayEnd = new Float64Array(0);
  /** Searches over `starts`, and over `cum[1 …]` (open ms through each interval). */
  private startSearch = new SortedSearch(this.starts);
  private cumSearch = new SortedSearch(this.cum.subarray(1));

  constructor(
    readonly timeZone: string,
    readonly minYear: number,
    readonly maxYear: number,
    private readonly rangeNote: string,
    private readonly planDay: (day: number) => DayPlan,
  ) {
    this.supportedStart = localToInstant(timeZone, firstDayOfYear(minYear) * DAY_MS);
    this.supportedEnd = localToInstant(timeZone, firstDayOfYear(maxYear + 1) * DAY_MS);
  }

  /** The local day just after the span. */
  get endDay(): number {
    return firstDayOfYear(this.lastYear + 1);
  }

  /** Throws an OutOfRangeError naming `field` unless local `year` is a supported year. */
  checkYear(year: number, field: string): void {
    if (year >= this.minYear && year <= this.maxYear) return;
    throw new OutOfRangeError(
      field,
      `local year ${describe(year)} is outside the years this calendar covers, ${this.spanText()}`,
    );
  }

  /** Throws the OutOfRangeError of a finite instant outside the supported years. */
  instantOutOfRange(t: number, field: string): never {
    // Near the ends of the Date range the local day cannot be computed: say so instead.
    if (Math.abs(t) < 8.64e15 - 2 * DAY_MS)
      this.checkYear(yearOfDay(localDayOf(this.timeZone, t)), field);
    throw new OutOfRangeError(
      field,
      `${describe(t)} is outside the years this calendar covers, ${this.spanText()}`,
    );
  }

  /** The OutOfRangeError of a result past the supported years, naming `field`. */
  beyond(field: string): OutOfRangeError {
    return new OutOfRangeError(
      field,
      `the result falls outside the years this calendar covers, ${this.spanText()}`,
    );
  }

  private spanText(): string {
    return `${this.minYear}-${this.maxYear}${this.rangeNote}`;
  }

  /** Makes the span include local `year`; throws naming `field` when it is out of range. */
  coverYear(year: number, field: string): void {
    if (year >= this.firstYear && year <= this.lastYear) return;
    this.checkYear(year, field);
    if (this.lastYear < this.firstYear) this.rebuild(year, year);
    else if (year > this.lastYear)
      this.rebuild(this.firstYear, Math.max(year, this.lastYear + this.chunk()));
    else this.rebuild(Math.min(year, this.firstYear - this.chunk()), this.lastYear);
  }

  /** Makes the span include instant `t`, a supported instant. */
  coverInstant(t: number, field: string): void {
    if (t >= this.rangeStart && t < this.rangeEnd) return;
    this.coverYear(yearOfDay(localDayOf(this.timeZone, t)), field);
  }

  /** How many years a growth adds: half the span, at least one. */
  private chunk(): number {
    return Math.max(1, (this.lastYear - this.firstYear + 1) >> 1);
  }

  /** Grows the span forward (or backward) by a chunk; false when already at the limit. */
  grow(forward: boolean): boolean {
    if (forward ? this.lastYear >= this.maxYear : this.firstYear <= this.minYear) return false;
    if (forward) this.rebuild(this.firstYear, this.lastYear + this.chunk());
    else this.rebuild(this.firstYear - this.chunk(), this.lastYear);
    return true;
  }

  /** Like {@link grow} but throws naming `field` at the limit. */
  mustGrow(forward: boolean, field: string): void {
    if (!this.grow(forward)) throw this.beyond(field);
  }

  /** Index of the last interval starting at or before `t`, or -1. */
  lastStartAtOrBefore(t: number): number {
    return this.startSearch.search(t, true) - 1;
  }

  /** Open ms between the span start and `t` (t inside the span). */
  openBefore(t: number): number {
    const i = this.lastStartAtOrBefore(t);
    if (i < 0) return 0;
    const s = this.starts[i] as number;
    return (this.cum[i] as number) + Math.min(t, this.ends[i] as number) - s;
  }

  /**
   * An instant `r` with `openBefore(r) === target`: the earliest one
   * (`latest` false) or the latest one; NaN when it lies outside the span.
   */
  instantAt(target: number, latest: boolean): number {
    const n = this.starts.length;
    if (target < 0 || (!latest && target === 0)) return Number.NaN;
    // The smallest interval index `i` with `cum[i+1] >= target` (`> target` when latest).
    const i = this.cumSearch.search(target, latest);
    if (i >= n) return Number.NaN;
    return (this.starts[i] as number) + (target - (this.cum[i] as number));
  }

  /** Smallest span day index `k` with `bdCum[k+1] >= count`; days length if none. */
  dayReaching(count: number): number {
    const c = this.bdCum;
    let lo = 0;
    let hi = c.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((c[mid + 1] as number) >= count) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  /** Rebuilds the span as local years `first … last` (clamped); commits only once built. */
  private rebuild(first: number, last: number): void {
    const firstYear = Math.max(first, this.minYear);
    const lastYear = Math.min(last, this.maxYear);
    const blocks: YearBlock[] = [];
    for (let y = firstYear; y <= lastYear; y++) {
      let block = this.years.get(y);
      if (!block) {
        block = this.buildYear(y);
        this.years.set(y, block);
      }
      blocks.push(block);
    }
    const flat: number[] = [];
    let days = 0;
    for (const b of blocks) {
      days += b.open.length;
      for (let j = 0; j < b.intervals.length; j += 2) {
        const s = b.intervals[j] as number;
        const e = b.intervals[j + 1] as number;
        if (flat.length > 0 && flat[flat.length - 1] === s) flat[flat.length - 1] = e;
        else flat.push(s, e);
      }
    }
    const n = flat.length / 2;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const cum = new Float64Array(n + 1);
    for (let i = 0; i < n; i++) {
      starts[i] = flat[2 * i] as number;
      ends[i] = flat[2 * i + 1] as number;
      cum[i + 1] = (cum[i] as number) + (ends[i] as number) - (starts[i] as number);
    }
    const bdCum = new Int32Array(days + 1);
    const dayStart = new Float64Array(days);
    const dayEnd = new Float64Array(days);
    let k = 0;
    for (const b of blocks) {
      for (let d = 0; d < b.open.length; d++, k++) {
        bdCum[k + 1] = (bdCum[k] as number) + (b.open[d] as number);
        dayStart[k] = b.dayStart[d] as number;
        dayEnd[k] = b.dayEnd[d] as number;
      }
    }
    const firstDay = firstDayOfYear(firstYear);
    const rangeStart = localToInstant(this.timeZone, firstDay * DAY_MS);
    const rangeEnd = localToInstant(this.timeZone, firstDayOfYear(lastYear + 1) * DAY_MS);
    const startSearch = new SortedSearch(starts);
    const cumSearch = new SortedSearch(cum.subarray(1));
    this.starts = starts;
    this.ends = ends;
    this.cum = cum;
    this.startSearch = startSearch;
    this.cumSearch = cumSearch;
    this.bdCum = bdCum;
    this.dayStart = dayStart;
    this.dayEnd = dayEnd;
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    this.firstDay = firstDay;
    this.rangeStart = rangeStart;
    this.rangeEnd = rangeEnd;
  }

  /** The zone's offset at `t`, remembering the last answer (a day's end is the next day's start). */
  private offsetAt(t: number): number {
    if (t !== this.lastOffsetAt) {
      this.lastOffsetAt = t;
      this.lastOffset = offsetAt(this.timeZone, t);
    }
    return this.lastOffset;
  }

  /** The UTC open intervals `[start, end, …]` of local `day` under `plan`. */
  dayIntervals(day: number, plan: DayPlan, offsetGuess?: number): number[] {
    const out: number[] = [];
    const tz = this.timeZone;
    const base = day * DAY_MS;
    const o = offsetGuess ?? offsetAt(tz, base);
    // No change of offset during the day: plain arithmetic. Otherwise ask the zone per bound.
    const steady = this.offsetAt(base - o) === o && this.offsetAt(base + DAY_MS - o) === o;
    const r = plan.ranges;
    for (let j = 0; j < r.length; j += 2) {
      const a = base + (r[j] as number) * MINUTE_MS;
      const b = base + (r[j + 1] as number) * MINUTE_MS;
      const s = steady ? a - o : localToInstant(tz, a);
      const e = steady ? b - o : localToInstant(tz, b);
      if (e > s) out.push(s, e);
    }
    return out;
  }

  private buildYear(year: number): YearBlock {
    const firstDay = firstDayOfYear(year);
    const count = firstDayOfYear(year + 1) - firstDay;
    const open = new Uint8Array(count);
    const dayStart = new Float64Array(count).fill(Number.NaN);
    const dayEnd = new Float64Array(count).fill(Number.NaN);
    const intervals: number[] = [];
    let guess = offsetAt(this.timeZone, firstDay * DAY_MS);
    for (let d = 0; d < count; d++) {
      const plan = this.planDay(firstDay + d);
      if (plan.ranges.length === 0) continue;
      const iv = this.dayIntervals(firstDay + d, plan, guess);
      if (iv.length === 0) continue;
      open[d] = 1;
      dayStart[d] = iv[0] as number;
      dayEnd[d] = iv[iv.length - 1] as number;
      for (const x of iv) intervals.push(x);
      // The offset last read, at the end of the day when it was steady: a guess only costs speed.
      guess = this.lastOffset;
    }
    return { firstDay, intervals, open, dayStart, dayEnd };
  }
}
