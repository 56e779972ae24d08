/**
 * Partial-day holidays as plain data a host opts into: Brazil's Ash Wednesday
 * and 24/31 December, Argentina's 24/31 December. The holiday tables hold
 * whole days only; these rules turn into `CalendarException`s, cut down to
 * the host's own working hours, that the host passes as `exceptions` to
 * `createCalendar`. Nothing here changes a calendar unless the host adds it.
 *
 * Law versus convention, per rule, is in each rule's `basis`, `scope` and
 * `hours[].source`; docs/holidays.md ("Partial-day holidays") sums it up.
 */

import type { TimeRange } from "../calendar/hours.js";
import { parseRanges } from "../calendar/hours.js";
import type { LocalDate } from "../calendar/localDate.js";
import { DAY_MS, formatDay, weekdayOf } from "../calendar/localDate.js";
import { parseCalendarOptions } from "../calendar/options.js";
import type { CalendarException, CalendarOptions } from "../calendar/types.js";
import { describe, frozen } from "../check.js";
import { InvalidArgumentError, OutOfRangeError } from "../errors.js";
import { tableEntries } from "./table.js";

/**
 * The date a {@link PartialDayRule} falls on each year: days from Easter
 * Sunday (Gregorian computus; Ash Wednesday is `-46`), or a fixed month and day.
 *
 * @example
 * ```ts
 * const ashWednesday: PartialDayDate = { easter: -46 };
 * const christmasEve: PartialDayDate = { month: 12, day: 24 };
 * ```
 */
export type PartialDayDate =
  | { readonly easter: number }
  | { readonly month: number; readonly day: number };

/**
 * The hours a partial day can be open, from a year on, with where they come from.
 *
 * @example
 * ```ts
 * const since2025: PartialDayHours = { from: 2025, open: ["00:00-13:00"], source: "Portaria MGI nº 9.783/2024" };
 * ```
 */
export interface PartialDayHours {
  /** First year these hours apply; omitted on the first entry: every earlier year. */
  readonly from?: number;
  /** Local wall-time ranges the day can be open, e.g. `["14:00-24:00"]`; `[]` closes it. */
  readonly open: readonly TimeRange[];
  /** The act, notice or practice these hours come from. */
  readonly source: string;
}

/**
 * One partial-day holiday, as data: which date, which part of the day can be
 * open, and on what basis. plazo ships {@link BR_PARTIAL_DAYS},
 * {@link BR_BANK_PARTIAL_DAYS} and {@link AR_PARTIAL_DAYS}; a host may write
 * its own (a city's half day, a company's rule) in the same shape.
 *
 * @example
 * ```ts
 * const rule: PartialDayRule = {
 *   id: "acme-christmas-eve",
 *   country: "CL",
 *   name: "Nochebuena (Acme)",
 *   on: { month: 12, day: 24 },
 *   hours: [{ open: ["00:00-13:00"], source: "Acme internal policy" }],
 *   basis: "convention",
 *   scope: "Acme employees",
 *   verified: [],
 * };
 * ```
 */
export interface PartialDayRule {
  /** A stable identifier, e.g. `"BR-quarta-feira-de-cinzas"`. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 code of the country it belongs to. */
  readonly country: string;
  /** The day's name, used as the exception's name. */
  readonly name: string;
  /** When it falls each year. */
  readonly on: PartialDayDate;
  /** Hours per span of years, by ascending `from`; a year uses the last entry that started by then. */
  readonly hours: readonly PartialDayHours[];
  /**
   * `"official"`: an official act sets these hours (for those it binds, see
   * `scope`); `"convention"`: a practice or an industry notice, no law.
   */
  readonly basis: "official" | "convention";
  /** Whom it binds or describes. */
  readonly scope: string;
  /**
   * Years whose act was read (a published copy of it, or press quoting it)
   * and says these hours. Any other year is `assumed` in {@link partialDays}:
   * the hours are carried over from the nearest entry, not confirmed.
   */
  readonly verified: readonly number[];
}

/**
 * One occurrence of a {@link PartialDayRule}: what {@link partialDays} lists.
 *
 * @example
 * ```ts
 * // { date: "2026-02-18", name: "Quarta-feira de Cinzas", open: ["14:00-24:00"],
 * //   rule: "BR-quarta-feira-de-cinzas", basis: "official", source: "…", assumed: false }
 * partialDays(BR_PARTIAL_DAYS, { from: 2026, to: 2026 })[0];
 * ```
 */
