// npm run bench:startup (after npm run build): time from a fresh node process
// to a ready Chilean calendar answering its first query, against `node -e 0`
// and against date-holidays doing the same (require + new Holidays("CL") + one year).
import { execFileSync } from "node:child_process";

const RUNS = 15;
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
function time(code) {
  const wall = [];
  const inside = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const out = execFileSync(process.execPath, ["-e", code], { encoding: "utf8" });
    wall.push(performance.now() - t0);
    inside.push(Number(out) || 0);
  }
  return { wall: median(wall), inside: median(inside) };
}

const base = time("0");
const plazo = time(ready);
const dhol = time(dh);
const row = (name, r) =>
  console.log(
    `${name.padEnd(44)} wall ${r.wall.toFixed(1).padStart(6)} ms   after node boot ${(r.wall - base.wall).toFixed(1).padStart(6)} ms   in-process ${r.inside.toFixed(1).padStart(6)} ms`,
  );
console.log(`median of ${RUNS} fresh processes, node ${process.version}`);
row("node -e 0", base);
row("plazo: Chilean calendar, first add()", plazo);
row("date-holidays: require + new Holidays(CL)", dhol);
const cost = plazo.wall - base.wall;
console.log(
  `target < 50 ms after node boot: ${cost < 50 ? "met" : "MISSED"} (${cost.toFixed(1)} ms)`,
);
if (cost >= 50) process.exitCode = 1;
