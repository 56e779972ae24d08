// Every export of src/cli carries TSDoc with an @example (the engineering standard).
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const dir = fileURLToPath(new URL("../../src/cli/", import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".ts"))
  .map((f) => `${dir}${f}`);
const program = ts.createProgram(files, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();

describe("src/cli TSDoc", () => {
  it("has the bin and its modules", () => {
    expect(files.map((f) => f.slice(dir.length)).sort()).toEqual(
      expect.arrayContaining(["main.ts", "run.ts", "duration.ts", "messages.ts", "deadline.ts"]),
    );
  });

  it.each(files.map((f) => [f.slice(dir.length), f]))(
    "every export of %s has an @example",
    (_, file) => {
      const source = program.getSourceFile(file);
      const moduleSymbol = source && checker.getSymbolAtLocation(source);
      const exports = moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : [];
      const missing = exports
        .filter((s) => !s.getJsDocTags(checker).some((t) => t.name === "example"))
        .map((s) => s.name);
      expect(missing).toEqual([]);
    },
  );
});
