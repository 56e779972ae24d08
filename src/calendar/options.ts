import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import type { HolidayTable, HolidayType } from "../holidays/table.js";
import { isPlain } from "./arguments.js";
import { parseRanges, parseWeeklyHours } from "./hours.js";
import { parseLocalDate } from "./localDate.js";
import { assertTimeZone } from "./zone.js";

const HOLIDAY_TYPES: readonly HolidayType[] = ["public", "bank", "optional", "school"];

/** An exception once checked: its minute ranges and its name. */
export interface ParsedException {
  readonly ranges: number[];
  readonly name?: string;
}

/** {@link CalendarOptions} once checked, in the shapes the calendar computes with. */
export interface CalendarDefinition {
  readonly timeZone: string;
  /** Minute pairs per JS weekday (0 Sunday … 6 Saturday). */
  readonly weekly: number[][];
  readonly table: HolidayTable | undefined;
  readonly subdivision: string | undefined;
  readonly types: ReadonlySet<HolidayType>;
  /** `holidays.dates`: name by day number. */
  readonly customByDay: ReadonlyMap<number, string>;
  /** `exceptions` by day number. */
  readonly exceptions: ReadonlyMap<number, ParsedException>;
}

/** Throws naming `path.key` for the first own key of `v` not in `allowed`. */
function refuseUnknownKeys(v: object, allowed: readonly string[], path: string): void {
  for (const key of Object.keys(v)) {
    if (!allowed.includes(key)) {
      throw new InvalidArgumentError(
        `${path}.${key}`,
        `unknown option; expected one of ${allowed.join(", ")}`,
      );
    }
  }
}

/** A plain object with only `allowed` keys, or throws naming `path`. */
function plainObject(
  v: unknown,
  allowed: readonly string[],
  path: string,
  expected: string,
): Record<string, unknown> {
  if (!isPlain(v)) throw new InvalidArgumentError(path, `expected ${expected}, got ${describe(v)}`);
  refuseUnknownKeys(v, allowed, path);
  return v;
}

/** An array, or `[]` for undefined; throws naming `path` otherwise. */
function optionalList(v: unknown, path: string, expected: string): readonly unknown[] {
  if (v === undefined) return [];
  if (!Array.isArray(v))
    throw new InvalidArgumentError(path, `expected ${expected}, got ${describe(v)}`);
  return v;
}

/** undefined, or a non-empty string; throws naming `path` otherwise. */
function optionalName(v: unknown, path: string): string | undefined {
  if (v === undefined || (typeof v === "string" && v !== "")) return v;
  throw new InvalidArgumentError(path, `expected a non-empty string, got ${describe(v)}`);
}

/** `"CL"` for `"cl"` or `"CL"`: a string that looks like a country code, for hints. */
function countryCode(v: unknown): string | undefined {
  return typeof v === "string" && /^[a-z]{2}$/i.test(v) ? v.toUpperCase() : undefined;
}

function checkTable(value: unknown): HolidayTable {
  const t = value as Record<string, unknown>;
  if (
    !isPlain(value) ||
    typeof t.country !== "string" ||
    typeof t.days !== "string" ||
    !Number.isInteger(t.from) ||
    !Number.isInteger(t.to) ||
    (t.from as number) > (t.to as number) ||
    !Array.isArray(t.names) ||
    !isPlain(t.subdivisions)
  ) {
    const code = countryCode(value);
    const hint = code ? `; import the table instead: import { ${code} } from "plazo/holidays"` : "";
    throw new InvalidArgumentError(
      "holidays.country",
      `expected a holiday table from "plazo/holidays" such as CL, got ${describe(value)}${hint}`,
    );
  }
  return value as unknown as HolidayTable;
}

