/**
 * The `plazo` command as a pure function: an argv array and an injected
 * environment in, an exit code and the text of stdout and stderr out. No
 * process global is read or written here; `main.ts` does that.
 *
 * @module
 */
import { closestKey } from "../check.js";
import { PlazoError } from "../errors.js";
import type { Locale } from "../locale.js";
import { readCommandLine } from "./args.js";
import type { Command, CommandContext } from "./command.js";
import { deadlineCommand } from "./deadline.js";
import { diagramCommand } from "./diagram.js";
import { CliError } from "./errors.js";
import { holidaysCommand } from "./holidays.js";
import { errorMessage, messages } from "./messages.js";

/**
 * What `run` may use from outside: the version to print, and a way to read
 * files (for `diagram <file.json>`).
 *
 * @example
 * ```ts
 * const env: CliEnv = { version: "1.2.0", readFile: (p) => readFileSync(p, "utf8") };
 * ```
 */
export interface CliEnv {
  /** What `plazo --version` prints. */
  readonly version?: string;
  /** Reads a UTF-8 text file; throws when it cannot. */
  readonly readFile?: (path: string) => string;
}

/**
 * What a run of `plazo` ends with: the exit code (0 ok, 1 a refused value,
 * 2 a usage error) and what to write to stdout and stderr.
 *
 * @example
 * ```ts
 * const { code, stdout, stderr }: CliResult = run(["holidays", "CL", "2025"]);
 * ```
 */
export interface CliResult {
  readonly code: 0 | 1 | 2;
  readonly stdout: string;
  readonly stderr: string;
}

const COMMANDS: readonly Command[] = [deadlineCommand, holidaysCommand, diagramCommand];
const GLOBAL = { lang: { type: "string" }, json: { type: "boolean" } } as const;

/** `es`, `pt`, `en`, or a tag starting with one (`pt-BR`); undefined otherwise. */
function localeOf(value: string): Locale | undefined {
  const m = /^(es|pt|en)(?:[-_][a-z0-9-_]*)?$/i.exec(value.trim());
  return m ? ((m[1] as string).toLowerCase() as Locale) : undefined;
}

/**
 * A first, tolerant look at argv: the locale and format errors are written
 * in (before the command line is checked), the command and where it is, and
 * the flags before it.
 */
function scan(argv: readonly string[]) {
  let locale: Locale = "es";
  let json = false;
  let command: string | undefined;
  let commandAt = -1;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === "--") break;
    const lang = a === "--lang" ? argv[i + 1] : a.startsWith("--lang=") ? a.slice(7) : undefined;
    if (lang !== undefined) locale = localeOf(lang) ?? locale;
    if (a === "--json") json = true;
    if (command === undefined && !a.startsWith("-") && argv[i - 1] !== "--lang") {
      command = a;
      commandAt = i;
    }
  }
  return { locale, json, command, commandAt };
}

function failure(
  e: CliError,
  locale: Locale,
  json: boolean,
  command: string | undefined,
  extra = "",
): CliResult {
  const message = errorMessage(locale, e.code, e.params);
  const stderr = json
    ? `${JSON.stringify(
        { error: { code: e.code, exitCode: e.exitCode, argument: e.argument, message } },
        null,
        2,
      )}\n`
    : `plazo: ${e.argument}: ${message}\n${
        e.exitCode === 2 ? `${messages(locale).seeHelp(command)}\n` : ""
      }${extra}`;
  return { code: e.exitCode, stdout: "", stderr };
}

/**
 * Runs `plazo` on `argv` (the arguments after the program name):
 * `deadline`, `holidays`, `diagram`, `--help`, `<command> --help`,
 * `--version`. Output is in `--lang` (es, pt, en; default es), or JSON with
 * `--json` (errors too, on stderr). A refused value exits with 1 and a
 * usage error with 2, the message naming the offending argument.
 *
 * @example
 * ```ts
 * const r = run(["deadline", "2025-09-17T12:00-03:00", "48h", "--country", "CL", "--json"]);
 * r.code;                          // 0
 * JSON.parse(r.stdout).deadline;   // "2025-09-26T18:00:00.000Z"
 * run(["deadline", "2025-09-17T12:00", "48h", "--country", "CL"]).code; // 1, naming start
 * ```
 */
export function run(argv: readonly string[], env: CliEnv = {}): CliResult {
  const { locale, json, command, commandAt } = scan(argv);
  const m = messages(locale);
  const ok = (stdout: string): CliResult => ({ code: 0, stdout, stderr: "" });
  const before = commandAt < 0 ? [...argv] : argv.slice(0, commandAt);
  try {
    if (command === undefined) {
      const line = readCommandLine(
        before,
        { ...GLOBAL, version: { type: "boolean", short: "v" } },
        [],
      );
      if (line.help) return ok(m.help.main);
      const lang = line.values.lang;
      if (typeof lang === "string" && localeOf(lang) === undefined)
        throw new CliError("bad_lang", "--lang", { value: lang });
      if (line.values.version) {
        const version = env.version ?? "unknown";
        return ok(json ? `${JSON.stringify({ version })}\n` : `${version}\n`);
      }
      return failure(
        new CliError("missing_command", "command", {}),
        locale,
        json,
        undefined,
        m.help.main,
      );
    }
    const cmd = COMMANDS.find((c) => c.name === command);
    if (cmd === undefined) {
      const suggestion = closestKey(
        command,
        COMMANDS.map((c) => c.name),
      );
      throw new CliError("unknown_command", "command", {
        command,
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    const line = readCommandLine(
      [...before, ...argv.slice(commandAt + 1)],
      { ...cmd.options, ...GLOBAL },
      cmd.positionals,
    );
    if (line.help) return ok(m.help[cmd.name as keyof typeof m.help]);
    const lang = line.values.lang;
    if (typeof lang === "string" && localeOf(lang) === undefined)
      throw new CliError("bad_lang", "--lang", { value: lang });
    const context: CommandContext = {
      locale,
      langGiven: typeof lang === "string",
      readFile: env.readFile,
    };
    const out = cmd.execute(line, context);
    return ok(line.values.json ? `${JSON.stringify(out.json, null, 2)}\n` : out.text);
  } catch (e) {
    if (e instanceof CliError) {
      const known = COMMANDS.some((c) => c.name === command) ? command : undefined;
      return failure(e, locale, json, known);
    }
    if (e instanceof PlazoError) {
      // A refusal of the library this CLI did not foresee: its own (English) message.
      const message = e.message;
      return {
        code: 1,
        stdout: "",
        stderr: json
          ? `${JSON.stringify({ error: { code: "refused", exitCode: 1, argument: e.field, message } }, null, 2)}\n`
          : `plazo: ${message}\n`,
      };
    }
    throw e;
  }
}
