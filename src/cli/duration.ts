/**
 * Durations as typed on the command line: `48h`, `90m`, `1h30m`, `2d`,
 * `45s`, `3bd`.
 *
 * @module
 */
import type { Duration } from "../calendar/types.js";
import { CliError } from "./errors.js";
import type { Messages } from "./messages.js";

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
// Units in this order, each at most once: 1d2h30m15s. `m` may be written `min`.
const OPEN_TIME = new RegExp(
  `^(?:${NUMBER}d)?(?:${NUMBER}h)?(?:${NUMBER}m(?:in)?)?(?:${NUMBER}s)?$`,
);
const BUSINESS_DAYS = /^(\d+)bd$/;

/**
 * Parses a duration: `<n>bd` is n business days (`{ businessDays: n }`, the
 * end of the n-th business day after the start's day); otherwise parts `d`,
 * `h`, `m` (or `min`) and `s`, in that order, each at most once, are open
 * time on the calendar, where `1d` is 24 hours of it (so `2d` is `48h`: two
 * whole business days with `--hours whole`, more than five office days with
 * the default office hours). Numbers may have decimals (`1.5h`), except
 * business days. Refuses anything else naming `duration`.
 *
 * @example
 * ```ts
 * parseDurationText("48h");   // { hours: 48 }
 * parseDurationText("1h30m"); // { hours: 1, minutes: 30 }
 * parseDurationText("2d");    // { hours: 48 }
 * parseDurationText("3bd");   // { businessDays: 3 }
 * parseDurationText("3 days"); // throws CliError "bad_duration"
 * ```
 */
export function parseDurationText(text: string): Duration {
  const s = text.trim().toLowerCase();
  const bd = BUSINESS_DAYS.exec(s);
  if (bd) return { businessDays: Number(bd[1]) };
  const m = OPEN_TIME.exec(s);
  if (s === "" || m === null) throw new CliError("bad_duration", "duration", { value: text });
  const [, d, h, min, sec] = m;
  const out: { hours?: number; minutes?: number; seconds?: number } = {};
  if (d !== undefined || h !== undefined) out.hours = Number(d ?? 0) * 24 + Number(h ?? 0);
  if (min !== undefined) out.minutes = Number(min);
  if (sec !== undefined) out.seconds = Number(sec);
  return out;
}

/**
 * An amount of open time in milliseconds as `6 h`, `1 h 30 min`, `45 min`,
 * `0 h` (whole seconds shown when there are any).
 *
 * @example
 * ```ts
 * formatOpenTime(5_400_000); // "1 h 30 min"
 * formatOpenTime(0);         // "0 h"
 * ```
 */
export function formatOpenTime(ms: number): string {
  const abs = Math.abs(ms);
  const h = Math.floor(abs / 3_600_000);
  const min = Math.floor((abs % 3_600_000) / 60_000);
  const s = Math.round((abs % 60_000) / 1000);
  const parts: string[] = [];
  if (h > 0) parts.push(`${h} h`);
  if (min > 0) parts.push(`${min} min`);
  if (s > 0) parts.push(`${s} s`);
  return `${ms < 0 ? "-" : ""}${parts.length > 0 ? parts.join(" ") : "0 h"}`;
}

/**
 * A parsed duration in words: `48 h de tiempo hábil`, `3 días hábiles`.
 *
 * @example
 * ```ts
 * describeDuration({ hours: 1, minutes: 30 }, messages("en")); // "1 h 30 min of business time"
 * describeDuration({ businessDays: 3 }, messages("pt"));        // "3 dias úteis"
 * ```
 */
export function describeDuration(duration: Duration, m: Messages): string {
  if ("businessDays" in duration) return m.businessDays(duration.businessDays);
  const ms =
    (duration.hours ?? 0) * 3_600_000 +
    (duration.minutes ?? 0) * 60_000 +
    (duration.seconds ?? 0) * 1000 +
    (duration.milliseconds ?? 0);
  return m.openTime(formatOpenTime(ms));
}
