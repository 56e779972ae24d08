// Hand-checked instants. Offsets: Santiago -03 in September, -04 in April-August;
// São Paulo -03 (-02 under DST until 2019); Mexico City -06 (-05 under DST until 2022);
// Bogotá -05; Asunción -04/-03 until 2024, -03 since.

import { alwaysOpen, createCalendar, officeHours, wholeBusinessDays } from "plazo/calendar";
import { BR, CL, CO, MX } from "plazo/holidays";
import { describe, expect, it } from "vitest";

const H = 3_600_000;
const at = (iso: string) => new Date(iso);
const santiago = createCalendar({
  timeZone: "America/Santiago",
  hours: officeHours,
  holidays: { country: CL },
});

describe("Chile, America/Santiago", () => {
  it("48 office hours from Wed 17 Sep 2025 12:00 skip Fiestas Patrias (18-19 Sep)", () => {
    // Wed 6 h, Thu-Fri holidays, weekend, Mon-Thu 36 h, Fri 6 h -> Fri 26 Sep 15:00 (-03)
    expect(santiago.add(at("2025-09-17T15:00:00Z"), { hours: 48 })).toEqual(
      at("2025-09-26T18:00:00Z"),
    );
  });

  it("48 whole-business-day hours from the same instant end Tue 23 Sep 12:00", () => {
    const cal = createCalendar({
      timeZone: "America/Santiago",
      hours: wholeBusinessDays,
      holidays: { country: CL },
    });
    expect(cal.add(at("2025-09-17T15:00:00Z"), { hours: 48 })).toEqual(at("2025-09-23T15:00:00Z"));
  });

  it("1 hour at 17:00 is 18:00 the same day (nearest), Monday 09:00 with farthest", () => {
    const wed17 = at("2025-09-17T20:00:00Z");
    expect(santiago.add(wed17, { hours: 1 })).toEqual(at("2025-09-17T21:00:00Z"));
    expect(santiago.add(wed17, { hours: 1 }, { prefer: "farthest" })).toEqual(
      at("2025-09-22T12:00:00Z"),
    );
  });

  it("going backwards mirrors: -1 hour from Monday 10:00 is Monday 09:00, farthest is Wed 18:00", () => {
    const mon10 = at("2025-09-22T13:00:00Z");
    expect(santiago.add(mon10, { hours: -1 })).toEqual(at("2025-09-22T12:00:00Z"));
    expect(santiago.add(mon10, { hours: -1 }, { prefer: "farthest" })).toEqual(
      at("2025-09-17T21:00:00Z"),
    );
    expect(santiago.add(mon10, { hours: -2 })).toEqual(at("2025-09-17T20:00:00Z"));
  });

  it("adding 0 returns start even on closed time", () => {
    const closed = at("2025-09-18T15:00:00Z");
    expect(santiago.add(closed, { hours: 0 })).toEqual(closed);
    expect(santiago.add(closed, { hours: 0 }, { prefer: "farthest" })).toEqual(
      at("2025-09-22T12:00:00Z"),
    );
  });

  it("Holy Week 2025: Viernes Santo and Sábado Santo are closed", () => {
    expect(santiago.isBusinessDay("2025-04-18")).toBe(false);
    expect(santiago.holidays(2025).map((h) => h.date)).toContain("2025-04-19");
    // Thu 17 Apr 17:00 (-04) + 2 h -> Mon 21 Apr 10:00
    expect(santiago.add(at("2025-04-17T21:00:00Z"), { hours: 2 })).toEqual(
      at("2025-04-21T14:00:00Z"),
    );
  });

  it("between, isOpen, nextOpen, nextClose around Fiestas Patrias", () => {
    expect(santiago.between(at("2025-09-17T15:00:00Z"), at("2025-09-22T13:00:00Z"))).toBe(7 * H);
    expect(santiago.between(at("2025-09-22T13:00:00Z"), at("2025-09-17T15:00:00Z"))).toBe(-7 * H);
    expect(santiago.isOpen(at("2025-09-17T15:00:00Z"))).toBe(true);
    expect(santiago.isOpen(at("2025-09-18T15:00:00Z"))).toBe(false);
    expect(santiago.isOpen(at("2025-09-17T12:00:00Z"))).toBe(true); // 09:00 opens
    expect(santiago.isOpen(at("2025-09-17T21:00:00Z"))).toBe(false); // 18:00 closed
    expect(santiago.nextOpen(at("2025-09-17T23:00:00Z"))).toEqual(at("2025-09-22T12:00:00Z"));
    expect(santiago.nextOpen(at("2025-09-17T15:00:00Z"))).toEqual(at("2025-09-17T15:00:00Z"));
    expect(santiago.nextClose(at("2025-09-17T15:00:00Z"))).toEqual(at("2025-09-17T21:00:00Z"));
    expect(santiago.nextClose(at("2025-09-18T15:00:00Z"))).toEqual(at("2025-09-22T21:00:00Z"));
  });

  it("DST starts at local midnight: Sunday 7 Sep 2025 has 23 hours, Saturday 5 Apr 25", () => {
    const cal = createCalendar({ timeZone: "America/Santiago", hours: alwaysOpen });
    expect(cal.between(at("2025-09-06T04:00:00Z"), at("2025-09-08T03:00:00Z"))).toBe(47 * H);
    const sundays = createCalendar({
      timeZone: "America/Santiago",
      hours: { sun: ["00:00-24:00"] },
    });
    // Sunday 00:00 does not exist; the day opens at the change, 04:00Z
    expect(sundays.nextOpen(at("2025-09-06T12:00:00Z"))).toEqual(at("2025-09-07T04:00:00Z"));
    expect(sundays.between(at("2025-09-01T12:00:00Z"), at("2025-09-10T00:00:00Z"))).toBe(23 * H);
    const saturdays = createCalendar({
      timeZone: "America/Santiago",
      hours: { sat: ["00:00-24:00"] },
    });
    expect(saturdays.between(at("2025-04-01T00:00:00Z"), at("2025-04-08T00:00:00Z"))).toBe(25 * H);
    expect(saturdays.nextClose(at("2025-04-05T12:00:00Z"))).toEqual(at("2025-04-06T04:00:00Z"));
  });
});

