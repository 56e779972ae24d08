// Issue 15: every calendar method that takes an instant also takes an ISO 8601
// string with Z or an explicit offset, and answers exactly as for the Date of
// the same instant; a string without an offset, or a local date where an
// instant goes, is an InvalidArgumentError naming the argument. The strings
// here are built from the instant and offset field by field, never with the
// parser under test, so the properties check the parse as well.
import fc from "fast-check";
import {
  type Calendar,
  createCalendar,
  InvalidArgumentError,
  OutOfRangeError,
  officeHours,
  PlazoError,
} from "plazo/calendar";
import { CL } from "plazo/holidays";
import { describe, expect, it } from "vitest";
import { errorOf } from "../hostile/values.js";
import { calendars, H } from "./calendars.js";

const SEED = 15;
const MINUTE = 60_000;
const from = Date.UTC(2020, 0, 1);
const to = Date.UTC(2030, 0, 1);
const pad = (n: number, width = 2) => String(n).padStart(width, "0");

interface Format {
  readonly sep: "T" | "t" | " ";
  /** Whole minutes, seconds, milliseconds, or 1-9 fraction digits (`,` or `.`). */
  readonly precision: "minutes" | "seconds" | "ms" | "fraction";
  readonly digits: number;
  readonly comma: boolean;
  /** Digits past the millisecond, cut by the parser. */
  readonly extra: string;
  /** How the offset is written: `+05:30`, `+0530`, `+05` (whole hours only), or Z for 0. */
  readonly zone: "colon" | "compact" | "hours" | "z";
}

const format: fc.Arbitrary<Format> = fc.record({
  sep: fc.constantFrom("T", "t", " "),
  precision: fc.constantFrom("minutes", "seconds", "ms", "fraction"),
  digits: fc.integer({ min: 1, max: 9 }),
  comma: fc.boolean(),
  extra: fc.stringMatching(/^\d{6}$/),
  zone: fc.constantFrom("colon", "compact", "hours", "z"),
});

/** Real offsets (-12:00 … +14:00, with the odd :30 and :45 ones) and any the parser accepts. */
const offset = fc.oneof(
  fc.constantFrom(0, -180, -240, -300, -360, 540, 330, 345, -210, 840, -720, 765),
  fc.integer({ min: -14 * 60, max: 14 * 60 }),
  fc.integer({ min: -1439, max: 1439 }),
);

/** `t` written at `offsetMin` in `f`, and the instant the string denotes (`t` cut to its precision). */
function isoOf(t: number, offsetMin: number, f: Format): [string, number] {
  const unit =
    f.precision === "minutes"
      ? MINUTE
      : f.precision === "seconds"
        ? 1000
        : f.precision === "fraction" && f.digits < 3
          ? 10 ** (3 - f.digits)
          : 1;
  const at = t - (((t % unit) + unit) % unit);
  const local = new Date(at + offsetMin * MINUTE); // its UTC fields are the local wall time
  let s = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}${f.sep}${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  if (f.precision !== "minutes") s += `:${pad(local.getUTCSeconds())}`;
  const ms = pad(local.getUTCMilliseconds(), 3);
  if (f.precision === "ms") s += `.${ms}`;
  if (f.precision === "fraction")
    s += `${f.comma ? "," : "."}${`${ms}${f.extra}`.slice(0, f.digits)}`;
  const sign = offsetMin < 0 ? "-" : "+";
  const oh = pad(Math.floor(Math.abs(offsetMin) / 60));
  const om = pad(Math.abs(offsetMin) % 60);
  if (offsetMin === 0 && f.zone === "z") s += f.sep === "t" ? "z" : "Z";
  else if (f.zone === "hours" && om === "00") s += `${sign}${oh}`;
  else if (f.zone === "compact") s += `${sign}${oh}${om}`;
  else s += `${sign}${oh}:${om}`;
  return [s, at];
}

