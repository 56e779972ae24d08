// plazo as a whole: help, version, and every error path with its exit code
// (1 a refused value, 2 a usage error) and a message naming the argument.
import { describe, expect, it } from "vitest";
import type { ErrorCode } from "../../src/cli/errors.js";
import { messages } from "../../src/cli/messages.js";
import { run } from "../../src/cli/run.js";

const START = "2025-09-17T12:00-03:00";

describe("help and version", () => {
  it("--help and -h print the program's help, in --lang", () => {
    for (const args of [["--help"], ["-h"]]) {
      const r = run(args);
      expect(r).toEqual({ code: 0, stdout: messages("es").help.main, stderr: "" });
    }
    expect(run(["--help", "--lang", "pt"]).stdout).toBe(messages("pt").help.main);
    expect(run(["--lang", "en", "--help"]).stdout).toBe(messages("en").help.main);
  });

  it("<command> --help prints the command's help, whatever else is there", () => {
    for (const command of ["deadline", "holidays", "diagram"] as const) {
      for (const lang of ["es", "pt", "en"] as const) {
        const r = run([command, "--help", "--lang", lang]);
        expect(r).toEqual({ code: 0, stdout: messages(lang).help[command], stderr: "" });
      }
    }
    expect(run(["deadline", "nonsense", "-h", "--bogus"]).stdout).toBe(
      messages("es").help.deadline,
    );
    expect(messages("en").help.deadline).toContain("--country CL");
  });

  it("--version prints the version it is given", () => {
    expect(run(["--version"], { version: "1.2.3" })).toEqual({
      code: 0,
      stdout: "1.2.3\n",
      stderr: "",
    });
    expect(run(["-v"], { version: "1.2.3" }).stdout).toBe("1.2.3\n");
    expect(JSON.parse(run(["--version", "--json"], { version: "1.2.3" }).stdout)).toEqual({
      version: "1.2.3",
    });
    expect(run(["--version"]).stdout).toBe("unknown\n");
  });

  it("no command: exit 2, the help on stderr", () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `plazo: command: falta el comando: deadline, holidays o diagram\nAyuda: plazo --help\n${messages("es").help.main}`,
    );
    expect(run(["--lang", "en"]).stderr).toMatch(/^plazo: command: missing the command/);
  });
});

