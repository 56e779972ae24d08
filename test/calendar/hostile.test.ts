// Issue 17, the calendar's part: a hostile caller (a host's users and database)
// gets a PlazoError naming the argument for every bad value, never a hang, a raw
// TypeError or a calendar left answering differently. Each finding of the issue
// has its own regression test; the property at the end fuzzes every method of two
// shared calendars and checks they answer a fixed set of questions as before.
import fc from "fast-check";
import {
  alwaysOpen,
  type Calendar,
  type CalendarOptions,
  createCalendar,
  InvalidArgumentError,
  OutOfRangeError,
  officeHours,
  type PlazoError,
} from "plazo/calendar";
import { BR, CL, MX } from "plazo/holidays";
import { describe, expect, it } from "vitest";
import {
  cyclic,
  deepFreeze,
  describeThrown,
  errorOf,
  hostileOf,
  keepsContract,
  nullProto,
  prototypeKeys,
  thrown,
} from "../hostile/values.js";

const SEED = 17;
const H = 3_600_000;
const t0 = Date.UTC(2025, 8, 17, 15); // Wed 17 Sep 2025, 12:00 in Santiago
const base = { timeZone: "America/Santiago", hours: officeHours } as const;

/** A duration (or options) whose `self` is itself, after a valid `hours: 1`. */
const cyclicHours = () => cyclic({ hours: 1 });

/** The `kind` `fn` throws, naming `field` (and its message starting so). */
function expectError(fn: () => unknown, kind: typeof PlazoError, field: string): PlazoError {
  const e = errorOf(fn, kind);
  expect(e.field).toBe(field);
  return e;
}

/** Questions whose answers must never change on a shared calendar. */
function referenceAnswers(cal: Calendar): string {
  const sat = Date.UTC(2025, 8, 20, 15);
  return JSON.stringify([
    cal.add(t0, { hours: 48 }),
    cal.add(t0, { hours: -30 }, { prefer: "farthest" }),
    cal.add(t0, { businessDays: 3 }),
    cal.add(t0, { businessDays: -2 }),
    cal.between(t0, t0 + 7 * 24 * H),
    cal.isOpen(t0),
    cal.isOpen(Date.UTC(2025, 8, 18, 15)),
    cal.isOpen(Date.UTC(2025, 9, 1, 15)),
    cal.nextOpen(sat),
    cal.nextClose(t0),
    cal.nextClose(sat),
    cal.isBusinessDay("2025-09-18"),
    cal.isBusinessDay(new Date(Date.UTC(2025, 8, 22, 15))),
    cal.endOfBusinessDay("2025-09-18"),
    cal.holidays(2025),
    cal.explain(t0, { hours: 20 }),
  ]);
}