const instant = fc
  .tuple(fc.integer({ min: from, max: to }), offset, format)
  .map(([t, o, f]) => isoOf(t, o, f));
const duration = fc.oneof(
  fc.integer({ min: -800 * H, max: 800 * H }),
  fc.integer({ min: -200, max: 200 }).map((n) => n * 30 * MINUTE), // lands on boundaries
  fc.constantFrom(0, 1, -1),
);
const prefer = fc.constantFrom("nearest", "farthest" as const);
const runs = { seed: SEED, numRuns: 120 };

/** What `fn` answers, or the class and field of what it throws, comparable with toEqual. */
function outcome(fn: () => unknown): unknown {
  try {
    return { value: fn() };
  } catch (e) {
    if (e instanceof PlazoError) return { error: e.constructor.name, field: e.field };
    throw e;
  }
}

describe("isoOf writes what an ISO 8601 reader reads (checked against Date.parse where it agrees)", () => {
  it("strings with a T and a colon offset parse to the same instant with Date.parse", () => {
    fc.assert(
      fc.property(fc.integer({ min: from, max: to }), offset, (t, o) => {
        const f: Format = {
          sep: "T",
          precision: "ms",
          digits: 3,
          comma: false,
          extra: "",
          zone: "colon",
        };
        const [s, at] = isoOf(t, o, f);
        expect(Date.parse(s)).toBe(at);
      }),
      runs,
    );
  });
});

describe.each(calendars)("%s: an ISO string answers as the Date of its instant", (_n, _o, cal) => {
  it("add, subtract and explain from a string start", () => {
    fc.assert(
      fc.property(instant, duration, prefer, ([s, t], d, p) => {
        const date = new Date(t);
        expect(outcome(() => cal.add(s, { milliseconds: d }, { prefer: p }))).toEqual(
          outcome(() => cal.add(date, { milliseconds: d }, { prefer: p })),
        );
        expect(
          outcome(() => cal.subtract(s, { milliseconds: Math.abs(d) }, { prefer: p })),
        ).toEqual(outcome(() => cal.subtract(date, { milliseconds: Math.abs(d) }, { prefer: p })));
        const n = Math.trunc(d / (40 * H));
        expect(outcome(() => cal.add(s, { businessDays: n }))).toEqual(
          outcome(() => cal.add(t, { businessDays: n })),
        );
      }),
      runs,
    );
    fc.assert(
      fc.property(instant, fc.integer({ min: -100 * H, max: 100 * H }), ([s, t], d) => {
        expect(outcome(() => cal.explain(s, { milliseconds: d }))).toEqual(
          outcome(() => cal.explain(new Date(t), { milliseconds: d })),
        );
      }),
      { seed: SEED, numRuns: 30 },
    );
  });

  it("between with strings on either side, or both", () => {
    fc.assert(
      fc.property(instant, instant, ([sa, a], [sb, b]) => {
        const expected = cal.between(new Date(a), new Date(b));
        expect(cal.between(sa, sb)).toBe(expected);
        expect(cal.between(sa, b)).toBe(expected);
        expect(cal.between(new Date(a), sb)).toBe(expected);
      }),
      runs,
    );
  });

  it("isOpen, nextOpen, nextClose, isBusinessDay, endOfBusinessDay", () => {
    fc.assert(
      fc.property(instant, ([s, t]) => {
        const date = new Date(t);
        expect(cal.isOpen(s)).toBe(cal.isOpen(date));
        expect(outcome(() => cal.nextOpen(s))).toEqual(outcome(() => cal.nextOpen(date)));
        expect(outcome(() => cal.nextClose(s))).toEqual(outcome(() => cal.nextClose(date)));
        expect(cal.isBusinessDay(s)).toBe(cal.isBusinessDay(date));
        expect(outcome(() => cal.endOfBusinessDay(s))).toEqual(
          outcome(() => cal.endOfBusinessDay(date)),
        );
      }),
      runs,
    );
  });
});

