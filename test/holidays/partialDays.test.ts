import Holidays from "date-holidays";
import fc from "fast-check";
import {
  type CalendarException,
  type CalendarOptions,
  createCalendar,
  InvalidArgumentError,
  OutOfRangeError,
  officeHours,
  type WeeklyHours,
  weekdays,
} from "plazo/calendar";
import {
  AR,
  AR_PARTIAL_DAYS,
  BR,
  BR_BANK_PARTIAL_DAYS,
  BR_PARTIAL_DAYS,
  type PartialDayRule,
  partialDayExceptions,
  partialDays,
} from "plazo/holidays";
import { describe, expect, it } from "vitest";
import { tableEntries } from "../../src/holidays/table.js";

const SP = "America/Sao_Paulo"; // UTC-3 all year since 2019
const BA = "America/Argentina/Buenos_Aires"; // UTC-3, no DST
const br: CalendarOptions = {
  timeZone: SP,
  hours: officeHours,
  holidays: { country: BR, types: ["public", "bank"] },
};
const ar: CalendarOptions = { timeZone: BA, hours: officeHours, holidays: { country: AR } };
const pad = (n: number) => String(n).padStart(2, "0");
const ashWednesdays = (from: number, to: number) =>
  partialDays(BR_PARTIAL_DAYS, { from, to })
    .filter((d) => d.rule === "BR-quarta-feira-de-cinzas")
    .map((d) => d.date);

describe("dates", () => {
  it("Ash Wednesday is Easter − 46 days (hand-checked)", () => {
    // Easter: 23 Apr 2000, 20 Apr 2025, 5 Apr 2026, 28 Mar 2027, 16 Apr 2028.
    expect(ashWednesdays(2025, 2027)).toEqual(["2025-03-05", "2026-02-18", "2027-02-10"]);
    expect(ashWednesdays(2000, 2000)).toEqual(["2000-03-08"]);
    expect(ashWednesdays(2028, 2028)).toEqual(["2028-03-01"]);
  });

  it("Ash Wednesday is the day after the BR table's Carnival Tuesday, 2000-2075", () => {
    const fromTable: string[] = [];
    for (let y = BR.from; y <= BR.to; y++) {
      const carnival = tableEntries(BR, undefined, y).filter(
        (e) => e.name === "Carnaval" && e.type === "bank",
      );
      const tuesday = carnival[carnival.length - 1];
      if (!tuesday) throw new Error(`no Carnival in ${y}`);
      const next = new Date(Date.UTC(y, tuesday.month - 1, tuesday.day + 1));
      fromTable.push(next.toISOString().slice(0, 10));
    }
    expect(ashWednesdays(BR.from, BR.to)).toEqual(fromTable);
  });

  it("falls on the same dates as date-holidays' partial-day entries, 2000-2075", () => {
    const dh = (country: string, rule: string) => {
      const hd = new Holidays(country);
      const out: string[] = [];
      for (let y = 2000; y <= 2075; y++) {
        for (const h of hd.getHolidays(y)) if (h.rule === rule) out.push(h.date.slice(0, 10));
      }
      return out;
    };
    const ours = (rules: readonly PartialDayRule[], id: string) =>
      partialDays(rules, { from: 2000, to: 2075 })
        .filter((d) => d.rule === id)
        .map((d) => d.date);
    expect(ours(BR_PARTIAL_DAYS, "BR-quarta-feira-de-cinzas")).toEqual(
      dh("BR", "easter -46 PT14H"),
    );
    expect(ours(BR_PARTIAL_DAYS, "BR-vespera-de-natal")).toEqual(dh("BR", "12-24 14:00"));
    expect(ours(BR_PARTIAL_DAYS, "BR-vespera-de-ano-novo")).toEqual(dh("BR", "12-31 14:00"));
    expect(ours(AR_PARTIAL_DAYS, "AR-nochebuena")).toEqual(dh("AR", "12-24 12:00"));
    expect(ours(AR_PARTIAL_DAYS, "AR-fin-de-ano")).toEqual(dh("AR", "12-31 12:00"));
  });

  it("lists each occurrence with its hours, source and whether it is assumed", () => {
    const days = partialDays(BR_PARTIAL_DAYS, { from: 2024, to: 2027 });
    expect(
      days.map((d) => `${d.date} ${d.open.join(",")} ${d.assumed ? "assumed" : "read"}`),
    ).toEqual([
      "2024-02-14 14:00-24:00 read",
      "2024-12-24 00:00-14:00 read",
      "2024-12-31 00:00-14:00 read",
      "2025-03-05 14:00-24:00 read",
      "2025-12-24 00:00-13:00 read",
      "2025-12-31 00:00-13:00 read",
      "2026-02-18 14:00-24:00 read",
      "2026-12-24 00:00-13:00 read",
      "2026-12-31 00:00-13:00 read",
      "2027-02-10 14:00-24:00 assumed",
      "2027-12-24 00:00-13:00 assumed",
      "2027-12-31 00:00-13:00 assumed",
    ]);
    expect(days[4]?.source).toContain("Portaria MGI nº 9.783/2024");
    expect(days.every((d) => d.basis === "official")).toBe(true);
    expect(partialDays(AR_PARTIAL_DAYS, { from: 2025, to: 2025 })).toMatchObject([
      { date: "2025-12-24", name: "Nochebuena", open: ["00:00-12:00"], basis: "convention" },
      { date: "2025-12-31", name: "Fin de Año", open: ["00:00-12:00"], basis: "convention" },
    ]);
  });
});

