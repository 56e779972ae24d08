// One writer process: `commands` comments on random tickets, each with its
// own command key, retried on version_conflict. Prints { accepted } as JSON.
import { runCommand } from "../../../src/store/helpers.js";
import { fleetStore, fleetWorkflow, TENANT } from "./fleet.js";

const [url = "", schema = "", who = "w", commands = "0", tickets = "0"] = process.argv.slice(2);
const { pool, store } = fleetStore(url, schema);
let accepted = 0;
let random = [...who].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);
const next = () => {
  random = (random * 1_103_515_245 + 12_345) >>> 0;
  return random;
};
for (let i = 0; i < Number(commands); i++) {
  const id = `T-${next() % Number(tickets)}`;
  for (let attempt = 0; attempt < 50; attempt++) {
    const loaded = await store.load(TENANT, id);
    if (!loaded.ok) throw new Error(`${id} is missing`);
    const at = Date.parse(loaded.ticket.updatedAt) + 1 + (next() % 60_000);
    const actor = { role: "requester" as const, id: "u-1", tenant: TENANT };
    const r = await runCommand(store, fleetWorkflow, {
      tenant: TENANT,
      id,
      command: { type: "comment", at, actor, body: `${who} #${i}` },
      commandKey: `${who}-${i}`,
      retries: 0,
    });
    if (r.ok) {
      if (r.outcome === "appended") accepted++;
      break;
    }
    // Another writer got there between our load and runCommand's: try again
    // later than its event (the writer's clock follows the ticket's).
    const again =
      "code" in r ? r.code === "version_conflict" : r.error.code === "time_went_backwards";
    if (!again) throw new Error(JSON.stringify(r));
  }
}
await pool.end();
console.log(JSON.stringify({ accepted }));
