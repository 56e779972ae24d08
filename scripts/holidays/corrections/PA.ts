/**
 * PA: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/PA.md.
 * Código de Trabajo art. 46 (Ley 28 de 2015; 20 Dec added by Ley 291 de 31-03-2022): 1 Jan, 9 Jan, Martes
 * de Carnaval, Viernes Santo, 1 May, 3, 5, 10 and 28 Nov, 8, 20 and 25 Dec and the President's inauguration
 * (1 July every 5 years, Constitución art. 183). Art. 47: a holiday on a Sunday keeps its date and the
 * following Monday is a day of rest too. date-holidays' "and if sunday then next monday" rules do exactly
 * that, except for the inauguration, which gets its Monday here.
 */
import type { Correction } from "../corrections.js";
import { on, weekday } from "../moves.js";

const INAUGURATION = "07-01 every 5 years since 2014";

export const PA: readonly Correction[] = [
  {
    country: "PA",
    op: "rename",
    match: { rule: INAUGURATION },
    name: "Toma de posesión del Presidente de la República",
    source: "Código de Trabajo art. 46 num. 1 lit. g; Constitución art. 183 (1 de julio)",
  },
  {
    country: "PA",
    op: "add",
    name: "Toma de posesión del Presidente de la República (día sustituto)",
    type: "public",
    on: {
      rule: (y) => ((y - 2014) % 5 === 0 && weekday(on(y, "07-01")) === 0 ? [on(y, "07-02")] : []),
      from: 2014,
    },
    source:
      "Código de Trabajo art. 47: a día de fiesta on a Sunday makes the following Monday a day of rest",
  },
  {
    country: "PA",
    op: "rename",
    match: { rule: "easter -47" },
    name: "Martes de Carnaval",
    source: 'Código de Trabajo art. 46 num. 1 lit. b ("el martes de carnaval")',
  },
  {
    country: "PA",
    op: "add",
    name: "Día de los Símbolos de la Patria (cierre de oficinas públicas)",
    type: "optional",
    on: { dates: ["2022-11-04"] },
    source: "Decreto Ejecutivo 29 (24-10-2022): public offices closed all day; public sector only",
  },
];