describe("partialDayExceptions", () => {
  it("cuts an office's 09:00-18:00 on weekdays; weekend eves get nothing", () => {
    expect(partialDayExceptions(BR_PARTIAL_DAYS, br, { from: 2022, to: 2025 })).toEqual([
      { date: "2022-03-02", hours: ["14:00-18:00"], name: "Quarta-feira de Cinzas" },
      // 24 and 31 Dec 2022 are Saturdays, 2023 Sundays: closed already.
      { date: "2023-02-22", hours: ["14:00-18:00"], name: "Quarta-feira de Cinzas" },
      { date: "2024-02-14", hours: ["14:00-18:00"], name: "Quarta-feira de Cinzas" },
      { date: "2024-12-24", hours: ["09:00-14:00"], name: "Véspera de Natal" },
      { date: "2024-12-31", hours: ["09:00-14:00"], name: "Véspera de Ano Novo" },
      { date: "2025-03-05", hours: ["14:00-18:00"], name: "Quarta-feira de Cinzas" },
      { date: "2025-12-24", hours: ["09:00-13:00"], name: "Véspera de Natal" },
      { date: "2025-12-31", hours: ["09:00-13:00"], name: "Véspera de Ano Novo" },
    ]);
  });

  it("keeps a lunch break, and closes a day the rule leaves no hours of", () => {
    const hours = weekdays("08:30-13:00", "14:00-17:45");
    expect(
      partialDayExceptions(BR_PARTIAL_DAYS, { timeZone: SP, hours }, { from: 2025, to: 2025 }),
    ).toEqual([
      { date: "2025-03-05", hours: ["14:00-17:45"], name: "Quarta-feira de Cinzas" },
      { date: "2025-12-24", hours: ["08:30-13:00"], name: "Véspera de Natal" },
      { date: "2025-12-31", hours: ["08:30-13:00"], name: "Véspera de Ano Novo" },
    ]);
    // An afternoon shift: nothing changes on Ash Wednesday, 24/31 Dec 2025 close.
    const afternoon = weekdays("14:00-20:00");
    expect(
      partialDayExceptions(
        BR_PARTIAL_DAYS,
        { timeZone: SP, hours: afternoon },
        { from: 2025, to: 2025 },
      ),
    ).toEqual([
      { date: "2025-12-24", hours: [], name: "Véspera de Natal" },
      { date: "2025-12-31", hours: [], name: "Véspera de Ano Novo" },
    ]);
  });

  it("skips days a holiday of the chosen types closes (AR 2012 puente; 2018 bank days)", () => {
    // 24 Dec 2012 was a public Feriado Puente Turístico: not reopened until 12:00.
    expect(partialDayExceptions(AR_PARTIAL_DAYS, ar, { from: 2012, to: 2012 })).toEqual([
      { date: "2012-12-31", hours: ["09:00-12:00"], name: "Fin de Año" },
    ]);
    // 24 and 31 Dec 2018 were días no laborables (`bank` in the table).
    expect(partialDayExceptions(AR_PARTIAL_DAYS, ar, { from: 2018, to: 2018 })).toHaveLength(2);
    const arBank = { ...ar, holidays: { country: AR, types: ["public", "bank"] as const } };
    expect(partialDayExceptions(AR_PARTIAL_DAYS, arBank, { from: 2018, to: 2018 })).toEqual([]);
    // holidays.dates close a day too, e.g. a host following the 2025 asueto (Decreto 883/2025).
    const asueto = {
      ...ar,
      holidays: { country: AR, dates: [{ date: "2025-12-24" }, { date: "2025-12-31" }] },
    };
    expect(partialDayExceptions(AR_PARTIAL_DAYS, asueto, { from: 2025, to: 2025 })).toEqual([]);
  });

  it("the host's own exceptions win and the lists can be appended", () => {
    const own: CalendarException[] = [{ date: "2025-12-24", hours: [], name: "Company day off" }];
    const options = { ...br, exceptions: own };
    const extra = partialDayExceptions(BR_PARTIAL_DAYS, options, { from: 2025, to: 2025 });
    expect(extra.map((e) => e.date)).toEqual(["2025-03-05", "2025-12-31"]);
    const cal = createCalendar({ ...br, exceptions: [...own, ...extra] });
    expect(cal.isBusinessDay("2025-12-24")).toBe(false);
    expect(cal.isOpen(new Date("2025-12-31T15:30:00Z"))).toBe(true); // 12:30
    expect(cal.isOpen(new Date("2025-12-31T16:30:00Z"))).toBe(false); // 13:30
  });

  it("rules on one date intersect", () => {
    const both = partialDayExceptions([...BR_PARTIAL_DAYS, ...BR_BANK_PARTIAL_DAYS], br, {
      from: 2026,
      to: 2026,
    });
    expect(both[0]).toEqual({
      date: "2026-02-18",
      hours: ["14:00-18:00"],
      name: "Quarta-feira de Cinzas / Quarta-feira de Cinzas (bancos)",
    });
    expect(partialDayExceptions(BR_BANK_PARTIAL_DAYS, br, { from: 2026, to: 2026 })).toEqual([
      { date: "2026-02-18", hours: ["12:00-18:00"], name: "Quarta-feira de Cinzas (bancos)" },
    ]);
  });

  it("accepts a host's own rule in the same shape, 29 February only in leap years", () => {
    const leap: PartialDayRule = {
      id: "leap",
      country: "CL",
      name: "Leap day",
      on: { month: 2, day: 29 },
      hours: [{ open: ["09:00-12:00", "15:00-24:00"], source: "test" }],
      basis: "convention",
      scope: "test",
      verified: [],
    };
    const opts = { timeZone: "America/Santiago", hours: officeHours };
    expect(partialDayExceptions([leap], opts, { from: 2023, to: 2028 })).toEqual([
      { date: "2024-02-29", hours: ["09:00-12:00", "15:00-18:00"], name: "Leap day" },
      // 2028-02-29 is a Tuesday as well.
      { date: "2028-02-29", hours: ["09:00-12:00", "15:00-18:00"], name: "Leap day" },
    ]);
  });
});

