// runCommand and sweep over the memory store, and the store's refusal of
// malformed writes (programmer errors throw, naming the field; nothing is
// half-written). 003's support portal on Chilean office hours: a solved
// ticket closes itself 27 business hours later (R003-9).
import {
  createMemoryStore,
  InvalidArgumentError,
  runCommand,
  snapshotOf,
  sweep,
  type TicketStore,
} from "plazo/store";
import type { Actor, Ticket } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { supportPortal as wf } from "../workflow/workflows.js";

const seller: Actor = { role: "requester", id: "u-1", tenant: "store-9" };
const agent: Actor = { role: "agent", id: "a-1" };
// Mon 3 Nov 2025 10:00 in Santiago (UTC-3).
const t0 = Date.UTC(2025, 10, 3, 13);
const HOUR = 3_600_000;

async function opened(store: TicketStore, id = "T-1"): Promise<Ticket> {
  const r = wf.create({ at: t0, actor: seller, id, tenant: "store-9" });
  if (!r.ok) throw new Error("create refused");
  const c = await store.create({ events: r.events, ...snapshotOf(wf, r.ticket) });
  if (!c.ok) throw new Error(c.code);
  return c.ticket;
}

describe("runCommand", () => {
  it("loads, applies and appends, returning the step with its effects", async () => {
    const store = createMemoryStore();
    await opened(store);
    const r = await runCommand(store, wf, {
      tenant: "store-9",
      id: "T-1",
      command: { type: "solve", at: t0 + HOUR, actor: agent },
    });
    expect(r.ok && r.step.effects.map((e) => e.type)).toEqual(["send_survey"]);
    const loaded = await store.load("store-9", "T-1");
    expect(loaded.ok && [loaded.ticket.status, loaded.ticket.version]).toEqual(["solved", 2]);
  });

  it("passes the workflow's refusal through and writes nothing", async () => {
    const store = createMemoryStore();
    await opened(store);
    const r = await runCommand(store, wf, {
      tenant: "store-9",
      id: "T-1",
      command: { type: "ask", at: t0 + HOUR, actor: seller },
      locale: "en",
    });
    expect(!r.ok && "error" in r && r.error.code).toBe("role_not_allowed");
    const events = await store.events("store-9", "T-1");
    expect(events.ok && events.events.length).toBe(1);
  });

  it("is not_found for a missing ticket or another tenant's", async () => {
    const store = createMemoryStore();
    await opened(store);
    const command = { type: "solve", at: t0 + HOUR, actor: agent } as const;
    expect(await runCommand(store, wf, { tenant: "store-9", id: "T-2", command })).toEqual({
      ok: false,
      code: "not_found",
    });
    expect(await runCommand(store, wf, { tenant: "store-1", id: "T-1", command })).toEqual({
      ok: false,
      code: "not_found",
    });
  });

  it("retries on version_conflict, and gives up after `retries`", async () => {
    const store = createMemoryStore();
    await opened(store);
    // A store whose every append loses a race once, then succeeds.
    let lose = 1;
    const racing: TicketStore = {
      ...store,
      append: async (tenant, id, input) =>
        lose-- > 0
          ? { ok: false, code: "version_conflict", currentVersion: input.expectedVersion + 1 }
          : store.append(tenant, id, input),
    };
    const command = { type: "comment", at: t0 + HOUR, actor: agent, body: "hola" } as const;
    const r = await runCommand(racing, wf, { tenant: "store-9", id: "T-1", command });
    expect(r.ok).toBe(true);
    lose = 10;
    const gaveUp = await runCommand(racing, wf, {
      tenant: "store-9",
      id: "T-1",
      command: { ...command, at: t0 + 2 * HOUR },
      retries: 2,
    });
    expect(gaveUp).toEqual({ ok: false, code: "version_conflict", currentVersion: 3 });
    expect(lose).toBe(7); // three attempts: the first and two retries
  });

  it("a command key makes a retry after a lost reply harmless", async () => {
    const store = createMemoryStore();
    await opened(store);
    const run = () =>
      runCommand(store, wf, {
        tenant: "store-9",
        id: "T-1",
        command: { type: "comment", at: t0 + HOUR, actor: agent, body: "una vez" },
        commandKey: "cmd-42",
      });
    expect((await run()).ok && "appended").toBe("appended");
    const again = await run();
    // The retry is applied to the new version but the store recognises the key.
    expect(again.ok && again.outcome).toBe("already_appended");
    const events = await store.events("store-9", "T-1");
    expect(events.ok && events.events.filter((e) => e.type === "comment").length).toBe(1);
  });
});

