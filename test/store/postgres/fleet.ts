// The fleet test's shared parts: a workflow with an hourly wall-clock timer,
// the clock, and a store on the server of a URL. Used by the writer and
// sweeper processes that fleet.test.ts starts.
import pg from "pg";
import { createPostgresStore } from "../../../src/store/postgres/index.js";
import { defineWorkflow } from "../../../src/workflow/defineWorkflow.js";

export const HOUR = 3_600_000;
/** Monday 6 January 2025, 12:00 UTC: every ticket is created then. */
export const T0 = Date.UTC(2025, 0, 6, 12);
/** The sweepers' fake clock runs to T0 + 24 h, one hour per step. */
export const STEPS = 24;
export const TENANT = "fleet";

export const fleetWorkflow = defineWorkflow({
  initial: "open",
  statuses: {
    open: {
      category: "open",
      label: "Open",
      timers: [
        {
          name: "ping",
          every: { hours: 1 },
          clock: "wall",
          effects: [{ type: "notify", to: "requester", template: "ping" }],
        },
      ],
    },
    solved: { category: "solved", label: "Solved", final: true },
  },
  transitions: [{ event: "solve", from: "open", to: "solved", roles: ["agent"] }],
});

/** A pool and a store on `schema` of the server at `url`. */
export function fleetStore(url: string, schema: string) {
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  return { pool, store: createPostgresStore({ db: pool, schema }) };
}
