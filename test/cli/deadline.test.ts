// plazo deadline: instants checked by hand against the calendar's semantics
// (office hours Mon-Fri 09:00-18:00, the holidays of the country's table, the
// country's zone, "nearest" results), in es, pt and en, and as JSON.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";

const deadline = (...args: string[]) => run(["deadline", ...args]);
const json = (...args: string[]) => {
  const r = deadline(...args, "--json");
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe("plazo deadline", () => {
  // Wed 17 Sep 2025 12:00 in Santiago (UTC-3 since the 7 Sep DST change) + 48 office hours:
  // Wed 12:00-18:00 is 6 h (42 left); Thu 18 Fiestas Patrias and Fri 19 Glorias del Ejército
  // are holidays; Sat 20, Sun 21 weekend; Mon 22 - Thu 25 are 4 × 9 h = 36 h (6 left);
  // Fri 26 09:00 + 6 h = 15:00 local = 18:00Z.
  it("48h from 2025-09-17T12:00-03:00 in CL is Fri 26 Sep 15:00, skipping 18-21 Sep", () => {
    const r = json("2025-09-17T12:00-03:00", "48h", "--country", "CL");
    expect(r.deadline).toBe("2025-09-26T18:00:00.000Z");
    expect(r.deadlineLocal).toBe("2025-09-26T15:00:00-03:00");
    expect(r.start).toBe("2025-09-17T15:00:00.000Z");
    expect(r.timeZone).toBe("America/Santiago");
    expect(r.openTime).toBe(48 * 3_600_000);
    expect(r.duration).toEqual({ hours: 48 });
    expect(r.skipped).toEqual([
      { date: "2025-09-18", weekday: "thu", reason: "holiday", name: "Fiestas Patrias" },
      {
        date: "2025-09-19",
        weekday: "fri",
        reason: "holiday",
        name: "Día de las Glorias del Ejército",
      },
      { date: "2025-09-20", weekday: "sat", reason: "weekend" },
      { date: "2025-09-21", weekday: "sun", reason: "weekend" },
    ]);
    expect(r.days).toBeUndefined();
  });

  it("--explain --json lists every day with the open time counted", () => {
    const r = json("2025-09-17T12:00-03:00", "48h", "--country", "CL", "--explain");
    const h = 3_600_000;
    expect(r.days.map((d: { date: string; counted: number }) => [d.date, d.counted / h])).toEqual([
      ["2025-09-17", 6],
      ["2025-09-18", 0],
      ["2025-09-19", 0],
      ["2025-09-20", 0],
      ["2025-09-21", 0],
      ["2025-09-22", 9],
      ["2025-09-23", 9],
      ["2025-09-24", 9],
      ["2025-09-25", 9],
      ["2025-09-26", 6],
    ]);
    expect(r.days[0].intervals).toEqual([
      { start: "2025-09-17T15:00:00.000Z", end: "2025-09-17T21:00:00.000Z" },
    ]);
    expect(r.days[9].intervals).toEqual([
      { start: "2025-09-26T12:00:00.000Z", end: "2025-09-26T18:00:00.000Z" },
    ]);
  });

  it("prints the deadline in Spanish by default", () => {
    const r = deadline("2025-09-17T12:00-03:00", "48h", "--country", "CL");
    expect(r).toEqual({
      code: 0,
      stdout:
        "Plazo: viernes 2025-09-26 15:00 (America/Santiago, -03:00)\n" +
        "       2025-09-26T18:00:00.000Z\n",
      stderr: "",
    });
  });

  it("--explain prints the days skipped and why, in es", () => {
    const r = deadline("2025-09-17T12:00-03:00", "48h", "--country", "CL", "--explain");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      [
        "Inicio:   miércoles 2025-09-17 12:00 (America/Santiago, -03:00)",
        "Duración: 48 h de tiempo hábil",
        "Horario:  lun-vie 09:00-18:00",
        "Feriados: Chile (CL)",
        "Plazo:    viernes 2025-09-26 15:00 (America/Santiago, -03:00)",
        "          2025-09-26T18:00:00.000Z",
        "",
        "Días:",
        "  2025-09-17  mié  6 h",
        "  2025-09-18  jue  —    feriado: Fiestas Patrias",
        "  2025-09-19  vie  —    feriado: Día de las Glorias del Ejército",
        "  2025-09-20  sáb  —    fin de semana",
        "  2025-09-21  dom  —    fin de semana",
        "  2025-09-22  lun  9 h",
        "  2025-09-23  mar  9 h",
        "  2025-09-24  mié  9 h",
        "  2025-09-25  jue  9 h",
        "  2025-09-26  vie  6 h",
        "Días saltados: 4 (2 feriados, 2 de fin de semana)",
        "",
      ].join("\n"),
    );
  });

  it("--explain in en", () => {
    const r = deadline(
      "2025-09-17T12:00-03:00",
      "48h",
      "--country",
      "CL",
      "--explain",
      "--lang",
      "en",
    );
    expect(r.stdout).toContain("Deadline: Friday 2025-09-26 15:00 (America/Santiago, -03:00)\n");
    expect(r.stdout).toContain("  2025-09-18  Thu  —    holiday: Fiestas Patrias\n");
    expect(r.stdout).toContain("  2025-09-20  Sat  —    weekend\n");
    expect(r.stdout).toContain("Duration: 48 h of business time\n");
    expect(r.stdout).toContain("Days skipped: 4 (2 holidays, 2 weekend days)\n");
  });

  // Wed 19 Nov 2025 12:00 in São Paulo (UTC-3, no DST) + 48 office hours: Wed 6 h (42 left);
  // Thu 20 Consciência Negra (national from 2024); Fri 21 9 h (33); weekend; Mon 24 - Wed 26
  // 27 h (6 left); Thu 27 09:00 + 6 h = 15:00 local = 18:00Z.
  it("--explain in pt, Brazil with São Paulo", () => {
    const args = ["2025-11-19T12:00-03:00", "48h", "--country", "BR", "--subdivision", "SP"];
    const r = deadline(...args, "--lang", "pt", "--explain");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Feriados: Brasil (BR), São Paulo (SP)\n");
    expect(r.stdout).toContain(
      "Prazo:    quinta-feira 2025-11-27 15:00 (America/Sao_Paulo, -03:00)\n",
    );
    expect(r.stdout).toContain("  2025-11-20  qui  —    feriado: Dia da Consciência Negra\n");
    expect(r.stdout).toContain("  2025-11-22  sáb  —    fim de semana\n");
    expect(r.stdout).toContain("Dias pulados: 3 (1 feriado, 2 de fim de semana)\n");
    expect(json(...args).deadline).toBe("2025-11-27T18:00:00.000Z");
    const lower = ["2025-11-19T12:00-03:00", "48h", "--country", "br", "--subdivision", "sp"];
    expect(json(...lower).subdivision).toBe("SP");
  });

  // Business days: the end of the 3rd business day after the start's date; 18 and 19 Sep are
  // holidays, so the days are Mon 22, Tue 23, Wed 24. Office hours: 24 Sep 18:00 = 21:00Z.
  it("3bd is the end of the 3rd business day after the start's day", () => {
    const r = json("2025-09-17T12:00-03:00", "3bd", "--country", "CL");
    expect(r.deadline).toBe("2025-09-24T21:00:00.000Z");
    expect(r.duration).toEqual({ businessDays: 3 });
  });

  // Whole business days: the end of Wed 24 Sep is 24:00 = Thu 25 00:00 local = 03:00Z, shown
  // as "miércoles 2025-09-24 24:00", and Thursday (nothing of it counted) is not listed.
  it("3bd with --hours whole ends at 24:00 of the 3rd business day", () => {
    const args = ["2025-09-17T12:00-03:00", "3bd", "--country", "CL", "--hours", "whole"];
    expect(json(...args).deadline).toBe("2025-09-25T03:00:00.000Z");
    const r = deadline(...args, "--explain");
    expect(r.stdout).toContain(
      "Plazo:    miércoles 2025-09-24 24:00 (America/Santiago, -03:00)\n          2025-09-25T03:00:00.000Z\n",
    );
    expect(r.stdout).toContain("Duración: 3 días hábiles\n");
    expect(r.stdout).toContain("Horario:  lun-vie 00:00-24:00\n");
    expect(r.stdout).not.toMatch(/^ {2}2025-09-25/m);
    expect(r.stdout.split("\n").filter((l) => l.startsWith("  2025-"))).toHaveLength(8);
  });

  // 2d is 48 h of open time: with whole business days, Wed 12:00-24:00 is 12 h (36 left),
  // Mon 22 24 h (12 left), Tue 23 00:00 + 12 h = 12:00 local = 15:00Z.
  it("2d is 48h of business time: two whole business days with --hours whole", () => {
    const r = json("2025-09-17T12:00-03:00", "2d", "--country", "CL", "--hours", "whole");
    expect(r.deadline).toBe("2025-09-23T15:00:00.000Z");
    expect(r.duration).toEqual({ hours: 48 });
    expect(json("2025-09-17T12:00-03:00", "2d", "--country", "CL").deadline).toBe(
      json("2025-09-17T12:00-03:00", "48h", "--country", "CL").deadline,
    );
  });

  // Ranges with a lunch break: 12:00-13:00 is 1 h, then 14:00 + 30 min = 14:30 local = 17:30Z.
  it("--hours with a lunch break and 1h30m", () => {
    const r = json(
      "2025-09-17T12:00-03:00",
      "1h30m",
      "--country",
      "CL",
      "--hours",
      "08:30-13:00,14:00-17:45",
    );
    expect(r.deadline).toBe("2025-09-17T17:30:00.000Z");
    expect(r.hours.mon).toEqual(["08:30-13:00", "14:00-17:45"]);
    expect(r.hours.sat).toBeUndefined();
    expect(r.duration).toEqual({ hours: 1, minutes: 30 });
  });

  // Saturday hours: Fri 26 Sep 2025 17:00 + 3 h: Fri 17-18 is 1 h, Sat 27 10:00 + 2 h = 12:00
  // local = 15:00Z.
  it("--hours with days: mon-fri and sat", () => {
    const hours = "mon-fri 09:00-18:00; sat 10:00-14:00";
    const r = json("2025-09-26T17:00-03:00", "3h", "--country", "CL", "--hours", hours);
    expect(r.deadline).toBe("2025-09-27T15:00:00.000Z");
    const text = deadline(
      "2025-09-26T17:00-03:00",
      "3h",
      "--country",
      "CL",
      "--hours",
      hours,
      "--explain",
    );
    expect(text.stdout).toContain("Horario:  lun-vie 09:00-18:00; sáb 10:00-14:00\n");
  });

  it("90m and --hours always", () => {
    // Always open but for holidays: Wed 17 23:00 local + 90 min crosses into Fiestas Patrias,
    // so the last 30 min are counted on Sat 20 00:00-00:30 local (03:30Z).
    const r = json("2025-09-17T23:00-03:00", "90m", "--country", "CL", "--hours", "always");
    expect(r.deadline).toBe("2025-09-20T03:30:00.000Z");
  });

  // DST: Chile moved from UTC-4 to UTC-3 on Sun 7 Sep 2025. Fri 5 Sep 17:00-04:00 + 2 h:
  // Fri 17-18 is 1 h, Mon 8 Sep 09:00 + 1 h = 10:00 local, now UTC-3 = 13:00Z.
  it("counts across a DST change in the country's zone", () => {
    const r = json("2025-09-05T17:00-04:00", "2h", "--country", "CL");
    expect(r.deadline).toBe("2025-09-08T13:00:00.000Z");
    expect(r.deadlineLocal).toBe("2025-09-08T10:00:00-03:00");
  });

  // Mexico: Jueves and Viernes Santo are "bank" days. Wed 1 Apr 2026 12:00 (UTC-6) + 9 h:
  // Wed 6 h; Thu 2 Apr 09:00 + 3 h = 12:00 (18:00Z); with bank days closed, Mon 6 Apr 12:00.
  it("--types decides which holidays close", () => {
    const start = "2026-04-01T12:00-06:00";
    expect(json(start, "9h", "--country", "MX").deadline).toBe("2026-04-02T18:00:00.000Z");
    const r = json(start, "9h", "--country", "MX", "--types", "public,bank");
    expect(r.deadline).toBe("2026-04-06T18:00:00.000Z");
    expect(r.types).toEqual(["public", "bank"]);
    expect(r.skipped.map((d: { date: string }) => d.date)).toEqual([
      "2026-04-02",
      "2026-04-03",
      "2026-04-04",
      "2026-04-05",
    ]);
    expect(json(start, "9h", "--country", "MX", "--types", "all").types).toEqual([
      "public",
      "bank",
      "optional",
      "school",
    ]);
  });

  // Wed 17 Sep 17:00 + 1 h ends at 18:00 ("nearest"); "farthest" gives the next opening,
  // Mon 22 Sep 09:00 local = 12:00Z (Thu and Fri are holidays).
  it("--prefer farthest gives the next opening", () => {
    const start = "2025-09-17T17:00-03:00";
    expect(json(start, "1h", "--country", "CL").deadline).toBe("2025-09-17T21:00:00.000Z");
    expect(json(start, "1h", "--country", "CL", "--prefer", "nearest").deadline).toBe(
      "2025-09-17T21:00:00.000Z",
    );
    expect(json(start, "1h", "--country", "CL", "--prefer", "farthest").deadline).toBe(
      "2025-09-22T12:00:00.000Z",
    );
  });

  it("--zone overrides the country's zone; the country's holidays stay", () => {
    const r = json("2025-09-17T12:00Z", "1h", "--country", "CL", "--zone", "UTC");
    expect(r.timeZone).toBe("UTC");
    expect(r.deadline).toBe("2025-09-17T13:00:00.000Z");
    // 17:00Z + 2 h in UTC office hours: 1 h on Wed, then Thu 18 and Fri 19 are CL holidays.
    expect(json("2025-09-17T17:00Z", "2h", "--country", "CL", "--zone", "UTC").deadline).toBe(
      "2025-09-22T10:00:00.000Z",
    );
  });

  it("a start after hours counts nothing that day, shown as outside hours", () => {
    const r = deadline("2025-09-17T20:00-03:00", "1h", "--country", "CL", "--explain");
    expect(r.stdout).toContain("  2025-09-17  mié  —    fuera de horario\n");
    expect(r.stdout).toContain("Plazo:    lunes 2025-09-22 10:00 (America/Santiago, -03:00)\n");
  });

  it("every country has its default zone", () => {
    const zones: Record<string, string> = {
      CL: "America/Santiago",
      MX: "America/Mexico_City",
      BR: "America/Sao_Paulo",
      CO: "America/Bogota",
      PE: "America/Lima",
      AR: "America/Argentina/Buenos_Aires",
      EC: "America/Guayaquil",
      UY: "America/Montevideo",
    };
    for (const [country, zone] of Object.entries(zones))
      expect(json("2025-03-12T15:00Z", "1h", "--country", country.toLowerCase()).timeZone).toBe(
        zone,
      );
    // Bogotá is UTC-5 all year: 15:00Z is 10:00, + 1 h = 11:00 local = 16:00Z.
    expect(json("2025-03-12T15:00Z", "1h", "--country", "CO").deadline).toBe(
      "2025-03-12T16:00:00.000Z",
    );
  });

  it("accepts --option=value and options before the command", () => {
    const a = run(["--lang", "en", "deadline", "2025-09-17T12:00-03:00", "48h", "--country=CL"]);
    expect(a.stdout).toBe(
      "Deadline: Friday 2025-09-26 15:00 (America/Santiago, -03:00)\n" +
        "          2025-09-26T18:00:00.000Z\n",
    );
    const b = run(["deadline", "--country", "CL", "--lang=pt", "2025-09-17T12:00-03:00", "48h"]);
    expect(b.stdout).toContain("Prazo: sexta-feira 2025-09-26 15:00");
  });
});
