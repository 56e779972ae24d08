/**
 * `plazo holidays CL 2025 [--subdivision SP] [--types public,bank]`: a
 * year's holidays from plazo's tables.
 *
 * @module
 */
import { createCalendar } from "../calendar/createCalendar.js";
import { officeHours } from "../calendar/hours.js";
import type { Holiday } from "../calendar/types.js";
import type { CommandLine } from "./args.js";
import type { Command, CommandContext, CommandOutput } from "./command.js";
import { findCountry, findSubdivision, parseTypes, placeName } from "./countries.js";
import { CliError } from "./errors.js";
import { table, weekdayKey, weekdayOfDate } from "./format.js";
import { messages } from "./messages.js";

/**
 * The holidays of a country's year: the chosen types (public unless
 * `--types`) of its table, with the subdivision's days added and the
 * national days it does not keep removed, in date order, as
 * `Calendar.holidays` lists them.
 *
 * @example
 * ```ts
 * const line = readCommandLine(["CL", "2025"], holidaysCommand.options, ["country", "year"]);
 * holidays(line, { locale: "es", langGiven: false }).text; // "Feriados — Chile (CL), 2025: 18\n  2025-01-01  miércoles  Año Nuevo\n…"
 * ```
 */
export function holidays(line: CommandLine, context: CommandContext): CommandOutput {
  const m = messages(context.locale);
  const [countryText, yearText] = line.positionals as [string, string];
  const v = line.values as Record<string, string | undefined>;
  const country = findCountry(countryText, "country");
  if (!/^\d{4}$/.test(yearText.trim())) throw new CliError("bad_year", "year", { value: yearText });
  const year = Number(yearText.trim());
  const { table: data, code } = country;
  if (year < data.from || year > data.to)
    throw new CliError("year_out_of_range", "year", {
      year: String(year),
      country: code,
      from: String(data.from),
      to: String(data.to),
    });
  const subdivision = findSubdivision(data, v.subdivision);
  const types = parseTypes(v.types);
  const calendar = createCalendar({
    timeZone: country.zone,
    hours: officeHours,
    holidays: { country: data, types, ...(subdivision === undefined ? {} : { subdivision }) },
  });
  const list: Holiday[] = calendar.holidays(year);
  const showType = !(types.length === 1 && types[0] === "public");
  const rows = list.map((h) => [
    h.date,
    m.weekdays[weekdayOfDate(h.date)] as string,
    ...(showType ? [m.types[h.type]] : []),
    h.name,
  ]);
  const text = [
    m.holidaysTitle(placeName(m, code, data, subdivision), year, list.length),
    ...table(rows),
  ];
  return {
    text: `${text.join("\n")}\n`,
    json: {
      country: code,
      subdivision: subdivision ?? null,
      year,
      types,
      holidays: list.map((h) => ({
        date: h.date,
        weekday: weekdayKey(weekdayOfDate(h.date)),
        name: h.name,
        type: h.type,
      })),
    },
  };
}

/**
 * The `holidays` command: `<country> <year> [--subdivision] [--types]`.
 *
 * @example
 * ```ts
 * run(["holidays", "BR", "2025", "--subdivision", "SP"]); // uses holidaysCommand
 * ```
 */
export const holidaysCommand: Command = {
  name: "holidays",
  options: { subdivision: { type: "string" }, types: { type: "string" } },
  positionals: ["country", "year"],
  execute: holidays,
};
