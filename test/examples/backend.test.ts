// The reference backend (examples/backend) driven over HTTP: 16 concurrent
// clients open tickets (each retrying its POST once, as after a lost reply),
// agents act on them, a fake clock moves from Tue 16 to Thu 25 September
// 2025 across Fiestas Patrias (Thu 18, Fri 19), and at every step two
// backends sweep the same store at once. At the end every expected event is
// present exactly once, and every effect was delivered exactly once. On the
// PostgreSQL of DATABASE_URL when set (CI), on the memory store otherwise.
import type { AddressInfo } from "node:net";
import pg from "pg";
import { createMemoryStore, type TicketStore } from "plazo/store";
import { createPostgresStore, type PostgresStore } from "plazo/store/postgres";
import type { Effect, Ticket, TicketEvent } from "plazo/workflow";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Backend, createBackend } from "../../examples/backend/server.js";

const url = process.env.DATABASE_URL;
const santiago = (local: string) => new Date(`${local}-03:00`);
let now = santiago("2025-09-16T10:00");
const clock = { now: () => now };
const delivered: Effect[] = [];
let pool: pg.Pool | undefined;
let store: TicketStore;
let backends: Backend[] = [];
let bases: string[] = [];

async function listen(b: Backend): Promise<string> {
  await new Promise<void>((resolve) => b.server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(b.server.address() as AddressInfo).port}`;
}

beforeAll(async () => {
  if (url) {
    pool = new pg.Pool({ connectionString: url, max: 20 });
    const pgStore = createPostgresStore({ db: pool, schema: `backend_${process.pid}` });
    await pool.query(`DROP SCHEMA IF EXISTS "${pgStore.schema}" CASCADE`);
    await pgStore.migrate();
    store = pgStore;
  } else store = createMemoryStore();
  const deliver = (effects: readonly Effect[]) => {
    delivered.push(...effects);
  };
  backends = [createBackend({ store, clock, deliver }), createBackend({ store, clock, deliver })];
  bases = await Promise.all(backends.map(listen));
});

afterAll(async () => {
  await Promise.all(backends.map((b) => new Promise((r) => b.server.close(r))));
  if (pool) {
    await pool.query(`DROP SCHEMA IF EXISTS "${(store as PostgresStore).schema}" CASCADE`);
    await pool.end();
  }
});

const tenantOf = (i: number) => `store-${i % 4}`;
const seller = (i: number) => ({
  "x-tenant": tenantOf(i),
  "x-actor-role": "requester",
  "x-actor-id": `seller-${i}`,
});
const agent = (i: number) => ({
  "x-tenant": tenantOf(i),
  "x-actor-role": "agent",
  "x-actor-id": "agent-1",
});

async function call(i: number, method: string, path: string, headers: object, body?: unknown) {
  const res = await fetch(`${bases[i % 2]}${path}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Both backends sweep the shared store at the same time, at `local` Santiago time. */
async function sweepAt(local: string) {
  now = santiago(local);
  await Promise.all(backends.map((b) => b.sweepOnce()));
}

const clients = Array.from({ length: 16 }, (_, i) => i);
const ids = new Map<number, string>();
const act = (i: number, command: object) =>
  call(i + 1, "POST", `/tickets/${ids.get(i)}/commands`, agent(i), command);

describe("reference backend over HTTP", () => {
  it("16 concurrent clients open tickets; a retried POST is the same ticket", async () => {
    const input = (i: number) => ({
      category: ["product"],
      subject: `Stock ${i}`,
      description: "El stock del producto no se actualiza.",
      sku: `SKU-${1000 + i}`,
    });
    const headers = (i: number) => ({ ...seller(i), "idempotency-key": `form-${i}` });
    const firsts = await Promise.all(
      clients.map((i) => call(i, "POST", "/tickets", headers(i), { input: input(i) })),
    );
    // The replies were lost: each client retries two minutes later, on the other backend.
    now = santiago("2025-09-16T10:02");
    const retries = await Promise.all(
      clients.map((i) => call(i + 1, "POST", "/tickets", headers(i), { input: input(i) })),
    );
    const opened = clients.map((i) => ({ i, first: firsts[i], retry: retries[i] }));
    for (const { i, first, retry } of opened) {
      if (!first || !retry) throw new Error("missing reply");
      expect(first.status).toBe(201);
      expect(retry.status).toBe(200);
      const ticket = first.body.ticket as Ticket;
      expect((retry.body.ticket as Ticket).id).toBe(ticket.id);
      ids.set(i, ticket.id);
    }
    const refused = await call(0, "POST", "/tickets", seller(0), {
      input: { category: ["product"] },
    });
    expect(refused.status).toBe(422);
  });

  it("agents act concurrently: ask for information, reject, or answer and close", async () => {
    now = santiago("2025-09-16T11:00");
    const results = await Promise.all(
      clients.map(async (i) => {
        if (i % 4 === 0 || i % 4 === 1) return [await act(i, { type: "request_info" })];
        if (i % 4 === 2) return [await act(i, { type: "reject" })];
        const reply = await act(i, {
          type: "comment",
          body: "Resuelto: el stock ya se actualiza.",
        });
        return [reply, await act(i, { type: "close" })];
      }),
    );
    expect(results.flat().map((r) => r.status)).toEqual(results.flat().map(() => 200));
  });

  it("the clock crosses Fiestas Patrias with two sweepers; sellers of i % 4 = 1 answer on Monday", async () => {
    for (const day of [
      "2025-09-17T12:00",
      "2025-09-18T12:00",
      "2025-09-19T12:00",
      "2025-09-20T12:00",
      "2025-09-21T12:00",
    ])
      await sweepAt(day);
    now = santiago("2025-09-22T08:30"); // before Monday's 09:00 reminder
    const answers = await Promise.all(
      clients
        .filter((i) => i % 4 === 1)
        .map((i) =>
          call(i, "POST", `/tickets/${ids.get(i)}/commands`, seller(i), {
            type: "comment",
            body: "Adjunto el detalle.",
          }),
        ),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    for (const day of [
      "2025-09-22T12:00",
      "2025-09-23T12:00",
      "2025-09-24T12:00",
      "2025-09-25T09:00",
    ])
      await sweepAt(day);
  });

  it("every expected event is present exactly once", async () => {
    // Asked Tue 16 11:00: reminders at 09:00 on the business days after, Wed 17 (12:00Z), then
    // (Thu 18 and Fri 19 are holidays) Mon 22 and Tue 23; the 3 business days end with Tue 23.
    const expected: Record<number, string[]> = {
      0: [
        "created",
        "status_changed request_info waiting",
        "timer_fired reminder 2025-09-17T12:00:00.000Z",
        "timer_fired reminder 2025-09-22T12:00:00.000Z",
        "timer_fired reminder 2025-09-23T12:00:00.000Z",
        "timer_fired auto_close 2025-09-24T03:00:00.000Z",
        "status_changed close_inactive closed",
      ],
      1: [
        "created",
        "status_changed request_info waiting",
        "timer_fired reminder 2025-09-17T12:00:00.000Z",
        "comment requester",
        "status_changed comment open",
      ],
      2: ["created", "status_changed reject rejected"],
      3: ["created", "comment agent", "status_changed close closed"],
    };
    for (const i of clients) {
      const r = await call(i, "GET", `/tickets/${ids.get(i)}/events`, agent(i));
      const events = (r.body as { events: TicketEvent[] }).events;
      expect(events.map((e) => e.seq)).toEqual(events.map((_, k) => k + 1));
      const story = events.flatMap((e) => {
        if (e.type === "created") return ["created"];
        if (e.type === "status_changed") return [`status_changed ${e.event} ${e.to}`];
        if (e.type === "timer_fired") return [`timer_fired ${e.timer} ${e.at}`];
        if (e.type === "comment") return [`comment ${e.actor.role}`];
        return [];
      });
      expect(story, `ticket of client ${i}`).toEqual(expected[i % 4]);
    }
  });

  it("every effect was delivered exactly once", () => {
    const keys = delivered.map((e) => `${e.tenant}/${e.ticket} ${e.template ?? e.type} ${e.at}`);
    expect(new Set(keys).size).toBe(keys.length);
    const count = (template: string) => delivered.filter((e) => e.template === template).length;
    expect(count("confirmation")).toBe(16);
    expect(count("answer_reminder")).toBe(4 * 3 + 4); // i%4=0: three each; i%4=1: one each
    expect(count("closed")).toBe(8); // four closed for inactivity, four by the agent
  });

  it("a seller sees only their own tickets and their indicators", async () => {
    const mine = await call(0, "GET", "/tickets", seller(0));
    expect((mine.body.items as Ticket[]).map((t) => t.id)).toEqual([ids.get(0)]);
    const other = await call(0, "GET", `/tickets/${ids.get(4)}`, seller(0));
    expect(other.status).toBe(404);
    const counts = await call(1, "GET", "/counts", seller(1));
    expect(counts.body).toEqual({ waitingOnMe: 0, open: 1, closed: 0, all: 1 });
  });
});
