/**
 * Every string `plazo` prints, in es, pt and en: weekday names, labels,
 * the help of each command and the message of each error.
 *
 * @module
 */
import type { HolidayType } from "../holidays/table.js";
import type { Locale } from "../locale.js";
import type { ErrorCode, ErrorParams } from "./errors.js";

/**
 * The strings of one locale.
 *
 * @example
 * ```ts
 * const m: Messages = messages("pt");
 * m.weekdays[1]; // "segunda-feira"
 * ```
 */
export interface Messages {
  /** Weekday names, Sunday first (JS `getUTCDay()` order). */
  readonly weekdays: readonly string[];
  /** Short weekday names, Sunday first. */
  readonly weekdaysShort: readonly string[];
  /** Holiday types. */
  readonly types: Readonly<Record<HolidayType | "custom", string>>;
  /** Why a day counted nothing. */
  readonly reasons: {
    readonly weekend: string;
    readonly holiday: string;
    readonly exception: string;
    readonly closed: string;
  };
  /** Country names by ISO code. */
  readonly countries: Readonly<Record<string, string>>;
  /** Labels of `deadline --explain`. */
  readonly labels: {
    readonly start: string;
    readonly duration: string;
    readonly hours: string;
    readonly holidays: string;
    readonly deadline: string;
    readonly days: string;
    readonly none: string;
  };
  /** `48 h` of open time, in words. */
  openTime(amount: string): string;
  /** `3` business days, in words. */
  businessDays(n: number): string;
  /** The closing line of `--explain`. */
  skipped(total: number, holidays: number, weekends: number): string;
  /** The title of `holidays`. */
  holidaysTitle(where: string, year: number, count: number): string;
  /** The help of the program and of each command. */
  readonly help: {
    readonly main: string;
    readonly deadline: string;
    readonly holidays: string;
    readonly diagram: string;
  };
  /** Where to look after a usage error. */
  seeHelp(command: string | undefined): string;
  /** The message of each error. */
  readonly errors: { readonly [C in ErrorCode]: (p: ErrorParams[C]) => string };
}

const q = (s: string) => JSON.stringify(s);
/** `<start>` for a positional argument, `--country` for an option. */
const arg = (name: string) => (name.startsWith("-") ? name : `<${name}>`);
const HOURS_EXAMPLE = '"08:30-13:00,14:00-17:45"';
const ZONES =
  "CL America/Santiago, MX America/Mexico_City, BR America/Sao_Paulo,\n" +
  "                    CO America/Bogota, PE America/Lima, AR America/Argentina/Buenos_Aires,\n" +
  "                    EC America/Guayaquil, UY America/Montevideo, BO America/La_Paz,\n" +
  "                    CR America/Costa_Rica, DO America/Santo_Domingo, GT America/Guatemala,\n" +
  "                    HN America/Tegucigalpa, NI America/Managua, PA America/Panama,\n" +
  "                    PY America/Asuncion, SV America/El_Salvador, VE America/Caracas";
const PRESETS =
  "retailMarketplaceCL, departmentStoreMarketplaceCL, fulfilmentPlatformMX,\n" +
  "                    ecommerceSupportCO, marketplaceBR";

