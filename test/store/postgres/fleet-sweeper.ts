// One sweeper process: moves a fake clock from T0 + 1 h to T0 + 24 h, and
// at each hour sweeps until nothing is due. Prints { fired, conflicts }.
import { sweep } from "../../../src/store/helpers.js";
import { fleetStore, fleetWorkflow, HOUR, STEPS, T0 } from "./fleet.js";

const [url = "", schema = ""] = process.argv.slice(2);
const { pool, store } = fleetStore(url, schema);
let fired = 0;
let conflicts = 0;
for (let k = 1; k <= STEPS; k++) {
  const now = new Date(T0 + k * HOUR);
  for (;;) {
    const r = await sweep(store, fleetWorkflow, { now, limit: 25, leaseMs: 60_000 });
    fired += r.steps.reduce((n, s) => n + s.events.length, 0);
    conflicts += r.conflicts;
    if (r.claimed === 0) break;
  }
}
await pool.end();
console.log(JSON.stringify({ fired, conflicts }));
