// The real bin, through node: stdout, stderr and exit codes of a process.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
const plazo = (...args: string[]) =>
  spawnSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", ...args], {
    cwd: root,
    encoding: "utf8",
  });

describe("the plazo bin", () => {
  it("deadline: prints the deadline and exits with 0", () => {
    const stdout = execFileSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "src/cli/main.ts",
        "deadline",
        "2025-09-17T12:00-03:00",
        "48h",
        "--country",
        "CL",
      ],
      { cwd: root, encoding: "utf8" },
    );
    expect(stdout).toBe(
      "Plazo: viernes 2025-09-26 15:00 (America/Santiago, -03:00)\n" +
        "       2025-09-26T18:00:00.000Z\n",
    );
  });

  it("a refused value exits with 1, a usage error with 2, on stderr", () => {
    const bad = plazo("deadline", "2025-09-17T12:00", "48h", "--country", "CL");
    expect(bad.status).toBe(1);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toMatch(/^plazo: start: /);
    const usage = plazo("deadline");
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^plazo: start: /);
  });

  it("--version is package.json's; diagram reads a file", () => {
    const { version } = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
    expect(plazo("--version").stdout).toBe(`${version}\n`);
    const d = plazo("diagram", "test/cli/fixtures/workflow.json", "--lang", "en");
    expect(d.status).toBe(0);
    expect(d.stdout).toMatch(/^flowchart LR\n/);
    expect(plazo("diagram", "test/cli/fixtures/nope.json").status).toBe(1);
  });
});
