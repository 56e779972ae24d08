import * as H from "../src/holidays/index.ts";
import { tableEntries } from "../src/holidays/table.ts";
const pad = (n: number) => String(n).padStart(2, "0");
const [c, y] = process.argv.slice(2);
for (const e of tableEntries((H as any)[c], undefined, +y!)) { const d = `${y}-${pad(e.month)}-${pad(e.day)}`; console.log(d, "SuMoTuWeThFrSa".slice(new Date(d+"T00:00Z").getUTCDay()*2).slice(0,2), e.type, e.name); }
