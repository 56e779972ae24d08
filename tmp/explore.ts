import * as H from "../src/holidays/index.ts";
import { tableEntries } from "../src/holidays/table.ts";
const pad = (n: number) => String(n).padStart(2, "0");
for (const c of ["EC","GT","SV","HN","PA","CR","VE","CO","AR"]) {
  const t = (H as any)[c];
  const wd = [0,0,0,0,0,0,0]; const counts: number[] = []; const dups: string[] = [];
  for (let y = 2000; y <= 2075; y++) {
    const es = tableEntries(t, undefined, y).filter((e: any) => e.type === "public");
    if (y >= 2031) counts.push(es.length);
    const seen = new Map<string, string>();
    for (const e of es) {
      const d = `${y}-${pad(e.month)}-${pad(e.day)}`;
      if (y >= 2031) wd[new Date(d + "T00:00:00Z").getUTCDay()]++;
      if (seen.has(e.name)) dups.push(`${seen.get(e.name)}/${d} ${e.name}`); else seen.set(e.name, d);
    }
  }
  console.log(c, "count2031-75", Math.min(...counts), Math.max(...counts), "weekday(Su..Sa)", wd.join(","), "dups", dups.length, dups.slice(0,4).join("; "));
}