// [argv, exit code, the argument named, error code]
const CASES: [string[], 1 | 2, string, ErrorCode][] = [
  [["deadline", START, "48h", "--country", "XX"], 1, "--country", "unknown_country"],
  [
    ["deadline", START, "48h", "--country", "CL", "--subdivision", "SP"],
    1,
    "--subdivision",
    "unknown_subdivision",
  ],
  [["deadline", "2025-09-17T12:00", "48h", "--country", "CL"], 1, "start", "start_without_offset"],
  [["deadline", "2025-09-17", "48h", "--country", "CL"], 1, "start", "start_without_offset"],
  [
    ["deadline", "2025-09-17 12:00:00", "48h", "--country", "CL"],
    1,
    "start",
    "start_without_offset",
  ],
  [["deadline", "yesterday", "48h", "--country", "CL"], 1, "start", "bad_start"],
  [["deadline", "2025-02-30T12:00Z", "48h", "--country", "CL"], 1, "start", "bad_start"],
  [["deadline", "2025-09-17T25:00Z", "48h", "--country", "CL"], 1, "start", "bad_start"],
  [["deadline", "1999-12-31T12:00Z", "48h", "--country", "CL"], 1, "start", "year_out_of_range"],
  [["deadline", "2075-12-31T12:00Z", "100h", "--country", "CL"], 1, "duration", "out_of_range"],
  [["deadline", START, "48", "--country", "CL"], 1, "duration", "bad_duration"],
  [["deadline", START, "3 days", "--country", "CL"], 1, "duration", "bad_duration"],
  [["deadline", START, "1.5bd", "--country", "CL"], 1, "duration", "bad_duration"],
  [["deadline", START, "30m1h", "--country", "CL"], 1, "duration", "bad_duration"],
  [["deadline", START, "1e9999h", "--country", "CL"], 1, "duration", "bad_duration"],
  [["deadline", START, "99999999999999h", "--country", "CL"], 1, "duration", "bad_duration"],
  [
    ["deadline", START, "48h", "--country", "CL", "--zone", "Mars/Olympus"],
    1,
    "--zone",
    "unknown_zone",
  ],
  [["deadline", START, "48h", "--country", "CL", "--hours", "9-18"], 1, "--hours", "bad_hours"],
  [
    ["deadline", START, "48h", "--country", "CL", "--hours", "09:00-13:00,12:00-18:00"],
    1,
    "--hours",
    "bad_hours",
  ],
  [
    ["deadline", START, "48h", "--country", "CL", "--hours", "25:00-26:00"],
    1,
    "--hours",
    "bad_hours",
  ],
  [
    ["deadline", START, "48h", "--country", "CL", "--hours", "fri-mon 09:00-18:00"],
    1,
    "--hours",
    "bad_hours",
  ],
  [
    ["deadline", START, "48h", "--country", "CL", "--hours", "mon 09:00-12:00; mon 13:00-18:00"],
    1,
    "--hours",
    "bad_hours",
  ],
  [["deadline", START, "48h", "--country", "CL", "--types", "civic"], 1, "--types", "bad_types"],
  [["deadline", START, "48h"], 2, "--country", "missing_option"],
  [["deadline", "yesterday", "48h"], 2, "--country", "missing_option"],
  [["deadline", "+100000-01-01T00:00Z", "48h", "--country", "CL"], 1, "start", "year_out_of_range"],
  [["deadline", START], 2, "duration", "missing_argument"],
  [["deadline"], 2, "start", "missing_argument"],
  [["deadline", START, "48h", "extra", "--country", "CL"], 2, "extra", "extra_argument"],
  [["deadline", START, "48h", "--contry", "CL"], 2, "--contry", "unknown_option"],
  [["deadline", START, "-3bd", "--country", "CL"], 2, "-3bd", "unknown_option"],
  [["deadline", START, "48h", "--country"], 2, "--country", "missing_value"],
  [["deadline", START, "48h", "--country", "--explain"], 2, "--country", "missing_value"],
  [["deadline", START, "48h", "--country="], 2, "--country", "missing_value"],
  [
    ["deadline", START, "48h", "--country", "CL", "--country", "MX"],
    2,
    "--country",
    "repeated_option",
  ],
  [
    ["deadline", START, "48h", "--country", "CL", "--explain=yes"],
    2,
    "--explain",
    "unexpected_value",
  ],
  [["deadline", START, "48h", "--country", "CL", "--lang", "fr"], 2, "--lang", "bad_lang"],
  [["deadline", START, "48h", "--country", "CL", "--prefer", "far"], 2, "--prefer", "bad_prefer"],
  [["holidays", "ZZ", "2025"], 1, "country", "unknown_country"],
  [["holidays", "CL", "25"], 1, "year", "bad_year"],
  [["holidays", "CL", "2099"], 1, "year", "year_out_of_range"],
  [["holidays", "CL", "1999"], 1, "year", "year_out_of_range"],
  [["holidays", "BR", "2025", "--subdivision", "XX"], 1, "--subdivision", "unknown_subdivision"],
  [["holidays", "BR", "2025", "--types", "public,nope"], 1, "--types", "bad_types"],
  [["holidays", "CL"], 2, "year", "missing_argument"],
  [["holidays", "CL", "2025", "--zone", "UTC"], 2, "--zone", "unknown_option"],
  [["diagram"], 2, "source", "missing_argument"],
  [["diagram", "nope"], 1, "source", "unknown_source"],
  [["diagram", "a.json", "b.json"], 2, "b.json", "extra_argument"],
  [["deadlin"], 2, "command", "unknown_command"],
  [["--foo"], 2, "--foo", "unknown_option"],
];

