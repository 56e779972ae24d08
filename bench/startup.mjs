// npm run bench:startup (after npm run build): time from a fresh node process
// to a ready Chilean calendar answering its first query, against `node -e 0`
// and against date-holidays doing the same (require + new Holidays("CL") + one year).
import { execFileSync } from "node:child_process";

const RUNS = 21;
const ready = `
const t0 = performance.now();
const { createCalendar, officeHours } = require("./dist/calendar/index.cjs");
const { CL } = require("./dist/holidays/index.cjs");
const cal = createCalendar({ timeZone: "America/Santiago", hours: officeHours, holidays: { country: CL } });
cal.add(new Date("2025-09-17T15:00:00Z"), { hours: 48 });
process.stdout.write(String(performance.now() - t0));`;
const dh = `
const t0 = performance.now();
const Holidays = require("date-holidays");
new Holidays("CL").getHolidays(2025);
process.stdout.write(String(performance.now() - t0));`;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}
function spawn(code) {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ["-e", code], { encoding: "utf8" });
  return { wall: performance.now() - t0, inside: Number(out) || 0 };
}
// The three kinds of process take turns, so a busy moment of the machine
// weighs on all of them alike instead of on whichever ran then.
const samples = { base: [], plazo: [], dhol: [] };
for (let i = 0; i < RUNS; i++)
  for (const [k, code] of [
    ["base", "0"],
    ["plazo", ready],
    ["dhol", dh],
  ])
    samples[k].push(spawn(code));
const summary = (xs) => ({
  wall: median(xs.map((x) => x.wall)),
  inside: median(xs.map((x) => x.inside)),
});
const base = summary(samples.base);
const plazo = summary(samples.plazo);
const dhol = summary(samples.dhol);
const row = (name, r) =>
  console.log(
    `${name.padEnd(44)} wall ${r.wall.toFixed(1).padStart(6)} ms   after node boot ${(r.wall - base.wall).toFixed(1).padStart(6)} ms   in-process ${r.inside.toFixed(1).padStart(6)} ms`,
  );
console.log(`median of ${RUNS} fresh processes each, interleaved, node ${process.version}`);
row("node -e 0", base);
row("plazo: Chilean calendar, first add()", plazo);
row("date-holidays: require + new Holidays(CL)", dhol);
// The gate reads the in-process time: from the script's first line (node has
// booted) to the calendar's first answer, without the jitter of spawning a
// process that the difference of two wall-clock medians carries. The 50 ms
// target holds on our reference machine; a slower or busier machine (a CI
// runner) slows both libraries alike, so the gate is the ratio against
// date-holidays measured in the same run, which the machine's speed cancels.
const cost = plazo.inside;
const ratio = cost / dhol.inside;
const MAX_RATIO = 0.4;
console.log(
  `target < 50 ms after node boot (in-process) on the reference machine: ${cost < 50 ? "met" : "missed here"} (${cost.toFixed(1)} ms; wall difference ${(plazo.wall - base.wall).toFixed(1)} ms)`,
);
console.log(
  `gate: plazo / date-holidays in-process <= ${MAX_RATIO}: ${ratio <= MAX_RATIO ? "met" : "MISSED"} (${ratio.toFixed(2)}, ${(1 / ratio).toFixed(1)}x faster)`,
);
if (ratio > MAX_RATIO) process.exitCode = 1;
