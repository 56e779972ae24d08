/**
 * The moving rules of the tables added by issue 16, checked by hand for a year past the verified
 * fixtures (2031) and as properties over every generated year. The fixtures in
 * test/fixtures/holidays/ cover 2020-2030 (tables.test.ts); these tests cover the rules beyond.
 */
import fc from "fast-check";
import { createCalendar, officeHours } from "plazo/calendar";
import { CR, EC, HN, type HolidayTable, PA, UY } from "plazo/holidays";
import { describe, expect, it } from "vitest";
import { tableEntries } from "../../src/holidays/table.js";

const pad = (n: number) => String(n).padStart(2, "0");
const entries = (table: HolidayTable, year: number, type = "public") =>
  tableEntries(table, undefined, year)
    .filter((e) => e.type === type)
    .map((e) => ({ date: `${year}-${pad(e.month)}-${pad(e.day)}`, name: e.name }));
const dates = (table: HolidayTable, year: number, type = "public") =>
  entries(table, year, type).map((e) => e.date);
/** 0 Sunday .. 6 Saturday, of a local date (no time zone involved). */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const years = (from: number, to: number) => fc.integer({ min: from, max: to });
const runs = { numRuns: 200, seed: 16 };

describe("Ecuador, Código del Trabajo art. 65 (Ley Orgánica Reformatoria, R.O. S. 906, 2016)", () => {
  it("2031, hand-checked: each holiday on the day the moving rule gives", () => {
    expect(dates(EC, 2031)).toEqual([
      "2031-01-01", // Año Nuevo, Wednesday: 1 January is not moved midweek
      "2031-02-24", // Carnaval Monday (Easter 13 April - 48)
      "2031-02-25", // Carnaval Tuesday
      "2031-04-11", // Viernes Santo
      "2031-05-02", // 1 May is a Thursday: to Friday
      "2031-05-23", // 24 May is a Saturday: to the Friday before
      "2031-08-11", // 10 August is a Sunday: to Monday
      "2031-10-10", // 9 October is a Thursday: to Friday
      "2031-11-03", // 2 November is a Sunday: the pair rests Monday 3 ...
      "2031-11-04", // ... and Tuesday 4
      "2031-12-25", // Navidad, Thursday: not moved midweek
    ]);
  });

  it("from 2017 no day of rest falls on a Saturday or Sunday", () => {
    fc.assert(
      fc.property(years(2017, 2075), (y) => {
        for (const d of dates(EC, y)) expect([0, 6]).not.toContain(weekday(d));
      }),
      runs,
    );
  });

  it("after the decrees of 2025-2026 every year rests each day of the law once, Año Nuevo on 1-2 January or 31 December before", () => {
    fc.assert(
      fc.property(years(2027, 2075), (y) => {
        const names = entries(EC, y).map((e) => e.name);
        const others = names.filter((n) => n !== "Año Nuevo");
        expect(new Set(others).size).toBe(10);
        expect(others.length).toBe(10);
        const newYear = [...entries(EC, y - 1), ...entries(EC, y)].filter(
          (e) =>
            e.name === "Año Nuevo" &&
            (e.date === `${y - 1}-12-31` || e.date.startsWith(`${y}-01-0`)),
        );
        expect(newYear.length).toBe(1);
      }),
      runs,
    );
  });

  it("a Saturday 1 January rests on Friday 31 December before (2033 and 2039)", () => {
    expect(dates(EC, 2032)).toContain("2032-12-31");
    expect(dates(EC, 2038)).toContain("2038-12-31");
    expect(dates(EC, 2033)).not.toContain("2033-01-01");
  });
});