describe("a calendar built with the exceptions", () => {
  const cal = createCalendar({
    ...br,
    exceptions: partialDayExceptions(BR_PARTIAL_DAYS, br, { from: 2025, to: 2027 }),
  });
  const plain = createCalendar(br);

  it("is closed at 10:00 and open at 15:00 on Ash Wednesday", () => {
    expect(cal.isOpen(new Date("2026-02-18T13:00:00Z"))).toBe(false); // 10:00 São Paulo
    expect(cal.isOpen(new Date("2026-02-18T18:00:00Z"))).toBe(true); // 15:00
    expect(cal.nextOpen(new Date("2026-02-18T13:00:00Z")).toISOString()).toBe(
      "2026-02-18T17:00:00.000Z", // 14:00
    );
    expect(plain.isOpen(new Date("2026-02-18T13:00:00Z"))).toBe(true);
  });

  it("adds across Carnival and Ash Wednesday to the hand-computed instant", () => {
    // Fri 13 Feb 2026 17:00 + 4 h: 1 h Friday; Sat, Sun closed; Mon 16 and Tue 17 Carnival
    // (bank); Wed 18 opens 14:00, 3 h more: 17:00 (20:00Z). Without the rule: 12:00.
    const start = new Date("2026-02-13T20:00:00Z");
    expect(cal.add(start, { hours: 4 }).toISOString()).toBe("2026-02-18T20:00:00.000Z");
    expect(plain.add(start, { hours: 4 }).toISOString()).toBe("2026-02-18T15:00:00.000Z");
    const wed = cal.explain(start, { hours: 4 }).days.find((d) => d.date === "2026-02-18");
    expect(wed).toMatchObject({ reason: "exception", name: "Quarta-feira de Cinzas" });
  });

  it("closes at 13:00 on 24 December 2025", () => {
    expect(cal.nextClose(new Date("2025-12-24T12:00:00Z"))?.toISOString()).toBe(
      "2025-12-24T16:00:00.000Z",
    );
    expect(cal.between(new Date("2025-12-24T00:00:00Z"), new Date("2025-12-25T00:00:00Z"))).toBe(
      4 * 3_600_000,
    );
  });

  it("an opted-out host's calendar is unchanged", () => {
    // Importing plazo/holidays changes nothing: a BR calendar opens 09:00-18:00 on these days.
    for (const day of ["2025-03-05", "2025-12-24", "2025-12-31", "2026-02-18"]) {
      expect(
        plain.between(
          new Date(`${day}T03:00:00Z`),
          new Date(`${day}T03:00:00Z`).getTime() + 86_400_000,
        ),
      ).toBe(9 * 3_600_000);
    }
    expect(partialDayExceptions([], br, { from: 2025, to: 2027 })).toEqual([]);
    expect(plain.holidays(2026)).toEqual(createCalendar(br).holidays(2026));
  });
});

