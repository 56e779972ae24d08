/**
 * plazo's corrections to date-holidays 3.37.0 for the countries it ships
 * tables for. Each entry cites its legal source. The generator
 * (`npm run holidays:generate`) applies them; test/holidays checks the
 * resulting tables against independently established official calendars.
 * docs/holidays.md lists them for users.
 */
import type { HolidayType } from "../../src/holidays/table.js";
import { BO } from "./corrections/BO.js";
import { CR } from "./corrections/CR.js";
import { DO } from "./corrections/DO.js";
import { EC } from "./corrections/EC.js";
import { GT } from "./corrections/GT.js";
import { HN } from "./corrections/HN.js";
import { NI } from "./corrections/NI.js";
import { PA } from "./corrections/PA.js";
import { PY } from "./corrections/PY.js";
import { SV } from "./corrections/SV.js";
import { UY } from "./corrections/UY.js";
import { VE } from "./corrections/VE.js";

/** Which date-holidays entries a remove/rename applies to: every given key must match. */
export interface Match {
  /** date-holidays' rule string, exactly. */
  readonly rule?: string;
  /** Local date `YYYY-MM-DD`. */
  readonly date?: string;
  /** Holiday name, exactly (date-holidays' default language). */
  readonly name?: string;
}

/** When an added holiday falls. */
export type When =
  | { readonly dates: readonly string[] }
  | { readonly easter: number; readonly from?: number; readonly to?: number }
  | {
      readonly monthDay: string;
      readonly from?: number;
      readonly to?: number;
      readonly every?: number;
    }
  | {
      /**
       * A moving rule: the observed dates the law gives for `year` (see ./moves.ts). The
       * generator also asks for the years before and after, so a rule may return a date in
       * another year (Ecuador rests a Saturday 1 January on the Friday before, 31 December).
       */
      readonly rule: (year: number) => readonly string[];
      readonly from?: number;
      readonly to?: number;
    };

interface Base {
  readonly country: string;
  /** Omitted: the national set and every subdivision; a code: that subdivision only. */
  readonly subdivision?: string;
  /** The legal source (law, article, decree) that makes this right. */
  readonly source: string;
}

export type Correction =
  | (Base & {
      readonly op: "add";
      readonly name: string;
      readonly type: HolidayType;
      readonly on: When;
    })
  | (Base & {
      readonly op: "remove";
      readonly match: Match;
      readonly years?: readonly [number, number];
    })
  | (Base & { readonly op: "rename"; readonly match: Match; readonly name: string });