const es: Messages = {
  weekdays: ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
  weekdaysShort: ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
  types: {
    public: "público",
    bank: "bancario",
    optional: "opcional",
    school: "escolar",
    custom: "propio",
  },
  reasons: {
    weekend: "fin de semana",
    holiday: "feriado",
    exception: "excepción",
    closed: "fuera de horario",
  },
  countries: {
    AR: "Argentina",
    BO: "Bolivia",
    BR: "Brasil",
    CL: "Chile",
    CO: "Colombia",
    CR: "Costa Rica",
    DO: "República Dominicana",
    EC: "Ecuador",
    GT: "Guatemala",
    HN: "Honduras",
    MX: "México",
    NI: "Nicaragua",
    PA: "Panamá",
    PE: "Perú",
    PY: "Paraguay",
    SV: "El Salvador",
    UY: "Uruguay",
    VE: "Venezuela",
  },
  labels: {
    start: "Inicio",
    duration: "Duración",
    hours: "Horario",
    holidays: "Feriados",
    deadline: "Plazo",
    days: "Días",
    none: "ninguno",
  },
  openTime: (amount) => `${amount} de tiempo hábil`,
  businessDays: (n) => (n === 1 ? "1 día hábil" : `${n} días hábiles`),
  skipped: (total, holidays, weekends) =>
    `Días saltados: ${total} (${holidays} ${holidays === 1 ? "feriado" : "feriados"}, ${weekends} de fin de semana)`,
  holidaysTitle: (where, year, count) => `Feriados — ${where}, ${year}: ${count}`,
  help: {
    main: `plazo: plazos en tiempo hábil con los feriados de Latinoamérica

Uso:
  plazo deadline <start> <duration> --country CL [opciones]
  plazo holidays <country> <year> [--subdivision SP]
  plazo diagram <file.json | preset>
  plazo <comando> --help
  plazo --version

Comandos:
  deadline  calcula un plazo en tiempo hábil (y explica los días saltados)
  holidays  lista los feriados de un año
  diagram   dibuja un flujo de trabajo en Mermaid

Opciones de todos los comandos:
  --lang es|pt|en   idioma de la salida (por defecto es)
  --json            salida JSON, para scripts
  -h, --help        esta ayuda

Códigos de salida: 0 bien, 1 valor rechazado (país, fecha…), 2 error de uso.
`,
    deadline: `Uso: plazo deadline <start> <duration> --country CL [opciones]

Calcula el plazo: <start> más <duration> de tiempo hábil del país.

  <start>           instante ISO 8601 con Z o desfase: 2025-09-17T12:00-03:00
  <duration>        48h, 90m, 1h30m, 2d (= 48h de tiempo hábil), 3bd (días hábiles)
  --country CL      AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA,
                    PE, PY, SV, UY, VE
  --subdivision SP  una subdivisión de la tabla del país (SP con BR)
  --zone ZONA       zona IANA; por defecto la del país:
                    ${ZONES}
  --hours HORARIO   office (lun-vie 09:00-18:00, por defecto), whole (lun-vie
                    00:00-24:00), always (todos los días), rangos de lun-vie como
                    ${HOURS_EXAMPLE}, o "mon-fri 09:00-18:00; sat 10:00-14:00"
  --types TIPOS     feriados que cierran: public (por defecto), bank, optional,
                    school, all; separados por comas
  --prefer farthest si el plazo cae en un cierre, la siguiente apertura
  --explain         cada día: tiempo contado o por qué se saltó
  --json            salida JSON
  --lang es|pt|en   idioma

Ejemplo:
  plazo deadline 2025-09-17T12:00-03:00 48h --country CL --explain
`,
    holidays: `Uso: plazo holidays <country> <year> [--subdivision SP] [--types public,bank]

Lista los feriados de un año según las tablas de plazo (fecha, día, nombre).

  <country>         AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA,
                    PE, PY, SV, UY, VE
  <year>            un año de la tabla (2000-2075)
  --subdivision SP  una subdivisión de la tabla del país (SP con BR)
  --types TIPOS     public (por defecto), bank, optional, school, all
  --json            salida JSON
  --lang es|pt|en   idioma

Ejemplo:
  plazo holidays CL 2025
`,
    diagram: `Uso: plazo diagram <file.json | preset> [--lang es|pt|en]

Escribe en Mermaid el flujo de trabajo de un archivo JSON (una definición de
flujo, o un objeto con una clave "workflow") o de un preset:
                    ${PRESETS}

  --lang es|pt|en   idioma de las etiquetas (por defecto es; un preset, el suyo)
  --json            salida JSON

Ejemplo:
  plazo diagram retailMarketplaceCL > flujo.mmd
`,
  },
  seeHelp: (command) => `Ayuda: plazo ${command === undefined ? "" : `${command} `}--help`,
  errors: {
    unknown_command: (p) =>
      `comando desconocido ${q(p.command)}${p.suggestion ? ` (¿quisiste decir ${p.suggestion}?)` : ""}; comandos: deadline, holidays, diagram`,
    missing_command: () => "falta el comando: deadline, holidays o diagram",
    unknown_option: (p) =>
      `opción desconocida${p.suggestion ? ` (¿quisiste decir ${p.suggestion}?)` : ""}`,
    missing_value: () => "falta su valor",
    unexpected_value: () => "no lleva valor",
    repeated_option: () => "está dos veces",
    missing_option: (p) => `es obligatoria, p. ej. ${p.example}`,
    missing_argument: (p) => `falta ${arg(p.name)}`,
    extra_argument: () => "sobra este argumento",
    bad_lang: (p) => `idioma desconocido ${q(p.value)}; usa es, pt o en`,
    bad_prefer: (p) => `${q(p.value)} no vale; usa nearest o farthest`,
    unknown_country: (p) => `país desconocido ${q(p.value)}; países: ${p.known}`,
    unknown_subdivision: (p) =>
      `${p.country} no tiene la subdivisión ${q(p.value)}; subdivisiones: ${p.known}`,
    start_without_offset: (p) =>
      `${q(p.value)} no tiene Z ni desfase, así que no es un instante; p. ej. 2025-09-17T12:00-03:00 o 2025-09-17T15:00Z`,
    bad_start: (p) =>
      `${q(p.value)} no es un instante ISO 8601; p. ej. 2025-09-17T12:00-03:00 o 2025-09-17T15:00Z`,
    bad_duration: (p) =>
      `${q(p.value)} no es una duración; p. ej. 48h, 90m, 1h30m, 2d o 3bd (días hábiles)`,
    unknown_zone: (p) => `zona horaria desconocida ${q(p.value)}; p. ej. America/Santiago`,
    bad_hours: (p) =>
      `${q(p.value)} no es un horario${p.detail ? ` (${p.detail})` : ""}; usa office, whole, always o rangos como ${HOURS_EXAMPLE}`,
    bad_types: (p) =>
      `tipo de feriado desconocido ${q(p.value)}; usa public, bank, optional, school o all`,
    bad_year: (p) => `${q(p.value)} no es un año; p. ej. 2025`,
    year_out_of_range: (p) => `la tabla de ${p.country} cubre ${p.from}-${p.to}, no ${p.year}`,
    out_of_range: (p) => `fuera de los años del calendario (${p.detail})`,
    unknown_source: (p) =>
      `${q(p.value)} no es un preset ni un archivo legible${p.suggestion ? ` (¿quisiste decir ${p.suggestion}?)` : ""}; presets: ${p.presets}`,
    unreadable_file: (p) => `no se puede leer ${q(p.path)} (${p.detail})`,
    bad_json: (p) => `${q(p.path)} no es JSON válido (${p.detail})`,
    bad_definition: (p) => `${q(p.path)}: ${p.field}: ${p.detail}`,
  },
};

