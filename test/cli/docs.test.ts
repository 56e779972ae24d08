// docs/cli.md shows real outputs: every `$ plazo …` of its console blocks is
// run again here, and must print exactly what the page says (stdout, then
// stderr), with the exit code of a following `$ echo $?`.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";

const root = new URL("../../", import.meta.url);
const doc = readFileSync(new URL("docs/cli.md", root), "utf8");

/** A command line split as a shell would: spaces, and double quotes around one argument. */
function words(line: string): string[] {
  const out: string[] = [];
  let cur: string | undefined;
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') {
      quoted = !quoted;
      cur ??= "";
    } else if (ch === " " && !quoted) {
      if (cur !== undefined) out.push(cur);
      cur = undefined;
    } else cur = (cur ?? "") + ch;
  }
  if (cur !== undefined) out.push(cur);
  return out;
}

interface Example {
  readonly command: string;
  output: string;
  code?: number;
}

const examples: Example[] = [];
for (const [, block] of doc.matchAll(/```console\n([\s\S]*?)```/g)) {
  let last: Example | undefined;
  let readingCode = false;
  for (const line of (block as string).split("\n").slice(0, -1)) {
    if (line.startsWith("$ plazo ")) {
      last = { command: line.slice(8), output: "" };
      examples.push(last);
      readingCode = false;
    } else if (line === "$ echo $?") readingCode = true;
    else if (readingCode && last) last.code = Number(line);
    else if (last) last.output += `${line}\n`;
  }
}

describe("docs/cli.md", () => {
  it("has examples of every command, and of errors", () => {
    const commands = new Set(examples.map((e) => e.command.split(" ")[0]));
    expect([...commands].sort()).toEqual(["deadline", "diagram", "holidays"]);
    expect(examples.filter((e) => e.code !== undefined && e.code > 0).length).toBeGreaterThan(3);
  });

  it.each(examples.map((e) => [e.command, e]))("$ plazo %s", (_, e) => {
    const r = run(words(e.command), {
      version: "0.0.0",
      readFile: (path) => readFileSync(new URL(path, root), "utf8"),
    });
    expect(r.stdout + r.stderr).toBe(e.output);
    expect(r.code).toBe(e.code ?? 0);
  });
});