describe("sweep", () => {
  // Solved Mon 3 Nov 11:00 local: 27 business hours later is Thu 6 Nov 11:00 local (14:00Z):
  // Mon 7 h (11-18), Tue 9, Wed 9, Thu 2.
  const closesAt = Date.UTC(2025, 10, 6, 14);

  async function solvedTickets(store: TicketStore, n: number) {
    for (let i = 0; i < n; i++) {
      await opened(store, `T-${i}`);
      const r = await runCommand(store, wf, {
        tenant: "store-9",
        id: `T-${i}`,
        command: { type: "solve", at: t0 + HOUR, actor: agent },
      });
      if (!r.ok) throw new Error("solve refused");
    }
  }

  it("advances every due ticket once and stores its next wake-up", async () => {
    const store = createMemoryStore();
    await solvedTickets(store, 5);
    expect((await sweep(store, wf, { now: new Date(closesAt - 1) })).steps).toEqual([]);
    const { steps, conflicts } = await sweep(store, wf, { now: new Date(closesAt) });
    expect([steps.length, conflicts]).toEqual([5, 0]);
    expect(steps.every((s) => s.ticket.status === "closed")).toBe(true);
    // Closed is final: nothing pending, never due again.
    expect(await store.claimDue({ now: new Date(closesAt + 365 * 24 * HOUR) })).toEqual([]);
    expect((await store.counts({ tenant: "store-9", requester: "u-1" })).closed).toBe(5);
  });

  it("two sweepers at once advance each ticket exactly once", async () => {
    const store = createMemoryStore();
    await solvedTickets(store, 12);
    const now = new Date(closesAt + HOUR);
    const [a, b] = await Promise.all([
      sweep(store, wf, { now, limit: 5 }),
      sweep(store, wf, { now, limit: 5 }),
    ]);
    const rest = await sweep(store, wf, { now });
    const ids = [...a.steps, ...b.steps, ...rest.steps].map((s) => s.ticket.id).sort();
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `T-${i}`).sort());
    for (const id of ids) {
      const events = await store.events("store-9", id);
      expect(events.ok && events.events.filter((e) => e.type === "timer_fired").length).toBe(1);
    }
  });

  it("a ticket changed after its claim is a conflict, not a second advance", async () => {
    const store = createMemoryStore();
    await solvedTickets(store, 1);
    const now = new Date(closesAt + HOUR);
    const sneaky: TicketStore = {
      ...store,
      claimDue: async (o) => {
        const claimed = await store.claimDue(o);
        // Another writer comments between the claim and the sweep's append.
        await runCommand(store, wf, {
          tenant: "store-9",
          id: "T-0",
          command: { type: "comment", at: closesAt - 1, actor: agent, body: "tarde" },
        });
        return claimed;
      },
    };
    expect(await sweep(sneaky, wf, { now })).toEqual({ steps: [], conflicts: 1, claimed: 1 });
    // That writer stored the real wake-up; the next sweep closes the ticket, once.
    const next = await sweep(store, wf, { now });
    expect(next.steps.map((s) => s.ticket.status)).toEqual(["closed"]);
    const events = await store.events("store-9", "T-0");
    expect(events.ok && events.events.filter((e) => e.type === "timer_fired").length).toBe(1);
  });
});

describe("malformed writes throw, naming the field, and write nothing", () => {
  async function setup() {
    const store = createMemoryStore();
    const ticket = await opened(store);
    const r = wf.apply(ticket, { type: "comment", at: t0 + HOUR, actor: agent, body: "x" });
    if (!r.ok) throw new Error("refused");
    return { store, ticket, step: r };
  }
  const fieldOf = async (p: Promise<unknown>) => {
    try {
      await p;
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      return (e as InvalidArgumentError).field;
    }
    return "did not throw";
  };
  const unchanged = async (store: TicketStore) => {
    const events = await store.events("store-9", "T-1");
    expect(events.ok && events.events.length).toBe(1);
  };

  it("a seq gap", async () => {
    const { store, ticket, step } = await setup();
    const events = step.events.map((e) => ({ ...e, seq: e.seq + 1 }));
    const input = { events, expectedVersion: ticket.version, ...snapshotOf(wf, step.ticket) };
    expect(await fieldOf(store.append("store-9", "T-1", input))).toBe("input.events[0].seq");
    await unchanged(store);
  });

  it("values that do not survive JSON: undefined, NaN, a Date, a function", async () => {
    const { store, ticket, step } = await setup();
    for (const bad of [undefined, Number.NaN, new Date(0), () => 1]) {
      const events = step.events.map((e) => ({ ...e, extra: { bad } }));
      const input = { events, expectedVersion: ticket.version, ...snapshotOf(wf, step.ticket) };
      expect(await fieldOf(store.append("store-9", "T-1", input))).toBe(
        "input.events[0].extra.bad",
      );
    }
    await unchanged(store);
  });

  it("another tenant's snapshot, or a version that does not follow the events", async () => {
    const { store, ticket, step } = await setup();
    const input = {
      events: step.events,
      expectedVersion: ticket.version,
      ...snapshotOf(wf, step.ticket),
    };
    expect(await fieldOf(store.append("store-1", "T-1", input))).toBe("input.ticket");
    expect(
      await fieldOf(
        store.append("store-9", "T-1", { ...input, ticket: { ...step.ticket, version: 9 } }),
      ),
    ).toBe("input.ticket.version");
    await unchanged(store);
  });
});
