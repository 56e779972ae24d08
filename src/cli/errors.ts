/**
 * What `plazo` refuses: each error has a key (a stable code for scripts), the
 * argument it names, and the parameters its es/pt/en message is built from.
 * Usage errors (a wrong command line) exit with 2, refusals of a value with 1.
 *
 * @module
 */

/**
 * The parameters of each error's message, by error code.
 *
 * @example
 * ```ts
 * const p: ErrorParams["unknown_country"] = { value: "XX", known: "AR, BR, CL" };
 * ```
 */
export interface ErrorParams {
  /** Usage: the first word is no command. */
  readonly unknown_command: { readonly command: string; readonly suggestion?: string };
  /** Usage: no command at all. */
  readonly missing_command: Record<string, never>;
  /** Usage: an option the command does not take. */
  readonly unknown_option: { readonly option: string; readonly suggestion?: string };
  /** Usage: an option that needs a value was given none. */
  readonly missing_value: { readonly option: string };
  /** Usage: a flag was given a value (`--json=yes`). */
  readonly unexpected_value: { readonly option: string };
  /** Usage: the same option twice. */
  readonly repeated_option: { readonly option: string };
  /** Usage: a required option is missing. */
  readonly missing_option: { readonly option: string; readonly example: string };
  /** Usage: a positional argument is missing. */
  readonly missing_argument: { readonly name: string };
  /** Usage: more positional arguments than the command takes. */
  readonly extra_argument: { readonly value: string };
  /** Usage: `--lang` is not es, pt or en. */
  readonly bad_lang: { readonly value: string };
  /** Usage: `--prefer` is not nearest or farthest. */
  readonly bad_prefer: { readonly value: string };
  /** A country plazo has no table for. */
  readonly unknown_country: { readonly value: string; readonly known: string };
  /** A subdivision the country's table does not have. */
  readonly unknown_subdivision: {
    readonly value: string;
    readonly country: string;
    readonly known: string;
  };
  /** An instant without `Z` or an offset. */
  readonly start_without_offset: { readonly value: string };
  /** Not an ISO 8601 instant at all. */
  readonly bad_start: { readonly value: string };
  /** Not a duration such as `48h` or `3bd`. */
  readonly bad_duration: { readonly value: string };
  /** A time zone the runtime does not know. */
  readonly unknown_zone: { readonly value: string };
  /** Working hours that are not office, whole, always or a list of ranges. */
  readonly bad_hours: { readonly value: string; readonly detail?: string };
  /** A holiday type that does not exist. */
  readonly bad_types: { readonly value: string };
  /** A year that is not a four-digit number. */
  readonly bad_year: { readonly value: string };
  /** A year outside the country's holiday table. */
  readonly year_out_of_range: {
    readonly year: string;
    readonly country: string;
    readonly from: string;
    readonly to: string;
  };
  /** An instant or result outside the years the calendar answers for. */
  readonly out_of_range: { readonly detail: string };
  /** Neither a preset name nor a readable file. */
  readonly unknown_source: {
    readonly value: string;
    readonly presets: string;
    readonly suggestion?: string;
  };
  /** A file that cannot be read. */
  readonly unreadable_file: { readonly path: string; readonly detail: string };
  /** A file that is not JSON. */
  readonly bad_json: { readonly path: string; readonly detail: string };
  /** A workflow definition the library refuses, at `field`. */
  readonly bad_definition: {
    readonly path: string;
    readonly field: string;
    readonly detail: string;
  };
}

/**
 * An error code of the CLI, e.g. `"start_without_offset"`.
 *
 * @example
 * ```ts
 * const code: ErrorCode = "unknown_country";
 * ```
 */
export type ErrorCode = keyof ErrorParams;

const USAGE: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  "unknown_command",
  "missing_command",
  "unknown_option",
  "missing_value",
  "unexpected_value",
  "repeated_option",
  "missing_option",
  "missing_argument",
  "extra_argument",
  "bad_lang",
  "bad_prefer",
]);

/**
 * The exit code of an error: 2 for a usage error, 1 for a refused value.
 *
 * @example
 * ```ts
 * exitCodeOf("missing_argument"); // 2
 * exitCodeOf("unknown_country");  // 1
 * ```
 */
export function exitCodeOf(code: ErrorCode): 1 | 2 {
  return USAGE.has(code) ? 2 : 1;
}

/**
 * A refusal of the command line: its code, the argument it names (`start`,
 * `--country`…), the parameters of its message, and its exit code. The
 * command that threw it is kept so that a usage error can point to its help.
 *
 * @example
 * ```ts
 * throw new CliError("start_without_offset", "start", { value: "2025-09-17T12:00" });
 * ```
 */
export class CliError<C extends ErrorCode = ErrorCode> extends Error {
  /** 1 for a refused value, 2 for a usage error. */
  readonly exitCode: 1 | 2;

  constructor(
    readonly code: C,
    readonly argument: string,
    readonly params: ErrorParams[C],
  ) {
    super(`${argument}: ${code}`);
    this.name = "CliError";
    this.exitCode = exitCodeOf(code);
  }
}
