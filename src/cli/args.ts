/**
 * The command line of one command, read with node's `util.parseArgs` and
 * checked here so that every mistake is a {@link CliError} naming the
 * offending option or argument.
 *
 * @module
 */
import { parseArgs } from "node:util";
import { closestKey } from "../check.js";
import { CliError } from "./errors.js";

/**
 * The options a command takes: string options need a value, boolean ones are flags.
 *
 * @example
 * ```ts
 * const spec: OptionSpec = { country: { type: "string" }, json: { type: "boolean" } };
 * ```
 */
export type OptionSpec = Readonly<
  Record<string, { readonly type: "string" | "boolean"; readonly short?: string }>
>;

/**
 * A command line once read: option values by name, and the positional arguments.
 *
 * @example
 * ```ts
 * const { values, positionals }: CommandLine = readCommandLine(["CL", "2025", "--json"], spec, ["country", "year"]);
 * ```
 */
export interface CommandLine {
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
  readonly positionals: readonly string[];
  /** Whether `--help` or `-h` was given: nothing else was checked then. */
  readonly help: boolean;
}

/**
 * Reads `args` against `options` and the names of the positional arguments
 * the command needs. Refuses (exit code 2) an unknown option (suggesting the
 * closest one), a string option without a value, a flag with one, an option
 * given twice, a missing positional argument (naming it) or an extra one.
 * `--help` anywhere skips every check. `--` ends the options.
 *
 * @example
 * ```ts
 * readCommandLine(["CL", "2025", "--subdivision", "AP"], { subdivision: { type: "string" } }, ["country", "year"]);
 * // { values: { subdivision: "AP" }, positionals: ["CL", "2025"], help: false }
 * readCommandLine(["CL"], {}, ["country", "year"]); // throws CliError "missing_argument" naming year
 * ```
 */
export function readCommandLine(
  args: readonly string[],
  options: OptionSpec,
  positionalNames: readonly string[],
): CommandLine {
  const all: OptionSpec = { ...options, help: { type: "boolean", short: "h" } };
  const { tokens } = parseArgs({
    args: [...args],
    options: all,
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  if (tokens.some((t) => t.kind === "option" && t.name === "help"))
    return { values: {}, positionals: [], help: true };
  const values: Record<string, string | boolean | undefined> = {};
  const positionals: string[] = [];
  const names = Object.keys(options).map((n) => `--${n}`);
  for (const t of tokens) {
    if (t.kind === "option-terminator") continue;
    if (t.kind === "positional") {
      positionals.push(t.value);
      continue;
    }
    const raw = t.rawName.startsWith("--") ? t.rawName : (args[t.index] ?? t.rawName);
    const spec = Object.hasOwn(options, t.name) ? options[t.name] : undefined;
    if (spec === undefined) {
      const suggestion = closestKey(t.rawName, names);
      throw new CliError("unknown_option", raw, {
        option: raw,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    if (values[t.name] !== undefined) throw new CliError("repeated_option", raw, { option: raw });
    if (spec.type === "boolean") {
      if (t.value !== undefined) throw new CliError("unexpected_value", raw, { option: raw });
      values[t.name] = true;
      continue;
    }
    const v = t.value;
    if (v === undefined || v === "" || (!t.inlineValue && v.startsWith("--")))
      throw new CliError("missing_value", raw, { option: raw });
    values[t.name] = v;
  }
  const missing = positionalNames[positionals.length];
  if (missing !== undefined) throw new CliError("missing_argument", missing, { name: missing });
  if (positionals.length > positionalNames.length) {
    const value = positionals[positionalNames.length] as string;
    throw new CliError("extra_argument", value, { value });
  }
  return { values, positionals, help: false };
}
