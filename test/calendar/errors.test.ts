import {
  createCalendar,
  InvalidArgumentError,
  OutOfRangeError,
  officeHours,
  PlazoError,
} from "plazo/calendar";
import { BR, CL } from "plazo/holidays";
import { describe, expect, it } from "vitest";

const base = { timeZone: "America/Santiago", hours: officeHours } as const;

function errorOf(fn: () => unknown): PlazoError {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlazoError) return e;
    throw e;
  }
  throw new Error("did not throw");
}

describe("definition errors name the field", () => {
  it.each([
    [
      "unknown time zone",
      { ...base, timeZone: "America/Santiag" },
      "timeZone",
      /unknown time zone/,
    ],
    ["missing time zone", { hours: officeHours }, "timeZone", /IANA/],
    ["hours not an object", { ...base, hours: "9-18" }, "hours", /weekly hours/],
    [
      "unknown weekday",
      { ...base, hours: { monday: ["09:00-18:00"] } },
      "hours.monday",
      /unknown weekday/,
    ],
    ["malformed range", { ...base, hours: { mon: ["9:00-18:00"] } }, "hours.mon[0]", /HH:MM-HH:MM/],
    [
      "not a time of day",
      { ...base, hours: { mon: ["09:00-25:00"] } },
      "hours.mon[0]",
      /not a time/,
    ],
    [
      "end before start",
      { ...base, hours: { mon: ["18:00-09:00"] } },
      "hours.mon[0]",
      /ends before/,
    ],
    [
      "overlap",
      { ...base, hours: { tue: ["08:00-13:00", "12:00-17:00"] } },
      "hours.tue[1]",
      /overlaps "08:00-13:00"/,
    ],
    ["no open day", { ...base, hours: { mon: [] } }, "hours", /no day of the week/],
    [
      "country as a string",
      { ...base, holidays: { country: "CL" } },
      "holidays.country",
      /import \{ CL \}/,
    ],
    [
      "unknown subdivision",
      { ...base, holidays: { country: BR, subdivision: "XX" } },
      "holidays.subdivision",
      /SP/,
    ],
    [
      "subdivision without country",
      { ...base, holidays: { subdivision: "SP" } },
      "holidays.subdivision",
      /needs/,
    ],
    [
      "unknown holiday type",
      { ...base, holidays: { country: CL, types: ["observance"] } },
      "holidays.types[0]",
      /unknown type/,
    ],
    [
      "bad custom date",
      { ...base, holidays: { dates: [{ date: "2025-02-30" }] } },
      "holidays.dates[0].date",
      /exists/,
    ],
    [
      "bad exception date",
      { ...base, exceptions: [{ date: "25-12-2025", hours: [] }] },
      "exceptions[0].date",
      /YYYY-MM-DD/,
    ],
    [
      "duplicate exception",
      {
        ...base,
        exceptions: [
          { date: "2025-12-24", hours: [] },
          { date: "2025-12-24", hours: [] },
        ],
      },
      "exceptions[1].date",
      /twice/,
    ],
    [
      "bad exception hours",
      { ...base, exceptions: [{ date: "2025-12-24", hours: ["x"] }] },
      "exceptions[0].hours[0]",
      /HH:MM/,
    ],
  ])("%s", (_label, options, field, message) => {
    const e = errorOf(() => createCalendar(options as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
    expect(e.message.startsWith(`${field}: `)).toBe(true);
  });
});

describe("argument errors name the field", () => {
  const cal = createCalendar({ ...base, holidays: { country: CL } });
  it.each([
    ["Invalid Date", () => cal.add(new Date("nope"), { hours: 1 }), "start", /Invalid Date/],
    ["NaN instant", () => cal.isOpen(Number.NaN), "t", /valid Date/],
    ["string instant", () => cal.between("2025-01-01" as never, 0), "a", /valid Date/],
    [
      "infinite duration",
      () => cal.add(0, { hours: Number.POSITIVE_INFINITY }),
      "duration.hours",
      /finite/,
    ],
    ["NaN duration", () => cal.add(0, { minutes: Number.NaN }), "duration.minutes", /finite/],
    ["unknown unit", () => cal.add(0, { days: 1 } as never), "duration.days", /unknown unit/],
    ["empty duration", () => cal.add(0, {}), "duration", /empty/],
    [
      "fractional business days",
      () => cal.add(0, { businessDays: 1.5 }),
      "duration.businessDays",
      /whole/,
    ],
    ["mixed units", () => cal.add(0, { businessDays: 1, hours: 2 } as never), "duration", /mixed/],
    [
      "bad prefer",
      () => cal.add(0, { hours: 1 }, { prefer: "last" as never }),
      "options.prefer",
      /nearest/,
    ],
    ["bad local date", () => cal.isBusinessDay("2025-13-01"), "day", /exists/],
    ["bad year", () => cal.holidays(2025.5), "year", /whole year/],
  ])("%s", (_label, fn, field, message) => {
    const e = errorOf(fn);
    expect(e).toBeInstanceOf(InvalidArgumentError);
    expect(e.field).toBe(field);
    expect(e.message).toMatch(message);
  });

  it("a year outside the holiday table is an OutOfRangeError, not a silent answer", () => {
    const e = errorOf(() => cal.isBusinessDay("2099-01-05"));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect(e.field).toBe("day");
    expect(e.message).toMatch(/2000-2075.*CL holiday table/);
    const far = errorOf(() => cal.add(new Date("2075-12-01T12:00:00Z"), { hours: 2000 }));
    expect(far).toBeInstanceOf(OutOfRangeError);
    expect(far.field).toBe("duration");
  });

  it("nothing is lost after an error: the calendar keeps answering", () => {
    expect(() => cal.add(Number.NaN, { hours: 1 })).toThrow(InvalidArgumentError);
    expect(cal.add(new Date("2025-09-17T20:00:00Z"), { hours: 1 })).toEqual(
      new Date("2025-09-17T21:00:00Z"),
    );
  });
});
