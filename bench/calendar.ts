// npm run bench: plazo's indexed calendar against two day-by-day loops, on the
// same random inputs over 2020-2030 (Santiago, office hours 09-18, CL holidays):
//   "Set loop": walks day by day, reading each local day through @date-fns/tz and
//               checking a precomputed Set of holiday dates;
//   "date-holidays loop": the same walk asking date-holidays isHoliday per day.
// Prints median ns per call, ops/s and the ratios.
import { tzOffset } from "@date-fns/tz/tzOffset";
import Holidays from "date-holidays";
import { alwaysOpen, createCalendar, officeHours } from "../src/calendar/index.js";
import { CL } from "../src/holidays/index.js";

const H = 3_600_000;
const DAY = 86_400_000;
const TZ = "America/Santiago";

let seed = 42;
const rand = () => {
  seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
  return seed / 2_147_483_648;
};
const from = Date.UTC(2020, 0, 1);
const span = Date.UTC(2030, 0, 1) - from;
const N = 4096;
const starts = Array.from({ length: N }, () => from + Math.floor(rand() * span));
const hours = Array.from({ length: N }, () => 1 + Math.floor(rand() * 96 * 60) / 60);
const ends = starts.map((s) => s + Math.floor(rand() * 30 * DAY));

const cal = createCalendar({ timeZone: TZ, hours: officeHours, holidays: { country: CL } });

// --- day-by-day baselines -------------------------------------------------------------
const holidaySet = new Set<string>();
for (let y = 2019; y <= 2031; y++) for (const h of cal.holidays(y)) holidaySet.add(h.date);
const dh = new Holidays("CL");
const isHolidaySet = (date: string) => holidaySet.has(date);
const isHolidayDh = (date: string) => {
  const r = dh.isHoliday(new Date(`${date}T12:00:00Z`));
  return Array.isArray(r) && r.some((h) => h.type === "public");
};
/** The local day holding `t`: its 09:00-18:00 opening and closing (NaN when closed) and the next midnight. */
function dayAt(t: number, isHoliday: (date: string) => boolean) {
  const off = tzOffset(TZ, new Date(t)) * 60_000;
  const local = t + off;
  const dayStart = local - (((local % DAY) + DAY) % DAY);
  const wd = new Date(dayStart).getUTCDay();
  const open = wd !== 0 && wd !== 6 && !isHoliday(new Date(dayStart).toISOString().slice(0, 10));
  return {
    opens: open ? dayStart + 9 * H - off : Number.NaN,
    closes: open ? dayStart + 18 * H - off : Number.NaN,
    next: dayStart + DAY - off, // offset drift across a DST change is re-read next turn
  };
}
/** Adds open hours walking local days: open 09:00-18:00 Mon-Fri unless a holiday. */
function loopAdd(start: number, ms: number, isHoliday: (date: string) => boolean): number {
  let left = ms;
  for (let t = start; ; ) {
    const day = dayAt(t, isHoliday);
    const from = Math.max(t, day.opens);
    if (from < day.closes) {
      if (day.closes - from >= left) return from + left;
      left -= day.closes - from;
    }
    t = day.next;
  }
}
function loopBetween(a: number, b: number, isHoliday: (date: string) => boolean): number {
  let total = 0;
  for (let t = a; t < b; ) {
    const day = dayAt(t, isHoliday);
    const from = Math.max(t, day.opens);
    const to = Math.min(b, day.closes);
    if (to > from) total += to - from;
    t = day.next;
  }
  return total;
}

// --- timing ---------------------------------------------------------------------------
let sink = 0;
function measure(name: string, calls: number, fn: (i: number) => number) {
  const batch = Math.max(1, Math.floor(calls / 50));
  const samples: number[] = [];
  for (let i = 0; i < batch * 2; i++) sink += fn(i % N); // warm-up
  for (let s = 0; s < 50; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) sink += fn((s * batch + i) % N);
    samples.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  const median = samples[25] as number;
  console.log(
    `${name.padEnd(36)} ${median.toFixed(0).padStart(10)} ns/call ${Math.round(1e9 / median)
      .toLocaleString("en")
      .padStart(12)} ops/s`,
  );
  return median;
}

// agreement first: the baselines compute the same thing
for (let i = 0; i < 200; i++) {
  const a = cal.add(starts[i] as number, { hours: hours[i] as number }).getTime();
  const b = loopAdd(starts[i] as number, Math.round((hours[i] as number) * H), isHolidaySet);
  if (a !== b)
    throw new Error(
      `add disagrees at ${new Date(starts[i] as number).toISOString()}: ${a} vs ${b}`,
    );
  if (
    cal.between(starts[i] as number, ends[i] as number) !==
    loopBetween(starts[i] as number, ends[i] as number, isHolidaySet)
  ) {
    throw new Error("between disagrees");
  }
}