export interface PartialDay {
  readonly date: LocalDate;
  readonly name: string;
  /** The local wall-time ranges the day can be open. */
  readonly open: readonly TimeRange[];
  /** The rule's `id`. */
  readonly rule: string;
  readonly basis: "official" | "convention";
  readonly source: string;
  /** `true` when no act read for this year confirms the hours (see {@link PartialDayRule.verified}). */
  readonly assumed: boolean;
}

/**
 * Years to list or build exceptions for, both included.
 *
 * @example
 * ```ts
 * const years: PartialDayYears = { from: 2025, to: 2027 };
 * ```
 */
export interface PartialDayYears {
  readonly from: number;
  readonly to: number;
}

// Brazil. A "ponto facultativo" is set each year by a Portaria of the ministry
// in charge of the federal civil service (Ministério do Planejamento until 2018,
// Ministério da Economia 2019-2022, Ministério da Gestão e da Inovação em
// Serviços Públicos, MGI, since 2023). It binds the federal executive's
// "órgãos e entidades da administração pública federal direta, autárquica e
// fundacional" only; it is not a holiday, and private employers work as usual
// unless they choose otherwise. Acts read, each listing the day and its hours:
//   2016 Portaria MP (DOU Dec 2015): Cinzas "até as 14 horas"
//   2018 Portaria MPDG nº 350/2018, amending nº 468/2017: 24 and 31 Dec "após às 14 horas"
//   2019 Portaria MP (DOU 28 Dec 2018): Cinzas "até 14h"
//   2021 Portaria ME nº 430/2020: Cinzas "até as 14 horas"; 24 and 31 Dec "após às 14 horas"
//   2024 Portaria MGI nº 8.617/2023: the same three
//   2025 Portaria MGI nº 9.783/2024: Cinzas until 14:00; 24 and 31 Dec "após as 13 horas"
//   2026 Portaria MGI nº 11.460/2025: Cinzas until 14:00; 24 and 31 Dec after 13:00
// 2015's Portaria MP nº 15/2015 also has 31 Dec "após as 14h".
const MGI =
  "yearly Portaria listing the federal pontos facultativos (Ministério da Gestão e da Inovação em Serviços Públicos since 2023)";
const BR_SCOPE =
  "Federal executive public service (administração pública federal direta, autárquica e fundacional), essential services excepted. Not a holiday: no law gives private employers the time off; they follow it only if they choose to.";
const BR_EVE_HOURS: readonly PartialDayHours[] = [
  {
    open: ["00:00-14:00"],
    source: `${MGI}: "ponto facultativo após as 14 horas", e.g. Portaria MPDG nº 350/2018 (2018), Portaria ME nº 430/2020 (2021), Portaria MGI nº 8.617/2023 (2024)`,
  },
  {
    from: 2025,
    open: ["00:00-13:00"],
    source: `${MGI}: "ponto facultativo após as 13 horas", Portaria MGI nº 9.783/2024 (2025) and Portaria MGI nº 11.460/2025 (2026)`,
  },
];

/**
 * Brazil's federal partial days: Quarta-feira de Cinzas open from 14:00,
 * 24 and 31 December open until 14:00 (until 13:00 from 2025). They are
 * "pontos facultativos" of the federal executive set each year by a Portaria
 * of the Ministério da Gestão e da Inovação em Serviços Públicos (e.g.
 * Portaria MGI nº 9.783/2024 for 2025, nº 11.460/2025 for 2026), not
 * holidays: they bind federal public services, and private employers only by
 * choice. Years after the last Portaria read repeat its hours and are marked
 * `assumed` by {@link partialDays}.
 *
 * @example
 * ```ts
 * import { BR, BR_PARTIAL_DAYS, partialDayExceptions } from "plazo/holidays";
 * const options = { timeZone: "America/Sao_Paulo", hours: officeHours, holidays: { country: BR } };
 * const cal = createCalendar({ ...options, exceptions: partialDayExceptions(BR_PARTIAL_DAYS, options, { from: 2025, to: 2027 }) });
 * cal.isOpen(new Date("2026-02-18T13:00:00Z")); // false: 10:00 on Ash Wednesday
 * ```
 */
