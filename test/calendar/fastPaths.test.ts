// The calendar's quick paths (issue 15, speed) answer exactly as the checked
// paths they short-cut: the one-unit duration parser, and the bucketed search
// over an index's sorted keys.
import { fc } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { checkedDuration, parseDuration } from "../../src/calendar/arguments.js";
import { SortedSearch } from "../../src/calendar/sortedSearch.js";

/** The answer of a call, or the field and message of what it threw. */
function outcome(run: () => unknown): unknown {
  try {
    return { ok: run() };
  } catch (e) {
    const err = e as { name: string; field?: string; message: string };
    return { name: err.name, field: err.field, message: err.message };
  }
}

const units = ["hours", "minutes", "seconds", "milliseconds", "businessDays", "days", "hour"];
const amount = fc.oneof(
  fc.double({ noNaN: false }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(0, -0, 1e15, -1e15, 2.4e9, 8.64e15, Number.MAX_VALUE, "48", null, undefined),
);

describe("parseDuration's quick path", () => {
  it("gives what the checked parser gives, answer or error, for any one-part or two-part duration", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...units), amount, { minKeys: 0, maxKeys: 2 }),
        fc.boolean(),
        (duration, backward) => {
          expect(outcome(() => parseDuration(duration, backward))).toEqual(
            outcome(() => checkedDuration(duration, backward)),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("examples: -0 is 0, fractions round, a negative part going back is refused", () => {
    expect(parseDuration({ hours: -0 })).toEqual({ ms: 0 });
    expect(Object.is((parseDuration({ hours: -0 }) as { ms: number }).ms, 0)).toBe(true);
    expect(parseDuration({ milliseconds: 1.5 })).toEqual({ ms: 2 });
    expect(parseDuration({ businessDays: 3 })).toEqual({ days: 3 });
    expect(outcome(() => parseDuration({ hours: -1 }, true))).toMatchObject({
      field: "duration.hours",
    });
    expect(outcome(() => parseDuration({ hours: 3e12 }))).toMatchObject({
      field: "duration.hours",
    });
  });
});

describe("SortedSearch", () => {
  /** First index with keys[i] > x (strict) or >= x, by a plain linear scan. */
  const scan = (keys: Float64Array, x: number, strict: boolean) => {
    let i = 0;
    while (i < keys.length && !(strict ? (keys[i] as number) > x : (keys[i] as number) >= x)) i++;
    return i;
  };
  const key = fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }),
    fc.double({ min: -1e15, max: 1e15, noNaN: true }),
  );

  it("finds what a linear scan finds, for any sorted keys (repeats, clusters, one key, none) and any probe", () => {
    fc.assert(
      fc.property(
        fc.array(key, { maxLength: 60 }),
        fc.array(fc.oneof(key, fc.constantFrom(Number.NaN, Infinity, -Infinity)), {
          maxLength: 20,
        }),
        (raw, probes) => {
          const keys = Float64Array.from(raw).sort();
          const search = new SortedSearch(keys);
          for (const x of [...probes, ...raw])
            for (const strict of [false, true])
              expect(search.search(x, strict)).toBe(scan(keys, x, strict));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
