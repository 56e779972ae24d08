/**
 * Compares the generator's public holidays (date-holidays + corrections) with a
 * country's fixture, established from law, for the fixture's years:
 *   npx tsx scripts/holidays/verify.ts EC   (test/fixtures/holidays/EC.json)
 * Prints the dates only one side has; exit 1 when they differ. Uncertain dates are ignored.
 */
import { readFileSync } from "node:fs";
import { effective } from "./generate.js";

interface Fixture {
  country: string;
  subdivision: string | null;
  years: [number, number];
  holidays: { date: string; name: string }[];
  uncertain?: { date: string }[];
}

const [file] = process.argv.slice(2);
const fx = JSON.parse(readFileSync(`test/fixtures/holidays/${file}.json`, "utf8")) as Fixture;
const uncertain = new Set((fx.uncertain ?? []).map((u) => u.date));
const want = new Map(
  fx.holidays.filter((h) => !uncertain.has(h.date)).map((h) => [h.date, h.name]),
);
const got = new Map<string, string>();
for (let y = fx.years[0]; y <= fx.years[1]; y++) {
  for (const e of effective(fx.country, fx.subdivision ?? undefined, y)) {
    if (e.type === "public" && !uncertain.has(e.date)) got.set(e.date, e.name);
  }
}
const missing = [...want].filter(([d]) => !got.has(d));
const extra = [...got].filter(([d]) => !want.has(d));
for (const [d, n] of missing) console.log(`missing ${d} ${n}`);
for (const [d, n] of extra) console.log(`extra   ${d} ${n}`);
console.log(
  `${file}: ${want.size} in the fixture, ${missing.length} missing, ${extra.length} extra`,
);
process.exit(missing.length + extra.length ? 1 : 0);