describe("Chile, Wednesday 17 September 2025 12:00 (-03:00), before Fiestas Patrias (18-19 Sep)", () => {
  const cal = createCalendar({
    timeZone: "America/Santiago",
    hours: officeHours,
    holidays: { country: CL },
  });
  const t = Date.UTC(2025, 8, 17, 15);
  // One instant in six spellings, Tokyo's already on Thursday.
  const spellings = [
    "2025-09-17T12:00:00-03:00",
    "2025-09-17T15:00:00.000Z",
    "2025-09-17 15:00:00+00",
    "2025-09-17T11:00-0400",
    "2025-09-18T00:00:00+09:00",
    "2025-09-17t15:00:00,000000z",
  ];

  it.each(spellings)("%s is the same instant for every method", (s) => {
    expect(cal.add(s, { hours: 48 })).toEqual(new Date("2025-09-26T18:00:00Z")); // Fri 26 15:00
    expect(cal.add(s, { hours: 48 })).toEqual(cal.add(t, { hours: 48 }));
    expect(cal.subtract(s, { hours: 9 })).toEqual(new Date("2025-09-16T15:00:00Z")); // Tue 12:00
    expect(cal.between(s, "2025-09-22T12:00:00-03:00")).toBe(9 * H); // Wed 6 h + Mon 3 h
    expect(cal.isOpen(s)).toBe(true);
    expect(cal.nextOpen(s)).toEqual(new Date(t));
    expect(cal.nextClose(s)).toEqual(new Date("2025-09-17T21:00:00Z")); // 18:00
    expect(cal.isBusinessDay(s)).toBe(true);
    expect(cal.endOfBusinessDay(s)).toEqual(new Date("2025-09-17T21:00:00Z"));
    const e = cal.explain(s, { hours: 48 });
    expect(e.start).toEqual(new Date(t));
    expect(e.days.slice(1, 3)).toEqual([
      {
        date: "2025-09-18",
        counted: 0,
        intervals: [],
        reason: "holiday",
        name: expect.any(String),
      },
      {
        date: "2025-09-19",
        counted: 0,
        intervals: [],
        reason: "holiday",
        name: expect.any(String),
      },
    ]);
  });

  it("Fiestas Patrias, in strings", () => {
    expect(cal.isOpen("2025-09-18T12:00:00-03:00")).toBe(false);
    expect(cal.isOpen("2025-09-19 15:00:00+00")).toBe(false);
    expect(cal.nextOpen("2025-09-17T20:00:00-03:00")).toEqual(new Date("2025-09-22T12:00:00Z"));
    expect(cal.nextClose("2025-09-18T12:00:00-03:00")).toEqual(new Date("2025-09-22T21:00:00Z"));
    expect(cal.endOfBusinessDay("2025-09-18T12:00:00-03:00")).toEqual(
      new Date("2025-09-22T21:00:00Z"),
    );
  });

  it('"YYYY-MM-DD" stays a local date; an instant string is read on its local date in Santiago', () => {
    expect(cal.isBusinessDay("2025-09-18")).toBe(false);
    expect(cal.isBusinessDay("2025-09-17")).toBe(true);
    // 02:00Z on the 18th is still Wednesday 23:00 in Santiago, 02:00Z on the 19th Thursday 23:00.
    expect(cal.isBusinessDay("2025-09-18T02:00:00Z")).toBe(true);
    expect(cal.isBusinessDay("2025-09-19T02:00:00Z")).toBe(false);
    expect(cal.endOfBusinessDay("2025-09-18")).toEqual(new Date("2025-09-22T21:00:00Z"));
    expect(cal.endOfBusinessDay("2025-09-18T02:00:00Z")).toEqual(new Date("2025-09-17T21:00:00Z"));
  });

  it("the offset tells the repeated hour apart: Santiago's clocks went back at 24:00 on 5 April 2025", () => {
    const open = createCalendar({ timeZone: "America/Santiago", hours: { sat: ["00:00-24:00"] } });
    // 23:30 twice: at -03:00 (summer time) and an hour later at -04:00.
    expect(open.between("2025-04-05T23:30:00-03:00", "2025-04-05T23:30:00-04:00")).toBe(H);
    expect(open.nextClose("2025-04-05T23:30:00-03:00")).toEqual(new Date("2025-04-06T04:00:00Z"));
  });
});

