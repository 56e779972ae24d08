// plazo holidays: a year's holidays from the tables, in es, pt and en, and as JSON.
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";

const json = (...args: string[]) => {
  const r = run(["holidays", ...args, "--json"]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe("plazo holidays", () => {
  it("lists Chile's 2025 public holidays with their weekdays", () => {
    const r = run(["holidays", "CL", "2025"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Feriados — Chile (CL), 2025: 18");
    expect(lines[1]).toBe("  2025-01-01  miércoles  Año Nuevo");
    expect(lines).toContain("  2025-09-18  jueves     Fiestas Patrias");
    expect(lines).toContain("  2025-09-19  viernes    Día de las Glorias del Ejército");
    expect(lines).toContain("  2025-12-25  jueves     Navidad");
    expect(lines).toHaveLength(18 + 2); // title, 18 days, and the final newline
  });

  it("as JSON, with language-neutral weekdays and types", () => {
    const r = json("CL", "2025");
    expect(r.country).toBe("CL");
    expect(r.year).toBe(2025);
    expect(r.subdivision).toBeNull();
    expect(r.types).toEqual(["public"]);
    expect(r.holidays).toHaveLength(18);
    expect(r.holidays[0]).toEqual({
      date: "2025-01-01",
      weekday: "wed",
      name: "Año Nuevo",
      type: "public",
    });
    expect(r.holidays.map((h: { date: string }) => h.date)).toContain("2025-04-19"); // Sábado Santo
    expect(r.holidays.map((h: { date: string }) => h.date)).not.toContain("2025-12-31"); // bank
  });

  it("a subdivision adds its own days (Arica y Parinacota, 7 June)", () => {
    const r = json("cl", "2025", "--subdivision", "ap");
    expect(r.subdivision).toBe("AP");
    expect(r.holidays).toHaveLength(19);
    expect(r.holidays).toContainEqual({
      date: "2025-06-07",
      weekday: "sat",
      name: "Asalto y Toma del Morro de Arica",
      type: "public",
    });
    expect(run(["holidays", "CL", "2025", "--subdivision", "AP"]).stdout).toMatch(
      /^Feriados — Chile \(CL\), Arica y Parinacota \(AP\), 2025: 19\n/,
    );
  });

  it("in pt, São Paulo with every type: the type column is shown", () => {
    const r = run([
      "holidays",
      "BR",
      "2025",
      "--subdivision",
      "SP",
      "--types",
      "all",
      "--lang",
      "pt",
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Feriados — Brasil (BR), São Paulo (SP), 2025: 16");
    expect(lines).toContain("  2025-03-04  terça-feira    bancário     Carnaval");
    expect(lines).toContain(
      "  2025-07-09  quarta-feira   público      Revolução Constitucionalista",
    );
    expect(lines).toContain("  2025-11-20  quinta-feira   público      Dia da Consciência Negra");
    // 9 July is São Paulo's, not national.
    expect(json("BR", "2025").holidays.map((h: { date: string }) => h.date)).not.toContain(
      "2025-07-09",
    );
  });

  it("in en, Mexico with bank days", () => {
    const r = run(["holidays", "MX", "2026", "--types", "public,bank", "--lang", "en"]);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("Holidays — Mexico (MX), 2026: 11");
    expect(lines).toContain("  2026-04-02  Thursday   bank    Jueves Santo");
    expect(lines).toContain("  2026-09-16  Wednesday  public  Día de la Independencia");
  });

  it("covers the table's first and last years", () => {
    expect(json("UY", "2000").holidays.length).toBeGreaterThan(0);
    expect(json("PE", "2075").holidays.length).toBeGreaterThan(0);
  });
});
