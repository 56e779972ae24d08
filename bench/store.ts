// bench/store: plazo/store/postgres on a loopback PostgreSQL. Uses
// DATABASE_URL, or starts the test server (../shared/scripts) and stops it.
// Prints the server settings beside each figure:
//   appends/s with 16 writers on 16 tickets (goal ≥ 3,000/s), against a bare
//     INSERT of one row per statement as the server's ceiling in the same run;
//   sweep throughput in tickets/s (goal ≥ 2,000/s);
//   p50/p99 of a tenant's list and counts among 100k tickets (goal p50 < 5 ms);
//   the append figure again on a second server with fsync, full_page_writes and
//   synchronous_commit on (bench/durable-postgres.sh).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { cpus } from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { snapshotOf, sweep } from "../src/store/helpers.js";
import { createPostgresStore, type PostgresStore } from "../src/store/postgres/index.js";
import { defineWorkflow } from "../src/workflow/defineWorkflow.js";
import type { Ticket } from "../src/workflow/types.js";

const T0 = Date.UTC(2025, 0, 6, 12);
const HOUR = 3_600_000;
const WRITERS = 16;
const wf = defineWorkflow({
  initial: "open",
  statuses: {
    open: {
      category: "open",
      label: "Open",
      timers: [{ name: "ping", after: { hours: 1 }, clock: "wall", fire: "solve" }],
    },
    waiting: { category: "waiting_on_requester", label: "Waiting on you" },
    solved: { category: "solved", label: "Solved", final: true },
  },
  transitions: [
    { event: "ask", from: "open", to: "waiting", roles: ["agent"] },
    { event: "solve", from: ["open", "waiting"], to: "solved", roles: ["agent", "system"] },
  ],
});
const agent = { role: "agent", id: "a-1" } as const;

const scripts = ["../shared/scripts", "/work/shared/scripts"].find((d) =>
  existsSync(`${d}/start-test-postgres.sh`),
);

/** A server from `script` (printing its URL), and how to stop it. */
function serverFrom(script: string): { url: string; stop(): void } {
  if (!scripts) throw new Error("provide ../shared/scripts/{start,stop}-test-postgres.sh");
  const url = execFileSync("bash", [script], { encoding: "utf8" }).trim();
  const port = (url.split(":").pop() ?? "").split("/")[0] ?? "";
  return {
    url,
    stop: () => execFileSync("bash", [`${scripts}/stop-test-postgres.sh`, port]),
  };
}

/** DATABASE_URL, or the test server (durability off) started here. */
function fastServer(): { url: string; stop(): void } {
  const given = process.env.DATABASE_URL;
  return given ? { url: given, stop() {} } : serverFrom(`${scripts}/start-test-postgres.sh`);
}

async function settings(pool: pg.Pool): Promise<string> {
  const names = ["server_version", "fsync", "synchronous_commit", "full_page_writes"];
  const values = [];
  for (const n of names) values.push(`${n}=${(await pool.query(`SHOW ${n}`)).rows[0][n]}`);
  return `${values.join(", ")}, ${cpus().length} cores`;
}

async function freshStore(pool: pg.Pool, schema: string): Promise<PostgresStore> {
  await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  const store = createPostgresStore({ db: pool, schema });
  await store.migrate();
  return store;
}

async function createTicket(store: PostgresStore, tenant: string, id: string, requester: string) {
  const r = wf.create({ at: T0, actor: { role: "requester", id: requester, tenant }, id, tenant });
  if (!r.ok) throw new Error(r.error.code);
  const c = await store.create({ events: r.events, ...snapshotOf(wf, r.ticket) });
  if (!c.ok) throw new Error(c.code);
  return r.ticket;
}

/** 16 writers, each appending comments to its own ticket for `ms`. */
async function appendsPerSecond(store: PostgresStore, ms: number): Promise<number> {
  const tickets = await Promise.all(
    Array.from({ length: WRITERS }, (_, w) => createTicket(store, "bench", `W-${w}`, "u-1")),
  );
  let appends = 0;
  const end = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    tickets.map(async (first) => {
      let t: Ticket = first;
      while (performance.now() < end) {
        const at = Date.parse(t.updatedAt) + 1000;
        const s = wf.apply(t, { type: "comment", at, actor: agent, body: "seguimos revisando" });
        if (!s.ok) throw new Error(s.error.code);
        const r = await store.append(t.tenant, t.id, {
          events: s.events,
          expectedVersion: t.version,
          ...snapshotOf(wf, s.ticket),
        });
        if (!r.ok) throw new Error(r.code);
        t = s.ticket;
        appends++;
      }
    }),
  );
  return appends / ((performance.now() - started) / 1000);
}

/** The same 16 writers, each running a bare one-row INSERT: the server's ceiling. */
async function insertsPerSecond(pool: pg.Pool, schema: string, ms: number): Promise<number> {
  await pool.query(`CREATE TABLE "${schema}".bare (n integer, body jsonb)`);
  let inserts = 0;
  const end = performance.now() + ms;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: WRITERS }, async () => {
      while (performance.now() < end) {
        await pool.query(`INSERT INTO "${schema}".bare VALUES ($1, $2::jsonb)`, [
          inserts,
          '{"type":"comment"}',
        ]);
        inserts++;
      }
    }),
  );
  return inserts / ((performance.now() - started) / 1000);
}