describe("Honduras, Código del Trabajo art. 339 and Decreto 78-2015 (Semana Morazánica)", () => {
  it("2031, hand-checked", () => {
    expect(dates(HN, 2031)).toEqual([
      "2031-01-01",
      "2031-04-10", // Jueves Santo (Easter 13 April)
      "2031-04-11", // Viernes Santo
      "2031-04-12", // Sábado Santo
      "2031-04-14", // Día de las Américas, a Monday: stays
      "2031-05-01",
      "2031-09-15",
      "2031-10-02", // Semana Morazánica: the Thursday and Friday after the first Wednesday (1 October)
      "2031-10-03",
      "2031-12-25",
    ]);
    expect(dates(HN, 2031, "optional")).toContain("2031-10-01"); // the Wednesday: public sector
  });

  it("from 2016 the Semana Morazánica is a Thursday and the Friday after it, in the first half of October", () => {
    fc.assert(
      fc.property(years(2016, 2075), (y) => {
        if (y === 2020) return; // Decreto 126-2020 moved it to 4-6 November 2020 (HN fixture)
        const moraz = dates(HN, y).filter((d) => d.slice(5, 7) === "10");
        expect(moraz.map(weekday)).toEqual([4, 5]);
        expect(Number(moraz[0]?.slice(8))).toBeLessThanOrEqual(8);
      }),
      runs,
    );
  });
});

describe("Panama, Código de Trabajo art. 46-47", () => {
  it("a national holiday on a Sunday rests the Monday after (3 November 2030 → 4 November)", () => {
    expect(dates(PA, 2030)).toContain("2030-11-04");
  });

  it("every year holds 20 December from 2022 and the inauguration day every fifth year", () => {
    fc.assert(
      fc.property(years(2022, 2075), (y) => {
        expect(dates(PA, y)).toContain(`${y}-12-20`);
        expect(dates(PA, y).includes(`${y}-07-01`)).toBe((y - 2024) % 5 === 0);
      }),
      runs,
    );
  });
});

describe("Costa Rica, Código de Trabajo art. 148", () => {
  it("from 2025 the holidays stay on their dates (the Monday moves of Ley 9875 ended in 2024)", () => {
    fc.assert(
      fc.property(years(2025, 2075), (y) => {
        const md = dates(CR, y).map((d) => d.slice(5));
        for (const fixed of ["04-11", "07-25", "08-02", "08-15", "09-15", "12-01"]) {
          expect(md).toContain(fixed);
        }
      }),
      runs,
    );
  });
});

describe("Uruguay, Ley 12.590 art. 18: paid non-working holidays only in public", () => {
  it("public is the five feriados pagos, and 1 March in a transmission year", () => {
    fc.assert(
      fc.property(years(2000, 2075), (y) => {
        const md = dates(UY, y).map((d) => d.slice(5));
        const five = ["01-01", "05-01", "07-18", "08-25", "12-25"];
        expect(md).toEqual(y % 5 === 0 ? [...five.slice(0, 1), "03-01", ...five.slice(1)] : five);
      }),
      runs,
    );
  });

  it("the feriados laborables are optional: a calendar counts them as open unless asked", () => {
    const base = { timeZone: "America/Montevideo", hours: officeHours } as const;
    const plain = createCalendar({ ...base, holidays: { country: UY } });
    const turismo = createCalendar({
      ...base,
      holidays: { country: UY, types: ["public", "optional"] },
    });
    // Wednesday 9 April 2031, Semana de Turismo
    expect(plain.isOpen("2031-04-09T15:00:00Z")).toBe(true);
    expect(turismo.isOpen("2031-04-09T15:00:00Z")).toBe(false);
  });
});

describe("docs/holidays.md: a host adds a decree that moves a holiday, published after a release", () => {
  it("closes the new date with holidays.dates and reopens the old one with an exception", () => {
    const base = { timeZone: "America/Guayaquil", hours: officeHours } as const;
    expect(
      createCalendar({ ...base, holidays: { country: EC } }).isOpen("2029-08-10T10:00:00-05:00"),
    ).toBe(false);
    const cal = createCalendar({
      ...base,
      holidays: { country: EC, dates: [{ date: "2029-08-13", name: "Primer Grito (trasladado)" }] },
      exceptions: [{ date: "2029-08-10", hours: ["09:00-18:00"] }],
    });
    expect(cal.isOpen("2029-08-10T10:00:00-05:00")).toBe(true);
    expect(cal.isOpen("2029-08-13T10:00:00-05:00")).toBe(false);
    expect(cal.holidays(2029).map((h) => h.date)).toContain("2029-08-13");
  });
});
