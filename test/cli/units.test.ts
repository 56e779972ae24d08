// The CLI's small parsers and formatters.
import { officeHours, wholeBusinessDays } from "plazo/calendar";
import { describe, expect, it } from "vitest";
import { readCommandLine } from "../../src/cli/args.js";
import { describeDuration, formatOpenTime, parseDurationText } from "../../src/cli/duration.js";
import { CliError } from "../../src/cli/errors.js";
import { localParts, weekdayOfDate } from "../../src/cli/format.js";
import { describeHours, parseHours } from "../../src/cli/hours.js";
import { messages } from "../../src/cli/messages.js";

const refused = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof CliError) return [e.code, e.argument];
    throw e;
  }
  throw new Error("not refused");
};

describe("durations", () => {
  it.each([
    ["48h", { hours: 48 }],
    ["90m", { minutes: 90 }],
    ["90min", { minutes: 90 }],
    ["1h30m", { hours: 1, minutes: 30 }],
    ["2d", { hours: 48 }],
    ["1d2h", { hours: 26 }],
    ["1.5h", { hours: 1.5 }],
    ["45s", { seconds: 45 }],
    ["0h", { hours: 0 }],
    [" 3BD ", { businessDays: 3 }],
    ["3bd", { businessDays: 3 }],
  ])("%s", (text, duration) => {
    expect(parseDurationText(text)).toEqual(duration);
  });

  it.each(["", "48", "h", "3 days", "1.5bd", "30m1h", "1h1h", "-3bd", "1h 30m", "3bd2h", "2w"])(
    "refuses %j naming duration",
    (text) => {
      expect(refused(() => parseDurationText(text))).toEqual(["bad_duration", "duration"]);
    },
  );

  it("in words", () => {
    expect(formatOpenTime(5_400_000)).toBe("1 h 30 min");
    expect(formatOpenTime(0)).toBe("0 h");
    expect(formatOpenTime(45 * 60_000 + 5000)).toBe("45 min 5 s");
    expect(describeDuration({ hours: 48 }, messages("es"))).toBe("48 h de tiempo hábil");
    expect(describeDuration({ businessDays: 1 }, messages("es"))).toBe("1 día hábil");
    expect(describeDuration({ businessDays: 3 }, messages("pt"))).toBe("3 dias úteis");
    expect(describeDuration({ minutes: 90 }, messages("en"))).toBe("1 h 30 min of business time");
  });
});

describe("hours", () => {
  it("names and ranges", () => {
    expect(parseHours(undefined)).toBe(officeHours);
    expect(parseHours("office")).toBe(officeHours);
    expect(parseHours("WHOLE")).toBe(wholeBusinessDays);
    expect(parseHours("08:30-13:00, 14:00-17:45")).toEqual({
      mon: ["08:30-13:00", "14:00-17:45"],
      tue: ["08:30-13:00", "14:00-17:45"],
      wed: ["08:30-13:00", "14:00-17:45"],
      thu: ["08:30-13:00", "14:00-17:45"],
      fri: ["08:30-13:00", "14:00-17:45"],
    });
    expect(parseHours("mon,wed-thu 09:00-13:00; sat 10:00-14:00")).toEqual({
      mon: ["09:00-13:00"],
      wed: ["09:00-13:00"],
      thu: ["09:00-13:00"],
      sat: ["10:00-14:00"],
    });
  });

  it.each([
    "",
    "9-18",
    "09:00",
    "fri-mon 09:00-18:00",
    "mon 09:00-12:00; mon 13:00-18:00",
    "xyz 09:00-18:00",
  ])("refuses %j naming --hours", (text) => {
    expect(refused(() => parseHours(text))).toEqual(["bad_hours", "--hours"]);
  });

  it("in a line", () => {
    expect(describeHours(officeHours, messages("es"))).toBe("lun-vie 09:00-18:00");
    expect(describeHours(parseHours("mon-fri 09:00-18:00; sat 10:00-14:00"), messages("en"))).toBe(
      "Mon-Fri 09:00-18:00; Sat 10:00-14:00",
    );
    expect(describeHours(parseHours("mon,wed 09:00-13:00"), messages("pt"))).toBe(
      "seg 09:00-13:00; qua 09:00-13:00",
    );
  });
});

describe("local times", () => {
  it("reads an instant in a zone, whatever the process zone", () => {
    expect(localParts("America/Santiago", Date.UTC(2025, 8, 26, 18))).toEqual({
      date: "2025-09-26",
      year: 2025,
      time: "15:00",
      weekday: 5,
      offset: "-03:00",
      iso: "2025-09-26T15:00:00-03:00",
    });
    expect(localParts("Asia/Kolkata", Date.UTC(2025, 0, 1, 0, 0, 30, 5)).iso).toBe(
      "2025-01-01T05:30:30.005+05:30",
    );
    expect(localParts("UTC", 0).offset).toBe("+00:00");
    expect(weekdayOfDate("2025-09-18")).toBe(4);
  });
});

describe("command lines", () => {
  const spec = { country: { type: "string" }, json: { type: "boolean" } } as const;

  it("reads options and positionals; -- ends the options", () => {
    expect(readCommandLine(["a", "--country", "CL", "b", "--json"], spec, ["x", "y"])).toEqual({
      values: { country: "CL", json: true },
      positionals: ["a", "b"],
      help: false,
    });
    expect(readCommandLine(["--", "--json"], spec, ["x"]).positionals).toEqual(["--json"]);
  });

  it("refuses what is wrong, naming it", () => {
    expect(refused(() => readCommandLine(["--county", "CL"], spec, []))).toEqual([
      "unknown_option",
      "--county",
    ]);
    expect(refused(() => readCommandLine([], spec, ["start"]))).toEqual([
      "missing_argument",
      "start",
    ]);
  });
});
