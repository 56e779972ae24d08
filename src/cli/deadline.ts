/**
 * `plazo deadline <start> <duration> --country CL`: a business-time deadline
 * and, with `--explain`, every day counted or skipped and why.
 *
 * @module
 */
import { createCalendar } from "../calendar/createCalendar.js";
import type { AddOptions, Calendar, Duration, ExplainedDay } from "../calendar/types.js";
import { OutOfRangeError, PlazoError } from "../errors.js";
import type { HolidayTable, HolidayType } from "../holidays/table.js";
import { parseInstant } from "../iso.js";
import type { CommandLine } from "./args.js";
import type { Command, CommandContext, CommandOutput } from "./command.js";
import { findCountry, findSubdivision, parseTypes, placeName } from "./countries.js";
import { describeDuration, formatOpenTime, parseDurationText } from "./duration.js";
import { CliError } from "./errors.js";
import { localParts, table, weekdayKey, weekdayOfDate } from "./format.js";
import { describeHours, parseHours } from "./hours.js";
import { type Messages, messages } from "./messages.js";

// A date and a time, without Z or an offset: local time, which would depend on the process zone.
const NO_OFFSET = /^[+-]?\d{4,6}-\d\d-\d\d(?:[Tt ]\d\d:\d\d(?::\d\d(?:[.,]\d+)?)?)?$/;

/**
 * Epoch ms of the `<start>` argument: ISO 8601 with `Z` or an offset. One
 * without them is refused (`start_without_offset`), anything else too
 * (`bad_start`), both naming `start`.
 *
 * @example
 * ```ts
 * parseStart("2025-09-17T12:00-03:00"); // Date.UTC(2025, 8, 17, 15)
 * parseStart("2025-09-17T12:00");       // throws CliError "start_without_offset"
 * ```
 */
export function parseStart(value: string): number {
  const ms = parseInstant(value.trim());
  if (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15) return ms;
  if (NO_OFFSET.test(value.trim())) throw new CliError("start_without_offset", "start", { value });
  throw new CliError("bad_start", "start", { value });
}

/** `value` if the runtime knows this IANA zone, else a refusal naming `--zone`. */
function checkZone(value: string): string {
  try {
    return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
  } catch {
    throw new CliError("unknown_zone", "--zone", { value });
  }
}

function parsePrefer(value: string | undefined): AddOptions | undefined {
  if (value === undefined) return undefined;
  if (value !== "nearest" && value !== "farthest")
    throw new CliError("bad_prefer", "--prefer", { value });
  return { prefer: value };
}

/** The detail of a library error: its message without the leading `field: `. */
const detailOf = (e: PlazoError) => e.message.slice(e.field.length + 2);

/**
 * "viernes 2025-09-26 15:00 (America/Santiago, -03:00)". A deadline at
 * local midnight reads as the end of the day before: "miércoles 2025-09-24 24:00".
 */
function when(ms: number, zone: string, m: Messages, deadline = false): string {
  const p = localParts(zone, ms);
  if (deadline && p.time === "00:00") {
    const before = localParts(zone, ms - 1);
    return `${m.weekdays[before.weekday]} ${before.date} 24:00 (${zone}, ${p.offset})`;
  }
  return `${m.weekdays[p.weekday]} ${p.date} ${p.time} (${zone}, ${p.offset})`;
}

function reasonText(day: ExplainedDay, m: Messages): string {
  if (day.reason === undefined) return day.counted === 0 ? m.reasons.closed : "";
  const r = m.reasons[day.reason];
  return day.name === undefined ? r : `${r}: ${day.name}`;
}

/** Whether the walk skipped a day for a reason (a weekend, a holiday, a closing exception). */
const isSkipped = (day: ExplainedDay) => day.counted === 0 && day.reason !== undefined;

function build(line: CommandLine): {
  readonly calendar: Calendar;
  readonly start: number;
  readonly duration: Duration;
  readonly options: AddOptions | undefined;
  readonly info: {
    readonly code: string;
    readonly table: HolidayTable;
    readonly subdivision: string | undefined;
    readonly zone: string;
    readonly types: readonly HolidayType[];
    readonly hours: ReturnType<typeof parseHours>;
  };
} {
  const [startText, durationText] = line.positionals as [string, string];
  const v = line.values as Record<string, string | undefined>;
  // A usage error first, then the values in the order they are written.
  if (v.country === undefined)
    throw new CliError("missing_option", "--country", {
      option: "--country",
      example: "--country CL",
    });
  const start = parseStart(startText);
  const duration = parseDurationText(durationText);
  const country = findCountry(v.country, "--country");
  const subdivision = findSubdivision(country.table, v.subdivision);
  const zone = v.zone === undefined ? country.zone : checkZone(v.zone);
  const hours = parseHours(v.hours);
  const types = parseTypes(v.types);
  const options = parsePrefer(v.prefer);
  const { year } = localParts(zone, start);
  if (year < country.table.from || year > country.table.to)
    throw new CliError("year_out_of_range", "start", {
      year: String(year),
      country: country.code,
      from: String(country.table.from),
      to: String(country.table.to),
    });
  let calendar: Calendar;
  try {
    calendar = createCalendar({
      timeZone: zone,
      hours,
      holidays: {
        country: country.table,
        types,
        ...(subdivision === undefined ? {} : { subdivision }),
      },
    });
  } catch (e) {
    if (e instanceof PlazoError && e.field.startsWith("hours"))
      throw new CliError("bad_hours", "--hours", { value: v.hours ?? "", detail: detailOf(e) });
    throw e;
  }
  return {
    calendar,
    start,
    duration,
    options,
    info: { code: country.code, table: country.table, subdivision, zone, types, hours },
  };
}