export const BR_PARTIAL_DAYS: readonly PartialDayRule[] = /* @__PURE__ */ frozen([
  {
    id: "BR-quarta-feira-de-cinzas",
    country: "BR",
    name: "Quarta-feira de Cinzas",
    on: { easter: -46 },
    hours: [
      {
        open: ["14:00-24:00"],
        source: `${MGI}: "quarta-feira de Cinzas (ponto facultativo até as 14 horas)", e.g. Portaria ME nº 430/2020 (2021), Portaria MGI nº 8.617/2023 (2024), nº 9.783/2024 (2025), nº 11.460/2025 (2026)`,
      },
    ],
    basis: "official",
    scope: BR_SCOPE,
    verified: [2016, 2019, 2021, 2024, 2025, 2026],
  },
  {
    id: "BR-vespera-de-natal",
    country: "BR",
    name: "Véspera de Natal",
    on: { month: 12, day: 24 },
    hours: BR_EVE_HOURS,
    basis: "official",
    scope: BR_SCOPE,
    verified: [2018, 2021, 2024, 2025, 2026],
  },
  {
    id: "BR-vespera-de-ano-novo",
    country: "BR",
    name: "Véspera de Ano Novo",
    on: { month: 12, day: 31 },
    hours: BR_EVE_HOURS,
    basis: "official",
    scope: BR_SCOPE,
    verified: [2015, 2018, 2021, 2024, 2025, 2026],
  },
]);

/**
 * Brazil's bank branches on Quarta-feira de Cinzas: open from 12:00 local
 * time, closing at their usual hour. This is FEBRABAN's (the banks'
 * federation) yearly notice, a convention, not a regulation; Carnival Monday
 * and Tuesday themselves are not business days for banks (the `bank` days of
 * the `BR` table). FEBRABAN's notice also has branches that normally
 * close before 15:00 open earlier, to give at least three hours: that is not
 * expressible here. Use it instead of the federal Ash Wednesday rule, not with
 * it (on the same date rules intersect, leaving 14:00).
 *
 * @example
 * ```ts
 * partialDayExceptions(BR_BANK_PARTIAL_DAYS, { timeZone: "America/Sao_Paulo", hours: officeHours }, { from: 2026, to: 2026 });
 * // [{ date: "2026-02-18", hours: ["12:00-18:00"], name: "Quarta-feira de Cinzas (bancos)" }]
 * ```
 */
export const BR_BANK_PARTIAL_DAYS: readonly PartialDayRule[] = /* @__PURE__ */ frozen([
  {
    id: "BR-bancos-quarta-feira-de-cinzas",
    country: "BR",
    name: "Quarta-feira de Cinzas (bancos)",
    on: { easter: -46 },
    hours: [
      {
        open: ["12:00-24:00"],
        source:
          "FEBRABAN's yearly Carnival notice (e.g. 2020, 2022, 2023, 2024, 2025 as reported by the press): branches open at 12:00 local time on Ash Wednesday, close at the usual hour",
      },
    ],
    basis: "convention",
    scope:
      "Bank branches (public service hours), by FEBRABAN's notice; not binding on other employers.",
    verified: [],
  },
]);

const AR_SOURCE =
  "No law: Ley 27.399 makes 25 December and 1 January feriados inamovibles and 24 and 31 December neither feriados nor días no laborables. Closing at 12:00 is a common employers' practice (date-holidays lists it as an optional half day). The national public administration had the whole day off by decree in some years (asueto: Decreto 1108/2024, Decreto 883/2025), banks excluded; add those as holidays.dates if you follow them.";

/**
 * Argentina's 24 and 31 December (Nochebuena, Fin de Año) open until 12:00.
 * A convention, not law: Ley 27.399 makes neither day a feriado or a día no
 * laborable. Many employers close at noon; the national public
 * administration has had the whole day as "asueto" by decree in some years
 * (Decreto 1108/2024, Decreto 883/2025), banks excluded, and that is a whole
 * day a host adds with `holidays.dates`, not this rule.
 *
 * @example
 * ```ts
 * partialDays(AR_PARTIAL_DAYS, { from: 2025, to: 2025 }).map((d) => `${d.date} ${d.open}`);
 * // ["2025-12-24 00:00-12:00", "2025-12-31 00:00-12:00"]
 * ```
 */
