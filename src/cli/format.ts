/**
 * Instants and dates written for people, in a calendar's time zone and
 * without the process's: `viernes 2025-09-26 15:00`, `2025-09-26T15:00:00-03:00`.
 *
 * @module
 */
import { offsetAt } from "../calendar/zone.js";

const two = (n: number) => String(n).padStart(2, "0");

/**
 * An instant read on the wall clock of a time zone.
 *
 * @example
 * ```ts
 * const p: LocalParts = localParts("America/Santiago", Date.UTC(2025, 8, 26, 18));
 * ```
 */
export interface LocalParts {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The local year. */
  readonly year: number;
  /** `HH:mm`, or `HH:mm:ss` when the seconds are not zero. */
  readonly time: string;
  /** JS weekday, 0 Sunday … 6 Saturday. */
  readonly weekday: number;
  /** `-03:00`, `+00:00`. */
  readonly offset: string;
  /** ISO 8601 with the zone's offset: `2025-09-26T15:00:00-03:00` (milliseconds when not zero). */
  readonly iso: string;
}

/**
 * The wall-clock date, time, weekday and offset of instant `ms` in `timeZone`.
 *
 * @example
 * ```ts
 * localParts("America/Santiago", Date.UTC(2025, 8, 26, 18));
 * // { date: "2025-09-26", year: 2025, time: "15:00", weekday: 5, offset: "-03:00", iso: "2025-09-26T15:00:00-03:00" }
 * ```
 */
export function localParts(timeZone: string, ms: number): LocalParts {
  const offset = offsetAt(timeZone, ms);
  const t = new Date(ms + offset);
  const date = t.toISOString().slice(0, 10);
  const hm = `${two(t.getUTCHours())}:${two(t.getUTCMinutes())}`;
  const sec = t.getUTCSeconds();
  const milli = t.getUTCMilliseconds();
  const abs = Math.abs(offset) / 60_000;
  const off = `${offset < 0 ? "-" : "+"}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
  return {
    date,
    year: t.getUTCFullYear(),
    time: sec === 0 && milli === 0 ? hm : `${hm}:${two(sec)}`,
    weekday: t.getUTCDay(),
    offset: off,
    iso: `${date}T${hm}:${two(sec)}${milli === 0 ? "" : `.${String(milli).padStart(3, "0")}`}${off}`,
  };
}

/**
 * The weekday of a local date `YYYY-MM-DD`: 0 Sunday … 6 Saturday.
 *
 * @example
 * ```ts
 * weekdayOfDate("2025-09-18"); // 4, a Thursday
 * ```
 */
export function weekdayOfDate(date: string): number {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d);
  return t.getUTCDay();
}

/**
 * The language-neutral weekday key of a JS weekday, for JSON: `"mon"` … `"sun"`.
 *
 * @example
 * ```ts
 * weekdayKey(4); // "thu"
 * ```
 */
export function weekdayKey(weekday: number): string {
  return ["sun", "mon", "tue", "wed", "thu", "fri", "sat"][weekday] as string;
}

/**
 * Lines of cells padded so that columns line up (the last cell is not padded).
 *
 * @example
 * ```ts
 * table([["2025-01-01", "miércoles", "Año Nuevo"], ["2025-04-18", "viernes", "Viernes Santo"]]);
 * ```
 */
export function table(rows: readonly (readonly string[])[], indent = "  "): string[] {
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      widths[i] = Math.max(widths[i] ?? 0, [...cell].length);
    });
  return rows.map(
    (row) =>
      indent +
      row
        .map((cell, i) =>
          i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - [...cell].length),
        )
        .join("  ")
        .trimEnd(),
  );
}