export const corrections: readonly Correction[] = [
  // Chile
  {
    country: "CL",
    op: "add",
    name: "Sábado Santo",
    type: "public",
    on: { easter: -1 },
    source: 'Ley 2.977 art. 1 ("Viernes y Sábado Santos"); missing in date-holidays',
  },
  {
    country: "CL",
    op: "remove",
    match: { rule: "easter" },
    source: "Ley 2.977 art. 1 lists no Easter Sunday holiday (it is a Sunday)",
  },
  ...(
    [
      ["2020-10-25", "Plebiscito Nacional"],
      [
        "2021-05-15",
        "Elecciones de convencionales constituyentes, gobernadores, alcaldes y concejales (día 1)",
      ],
      [
        "2021-05-16",
        "Elecciones de convencionales constituyentes, gobernadores, alcaldes y concejales (día 2)",
      ],
      ["2021-11-21", "Elecciones presidencial y parlamentarias"],
      ["2021-12-19", "Segunda vuelta presidencial"],
      ["2022-09-04", "Plebiscito constitucional"],
      ["2023-05-07", "Elección de consejeros constitucionales"],
      ["2023-12-17", "Plebiscito constitucional"],
      ["2024-10-27", "Elecciones municipales y regionales"],
      ["2025-11-16", "Elecciones presidencial y parlamentarias"],
      ["2025-12-14", "Segunda vuelta presidencial"],
    ] as const
  ).map(
    ([date, name]): Correction => ({
      country: "CL",
      op: "add",
      name,
      type: "public",
      on: { dates: [date] },
      source:
        "Ley 18.700 art. 169 (DFL 2/2017 art. 180): election days are feriados legales; 2021-05-15/16 two-day vote, Ley 21.324",
    }),
  ),
  {
    country: "CL",
    op: "add",
    name: "Elecciones primarias presidenciales",
    type: "public",
    on: { dates: ["2021-07-18", "2025-06-29"] },
    source: "Ley 20.640 arts. 4 y 6 with Ley 18.700 art. 169 (primaries are feriados legales)",
  },
  // Mexico
  {
    country: "MX",
    op: "remove",
    match: { rule: "12-01 every 6 years since 1934" },
    years: [2024, 9999],
    source: "LFT art. 74 fr. VII as amended (DOF 30-09-2024): the transmission is on 1 October",
  },
  {
    country: "MX",
    op: "add",
    name: "Transmisión del Poder Ejecutivo Federal",
    type: "public",
    on: { monthDay: "10-01", from: 2024, every: 6 },
    source: "LFT art. 74 fr. VII (DOF 30-09-2024); CPEUM art. 83",
  },
  // Brazil
  {
    country: "BR",
    op: "add",
    name: "Dia da Consciência Negra", // date-holidays' name, so the national entry is not doubled
    type: "public",
    on: { monthDay: "11-20", from: 2024 },
    source:
      "Lei 14.759/2023 (national since 2024); date-holidays drops it in states whose own 20 Nov rule ends in 2023 (SP, RJ, AM, MT)",
  },
  {
    country: "BR",
    op: "remove",
    match: { name: "Dia de Eleição" },
    source:
      "Election Sundays are not holidays under Lei 662/1949 as amended by Lei 10.607/2002 (TST practice); the 2020 dates were also wrong (EC 107/2020 moved them to 15 and 29 Nov)",
  },
  {
    country: "BR",
    subdivision: "SP",
    op: "remove",
    match: { date: "2020-07-09" },
    source: "Lei estadual SP 17.264/2020 moved the 2020 holiday to 25 May",
  },
  {
    country: "BR",
    subdivision: "SP",
    op: "add",
    name: "Revolução Constitucionalista de 1932 (antecipado)",
    type: "public",
    on: { dates: ["2020-05-25"] },
    source: "Lei estadual SP 17.264/2020",
  },
  {
    country: "BR",
    subdivision: "RJ",
    op: "remove",
    match: { date: "2021-04-23" },
    source: "Lei estadual RJ 9.224/2021 art. 2 brought São Jorge 2021 forward to 30 March",
  },
  {
    country: "BR",
    subdivision: "RJ",
    op: "add",
    name: "Feriado estadual (Lei RJ 9.224/2021)",
    type: "public",
    on: { dates: ["2021-03-26", "2021-03-29", "2021-03-30", "2021-03-31", "2021-04-01"] },
    source:
      "Lei estadual RJ 9.224/2021 arts. 1 and 2 (COVID-19 holidays, Tiradentes and São Jorge brought forward)",
  },
  // Colombia
  {
    country: "CO",
    op: "remove",
    match: { rule: "easter" },
    source: "Ley 51 de 1983 art. 1 (CST art. 177) lists no Easter Sunday holiday",
  },
  {
    country: "CO",
    op: "rename",
    match: { rule: "easter 43" },
    name: "Ascensión del Señor",
    source: "Ley 51 de 1983 art. 1 (date-holidays calls it La Asunción)",
  },
  // Peru
  {
    country: "PE",
    op: "remove",
    match: { rule: "easter" },
    source: "D. Leg. 713 art. 6 lists only Jueves and Viernes Santo among the Easter days",
  },
  // Argentina
  {
    country: "AR",
    op: "remove",
    match: {
      date: "2022-06-20",
      rule: "06-17 if tuesday,wednesday then previous monday if thursday,friday then next monday",
    },
    source:
      "Decreto 789/2021 (2022 calendar) kept Güemes on Friday 17 June: 20 June was already Belgrano",
  },
  {
    country: "AR",
    op: "add",
    name: "Paso a la Inmortalidad del General Don Martín Miguel de Güemes",
    type: "public",
    on: { dates: ["2022-06-17"] },
    source: "Ley 27.399 art. 6; Decreto 789/2021",
  },
  {
    country: "AR",
    op: "remove",
    match: { date: "2025-10-12" },
    source: "Decreto 614/2025 art. 1 and Resolución JGM 139/2025 moved it to Friday 10 October",
  },
  {
    country: "AR",
    op: "add",
    name: "Día del Respeto a la Diversidad Cultural",
    type: "public",
    on: { dates: ["2025-10-10"] },
    source: "Decreto 614/2025 art. 1; Resolución JGM 139/2025",
  },
  // Issue 16: one file per country in ./corrections, moving rules from ./moves.ts
  ...BO,
  ...CR,
  ...DO,
  ...EC,
  ...GT,
  ...HN,
  ...NI,
  ...PA,
  ...PY,
  ...SV,
  ...UY,
  ...VE,
];