const pt: Messages = {
  weekdays: [
    "domingo",
    "segunda-feira",
    "terça-feira",
    "quarta-feira",
    "quinta-feira",
    "sexta-feira",
    "sábado",
  ],
  weekdaysShort: ["dom", "seg", "ter", "qua", "qui", "sex", "sáb"],
  types: {
    public: "público",
    bank: "bancário",
    optional: "facultativo",
    school: "escolar",
    custom: "próprio",
  },
  reasons: {
    weekend: "fim de semana",
    holiday: "feriado",
    exception: "exceção",
    closed: "fora do horário",
  },
  countries: {
    AR: "Argentina",
    BO: "Bolívia",
    BR: "Brasil",
    CL: "Chile",
    CO: "Colômbia",
    CR: "Costa Rica",
    DO: "República Dominicana",
    EC: "Equador",
    GT: "Guatemala",
    HN: "Honduras",
    MX: "México",
    NI: "Nicarágua",
    PA: "Panamá",
    PE: "Peru",
    PY: "Paraguai",
    SV: "El Salvador",
    UY: "Uruguai",
    VE: "Venezuela",
  },
  labels: {
    start: "Início",
    duration: "Duração",
    hours: "Horário",
    holidays: "Feriados",
    deadline: "Prazo",
    days: "Dias",
    none: "nenhum",
  },
  openTime: (amount) => `${amount} de tempo útil`,
  businessDays: (n) => (n === 1 ? "1 dia útil" : `${n} dias úteis`),
  skipped: (total, holidays, weekends) =>
    `Dias pulados: ${total} (${holidays} ${holidays === 1 ? "feriado" : "feriados"}, ${weekends} de fim de semana)`,
  holidaysTitle: (where, year, count) => `Feriados — ${where}, ${year}: ${count}`,
  help: {
    main: `plazo: prazos em tempo útil com os feriados da América Latina

Uso:
  plazo deadline <start> <duration> --country BR [opções]
  plazo holidays <country> <year> [--subdivision SP]
  plazo diagram <file.json | preset>
  plazo <comando> --help
  plazo --version

Comandos:
  deadline  calcula um prazo em tempo útil (e explica os dias pulados)
  holidays  lista os feriados de um ano
  diagram   desenha um fluxo de trabalho em Mermaid

Opções de todos os comandos:
  --lang es|pt|en   idioma da saída (padrão es)
  --json            saída JSON, para scripts
  -h, --help        esta ajuda

Códigos de saída: 0 ok, 1 valor recusado (país, data…), 2 erro de uso.
`,
    deadline: `Uso: plazo deadline <start> <duration> --country BR [opções]

Calcula o prazo: <start> mais <duration> de tempo útil do país.

  <start>           instante ISO 8601 com Z ou deslocamento: 2025-09-17T12:00-03:00
  <duration>        48h, 90m, 1h30m, 2d (= 48h de tempo útil), 3bd (dias úteis)
  --country BR      AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA,
                    PE, PY, SV, UY, VE
  --subdivision SP  uma subdivisão da tabela do país (SP com BR)
  --zone ZONA       fuso IANA; o padrão é o do país:
                    ${ZONES}
  --hours HORÁRIO   office (seg-sex 09:00-18:00, padrão), whole (seg-sex
                    00:00-24:00), always (todos os dias), faixas de seg-sex como
                    ${HOURS_EXAMPLE}, ou "mon-fri 09:00-18:00; sat 10:00-14:00"
  --types TIPOS     feriados que fecham: public (padrão), bank, optional,
                    school, all; separados por vírgulas
  --prefer farthest se o prazo cai num fechamento, a próxima abertura
  --explain         cada dia: tempo contado ou por que foi pulado
  --json            saída JSON
  --lang es|pt|en   idioma

Exemplo:
  plazo deadline 2025-11-19T12:00-03:00 48h --country BR --subdivision SP --lang pt --explain
`,
    holidays: `Uso: plazo holidays <country> <year> [--subdivision SP] [--types public,bank]

Lista os feriados de um ano conforme as tabelas do plazo (data, dia, nome).

  <country>         AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA,
                    PE, PY, SV, UY, VE
  <year>            um ano da tabela (2000-2075)
  --subdivision SP  uma subdivisão da tabela do país (SP com BR)
  --types TIPOS     public (padrão), bank, optional, school, all
  --json            saída JSON
  --lang es|pt|en   idioma

Exemplo:
  plazo holidays BR 2025 --subdivision SP --lang pt
`,
    diagram: `Uso: plazo diagram <file.json | preset> [--lang es|pt|en]

Escreve em Mermaid o fluxo de trabalho de um arquivo JSON (uma definição de
fluxo, ou um objeto com uma chave "workflow") ou de um preset:
                    ${PRESETS}

  --lang es|pt|en   idioma dos rótulos (padrão es; um preset, o dele)
  --json            saída JSON

Exemplo:
  plazo diagram marketplaceBR > fluxo.mmd
`,
  },
  seeHelp: (command) => `Ajuda: plazo ${command === undefined ? "" : `${command} `}--help`,
  errors: {
    unknown_command: (p) =>
      `comando desconhecido ${q(p.command)}${p.suggestion ? ` (você quis dizer ${p.suggestion}?)` : ""}; comandos: deadline, holidays, diagram`,
    missing_command: () => "falta o comando: deadline, holidays ou diagram",
    unknown_option: (p) =>
      `opção desconhecida${p.suggestion ? ` (você quis dizer ${p.suggestion}?)` : ""}`,
    missing_value: () => "falta o valor",
    unexpected_value: () => "não leva valor",
    repeated_option: () => "aparece duas vezes",
    missing_option: (p) => `é obrigatória, ex. ${p.example}`,
    missing_argument: (p) => `falta ${arg(p.name)}`,
    extra_argument: () => "argumento a mais",
    bad_lang: (p) => `idioma desconhecido ${q(p.value)}; use es, pt ou en`,
    bad_prefer: (p) => `${q(p.value)} não vale; use nearest ou farthest`,
    unknown_country: (p) => `país desconhecido ${q(p.value)}; países: ${p.known}`,
    unknown_subdivision: (p) =>
      `${p.country} não tem a subdivisão ${q(p.value)}; subdivisões: ${p.known}`,
    start_without_offset: (p) =>
      `${q(p.value)} não tem Z nem deslocamento, então não é um instante; ex. 2025-09-17T12:00-03:00 ou 2025-09-17T15:00Z`,
    bad_start: (p) =>
      `${q(p.value)} não é um instante ISO 8601; ex. 2025-09-17T12:00-03:00 ou 2025-09-17T15:00Z`,
    bad_duration: (p) =>
      `${q(p.value)} não é uma duração; ex. 48h, 90m, 1h30m, 2d ou 3bd (dias úteis)`,
    unknown_zone: (p) => `fuso horário desconhecido ${q(p.value)}; ex. America/Sao_Paulo`,
    bad_hours: (p) =>
      `${q(p.value)} não é um horário${p.detail ? ` (${p.detail})` : ""}; use office, whole, always ou faixas como ${HOURS_EXAMPLE}`,
    bad_types: (p) =>
      `tipo de feriado desconhecido ${q(p.value)}; use public, bank, optional, school ou all`,
    bad_year: (p) => `${q(p.value)} não é um ano; ex. 2025`,
    year_out_of_range: (p) => `a tabela de ${p.country} cobre ${p.from}-${p.to}, não ${p.year}`,
    out_of_range: (p) => `fora dos anos do calendário (${p.detail})`,
    unknown_source: (p) =>
      `${q(p.value)} não é um preset nem um arquivo legível${p.suggestion ? ` (você quis dizer ${p.suggestion}?)` : ""}; presets: ${p.presets}`,
    unreadable_file: (p) => `não foi possível ler ${q(p.path)} (${p.detail})`,
    bad_json: (p) => `${q(p.path)} não é JSON válido (${p.detail})`,
    bad_definition: (p) => `${q(p.path)}: ${p.field}: ${p.detail}`,
  },
};