describe("strings that are not instants are refused, naming the argument", () => {
  const cal = createCalendar({
    timeZone: "America/Santiago",
    hours: officeHours,
    holidays: { country: CL },
  });
  const t = Date.UTC(2025, 8, 17, 15);
  const noOffset = "2025-09-17T12:00";

  it.each<[string, () => unknown, string]>([
    ["add", () => cal.add(noOffset, { hours: 1 }), "start"],
    ["subtract", () => cal.subtract(noOffset, { hours: 1 }), "start"],
    ["explain", () => cal.explain(noOffset, { hours: 1 }), "start"],
    ["between, a", () => cal.between(noOffset, t), "a"],
    ["between, b", () => cal.between(t, "2025-09-17 12:00:00"), "b"],
    ["isOpen", () => cal.isOpen("2025-09-17T12:00:00.000"), "t"],
    ["nextOpen", () => cal.nextOpen(noOffset), "t"],
    ["nextClose", () => cal.nextClose(noOffset), "t"],
    ["isBusinessDay", () => cal.isBusinessDay(noOffset), "day"],
    ["endOfBusinessDay", () => cal.endOfBusinessDay(noOffset), "day"],
  ])("a time without an offset, to %s: an offset is required", (_m, fn, field) => {
    const e = errorOf(fn, InvalidArgumentError);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/an offset is required/);
    expect(e.message).toMatch(/got "2025-09-17[T ]12:00/);
  });

  it.each<[string, () => unknown, string]>([
    ["add", () => cal.add("2025-09-17", { hours: 1 }), "start"],
    ["subtract", () => cal.subtract("2025-09-17", { hours: 0 }), "start"],
    ["between", () => cal.between(t, "2025-09-18"), "b"],
    ["isOpen", () => cal.isOpen("2025-09-17"), "t"],
    ["nextClose", () => cal.nextClose("2025-09-17"), "t"],
  ])("a local date where an instant goes, to %s", (_m, fn, field) => {
    const e = errorOf(fn, InvalidArgumentError);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(/a local date is not an instant/);
  });

  it.each([
    ["February 30", "2025-02-30T12:00:00Z"],
    ["24:00", "2025-09-17T24:00:00Z"],
    ["minute 60", "2025-09-17T12:60:00-03:00"],
    ["an offset of 24 hours", "2025-09-17T12:00:00+24:00"],
    ["year -000000", "-000000-01-01T00:00:00Z"],
  ])("%s: that date or time does not exist", (_label, s) => {
    const e = errorOf(() => cal.nextOpen(s), InvalidArgumentError);
    expect(e.field).toBe("t");
    expect(e.message).toMatch(/does not exist/);
  });

  it.each([
    "",
    "now",
    "1758121200000",
    "2025-09-17T12:00:00-03:00 ",
    " 2025-09-17T12:00:00Z",
    "2025-9-17T12:00:00Z",
    "2025-09-17T12:00:00.0000000000Z", // ten fraction digits
    "2025-09-17T12Z",
    "Wed, 17 Sep 2025 15:00:00 GMT",
    `2025-09-17T12:00:00${"0".repeat(50)}Z`,
  ])("%j is no instant: InvalidArgumentError t", (s) => {
    const e = errorOf(() => cal.isOpen(s), InvalidArgumentError);
    expect(e.field).toBe("t");
    expect(e.message).toMatch(/ISO 8601 string with Z or an offset/);
  });

  it("a bad string where a local date also goes says both forms", () => {
    const e = errorOf(() => cal.isBusinessDay("next monday"), InvalidArgumentError);
    expect(e.field).toBe("day");
    expect(e.message).toMatch(/local date "YYYY-MM-DD".*ISO 8601/);
    // A local date that does not exist keeps its own message.
    expect(errorOf(() => cal.isBusinessDay("2025-02-30")).message).toMatch(/exists/);
  });

  it("a String object is not a string: refused like any object", () => {
    const boxed = Object.freeze(new String("2025-09-17T15:00:00Z"));
    expect(errorOf(() => cal.isOpen(boxed as never), InvalidArgumentError).field).toBe("t");
  });

  it("an instant string outside the calendar's years is an OutOfRangeError naming the argument", () => {
    expect(errorOf(() => cal.isOpen("2080-01-01T00:00:00Z"), OutOfRangeError).field).toBe("t");
    expect(errorOf(() => cal.add("1999-12-31T12:00:00-03:00", { hours: 1 })).field).toBe("start");
    expect(
      errorOf(() => cal.isBusinessDay("+275760-09-13T00:00:00.001Z"), OutOfRangeError).field,
    ).toBe("day");
    expect(errorOf(() => cal.between(t, "+010000-01-01T00:00:00Z"), OutOfRangeError).field).toBe(
      "b",
    );
    // A malformed argument is still reported before an out-of-range one.
    expect(
      errorOf(() => cal.between("2080-01-01T00:00:00Z", noOffset), InvalidArgumentError).field,
    ).toBe("b");
  });
});

