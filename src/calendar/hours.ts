import { describe, frozen } from "../check.js";
import { InvalidArgumentError } from "../errors.js";

/** Day keys of {@link WeeklyHours}, Monday first (internal). */
export const WEEKDAY_KEYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

/**
 * A weekday key: `"mon"` … `"sun"`.
 *
 * @example
 * ```ts
 * const day: WeekdayKey = "sat";
 * ```
 */
export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];

/**
 * An interval of local wall time, `"HH:MM-HH:MM"`, start included and end
 * excluded; `"24:00"` is allowed as an end (e.g. `"00:00-24:00"`, the whole day).
 *
 * @example
 * ```ts
 * const morning: TimeRange = "08:30-13:00";
 * ```
 */
export type TimeRange = string;

/**
 * Working hours per weekday. A missing day, or an empty list, is closed. Each
 * day holds zero or more non-overlapping {@link TimeRange}s, e.g. a lunch
 * break: `{ mon: ["08:30-13:00", "14:00-17:45"] }`.
 *
 * @example
 * ```ts
 * const hours: WeeklyHours = { ...weekdays("09:00-18:00"), sat: ["10:00-14:00"] };
 * ```
 */
export type WeeklyHours = Readonly<Partial<Record<WeekdayKey, readonly TimeRange[]>>>;

/**
 * The same hours on Monday to Friday, closed on the weekend.
 *
 * @example
 * ```ts
 * weekdays("08:30-13:00", "14:00-17:45"); // { mon: [...], tue: [...], …, fri: [...] }
 * ```
 */
export function weekdays(...ranges: TimeRange[]): WeeklyHours {
  return { mon: ranges, tue: ranges, wed: ranges, thu: ranges, fri: ranges };
}

/**
 * Office hours: Monday to Friday 09:00-18:00.
 *
 * @example
 * ```ts
 * createCalendar({ timeZone: "America/Santiago", hours: officeHours });
 * ```
 */
export const officeHours: WeeklyHours = /* @__PURE__ */ frozen(weekdays("09:00-18:00"));

/**
 * Whole business days: Monday to Friday 00:00-24:00, so every hour of a
 * business day counts ("48 horas hábiles" read as two whole business days).
 *
 * @example
 * ```ts
 * createCalendar({ timeZone: "America/Santiago", hours: wholeBusinessDays });
 * ```
 */
export const wholeBusinessDays: WeeklyHours = /* @__PURE__ */ frozen(weekdays("00:00-24:00"));

/**
 * Always open: every day 00:00-24:00 (holidays and exceptions still apply).
 *
 * @example
 * ```ts
 * createCalendar({ timeZone: "UTC", hours: alwaysOpen });
 * ```
 */
export const alwaysOpen: WeeklyHours = /* @__PURE__ */ frozen({
  mon: ["00:00-24:00"],
  tue: ["00:00-24:00"],
  wed: ["00:00-24:00"],
  thu: ["00:00-24:00"],
  fri: ["00:00-24:00"],
  sat: ["00:00-24:00"],
  sun: ["00:00-24:00"],
});

const RANGE = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

/**
 * Parses a list of ranges into sorted minute pairs `[start, end, start, end…]`
 * (minutes since local midnight), rejecting malformed, empty or overlapping ones.
 */
export function parseRanges(value: unknown, field: string): number[] {
  if (!Array.isArray(value)) {
    throw new InvalidArgumentError(
      field,
      `expected a list of "HH:MM-HH:MM" ranges, got ${describe(value)}`,
    );
  }
  const pairs: [number, number, number][] = [];
  value.forEach((range, i) => {
    const m = typeof range === "string" ? RANGE.exec(range) : null;
    const at = `${field}[${i}]`;
    if (!m) {
      throw new InvalidArgumentError(at, `expected "HH:MM-HH:MM", got ${describe(range)}`);
    }
    const [h1, m1, h2, m2] = [m[1], m[2], m[3], m[4]].map(Number) as [
      number,
      number,
      number,
      number,
    ];
    if (h1 > 23 || m1 > 59 || m2 > 59 || h2 > 24 || (h2 === 24 && m2 !== 0)) {
      throw new InvalidArgumentError(at, `${describe(range)} is not a time of day`);
    }
    const start = h1 * 60 + m1;
    const end = h2 * 60 + m2;
    if (end <= start) {
      throw new InvalidArgumentError(at, `${describe(range)} ends before it starts`);
    }
    pairs.push([start, end, i]);
  });
  pairs.sort((a, b) => a[0] - b[0]);
  const out: number[] = [];
  for (let k = 0; k < pairs.length; k++) {
    const [start, end, i] = pairs[k] as [number, number, number];
    const prev = pairs[k - 1];
    if (prev && start < prev[1]) {
      throw new InvalidArgumentError(
        `${field}[${i}]`,
        `${describe(value[i])} overlaps ${describe(value[prev[2]])}`,
      );
    }
    if (prev && start === prev[1]) out[out.length - 1] = end;
    else out.push(start, end);
  }
  return out;
}

/** Parses {@link WeeklyHours} into minute pairs indexed by JS weekday (0 Sunday … 6 Saturday). */
export function parseWeeklyHours(value: unknown, field: string): number[][] {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidArgumentError(
      field,
      `expected weekly hours such as { mon: ["09:00-18:00"] } or officeHours, got ${describe(value)}`,
    );
  }
  for (const key of Object.keys(value)) {
    if (!(WEEKDAY_KEYS as readonly string[]).includes(key)) {
      throw new InvalidArgumentError(
        `${field}.${key}`,
        `unknown weekday; use one of ${WEEKDAY_KEYS.join(", ")}`,
      );
    }
  }
  const byJsDay: number[][] = [];
  WEEKDAY_KEYS.forEach((key, i) => {
    const ranges = (value as Record<string, unknown>)[key];
    byJsDay[(i + 1) % 7] = ranges === undefined ? [] : parseRanges(ranges, `${field}.${key}`);
  });
  if (byJsDay.every((d) => d.length === 0)) {
    throw new InvalidArgumentError(field, "no day of the week has working hours");
  }
  return byJsDay;
}
