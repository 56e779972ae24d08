/**
 * VE: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/VE.md.
 * LOTTT (Decreto 8.938, G.O. Ext. 6.076 de 07-05-2012) art. 184 lists the feriados: 1 January,
 * Carnival Monday and Tuesday, Jueves and Viernes Santo, 1 May, 24, 25 and 31 December, the days of
 * the Ley de Fiestas Nacionales (19 April, 24 June, 5 and 24 July, 12 October) and up to three a year
 * declared by decree (lit. d). No rule moves them. These corrections apply to every state too.
 */
import type { Correction } from "../corrections.js";

export const VE: readonly Correction[] = [
  {
    country: "VE",
    op: "remove",
    match: { rule: "easter" },
    source:
      "LOTTT art. 184 lists Jueves y Viernes Santo, not Easter Sunday (only a Sunday, lit. a)",
  },
  {
    country: "VE",
    op: "remove",
    match: { rule: "01-15" },
    source: "Día del Maestro (decreto de 13-01-1945) is not a feriado of LOTTT art. 184",
  },
  {
    country: "VE",
    op: "add",
    name: "Día del Maestro",
    type: "school",
    on: { monthDay: "01-15" },
    source: "Decreto de 13-01-1945 (Día del Maestro): no classes, MPPE (a school holiday)",
  },
  {
    country: "VE",
    op: "add",
    name: "Día de Júbilo Nacional (canonización de José Gregorio Hernández y Carmen Rendiles)",
    type: "public",
    on: { dates: ["2025-10-19", "2025-10-20"] },
    source:
      "Decreto 5.170, G.O. Ext. 6.933 de 17-10-2025: no laborables, sectores público y privado (LOTTT art. 184 lit. d)",
  },
  {
    country: "VE",
    op: "add",
    name: "Asueto de Semana Santa del sector público",
    type: "optional",
    on: { dates: ["2025-04-14", "2025-04-15", "2025-04-16"] },
    source:
      "Asueto de la Administración Pública, plan de ahorro energético (Vicepresidencia Ejecutiva, 09-04-2025)",
  },
];
