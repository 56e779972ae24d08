// Issue 15: calendar.subtract goes back by a non-negative duration. For d > 0
// it is add(t, -d); for 0 it is "back to business time": t when open or at a
// close, else the previous close (Ruby biz's `before`), which add(t, -0)
// cannot say since -0 is 0. Properties on every test calendar, then
// hand-checked Chilean dates around Fiestas Patrias (18-19 Sep 2025).
import fc from "fast-check";
import { createCalendar, InvalidArgumentError, OutOfRangeError, officeHours } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { describe, expect, it } from "vitest";
import { errorOf } from "../hostile/values.js";
import { calendars, H } from "./calendars.js";

const SEED = 15;
const from = Date.UTC(2020, 0, 1);
const to = Date.UTC(2030, 0, 1);
const instant = fc.oneof(
  fc.integer({ min: from, max: to }),
  // On the half hour: opening and closing instants of every test calendar, in most zones.
  fc.integer({ min: from / 1_800_000, max: to / 1_800_000 }).map((n) => n * 1_800_000),
);
const positive = fc.oneof(
  fc.integer({ min: 1, max: 800 * H }),
  fc.integer({ min: 1, max: 400 }).map((n) => n * 30 * 60_000),
  fc.constantFrom(1, H),
);
const prefer = fc.constantFrom("nearest", "farthest" as const);
const runs = { seed: SEED, numRuns: 150 };
const ms = (d: Date | null) => (d as Date).getTime();

describe.each(calendars)("%s", (_name, _options, cal) => {
  /** Whether `r` is open or the end of an open interval (a close). */
  const openOrClose = (r: number) => cal.isOpen(r) || cal.isOpen(r - 1);

  it("subtract(t, d) is add(t, -d) for d > 0, both tie rules, open time and business days", () => {
    fc.assert(
      fc.property(instant, positive, prefer, (t, d, p) => {
        expect(cal.subtract(t, { milliseconds: d }, { prefer: p })).toEqual(
          cal.add(t, { milliseconds: -d }, { prefer: p }),
        );
        const n = 1 + (d % 25);
        expect(cal.subtract(t, { businessDays: n })).toEqual(cal.add(t, { businessDays: -n }));
      }),
      runs,
    );
  });

  it("between(subtract(t, d), t) === d, and the result never lies after t", () => {
    fc.assert(
      fc.property(instant, fc.oneof(positive, fc.constant(0)), prefer, (t, d, p) => {
        const r = ms(cal.subtract(t, { milliseconds: d }, { prefer: p }));
        expect(r).toBeLessThanOrEqual(t);
        expect(cal.between(r, t)).toBe(d);
      }),
      runs,
    );
  });

  it("subtract(t, 0) is t when open or at a close, else the previous close", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const r = ms(cal.subtract(t, { hours: 0 }));
        if (openOrClose(t)) {
          expect(r).toBe(t);
        } else {
          // A close, with nothing open in between: not even an opening at t.
          expect(r).toBeLessThan(t);
          expect(cal.isOpen(r)).toBe(false);
          expect(cal.isOpen(r - 1)).toBe(true);
          expect(ms(cal.nextOpen(r))).toBeGreaterThan(t);
        }
      }),
      runs,
    );
  });

  it("subtract(t, 0, farthest) is the earliest r <= t with no open time in [r, t)", () => {
    fc.assert(
      fc.property(instant, (t) => {
        const r = ms(cal.subtract(t, { hours: 0 }, { prefer: "farthest" }));
        expect(r).toBeLessThanOrEqual(t);
        expect(cal.between(r, t)).toBe(0);
        expect(cal.isOpen(r - 1)).toBe(true); // one ms earlier there is open time
        // It differs from the nearest one only at an opening.
        const nearest = ms(cal.subtract(t, { hours: 0 }));
        if (r !== nearest) {
          expect(nearest).toBe(t);
          expect(cal.isOpen(t) && !cal.isOpen(t - 1)).toBe(true);
        }
      }),
      runs,
    );
  });

  it("it never lands on closed time except on a close; nearest with d > 0 always on open time", () => {
    fc.assert(
      fc.property(instant, fc.oneof(positive, fc.constant(0)), prefer, (t, d, p) => {
        const r = ms(cal.subtract(t, { milliseconds: d }, { prefer: p }));
        expect(openOrClose(r)).toBe(true);
        if (d > 0 && p === "nearest") expect(cal.isOpen(r)).toBe(true);
      }),
      runs,
    );
  });

  it("round trips: add(subtract(t, d), d) = subtract(t, 0, farthest); subtract(add(t, d), d) = nextOpen(t)", () => {
    fc.assert(
      fc.property(instant, positive, (t, d) => {
        const dur = { milliseconds: d };
        const far = { prefer: "farthest" } as const;
        // The earliest and the latest instant with t's open time.
        const earliest = cal.subtract(t, { hours: 0 }, far);
        const latest = cal.nextOpen(t);
        expect(cal.add(cal.subtract(t, dur), dur)).toEqual(earliest);
        expect(cal.subtract(cal.add(t, dur), dur)).toEqual(latest);
        expect(cal.add(cal.subtract(t, dur, far), dur, far)).toEqual(latest);
        expect(cal.subtract(cal.add(t, dur, far), dur, far)).toEqual(earliest);
        // So a round trip lands on t itself exactly when t is open and not an opening.
        expect(ms(earliest) <= t && t <= ms(latest)).toBe(true);
      }),
      runs,
    );
  });

  it("subtract is monotone: non-increasing in the duration, non-decreasing in the start", () => {
    fc.assert(
      fc.property(
        instant,
        instant,
        fc.oneof(positive, fc.constant(0)),
        fc.oneof(positive, fc.constant(0)),
        (x, y, d1, d2) => {
          const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
          expect(ms(cal.subtract(x, { milliseconds: hi }))).toBeLessThanOrEqual(
            ms(cal.subtract(x, { milliseconds: lo })),
          );
          const [a, b] = x <= y ? [x, y] : [y, x];
          expect(ms(cal.subtract(a, { milliseconds: d1 }))).toBeLessThanOrEqual(
            ms(cal.subtract(b, { milliseconds: d1 })),
          );
        },
      ),
      runs,
    );
  });
});

