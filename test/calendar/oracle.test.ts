// An independent oracle: reads the wall clock with Intl.formatToParts and the
// day's rules (weekly hours, holidays(), exceptions) and counts open time by
// stepping through 15-minute slots. Every boundary in ./calendars.ts is on a
// quarter hour, so the step is exact. Shares none of the index code.
import fc from "fast-check";
import type { CalendarOptions } from "plazo/calendar";
import { describe, expect, it } from "vitest";
import { calendars } from "./calendars.js";

const STEP = 15 * 60_000;
const KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;

function oracle(options: CalendarOptions, holidays: (year: number) => { date: string }[]) {
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone: options.timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    weekday: "short",
  });
  const closed = new Map<number, Set<string>>();
  const closedDates = (year: number) => {
    const known = closed.get(year);
    if (known) return known;
    const s = new Set(holidays(year).map((h) => h.date));
    closed.set(year, s);
    return s;
  };
  return (t: number): boolean => {
    const p = Object.fromEntries(fmt.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
    const date = `${p.year}-${p.month}-${p.day}`;
    const minute = Number(p.hour) * 60 + Number(p.minute);
    const ex = options.exceptions?.find((e) => e.date === date);
    let ranges: readonly string[];
    if (ex) ranges = ex.hours;
    else if (closedDates(Number(p.year)).has(date)) ranges = [];
    else {
      const key =
        KEYS[["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(p.weekday as string)];
      ranges = (key && options.hours[key]) || [];
    }
    return ranges.some((r) => {
      const [a, b] = r.split("-").map((x) => {
        const [h, m] = x.split(":").map(Number);
        return (h as number) * 60 + (m as number);
      }) as [number, number];
      return minute >= a && minute < b;
    });
  };
}

const slot = fc.integer({ min: Date.UTC(2020, 0, 1) / STEP, max: Date.UTC(2030, 0, 1) / STEP });

describe.each(calendars)("%s", (_name, options, cal) => {
  const open = oracle(options, (y) => cal.holidays(y));

  it("isOpen agrees with the wall clock read by Intl", () => {
    fc.assert(
      fc.property(slot, fc.integer({ min: 0, max: STEP - 1 }), (s, off) => {
        const t = s * STEP + off;
        expect(cal.isOpen(t)).toBe(open(s * STEP));
      }),
      { numRuns: 300 },
    );
  });

  it("between agrees with counting open 15-minute slots", () => {
    fc.assert(
      fc.property(slot, fc.integer({ min: 0, max: 4 * 24 * 6 }), (s, len) => {
        let slots = 0;
        for (let k = s; k < s + len; k++) if (open(k * STEP)) slots++;
        expect(cal.between(s * STEP, (s + len) * STEP)).toBe(slots * STEP);
      }),
      { numRuns: 40 },
    );
  });

  it("agrees across every DST change of 2020-2029 in the zone", () => {
    // Walk each transition hour by hour around local midnights of change days.
    const fmt = new Intl.DateTimeFormat("en-US", {
      timeZone: options.timeZone,
      timeZoneName: "longOffset",
    });
    const offset = {
      format: (t: number) => fmt.formatToParts(t).find((p) => p.type === "timeZoneName")?.value,
    };
    let changes = 0;
    for (let y = 2020; y < 2030; y++) {
      for (let d = 0; d < 366; d += 1) {
        const t = Date.UTC(y, 0, 1 + d, 12);
        if (offset.format(t) === offset.format(t + 86_400_000)) continue;
        changes++;
        let slots = 0;
        const s0 = t / STEP;
        for (let k = s0; k < s0 + 96 + 8; k++) if (open(k * STEP)) slots++;
        expect(cal.between(t, t + (96 + 8) * STEP)).toBe(slots * STEP);
      }
    }
    const hasDst = ["America/Santiago", "America/Asuncion", "America/Mexico_City"].includes(
      options.timeZone,
    );
    expect(changes > 0).toBe(hasDst);
  });
});
