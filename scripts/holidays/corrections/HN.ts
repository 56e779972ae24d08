/**
 * HN: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/HN.md.
 * Código del Trabajo (Decreto 189-59) art. 339: 1 Jan, 14 Apr, 1 May, 15 Sep, 3, 12 and 21 Oct, 25 Dec and
 * Thursday to Saturday of Holy Week. Decreto Ejecutivo 50-2003: a feriado on a working day is enjoyed on
 * the Monday of the following week, except 1 Jan, Holy Week, 1 May, 15 Sep and 25 Dec (so only 14 April
 * moves: Tuesday to Saturday to the next Monday). Decreto Legislativo 78-2015 (18-08-2015): the October
 * days are the Semana Morazánica from the first Wednesday of October; private sector Wednesday 12:00 to
 * Saturday 12:00, so Thursday and Friday are public, the Wednesday (whole day for the public sector) optional.
 */
import type { Correction } from "../corrections.js";
import { addDays, easter, moved, nthWeekday, on, type Shifts } from "../moves.js";

const CT = "Código del Trabajo (Decreto 189-59) art. 339";
const D78 = "Decreto Legislativo 78-2015 (18-08-2015)";
/** Decreto Ejecutivo 50-2003: a working day (Tuesday to Saturday) to the Monday of the following week. */
const NEXT_WEEK: Shifts = { 2: 6, 3: 5, 4: 4, 5: 3, 6: 2 };

/** The Wednesday that opens the Semana Morazánica (2020: first Wednesday of November, Decreto 126-2020). */
const morazanica = (y: number) => nthWeekday(y, y === 2020 ? 11 : 10, 3, 1);

/** 14 April, moved unless it is a Monday, a Sunday or Holy Thursday to Saturday (not working days). */
function americas(y: number): string {
  const d = on(y, "04-14");
  return [-3, -2, -1].some((k) => easter(y, k) === d) ? d : moved(d, NEXT_WEEK);
}

const SEGOB = "solo sector público (Gobierno Central e instituciones descentralizadas)";

export const HN: readonly Correction[] = [
  {
    country: "HN",
    op: "add",
    name: "Sábado Santo",
    type: "public",
    on: { easter: -1 },
    source: `${CT}: "el jueves, viernes y sábado de la Semana Santa"`,
  },
  {
    country: "HN",
    op: "remove",
    match: { rule: "04-14" },
    years: [2003, 9999],
    source: "Decreto Ejecutivo 50-2003: 14 April on a working day is enjoyed the Monday after",
  },
  {
    country: "HN",
    op: "add",
    name: "Día de las Américas",
    type: "public",
    on: { rule: (y) => [americas(y)], from: 2003 },
    source: `${CT}; Decreto Ejecutivo 50-2003: Tuesday to Saturday to the Monday of the following week`,
  },
  ...["10-03", "10-12", "10-21"].map(
    (rule): Correction => ({
      country: "HN",
      op: "remove",
      match: { rule },
      years: [2015, 9999],
      source: `${D78}: 3, 12 and 21 October are enjoyed together in the Semana Morazánica`,
    }),
  ),
  {
    country: "HN",
    op: "add",
    name: "Semana Morazánica",
    type: "public",
    on: { rule: (y) => [addDays(morazanica(y), 1), addDays(morazanica(y), 2)], from: 2015 },
    source: `${CT}; ${D78}: Thursday and Friday after the first Wednesday of October; 2020: Decreto 126-2020 (November)`,
  },
  {
    country: "HN",
    op: "add",
    name: "Semana Morazánica (miércoles; sector privado desde las 12:00)",
    type: "optional",
    on: { rule: (y) => [morazanica(y)], from: 2015 },
    source: `${D78}: whole day for the public sector, from 12:00 for the private sector (SEGOB/COHEP yearly)`,
  },
  ...(
    [
      [["2022-12-26", "2023-01-02"], "Comunicado SEGOB (19-12-2022): 25 Dec and 1 Jan on Sunday"],
      [
        ["2025-04-15", "2025-04-16"],
        "Comunicado SEGOB (abril 2025): Semana Santa, a cuenta de vacaciones",
      ],
      [
        ["2025-09-29", "2025-09-30"],
        "Comunicado SEGOB (24-09-2025): Semana Morazánica, a cuenta de vacaciones",
      ],
    ] as const
  ).map(
    ([dates, decree]): Correction => ({
      country: "HN",
      op: "add",
      name: "Asueto del sector público",
      type: "optional",
      on: { dates },
      source: `${decree}; ${SEGOB}`,
    }),
  ),
];
