/**
 * The countries `plazo` knows: each one's holiday table and default time zone.
 *
 * @module
 */
import {
  AR,
  BO,
  BR,
  CL,
  CO,
  CR,
  DO,
  EC,
  GT,
  HN,
  MX,
  NI,
  PA,
  PE,
  PY,
  SV,
  UY,
  VE,
} from "../holidays/index.js";
import type { HolidayTable, HolidayType } from "../holidays/table.js";
import { CliError } from "./errors.js";
import type { Messages } from "./messages.js";

/**
 * A country of the CLI: its table and the zone its calendar uses by default.
 *
 * @example
 * ```ts
 * const cl: Country = { table: CL, zone: "America/Santiago" };
 * ```
 */
export interface Country {
  readonly table: HolidayTable;
  readonly zone: string;
}

/**
 * The countries by ISO code, with their default zones.
 *
 * @example
 * ```ts
 * COUNTRIES.MX?.zone; // "America/Mexico_City"
 * ```
 */
export const COUNTRIES: Readonly<Record<string, Country>> = {
  AR: { table: AR, zone: "America/Argentina/Buenos_Aires" },
  BO: { table: BO, zone: "America/La_Paz" },
  BR: { table: BR, zone: "America/Sao_Paulo" },
  CL: { table: CL, zone: "America/Santiago" },
  CO: { table: CO, zone: "America/Bogota" },
  CR: { table: CR, zone: "America/Costa_Rica" },
  DO: { table: DO, zone: "America/Santo_Domingo" },
  EC: { table: EC, zone: "America/Guayaquil" },
  GT: { table: GT, zone: "America/Guatemala" },
  HN: { table: HN, zone: "America/Tegucigalpa" },
  MX: { table: MX, zone: "America/Mexico_City" },
  NI: { table: NI, zone: "America/Managua" },
  PA: { table: PA, zone: "America/Panama" },
  PE: { table: PE, zone: "America/Lima" },
  PY: { table: PY, zone: "America/Asuncion" },
  SV: { table: SV, zone: "America/El_Salvador" },
  UY: { table: UY, zone: "America/Montevideo" },
  VE: { table: VE, zone: "America/Caracas" },
};

/**
 * The country of a code given on the command line (any case), or a refusal
 * naming `argument`.
 *
 * @example
 * ```ts
 * findCountry("cl", "--country").zone; // "America/Santiago"
 * findCountry("XX", "--country");       // throws CliError "unknown_country"
 * ```
 */
export function findCountry(value: string, argument: string): Country & { readonly code: string } {
  const code = value.toUpperCase();
  const country = Object.hasOwn(COUNTRIES, code) ? COUNTRIES[code] : undefined;
  if (country === undefined)
    throw new CliError("unknown_country", argument, {
      value,
      known: Object.keys(COUNTRIES).join(", "),
    });
  return { ...country, code };
}

/**
 * A subdivision code of `table` (any case), undefined when none is given, or
 * a refusal naming `--subdivision` that lists the known ones.
 *
 * @example
 * ```ts
 * findSubdivision(BR, "sp"); // "SP"
 * findSubdivision(CL, "SP"); // throws CliError "unknown_subdivision"
 * ```
 */
export function findSubdivision(
  table: HolidayTable,
  value: string | undefined,
): string | undefined {
  if (value === undefined) return undefined;
  const code = value.toUpperCase();
  if (Object.hasOwn(table.subdivisions, code)) return code;
  const known = Object.keys(table.subdivisions);
  throw new CliError("unknown_subdivision", "--subdivision", {
    value,
    country: table.country,
    known: known.length > 0 ? known.join(", ") : "—",
  });
}

const TYPES: readonly HolidayType[] = ["public", "bank", "optional", "school"];

/**
 * The holiday types of `--types` (comma-separated, `all` for every type);
 * `["public"]` when not given.
 *
 * @example
 * ```ts
 * parseTypes("public,bank"); // ["public", "bank"]
 * parseTypes(undefined);     // ["public"]
 * ```
 */
export function parseTypes(value: string | undefined): HolidayType[] {
  if (value === undefined) return ["public"];
  const out: HolidayType[] = [];
  for (const raw of value.split(",")) {
    const t = raw.trim().toLowerCase();
    if (t === "all") {
      for (const x of TYPES) if (!out.includes(x)) out.push(x);
      continue;
    }
    if (!(TYPES as readonly string[]).includes(t))
      throw new CliError("bad_types", "--types", { value: raw.trim() });
    if (!out.includes(t as HolidayType)) out.push(t as HolidayType);
  }
  return out;
}

/**
 * A country, and its subdivision when there is one, for people:
 * `Chile (CL)`, `Brasil (BR), São Paulo (SP)`.
 *
 * @example
 * ```ts
 * placeName(messages("en"), "BR", BR, "SP"); // "Brazil (BR), São Paulo (SP)"
 * ```
 */
export function placeName(
  m: Messages,
  code: string,
  table: HolidayTable,
  subdivision: string | undefined,
): string {
  const country = `${m.countries[code] ?? table.name} (${code})`;
  if (subdivision === undefined) return country;
  return `${country}, ${table.subdivisions[subdivision]?.name ?? subdivision} (${subdivision})`;
}