describe("errors", () => {
  it.each(CASES)("%j exits with %i naming %s", (argv, exit, argument, code) => {
    const r = run(argv);
    expect(r.code).toBe(exit);
    expect(r.stdout).toBe("");
    expect(r.stderr.startsWith(`plazo: ${argument}: `)).toBe(true);
    // A usage error points to the help; a refused value does not.
    expect(r.stderr.includes("--help")).toBe(exit === 2);
    const j = JSON.parse(run([...argv, "--json"]).stderr);
    expect(j.error).toMatchObject({ code, exitCode: exit, argument });
    expect(typeof j.error.message).toBe("string");
  });

  it("--help wins over a bad --lang", () => {
    expect(run(["--lang", "fr", "--help"]).code).toBe(0);
  });

  it("messages are in --lang, and name the value", () => {
    const argv = ["deadline", "2025-09-17T12:00", "48h", "--country", "CL"];
    expect(run(argv).stderr).toBe(
      'plazo: start: "2025-09-17T12:00" no tiene Z ni desfase, así que no es un instante; p. ej. 2025-09-17T12:00-03:00 o 2025-09-17T15:00Z\n',
    );
    expect(run([...argv, "--lang", "pt"]).stderr).toBe(
      'plazo: start: "2025-09-17T12:00" não tem Z nem deslocamento, então não é um instante; ex. 2025-09-17T12:00-03:00 ou 2025-09-17T15:00Z\n',
    );
    expect(run([...argv, "--lang", "en-US"]).stderr).toBe(
      'plazo: start: "2025-09-17T12:00" has no Z or offset, so it is no instant; e.g. 2025-09-17T12:00-03:00 or 2025-09-17T15:00Z\n',
    );
    expect(run(["holidays", "XX", "2025", "--lang", "en"]).stderr).toBe(
      'plazo: country: unknown country "XX"; countries: AR, BO, BR, CL, CO, CR, DO, EC, GT, HN, MX, NI, PA, PE, PY, SV, UY, VE\n',
    );
    expect(run(["holidays", "BR", "2025", "--subdivision", "XX", "--lang", "pt"]).stderr).toMatch(
      /^plazo: --subdivision: BR não tem a subdivisão "XX"; subdivisões: AC, AL, .*, SP, TO\n$/,
    );
    expect(run(["holidays", "CL", "2099"]).stderr).toBe(
      "plazo: year: la tabla de CL cubre 2000-2075, no 2099\n",
    );
  });

  it("usage errors suggest the closest name and point to the command's help", () => {
    expect(run(["deadline", START, "48h", "--contry", "CL", "--lang", "en"]).stderr).toBe(
      "plazo: --contry: unknown option (did you mean --country?)\nHelp: plazo deadline --help\n",
    );
    expect(run(["holdays", "CL", "2025"]).stderr).toBe(
      'plazo: command: comando desconocido "holdays" (¿quisiste decir holidays?); comandos: deadline, holidays, diagram\nAyuda: plazo --help\n',
    );
    expect(run(["deadline", START, "48h"]).stderr).toBe(
      "plazo: --country: es obligatoria, p. ej. --country CL\nAyuda: plazo deadline --help\n",
    );
    expect(run(["deadline", START, "--lang", "en"]).stderr).toBe(
      "plazo: duration: missing <duration>\nHelp: plazo deadline --help\n",
    );
  });

  it("bad hours say what is wrong", () => {
    const r = run([
      "deadline",
      START,
      "48h",
      "--country",
      "CL",
      "--hours",
      "09:00-13:00,12:00-18:00",
      "--lang",
      "en",
    ]);
    expect(r.stderr).toBe(
      'plazo: --hours: "09:00-13:00,12:00-18:00" are not working hours ("12:00-18:00" overlaps "09:00-13:00"); use office, whole, always or ranges such as "08:30-13:00,14:00-17:45"\n',
    );
  });

  it("every error has a message in es, pt and en", () => {
    for (const lang of ["es", "pt", "en"] as const) {
      const codes = Object.keys(messages(lang).errors).sort();
      expect(codes).toEqual(Object.keys(messages("es").errors).sort());
    }
    // Every error is tested: here, or in diagram.test.ts for the file ones.
    const elsewhere = ["missing_command", "unreadable_file", "bad_json", "bad_definition"];
    const tested = new Set([...CASES.map(([, , , code]) => code), ...elsewhere]);
    expect([...tested].sort()).toEqual(Object.keys(messages("es").errors).sort());
  });
});