describe("instants outside the calendar's years are an OutOfRangeError, before anything is cached", () => {
  const far = [9e15, -9e15, 8.64e15 + 1, -8639999983035001, Number.MAX_VALUE, -1e300];
  const farDates = [new Date(8.64e15), new Date(-8.64e15)];

  it.each([...far, ...farDates])("%s, as every instant argument", (value) => {
    const cal = createCalendar(base);
    const fresh = referenceAnswers(createCalendar(base));
    expectError(() => cal.add(value, { hours: 1 }), OutOfRangeError, "start");
    expectError(() => cal.add(value, { businessDays: 1 }), OutOfRangeError, "start");
    expectError(() => cal.explain(value, { hours: 1 }), OutOfRangeError, "start");
    expectError(() => cal.between(value, t0), OutOfRangeError, "a");
    expectError(() => cal.between(t0, value), OutOfRangeError, "b");
    expectError(() => cal.isOpen(value), OutOfRangeError, "t");
    expectError(() => cal.nextOpen(value), OutOfRangeError, "t");
    expectError(() => cal.nextClose(value), OutOfRangeError, "t");
    expectError(() => cal.isBusinessDay(value), OutOfRangeError, "day");
    expectError(() => cal.endOfBusinessDay(value), OutOfRangeError, "day");
    expect(referenceAnswers(cal)).toBe(fresh);
  });

  it("isOpen(9e15) throws instead of answering false", () => {
    expectError(() => createCalendar(base).isOpen(9e15), OutOfRangeError, "t");
  });

  it("isBusinessDay(new Date(-8.64e15)) leaves ordinary 2025 weekdays open and add working", () => {
    const cal = createCalendar(base);
    expectError(() => cal.isBusinessDay(new Date(-8.64e15)), OutOfRangeError, "day");
    expect(cal.isOpen(t0)).toBe(true);
    expect(cal.add(t0, { hours: 1 })).toEqual(new Date(t0 + H));
  });

  it("between(-8639999983035001, -9e15) leaves ordinary 2025 weekdays open and add working", () => {
    const cal = createCalendar(base);
    expectError(() => cal.between(-8639999983035001, -9e15), OutOfRangeError, "a");
    expect(cal.isOpen(t0)).toBe(true);
    expect(cal.add(t0, { hours: 1 })).toEqual(new Date(t0 + H));
  });

  it("the supported years are 1970-2199 local, or the holiday table's", () => {
    const utc = createCalendar({ timeZone: "UTC", hours: alwaysOpen });
    expect(utc.isOpen(Date.UTC(1970, 0, 1))).toBe(true);
    expect(utc.isOpen(Date.UTC(2200, 0, 1) - 1)).toBe(true);
    const e = expectError(() => utc.isOpen(Date.UTC(2200, 0, 1)), OutOfRangeError, "t");
    expect(e.message).toMatch(/local year 2200 .*1970-2199/);
    expectError(() => utc.isOpen(Date.UTC(1970, 0, 1) - 1), OutOfRangeError, "t");
    // Local years: 2199-12-31T23:00 in Tokyo is already 2200.
    const tokyo = createCalendar({ timeZone: "Asia/Tokyo", hours: alwaysOpen });
    expectError(() => tokyo.isOpen(Date.UTC(2199, 11, 31, 16)), OutOfRangeError, "t");
    const cl = createCalendar({ ...base, holidays: { country: CL } });
    const late = expectError(() => cl.nextOpen(Date.UTC(2076, 5, 1)), OutOfRangeError, "t");
    expect(late.message).toMatch(/2000-2075 \(the years of the CL holiday table\)/);
    expectError(() => cl.isBusinessDay("1999-12-31"), OutOfRangeError, "day");
  });

  it("holidays(year) refuses years outside the range, and non-numbers, by name", () => {
    const cal = createCalendar({ ...base, holidays: { country: CL } });
    expectError(() => cal.holidays(2076), OutOfRangeError, "year");
    expectError(() => cal.holidays(1e300), OutOfRangeError, "year");
    expectError(() => cal.holidays(-1), OutOfRangeError, "year");
    for (const bad of [1n, "2025", Number.NaN, Number.POSITIVE_INFINITY, 2025.5, null, {}]) {
      expectError(() => cal.holidays(bad as never), InvalidArgumentError, "year");
    }
    expect(cal.holidays(2075).length).toBeGreaterThan(0);
  });

  it("a result past the calendar's years is refused without building them", () => {
    const cal = createCalendar({ timeZone: "UTC", hours: alwaysOpen });
    // More open time than wall time is left: refused up front (a hang or a long build before).
    expectError(() => cal.add(t0, { hours: 2e9 }), OutOfRangeError, "duration");
    expectError(() => cal.add(t0, { hours: -2e9 }), OutOfRangeError, "duration");
    expectError(() => cal.add(t0, { businessDays: 80_000 }), OutOfRangeError, "duration");
    expectError(() => cal.add(t0, { businessDays: -80_000 }), OutOfRangeError, "duration");
    expectError(() => cal.explain(t0, { hours: 2e9 }), OutOfRangeError, "duration");
    // The edge itself is still answered.
    expect(cal.add(Date.UTC(2199, 11, 31), { hours: 24 })).toEqual(new Date(Date.UTC(2200, 0, 1)));
    expectError(
      () => cal.add(Date.UTC(2199, 11, 31), { hours: 24 }, { prefer: "farthest" }),
      OutOfRangeError,
      "duration",
    );
  });

  it("a malformed argument is reported before an out-of-range one", () => {
    const cal = createCalendar({ ...base, holidays: { country: CL } });
    expectError(() => cal.add(0, { hours: Number.NaN }), InvalidArgumentError, "duration.hours");
    expectError(() => cal.between(9e15, "x" as never), InvalidArgumentError, "b");
  });
});