// --- near misses -----------------------------------------------------------------

/** A valid spelling with one character deleted, replaced or inserted, or its offset cut off. */
const nearMiss = fc
  .tuple(
    instant,
    fc.constantFrom("delete", "replace", "insert", "cut offset"),
    fc.nat(),
    fc.constantFrom(..."0123456789-+:.,TtZz 9"),
  )
  .map(([[s], how, at, ch]) => {
    const i = at % (s.length + 1);
    if (how === "cut offset") return s.replace(/([Zz]|[+-]\d\d(:?\d\d)?)$/, "");
    if (how === "delete") return s.slice(0, i) + s.slice(i + 1);
    if (how === "replace") return s.slice(0, i) + ch + s.slice(i + 1);
    return s.slice(0, i) + ch + s.slice(i);
  });

/** Every instant-taking method, with the field its instant argument is named by. */
const calls: [string, string, (cal: Calendar, s: string) => unknown][] = [
  ["add", "start", (cal, s) => cal.add(s, { hours: 5 })],
  ["subtract", "start", (cal, s) => cal.subtract(s, { hours: 0 })],
  ["explain", "start", (cal, s) => cal.explain(s, { hours: 5 })],
  ["between a", "a", (cal, s) => cal.between(s, Date.UTC(2025, 0, 1))],
  ["between b", "b", (cal, s) => cal.between(Date.UTC(2025, 0, 1), s)],
  ["isOpen", "t", (cal, s) => cal.isOpen(s)],
  ["nextOpen", "t", (cal, s) => cal.nextOpen(s)],
  ["nextClose", "t", (cal, s) => cal.nextClose(s)],
  ["isBusinessDay", "day", (cal, s) => cal.isBusinessDay(s)],
  ["endOfBusinessDay", "day", (cal, s) => cal.endOfBusinessDay(s)],
];

describe("near-miss strings: an answer, or a PlazoError naming the argument", () => {
  const [, , cal] = calendars[0] as (typeof calendars)[number];
  it.each(calls)("%s", (_m, field, call) => {
    fc.assert(
      fc.property(nearMiss, (s) => {
        const r = outcome(() => call(cal, s));
        if (typeof r === "object" && r !== null && "error" in r) {
          expect(r).toEqual({ error: expect.any(String), field });
        }
        // A date and time with the zone cut off is never read in the process's zone.
        if (/^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d(:\d\d([.,]\d+)?)?$/.test(s)) {
          expect(r).toEqual({ error: "InvalidArgumentError", field });
        }
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});