console.log(
  `node ${process.version}, ${N} random inputs 2020-2030, Santiago office hours + CL holidays\n`,
);
const addPlazo = measure("add: plazo (index)", 200_000, (i) =>
  cal.add(starts[i] as number, { hours: hours[i] as number }).getTime(),
);
const addSet = measure("add: day loop + holiday Set", 20_000, (i) =>
  loopAdd(starts[i] as number, (hours[i] as number) * H, isHolidaySet),
);
const addDh = measure("add: day loop + date-holidays", 200, (i) =>
  loopAdd(starts[i] as number, (hours[i] as number) * H, isHolidayDh),
);
const btwPlazo = measure("between: plazo (index)", 200_000, (i) =>
  cal.between(starts[i] as number, ends[i] as number),
);
const btwSet = measure("between: day loop + holiday Set", 20_000, (i) =>
  loopBetween(starts[i] as number, ends[i] as number, isHolidaySet),
);
const btwDh = measure("between: day loop + date-holidays", 200, (i) =>
  loopBetween(starts[i] as number, ends[i] as number, isHolidayDh),
);

// Other forms of the same instants (issue 15): Dates, and ISO strings with an offset as a
// host reads them from JSON or PostgreSQL (4096 distinct strings, parsed once then cached).
const startDates = starts.map((s) => new Date(s));
const startIsos = starts.map((s) => new Date(s - 3 * H).toISOString().replace("Z", "-03:00"));
measure("add: plazo, Date start", 200_000, (i) =>
  cal.add(startDates[i] as Date, { hours: hours[i] as number }).getTime(),
);
measure("add: plazo, ISO string start", 200_000, (i) =>
  cal.add(startIsos[i] as string, { hours: hours[i] as number }).getTime(),
);
measure("subtract: plazo (index)", 200_000, (i) =>
  cal.subtract(starts[i] as number, { hours: hours[i] as number }).getTime(),
);

const build: number[] = [];
for (let k = 0; k < 21; k++) {
  const t0 = performance.now();
  const c = createCalendar({ timeZone: TZ, hours: officeHours, holidays: { country: CL } });
  c.isOpen(Date.UTC(2025 + (k % 5), 5, 1));
  build.push(performance.now() - t0);
}
build.sort((a, b) => a - b);

/** Median ms of `fn` over `n` runs. */
function medianMs(fn: () => unknown, n = 21): number {
  const runs: number[] = [];
  for (let k = 0; k < n; k++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return runs.sort((a, b) => a - b)[n >> 1] as number;
}
// A 24/7 calendar never closes: nextClose answers null without indexing every year to 2199.
const neverCloses = medianMs(() =>
  createCalendar({ timeZone: "UTC", hours: alwaysOpen }).nextClose(0),
);
const open247 = createCalendar({ timeZone: TZ, hours: alwaysOpen });
const nextClose247 = measure("nextClose: always open (null)", 200_000, (i) =>
  open247.nextClose(starts[i] as number) === null ? 1 : 0,
);
// Growth is in chunks of half the span: asking year after year rebuilds O(log n) times.
const yearByYear = medianMs(() => {
  const c = createCalendar({ timeZone: TZ, hours: officeHours });
  for (let y = 2025; y <= 2199; y++) c.isOpen(Date.UTC(y, 5, 1));
  for (let y = 2024; y >= 1971; y--) c.isOpen(Date.UTC(y, 5, 1));
}, 5);

console.log(`
add:     plazo is ${(addSet / addPlazo).toFixed(0)}x faster than the Set loop, ${(addDh / addPlazo).toFixed(0)}x faster than the date-holidays loop
between: plazo is ${(btwSet / btwPlazo).toFixed(0)}x faster than the Set loop, ${(btwDh / btwPlazo).toFixed(0)}x faster than the date-holidays loop
create a calendar and build its first year: median ${(build[10] as number).toFixed(2)} ms (max ${(build[20] as number).toFixed(2)} ms)
create a 24/7 calendar and ask nextClose(0), which never comes: median ${neverCloses.toFixed(2)} ms (${Math.round(1e9 / nextClose247).toLocaleString("en")} nextClose/s once built)
a fresh calendar asked 2025, 2026, … 2199 then 2024 … 1971, one year at a time: median ${yearByYear.toFixed(0)} ms (every year built once)
targets: median add and between < 1000 ns: ${addPlazo < 1000 && btwPlazo < 1000 ? "met" : "MISSED"}; add <= 150 ns: ${addPlazo <= 150 ? "met" : "MISSED"}; between <= 100 ns: ${btwPlazo <= 100 ? "met" : "MISSED"}; >= 20x the Set loop: ${addSet / addPlazo >= 20 && btwSet / btwPlazo >= 20 ? "met" : "MISSED"}; first year < 20 ms: ${(build[10] as number) < 20 ? "met" : "MISSED"}; never-closing nextClose < 20 ms: ${neverCloses < 20 ? "met" : "MISSED"}
`);
if (sink === 0) console.log("(sink)");
