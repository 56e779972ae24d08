/**
 * GT: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/GT.md.
 * Código de Trabajo (Decreto 1441) art. 127 lists the asuetos; 24 and 31 Dec are half days (left out
 * of the tables). Decreto 42-2010 art. 2 (since 2011) moved 30 June (Tuesday to Monday before,
 * Wednesday/Thursday to Friday after: date-holidays' rule); Decreto 19-2018 (since 2019): Tuesday or
 * Wednesday to the Monday before, Thursday to Sunday to the Monday after, for 1 May, 30 June and
 * 20 Oct; the Corte de Constitucionalidad (16-04-2020) left 1 May and 20 Oct out, so only 30 June moves.
 */
import type { Correction } from "../corrections.js";
import { moved, on, type Shifts } from "../moves.js";

/** Decreto 42-2010 art. 2 as amended by Decreto 19-2018. */
const TURISMO: Shifts = { 2: -1, 3: -2, 4: 4, 5: 3, 6: 2, 0: 1 };
const EJERCITO = "06-30 if tuesday then previous monday if wednesday,thursday then next friday";
const BANCARIO = "07-01 if tuesday,saturday then previous friday if sunday then next monday";
/** date-holidays' bank-day rule, but the Friday before when 1 July is Sunday or Monday (the Ejército Monday). */
const BANCARIO_SHIFTS: Shifts = { 2: -4, 6: -1, 0: -2, 1: -3 };
const D19 = "Decreto 42-2010 art. 2 reformado por Decreto 19-2018";
const PERMISO = "permiso laboral con goce de salario, solo sector público (Ley de Servicio Civil)";

export const GT: readonly Correction[] = [
  {
    country: "GT",
    op: "rename",
    match: { rule: EJERCITO },
    name: "Día del Ejército",
    source: "Código de Trabajo art. 127 (30 de junio, Día del Ejército)",
  },
  {
    country: "GT",
    op: "remove",
    match: { rule: EJERCITO },
    years: [2000, 2010],
    source: "Decreto 42-2010 (approved 12-10-2010) first moved 30 June in 2011",
  },
  {
    country: "GT",
    op: "add",
    name: "Día del Ejército",
    type: "public",
    on: { monthDay: "06-30", to: 2010 },
    source: "Código de Trabajo art. 127 (on its date before Decreto 42-2010)",
  },
  {
    country: "GT",
    op: "remove",
    match: { rule: EJERCITO },
    years: [2019, 9999],
    source: `${D19}: the 2010 rule no longer applies since 2019`,
  },
  {
    country: "GT",
    op: "add",
    name: "Día del Ejército",
    type: "public",
    on: { rule: (y) => [moved(on(y, "06-30"), TURISMO)], from: 2019 },
    source: `Código de Trabajo art. 127; ${D19}: Tuesday/Wednesday to Monday before, Thursday-Sunday to Monday after`,
  },
  ...(
    [
      ["05-01", "Día del Trabajador"],
      ["10-20", "Día de la Revolución"],
    ] as const
  ).flatMap(([md, name]): Correction[] => [
    {
      country: "GT",
      op: "remove",
      match: { rule: md },
      years: [2019, 2019],
      source: `${D19}: moved in 2019 only (Corte de Constitucionalidad, 16-04-2020, left it out)`,
    },
    {
      country: "GT",
      op: "add",
      name,
      type: "public",
      on: { rule: (y) => [moved(on(y, md), TURISMO)], from: 2019, to: 2019 },
      source: `${D19} (2019: 29 April, 21 October)`,
    },
  ]),
  {
    country: "GT",
    op: "remove",
    match: { rule: BANCARIO },
    years: [2019, 9999],
    source:
      "Junta Monetaria Res. 2079 (1957) art. 8: the bank day moves off the Día del Ejército Monday",
  },
  {
    country: "GT",
    op: "add",
    name: "Día del Empleado Bancario",
    type: "bank",
    on: { rule: (y) => [moved(on(y, "07-01"), BANCARIO_SHIFTS)], from: 2020 },
    source:
      "Junta Monetaria Res. 2079 (1957) art. 8, yearly SIB notice (2024: 28 June, 2025: 27 June)",
  },
  {
    country: "GT",
    op: "add",
    name: "Día del Empleado Bancario",
    type: "bank",
    on: { dates: ["2019-07-02"] },
    source: "Junta Monetaria authorization 2019 (SIB, DCA: banks closed 1 and 2 July 2019)",
  },
  {
    country: "GT",
    op: "remove",
    match: { rule: "06-17" },
    source: "Código de Trabajo art. 127 has no asueto for Día del Padre",
  },
  ...(
    [
      [["2021-12-24", "2021-12-27", "2021-12-31"], "Acuerdo Gubernativo 286-2021"],
      [["2022-09-16"], "Acuerdo Gubernativo del Mintrab (septiembre 2022)"],
      [["2022-10-31"], "Acuerdo Gubernativo 266-2022 (DCA 26-10-2022)"],
      [["2022-12-26", "2023-01-02"], "Acuerdo Gubernativo 348-2022 (DCA 20-12-2022)"],
      [["2023-12-26", "2024-01-02"], "Acuerdo Gubernativo 313-2023 (DCA 20-12-2023)"],
      [["2024-09-16"], "Acuerdo Gubernativo del Mintrab (DCA 13-09-2024)"],
      [["2024-10-21"], "Acuerdo Gubernativo 163-2024 (DCA 16-10-2024)"],
      [["2024-12-23", "2024-12-24", "2024-12-30", "2024-12-31"], "Acuerdo Gubernativo 214-2024"],
      [["2025-05-02"], "Acuerdo Gubernativo del Mintrab (abril 2025)"],
      [["2025-11-03"], "Acuerdo Gubernativo 186-2025 (DCA 27-10-2025)"],
      [["2025-12-24", "2025-12-26", "2025-12-31"], "Acuerdo Gubernativo 222-2025 (DCA 15-12-2025)"],
    ] as const
  ).map(
    ([dates, decree]): Correction => ({
      country: "GT",
      op: "add",
      name: "Permiso laboral del sector público",
      type: "optional",
      on: { dates },
      source: `${decree}: ${PERMISO}`,
    }),
  ),
];