describe("a calendar that never closes (or never opens) is answered directly", () => {
  it("nextClose on an always-open calendar is null: it never closes within its years", () => {
    const cal = createCalendar({ timeZone: "UTC", hours: alwaysOpen });
    expect(cal.nextClose(0)).toBeNull();
    expect(cal.nextClose(Date.UTC(2100, 0, 1))).toBeNull();
    expect(cal.nextClose(Date.UTC(2200, 0, 1) - 1)).toBeNull();
    expect(cal.nextOpen(0)).toEqual(new Date(0));
    const santiago = createCalendar({ timeZone: "America/Santiago", hours: alwaysOpen });
    expect(santiago.nextClose(t0)).toBeNull(); // DST changes do not close it
  });

  it("a far holiday or exception still closes it, at the right instant", () => {
    const dates = createCalendar({
      timeZone: "UTC",
      hours: alwaysOpen,
      holidays: { dates: [{ date: "2150-03-04" }] },
    });
    expect(dates.nextClose(t0)).toEqual(new Date(Date.UTC(2150, 2, 4)));
    expect(dates.nextOpen(Date.UTC(2150, 2, 4, 12))).toEqual(new Date(Date.UTC(2150, 2, 5)));
    expect(dates.nextClose(Date.UTC(2150, 2, 5))).toBeNull();
    const exceptions = createCalendar({
      timeZone: "UTC",
      hours: alwaysOpen,
      exceptions: [
        { date: "2090-01-01", hours: ["00:00-24:00"], name: "open anyway" },
        { date: "2100-01-01", hours: ["00:00-12:00"] },
      ],
    });
    expect(exceptions.nextClose(t0)).toEqual(new Date(Date.UTC(2100, 0, 1, 12)));
    expect(exceptions.nextClose(Date.UTC(2100, 0, 1, 12))).toBeNull();
    const whole = createCalendar({
      timeZone: "UTC",
      hours: alwaysOpen,
      exceptions: [{ date: "2090-01-01", hours: ["00:00-24:00"] }],
    });
    expect(whole.nextClose(t0)).toBeNull();
  });

  it("with a holiday table it closes on the next holiday, and after the last one never", () => {
    const mx = createCalendar({
      timeZone: "America/Mexico_City",
      hours: alwaysOpen,
      holidays: { country: MX },
    });
    // 1 January 2031, 00:00 in Mexico City (-06).
    expect(mx.nextClose(Date.UTC(2030, 11, 26, 12))).toEqual(new Date(Date.UTC(2031, 0, 1, 6)));
    const last = mx.holidays(2075).at(-1)?.date as string;
    expect(mx.nextClose(new Date(`${last}T12:00:00-06:00`).getTime() + 24 * H)).toBeNull();
  });

  it("nextOpen past the last opening of the calendar's years is an OutOfRangeError", () => {
    const cal = createCalendar({ timeZone: "UTC", hours: officeHours });
    expectError(() => cal.nextOpen(Date.UTC(2199, 11, 31, 20)), OutOfRangeError, "t");
    // No open interval left at all: nothing to close either.
    expectError(() => cal.nextClose(Date.UTC(2199, 11, 31, 20)), OutOfRangeError, "t");
    expect(cal.endOfBusinessDay("2199-12-31")).toEqual(new Date(Date.UTC(2199, 11, 31, 18)));
    const mondays = createCalendar({ timeZone: "UTC", hours: { mon: ["09:00-18:00"] } });
    expectError(() => mondays.endOfBusinessDay("2199-12-31"), OutOfRangeError, "day"); // a Tuesday
    expectError(
      () => mondays.add(Date.UTC(2199, 11, 20), { businessDays: 3 }),
      OutOfRangeError,
      "duration",
    );
  });

  it("growing across many years answers as a calendar built in one go", () => {
    // Grows year after year (chunks), then compares with a calendar asked the far end first.
    const stepwise = createCalendar({ ...base, holidays: { country: BR } });
    const oneGo = createCalendar({ ...base, holidays: { country: BR } });
    oneGo.isOpen(Date.UTC(2075, 11, 1));
    oneGo.isOpen(Date.UTC(2000, 1, 1));
    const answers = (cal: Calendar) =>
      [2001, 2010, 2030, 2031, 2050, 2074].map((y) => [
        cal.add(Date.UTC(y, 0, 5, 15), { hours: 3000 }).getTime(),
        cal.add(Date.UTC(y, 11, 5, 15), { businessDays: -400 }).getTime(),
        cal.between(Date.UTC(2000, 0, 3), Date.UTC(y, 6, 1)),
      ]);
    expect(answers(stepwise)).toEqual(answers(oneGo));
  });
});