describe("Brazil, America/Sao_Paulo", () => {
  it("before 2019: DST began Sun 4 Nov 2018; Finados (2 Nov) closed", () => {
    const cal = createCalendar({
      timeZone: "America/Sao_Paulo",
      hours: officeHours,
      holidays: { country: BR },
    });
    // Thu 1 Nov 17:00 (-03) + 2 h -> Mon 5 Nov 10:00 (-02)
    expect(cal.add(at("2018-11-01T20:00:00Z"), { hours: 2 })).toEqual(at("2018-11-05T12:00:00Z"));
    const open = createCalendar({ timeZone: "America/Sao_Paulo", hours: alwaysOpen });
    expect(open.between(at("2018-11-03T03:00:00Z"), at("2018-11-05T02:00:00Z"))).toBe(47 * H);
  });

  it("Carnival as configured: public only, with bank days, with Ash Wednesday afternoon", () => {
    const fri17 = at("2025-02-28T20:00:00Z"); // Fri 28 Feb 2025 17:00 (-03)
    const publicOnly = createCalendar({
      timeZone: "America/Sao_Paulo",
      hours: officeHours,
      holidays: { country: BR, subdivision: "SP" },
    });
    expect(publicOnly.add(fri17, { hours: 2 })).toEqual(at("2025-03-03T13:00:00Z"));
    const withBank = createCalendar({
      timeZone: "America/Sao_Paulo",
      hours: officeHours,
      holidays: { country: BR, subdivision: "SP", types: ["public", "bank"] },
    });
    expect(withBank.add(fri17, { hours: 2 })).toEqual(at("2025-03-05T13:00:00Z"));
    const ashWednesday = createCalendar({
      timeZone: "America/Sao_Paulo",
      hours: officeHours,
      holidays: { country: BR, subdivision: "SP", types: ["public", "bank"] },
      exceptions: [{ date: "2025-03-05", hours: ["14:00-18:00"], name: "Quarta-feira de Cinzas" }],
    });
    expect(ashWednesday.add(fri17, { hours: 2 })).toEqual(at("2025-03-05T18:00:00Z"));
  });

  it("20 November is a holiday in São Paulo and Rio since 2024 (Lei 14.759/2023)", () => {
    for (const subdivision of ["SP", "RJ"]) {
      const cal = createCalendar({
        timeZone: "America/Sao_Paulo",
        hours: officeHours,
        holidays: { country: BR, subdivision },
      });
      expect(cal.isBusinessDay("2025-11-20")).toBe(false);
      expect(cal.isBusinessDay("2024-11-20")).toBe(false);
    }
  });
});

describe("Mexico, America/Mexico_City", () => {
  it("before 2023: DST began Sun 3 Apr 2022; none in 2023", () => {
    const cal = createCalendar({
      timeZone: "America/Mexico_City",
      hours: officeHours,
      holidays: { country: MX },
    });
    // Fri 1 Apr 2022 17:00 (-06) + 2 h -> Mon 4 Apr 10:00 (-05)
    expect(cal.add(at("2022-04-01T23:00:00Z"), { hours: 2 })).toEqual(at("2022-04-04T15:00:00Z"));
    const open = createCalendar({ timeZone: "America/Mexico_City", hours: alwaysOpen });
    expect(open.between(at("2022-04-02T06:00:00Z"), at("2022-04-04T05:00:00Z"))).toBe(47 * H);
    expect(open.between(at("2023-04-01T06:00:00Z"), at("2023-04-03T06:00:00Z"))).toBe(48 * H);
  });

  it("the 2024 transmission of power is on 1 October, not 1 December (LFT art. 74)", () => {
    const cal = createCalendar({
      timeZone: "America/Mexico_City",
      hours: officeHours,
      holidays: { country: MX },
    });
    expect(cal.isBusinessDay("2024-10-01")).toBe(false);
    expect(cal.holidays(2024).map((h) => h.date)).not.toContain("2024-12-01");
  });
});

