#!/usr/bin/env node
/**
 * The `plazo` bin: reads argv, runs {@link run}, writes its output and sets
 * the exit code. All the process's I/O is here: the version from
 * package.json (two folders up from this file, in `src/cli/` as in
 * `dist/cli/`) and the files `diagram` reads.
 *
 * @example
 * ```sh
 * plazo deadline 2025-09-17T12:00-03:00 48h --country CL --explain
 * ```
 * @module
 */
import { readFileSync } from "node:fs";
import { run } from "./run.js";

/**
 * The `version` of the package.json two folders above this file, or
 * `"unknown"` when it cannot be read.
 *
 * @example
 * ```ts
 * packageVersion(); // "0.0.0"
 * ```
 */
function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    return typeof pkg.version === "string" ? pkg.version : "unknown";
  } catch {
    return "unknown";
  }
}

const result = run(process.argv.slice(2), {
  version: packageVersion(),
  readFile: (path) => readFileSync(path, "utf8"),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.code;