function checkSubdivision(v: unknown, table: HolidayTable | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!table) throw new InvalidArgumentError("holidays.subdivision", "needs holidays.country");
  const sub =
    typeof v === "string" && Object.hasOwn(table.subdivisions, v)
      ? table.subdivisions[v]
      : undefined;
  if (!sub || typeof sub.add !== "string" || typeof sub.remove !== "string") {
    const known = Object.keys(table.subdivisions);
    throw new InvalidArgumentError(
      "holidays.subdivision",
      `unknown subdivision ${describe(v)} of ${table.country}; known: ${known.join(", ") || "none"}`,
    );
  }
  return v as string;
}

function parseTypes(v: unknown): Set<HolidayType> {
  if (v === undefined) return new Set(["public"]);
  const list = optionalList(v, "holidays.types", `a list of ${HOLIDAY_TYPES.join(", ")}`);
  for (let i = 0; i < list.length; i++) {
    if (!HOLIDAY_TYPES.includes(list[i] as HolidayType)) {
      throw new InvalidArgumentError(
        `holidays.types[${i}]`,
        `unknown type ${describe(list[i])}; use ${HOLIDAY_TYPES.join(", ")}`,
      );
    }
  }
  return new Set(list as HolidayType[]);
}

function parseCustomDates(v: unknown): Map<number, string> {
  const list = optionalList(v, "holidays.dates", 'a list of { date: "YYYY-MM-DD", name? }');
  const byDay = new Map<number, string>();
  for (let i = 0; i < list.length; i++) {
    const path = `holidays.dates[${i}]`;
    const entry = plainObject(list[i], ["date", "name"], path, '{ date: "YYYY-MM-DD", name? }');
    const day = parseLocalDate(entry.date, `${path}.date`);
    if (byDay.has(day)) {
      throw new InvalidArgumentError(`${path}.date`, `${describe(entry.date)} is given twice`);
    }
    byDay.set(day, optionalName(entry.name, `${path}.name`) ?? "Holiday");
  }
  return byDay;
}

function parseExceptions(v: unknown): Map<number, ParsedException> {
  const list = optionalList(v, "exceptions", 'a list of { date: "YYYY-MM-DD", hours, name? }');
  const byDay = new Map<number, ParsedException>();
  for (let i = 0; i < list.length; i++) {
    const path = `exceptions[${i}]`;
    const ex = plainObject(list[i], ["date", "hours", "name"], path, "{ date, hours, name? }");
    const day = parseLocalDate(ex.date, `${path}.date`);
    if (byDay.has(day)) {
      throw new InvalidArgumentError(`${path}.date`, `${describe(ex.date)} is given twice`);
    }
    const ranges = parseRanges(ex.hours, `${path}.hours`);
    const name = optionalName(ex.name, `${path}.name`);
    byDay.set(day, name === undefined ? { ranges } : { ranges, name });
  }
  return byDay;
}

/**
 * Checks every option of {@link createCalendar}, throwing an
 * InvalidArgumentError that names its path (`"holidays.types[1]"`,
 * `"exceptions[2].date"`); unknown keys are refused.
 */
export function parseCalendarOptions(options: unknown): CalendarDefinition {
  const o = plainObject(
    options,
    ["timeZone", "hours", "holidays", "exceptions"],
    "options",
    "{ timeZone, hours, holidays?, exceptions? }",
  );
  const timeZone = assertTimeZone(o.timeZone, "timeZone");
  const weekly = parseWeeklyHours(o.hours, "hours");
  const code = countryCode(o.holidays);
  const hol =
    o.holidays === undefined
      ? {}
      : plainObject(
          o.holidays,
          ["country", "subdivision", "types", "dates"],
          "holidays",
          code
            ? `{ country: ${code} } with ${code} from "plazo/holidays"`
            : "{ country?, subdivision?, types?, dates? }",
        );
  const table = hol.country === undefined ? undefined : checkTable(hol.country);
  return {
    timeZone,
    weekly,
    table,
    subdivision: checkSubdivision(hol.subdivision, table),
    types: parseTypes(hol.types),
    customByDay: parseCustomDates(hol.dates),
    exceptions: parseExceptions(o.exceptions),
  };
}