describe("Colombia, America/Bogota", () => {
  it("Holy Week 2025: Jueves and Viernes Santo closed", () => {
    const cal = createCalendar({
      timeZone: "America/Bogota",
      hours: officeHours,
      holidays: { country: CO },
    });
    // Wed 16 Apr 17:00 (-05) + 2 h -> Mon 21 Apr 10:00
    expect(cal.add(at("2025-04-16T22:00:00Z"), { hours: 2 })).toEqual(at("2025-04-21T15:00:00Z"));
  });
});

describe("Paraguay, America/Asuncion (no table: custom holidays)", () => {
  it("DST began Sun 1 Oct 2023 at midnight; custom closed dates apply", () => {
    const cal = createCalendar({
      timeZone: "America/Asuncion",
      hours: alwaysOpen,
      holidays: { dates: [{ date: "2023-10-02", name: "Cierre" }] },
    });
    expect(cal.between(at("2023-09-30T04:00:00Z"), at("2023-10-02T03:00:00Z"))).toBe(47 * H);
    expect(cal.isBusinessDay("2023-10-02")).toBe(false);
    expect(cal.holidays(2023)).toEqual([{ date: "2023-10-02", name: "Cierre", type: "custom" }]);
    // Since October 2024 Paraguay stays on -03 all year: a January day is 24 h.
    expect(cal.between(at("2025-01-15T03:00:00Z"), at("2025-01-16T03:00:00Z"))).toBe(24 * H);
  });
});

describe("exceptions", () => {
  it("special hours, a closed day and a Saturday made working", () => {
    const cal = createCalendar({
      timeZone: "America/Santiago",
      hours: officeHours,
      holidays: { country: CL },
      exceptions: [
        { date: "2025-12-24", hours: ["09:00-13:00"], name: "Nochebuena" },
        { date: "2025-12-26", hours: [], name: "Cierre anual" },
        { date: "2025-12-27", hours: ["10:00-14:00"] },
      ],
    });
    // Wed 24 Dec 12:00 (-03) + 2 h: 1 h on the 24th, 25th holiday, 26th closed, Sat 27 10:00 + 1 h
    expect(cal.add(at("2025-12-24T15:00:00Z"), { hours: 2 })).toEqual(at("2025-12-27T14:00:00Z"));
    const days = cal.explain(at("2025-12-24T15:00:00Z"), { hours: 2 }).days;
    expect(days.map((d) => [d.date, d.reason, d.name, d.counted / H])).toEqual([
      ["2025-12-24", "exception", "Nochebuena", 1],
      ["2025-12-25", "holiday", "Navidad", 0],
      ["2025-12-26", "exception", "Cierre anual", 0],
      ["2025-12-27", "exception", undefined, 1],
    ]);
  });

  it("an exception opens a holiday", () => {
    const cal = createCalendar({
      timeZone: "America/Santiago",
      hours: officeHours,
      holidays: { country: CL },
      exceptions: [{ date: "2025-09-19", hours: ["09:00-18:00"] }],
    });
    expect(cal.isBusinessDay("2025-09-19")).toBe(true);
    expect(cal.isBusinessDay("2025-09-18")).toBe(false);
  });
});

describe("a whole closed year", () => {
  // Open Mondays 09-17 UTC, but every Monday of 2026 is closed by exception.
  const mondays2026: string[] = [];
  for (let d = Date.UTC(2026, 0, 5); d < Date.UTC(2027, 0, 1); d += 7 * 86_400_000) {
    mondays2026.push(new Date(d).toISOString().slice(0, 10));
  }
  const cal = createCalendar({
    timeZone: "UTC",
    hours: { mon: ["09:00-17:00"] },
    exceptions: mondays2026.map((date) => ({ date, hours: [] })),
  });

  it("searches forward and backward across it", () => {
    const mid2026 = at("2026-06-10T12:00:00Z");
    // first Monday of 2027 is 4 Jan; last Monday of 2025 is 29 Dec
    expect(cal.add(mid2026, { hours: 0 }, { prefer: "farthest" })).toEqual(
      at("2027-01-04T09:00:00Z"),
    );
    expect(cal.add(mid2026, { hours: 1 })).toEqual(at("2027-01-04T10:00:00Z"));
    expect(cal.add(mid2026, { hours: -1 })).toEqual(at("2025-12-29T16:00:00Z"));
    expect(cal.add(mid2026, { hours: -1 }, { prefer: "farthest" })).toEqual(
      at("2025-12-29T16:00:00Z"),
    );
    expect(cal.nextOpen(mid2026)).toEqual(at("2027-01-04T09:00:00Z"));
    expect(cal.nextClose(mid2026)).toEqual(at("2027-01-04T17:00:00Z"));
    expect(cal.add(mid2026, { businessDays: 1 })).toEqual(at("2027-01-04T17:00:00Z"));
    expect(cal.add(mid2026, { businessDays: -1 })).toEqual(at("2025-12-29T09:00:00Z"));
    expect(cal.endOfBusinessDay("2026-03-02")).toEqual(at("2027-01-04T17:00:00Z"));
  });
});
