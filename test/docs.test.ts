// Every public export carries TSDoc with an @example (the engineering standard).
import ts from "typescript";
import { describe, expect, it } from "vitest";

const entries = [
  "calendar",
  "holidays",
  "forms",
  "workflow",
  "sla",
  "store",
  "presets",
  "desk",
].map((m) => `src/${m}/index.ts`);
entries.push("src/store/testing.ts", "src/store/postgres/index.ts");
const program = ts.createProgram(["src/index.ts", ...entries], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

function undocumented(file: string): string[] {
  const source = program.getSourceFile(file);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (!moduleSymbol) throw new Error(`cannot read ${file}`);
  return checker.getExportsOfModule(moduleSymbol).flatMap((exported) => {
    const symbol =
      exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    const tags = symbol.getJsDocTags(checker);
    return tags.some((t) => t.name === "example") ? [] : [exported.name];
  });
}

describe("TSDoc", () => {
  it.each(entries)("every export of %s has an @example", (file) => {
    expect(undocumented(file)).toEqual([]);
  });
});
