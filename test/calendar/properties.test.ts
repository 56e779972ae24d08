import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendars, H } from "./calendars.js";

const from = Date.UTC(2020, 0, 1);
const to = Date.UTC(2030, 0, 1);
const instant = fc.integer({ min: from, max: to });
const duration = fc.oneof(
  fc.integer({ min: -1500 * H, max: 1500 * H }),
  fc.integer({ min: -300, max: 300 }).map((n) => n * 30 * 60_000), // lands on boundaries
  fc.constantFrom(0, 1, -1, H, -H),
);
const positive = fc.integer({ min: 1, max: 800 * H });
const runs = { numRuns: 150 };

describe.each(calendars)("%s", (_name, _options, cal) => {
  it("between(a, add(a, d)) === d, for both tie rules", () => {
    fc.assert(
      fc.property(
        instant,
        duration,
        fc.constantFrom("nearest", "farthest" as const),
        (a, d, prefer) => {
          expect(cal.between(a, cal.add(a, { milliseconds: d }, { prefer }))).toBe(d);
        },
      ),
      runs,
    );
  });

  it("add is monotone in the duration", () => {
    fc.assert(
      fc.property(instant, duration, duration, (a, d1, d2) => {
        const [lo, hi] = d1 <= d2 ? [d1, d2] : [d2, d1];
        expect(cal.add(a, { milliseconds: lo }).getTime()).toBeLessThanOrEqual(
          cal.add(a, { milliseconds: hi }).getTime(),
        );
      }),
      runs,
    );
  });

  it("add is monotone in the start", () => {
    fc.assert(
      fc.property(instant, instant, duration, (x, y, d) => {
        const [a, b] = x <= y ? [x, y] : [y, x];
        expect(cal.add(a, { milliseconds: d }).getTime()).toBeLessThanOrEqual(
          cal.add(b, { milliseconds: d }).getTime(),
        );
      }),
      runs,
    );
  });

  it("a result is an open instant or exactly the end of an open interval", () => {
    fc.assert(
      fc.property(instant, duration, (a, d) => {
        fc.pre(d !== 0);
        const r = cal.add(a, { milliseconds: d }).getTime();
        const forward = d > 0;
        // nearest forward / farthest backward may land on an end; the others always open
        expect(cal.isOpen(r) || (forward && cal.isOpen(r - 1))).toBe(true);
        const far = cal.add(a, { milliseconds: d }, { prefer: "farthest" }).getTime();
        expect(cal.isOpen(far) || (!forward && cal.isOpen(far - 1))).toBe(true);
      }),
      runs,
    );
  });

  it("add(add(a, d1), d2) === add(a, d1 + d2) for d1 > 0, d2 >= 0", () => {
    fc.assert(
      fc.property(instant, positive, fc.oneof(positive, fc.constant(0)), (a, d1, d2) => {
        const once = cal.add(a, { milliseconds: d1 + d2 });
        const twice = cal.add(cal.add(a, { milliseconds: d1 }), { milliseconds: d2 });
        expect(twice).toEqual(once);
      }),
      runs,
    );
  });

  it("between is additive and antisymmetric", () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        expect(cal.between(a, b) + cal.between(b, c)).toBe(cal.between(a, c));
        expect(cal.between(b, a) + cal.between(a, b)).toBe(0);
      }),
      runs,
    );
  });

  it("businessDays: n > 0 ends a business day after start's; -n starts one before", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 30 }), (a, n) => {
        const end = cal.add(a, { businessDays: n });
        expect(end.getTime()).toBeGreaterThan(a);
        expect(cal.isOpen(end.getTime() - 1)).toBe(true);
        expect(cal.isBusinessDay(end.getTime() - 1)).toBe(true);
        expect(cal.endOfBusinessDay(end.getTime() - 1)).toEqual(end);
        const start = cal.add(a, { businessDays: -n });
        expect(start.getTime()).toBeLessThan(a);
        expect(cal.isOpen(start)).toBe(true);
        // n business days after the day of `start` is the day before a's business day… at least a's day
        expect(cal.add(a, { businessDays: n + 1 }).getTime()).toBeGreaterThan(end.getTime());
      }),
      runs,
    );
  });

  it("explain counts exactly the open time that add used", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -200 * H, max: 200 * H }), (a, d) => {
        const e = cal.explain(a, { milliseconds: d });
        expect(e.end).toEqual(cal.add(a, { milliseconds: d }));
        expect(e.openTime).toBe(d);
        expect(e.days.reduce((s, day) => s + day.counted, 0)).toBe(d);
      }),
      { numRuns: 40 },
    );
  });
});
