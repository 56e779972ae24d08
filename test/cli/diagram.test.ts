// plazo diagram: a preset or a workflow definition file as Mermaid.
import { readFileSync } from "node:fs";
import { createCalendar, officeHours } from "plazo/calendar";
import { definePreset, marketplaceBR, retailMarketplaceCL } from "plazo/presets";
import { defineWorkflow } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../../src/cli/diagram.js";
import { run } from "../../src/cli/run.js";

const fixture = new URL("./fixtures/workflow.json", import.meta.url);
const files: Record<string, string> = {
  "workflow.json": readFileSync(fixture, "utf8"),
  "preset.json": JSON.stringify({
    name: "mine",
    workflow: JSON.parse(readFileSync(fixture, "utf8")),
  }),
  "broken.json": "{ nope",
  "empty.json": JSON.stringify({ initial: "open", statuses: {}, transitions: [] }),
  "typo.json": JSON.stringify({
    ...JSON.parse(readFileSync(fixture, "utf8")),
    initial: "opne",
  }),
};
const readFile = (path: string) => {
  if (!Object.hasOwn(files, path))
    throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
  return files[path] as string;
};
const diagram = (...args: string[]) => run(["diagram", ...args], { readFile });

describe("plazo diagram", () => {
  it("draws every preset as the library does, in the preset's own locale by default", () => {
    for (const [name, def] of Object.entries(PRESETS)) {
      const r = diagram(name);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(definePreset(def).toMermaid({ locale: def.locale }));
      expect(r.stdout.startsWith("flowchart LR\n")).toBe(true);
    }
    expect(diagram("marketplaceBR").stdout).toContain('open["Aberto (open)"]');
  });

  it("--lang picks the labels' locale", () => {
    expect(diagram("marketplaceBR", "--lang", "es").stdout).toBe(
      definePreset(marketplaceBR).toMermaid({ locale: "es" }),
    );
    const en = diagram("retailMarketplaceCL", "--lang", "en").stdout;
    expect(en).toBe(definePreset(retailMarketplaceCL).toMermaid({ locale: "en" }));
    expect(en).toContain('closed((("Closed")))');
  });

  it("finds a preset by its definition name, in any case", () => {
    expect(diagram("retail-marketplace-cl").stdout).toBe(diagram("retailMarketplaceCL").stdout);
    expect(diagram("MARKETPLACEBR").stdout).toBe(diagram("marketplaceBR").stdout);
  });

  it("draws a workflow definition file, guards by name, in --lang (default es)", () => {
    const def = JSON.parse(files["workflow.json"] as string);
    const expected = (locale: "es" | "pt" | "en") =>
      defineWorkflow(def, {
        calendar: createCalendar({ timeZone: "UTC", hours: officeHours }),
        guards: { hasAnswer: () => true },
      }).toMermaid({ locale });
    expect(diagram("workflow.json").stdout).toBe(expected("es"));
    expect(diagram("workflow.json", "--lang", "pt").stdout).toBe(expected("pt"));
    const en = diagram("workflow.json", "--lang", "en").stdout;
    expect(en).toBe(expected("en"));
    expect(en).toContain('open -->|"close (agent) [hasAnswer]"| closed');
    expect(en).toContain("⏱ auto_close: after 3 business days → close_inactive");
  });

  it("takes the workflow key of an object such as a preset definition", () => {
    expect(diagram("preset.json").stdout).toBe(diagram("workflow.json").stdout);
  });

  it("--json", () => {
    const r = JSON.parse(diagram("marketplaceBR", "--json").stdout);
    expect(r).toEqual({
      source: "marketplaceBR",
      kind: "preset",
      locale: "pt",
      mermaid: definePreset(marketplaceBR).toMermaid(),
    });
    const f = JSON.parse(diagram("workflow.json", "--json", "--lang", "en").stdout);
    expect(f.kind).toBe("file");
    expect(f.source).toBe("workflow.json");
    expect(f.locale).toBe("en");
  });

  it("refuses an unknown preset, suggesting the closest", () => {
    const r = diagram("retailMarketplace");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'plazo: source: "retailMarketplace" no es un preset ni un archivo legible (¿quisiste decir retailMarketplaceCL?); presets: retailMarketplaceCL, departmentStoreMarketplaceCL, fulfilmentPlatformMX, ecommerceSupportCO, marketplaceBR\n',
    );
  });

  it("refuses a file it cannot read, naming the file", () => {
    const r = diagram("missing.json", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('plazo: source: cannot read "missing.json" (ENOENT)\n');
    // Without a readFile (a host that gives no file access), files are unreadable.
    const none = run(["diagram", "workflow.json", "--lang", "en"]);
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('plazo: source: cannot read "workflow.json" (no file access)\n');
  });

  it("refuses a file that is not JSON", () => {
    const r = diagram("broken.json", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^plazo: source: "broken\.json" is not valid JSON \(.+\)\n$/);
  });

  it("refuses a definition the library refuses, with its path", () => {
    const r = diagram("empty.json", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      'plazo: source: "empty.json": statuses: expected an object with at least one status\n',
    );
    const typo = JSON.parse(diagram("typo.json", "--json").stderr);
    expect(typo.error.code).toBe("bad_definition");
    expect(typo.error.argument).toBe("source");
    expect(typo.error.message).toMatch(/^"typo\.json": initial: /);
  });
});
