/**
 * SV: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/SV.md.
 * Código de Trabajo (D.L. 15/1972) art. 190: asuetos remunerados 1 Jan, Thursday to Saturday of Holy
 * Week, 1 May, 10 May (private sector too since D.L. 399/2016), 17 June (since D.L. 208/2012), 6 Aug,
 * 15 Sep, 2 Nov, 25 Dec (3 and 5 Aug in San Salvador). None moves: a weekend asueto is lost unless a
 * transitory decree adds a day. Public employees also have vacations (Ley de Asuetos, Vacaciones y
 * Licencias de los Empleados Públicos, 1940): Holy Week, 1-6 Aug, 24 Dec-2 Jan (`optional`).
 */
import type { Correction } from "../corrections.js";
import { addDays, easter, on, weekday } from "../moves.js";

/** Monday to Friday from `from` to `to`, both included (Saturday and Sunday are rest days anyway). */
function weekdays(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (weekday(d) % 6 !== 0) out.push(d);
  return out;
}

const VACACIONES =
  "Ley de Asuetos, Vacaciones y Licencias de los Empleados Públicos (1940): public sector only";

export const SV: readonly Correction[] = [
  {
    country: "SV",
    op: "add",
    name: "Año Nuevo",
    type: "public",
    on: { monthDay: "01-01" },
    source: "Código de Trabajo art. 190: asueto remunerado (date-holidays has an observance)",
  },
  {
    country: "SV",
    op: "remove",
    match: { rule: "05-10" },
    years: [2016, 9999],
    source: "D.L. 399 (14-04-2016): Día de la Madre is an asueto for the private sector too",
  },
  {
    country: "SV",
    op: "add",
    name: "Día de la Madre",
    type: "public",
    on: { monthDay: "05-10", from: 2016 },
    source:
      "Código de Trabajo art. 190; D.L. 399 (14-04-2016): asueto nacional remunerado, sectores público y privado",
  },
  {
    country: "SV",
    op: "add",
    name: "Día del Padre",
    type: "public",
    on: { monthDay: "06-17", from: 2013 },
    source:
      "Código de Trabajo art. 190; D.L. 208 (D.O. 20-12-2012): asueto remunerado, sectores público y privado",
  },
  {
    country: "SV",
    op: "remove",
    match: { rule: "06-22" },
    source: "Día del Maestro (D.L. 2-09-1939) is a day off for teachers only: a school holiday",
  },
  {
    country: "SV",
    op: "add",
    name: "Día del Maestro",
    type: "school",
    on: { monthDay: "06-22" },
    source: "Día del Maestro (D.L. 2-09-1939): day off for teachers, schools closed",
  },
  {
    country: "SV",
    op: "add",
    name: "Vacación de Semana Santa del sector público",
    type: "optional",
    on: { rule: (y) => weekdays(easter(y, -6), easter(y, -4)) },
    source: `${VACACIONES}: Holy Week (Monday to Wednesday; Thursday to Saturday are asuetos)`,
  },
  {
    country: "SV",
    op: "add",
    name: "Vacación agostina del sector público",
    type: "optional",
    on: { rule: (y) => weekdays(on(y, "08-01"), on(y, "08-05")) },
    source: `${VACACIONES}: 1-6 August`,
  },
  {
    country: "SV",
    op: "add",
    name: "Vacación de fin de año del sector público",
    type: "optional",
    on: { rule: (y) => weekdays(on(y, "12-24"), on(y + 1, "01-02")) },
    source: `${VACACIONES}: 24 December to 2 January`,
  },
  ...(
    [
      [
        "2022-09-16",
        "Asueto por las fiestas patrias",
        "Decreto Legislativo transitorio (14-09-2022)",
      ],
      [
        "2022-12-26",
        "Asueto por Navidad (25 de diciembre en domingo)",
        "Decreto Legislativo transitorio (diciembre 2022)",
      ],
      [
        "2023-01-02",
        "Asueto por Año Nuevo (1 de enero en domingo)",
        "Decreto Legislativo transitorio (diciembre 2022)",
      ],
      [
        "2023-07-07",
        "Asueto por la clausura de los Juegos Centroamericanos y del Caribe",
        "Decreto Legislativo (junio 2023)",
      ],
      [
        "2024-06-01",
        "Asueto por la toma de posesión presidencial",
        "Decreto Legislativo (22-05-2024)",
      ],
      ["2024-06-18", "Asueto por la emergencia de lluvias", "Decreto Legislativo (17-06-2024)"],
    ] as const
  ).map(
    ([date, name, decree]): Correction => ({
      country: "SV",
      op: "add",
      name,
      type: "public",
      on: { dates: [date] },
      source: `${decree}: asueto nacional remunerado, sectores público y privado`,
    }),
  ),
];