const en: Messages = {
  weekdays: ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
  weekdaysShort: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  types: {
    public: "public",
    bank: "bank",
    optional: "optional",
    school: "school",
    custom: "custom",
  },
  reasons: {
    weekend: "weekend",
    holiday: "holiday",
    exception: "exception",
    closed: "outside hours",
  },
  countries: {
    AR: "Argentina",
    BO: "Bolivia",
    BR: "Brazil",
    CL: "Chile",
    CO: "Colombia",
    CR: "Costa Rica",
    DO: "Dominican Republic",
    EC: "Ecuador",
    GT: "Guatemala",
    HN: "Honduras",
    MX: "Mexico",
    NI: "Nicaragua",
    PA: "Panama",
    PE: "Peru",
    PY: "Paraguay",
    SV: "El Salvador",
    UY: "Uruguay",
    VE: "Venezuela",
  },
  labels: {
    start: "Start",
    duration: "Duration",
    hours: "Hours",
    holidays: "Holidays",
    deadline: "Deadline",
    days: "Days",
    none: "none",
  },
  openTime: (amount) => `${amount} of business time`,
  businessDays: (n) => (n === 1 ? "1 business day" : `${n} business days`),
  skipped: (total, holidays, weekends) =>
    `Days skipped: ${total} (${holidays} ${holidays === 1 ? "holiday" : "holidays"}, ${weekends} weekend ${weekends === 1 ? "day" : "days"})`,
  holidaysTitle: (where, year, count) => `Holidays — ${where}, ${year}: ${count}`,
  help: {
    main: `plazo: business-time deadlines with Latin American holidays

Usage:
  plazo deadline <start> <duration> --country CL [options]
  plazo holidays <country> <year> [--subdivision SP]
  plazo diagram <file.json | preset>
  plazo <command> --help
  plazo --version

Commands:
  deadline  computes a business-time deadline (and explains the days skipped)
  holidays  lists a year's holidays
  diagram   draws a workflow as Mermaid

Options of every command:
  --lang es|pt|en   output language (default es)
  --json            JSON output, for scripts
  -h, --help        this help

Exit codes: 0 ok, 1 a value refused (country, date…), 2 a usage error.
`,
    deadline: `Usage: plazo deadline <start> <duration> --country CL [options]

Computes the deadline: <start> plus <duration> of the country's business time.

  <start>           ISO 8601 instant with Z or an offset: 2025-09-17T12:00-03:00
  <duration>        48h, 90m, 1h30m, 2d (= 48h of business time), 3bd (business days)
  --country CL      AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA,
                    PE, PY, SV, UY, VE
  --subdivision SP  a subdivision of the country's table (SP with BR)
  --zone ZONE       IANA time zone; default the country's:
                    ${ZONES}
  --hours HOURS     office (Mon-Fri 09:00-18:00, default), whole (Mon-Fri
                    00:00-24:00), always (every day), Mon-Fri ranges such as
                    ${HOURS_EXAMPLE}, or "mon-fri 09:00-18:00; sat 10:00-14:00"
  --types TYPES     holidays that close: public (default), bank, optional,
                    school, all; comma-separated
  --prefer farthest when the deadline falls on a closing, the next opening
  --explain         every day: the time counted or why it was skipped
  --json            JSON output
  --lang es|pt|en   language

Example:
  plazo deadline 2025-09-17T12:00-03:00 48h --country CL --explain --lang en
`,
    holidays: `Usage: plazo holidays <country> <year> [--subdivision SP] [--types public,bank]

Lists a year's holidays from plazo's tables (date, weekday, name).

  <country>         AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA,
                    PE, PY, SV, UY, VE
  <year>            a year of the table (2000-2075)
  --subdivision SP  a subdivision of the country's table (SP with BR)
  --types TYPES     public (default), bank, optional, school, all
  --json            JSON output
  --lang es|pt|en   language

Example:
  plazo holidays MX 2026 --types public,bank --lang en
`,
    diagram: `Usage: plazo diagram <file.json | preset> [--lang es|pt|en]

Writes as Mermaid the workflow of a JSON file (a workflow definition, or an
object with a "workflow" key) or of a preset:
                    ${PRESETS}

  --lang es|pt|en   language of the labels (default es; a preset's own for a preset)
  --json            JSON output

Example:
  plazo diagram fulfilmentPlatformMX --lang en > workflow.mmd
`,
  },
  seeHelp: (command) => `Help: plazo ${command === undefined ? "" : `${command} `}--help`,
  errors: {
    unknown_command: (p) =>
      `unknown command ${q(p.command)}${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}; commands: deadline, holidays, diagram`,
    missing_command: () => "missing the command: deadline, holidays or diagram",
    unknown_option: (p) =>
      `unknown option${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}`,
    missing_value: () => "needs a value",
    unexpected_value: () => "takes no value",
    repeated_option: () => "is given twice",
    missing_option: (p) => `is required, e.g. ${p.example}`,
    missing_argument: (p) => `missing ${arg(p.name)}`,
    extra_argument: () => "unexpected argument",
    bad_lang: (p) => `unknown language ${q(p.value)}; use es, pt or en`,
    bad_prefer: (p) => `${q(p.value)} is not allowed; use nearest or farthest`,
    unknown_country: (p) => `unknown country ${q(p.value)}; countries: ${p.known}`,
    unknown_subdivision: (p) =>
      `${p.country} has no subdivision ${q(p.value)}; subdivisions: ${p.known}`,
    start_without_offset: (p) =>
      `${q(p.value)} has no Z or offset, so it is no instant; e.g. 2025-09-17T12:00-03:00 or 2025-09-17T15:00Z`,
    bad_start: (p) =>
      `${q(p.value)} is not an ISO 8601 instant; e.g. 2025-09-17T12:00-03:00 or 2025-09-17T15:00Z`,
    bad_duration: (p) =>
      `${q(p.value)} is not a duration; e.g. 48h, 90m, 1h30m, 2d or 3bd (business days)`,
    unknown_zone: (p) => `unknown time zone ${q(p.value)}; e.g. America/Santiago`,
    bad_hours: (p) =>
      `${q(p.value)} are not working hours${p.detail ? ` (${p.detail})` : ""}; use office, whole, always or ranges such as ${HOURS_EXAMPLE}`,
    bad_types: (p) =>
      `unknown holiday type ${q(p.value)}; use public, bank, optional, school or all`,
    bad_year: (p) => `${q(p.value)} is not a year; e.g. 2025`,
    year_out_of_range: (p) => `the ${p.country} table covers ${p.from}-${p.to}, not ${p.year}`,
    out_of_range: (p) => `outside the calendar's years (${p.detail})`,
    unknown_source: (p) =>
      `${q(p.value)} is neither a preset nor a readable file${p.suggestion ? ` (did you mean ${p.suggestion}?)` : ""}; presets: ${p.presets}`,
    unreadable_file: (p) => `cannot read ${q(p.path)} (${p.detail})`,
    bad_json: (p) => `${q(p.path)} is not valid JSON (${p.detail})`,
    bad_definition: (p) => `${q(p.path)}: ${p.field}: ${p.detail}`,
  },
};

const ALL: Readonly<Record<Locale, Messages>> = { es, pt, en };

/**
 * The strings of `locale`.
 *
 * @example
 * ```ts
 * messages("en").labels.deadline; // "Deadline"
 * ```
 */
export function messages(locale: Locale): Messages {
  return ALL[locale];
}

/**
 * The message of an error in `locale`.
 *
 * @example
 * ```ts
 * errorMessage("es", "unknown_country", { value: "XX", known: "AR, BR" });
 * // 'país desconocido "XX"; países: AR, BR'
 * ```
 */
export function errorMessage<C extends ErrorCode>(
  locale: Locale,
  code: C,
  params: ErrorParams[C],
): string {
  const render = ALL[locale].errors[code] as (p: ErrorParams[C]) => string;
  return render(params);
}
