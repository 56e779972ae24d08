/**
 * PY: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/PY.md.
 * Feriados nacionales: Código del Trabajo art. 217, Leyes 1.601/2000 and 4.531/2011 (14 May again from
 * 2012), consolidated by Ley 7.544/2025 (promulgated 3-09-2025), which adds 20 June from 2026 and lets the
 * Executive decree up to three more days a year (art. 4). No law moves a holiday by itself: Ley 1.723/2001
 * and Ley 7.544/2025 only let the Executive move 1 Mar, 12 Jun, 20 Jun and 29 Sep to a Monday by a yearly
 * decree, so the table keeps the legal dates and lists the decreed moves 2020-2026. Banks close on the last
 * working day of December (Decreto 9131 of 23-12-1949).
 */
import type { Correction } from "../corrections.js";
import { moved, on } from "../moves.js";

const L1723 = "Ley 1.723/2001 (traslado al lunes por decreto)";
const L7544 = "Ley 7.544/2025 (feriados móviles, traslado por decreto)";

/** Decreed moves: date-holidays' rule, its date, the observed date, official name, decree. */
const MOVES: readonly (readonly [string, string, string, string, string])[] = [
  [
    "08-15",
    "2017-08-14",
    "2017-08-15",
    "Día de la Fundación de Asunción",
    "Decreto 6382 (2017) revoked the move of Decreto 6292 (17-11-2016)",
  ],
  [
    "06-12",
    "2020-06-15",
    "2020-06-12",
    "Día de la Paz del Chaco",
    "Decreto 3668 (5-06-2020) revoked the move of Decreto 2757 (10-2019)",
  ],
  [
    "09-29",
    "2021-09-29",
    "2021-09-27",
    "Día de la Victoria de Boquerón",
    `Decreto 5958 (09-2021), ${L1723}`,
  ],
  ["03-01", "2022-03-01", "2022-02-28", "Día de los Héroes", `Decreto 6618 (2022), ${L1723}`],
  [
    "09-29",
    "2022-09-29",
    "2022-10-03",
    "Día de la Victoria de Boquerón",
    `Decreto 6618 (2022), ${L1723}`,
  ],
  [
    "06-12",
    "2024-06-12",
    "2024-06-10",
    "Día de la Paz del Chaco",
    `Decreto 390 (25-09-2023), ${L1723}`,
  ],
  [
    "09-29",
    "2024-09-29",
    "2024-09-30",
    "Día de la Victoria de Boquerón",
    `decree of 2024, ${L1723}`,
  ],
  ["06-12", "2025-06-12", "2025-06-16", "Día de la Paz del Chaco", `decree of 2025, ${L1723}`],
  ["03-01", "2026-03-01", "2026-03-02", "Día de los Héroes", `decree of 16-02-2026, ${L7544}`],
];

/** Asuetos decreed for the public administration only (private employers work). */
const ASUETOS: readonly (readonly [string, string, string])[] = [
  ["2024-12-24", "Asueto de Nochebuena", "Decreto 3131 (2024)"],
  ["2024-12-31", "Asueto de fin de año", "Decreto 3131 (2024)"],
  ["2025-04-16", "Asueto de Miércoles Santo", "Decreto 3705 (2025)"],
];

export const PY: readonly Correction[] = [
  ...(
    [
      ["03-01", "Día de los Héroes"],
      ["05-01", "Día de los Trabajadores"],
      ["05-14", "Día de la Independencia Nacional"],
      ["05-15", "Día de la Independencia Nacional"],
      ["08-15", "Día de la Fundación de Asunción"],
      ["09-29", "Día de la Victoria de Boquerón"],
      ["12-08", "Día de la Virgen de Caacupé"],
    ] as const
  ).map(
    ([rule, name]): Correction => ({
      country: "PY",
      op: "rename",
      match: { rule },
      name,
      source: "Ley 7.544/2025 art. 1; official name",
    }),
  ),
  {
    country: "PY",
    op: "remove",
    match: { rule: "05-14" },
    years: [2000, 2010],
    source:
      "Ley 4.531/2011 restablece el 14 de mayo: not a feriado under Ley 8/1990 (2011: Bicentenario)",
  },
  ...MOVES.flatMap(([rule, date, to, name, decree]): Correction[] => [
    {
      country: "PY",
      op: "remove",
      match: { rule, date },
      source: `${decree}: observed on ${to}`,
    },
    {
      country: "PY",
      op: "add",
      name,
      type: "public",
      on: { dates: [to] },
      source: decree,
    },
  ]),
  {
    country: "PY",
    op: "add",
    name: "Día de la Jura de la Constitución Nacional",
    type: "public",
    on: { monthDay: "06-20", from: 2026 },
    source: "Ley 7.544/2025 art. 1 (promulgated 3-09-2025): new feriado nacional, 20 de junio",
  },
  {
    country: "PY",
    op: "add",
    name: "Feriado nacional por la clasificación de la Selección Paraguaya a la Copa Mundial de la FIFA 2026",
    type: "public",
    on: { dates: ["2025-09-05"] },
    source: "Decreto 4522 (4-09-2025), Ley 7.544/2025 art. 4: sectores público y privado",
  },
  {
    country: "PY",
    op: "remove",
    match: { rule: "04-30" },
    source:
      "Día del Maestro is not a feriado (Ley 7.544/2025): an asueto of the MEC school calendar",
  },
  {
    country: "PY",
    op: "add",
    name: "Día del Maestro",
    type: "school",
    on: { monthDay: "04-30" },
    source: "MEC calendario escolar: asueto for teachers, no classes (a school holiday)",
  },
  {
    country: "PY",
    op: "remove",
    match: { rule: "12-31" },
    source:
      "Decreto 9131 (23-12-1949): the bank holiday is the last working day of December (added below)",
  },
  {
    country: "PY",
    op: "add",
    name: "Feriado bancario",
    type: "bank",
    on: { rule: (y) => [moved(on(y, "12-31"), { 6: -1, 0: -2 })] },
    source:
      'Decreto 9131 (23-12-1949) art. 1: "feriado bancario el último día hábil del mes de diciembre"',
  },
  ...ASUETOS.map(
    ([date, name, decree]): Correction => ({
      country: "PY",
      op: "add",
      name,
      type: "optional",
      on: { dates: [date] },
      source: `${decree}: asueto for the public administration only; not binding on private employers`,
    }),
  ),
];
