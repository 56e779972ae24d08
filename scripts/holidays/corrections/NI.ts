/**
 * NI: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/NI.md.
 * Código del Trabajo (Ley 185, La Gaceta 205, 30-10-1996) art. 66: 1 Jan, Jueves y Viernes Santos, 1 May,
 * 19 Jul, 14 and 15 Sep, 8 and 25 Dec; 30 May from 2022 (Ley 1118, La Gaceta 20-05-2022); 2 Feb, 21 Feb
 * and 8 Nov from 2026, 18 Jan from 2027 (Ley 1272, approved 18-01-2026). Art. 68: a feriado nacional on
 * the seventh day (Sunday) is compensated with rest on the next working day (14 Sep on a Sunday: Tuesday
 * 16, as 15 is a holiday). date-holidays has no such rule, so the fixed days are re-added with it here.
 */
import type { Correction } from "../corrections.js";
import { addDays, easter, on, weekday } from "../moves.js";

const CT = "Código del Trabajo (Ley 185) art. 66";
const L1118 = "Ley 1118 (La Gaceta 20-05-2022), reforma art. 66 CT";
const L1272 = "Ley 1272 (aprobada 18-01-2026), reforma art. 66 CT";
const ART68 = "Código del Trabajo (Ley 185) art. 68: on a Sunday, rest on the next working day";

/** The fixed feriados of art. 66: date-holidays' rule (or none), name, first year, source. */
const FIXED: readonly (readonly [string, string | undefined, string, number, string])[] = [
  ["01-01", "01-01", "Año Nuevo", 1996, CT],
  ["01-18", undefined, "Natalicio de Rubén Darío", 2027, L1272],
  ["02-02", undefined, "Día Nacional de la Reconciliación y la Paz", 2026, L1272],
  ["02-21", undefined, "Día de Augusto C. Sandino", 2026, L1272],
  ["05-01", "05-01", "Día Internacional de los Trabajadores", 1996, CT],
  ["05-30", undefined, "Día de las Madres", 2022, L1118],
  ["07-19", "07-19", "Aniversario de la Revolución Popular Sandinista", 1996, CT],
  ["09-14", "09-14", "Batalla de San Jacinto", 1996, CT],
  ["09-15", "09-15", "Día de la Independencia", 1996, CT],
  ["11-08", undefined, "Día de Carlos Fonseca Amador", 2026, L1272],
  ["12-08", "12-08", "Día de la Inmaculada Concepción de María", 1996, CT],
  ["12-25", "12-25", "Navidad", 1996, CT],
];

/** Art. 68: the rest day of each art. 66 feriado of `year` that falls on a Sunday. */
function compensation(year: number): Map<string, string> {
  const legal = FIXED.filter(([, , , from]) => year >= from).map(([md]) => on(year, md));
  const taken = new Set([...legal, easter(year, -3), easter(year, -2)]);
  const out = new Map<string, string>();
  for (const d of legal.sort()) {
    if (weekday(d) !== 0) continue;
    let c = addDays(d, 1);
    while (weekday(c) === 0 || taken.has(c)) c = addDays(c, 1);
    taken.add(c);
    out.set(d, c);
  }
  return out;
}

/** The compensation day of `md` in `year`, if it falls on a Sunday. */
function rest(year: number, md: string): string[] {
  const c = compensation(year).get(on(year, md));
  return c ? [c] : [];
}

/** date-holidays' unmoved entry, replaced by the two adds below. */
const removed = (rule: string, from: number): Correction => ({
  country: "NI",
  op: "remove",
  match: { rule },
  years: [from, 9999],
  source: `${ART68}; re-added with the rule`,
});

export const NI: readonly Correction[] = [
  ...["06-01", "10-12"].map(
    (rule): Correction => ({
      country: "NI",
      op: "remove",
      match: { rule },
      source: `${CT} (Leyes 185, 1118, 1272): ${rule === "06-01" ? "1 de junio" : "12 de octubre"} no es feriado`,
    }),
  ),
  ...FIXED.flatMap(([md, rule, name, from, source]): Correction[] => [
    ...(rule ? [removed(rule, from)] : []),
    {
      country: "NI",
      op: "add",
      name,
      type: "public",
      on: { rule: (y) => (weekday(on(y, md)) === 0 ? [] : [on(y, md)]), from },
      source,
    },
    {
      country: "NI",
      op: "add",
      name: `${name} (descanso compensatorio)`,
      type: "public",
      on: { rule: (y) => rest(y, md), from },
      source: `${source}; ${ART68}`,
    },
  ]),
];
