/**
 * Writes src/holidays/data/*.ts: per-country holiday tables computed from
 * date-holidays (a dev dependency) plus ./corrections.ts.
 *   npm run holidays:generate          (write)
 *   npm run holidays:generate -- --check   (exit 1 when the committed tables differ)
 */
import { readFileSync, writeFileSync } from "node:fs";
import Holidays from "date-holidays";
import { easterDay } from "../../src/holidays/partialDays.js";
import type { HolidayTable, HolidayType } from "../../src/holidays/table.js";
import { type Correction, corrections, type Match, type When } from "./corrections.js";

// date-holidays' answers depend on the process time zone: under TZ=America/Santiago it loses
// holidays that fall on a day whose midnight does not exist (12 Oct 2003 and 2008 in Chile).
// Generate under UTC, always (Node applies a TZ assignment at once).
process.env.TZ = "UTC";

export const COUNTRIES = [
  "AR",
  "BO",
  "BR",
  "CL",
  "CO",
  "CR",
  "DO",
  "EC",
  "GT",
  "HN",
  "MX",
  "NI",
  "PA",
  "PE",
  "PY",
  "SV",
  "UY",
  "VE",
] as const;
export const FROM = 2000;
export const TO = 2075;
const TYPE_RANK: Record<HolidayType, number> = { public: 0, bank: 1, optional: 2, school: 3 };
const TYPE_LETTER: Record<HolidayType, string> = {
  public: "p",
  bank: "b",
  optional: "o",
  school: "s",
};
const DAY = 86_400_000;

export interface Entry {
  date: string;
  name: string;
  type: HolidayType;
}

/** Easter Sunday of `year` as "YYYY-MM-DD" (the library's own computation). */
function easter(year: number): string {
  return iso(easterDay(year) * DAY);
}

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const addDays = (date: string, n: number) => iso(Date.parse(`${date}T00:00:00Z`) + n * DAY);

function datesOf(c: Extract<Correction, { op: "add" }>, year: number): string[] {
  const on = c.on;
  if ("dates" in on) return on.dates.filter((d) => d.startsWith(`${year}-`));
  if ("rule" in on) return ruleDates(on, year);
  if (year < (on.from ?? 0) || year > (on.to ?? 9999)) return [];
  if ("easter" in on) return [addDays(easter(year), on.easter)];
  if (on.every && (year - (on.from ?? 0)) % on.every !== 0) return [];
  return [`${year}-${on.monthDay}`];
}

/** A moving rule's dates that fall in `year`, from the legal dates of the years around it. */
function ruleDates(on: Extract<When, { rule: unknown }>, year: number): string[] {
  const out = new Set<string>();
  for (const y of [year - 1, year, year + 1]) {
    if (y < (on.from ?? FROM - 1) || y > (on.to ?? TO + 1)) continue;
    for (const d of on.rule(y)) if (d.startsWith(`${year}-`)) out.add(d);
  }
  return [...out];
}

const applies = (c: Correction, country: string, sub: string | undefined) =>
  c.country === country && (c.subdivision === undefined || c.subdivision === sub);

function matches(m: Match, h: { rule: string; date: string; name: string }): boolean {
  return (
    (m.rule === undefined || m.rule === h.rule) &&
    (m.date === undefined || m.date === h.date.slice(0, 10)) &&
    (m.name === undefined || m.name === h.name)
  );
}

/** Partial-day holidays left out of the tables (see docs/holidays.md). */
export const partial = new Set<string>();

const instances = new Map<string, Holidays>();
function dh(country: string, sub: string | undefined): Holidays {
  const key = `${country}-${sub ?? ""}`;
  let hd = instances.get(key);
  if (!hd) {
    hd = sub ? new Holidays(country, sub) : new Holidays(country);
    instances.set(key, hd);
  }
  return hd;
}

/** The holidays of one year after corrections: one entry per date. */
export function effective(country: string, sub: string | undefined, year: number): Entry[] {
  const mine = corrections.filter((c) => applies(c, country, sub));
  const out: Entry[] = [];
  for (const h of dh(country, sub).getHolidays(year)) {
    if (h.type === "observance") continue;
    const hours = (h.end.getTime() - h.start.getTime()) / 3_600_000;
    const days = Math.round(hours / 24);
    if (!h.date.endsWith(" 00:00:00") || days === 0 || Math.abs(hours - days * 24) > 1.5) {
      partial.add(`${country}${sub ? `-${sub}` : ""} ${h.rule} ${h.name} (${h.type})`);
      continue;
    }
    if (
      mine.some(
        (c) =>
          c.op === "remove" &&
          matches(c.match, h) &&
          (!c.years || (year >= c.years[0] && year <= c.years[1])),
      )
    ) {
      continue;
    }
    const renamed = mine.find((c) => c.op === "rename" && matches(c.match, h));
    const name = renamed?.op === "rename" ? renamed.name : h.name;
    for (let d = 0; d < days; d++) {
      const date = addDays(h.date.slice(0, 10), d);
      if (date.startsWith(`${year}-`)) out.push({ date, name, type: h.type as HolidayType });
    }
  }
  for (const c of mine) {
    if (c.op !== "add") continue;
    for (const date of datesOf(c, year)) out.push({ date, name: c.name, type: c.type });
  }
  const byDate = new Map<string, Entry>();
  for (const e of out.sort((a, b) => TYPE_RANK[a.type] - TYPE_RANK[b.type])) {
    const seen = byDate.get(e.date);
    if (!seen) byDate.set(e.date, { ...e });
    else if (seen.type === e.type && !seen.name.split(" / ").includes(e.name)) {
      seen.name = `${seen.name} / ${e.name}`;
    }
  }
  return [...byDate.values()].sort((a, b) => a.date.localeCompare(b.date));
}

