// docs/presets.md and the README's rule table are generated from the
// presets (npm run docs:presets): they must match what the code says now,
// and every rule of every platform must have a preset path, a source line
// and a test.
import { readFileSync } from "node:fs";
import { definePreset } from "plazo/presets";
import { describe, expect, it } from "vitest";
import { allPresets, presetsDoc, readmeWithTable } from "../../scripts/presets/docs.js";

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
// How many rules each platform of domain-rules.md has.
const RULES = { "000": 12, "001": 6, "002": 8, "003": 10, "004": 4 };

describe("presets, their docs and the README", () => {
  it("there is one preset per platform, citing all of its rules", () => {
    const ids = allPresets().map(([, p]) => Object.keys(p.rules));
    expect(ids).toEqual(
      Object.entries(RULES).map(([platform, n]) =>
        Array.from({ length: n }, (_, i) => `R${platform}-${i + 1}`),
      ),
    );
  });

  it("docs/presets.md is up to date (npm run docs:presets)", () => {
    expect(read("docs/presets.md")).toBe(presetsDoc());
  });

  it("the README's rule table is up to date (npm run docs:presets)", () => {
    const readme = read("README.md");
    expect(readme).toBe(readmeWithTable(readme));
  });

  it("docs/presets.md holds each preset's toMermaid()", () => {
    const doc = read("docs/presets.md");
    for (const [, p] of allPresets()) expect(doc).toContain(definePreset(p).toMermaid());
  });
});
