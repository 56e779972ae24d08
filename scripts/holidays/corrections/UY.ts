/**
 * UY: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/UY.md.
 * Ley 12.590 art. 18: the paid holidays (public) are 1 Jan, 1 May, 18 Jul, 25 Aug and 25 Dec, plus 1 March
 * of the years the presidential mandate is handed over. The rest are feriados comunes (laborables, unpaid
 * in the private sector, off for the public administration): optional. Ley 16.805 art. 1 (24-12-1996):
 * Tuesday/Wednesday to the Monday before, Thursday/Friday to the Monday after; art. 2 as worded by Ley
 * 17.414 (08-11-2001) leaves only 19 Apr, 18 May and 12 Oct moving (19 Jun and 2 Nov moved until 2001).
 */
import type { Correction } from "../corrections.js";
import { easter, moved, on, type Shifts } from "../moves.js";

/** Ley 16.805 art. 1: Saturday, Sunday and Monday stay. */
const MONDAY: Shifts = { 2: -1, 3: -2, 4: 4, 5: 3 };
const L16805 =
  "Ley 16.805 art. 1 (24-12-1996): Tuesday/Wednesday to Monday before, Thursday/Friday to Monday after";
const COMUN = "feriado común, laborable (Ley 12.590 art. 18 lists the paid days)";
const L17414 = "inamovible since Ley 17.414 (08-11-2001), which rewrote Ley 16.805 art. 2";

const moving = (name: string, monthDay: string, to?: number): Correction => ({
  country: "UY",
  op: "add",
  name,
  type: "optional",
  on: { rule: (y) => [moved(on(y, monthDay), MONDAY)], from: 1997, ...(to ? { to } : {}) },
  source: `${L16805}; ${COMUN}`,
});

const fixed = (name: string, monthDay: string, from?: number): Correction => ({
  country: "UY",
  op: "add",
  name,
  type: "optional",
  on: { monthDay, ...(from ? { from } : {}) },
  source: from ? `${COMUN}; ${L17414}` : `Ley 6.997; ${COMUN}; inamovible (Ley 16.805 art. 2)`,
});

export const UY: readonly Correction[] = [
  {
    country: "UY",
    op: "remove",
    match: { rule: "easter -3" },
    source:
      "Ley 12.590 art. 18 (23-12-1958): not a paid holiday; Jueves de la Semana de Turismo (Ley 6.997)",
  },
  {
    country: "UY",
    op: "remove",
    match: { rule: "easter -2" },
    source:
      "Ley 12.590 art. 18 (23-12-1958): not a paid holiday; Viernes de la Semana de Turismo (Ley 6.997)",
  },
  {
    country: "UY",
    op: "add",
    name: "Transmisión del Mando Presidencial",
    type: "public",
    on: { monthDay: "03-01", from: 1985, every: 5 },
    source: "Constitución art. 158; Decreto 154/972 (no laborable) and Decreto 120/985 (pago)",
  },
  ...(
    [
      ["05-01", "Día de los Trabajadores"],
      ["07-18", "Jura de la Constitución"],
      ["08-25", "Declaratoria de la Independencia"],
      ["12-25", "Día de la Familia (Navidad)"],
    ] as const
  ).map(
    ([rule, name]): Correction => ({
      country: "UY",
      op: "rename",
      match: { rule },
      name,
      source: "Ley 12.590 art. 18; official name (Ley 6.997 for Día de la Familia)",
    }),
  ),
  fixed("Día de los Niños (Reyes)", "01-06"),
  {
    country: "UY",
    op: "add",
    name: "Carnaval (lunes)",
    type: "optional",
    on: { easter: -48 },
    source: `Ley 6.997; ${COMUN}; inamovible (Ley 16.805 art. 2)`,
  },
  {
    country: "UY",
    op: "add",
    name: "Carnaval (martes)",
    type: "optional",
    on: { easter: -47 },
    source: `Ley 6.997; ${COMUN}; inamovible (Ley 16.805 art. 2)`,
  },
  {
    country: "UY",
    op: "add",
    name: "Semana de Turismo",
    type: "optional",
    on: { rule: (y) => [-6, -5, -4, -3, -2].map((d) => easter(y, d)) },
    source: `Ley 6.997 (Semana de Turismo, Monday to Friday); ${COMUN}`,
  },
  moving("Desembarco de los Treinta y Tres Orientales", "04-19"),
  {
    country: "UY",
    op: "add",
    name: "Batalla de Las Piedras",
    type: "optional",
    on: {
      rule: (y) => [y === 2011 ? on(y, "05-18") : moved(on(y, "05-18"), MONDAY)],
      from: 1997,
    },
    source: `${L16805}; Ley 18.748 (11-05-2011) kept 2011 on 18 May; ${COMUN}`,
  },
  moving("Natalicio de José Gervasio Artigas", "06-19", 2001),
  fixed("Natalicio de José Gervasio Artigas", "06-19", 2002),
  moving("Día de la Raza", "10-12"),
  moving("Día de los Difuntos", "11-02", 2001),
  fixed("Día de los Difuntos", "11-02", 2002),
];