export function buildTable(country: string): HolidayTable {
  const names: string[] = [];
  const nameIndex = (n: string) => {
    let i = names.indexOf(n);
    if (i < 0) i = names.push(n) - 1;
    return i.toString(36);
  };
  const code = (e: Entry) =>
    `${e.date.slice(5, 7)}${e.date.slice(8, 10)}${TYPE_LETTER[e.type]}${nameIndex(e.name)}`;
  const years: number[] = [];
  for (let y = FROM; y <= TO; y++) years.push(y);
  const national = years.map((y) => effective(country, undefined, y));
  const states = (new Holidays().getStates(country) ?? {}) as Record<string, string>;
  const subdivisions: Record<string, { name: string; add: string; remove: string }> = {};
  for (const [sub, subName] of Object.entries(states)) {
    const add: string[] = [];
    const remove: string[] = [];
    years.forEach((y, i) => {
      const nat = new Map((national[i] ?? []).map((e) => [e.date, e]));
      const own = new Map(effective(country, sub, y).map((e) => [e.date, e]));
      const a: string[] = [];
      const r: string[] = [];
      for (const [date, e] of own) {
        const n = nat.get(date);
        if (n && n.name === e.name && n.type === e.type) continue;
        if (n) r.push(date.slice(5, 7) + date.slice(8, 10));
        a.push(code(e));
      }
      for (const date of nat.keys()) {
        if (!own.has(date)) r.push(date.slice(5, 7) + date.slice(8, 10));
      }
      add.push(a.join(","));
      remove.push(r.join(","));
    });
    subdivisions[sub] = { name: subName, add: pack(add), remove: pack(remove) };
  }
  const countryName = new Holidays().getCountries("en")[country] ?? country;
  return {
    country,
    name: countryName,
    from: FROM,
    to: TO,
    names,
    days: national.map((es) => es.map(code).join(",")).join("|"),
    subdivisions,
  };
}

/** Years joined by `|`; all-empty becomes "". */
function pack(groups: string[]): string {
  return groups.every((g) => g === "") ? "" : groups.join("|");
}

function source(table: HolidayTable): string {
  const subs = Object.keys(table.subdivisions);
  return `// Generated by scripts/holidays/generate.ts: do not edit by hand.
// Source: date-holidays ${pkgVersion()} (code ISC, data CC BY 3.0, https://github.com/commenthol/date-holidays)
// with plazo's corrections (scripts/holidays/corrections.ts, each citing its legal source).
import type { HolidayTable } from "../table.js";

/**
 * ${table.name}: holidays ${table.from}-${table.to}${subs.length ? `, subdivisions ${subs.join(", ")}` : ""}.
 * Types public, bank, optional and school; whole days only (see docs/holidays.md).
 *
 * @example
 * \`\`\`ts
 * import { createCalendar, officeHours } from "plazo/calendar";
 * import { ${table.country} } from "plazo/holidays";
 * const cal = createCalendar({ timeZone: "UTC", hours: officeHours, holidays: { country: ${table.country} } });
 * \`\`\`
 */
export const ${table.country}: HolidayTable = ${JSON.stringify(table)};
`;
}

function pkgVersion(): string {
  return JSON.parse(readFileSync("node_modules/date-holidays/package.json", "utf8")).version;
}

export function render(country: string): string {
  return source(buildTable(country));
}

if (process.argv[1]?.endsWith("generate.ts")) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const c of COUNTRIES) {
    const file = `src/holidays/data/${c}.ts`;
    const text = render(c);
    if (check) {
      let old = "";
      try {
        old = readFileSync(file, "utf8");
      } catch {}
      if (old !== text) {
        console.error(`${file} is out of date`);
        stale++;
      }
    } else {
      writeFileSync(file, text);
    }
  }
  console.error(`partial-day holidays left out:\n  ${[...partial].sort().join("\n  ")}`);
  process.exit(stale ? 1 : 0);
}