export const AR_PARTIAL_DAYS: readonly PartialDayRule[] = /* @__PURE__ */ frozen([
  {
    id: "AR-nochebuena",
    country: "AR",
    name: "Nochebuena",
    on: { month: 12, day: 24 },
    hours: [{ open: ["00:00-12:00"], source: AR_SOURCE }],
    basis: "convention",
    scope: "Employers who close at noon by their own choice or agreement; no law requires it.",
    verified: [],
  },
  {
    id: "AR-fin-de-ano",
    country: "AR",
    name: "Fin de Año",
    on: { month: 12, day: 31 },
    hours: [{ open: ["00:00-12:00"], source: AR_SOURCE }],
    basis: "convention",
    scope: "Employers who close at noon by their own choice or agreement; no law requires it.",
    verified: [],
  },
]);

/** Years the date arithmetic answers for: the Gregorian calendar, four-digit years. */
const MIN_YEAR = 1583;
const MAX_YEAR = 9999;

/**
 * Day number (days since 1970-01-01) of Easter Sunday of `year`: the anonymous
 * Gregorian algorithm (Meeus/Jones/Butcher); the table generator uses it too.
 */
export function easterDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const isYear = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR;

/** A rule once checked: its day per year and its minute ranges per span. */
interface CheckedRule {
  readonly rule: PartialDayRule;
  readonly dayOf: (year: number) => number | undefined;
  /** `[from, minute pairs, source]`, by ascending from. */
  readonly spans: readonly (readonly [number, number[], string])[];
  readonly verified: ReadonlySet<number>;
}

function checkDate(on: unknown, path: string): (year: number) => number | undefined {
  if (isRecord(on) && "easter" in on) {
    const n = on.easter;
    if (typeof n !== "number" || !Number.isInteger(n) || Math.abs(n) > 300) {
      throw new InvalidArgumentError(
        `${path}.easter`,
        `expected whole days from Easter Sunday (-300 to 300), got ${describe(n)}`,
      );
    }
    return (year) => {
      const day = easterDay(year) + n;
      return new Date(day * DAY_MS).getUTCFullYear() === year ? day : undefined;
    };
  }
  if (isRecord(on) && "month" in on) {
    const { month, day } = on;
    const ok =
      Number.isInteger(month) &&
      Number.isInteger(day) &&
      (month as number) >= 1 &&
      (month as number) <= 12 &&
      (day as number) >= 1 &&
      (day as number) <= 31;
    const probe = ok ? new Date(Date.UTC(2000, (month as number) - 1, day as number)) : undefined;
    if (!probe || probe.getUTCDate() !== day) {
      throw new InvalidArgumentError(
        path,
        `expected a month and day that exist, got ${describe(on)}`,
      );
    }
    return (year) => {
      const ms = Date.UTC(year, (month as number) - 1, day as number);
      // 29 February falls only in leap years.
      return new Date(ms).getUTCDate() === day ? ms / DAY_MS : undefined;
    };
  }
  throw new InvalidArgumentError(
    path,
    `expected { easter } or { month, day }, got ${describe(on)}`,
  );
}

function checkRules(rules: unknown): CheckedRule[] {
  if (!Array.isArray(rules)) {
    throw new InvalidArgumentError(
      "rules",
      `expected a list of partial-day rules such as BR_PARTIAL_DAYS, got ${describe(rules)}`,
    );
  }
  return rules.map((rule: unknown, i) => {
    const path = `rules[${i}]`;
    if (!isRecord(rule)) {
      throw new InvalidArgumentError(path, `expected a partial-day rule, got ${describe(rule)}`);
    }
    for (const key of ["id", "name"] as const) {
      if (typeof rule[key] !== "string" || rule[key] === "") {
        throw new InvalidArgumentError(
          `${path}.${key}`,
          `expected a non-empty string, got ${describe(rule[key])}`,
        );
      }
    }
    if (rule.basis !== "official" && rule.basis !== "convention") {
      throw new InvalidArgumentError(
        `${path}.basis`,
        `expected "official" or "convention", got ${describe(rule.basis)}`,
      );
    }
    const dayOf = checkDate(rule.on, `${path}.on`);
    const hours = rule.hours;
    if (!Array.isArray(hours) || hours.length === 0) {
      throw new InvalidArgumentError(
        `${path}.hours`,
        `expected a non-empty list of { from?, open, source }, got ${describe(hours)}`,
      );
    }
    const spans = hours.map((h: unknown, j): readonly [number, number[], string] => {
      const at = `${path}.hours[${j}]`;
      if (!isRecord(h))
        throw new InvalidArgumentError(at, `expected { from?, open, source }, got ${describe(h)}`);
      const from = h.from ?? (j === 0 ? MIN_YEAR : undefined);
      if (!isYear(from)) {
        throw new InvalidArgumentError(
          `${at}.from`,
          `expected a year ${MIN_YEAR}-${MAX_YEAR}${j === 0 ? "" : " (only the first entry may omit it)"}, got ${describe(h.from)}`,
        );
      }
      if (typeof h.source !== "string" || h.source === "") {
        throw new InvalidArgumentError(
          `${at}.source`,
          `expected a non-empty string, got ${describe(h.source)}`,
        );
      }
      return [from, parseRanges(h.open, `${at}.open`), h.source];
    });
    spans.forEach(([from], j) => {
      const before = spans[j - 1];
      if (before && from <= before[0]) {
        throw new InvalidArgumentError(
          `${path}.hours[${j}].from`,
          "expected years in ascending order",
        );
      }
    });
    const verified = rule.verified;
    if (!Array.isArray(verified) || !verified.every(isYear)) {
      throw new InvalidArgumentError(
        `${path}.verified`,
        `expected a list of years, got ${describe(verified)}`,
      );
    }
    return { rule: rule as unknown as PartialDayRule, dayOf, spans, verified: new Set(verified) };
  });
}

