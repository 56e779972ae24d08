/**
 * EC: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/EC.md.
 * Código del Trabajo art. 65 as replaced by the Ley Orgánica Reformatoria a la LOSEP y al Código del
 * Trabajo (R.O. S. 906, 20-12-2016; LOSEP Disposición General Cuarta): 1 Jan, Carnaval Monday and Tuesday,
 * Viernes Santo, 1 and 24 May, 10 Aug, 9 Oct, 2 and 3 Nov, 25 Dec. The rest moves: Saturday to the Friday
 * before, Sunday to the Monday after; Tuesday to Monday, Wednesday and Thursday to Friday, except 1 Jan,
 * 25 Dec and Carnaval Tuesday; 2 and 3 Nov move as a pair. In force for Navidad 2016, then every year.
 */
import type { Correction } from "../corrections.js";
import { moved, on, SHIFTS, type Shifts } from "../moves.js";

const LAW = "Código del Trabajo art. 65 (Ley Orgánica Reformatoria, R.O. S. 906, 20-12-2016)";
const MIDWEEK: Shifts = { 2: -1, 3: 2, 4: 1, 6: -1, 0: 1 };
const MIDWEEK_TEXT =
  "Tuesday to Monday, Wednesday/Thursday to Friday, Saturday to Friday, Sunday to Monday";

/** The moved holidays: date-holidays' rule, official name, shifts, first year, how it moves. */
const MOVED: readonly (readonly [string, string, Shifts, number, string])[] = [
  [
    "01-01",
    "Año Nuevo",
    SHIFTS.weekendToNearest,
    2017,
    "not moved midweek; Saturday to 31 December, Sunday to 2 January",
  ],
  ["05-01", "Día del Trabajo", MIDWEEK, 2017, MIDWEEK_TEXT],
  ["05-24", "Batalla de Pichincha", MIDWEEK, 2017, MIDWEEK_TEXT],
  ["08-10", "Primer Grito de Independencia", MIDWEEK, 2017, MIDWEEK_TEXT],
  [
    "11-02",
    "Día de los Difuntos",
    { 3: 2, 6: -1, 0: 2 },
    2017,
    "pair with 3 Nov: Saturday to 1 Nov, Wednesday/Sunday to 4 Nov",
  ],
  [
    "11-03",
    "Independencia de Cuenca",
    { 3: -2, 6: -2, 0: 1 },
    2017,
    "pair with 2 Nov: Wednesday/Saturday to 1 Nov, Sunday to 4 Nov",
  ],
  [
    "12-25",
    "Navidad",
    SHIFTS.weekendToNearest,
    2016,
    "not moved midweek; Saturday to 24, Sunday to 26 (in force for 25-12-2016)",
  ],
];

/** Recoverable suspensions of the working day (public and private sectors). */
const SUSPENSIONS: readonly (readonly [string, string, string])[] = [
  [
    "2021-11-03",
    "Independencia de Cuenca (día de descanso adicional)",
    "Decreto Ejecutivo 222 (16-10-2021)",
  ],
  [
    "2023-02-06",
    "Día posterior a las elecciones seccionales",
    "Decreto Ejecutivo 655 (27-01-2023)",
  ],
  [
    "2024-04-18",
    "Suspensión de jornada por crisis energética",
    "Decreto Ejecutivo 226 (17-04-2024)",
  ],
  [
    "2024-04-19",
    "Suspensión de jornada por crisis energética",
    "Decreto Ejecutivo 226 (17-04-2024)",
  ],
  [
    "2024-10-31",
    "Suspensión de jornada previa al feriado de noviembre",
    "Decreto Ejecutivo 438 (25-10-2024)",
  ],
  ["2025-04-17", "Jueves Santo (suspensión de jornada)", "Decreto Ejecutivo 598 (11-04-2025)"],
];

export const EC: readonly Correction[] = [
  {
    country: "EC",
    op: "remove",
    match: { rule: "easter -3" },
    source: `${LAW} lists Viernes Santo only; Jueves Santo is a working day`,
  },
  {
    country: "EC",
    op: "remove",
    match: { rule: "09-10" },
    source: `${LAW}: Independencia de Guayaquil is 9 October, not 10 September`,
  },
  {
    country: "EC",
    op: "add",
    name: "Independencia de Guayaquil",
    type: "public",
    on: { monthDay: "10-09", to: 2016 },
    source: "Código del Trabajo art. 65 (Codificación 2005): 9 de octubre",
  },
  {
    country: "EC",
    op: "add",
    name: "Independencia de Guayaquil",
    type: "public",
    on: { rule: (y) => [moved(on(y, "10-09"), MIDWEEK)], from: 2017 },
    source: `${LAW}: ${MIDWEEK_TEXT}`,
  },
  ...MOVED.flatMap(([rule, name, shifts, from, how]): Correction[] => [
    {
      country: "EC",
      op: "remove",
      match: { rule },
      years: [from, 9999],
      source: `${LAW}: the rest is moved (added below)`,
    },
    {
      country: "EC",
      op: "add",
      name,
      type: "public",
      on: { rule: (y) => [moved(on(y, rule), shifts)], from },
      source: `${LAW}: ${how}`,
    },
  ]),
  ...(
    [
      ["easter -48", "Carnaval (lunes)"],
      ["easter -47", "Carnaval (martes)"],
      ["05-01", "Día del Trabajo"],
      ["05-24", "Batalla de Pichincha"],
      ["08-10", "Primer Grito de Independencia"],
    ] as const
  ).map(
    ([rule, name]): Correction => ({
      country: "EC",
      op: "rename",
      match: { rule },
      name,
      source: `${LAW}: official name (Ministerio de Turismo calendars)`,
    }),
  ),
  {
    country: "EC",
    op: "add",
    name: "Feriado de Año Nuevo (día adicional)",
    type: "public",
    on: { dates: ["2025-01-02", "2025-01-03"] },
    source:
      "Decreto Ejecutivo 474 (06-12-2024): jornada suspendida, sectores público y privado, no recuperable",
  },
  {
    country: "EC",
    op: "add",
    name: "Independencia de Guayaquil (día adicional)",
    type: "public",
    on: { dates: ["2025-10-09"] },
    source:
      "Decreto Ejecutivo 172 (02-10-2025): jornada suspendida, sectores público y privado, no recuperable",
  },
  {
    country: "EC",
    op: "add",
    name: "Feriado de Año Nuevo (día adicional)",
    type: "public",
    on: { dates: ["2026-01-02"] },
    source:
      "Decreto Ejecutivo 249 (17-12-2025): jornada suspendida, sectores público y privado, no recuperable",
  },
  ...SUSPENSIONS.map(
    ([date, name, decree]): Correction => ({
      country: "EC",
      op: "add",
      name,
      type: "optional",
      on: { dates: [date] },
      source: `${decree}: suspensión de la jornada, sectores público y privado, recuperable`,
    }),
  ),
];