describe("Chile around Fiestas Patrias (Thu 18 and Fri 19 September 2025), office hours 09-18 (-03:00)", () => {
  const cal = createCalendar({
    timeZone: "America/Santiago",
    hours: officeHours,
    holidays: { country: CL },
  });
  const wed18h = new Date("2025-09-17T21:00:00Z");

  it.each<[string, string, { hours: number } | { businessDays: number }, string]>([
    ["open: itself", "2025-09-17T12:00:00-03:00", { hours: 0 }, "2025-09-17T15:00:00Z"],
    [
      "at the 18:00 close: itself",
      "2025-09-17T18:00:00-03:00",
      { hours: 0 },
      "2025-09-17T21:00:00Z",
    ],
    ["Wednesday evening: 18:00", "2025-09-17T23:30:00-03:00", { hours: 0 }, "2025-09-17T21:00:00Z"],
    [
      "on the holiday: Wednesday 18:00",
      "2025-09-19T12:00:00-03:00",
      { hours: 0 },
      "2025-09-17T21:00:00Z",
    ],
    ["Sunday: Wednesday 18:00", "2025-09-21T10:00:00-03:00", { hours: 0 }, "2025-09-17T21:00:00Z"],
    [
      "Monday 08:59: Wednesday 18:00",
      "2025-09-22T08:59:00-03:00",
      { hours: 0 },
      "2025-09-17T21:00:00Z",
    ],
    [
      "Monday 09:00, an opening: itself",
      "2025-09-22T09:00:00-03:00",
      { hours: 0 },
      "2025-09-22T12:00:00Z",
    ],
    [
      "Monday 10:00 - 1 h: Monday 09:00",
      "2025-09-22T10:00:00-03:00",
      { hours: 1 },
      "2025-09-22T12:00:00Z",
    ],
    [
      "Monday 10:00 - 2 h: Wednesday 17:00",
      "2025-09-22T10:00:00-03:00",
      { hours: 2 },
      "2025-09-17T20:00:00Z",
    ],
    [
      "Tue 23 12:00 - 48 h: Fri 12 09:00",
      "2025-09-23T12:00:00-03:00",
      { hours: 48 },
      "2025-09-12T12:00:00Z",
    ],
    [
      "Monday - 1 business day: Wed 09:00",
      "2025-09-22T10:00:00-03:00",
      { businessDays: 1 },
      "2025-09-17T12:00:00Z",
    ],
    [
      "0 business days: itself",
      "2025-09-20T10:00:00-03:00",
      { businessDays: 0 },
      "2025-09-20T13:00:00Z",
    ],
  ])("%s", (_label, start, duration, expected) => {
    expect(cal.subtract(start, duration)).toEqual(new Date(expected));
  });

  it("farthest: the earliest instant, a close; at an opening the previous close", () => {
    const far = { prefer: "farthest" } as const;
    expect(cal.subtract("2025-09-22T10:00:00-03:00", { hours: 1 }, far)).toEqual(wed18h);
    expect(cal.subtract("2025-09-22T09:00:00-03:00", { hours: 0 }, far)).toEqual(wed18h);
    expect(cal.subtract("2025-09-17T12:00:00-03:00", { hours: 0 }, far)).toEqual(
      new Date("2025-09-17T15:00:00Z"),
    );
  });

  it("add(t, -0, farthest) still goes forward (-0 is 0); subtract(t, 0) goes back", () => {
    const sat = "2025-09-20T12:00:00-03:00";
    expect(cal.add(sat, { hours: -0 }, { prefer: "farthest" })).toEqual(
      new Date("2025-09-22T12:00:00Z"),
    );
    expect(cal.add(sat, { hours: -0 })).toEqual(new Date("2025-09-20T15:00:00Z"));
    expect(cal.subtract(sat, { hours: -0 })).toEqual(wed18h);
    expect(cal.subtract(sat, { seconds: 0 }, { prefer: "farthest" })).toEqual(wed18h);
  });

  it("a negative part is refused by name; -0 is 0; the parts add up", () => {
    const t = "2025-09-22T10:00:00-03:00";
    for (const [duration, field] of [
      [{ hours: -1 }, "duration.hours"],
      [{ businessDays: -1 }, "duration.businessDays"],
      [{ hours: 2, minutes: -30 }, "duration.minutes"],
      [{ milliseconds: -0.4 }, "duration.milliseconds"],
    ] as const) {
      const e = errorOf(() => cal.subtract(t, duration), InvalidArgumentError);
      expect(e.field).toBe(field);
      expect(e.message).toMatch(/non-negative/);
    }
    expect(cal.subtract(t, { hours: 1, minutes: 30 })).toEqual(cal.subtract(t, { minutes: 90 }));
    expect(cal.subtract(t, { businessDays: -0 })).toEqual(new Date(t));
    // Durations round to whole milliseconds: 0.4 ms is 0, so back to business time.
    expect(cal.subtract("2025-09-20T12:00:00-03:00", { milliseconds: 0.4 })).toEqual(wed18h);
  });

  it("arguments are checked as add checks them, before any result is looked for", () => {
    expect(errorOf(() => cal.subtract(Number.NaN, { hours: 1 })).field).toBe("start");
    expect(errorOf(() => cal.subtract(0, { hours: 1 }), OutOfRangeError).field).toBe("start");
    expect(errorOf(() => cal.subtract(0, { hours: -1 }), InvalidArgumentError).field).toBe(
      "duration.hours",
    );
    expect(
      errorOf(() => cal.subtract(wed18h, { hours: 1 }, { prefer: "last" as never })).field,
    ).toBe("options.prefer");
    expect(errorOf(() => cal.subtract(wed18h, { days: 1 } as never)).field).toBe("duration.days");
    // Before the first close of the calendar's years there is no previous close.
    const e = errorOf(
      () => cal.subtract("2000-01-03T08:00:00-03:00", { hours: 0 }),
      OutOfRangeError,
    );
    expect(e.field).toBe("duration");
    expect(errorOf(() => cal.subtract(wed18h, { hours: 200_000 }), OutOfRangeError).field).toBe(
      "duration",
    );
    // The calendar answers as before.
    expect(cal.subtract("2025-09-19T12:00:00-03:00", { hours: 0 })).toEqual(wed18h);
  });
});