describe("checks", () => {
  it("refuses malformed rules, years and options, naming the path", () => {
    const years = { from: 2025, to: 2025 };
    const bad = (rules: unknown, field: string) => {
      const call = () => partialDays(rules as PartialDayRule[], years);
      expect(call).toThrow(InvalidArgumentError);
      try {
        call();
      } catch (e) {
        expect((e as InvalidArgumentError).field).toBe(field);
      }
    };
    const rule = BR_PARTIAL_DAYS[0] as PartialDayRule;
    bad("BR", "rules");
    bad([{ ...rule, on: { easter: 1.5 } }], "rules[0].on.easter");
    bad([{ ...rule, on: { month: 2, day: 30 } }], "rules[0].on");
    bad(
      [{ ...rule, hours: [{ open: ["14:00-12:00"], source: "x" }] }],
      "rules[0].hours[0].open[0]",
    );
    bad([{ ...rule, hours: [] }], "rules[0].hours");
    bad(
      [
        {
          ...rule,
          hours: [
            { from: 2025, open: [], source: "x" },
            { from: 2020, open: [], source: "y" },
          ],
        },
      ],
      "rules[0].hours[1].from",
    );
    bad([{ ...rule, basis: "law" }], "rules[0].basis");
    expect(() => partialDays(BR_PARTIAL_DAYS, { from: 2026, to: 2025 })).toThrow(
      InvalidArgumentError,
    );
    expect(() => partialDayExceptions(BR_PARTIAL_DAYS, br, { from: 1999, to: 2025 })).toThrow(
      OutOfRangeError,
    );
    expect(() =>
      partialDayExceptions(BR_PARTIAL_DAYS, { ...br, hours: { mon: ["9-18"] } }, years),
    ).toThrow(/hours\.mon\[0\]/);
  });

  it("the shipped rules are frozen, each with a source", () => {
    for (const rules of [BR_PARTIAL_DAYS, BR_BANK_PARTIAL_DAYS, AR_PARTIAL_DAYS]) {
      expect(Object.isFrozen(rules)).toBe(true);
      for (const r of rules) {
        expect(Object.isFrozen(r.hours[0])).toBe(true);
        for (const h of r.hours) expect(h.source.length).toBeGreaterThan(20);
      }
    }
    expect(() =>
      (BR_PARTIAL_DAYS as PartialDayRule[]).push(BR_PARTIAL_DAYS[0] as PartialDayRule),
    ).toThrow();
  });
});