describe("createCalendar checks every option at the boundary, naming its path", () => {
  const cyc: unknown[] = ["09:00-18:00"];
  cyc.push(cyc);
  const fakeTable = { country: "XX", days: "", from: 2000, names: [], subdivisions: {} };
  it.each<[string, unknown, string]>([
    ["options not an object", "UTC", "options"],
    ["options an array", [], "options"],
    ["options a Map", new Map(), "options"],
    ["unknown option", { ...base, holiday: { country: CL } }, "options.holiday"],
    ["time zone a BigInt", { ...base, timeZone: 1n }, "timeZone"],
    ["cyclic hours.mon", { ...base, hours: { mon: cyc } }, "hours.mon[1]"],
    ["cyclic hours", { ...base, hours: cyclicHours() }, "hours.hours"],
    ["holidays a country code", { ...base, holidays: "CL" }, "holidays"],
    ["holidays null", { ...base, holidays: null }, "holidays"],
    ["holidays an array", { ...base, holidays: [CL] }, "holidays"],
    ["unknown holidays key", { ...base, holidays: { country: CL, type: "bank" } }, "holidays.type"],
    [
      "a table without its years",
      { ...base, holidays: { country: fakeTable } },
      "holidays.country",
    ],
    ["country a BigInt", { ...base, holidays: { country: 1n } }, "holidays.country"],
    [
      "subdivision a BigInt",
      { ...base, holidays: { country: BR, subdivision: 1n } },
      "holidays.subdivision",
    ],
    [
      "subdivision on the prototype",
      { ...base, holidays: { country: BR, subdivision: "toString" } },
      "holidays.subdivision",
    ],
    ["types null", { ...base, holidays: { country: CL, types: null } }, "holidays.types"],
    ["types a string", { ...base, holidays: { country: CL, types: "public" } }, "holidays.types"],
    ["types a number", { ...base, holidays: { country: CL, types: 3 } }, "holidays.types"],
    [
      "a type a BigInt",
      { ...base, holidays: { country: CL, types: ["public", 1n] } },
      "holidays.types[1]",
    ],
    ["dates a number", { ...base, holidays: { dates: 3 } }, "holidays.dates"],
    ["dates null", { ...base, holidays: { dates: null } }, "holidays.dates"],
    [
      "a date entry a string",
      { ...base, holidays: { dates: ["2025-01-02"] } },
      "holidays.dates[0]",
    ],
    ["a date entry null", { ...base, holidays: { dates: [null] } }, "holidays.dates[0]"],
    [
      "a holiday name a number",
      { ...base, holidays: { dates: [{ date: "2025-01-02", name: 5 }] } },
      "holidays.dates[0].name",
    ],
    [
      "a holiday name empty",
      { ...base, holidays: { dates: [{ date: "2025-01-02", name: "" }] } },
      "holidays.dates[0].name",
    ],
    [
      "a holiday name cyclic",
      { ...base, holidays: { dates: [{ date: "2025-01-02", name: cyclicHours() }] } },
      "holidays.dates[0].name",
    ],
    [
      "an unknown date key",
      { ...base, holidays: { dates: [{ date: "2025-01-02", type: "bank" }] } },
      "holidays.dates[0].type",
    ],
    [
      "a date given twice",
      { ...base, holidays: { dates: [{ date: "2025-01-02" }, { date: "2025-01-02" }] } },
      "holidays.dates[1].date",
    ],
    ["exceptions a number", { ...base, exceptions: 3 }, "exceptions"],
    [
      "exceptions an object",
      { ...base, exceptions: { date: "2025-12-24", hours: [] } },
      "exceptions",
    ],
    ["an exception null", { ...base, exceptions: [null] }, "exceptions[0]"],
    [
      "a bad third exception date",
      {
        ...base,
        exceptions: [
          { date: "2025-12-24", hours: [] },
          { date: "2025-12-25", hours: [] },
          { date: 20251231, hours: [] },
        ],
      },
      "exceptions[2].date",
    ],
    [
      "exception hours a string",
      { ...base, exceptions: [{ date: "2025-12-24", hours: "09:00-13:00" }] },
      "exceptions[0].hours",
    ],
    [
      "exception hours missing",
      { ...base, exceptions: [{ date: "2025-12-24" }] },
      "exceptions[0].hours",
    ],
    [
      "exception name a BigInt",
      { ...base, exceptions: [{ date: "2025-12-24", hours: [], name: 1n }] },
      "exceptions[0].name",
    ],
    [
      "an unknown exception key",
      { ...base, exceptions: [{ date: "2025-12-24", hours: [], reason: "x" }] },
      "exceptions[0].reason",
    ],
  ])("%s", (_label, options, field) => {
    const e = expectError(
      () => createCalendar(deepFreeze(options) as never),
      InvalidArgumentError,
      field,
    );
    expect(e.message.length).toBeLessThan(300);
  });

  it("a holiday name is the string given, and a null-prototype definition is plain data", () => {
    const cal = createCalendar(
      deepFreeze(
        nullProto({
          ...base,
          holidays: nullProto({ dates: [nullProto({ date: "2025-01-02", name: "Feriado" })] }),
        }),
      ) as never,
    );
    expect(cal.holidays(2025)).toEqual([{ date: "2025-01-02", name: "Feriado", type: "custom" }]);
    expect(cal.isBusinessDay("2025-01-02")).toBe(false);
  });

  it("messages describe BigInt and cyclic values instead of crashing", () => {
    const cal = createCalendar(base);
    expect(expectError(() => cal.isOpen(1n as never), InvalidArgumentError, "t").message).toMatch(
      /1n/,
    );
    const tz = expectError(
      () => createCalendar({ ...base, timeZone: 1n as never }),
      InvalidArgumentError,
      "timeZone",
    );
    expect(tz.message).toMatch(/1n/);
    expectError(
      () => createCalendar({ ...base, hours: { mon: cyclicHours() as never } }),
      InvalidArgumentError,
      "hours.mon",
    );
    expectError(() => cal.isOpen(Symbol("x") as never), InvalidArgumentError, "t");
  });
});

