/**
 * CR: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/CR.md.
 * Código de Trabajo art. 148 lists the feriados; Ley 9803 (2020) added 1 December and dropped
 * 12 October, Ley 10050 (2021) added 31 August (its transitory: 2022 and 2023 on the Sunday after).
 * No permanent rule moves them. The Transitorio to art. 148 (Ley 9875, 2020) moved, for 2020-2024 only,
 * the holidays its table lists to a Monday (Tuesday/Wednesday to the one before, Thursday to Sunday to
 * the one after); Leyes 10396 (2023) and 10438 (2024) undid its 2024 moves of 15 August and 25 July.
 */
import type { Correction } from "../corrections.js";
import { addDays, moved, on, type Shifts, weekday } from "../moves.js";

const TRANSITORIO =
  "Código de Trabajo art. 148, Transitorio (Ley 9875 de 2020; Leyes 10396/2023, 10438/2024)";
/** The shifts of Ley 9875's table. */
const LUNES: Shifts = { 2: -1, 3: -2, 4: 4, 6: 2, 0: 1 };
/** The holidays Ley 9875's table moves, per year, as amended by Leyes 10396 and 10438. */
const TRASLADOS: Readonly<Record<number, readonly string[]>> = {
  2020: ["07-25", "08-15", "09-15", "12-01"],
  2021: ["05-01", "07-25", "09-15", "12-01"],
  2022: ["09-15", "12-01"],
  2023: ["04-11", "07-25", "08-15"],
  2024: ["04-11"],
};
const ley9875 = (md: string) => (y: number) => [
  TRASLADOS[y]?.includes(md) ? moved(on(y, md), LUNES) : on(y, md),
];
const ABOLICION = "Día de la Abolición del Ejército";
const PERSONA_NEGRA = "Día de la Persona Negra y la Cultura Afrocostarricense";

export const CR: readonly Correction[] = [
  {
    country: "CR",
    op: "remove",
    match: { rule: "10-12 if monday then previous friday" },
    years: [2020, 9999],
    source:
      "Ley 9803 (2020) reformed Código de Trabajo art. 148: 12 October is no longer a feriado",
  },
  ...(
    [
      ["04-11", "Gesta Heroica de Juan Santamaría"],
      ["05-01", "Día del Trabajador"],
      ["07-25", "Anexión del Partido de Nicoya"],
      ["08-15", "Día de la Madre"],
      ["09-15", "Día de la Independencia"],
    ] as const
  ).flatMap(([md, name]): Correction[] => [
    {
      country: "CR",
      op: "remove",
      match: { rule: md },
      years: [2020, 2024],
      source: `${TRANSITORIO}: moved to Monday in some years`,
    },
    {
      country: "CR",
      op: "add",
      name,
      type: "public",
      on: { rule: ley9875(md), from: 2020, to: 2024 },
      source: `${TRANSITORIO}: the years its table lists, to the nearest Monday`,
    },
  ]),
  {
    country: "CR",
    op: "add",
    name: ABOLICION,
    type: "public",
    on: { rule: ley9875("12-01"), from: 2020, to: 2024 },
    source: `Código de Trabajo art. 148 (Ley 9803 de 2020); ${TRANSITORIO}`,
  },
  {
    country: "CR",
    op: "add",
    name: ABOLICION,
    type: "public",
    on: { monthDay: "12-01", from: 2025 },
    source:
      "Código de Trabajo art. 148 (Ley 9803 de 2020), feriado de pago no obligatorio (arts. 147, 149)",
  },
  {
    country: "CR",
    op: "add",
    name: PERSONA_NEGRA,
    type: "public",
    on: {
      rule: (y) => [addDays(on(y, "08-31"), 7 - weekday(on(y, "08-31")))],
      from: 2022,
      to: 2023,
    },
    source:
      "Ley 10050 (in force 22-11-2021), transitory: 2022 and 2023 enjoyed on the Sunday after",
  },
  {
    country: "CR",
    op: "add",
    name: PERSONA_NEGRA,
    type: "public",
    on: { monthDay: "08-31", from: 2024 },
    source:
      "Código de Trabajo art. 148 (Ley 10050 de 2021), feriado de pago no obligatorio (arts. 147, 149)",
  },
];