describe("properties (fast-check, fixed seed)", () => {
  const range = fc
    .tuple(fc.integer({ min: 0, max: 47 }), fc.integer({ min: 1, max: 48 }))
    .map(([a, n]) => [a, Math.min(48, a + n)] as const);
  const toText = ([a, b]: readonly [number, number]) =>
    `${pad(Math.floor(a / 2))}:${a % 2 ? "30" : "00"}-${pad(Math.floor(b / 2))}:${b % 2 ? "30" : "00"}`;
  const dayHours = fc.oneof(
    fc.constant([] as string[]),
    range.map((r) => [toText(r)]),
    fc
      .tuple(range, range)
      .filter(([x, y]) => x[1] < y[0])
      .map(([x, y]) => [toText(x), toText(y)]),
  );
  const weekly = fc
    .record({
      mon: dayHours,
      tue: dayHours,
      wed: dayHours,
      thu: dayHours,
      fri: dayHours,
      sat: dayHours,
      sun: dayHours,
    })
    .filter((w) => Object.values(w).some((d) => d.length > 0)) as fc.Arbitrary<WeeklyHours>;
  const allRules = [...BR_PARTIAL_DAYS, ...BR_BANK_PARTIAL_DAYS, ...AR_PARTIAL_DAYS];
  const host = fc.record({
    hours: weekly,
    country: fc.constantFrom("BR", "AR"),
    types: fc.subarray(["public", "bank", "optional"] as const, { minLength: 1 }),
    rules: fc.subarray(allRules, { minLength: 1 }),
  });
  const years = { from: 2024, to: 2027 };
  const lo = Date.UTC(2024, 0, 1, 3);
  const hi = Date.UTC(2028, 0, 1, 3);
  const build = (h: {
    hours: WeeklyHours;
    country: string;
    types: ("public" | "bank" | "optional")[];
  }): CalendarOptions =>
    h.country === "BR"
      ? { timeZone: SP, hours: h.hours, holidays: { country: BR, types: h.types } }
      : { timeZone: BA, hours: h.hours, holidays: { country: AR, types: h.types } };

  it("never opens time outside the host's hours; other days are unchanged", () => {
    fc.assert(
      fc.property(
        host,
        fc.array(fc.integer({ min: lo, max: hi - 1 }), { maxLength: 40 }),
        (h, ts) => {
          const options = build(h);
          const exceptions = partialDayExceptions(h.rules, options, years);
          const cal = createCalendar({ ...options, exceptions });
          const plain = createCalendar(options);
          const dates = new Set(exceptions.map((e) => e.date));
          for (const t of ts) {
            if (cal.isOpen(t)) expect(plain.isOpen(t)).toBe(true);
            const local = new Date(t - 3 * 3_600_000).toISOString().slice(0, 10); // both zones UTC-3
            if (!dates.has(local)) expect(cal.isOpen(t)).toBe(plain.isOpen(t));
          }
          for (const e of exceptions) {
            const start = Date.parse(`${e.date}T03:00:00Z`);
            const withRule = cal.between(start, start + 86_400_000);
            expect(withRule).toBeLessThan(plain.between(start, start + 86_400_000));
          }
          expect(cal.between(lo, hi)).toBeLessThanOrEqual(plain.between(lo, hi));
        },
      ),
      { seed: 15, numRuns: 60 },
    );
  });

  it("is idempotent: repeated rules, re-applying, and cutting already-cut hours change nothing", () => {
    fc.assert(
      fc.property(host, (h) => {
        const options = build(h);
        const exceptions = partialDayExceptions(h.rules, options, years);
        expect(partialDayExceptions([...h.rules, ...h.rules], options, years)).toEqual(exceptions);
        expect(partialDayExceptions(h.rules, { ...options, exceptions }, years)).toEqual([]);
        const keys = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
        for (const e of exceptions) {
          if (e.hours.length === 0) continue;
          const weekday = keys[
            new Date(`${e.date}T12:00:00Z`).getUTCDay()
          ] as (typeof keys)[number];
          const cut = { ...options, hours: { [weekday]: e.hours } };
          const again = partialDayExceptions(h.rules, cut, years);
          expect(again.find((x) => x.date === e.date)).toBeUndefined();
        }
      }),
      { seed: 15, numRuns: 100 },
    );
  });
});