function checkYears(years: unknown, lo = MIN_YEAR, hi = MAX_YEAR, why = ""): PartialDayYears {
  if (!isRecord(years) || !Number.isInteger(years.from) || !Number.isInteger(years.to)) {
    throw new InvalidArgumentError(
      "years",
      `expected { from, to } with whole years, got ${describe(years)}`,
    );
  }
  const { from, to } = years as { from: number; to: number };
  if (from > to) {
    throw new InvalidArgumentError("years", `from (${from}) is after to (${to})`);
  }
  for (const key of ["from", "to"] as const) {
    if ((years[key] as number) < lo || (years[key] as number) > hi) {
      throw new OutOfRangeError(
        `years.${key}`,
        `${years[key] as number} is outside ${lo}-${hi}${why}`,
      );
    }
  }
  return { from, to };
}

/** The span of `c` in force in `year`, or undefined before its first `from`. */
function spanOf(c: CheckedRule, year: number): readonly [number, number[], string] | undefined {
  let found: readonly [number, number[], string] | undefined;
  for (const s of c.spans) if (s[0] <= year) found = s;
  return found;
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** `["09:00-13:00", …]` of minute pairs. */
function formatRanges(pairs: readonly number[]): TimeRange[] {
  const out: TimeRange[] = [];
  for (let k = 0; k < pairs.length; k += 2) {
    out.push(`${hhmm(pairs[k] as number)}-${hhmm(pairs[k + 1] as number)}`);
  }
  return out;
}

/** The intersection of two sorted, non-overlapping minute-pair lists. */
function intersect(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i] as number, b[j] as number);
    const end = Math.min(a[i + 1] as number, b[j + 1] as number);
    if (start < end) {
      if (out.length > 0 && out[out.length - 1] === start) out[out.length - 1] = end;
      else out.push(start, end);
    }
    if ((a[i + 1] as number) < (b[j + 1] as number)) i += 2;
    else j += 2;
  }
  return out;
}

const sameRanges = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((m, k) => m === b[k]);

/** One occurrence before formatting: day number, checked rule, its span. */
interface Occurrence {
  readonly day: number;
  readonly year: number;
  readonly c: CheckedRule;
  readonly span: readonly [number, number[], string];
}

function occurrences(checked: readonly CheckedRule[], years: PartialDayYears): Occurrence[] {
  const out: Occurrence[] = [];
  for (let year = years.from; year <= years.to; year++) {
    for (const c of checked) {
      const day = c.dayOf(year);
      const span = spanOf(c, year);
      if (day !== undefined && span) out.push({ day, year, c, span });
    }
  }
  // Stable: rules on the same date keep the order they were given in.
  return out.sort((x, y) => x.day - y.day);
}

