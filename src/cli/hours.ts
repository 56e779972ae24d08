/**
 * Working hours as typed on the command line (`--hours`).
 *
 * @module
 */
import {
  alwaysOpen,
  officeHours,
  type WeekdayKey,
  type WeeklyHours,
  wholeBusinessDays,
} from "../calendar/hours.js";
import { CliError } from "./errors.js";
import type { Messages } from "./messages.js";

const KEYS: readonly WeekdayKey[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const RANGE = /^\d{2}:\d{2}-\d{2}:\d{2}$/;
const WORKWEEK: readonly WeekdayKey[] = ["mon", "tue", "wed", "thu", "fri"];

/** Day keys of a day list: `mon-fri`, `sat`, `sat,sun`, `mon,wed-fri`; undefined when malformed. */
function dayList(text: string): WeekdayKey[] | undefined {
  const out: WeekdayKey[] = [];
  for (const part of text.split(",")) {
    const [a, b, ...rest] = part.split("-");
    const i = KEYS.indexOf(a as WeekdayKey);
    const j = b === undefined ? i : KEYS.indexOf(b as WeekdayKey);
    if (rest.length > 0 || i < 0 || j < i) return undefined;
    for (let k = i; k <= j; k++) out.push(KEYS[k] as WeekdayKey);
  }
  return out;
}

/**
 * The weekly hours of `--hours`: `office` (the default: Monday to Friday
 * 09:00-18:00, {@link officeHours}), `whole` ({@link wholeBusinessDays}),
 * `always` ({@link alwaysOpen}), comma-separated ranges for Monday to Friday
 * (`"08:30-13:00,14:00-17:45"`), or `;`-separated groups each starting with
 * its days (`"mon-fri 09:00-18:00; sat 10:00-14:00"`). Ranges are checked
 * for their shape here (naming `--hours`); `createCalendar` checks the rest
 * (overlaps, times of day).
 *
 * @example
 * ```ts
 * parseHours(undefined);                  // officeHours
 * parseHours("08:30-13:00,14:00-17:45");  // { mon: ["08:30-13:00", "14:00-17:45"], …, fri: […] }
 * parseHours("mon-fri 09:00-18:00; sat 10:00-14:00");
 * ```
 */
export function parseHours(value: string | undefined): WeeklyHours {
  if (value === undefined) return officeHours;
  const v = value.trim().toLowerCase();
  if (v === "office") return officeHours;
  if (v === "whole") return wholeBusinessDays;
  if (v === "always") return alwaysOpen;
  const out: Partial<Record<WeekdayKey, string[]>> = {};
  const bad = (detail?: string): never => {
    throw new CliError(
      "bad_hours",
      "--hours",
      detail === undefined || detail === value.trim() ? { value } : { value, detail },
    );
  };
  for (const group of v.split(";")) {
    const g = group.trim();
    // "mon-fri 09:00-18:00": days first; "09:00-18:00, 14:00-17:45": Monday to Friday.
    const withDays = /^([a-z][a-z,-]*)\s+(.*)$/.exec(g);
    const days = withDays ? dayList(withDays[1] as string) : WORKWEEK;
    if (days === undefined) bad(withDays?.[1]);
    const ranges = (withDays ? (withDays[2] as string) : g).split(",").map((r) => r.trim());
    for (const r of ranges) if (!RANGE.test(r)) bad(r === "" ? undefined : r);
    for (const day of days as readonly WeekdayKey[]) {
      if (out[day] !== undefined) bad(day);
      out[day] = ranges;
    }
  }
  return out;
}

/**
 * Weekly hours in a line: days with the same hours grouped, e.g.
 * `lun-vie 09:00-18:00` or `Mon-Fri 08:30-13:00, 14:00-17:45; Sat 10:00-14:00`.
 *
 * @example
 * ```ts
 * describeHours(officeHours, messages("es")); // "lun-vie 09:00-18:00"
 * ```
 */
export function describeHours(hours: WeeklyHours, m: Messages): string {
  const groups: { from: number; to: number; ranges: string }[] = [];
  KEYS.forEach((key, i) => {
    const list = hours[key] ?? [];
    if (list.length === 0) return;
    const ranges = list.join(", ");
    const last = groups[groups.length - 1];
    if (last && last.to === i - 1 && last.ranges === ranges) last.to = i;
    else groups.push({ from: i, to: i, ranges });
  });
  const name = (i: number) => m.weekdaysShort[(i + 1) % 7] as string;
  return groups
    .map((g) => `${name(g.from)}${g.to > g.from ? `-${name(g.to)}` : ""} ${g.ranges}`)
    .join("; ");
}
