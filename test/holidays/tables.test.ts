import { readdirSync, readFileSync } from "node:fs";
import { createCalendar, officeHours } from "plazo/calendar";
import * as plazoHolidays from "plazo/holidays";
import { BR, CL, type HolidayTable, MX } from "plazo/holidays";
import { describe, expect, it } from "vitest";
import { COUNTRIES, render } from "../../scripts/holidays/generate.js";
import { tableEntries } from "../../src/holidays/table.js";

interface Fixture {
  country: string;
  subdivision: string | null;
  holidays: { date: string; name: string; source: string }[];
  uncertain?: { date: string }[];
}

const dir = new URL("../fixtures/holidays/", import.meta.url);
const fixtures = readdirSync(dir)
  .filter((f) => f.endsWith(".json"))
  .map((f) => [f, JSON.parse(readFileSync(new URL(f, dir), "utf8")) as Fixture] as const);
const tables = plazoHolidays as unknown as Record<string, HolidayTable>;
const pad = (n: number) => String(n).padStart(2, "0");

describe("tables match the official calendars established from law, 2020-2030", () => {
  it("has a fixture for every country shipped (and BR's SP and RJ), with its research notes", () => {
    expect(fixtures.map(([f]) => f).sort()).toEqual(
      [...COUNTRIES, "BR-RJ", "BR-SP"].map((c) => `${c}.json`).sort(),
    );
    const notes = readdirSync(dir).filter((f) => f.endsWith(".md"));
    for (const c of COUNTRIES) {
      if (!["AR", "BR", "CL", "CO", "MX", "PE"].includes(c)) expect(notes).toContain(`${c}.md`);
    }
  });

  it.each(fixtures)("%s", (_file, fx) => {
    const table = tables[fx.country] as HolidayTable;
    const uncertain = new Set((fx.uncertain ?? []).map((u) => u.date));
    const want = fx.holidays.map((h) => h.date).filter((d) => !uncertain.has(d));
    const got: string[] = [];
    for (let y = 2020; y <= 2030; y++) {
      for (const e of tableEntries(table, fx.subdivision ?? undefined, y)) {
        const date = `${y}-${pad(e.month)}-${pad(e.day)}`;
        if (e.type === "public" && !uncertain.has(date)) got.push(date);
      }
    }
    expect(got).toEqual([...new Set(want)].sort());
    for (const h of fx.holidays) expect(h.source.length).toBeGreaterThan(3);
  });
});

describe("the committed tables are what the generator makes from date-holidays + corrections", () => {
  it.each(COUNTRIES)("%s", (country) => {
    const committed = readFileSync(
      new URL(`../../src/holidays/data/${country}.ts`, import.meta.url),
      "utf8",
    );
    expect(committed).toBe(render(country));
  });
});

describe("date-holidays 3.37.0 defects the corrections fix", () => {
  const cal = (country: HolidayTable, subdivision?: string) =>
    createCalendar({
      timeZone: "America/Santiago",
      hours: officeHours,
      holidays: subdivision ? { country, subdivision } : { country },
    });

  it("Chile: Sábado Santo is a holiday every year, Easter Sunday is not listed", () => {
    const cl = cal(CL);
    for (let y = 2000; y <= 2075; y++) {
      const names = cl.holidays(y).map((h) => h.name);
      expect(names).toContain("Sábado Santo");
      expect(names).not.toContain("Pascua");
    }
  });

  it("Chile 2025, hand-checked against Ley 2.977 and modifications", () => {
    expect(
      cal(CL)
        .holidays(2025)
        .map((h) => h.date),
    ).toEqual([
      "2025-01-01",
      "2025-04-18",
      "2025-04-19",
      "2025-05-01",
      "2025-05-21",
      "2025-06-20",
      "2025-06-29",
      "2025-07-16",
      "2025-08-15",
      "2025-09-18",
      "2025-09-19",
      "2025-10-12",
      "2025-10-31",
      "2025-11-01",
      "2025-11-16",
      "2025-12-08",
      "2025-12-14",
      "2025-12-25",
    ]);
  });

  it("Mexico: transmission of power on 1 October from 2024, 1 December before", () => {
    const mx = cal(MX);
    expect(mx.holidays(2018).map((h) => h.date)).toContain("2018-12-01");
    expect(mx.holidays(2024).map((h) => h.date)).toContain("2024-10-01");
    expect(mx.holidays(2030).map((h) => h.date)).toContain("2030-10-01");
    expect(mx.holidays(2030).map((h) => h.date)).not.toContain("2030-12-01");
  });

  it("Brazil: 20 November stays national in every state from 2024", () => {
    for (const sub of Object.keys(BR.subdivisions)) {
      for (const y of [2024, 2025, 2030]) {
        expect(
          cal(BR, sub)
            .holidays(y)
            .map((h) => h.date),
        ).toContain(`${y}-11-20`);
      }
    }
  });

  it("observances and partial days are not in the tables", () => {
    const types = new Set<string>();
    for (const t of COUNTRIES) {
      const table = tables[t] as HolidayTable;
      for (let y = table.from; y <= table.to; y++)
        for (const e of tableEntries(table, undefined, y)) types.add(e.type);
    }
    expect([...types].every((t) => ["public", "bank", "optional", "school"].includes(t))).toBe(
      true,
    );
    // Ash Wednesday (until 14:00) and 24 Dec from 14:00 are partial in Brazil
    const br2025 = tableEntries(BR, undefined, 2025).map((e) => `${pad(e.month)}-${pad(e.day)}`);
    expect(br2025).not.toContain("03-05");
    expect(br2025).not.toContain("12-24");
    expect(br2025).toContain("03-04"); // Carnival Tuesday, bank
  });
});