/**
 * Every occurrence of `rules` in `years`, in date order, as plain data: the
 * date, the hours the day can be open, the rule and its source, and whether
 * the hours are `assumed` (no act read for that year). Nothing is cut to any
 * host's hours: this is what to look at before opting in. Pure; throws
 * `InvalidArgumentError` for a malformed rule or year span.
 *
 * @example
 * ```ts
 * import { BR_PARTIAL_DAYS, partialDays } from "plazo/holidays";
 * for (const d of partialDays(BR_PARTIAL_DAYS, { from: 2025, to: 2027 })) {
 *   console.log(d.date, d.name, d.open.join(" "), d.assumed ? "(assumed)" : "");
 * }
 * // 2025-03-05 Quarta-feira de Cinzas 14:00-24:00
 * // 2025-12-24 Véspera de Natal 00:00-13:00 …
 * ```
 */
export function partialDays(
  rules: readonly PartialDayRule[],
  years: PartialDayYears,
): PartialDay[] {
  const checked = checkRules(rules);
  return occurrences(checked, checkYears(years)).map(({ day, year, c, span }) => ({
    date: formatDay(day),
    name: c.rule.name,
    open: formatRanges(span[1]),
    rule: c.rule.id,
    basis: c.rule.basis,
    source: span[2],
    assumed: !c.verified.has(year),
  }));
}

/**
 * The `exceptions` that apply `rules` to a calendar built with `options`,
 * for `years`: on each date a rule falls, the day's weekly hours cut down to
 * the hours the rule leaves open. An office open 09:00-18:00 gets
 * `["14:00-18:00"]` on Ash Wednesday and `["09:00-13:00"]` on 24 December
 * 2025 in Brazil. A date gets no exception when nothing would change: the
 * weekday is closed, a holiday of `options.holidays` (its chosen types, or
 * `dates`) closes it, `options.exceptions` already has that date (yours
 * win), or the hours are already inside the rule's. Several rules on one
 * date intersect, their names joined by " / ". So the result never opens
 * time the calendar did not have, never repeats a date of
 * `options.exceptions`, and can be appended to them:
 * `exceptions: [...own, ...partialDayExceptions(rules, options, years)]`.
 *
 * The hours are local wall time of the calendar's zone. Pure; checks
 * `options` as `createCalendar` does, and refuses years outside the holiday
 * table's with `OutOfRangeError`.
 *
 * @example
 * ```ts
 * import { type CalendarOptions, createCalendar, officeHours } from "plazo/calendar";
 * import { BR, BR_PARTIAL_DAYS, partialDayExceptions } from "plazo/holidays";
 *
 * const options: CalendarOptions = { timeZone: "America/Sao_Paulo", hours: officeHours, holidays: { country: BR, types: ["public", "bank"] } };
 * const exceptions = partialDayExceptions(BR_PARTIAL_DAYS, options, { from: 2025, to: 2027 });
 * // [{ date: "2025-03-05", hours: ["14:00-18:00"], name: "Quarta-feira de Cinzas" }, …]
 * const cal = createCalendar({ ...options, exceptions });
 * ```
 */
export function partialDayExceptions(
  rules: readonly PartialDayRule[],
  options: CalendarOptions,
  years: PartialDayYears,
): CalendarException[] {
  const checked = checkRules(rules);
  const def = parseCalendarOptions(options);
  const { table } = def;
  const span = table
    ? checkYears(years, table.from, table.to, ` (the years of the ${table.country} holiday table)`)
    : checkYears(years);
  const closedByHoliday = new Set<number>(def.customByDay.keys());
  if (table) {
    for (let year = span.from; year <= span.to; year++) {
      for (const e of tableEntries(table, def.subdivision, year)) {
        if (def.types.has(e.type)) closedByHoliday.add(Date.UTC(year, e.month - 1, e.day) / DAY_MS);
      }
    }
  }
  const byDay = new Map<number, { open: number[]; names: string[] }>();
  for (const { day, c, span: s } of occurrences(checked, span)) {
    const seen = byDay.get(day);
    if (!seen) byDay.set(day, { open: s[1], names: [c.rule.name] });
    else {
      seen.open = intersect(seen.open, s[1]);
      if (!seen.names.includes(c.rule.name)) seen.names.push(c.rule.name);
    }
  }
  const out: CalendarException[] = [];
  for (const [day, { open, names }] of byDay) {
    if (def.exceptions.has(day) || closedByHoliday.has(day)) continue;
    const weekly = def.weekly[weekdayOf(day)] ?? [];
    if (weekly.length === 0) continue;
    const cut = intersect(weekly, open);
    if (sameRanges(cut, weekly)) continue;
    out.push({ date: formatDay(day), hours: formatRanges(cut), name: names.join(" / ") });
  }
  return out;
}
