// npm test: typecheck, then the vitest suite under the default TZ and three
// others (the core must not depend on the process time zone). Ends with the
// plain line "N passed, N failed" summed over all runs; exit 1 on any failure.
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync } from "node:fs";

const extra = process.argv.slice(2);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: "inherit", env: { ...process.env, ...env } }).status ?? 1;

if (run("npx", ["tsc", "--noEmit"]) !== 0) {
  console.log("typecheck failed\n0 passed, 1 failed");
  process.exit(1);
}
let passed = 0;
let failed = 0;
for (const tz of [process.env.TZ, "UTC", "Asia/Tokyo", "America/Santiago"]) {
  const label = tz ?? "default";
  const out = `.vitest-report-${label.replace("/", "-")}.json`;
  console.log(`\n=== vitest with TZ=${label}`);
  const env = tz === undefined ? {} : { TZ: tz };
  const status = run(
    "npx",
    ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile=${out}`, ...extra],
    env,
  );
  try {
    const report = JSON.parse(readFileSync(out, "utf8"));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    if (status !== 0 && report.numFailedTests === 0) failed += 1; // a suite that failed to load
    if (report.numTotalTests === 0) failed += 1; // ran no test
  } catch {
    failed += 1;
  }
  rmSync(out, { force: true });
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
