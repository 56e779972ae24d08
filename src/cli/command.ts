/**
 * What every command of `plazo` is: its options and positional arguments,
 * and a pure function from the command line read to its output.
 *
 * @module
 */
import type { Locale } from "../locale.js";
import type { CommandLine, OptionSpec } from "./args.js";

/**
 * What a command may use besides its command line: the output locale,
 * whether `--lang` was given, and a way to read a file (injected, so that
 * the commands stay pure).
 *
 * @example
 * ```ts
 * const context: CommandContext = { locale: "es", langGiven: false, readFile: (p) => readFileSync(p, "utf8") };
 * ```
 */
export interface CommandContext {
  readonly locale: Locale;
  /** Whether `--lang` was on the command line (a preset's diagram keeps its own locale otherwise). */
  readonly langGiven: boolean;
  /** Reads a UTF-8 text file; throws when it cannot. Absent: files cannot be read. */
  readonly readFile?: ((path: string) => string) | undefined;
}

/**
 * A command's result: the text for people and the value `--json` prints.
 *
 * @example
 * ```ts
 * const out: CommandOutput = { text: "Plazo: …\n", json: { deadline: "2025-09-26T18:00:00.000Z" } };
 * ```
 */
export interface CommandOutput {
  /** Printed as is; ends with a newline. */
  readonly text: string;
  readonly json: unknown;
}

/**
 * A command: its name, its options besides `--lang`, `--json` and `--help`,
 * the names of its positional arguments, and what it does.
 *
 * @example
 * ```ts
 * const hello: Command = { name: "hello", options: {}, positionals: [], execute: () => ({ text: "hola\n", json: {} }) };
 * ```
 */
export interface Command {
  readonly name: string;
  readonly options: OptionSpec;
  readonly positionals: readonly string[];
  execute(line: CommandLine, context: CommandContext): CommandOutput;
}
