/**
 * DO: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/DO.md.
 * Ley 139-97 (G.O. 9957, 25-06-1997) art. 1: a feriado on a Tuesday or Wednesday rests on the Monday
 * before, on a Thursday or Friday on the Monday after; Saturday, Sunday and Monday stay. Art. 2-3 exclude
 * 1 and 21 Jan, 27 Feb, 24 Sep, 25 Dec and the Easter days; 16 Aug is never moved (Constitución art. 35,
 * SCJ sent. 14, 20-02-2008). date-holidays has the rule right for 6 Jan, 26 Jan and 1 May (Sunday to
 * Monday: Ministerio de Trabajo practice), but moves 6 November's Saturday to Monday and its Tuesday and
 * Wednesday forward.
 */
import type { Correction } from "../corrections.js";
import { moved, on, type Shifts } from "../moves.js";

const LEY_139_97: Shifts = { 2: -1, 3: -2, 4: 4, 5: 3 };

export const DO: readonly Correction[] = [
  {
    country: "DO",
    op: "remove",
    match: { rule: "11-06 if tuesday,wednesday,thursday,friday,saturday then next monday" },
    source:
      "Ley 139-97 art. 1: Tuesday/Wednesday to the Monday before, Thursday/Friday to the Monday after",
  },
  {
    country: "DO",
    op: "add",
    name: "Día de la Constitución",
    type: "public",
    on: { rule: (y) => [moved(on(y, "11-06"), LEY_139_97)], from: 1997 },
    source: "Ley 139-97 art. 1 applied to 6 November (Ministerio de Trabajo calendars 2020-2026)",
  },
  {
    country: "DO",
    op: "add",
    name: "Día no laborable (Año Nuevo en domingo)",
    type: "public",
    on: { dates: ["2023-01-02"] },
    source: "Decreto 773-22 (30-12-2022): suspensión de labores en los sectores público y privado",
  },
  {
    country: "DO",
    op: "add",
    name: "Día no laborable por el huracán Fiona",
    type: "optional",
    on: { dates: ["2022-09-19"] },
    source:
      "Decreto 536-22 (18-09-2022): día no laborable, sectores público y privado (emergencia)",
  },
];
