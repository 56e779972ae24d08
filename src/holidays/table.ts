/**
 * Holiday types plazo's tables carry, from date-holidays' classification:
 * `public` (a day off by law), `bank` (banks closed), `optional` (a day off
 * some employers give, e.g. Brazil's Carnival "ponto facultativo"), `school`.
 * Observances (Mother's Day…) are not in the tables.
 *
 * @example
 * ```ts
 * createCalendar({ timeZone: "America/Sao_Paulo", hours: officeHours, holidays: { country: BR, types: ["public", "bank"] } });
 * ```
 */
export type HolidayType = "public" | "bank" | "optional" | "school";

/**
 * One subdivision (state, region) of a {@link HolidayTable}: what it adds to and removes from the national days.
 *
 * @example
 * ```ts
 * Object.keys(BR.subdivisions); // ["AC", "AL", …, "SP", "TO"]
 * BR.subdivisions.SP?.name;     // "São Paulo"
 * ```
 */
export interface HolidaySubdivision {
  /** Its name, e.g. `"São Paulo"`. */
  readonly name: string;
  /** Days added, per year: same packing as {@link HolidayTable.days}. */
  readonly add: string;
  /** National days it does not observe, per year: `MMDD` entries, comma-separated, years `|`-separated. */
  readonly remove: string;
}

/**
 * A country's holidays for a span of years, as plain data: generated from
 * date-holidays plus plazo's cited corrections (see docs/holidays.md).
 * Import one from `plazo/holidays` and pass it as `holidays.country`.
 *
 * @example
 * ```ts
 * import { CL } from "plazo/holidays";
 * CL.from; // first year covered
 * ```
 */
export interface HolidayTable {
  /** ISO 3166-1 alpha-2 code, e.g. `"CL"`. */
  readonly country: string;
  /** The country's name. */
  readonly name: string;
  /** First year covered. */
  readonly from: number;
  /** Last year covered. */
  readonly to: number;
  /** Holiday names, referenced by index from {@link HolidayTable.days}. */
  readonly names: readonly string[];
  /**
   * National days, one `|`-separated group per year from `from` to `to`; each
   * group has comma-separated entries `MMDD` + type letter (p public, b bank,
   * o optional, s school) + base-36 index into `names`.
   */
  readonly days: string;
  /** Subdivisions by code (e.g. `"SP"`), each adding or removing days. */
  readonly subdivisions: Readonly<Record<string, HolidaySubdivision>>;
}

const TYPES: Record<string, HolidayType> = { p: "public", b: "bank", o: "optional", s: "school" };

/** A holiday of one year decoded from a table: month (1-12), day, type, name. */
export interface TableEntry {
  readonly month: number;
  readonly day: number;
  readonly type: HolidayType;
  readonly name: string;
}

function group(packed: string, index: number): string[] {
  const g = packed === "" ? "" : (packed.split("|")[index] ?? "");
  return g === "" ? [] : g.split(",");
}

/** The holidays of `year` in `table` for `subdivision` (or the national ones), in date order. */
export function tableEntries(
  table: HolidayTable,
  subdivision: string | undefined,
  year: number,
): TableEntry[] {
  const i = year - table.from;
  const sub = subdivision === undefined ? undefined : table.subdivisions[subdivision];
  const removed = new Set(sub ? group(sub.remove, i) : []);
  const out: TableEntry[] = [];
  const read = (code: string) => {
    out.push({
      month: Number(code.slice(0, 2)),
      day: Number(code.slice(2, 4)),
      type: TYPES[code[4] as string] as HolidayType,
      name: table.names[Number.parseInt(code.slice(5), 36)] as string,
    });
  };
  for (const code of group(table.days, i)) if (!removed.has(code.slice(0, 4))) read(code);
  if (sub) for (const code of group(sub.add, i)) read(code);
  return out.sort((a, b) => a.month - b.month || a.day - b.day);
}