describe("durations with hostile values are refused by name", () => {
  const cal = createCalendar({ ...base, holidays: { country: CL } });
  it.each<[string, unknown, string]>([
    ["BigInt hours", { hours: 1n }, "duration.hours"],
    ["NaN minutes", { minutes: Number.NaN }, "duration.minutes"],
    ["infinite seconds", { seconds: Number.POSITIVE_INFINITY }, "duration.seconds"],
    ["huge hours", { hours: 1e300 }, "duration.hours"],
    ["huge milliseconds", { milliseconds: 8.64e15 + 1 }, "duration.milliseconds"],
    ["parts that add up past a Date", { hours: 2e9, minutes: 1.3e11 }, "duration"],
    ["huge business days", { businessDays: 1e12 }, "duration.businessDays"],
    ["string hours", { hours: "1" }, "duration.hours"],
    ["cyclic value", { hours: cyclicHours() }, "duration.hours"],
    ["cyclic duration", cyclicHours(), "duration.self"],
    ["extra key", { hours: 1, days: 1 }, "duration.days"],
    [
      "__proto__ key",
      JSON.parse('{"hours": 1, "__proto__": {"polluted": true}}'),
      "duration.__proto__",
    ],
    ["business days mixed", { businessDays: 1, minutes: 5 }, "duration"],
    ["an array", [1], "duration"],
    ["a Date", new Date(0), "duration"],
    ["null", null, "duration"],
    ["a number", 48, "duration"],
  ])("%s", (_label, duration, field) => {
    expectError(() => cal.add(t0, deepFreeze(duration) as never), InvalidArgumentError, field);
    expectError(() => cal.explain(t0, deepFreeze(duration) as never), InvalidArgumentError, field);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each<[string, unknown, string]>([
    ["null", null, "options"],
    ["a string", "farthest", "options"],
    ["unknown key", { prefer: "nearest", tie: 1 }, "options.tie"],
    ["BigInt prefer", { prefer: 1n }, "options.prefer"],
  ])("add options %s", (_label, options, field) => {
    expectError(
      () => cal.add(t0, { hours: 1 }, deepFreeze(options) as never),
      InvalidArgumentError,
      field,
    );
  });

  it("valid durations keep their meaning: -0 is 0, null-prototype objects are plain data", () => {
    expect(cal.add(t0, { hours: -0 })).toEqual(new Date(t0));
    expect(cal.add(t0, { businessDays: -0 })).toEqual(new Date(t0));
    expect(cal.add(t0, { hours: -0 }, { prefer: "farthest" })).toEqual(
      cal.add(t0, { hours: 0 }, { prefer: "farthest" }),
    );
    expect(cal.add(t0, nullProto({ hours: 48 }) as never)).toEqual(cal.add(t0, { hours: 48 }));
    expect(cal.add(t0, { hours: 1, minutes: 30 })).toEqual(cal.add(t0, { minutes: 90 }));
    expect(cal.add(t0, { hours: 48 }, nullProto({ prefer: "farthest" }) as never)).toEqual(
      cal.add(t0, { hours: 48 }, { prefer: "farthest" }),
    );
  });
});

// --- the barrage -----------------------------------------------------------------

/** The shared hostile values, and instants, years and durations at the calendar's edges. */
const hostile = hostileOf(
  [
    "2025-09-18",
    "1969-12-31",
    "2200-01-01",
    // ISO instants (issue 15): with an offset they are instants, without one an error.
    "2025-09-17T12:00:00-03:00",
    "2025-09-17 15:00:00+00",
    "2025-09-17T12:00",
    "1969-12-31T23:59:59.999Z",
    "2199-12-31T23:59:59.999+14:00",
    "2025-02-30T12:00:00Z",
    Date.UTC(1970, 0, 1),
    Date.UTC(2199, 11, 31, 12),
    Date.UTC(2075, 11, 31, 12),
    t0,
    2025,
    1970,
    2199,
  ],
  [
    cyclicHours,
    () => nullProto({ prefer: "farthest" }),
    () => ({ hours: 48 }),
    () => ({ hours: -48 }),
    () => ({ hours: 1e9 }),
    () => ({ hours: 400_000 }),
    () => ({ businessDays: 3 }),
    () => ({ businessDays: -3 }),
    () => ({ businessDays: 40_000 }),
    () => ({ prefer: "farthest" }),
    () => ({ prefer: 1n }),
    () => new Date(t0),
    () => new Map([["hours", 1]]),
  ],
);

describe("a shared calendar under a barrage of hostile calls", () => {
  const shared: [string, CalendarOptions][] = [
    ["Santiago office CL", { ...base, holidays: { country: CL } }],
    ["UTC always open, no table", { timeZone: "UTC", hours: alwaysOpen }],
    ["Tokyo office, no table", { timeZone: "Asia/Tokyo", hours: officeHours }],
  ];

  it.each(shared)(
    "%s: only PlazoErrors naming a field, and the same answers after",
    (_name, options) => {
      const cal = createCalendar(options);
      const before = referenceAnswers(cal);
      const protoBefore = prototypeKeys();
      const methods = Object.entries(cal).filter(
        (e): e is [string, (...a: unknown[]) => unknown] => typeof e[1] === "function",
      );
      expect(methods.map(([m]) => m).sort()).toEqual([
        "add",
        "between",
        "endOfBusinessDay",
        "explain",
        "holidays",
        "isBusinessDay",
        "isOpen",
        "nextClose",
        "nextOpen",
        "subtract",
      ]);
      fc.assert(
        fc.property(
          fc.constantFrom(...methods),
          fc.array(hostile, { minLength: 0, maxLength: 3 }),
          ([, method], args) => {
            const e = thrown(() => method(...args));
            if (!keepsContract(e)) throw new Error(`threw ${describeThrown(e)}`);
            expect(prototypeKeys()).toBe(protoBefore);
            expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          },
        ),
        { seed: SEED, numRuns: 600 },
      );
      expect(referenceAnswers(cal)).toBe(before);
      expect(referenceAnswers(cal)).toBe(referenceAnswers(createCalendar(options)));
    },
  );

  it("createCalendar with hostile values in every option: only PlazoErrors naming a field", () => {
    const protoBefore = prototypeKeys();
    const option = fc.oneof(hostile, fc.constant(undefined));
    fc.assert(
      fc.property(
        fc.record({
          timeZone: fc.oneof(hostile, fc.constant("America/Santiago")),
          hours: fc.oneof(hostile, fc.constant(officeHours), fc.constant(alwaysOpen)),
          holidays: fc.oneof(
            option,
            fc.record({
              country: fc.oneof(option, fc.constant(CL)),
              types: option,
              dates: option,
              subdivision: option,
            }),
          ),
          exceptions: fc.oneof(
            option,
            fc.array(
              fc.oneof(
                hostile,
                fc.record({
                  date: fc.oneof(hostile, fc.constant("2025-12-24")),
                  hours: fc.oneof(hostile, fc.constant([])),
                  name: option,
                }),
              ),
              { maxLength: 3 },
            ),
          ),
        }),
        (options) => {
          const e = thrown(() => createCalendar(deepFreeze(options) as never));
          if (!keepsContract(e)) throw new Error(`threw ${describeThrown(e)}`);
          expect(prototypeKeys()).toBe(protoBefore);
        },
      ),
      { seed: SEED, numRuns: 400 },
    );
  });
});