/** `n` due tickets, two sweepers at once until nothing is due: tickets/s. */
async function sweepPerSecond(pool: pg.Pool, n: number): Promise<number> {
  const store = await freshStore(pool, "bench_sweep");
  for (let i = 0; i < n; i += 500)
    await Promise.all(
      Array.from({ length: Math.min(500, n - i) }, (_, k) =>
        createTicket(store, "sweep", `S-${i + k}`, "u-1"),
      ),
    );
  const now = new Date(T0 + 2 * HOUR);
  let swept = 0;
  const started = performance.now();
  await Promise.all(
    [0, 1].map(async () => {
      for (;;) {
        const r = await sweep(store, wf, { now, limit: 100 });
        swept += r.steps.length;
        if (r.claimed === 0) return;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  if (swept !== n) throw new Error(`swept ${swept} of ${n}`);
  await pool.query('DROP SCHEMA "bench_sweep" CASCADE');
  return n / seconds;
}

/** 100k tickets over 10 tenants and 1,000 requesters, cloned in SQL from 1,000 made by the store. */
async function seedHundredThousand(pool: pg.Pool, store: PostgresStore): Promise<void> {
  const s = `"${store.schema}"`;
  for (let i = 0; i < 1000; i += 250)
    await Promise.all(
      Array.from({ length: 250 }, async (_, k) => {
        const t = await createTicket(store, "seed", `T-${i + k}`, `u-${(i + k) % 100}`);
        if ((i + k) % 3 === 0) return;
        const at = T0 + (i + k) * 1000;
        const s2 = wf.apply(t, { type: "ask", at, actor: agent });
        if (!s2.ok) throw new Error(s2.error.code);
        await store.append(t.tenant, t.id, {
          events: s2.events,
          expectedVersion: t.version,
          ...snapshotOf(wf, s2.ticket),
        });
      }),
    );
  await pool.query(`INSERT INTO ${s}.tickets
    SELECT 'tenant-' || (g % 10), id || '-' || g, version, status, category,
      requester || '-' || (g % 10), reference, updated_at + g * interval '1 second', wake_at,
      jsonb_set(jsonb_set(state, '{tenant}', to_jsonb('tenant-' || (g % 10))), '{id}', to_jsonb(id || '-' || g)),
      NULL, create_hash
    FROM ${s}.tickets, generate_series(0, 99) AS g WHERE tenant = 'seed'`);
  await pool.query(`ANALYZE ${s}.tickets`);
}

async function latency(fn: () => Promise<unknown>, runs = 1000): Promise<string> {
  const times: number[] = [];
  for (let i = 0; i < 50; i++) await fn();
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(2);
  return `p50 ${at(0.5)} ms, p99 ${at(0.99)} ms`;
}

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");
const server = fastServer();
const pool = new pg.Pool({ connectionString: server.url, max: WRITERS });
try {
  const fast = await settings(pool);
  console.log(`plazo/store/postgres on ${fast}\n`);
  const store = await freshStore(pool, "bench_store");
  const appends = await appendsPerSecond(store, 5000);
  const bare = await insertsPerSecond(pool, "bench_store", 5000);
  console.log(
    `append, 16 writers     ${fmt(appends).padStart(7)} appends/s   (bare INSERT ${fmt(bare)}/s: ${(appends / bare).toFixed(2)}x; goal ≥ 3,000)`,
  );
  console.log(
    `sweep, 2 sweepers      ${fmt(await sweepPerSecond(pool, 5000)).padStart(7)} tickets/s   (5,000 due; goal ≥ 2,000)`,
  );
  await seedHundredThousand(pool, store);
  const { rows } = await pool.query(`SELECT count(*)::int AS n FROM "bench_store".tickets`);
  console.log(`\namong ${fmt(rows[0].n)} tickets (10 tenants, 10,000 tickets each):`);
  const tenant = "tenant-3";
  const second = (await store.query({ tenant, limit: 50 })).cursor ?? "";
  const cases: [string, () => Promise<unknown>][] = [
    ["list, newest 50", () => store.query({ tenant, limit: 50 })],
    ["list, second page", () => store.query({ tenant, limit: 50, cursor: second })],
    ["list, one requester", () => store.query({ tenant, requester: "u-7-3", limit: 20 })],
    [
      "list, waiting on requester",
      () => store.query({ tenant, category: ["waiting_on_requester"], limit: 50 }),
    ],
    ["counts, one requester", () => store.counts({ tenant, requester: "u-7-3" })],
  ];
  for (const [name, fn] of cases) console.log(`  ${name.padEnd(28)} ${await latency(fn)}`);

  const slow = serverFrom(fileURLToPath(new URL("./durable-postgres.sh", import.meta.url)));
  const durable = new pg.Pool({ connectionString: slow.url, max: WRITERS });
  try {
    const safe = await settings(durable);
    const store2 = await freshStore(durable, "bench_durable");
    const a2 = await appendsPerSecond(store2, 5000);
    const b2 = await insertsPerSecond(durable, "bench_durable", 5000);
    console.log(`\non a second server with ${safe}:`);
    console.log(
      `append, 16 writers     ${fmt(a2).padStart(7)} appends/s   (bare INSERT ${fmt(b2)}/s: ${(a2 / b2).toFixed(2)}x)`,
    );
  } finally {
    await durable.end();
    slow.stop();
  }
  await pool.query('DROP SCHEMA IF EXISTS "bench_store" CASCADE');
} finally {
  await pool.end();
  server.stop();
}