/**
 * Runs `deadline` on a command line already read: the deadline of `<start>`
 * plus `<duration>` on the country's calendar (its default zone unless
 * `--zone`, office hours unless `--hours`, its public holidays unless
 * `--types`), as text in the context's locale and as JSON.
 *
 * @example
 * ```ts
 * const line = readCommandLine(["2025-09-17T12:00-03:00", "48h", "--country", "CL"], deadlineCommand.options, ["start", "duration"]);
 * deadline(line, { locale: "es", langGiven: false }).json; // { deadline: "2025-09-26T18:00:00.000Z", … }
 * ```
 */
export function deadline(line: CommandLine, context: CommandContext): CommandOutput {
  const m = messages(context.locale);
  const { calendar, start, duration, options, info } = build(line);
  let explained: ReturnType<Calendar["explain"]>;
  try {
    explained = calendar.explain(start, duration, options);
  } catch (e) {
    if (e instanceof OutOfRangeError)
      throw new CliError("out_of_range", e.field === "start" ? "start" : "duration", {
        detail: detailOf(e),
      });
    if (e instanceof PlazoError && e.field.startsWith("duration"))
      throw new CliError("bad_duration", "duration", { value: line.positionals[1] as string });
    throw e;
  }
  const end = explained.end.getTime();
  const skipped = explained.days.filter(isSkipped);
  const dayJson = (d: ExplainedDay) => ({
    date: d.date,
    weekday: weekdayKey(weekdayOfDate(d.date)),
    ...(d.reason === undefined ? {} : { reason: d.reason }),
    ...(d.name === undefined ? {} : { name: d.name }),
  });
  const json = {
    start: new Date(start).toISOString(),
    startLocal: localParts(info.zone, start).iso,
    deadline: explained.end.toISOString(),
    deadlineLocal: localParts(info.zone, end).iso,
    timeZone: info.zone,
    country: info.code,
    subdivision: info.subdivision ?? null,
    types: info.types,
    hours: info.hours,
    duration,
    openTime: explained.openTime,
    skipped: skipped.map(dayJson),
    ...(line.values.explain
      ? {
          days: explained.days.map((d) => ({
            ...dayJson(d),
            counted: d.counted,
            intervals: d.intervals.map((i) => ({
              start: i.start.toISOString(),
              end: i.end.toISOString(),
            })),
          })),
        }
      : {}),
  };

  const utc = explained.end.toISOString();
  if (!line.values.explain) {
    const label = `${m.labels.deadline}: `;
    return {
      text: `${label}${when(end, info.zone, m, true)}\n${" ".repeat([...label].length)}${utc}\n`,
      json,
    };
  }
  const l = m.labels;
  const width =
    Math.max(...[l.start, l.duration, l.hours, l.holidays, l.deadline].map((s) => [...s].length)) +
    2;
  const head = (label: string, value: string) => `${`${label}:`.padEnd(width)}${value}`;
  const where =
    placeName(m, info.code, info.table, info.subdivision) +
    (info.types.length === 1 && info.types[0] === "public"
      ? ""
      : ` — ${info.types.map((x) => m.types[x]).join(", ")}`);
  // The deadline's own day when nothing of it counted (it ends at that day's midnight, or at
  // its opening with --prefer farthest) says nothing more: left out.
  const last = explained.days[explained.days.length - 1];
  const days =
    last !== undefined &&
    last.counted === 0 &&
    last.reason === undefined &&
    explained.days.length > 1
      ? explained.days.slice(0, -1)
      : explained.days;
  const rows = days.map((d) => [
    d.date,
    m.weekdaysShort[weekdayOfDate(d.date)] as string,
    d.counted === 0 ? "—" : formatOpenTime(d.counted),
    reasonText(d, m),
  ]);
  const text = [
    head(l.start, when(start, info.zone, m)),
    head(l.duration, describeDuration(duration, m)),
    head(l.hours, describeHours(info.hours, m)),
    head(l.holidays, where),
    head(l.deadline, when(end, info.zone, m, true)),
    `${" ".repeat(width)}${utc}`,
    "",
    `${l.days}:`,
    ...table(rows),
    m.skipped(
      skipped.length,
      skipped.filter((d) => d.reason === "holiday").length,
      skipped.filter((d) => d.reason === "weekend").length,
    ),
  ];
  return { text: `${text.join("\n")}\n`, json };
}

/**
 * The `deadline` command: `<start> <duration> --country CL [--subdivision]
 * [--zone] [--hours] [--types] [--prefer] [--explain]`.
 *
 * @example
 * ```ts
 * run(["deadline", "2025-09-17T12:00-03:00", "48h", "--country", "CL"]); // uses deadlineCommand
 * ```
 */
export const deadlineCommand: Command = {
  name: "deadline",
  options: {
    country: { type: "string" },
    subdivision: { type: "string" },
    zone: { type: "string" },
    hours: { type: "string" },
    types: { type: "string" },
    prefer: { type: "string" },
    explain: { type: "boolean" },
  },
  positionals: ["start", "duration"],
  execute: deadline,
};
