/**
 * BO: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/BO.md.
 * DS 2750 (01-05-2016) art. 2: 1 and 22 Jan, Carnaval Monday and Tuesday, Viernes Santo, 1 May, Corpus
 * Christi, 21 Jun, 6 Aug, 2 Nov and 25 Dec, with suspension of public and private activities. Art. 3
 * (as worded by DS 5019, 13-09-2023): the Monday after a holiday that falls on a Sunday is a holiday too,
 * except Carnaval, Viernes Santo, Corpus Christi and 2 Nov; Saturdays do not move. date-holidays'
 * "substitutes MM-DD if sunday then next monday" rules do exactly that; the rule dates from DS 2750.
 */
import type { Correction } from "../corrections.js";

const DS2750 = "DS 2750 de 01-05-2016";

/** date-holidays' Sunday-to-Monday rules: the holiday's rule and its official name. */
const SUBSTITUTES: readonly (readonly [string, string])[] = [
  ["01-01", "Año Nuevo"],
  ["01-22", "Día de la Creación del Estado Plurinacional de Bolivia"],
  ["05-01", "Día del Trabajo"],
  ["06-21", "Año Nuevo Andino Amazónico Chaqueño"],
  ["08-06", "Día de la Independencia de Bolivia"],
  ["12-25", "Navidad"],
];

/** Holidays decreed for one year only: date, name, decree. */
const DECREED: readonly (readonly [string, string, string])[] = [
  [
    "2025-08-07",
    "Feriado nacional por el Bicentenario de Bolivia",
    "Decreto Supremo de 30-07-2025 (feriado excepcional del Bicentenario)",
  ],
  [
    "2025-11-03",
    "Día de Todos los Difuntos (lunes posterior al domingo)",
    "DS 5483 de 29-10-2025 (modifica DS 2750 art. 3; traslado excepcional)",
  ],
  ["2025-12-26", "Feriado nacional (turismo interno)", "DS 5506 de 22-12-2025 artículo único"],
  [
    "2026-01-02",
    "Feriado nacional (turismo interno)",
    "Decreto Supremo de 29-12-2025 (feriado nacional del 2-01-2026)",
  ],
  [
    "2026-01-23",
    "Día de la Creación del Estado Plurinacional de Bolivia (trasladado)",
    "DS 5521 de 13-01-2026 art. 4 inc. a) (traslado del jueves 22 al viernes 23)",
  ],
  ["2026-06-05", "Feriado nacional adicional (Corpus Christi)", "DS 5521 de 13-01-2026 art. 3"],
  [
    "2026-08-07",
    "Feriado nacional adicional (Día de la Independencia)",
    "DS 5521 de 13-01-2026 art. 3",
  ],
];

export const BO: readonly Correction[] = [
  {
    country: "BO",
    op: "remove",
    match: { rule: "01-22" },
    years: [0, 2009],
    source: "DS 405 de 20-01-2010 created the Día de la Creación del Estado Plurinacional holiday",
  },
  {
    country: "BO",
    op: "remove",
    match: { rule: "06-21" },
    years: [0, 2008],
    source: "DS 173 de 17-06-2009 created the Año Nuevo Andino Amazónico holiday",
  },
  ...SUBSTITUTES.flatMap(([day, name]): Correction[] => {
    const rule = `substitutes ${day} if sunday then next monday`;
    return [
      {
        country: "BO",
        op: "remove",
        match: { rule },
        years: [0, 2015],
        source: `${DS2750} art. 3 introduced the Monday after a Sunday holiday (21-06-2015 not moved)`,
      },
      {
        country: "BO",
        op: "rename",
        match: { rule },
        name: `${name} (lunes posterior al domingo)`,
        source: `${DS2750} art. 3 (mod. DS 5019 de 13-09-2023): lunes posterior al feriado en domingo`,
      },
    ];
  }),
  {
    country: "BO",
    op: "remove",
    match: { rule: "01-22" },
    years: [2026, 2026],
    source: "DS 5521 de 13-01-2026 art. 4 inc. a): moved to 23-01-2026, 22 Jan a working day",
  },
  {
    country: "BO",
    op: "remove",
    match: { rule: "06-21" },
    years: [2026, 2026],
    source:
      "DS 5521 de 13-01-2026 art. 4: the Sunday 21-06-2026 holiday moved to Monday 22-06-2026",
  },
  ...(
    [
      ["05-01", "Día del Trabajo", `Ley 274 de 2012; ${DS2750} art. 2`],
      ["08-06", "Día de la Independencia de Bolivia", `${DS2750} art. 2`],
      [
        "11-02",
        "Día de Todos los Difuntos",
        `${DS2750} art. 2; Ministerio de Trabajo, comunicado 037/2025`,
      ],
    ] as const
  ).map(
    ([rule, name, source]): Correction => ({
      country: "BO",
      op: "rename",
      match: { rule },
      name,
      source: `${source}: official name`,
    }),
  ),
  ...DECREED.map(
    ([date, name, decree]): Correction => ({
      country: "BO",
      op: "add",
      name,
      type: "public",
      on: { dates: [date] },
      source: `${decree}: feriado nacional con suspensión de actividades públicas y privadas`,
    }),
  ),
];
