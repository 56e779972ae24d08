/**
 * The conformance suite every `TicketStore` adapter passes: plain async
 * functions that throw on failure, so it runs under any test runner.
 *
 * @example
 * ```ts
 * import { it } from "vitest"; // or node:test, jest, mocha…
 * import { storeConformance } from "plazo/store/testing";
 * for (const c of storeConformance({ store: () => createMyStore() })) it(c.name, () => c.run());
 * ```
 * @module plazo/store/testing
 */
import { canonicalJson as canon, describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import { msOf } from "../iso.js";
import { defineWorkflow } from "../workflow/defineWorkflow.js";
import type {
  Actor,
  ApplyResult,
  JsonObject,
  JsonValue,
  Step,
  Ticket,
  TicketEvent,
  WorkflowDefinition,
} from "../workflow/types.js";
import type { AppendInput, AppendResult, CreateInput, Snapshot, TicketStore } from "./types.js";

/**
 * What {@link storeConformance} needs: a factory of fresh, empty stores
 * and, optionally, how to dispose of one and how hard to race.
 *
 * @example
 * ```ts
 * const options: ConformanceOptions = {
 *   store: async () => createPostgresStore({ pool, schema: `t_${randomUUID().slice(0, 8)}` }),
 *   cleanup: async (store) => dropSchema(store),
 *   concurrency: 16,
 * };
 * ```
 */
export interface ConformanceOptions {
  /** A fresh, empty store for each case. */
  readonly store: () => TicketStore | Promise<TicketStore>;
  /** Called after each case (close pools, drop schemas…). */
  readonly cleanup?: (store: TicketStore) => void | Promise<void>;
  /** Concurrent writers in the storm case; default 32. */
  readonly concurrency?: number;
}

/**
 * One property of the port: a name for the runner and a `run` that
 * resolves when the store conforms and rejects with an `Error` saying what
 * was expected and what came otherwise.
 *
 * @example
 * ```ts
 * const c: ConformanceCase = storeConformance({ store: () => createMemoryStore() })[0]!;
 * await c.run(); // throws if the store is wrong
 * ```
 */
export interface ConformanceCase {
  /** What the case checks, as a test title for the runner. */
  readonly name: string;
  /** Resolves when the store conforms; rejects with an `Error` naming what was expected and what came. */
  run(): Promise<void>;
}

// ---------------------------------------------------------------------------
// The workflow the cases drive: every status category, wall-clock timers only
// (no calendar), so tickets get a `wakeAt` without depending on the time zone.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 6 January 2025, 12:00 UTC. */
const T0 = Date.UTC(2025, 0, 6, 12);

const definition = {
  initial: "new",
  statuses: {
    new: { category: "new", label: "New" },
    open: { category: "open", label: "Open" },
    waiting: {
      category: "waiting_on_requester",
      label: "Waiting on you",
      timers: [{ name: "inactive", after: { days: 3 }, clock: "wall", fire: "close_inactive" }],
    },
    on_hold: { category: "on_hold", label: "On hold" },
    solved: {
      category: "solved",
      label: "Solved",
      timers: [{ name: "auto_close", after: { hours: 24 }, clock: "wall", fire: "auto_close" }],
    },
    rejected: { category: "rejected", label: "Rejected", final: true },
    closed: { category: "closed", label: "Closed", final: true },
  },
  transitions: [
    { event: "take", from: "new", to: "open", roles: ["agent"] },
    { event: "ask", from: ["new", "open"], to: "waiting", roles: ["agent"] },
    { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
    { event: "hold", from: ["new", "open"], to: "on_hold", roles: ["agent"] },
    { event: "resume", from: "on_hold", to: "open", roles: ["agent"] },
    { event: "solve", from: ["new", "open", "waiting", "on_hold"], to: "solved", roles: ["agent"] },
    { event: "reopen", from: "solved", to: "open", roles: ["requester", "agent"] },
    { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
    { event: "auto_close", from: "solved", to: "closed", roles: ["system"] },
    {
      event: "close",
      from: ["new", "open", "waiting", "on_hold", "solved"],
      to: "closed",
      roles: ["agent"],
    },
    { event: "reject", from: ["new", "open"], to: "rejected", roles: ["agent"] },
  ],
} as const satisfies WorkflowDefinition;

let compiled: ReturnType<typeof build> | undefined;
const build = () => defineWorkflow(definition);
/** The workflow, compiled on first use (importing the suite costs nothing). */
const flow = () => {
  compiled ??= build();
  return compiled;
};
type Cmd = Parameters<ReturnType<typeof build>["apply"]>[1];

const A = "store-9";
const B = "store-1";
const agent: Actor = { role: "agent", id: "a-1" };
const requester = (tenant: string = A, id = "u-1"): Actor => ({ role: "requester", id, tenant });

// ---------------------------------------------------------------------------
// Assertions: plain Errors whose message says what was expected and what came.

function show(v: unknown): string {
  let s: string;
  try {
    s = canon(v);
  } catch {
    s = String(v);
  }
  return s.length > 400 ? `${s.slice(0, 400)}… (${s.length} chars)` : s;
}

function check(cond: unknown, message: string): asserts cond {
  if (!cond) throw new Error(message);
}

function equal(actual: unknown, expected: unknown, message: string): void {
  const a = canon(actual);
  const e = canon(expected);
  if (a === e) return;
  if (a.length <= 400 && e.length <= 400) throw new Error(`${message}: expected ${e}, got ${a}`);
  // Long values: show both around the first difference.
  let i = 0;
  while (i < a.length && a[i] === e[i]) i++;
  const around = (x: string) =>
    `${i > 80 ? "…" : ""}${x.slice(Math.max(0, i - 80), i + 160)}${x.length > i + 160 ? "…" : ""}`;
  throw new Error(`${message}: differs at character ${i}: expected ${around(e)}, got ${around(a)}`);
}

/** Expects `fn` to throw (or reject with) an Error whose message names `field`. */
async function throwsNaming(fn: () => unknown, field: string, message: string): Promise<void> {
  let outcome: unknown;
  try {
    outcome = await fn();
  } catch (e) {
    check(e instanceof Error, `${message}: expected an Error to be thrown, got ${show(e)}`);
    check(
      e.message.includes(field),
      `${message}: expected the error to name "${field}", got "${e.message}"`,
    );
    return;
  }
  throw new Error(
    `${message}: expected it to throw an Error naming "${field}", got ${show(outcome)}`,
  );
}

// ---------------------------------------------------------------------------
// Tickets through the workflow and the store.

function stepOf(r: ApplyResult, what: string): Step {
  if (!r.ok) throw new Error(`the suite's workflow refused ${what}: ${r.error.code}`);
  return r;
}

function snapshot(ticket: Ticket): Snapshot {
  const status = definition.statuses[ticket.status as keyof typeof definition.statuses];
  check(status !== undefined, `a ticket in an unknown status ${show(ticket.status)}`);
  return { ticket, category: status.category, wakeAt: flow().nextWakeUp(ticket) };
}

interface NewTicket {
  readonly id: string;
  readonly tenant?: string;
  readonly at?: number;
  readonly requester?: string;
  readonly reference?: string | null;
  readonly fields?: JsonObject;
}

function created(o: NewTicket): Step {
  const tenant = o.tenant ?? A;
  return stepOf(
    flow().create({
      at: o.at ?? T0,
      actor: requester(tenant, o.requester ?? "u-1"),
      id: o.id,
      tenant,
      category: ["orders", "missing"],
      reference: o.reference ?? null,
      channel: "widget",
      fields: o.fields ?? { description: `about ${o.id}` },
    }),
    `creating ${o.id}`,
  );
}

const createInput = (s: Step): CreateInput => ({ events: s.events, ...snapshot(s.ticket) });

/** Creates a ticket and checks the store says `created`. */
async function open(store: TicketStore, o: NewTicket): Promise<Ticket> {
  const s = created(o);
  const r = await store.create(createInput(s));
  check(
    r.ok && r.outcome === "created",
    `create(${o.tenant ?? A}/${o.id}): expected { ok: true, outcome: "created" }, got ${show(r)}`,
  );
  return s.ticket;
}

function inputOf(
  from: Ticket,
  s: { readonly ticket: Ticket; readonly events: readonly TicketEvent[] },
): AppendInput {
  return { events: s.events, expectedVersion: from.version, ...snapshot(s.ticket) };
}

function appended(r: AppendResult, version: number, what: string): void {
  equal(r, { ok: true, version, outcome: "appended" }, what);
}

/** Applies `command` to `ticket`, appends at its version, checks `appended`; the step. */
async function act(store: TicketStore, ticket: Ticket, command: Cmd): Promise<Step> {
  const s = stepOf(flow().apply(ticket, command), `${command.type} on ${ticket.id}`);
  const r = await store.append(ticket.tenant, ticket.id, inputOf(ticket, s));
  appended(
    r,
    ticket.version + s.events.length,
    `append(${ticket.tenant}/${ticket.id}, ${command.type})`,
  );
  return s;
}

/** Advances `ticket` to `now` (firing its timers) and appends what fired. */
async function advance(store: TicketStore, ticket: Ticket, now: number): Promise<Step> {
  const s = flow().advance(ticket, now);
  const r = await store.append(ticket.tenant, ticket.id, inputOf(ticket, s));
  appended(r, ticket.version + s.events.length, `append(${ticket.tenant}/${ticket.id}, advance)`);
  return s;
}

const comment = (at: number, body: string, actor: Actor = agent): Cmd => ({
  type: "comment",
  at,
  actor,
  body,
});

async function load(store: TicketStore, tenant: string, id: string): Promise<Ticket> {
  const r = await store.load(tenant, id);
  if (!r.ok)
    throw new Error(`load(${tenant}/${id}): expected { ok: true, ticket }, got ${show(r)}`);
  return r.ticket;
}

async function eventsOf(
  store: TicketStore,
  tenant: string,
  id: string,
  fromSeq?: number,
): Promise<readonly TicketEvent[]> {
  const r = await store.events(tenant, id, fromSeq === undefined ? {} : { fromSeq });
  if (!r.ok)
    throw new Error(`events(${tenant}/${id}): expected { ok: true, events }, got ${show(r)}`);
  return r.events;
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

function seqs(events: readonly TicketEvent[], from: number, to: number, what: string): void {
  equal(
    events.map((e) => e.seq),
    range(from, to),
    `${what}: the events' seq`,
  );
}

/** Ids of claimed (or listed) tickets, as "tenant/id", sorted. */
const ids = (tickets: readonly Ticket[]): string[] =>
  tickets.map((t) => `${t.tenant}/${t.id}`).sort();

const NOT_FOUND = { ok: false, code: "not_found" } as const;
const conflict = (currentVersion: number) =>
  ({ ok: false, code: "version_conflict", currentVersion }) as const;

/** The store's order of query results: newest update first, then by id. */
const newestFirst = (a: Ticket, b: Ticket): number =>
  msOf(a.updatedAt) > msOf(b.updatedAt)
    ? -1
    : msOf(a.updatedAt) < msOf(b.updatedAt)
      ? 1
      : a.id < b.id
        ? -1
        : a.id > b.id
          ? 1
          : 0;

/** Every page of `q`, checking page sizes; `between` runs alongside each request. */
async function allPages(
  store: TicketStore,
  q: Parameters<TicketStore["query"]>[0],
  between?: (page: number) => Promise<void>,
): Promise<Ticket[]> {
  const items: Ticket[] = [];
  let cursor: string | undefined;
  const limit = q.limit ?? 50;
  for (let page = 0; ; page++) {
    check(page <= 200, "query: more than 200 pages; the cursor does not advance");
    const request = store.query(cursor === undefined ? q : { ...q, cursor });
    const [r] = await Promise.all([request, between?.(page)]);
    check(
      r.items.length <= limit,
      `query(limit ${limit}): expected at most ${limit} items, got ${r.items.length}`,
    );
    items.push(...r.items);
    if (r.cursor === null) return items;
    check(
      r.items.length === limit,
      `query(limit ${limit}): a page with a cursor should be full, got ${r.items.length} items`,
    );
    cursor = r.cursor;
  }
}

// ---------------------------------------------------------------------------

/** A fresh store for a case (the suite cleans it up). */
type Fresh = () => Promise<TicketStore>;
type Case = (fresh: Fresh, concurrency: number) => Promise<void>;

/** create → load. */
async function createThenLoad(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const c = created({ id: "T-1", reference: "PO-1" });
  const r = await store.create(createInput(c));
  check(r.ok && r.outcome === "created", `create: expected outcome "created", got ${show(r)}`);
  equal(r.ticket, c.ticket, "create: the returned ticket");
  equal(await load(store, A, "T-1"), c.ticket, "load after create");
  seqs(await eventsOf(store, A, "T-1"), 1, 1, "events after create");

  const history: TicketEvent[] = [...c.events];
  let t = c.ticket;
  for (const command of [
    comment(T0 + MINUTE, "first"),
    { type: "take", at: T0 + 2 * MINUTE, actor: agent } as const,
    { type: "solve", at: T0 + 3 * MINUTE, actor: agent } as const,
  ]) {
    const s = await act(store, t, command);
    history.push(...s.events);
    t = s.ticket;
  }
  const loaded = await load(store, A, "T-1");
  equal(loaded, t, "load after three appends");
  const events = await eventsOf(store, A, "T-1");
  check(
    loaded.version === events.length,
    `load: expected version ${events.length} (the number of events), got ${loaded.version}`,
  );
  seqs(events, 1, history.length, "events");
  equal(events, history, "events: the appended events");
  equal(await eventsOf(store, A, "T-1", 3), history.slice(2), "events(fromSeq: 3)");
  equal(await eventsOf(store, A, "T-1", history.length + 1), [], "events(fromSeq: past the end)");
}

/** create idempotency. */
async function createIdempotency(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const first = created({ id: "T-1", fields: { order: "PO-1" } });
  const r1 = await store.create(createInput(first), { idempotencyKey: "form-1" });
  check(
    r1.ok && r1.outcome === "created",
    `create(key form-1): expected "created", got ${show(r1)}`,
  );

  // A retry: the same key, the same events (a structurally equal copy).
  const retry = JSON.parse(JSON.stringify(createInput(first)));
  const r2 = await store.create({ ...retry, wakeAt: null }, { idempotencyKey: "form-1" });
  check(
    r2.ok && r2.outcome === "existing",
    `create again with the same key and events: expected { ok: true, outcome: "existing" }, got ${show(r2)}`,
  );
  equal(r2.ticket, first.ticket, "create again: the stored ticket");
  const listed = await store.query({ tenant: A });
  equal(ids(listed.items), [`${A}/T-1`], "query after an idempotent retry: still one ticket");
  seqs(await eventsOf(store, A, "T-1"), 1, 1, "events after an idempotent retry");

  // The same key with other events: another ticket, or the same id with other content.
  const other = created({ id: "T-2", fields: { order: "PO-2" } });
  equal(
    await store.create(createInput(other), { idempotencyKey: "form-1" }),
    { ok: false, code: "idempotency_conflict" },
    "create(key form-1) with other events",
  );
  equal(
    await store.load(A, "T-2"),
    NOT_FOUND,
    "load of the ticket refused for idempotency_conflict",
  );
  const sameIdOther = created({ id: "T-1", at: T0 + 1, fields: { order: "PO-1b" } });
  equal(
    await store.create(createInput(sameIdOther), { idempotencyKey: "form-1" }),
    { ok: false, code: "idempotency_conflict" },
    "create(key form-1) with the same id and other events",
  );

  // The same id without a key, or with a new key.
  equal(
    await store.create(createInput(sameIdOther)),
    { ok: false, code: "already_exists" },
    "create of an existing id without a key",
  );
  equal(
    await store.create(createInput(first)),
    { ok: false, code: "already_exists" },
    "create of the same ticket again without a key",
  );
  equal(
    await store.create(createInput(sameIdOther), { idempotencyKey: "form-2" }),
    { ok: false, code: "already_exists" },
    "create of an existing id with a new key",
  );
  equal(await load(store, A, "T-1"), first.ticket, "load after the refused creates");
  seqs(await eventsOf(store, A, "T-1"), 1, 1, "events after the refused creates");
  // A refused create does not take its key.
  const third = created({ id: "T-3" });
  const r3 = await store.create(createInput(third), { idempotencyKey: "form-2" });
  check(
    r3.ok && r3.outcome === "created",
    `create(key form-2) after a refused create with that key: expected "created", got ${show(r3)}`,
  );

  // Keys are per tenant: the same key in another tenant creates.
  const elsewhere = created({ id: "T-1", tenant: B, fields: { order: "PO-9" } });
  const r4 = await store.create(createInput(elsewhere), { idempotencyKey: "form-1" });
  check(
    r4.ok && r4.outcome === "created",
    `create(key form-1) in another tenant: expected "created", got ${show(r4)}`,
  );
  equal(await load(store, B, "T-1"), elsewhere.ticket, "load of the other tenant's ticket");
  equal(await load(store, A, "T-1"), first.ticket, "load of the first tenant's ticket");
  const r5 = await store.create(createInput(elsewhere), { idempotencyKey: "form-1" });
  check(
    r5.ok && r5.outcome === "existing",
    `create(key form-1) again in the other tenant: expected "existing", got ${show(r5)}`,
  );
  equal(r5.ticket, elsewhere.ticket, "create again in the other tenant: its own ticket");
}

/** append. */
async function appendAtVersion(fresh: Fresh): Promise<void> {
  const store = await fresh();
  let t = await open(store, { id: "T-1" });
  const s1 = await act(store, t, comment(T0 + MINUTE, "one"));
  t = s1.ticket;
  // Two steps in one append: version += 2.
  const a = stepOf(flow().apply(t, comment(T0 + 2 * MINUTE, "two")), "comment");
  const b = stepOf(flow().apply(a.ticket, comment(T0 + 3 * MINUTE, "three")), "comment");
  const r = await store.append(A, "T-1", {
    events: [...a.events, ...b.events],
    expectedVersion: t.version,
    ...snapshot(b.ticket),
  });
  appended(r, 4, "append of two events at version 2");
  t = b.ticket;
  const before = await eventsOf(store, A, "T-1");
  seqs(before, 1, 4, "events after the appends");
  equal(
    before.slice(1).map((e) => (e.type === "comment" ? e.body : e.type)),
    ["one", "two", "three"],
    "events: the comments in order",
  );
  equal(await load(store, A, "T-1"), t, "load after the appends");

  const next = stepOf(flow().apply(t, comment(T0 + 4 * MINUTE, "bad")), "comment");
  const two = stepOf(flow().apply(next.ticket, comment(T0 + 5 * MINUTE, "bad 2")), "comment");
  const wrong: [string, readonly TicketEvent[], Ticket][] = [
    [
      "a gap (seq expectedVersion + 2)",
      next.events.map((e) => ({ ...e, seq: e.seq + 1 })),
      next.ticket,
    ],
    [
      "an overlap (seq = expectedVersion)",
      next.events.map((e) => ({ ...e, seq: e.seq - 1 })),
      next.ticket,
    ],
    ["numbered from 1", next.events.map((e) => ({ ...e, seq: 1 })), next.ticket],
    [
      "a duplicate seq within the batch",
      [...next.events, ...two.events].map((e) => ({ ...e, seq: t.version + 1 })),
      two.ticket,
    ],
  ];
  for (const [what, events, ticket] of wrong)
    await throwsNaming(
      () => store.append(A, "T-1", { events, expectedVersion: t.version, ...snapshot(ticket) }),
      "seq",
      `append of events with ${what}`,
    );
  equal(
    await eventsOf(store, A, "T-1"),
    before,
    "events after the refused appends (nothing written)",
  );
  equal(await load(store, A, "T-1"), t, "load after the refused appends (nothing written)");
  // The store still takes a well-numbered append.
  await act(store, t, comment(T0 + 6 * MINUTE, "after"));
  seqs(await eventsOf(store, A, "T-1"), 1, 5, "events after a good append following refused ones");
}

/** append. */
async function staleVersion(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const t1 = await open(store, { id: "T-1" });
  const t2 = (await act(store, t1, { type: "solve", at: T0 + HOUR, actor: agent })).ticket;
  const wake = T0 + 25 * HOUR;
  const history = await eventsOf(store, A, "T-1");

  // A writer that loaded version 1 closes the ticket (wakeAt null).
  const stale = stepOf(
    flow().apply(t1, { type: "close", at: T0 + 2 * HOUR, actor: agent }),
    "close",
  );
  equal(
    await store.append(A, "T-1", inputOf(t1, stale)),
    conflict(2),
    "append at version 1 when the ticket is at 2",
  );
  // A stale empty append that would move the wake-up earlier.
  equal(
    await store.append(A, "T-1", {
      events: [],
      expectedVersion: 1,
      ...snapshot(t1),
      wakeAt: new Date(T0),
    }),
    conflict(2),
    "empty append at version 1 when the ticket is at 2",
  );
  // A version from the future.
  const ahead = stepOf(flow().apply(t2, comment(T0 + 2 * HOUR, "ahead")), "comment");
  equal(
    await store.append(A, "T-1", {
      events: ahead.events.map((e) => ({ ...e, seq: 6 })),
      expectedVersion: 5,
      ...snapshot({ ...ahead.ticket, version: 6 }),
    }),
    conflict(2),
    "append at version 5 when the ticket is at 2",
  );

  equal(await load(store, A, "T-1"), t2, "load after the conflicts (snapshot unchanged)");
  equal(await eventsOf(store, A, "T-1"), history, "events after the conflicts (nothing written)");
  equal(
    ids(await store.claimDue({ now: new Date(wake - 1), leaseMs: HOUR })),
    [],
    "claimDue just before the ticket's wake-up (a conflict must not move wakeAt)",
  );
  const due = await store.claimDue({ now: new Date(wake), leaseMs: HOUR });
  equal(
    ids(due),
    [`${A}/T-1`],
    "claimDue at the ticket's wake-up (a conflict must not clear wakeAt)",
  );
  equal(due[0], t2, "claimDue: the claimed snapshot");
}

/** not_found. */
async function notFoundAndIsolation(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const mine = await open(store, { id: "T-1", reference: "PO-1" });

  equal(await store.load(A, "T-404"), NOT_FOUND, "load of a missing ticket");
  equal(await store.events(A, "T-404"), NOT_FOUND, "events of a missing ticket");
  const ghost = created({ id: "T-404" });
  const ghostStep = stepOf(flow().apply(ghost.ticket, comment(T0 + MINUTE, "boo")), "comment");
  equal(
    await store.append(A, "T-404", inputOf(ghost.ticket, ghostStep)),
    NOT_FOUND,
    "append to a missing ticket",
  );
  equal(await store.load(A, "T-404"), NOT_FOUND, "load after an append to a missing ticket");

  // Tenant B asks for A's id.
  equal(await store.load(B, "T-1"), NOT_FOUND, "load of another tenant's id");
  equal(await store.events(B, "T-1"), NOT_FOUND, "events of another tenant's id");
  const twin = created({ id: "T-1", tenant: B });
  const twinStep = stepOf(
    flow().apply(twin.ticket, comment(T0 + MINUTE, "intruder", requester(B))),
    "comment",
  );
  equal(
    await store.append(B, "T-1", inputOf(twin.ticket, twinStep)),
    NOT_FOUND,
    "append to another tenant's id",
  );
  equal(await store.query({ tenant: B }), { items: [], cursor: null }, "query of an empty tenant");
  equal(
    await store.query({ tenant: B, reference: "PO-1" }),
    { items: [], cursor: null },
    "query of another tenant's reference",
  );
  equal(
    await store.counts({ tenant: B, requester: "u-1" }),
    { waitingOnMe: 0, open: 0, closed: 0, all: 0 },
    "counts of the same requester id in an empty tenant",
  );
  equal(await load(store, A, "T-1"), mine, "load of A's ticket after B's attempts");
  seqs(await eventsOf(store, A, "T-1"), 1, 1, "events of A's ticket after B's attempts");

  // The same id in both tenants: two tickets that never touch.
  const theirs = await open(store, { id: "T-1", tenant: B, fields: { owner: "B" } });
  const theirs2 = (await act(store, theirs, comment(T0 + MINUTE, "B's comment", requester(B))))
    .ticket;
  equal(await load(store, A, "T-1"), mine, "load of A's T-1 after B's T-1 changed");
  equal(await load(store, B, "T-1"), theirs2, "load of B's T-1");
  seqs(await eventsOf(store, A, "T-1"), 1, 1, "events of A's T-1 after B's T-1 changed");
  equal(ids((await store.query({ tenant: A })).items), [`${A}/T-1`], "query of A: only A's ticket");
  equal(ids((await store.query({ tenant: B })).items), [`${B}/T-1`], "query of B: only B's ticket");
  equal(
    await store.counts({ tenant: A, requester: "u-1" }),
    { waitingOnMe: 0, open: 1, closed: 0, all: 1 },
    "counts of u-1 in A with a twin in B",
  );
}

/** empty append. */
async function emptyAppend(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const t1 = await open(store, { id: "T-1" });
  const t = (await act(store, t1, { type: "solve", at: T0 + HOUR, actor: agent })).ticket;
  const history = await eventsOf(store, A, "T-1");
  const early = T0 + 2 * HOUR; // the real wake-up is T0 + 25 h

  appended(
    await store.append(A, "T-1", {
      events: [],
      expectedVersion: 2,
      ...snapshot(t),
      wakeAt: new Date(early),
    }),
    2,
    "empty append at the current version",
  );
  equal(await load(store, A, "T-1"), t, "load after an empty append");
  equal(await eventsOf(store, A, "T-1"), history, "events after an empty append");
  equal(
    ids(await store.claimDue({ now: new Date(early - 1), leaseMs: HOUR })),
    [],
    "claimDue just before the moved wake-up",
  );
  equal(
    ids(await store.claimDue({ now: new Date(early), leaseMs: HOUR })),
    [`${A}/T-1`],
    "claimDue at the moved wake-up",
  );

  equal(
    await store.append(A, "T-1", {
      events: [],
      expectedVersion: 1,
      ...snapshot(t1),
      wakeAt: null,
    }),
    conflict(2),
    "empty append at a stale version",
  );
  equal(
    await store.append(A, "T-1", {
      events: [],
      expectedVersion: 3,
      ...snapshot({ ...t, version: 3 }),
      wakeAt: null,
    }),
    conflict(2),
    "empty append at a version from the future",
  );
  const loaded = await load(store, A, "T-1");
  check(
    loaded.version === 2,
    `load after refused empty appends: expected version 2, got ${loaded.version}`,
  );
  equal(await eventsOf(store, A, "T-1"), history, "events after refused empty appends");
  const far = T0 + 10 * DAY;
  equal(
    ids(await store.claimDue({ now: new Date(far), leaseMs: HOUR })),
    [`${A}/T-1`],
    "claimDue after refused empty appends (they must not clear wakeAt)",
  );

  // Clearing the wake-up also ends the lease just taken.
  appended(
    await store.append(A, "T-1", {
      events: [],
      expectedVersion: 2,
      ...snapshot(t),
      wakeAt: null,
    }),
    2,
    "empty append clearing wakeAt",
  );
  equal(
    ids(await store.claimDue({ now: new Date(far + 2 * HOUR), leaseMs: HOUR })),
    [],
    "claimDue after wakeAt was cleared",
  );
  // And the version still takes the next append (Marten #5539).
  await act(store, t, { type: "reopen", at: T0 + 2 * HOUR, actor: agent });
  seqs(await eventsOf(store, A, "T-1"), 1, 3, "events after an append following empty ones");
}

/** storm. */
async function storm(fresh: Fresh, concurrency: number): Promise<void> {
  const store = await fresh();
  await open(store, { id: "T-1" });
  const at = T0 + MINUTE;
  const limit = 4 * concurrency + 10;
  const writer = async (i: number): Promise<{ version: number; events: number; tries: number }> => {
    for (let tries = 1; tries <= limit; tries++) {
      const loaded = await load(store, A, "T-1");
      const s = stepOf(flow().apply(loaded, comment(at, `writer ${i}`)), "comment");
      const r = await store.append(A, "T-1", inputOf(loaded, s));
      if (r.ok) {
        check(
          r.outcome === "appended" && r.version === loaded.version + s.events.length,
          `storm: writer ${i} expected { outcome: "appended", version: ${loaded.version + s.events.length} }, got ${show(r)}`,
        );
        return { version: r.version, events: s.events.length, tries };
      }
      check(
        r.code === "version_conflict" && r.currentVersion > loaded.version,
        `storm: writer ${i} at version ${loaded.version} expected a version_conflict with a later version, got ${show(r)}`,
      );
    }
    throw new Error(`storm: writer ${i} still conflicted after ${limit} tries`);
  };
  const results = await Promise.all(range(0, concurrency - 1).map(writer));
  const total = 1 + results.reduce((n, r) => n + r.events, 0);
  equal(
    results.map((r) => r.version).sort((x, y) => x - y),
    range(2, concurrency + 1),
    "storm: the versions the successful appends returned (each once)",
  );
  const loaded = await load(store, A, "T-1");
  check(loaded.version === total, `storm: expected version ${total}, got ${loaded.version}`);
  const events = await eventsOf(store, A, "T-1");
  seqs(events, 1, total, "storm");
  const bodies = events.flatMap((e) => (e.type === "comment" ? [e.body] : []));
  equal(
    [...bodies].sort(),
    range(0, concurrency - 1)
      .map((i) => `writer ${i}`)
      .sort(),
    "storm: every writer's comment exactly once",
  );
  equal(flow().replay(events), loaded, "storm: the replayed events against the snapshot");
}

/** many tickets in parallel. */
async function manyTickets(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const chains: { tenant: string; id: string }[] = [];
  for (const tenant of [A, B]) for (const n of range(1, 10)) chains.push({ tenant, id: `T-${n}` });
  const finals = await Promise.all(
    chains.map(async ({ tenant, id }) => {
      let t = await open(store, { id, tenant, fields: { chain: `${tenant}/${id}` } });
      for (const k of range(0, 4))
        t = (
          await act(
            store,
            t,
            comment(T0 + (k + 1) * MINUTE, `${tenant}/${id}#${k}`, requester(tenant)),
          )
        ).ticket;
      return t;
    }),
  );
  for (const [i, { tenant, id }] of chains.entries()) {
    const events = await eventsOf(store, tenant, id);
    seqs(events, 1, 6, `${tenant}/${id}`);
    equal(
      events.map((e) => (e.type === "comment" ? e.body : e.type)),
      ["created", ...range(0, 4).map((k) => `${tenant}/${id}#${k}`)],
      `${tenant}/${id}: its own events, in order`,
    );
    const loaded = await load(store, tenant, id);
    equal(loaded, finals[i], `${tenant}/${id}: the snapshot`);
    equal(loaded.fields, { chain: `${tenant}/${id}` }, `${tenant}/${id}: its own fields`);
  }
}

/** Instants past year 9999: ISO strings there (`+010000-…`) do not sort as instants. */
async function farInstants(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const y9999 = Date.UTC(9999, 11, 31, 23);
  const y10000 = Date.UTC(10000, 0, 2);
  await open(store, { id: "f-now", at: T0 });
  await open(store, { id: "f-9999", at: y9999 });
  const far = await open(store, { id: "f-10000", at: y10000 });
  equal(await load(store, A, "f-10000"), far, "load(f-10000): the ticket as created");
  const page = await store.query({ tenant: A });
  equal(
    page.items.map((t) => t.id),
    ["f-10000", "f-9999", "f-now"],
    "query: newest update first across year 10000",
  );
  const since = await store.query({ tenant: A, updatedSince: new Date(y10000) });
  equal(
    since.items.map((t) => t.id),
    ["f-10000"],
    "query(updatedSince year 10000): only the ticket updated then",
  );
  const pages = await allPages(store, { tenant: A, limit: 1 });
  equal(
    pages.map((t) => t.id),
    ["f-10000", "f-9999", "f-now"],
    "query(limit 1): keyset pages across year 10000",
  );
}

/** replay. */
async function replayEqualsStored(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const script: Cmd[] = [
    { type: "take", at: T0 + MINUTE, actor: agent },
    {
      type: "comment",
      at: T0 + 2 * MINUTE,
      actor: agent,
      body: "internal note",
      visibility: "internal",
    },
    { type: "ask", at: T0 + 3 * MINUTE, actor: agent },
    comment(T0 + 4 * MINUTE, "here is the invoice", requester()),
    { type: "hold", at: T0 + 5 * MINUTE, actor: agent },
    { type: "set_field", at: T0 + 6 * MINUTE, actor: agent, field: "reference", value: "PO-9" },
    { type: "resume", at: T0 + 7 * MINUTE, actor: agent },
    { type: "set_field", at: T0 + 8 * MINUTE, actor: agent, field: "priority", value: "high" },
    { type: "solve", at: T0 + 9 * MINUTE, actor: agent },
    { type: "reopen", at: T0 + 10 * MINUTE, actor: requester() },
    { type: "solve", at: T0 + 11 * MINUTE, actor: agent },
  ];
  const first = created({ id: "T-1" });
  const r = await store.create(createInput(first));
  check(r.ok && r.outcome === "created", `create: expected "created", got ${show(r)}`);
  let t = first.ticket;
  const history: TicketEvent[] = [...first.events];
  const verify = async (expected: Ticket, what: string) => {
    const loaded = await load(store, A, "T-1");
    equal(loaded, expected, `${what}: load against the step's ticket`);
    const events = await eventsOf(store, A, "T-1");
    equal(events, history, `${what}: events against the steps' events`);
    equal(flow().replay(events), loaded, `${what}: replay against load`);
  };
  await verify(t, "after create");
  for (const command of script) {
    const s = await act(store, t, command);
    history.push(...s.events);
    t = s.ticket;
    await verify(t, `after ${command.type}`);
  }
  // The auto-close timer fires 24 h after the last solve: timer_fired + status_changed.
  const fired = await advance(store, t, T0 + 11 * MINUTE + DAY);
  check(fired.events.length === 2, `advance: expected 2 events, got ${fired.events.length}`);
  history.push(...fired.events);
  await verify(fired.ticket, "after the auto-close timer");
  check(fired.ticket.status === "closed", `advance: expected closed, got ${fired.ticket.status}`);
}

/** query. */
async function queryAndPages(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const actions: (Cmd["type"] | null)[] = [null, "take", "ask", "hold", "solve", "close"];
  const tickets = new Map<string, Ticket>();
  // 24 tickets in groups of 3 with the same instant (ties by id), statuses by i % 6.
  for (const i of range(0, 23)) {
    const id = `q${String(i).padStart(2, "0")}`;
    let t = await open(store, {
      id,
      at: T0 + Math.floor(i / 3) * MINUTE,
      requester: i % 2 === 0 ? "u-2" : "u-1",
      reference: i % 4 === 0 ? "PO-7" : `R-${i}`,
    });
    const action = actions[i % 6];
    if (action !== null && action !== undefined && i % 4 !== 0)
      t = (
        await act(store, t, {
          type: action,
          at: T0 + HOUR + Math.floor(i / 5) * MINUTE,
          actor: agent,
        } as Cmd)
      ).ticket;
    tickets.set(id, t);
  }
  // Tenant B: the same ids, requester and reference; never listed for A.
  for (const i of range(0, 4))
    await open(store, {
      id: `q${String(i).padStart(2, "0")}`,
      tenant: B,
      reference: "PO-7",
      at: T0 + DAY,
    });

  const all = [...tickets.values()].sort(newestFirst);
  const expect = (f: (t: Ticket) => boolean) => all.filter(f).map((t) => t.id);
  const category = (t: Ticket) => snapshot(t).category;
  const got = async (
    q: Omit<Parameters<TicketStore["query"]>[0], "tenant">,
    what: string,
    want: string[],
  ) => {
    const r = await store.query({ tenant: A, ...q });
    equal(
      r.items.map((t) => t.id),
      want,
      `query(${what}): the ids, newest update first`,
    );
    check(
      r.cursor === null,
      `query(${what}): expected cursor null on the only page, got ${show(r.cursor)}`,
    );
    for (const t of r.items) {
      check(t.tenant === A, `query(${what}): a ticket of tenant ${t.tenant}`);
      equal(t, tickets.get(t.id), `query(${what}): the item ${t.id}`);
    }
  };
  await got(
    {},
    "tenant",
    expect(() => true),
  );
  await got(
    { status: ["waiting"] },
    "status waiting",
    expect((t) => t.status === "waiting"),
  );
  await got(
    { status: ["waiting", "on_hold"] },
    "status waiting or on_hold",
    expect((t) => t.status === "waiting" || t.status === "on_hold"),
  );
  await got({ status: ["nope"] }, "an unknown status", []);
  await got(
    { category: ["solved", "closed"] },
    "category solved or closed",
    expect((t) => ["solved", "closed"].includes(category(t))),
  );
  await got(
    { category: ["new"] },
    "category new",
    expect((t) => category(t) === "new"),
  );
  await got(
    { requester: "u-1" },
    "requester u-1",
    expect((t) => t.requester === "u-1"),
  );
  await got(
    { reference: "PO-7" },
    "reference PO-7",
    expect((t) => t.reference === "PO-7"),
  );
  await got({ reference: "R-5" }, "reference R-5", ["q05"]);
  const pivot = all[10] as Ticket;
  await got(
    { updatedSince: new Date(pivot.updatedAt) },
    `updatedSince ${pivot.updatedAt} (inclusive)`,
    expect((t) => t.updatedAt >= pivot.updatedAt),
  );
  await got(
    { requester: "u-1", category: ["new", "open", "waiting_on_requester"] },
    "requester u-1 and an open category",
    expect(
      (t) => t.requester === "u-1" && ["new", "open", "waiting_on_requester"].includes(category(t)),
    ),
  );

  // Keyset pagination, small pages, ties across page boundaries.
  for (const limit of [1, 2, 5]) {
    const items = await allPages(store, { tenant: A, limit });
    equal(
      items.map((t) => t.id),
      expect(() => true),
      `query(limit ${limit}): every page in order`,
    );
  }
  const filtered = await allPages(store, { tenant: A, requester: "u-1", limit: 2 });
  equal(
    filtered.map((t) => t.id),
    expect((t) => t.requester === "u-1"),
    "query(requester u-1, limit 2): every page",
  );

  // Pages while other writers append to tickets and create new ones.
  const touchable = all.filter((t) => ["new", "open", "on_hold"].includes(t.status));
  const touched = new Set<string>();
  let k = 0;
  const seen = await allPages(store, { tenant: A, limit: 3 }, async (page) => {
    const writes: Promise<unknown>[] = [];
    for (const pick of [
      touchable[(page * 2) % touchable.length],
      touchable[(page * 5 + 3) % touchable.length],
    ]) {
      if (pick === undefined || touched.has(pick.id)) continue;
      touched.add(pick.id);
      writes.push(act(store, pick, comment(T0 + 2 * DAY + k++ * 1000, `during page ${page}`)));
    }
    writes.push(open(store, { id: `new-${page}`, at: T0 + 2 * DAY + k++ * 1000 }));
    await Promise.all(writes);
  });
  check(touched.size > 0, "query under writes: the suite touched no ticket");
  const counted = new Map<string, number>();
  for (const t of seen) {
    check(t.tenant === A, `query under writes: a ticket of tenant ${t.tenant}`);
    counted.set(t.id, (counted.get(t.id) ?? 0) + 1);
  }
  for (const t of all)
    if (!touched.has(t.id))
      check(
        counted.get(t.id) === 1,
        `query under writes: untouched ticket ${t.id} expected exactly once, seen ${counted.get(t.id) ?? 0} times`,
      );
}

/** claimDue. */
async function claimDue(fresh: Fresh): Promise<void> {
  const lease = 10 * HOUR;
  const store = await fresh();
  const solvedA = (
    await act(store, await open(store, { id: "A" }), {
      type: "solve",
      at: T0 + HOUR,
      actor: agent,
    })
  ).ticket;
  const solvedB = (
    await act(store, await open(store, { id: "B" }), {
      type: "solve",
      at: T0 + 2 * HOUR,
      actor: agent,
    })
  ).ticket;
  await open(store, { id: "C" }); // new: nothing pending
  await act(store, await open(store, { id: "D" }), {
    type: "ask",
    at: T0 + 3 * HOUR,
    actor: agent,
  }); // wakes in 3 days
  await act(store, await open(store, { id: "E" }), {
    type: "close",
    at: T0 + HOUR,
    actor: agent,
  }); // final

  const claim = (now: number, limit?: number) =>
    store.claimDue(
      limit === undefined
        ? { now: new Date(now), leaseMs: lease }
        : { now: new Date(now), limit, leaseMs: lease },
    );
  equal(ids(await claim(T0)), [], "claimDue before any wake-up");
  equal(ids(await claim(T0 + 25 * HOUR - 1)), [], "claimDue 1 ms before the first wake-up");
  const first = await claim(T0 + 25 * HOUR);
  equal(ids(first), [`${A}/A`], "claimDue at exactly the first wake-up (inclusive)");
  equal(first[0], solvedA, "claimDue: the claimed ticket's snapshot");
  // The worker runs A's timer: closed, nothing pending.
  await advance(store, solvedA, T0 + 25 * HOUR);
  // B is closed by an agent before it is due.
  await act(store, solvedB, { type: "close", at: T0 + 25 * HOUR, actor: agent });
  const later = await claim(T0 + 10 * DAY, 100);
  equal(
    ids(later),
    [`${A}/D`],
    "claimDue long after: only the ticket still waiting (closed ones are never due)",
  );
  equal(
    ids(await claim(T0 + 10 * DAY + HOUR, 100)),
    [],
    "claimDue within the lease of the waiting ticket just claimed",
  );

  // Order and limit: earliest wake-up first.
  const other = await fresh();
  const order = [4, 1, 3, 0, 2];
  for (const [n, h] of order.entries())
    await act(other, await open(other, { id: `S-${n}` }), {
      type: "solve",
      at: T0 + h * HOUR,
      actor: agent,
    });
  const byWake = order
    .map((h, n) => ({ h, id: `${A}/S-${n}` }))
    .sort((x, y) => x.h - y.h)
    .map((x) => x.id);
  const mid = T0 + 26 * HOUR + 30 * MINUTE; // hours 0, 1 and 2 are due
  const dueMid = await other.claimDue({ now: new Date(mid), limit: 100, leaseMs: lease });
  equal(
    dueMid.map((t) => `${t.tenant}/${t.id}`),
    byWake.slice(0, 3),
    "claimDue(now) in wake-up order, none later than now",
  );
  // Within the lease of the three claimed: the two others, earliest first.
  const rest = await other.claimDue({
    now: new Date(T0 + 30 * HOUR),
    limit: 1,
    leaseMs: lease,
  });
  equal(
    rest.map((t) => `${t.tenant}/${t.id}`),
    byWake.slice(3, 4),
    "claimDue(limit 1): the earliest remaining",
  );
  const last = await other.claimDue({
    now: new Date(T0 + 30 * HOUR),
    limit: 5,
    leaseMs: lease,
  });
  equal(
    last.map((t) => `${t.tenant}/${t.id}`),
    byWake.slice(4),
    "claimDue: the last one",
  );
}

/** claimDue with 4 competing sweepers. */
async function competingSweepers(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const lease = 10 * MINUTE;
  const now = T0 + DAY + 30 * MINUTE;
  const due: string[] = [];
  for (const i of range(0, 29)) {
    const id = `D-${String(i).padStart(2, "0")}`;
    // Solved at T0 + i min: wakes at T0 + 24 h + i min <= now.
    await act(store, await open(store, { id }), {
      type: "solve",
      at: T0 + i * MINUTE,
      actor: agent,
    });
    due.push(`${A}/${id}`);
  }
  for (const i of range(0, 4))
    await act(store, await open(store, { id: `L-${i}` }), {
      type: "solve",
      at: T0 + HOUR + i * MINUTE,
      actor: agent,
    });
  for (const i of range(0, 2)) await open(store, { id: `N-${i}` });

  const sweeper = async (): Promise<Ticket[]> => {
    const got: Ticket[] = [];
    for (let round = 0; round < 40; round++) {
      const batch = await store.claimDue({ now: new Date(now), limit: 3, leaseMs: lease });
      check(batch.length <= 3, `claimDue(limit 3): got ${batch.length} tickets`);
      if (batch.length === 0) return got;
      got.push(...batch);
    }
    throw new Error("sweepers: claimDue kept returning tickets after 40 rounds");
  };
  const claims = await Promise.all([sweeper(), sweeper(), sweeper(), sweeper()]);
  const claimed = claims.flat();
  const union = ids(claimed);
  check(
    new Set(union).size === union.length,
    `sweepers: a ticket was claimed twice within its lease: ${show(union.filter((x, i) => union[i - 1] === x))}`,
  );
  equal(
    union,
    [...due].sort(),
    "sweepers: the union of the claims (every due ticket, nothing else)",
  );
  equal(
    ids(await store.claimDue({ now: new Date(now), limit: 100, leaseMs: lease })),
    [],
    "claimDue again at the same now",
  );
  equal(
    ids(await store.claimDue({ now: new Date(now + lease - 1), limit: 100, leaseMs: lease })),
    [],
    "claimDue just before the lease ends",
  );
  // Process the first 10: their timers fire and they close.
  const processed = new Set<string>();
  for (const t of claimed.filter((t) => Number(t.id.slice(2)) < 10)) {
    await advance(store, t, now);
    processed.add(`${t.tenant}/${t.id}`);
  }
  const again = await store.claimDue({
    now: new Date(now + lease + 1),
    limit: 100,
    leaseMs: lease,
  });
  equal(
    ids(again),
    due.filter((x) => !processed.has(x)).sort(),
    "claimDue after the lease ended: the unprocessed tickets are due again, the processed are not",
  );
}

/** commandKey. */
async function commandKeys(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const t1 = await open(store, { id: "T-1" });
  const s = stepOf(flow().apply(t1, comment(T0 + MINUTE, "once")), "comment");
  const input: AppendInput = { ...inputOf(t1, s), commandKey: "cmd-1" };
  appended(await store.append(A, "T-1", input), 2, "append with commandKey cmd-1");
  equal(
    await store.append(A, "T-1", JSON.parse(JSON.stringify({ ...input, wakeAt: null }))),
    { ok: true, version: 2, outcome: "already_appended" },
    "the same append retried with the same commandKey and expectedVersion",
  );
  seqs(await eventsOf(store, A, "T-1"), 1, 2, "events after the retry");
  equal(await load(store, A, "T-1"), s.ticket, "load after the retry (version unchanged)");

  // A key does not bypass the version check.
  const other = stepOf(flow().apply(t1, comment(T0 + MINUTE, "other")), "comment");
  equal(
    await store.append(A, "T-1", { ...inputOf(t1, other), commandKey: "cmd-2" }),
    conflict(2),
    "a new commandKey at a stale version",
  );
  // Another writer moves on; the lost-reply retry still is already_appended.
  const t3 = (await act(store, s.ticket, comment(T0 + 2 * MINUTE, "next"))).ticket;
  const late = await store.append(A, "T-1", input);
  check(
    late.ok && late.outcome === "already_appended",
    `the retry after another append: expected { ok: true, outcome: "already_appended" }, got ${show(late)}`,
  );
  seqs(await eventsOf(store, A, "T-1"), 1, 3, "events after the late retry");
  equal(await load(store, A, "T-1"), t3, "load after the late retry");

  // Keys belong to their ticket: the same key on another ticket appends.
  const u1 = await open(store, { id: "T-2" });
  const u = stepOf(flow().apply(u1, comment(T0 + MINUTE, "elsewhere")), "comment");
  appended(
    await store.append(A, "T-2", { ...inputOf(u1, u), commandKey: "cmd-1" }),
    2,
    "commandKey cmd-1 on another ticket",
  );
}

/** JSON fidelity. */
async function jsonFidelity(fresh: Fresh): Promise<void> {
  const store = await fresh();
  let deep: JsonValue = "bottom ñ";
  for (let i = 40; i > 0; i--) deep = i % 2 === 0 ? [deep, i] : { [`level-${i}`]: deep };
  const tricky = JSON.parse(
    '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"toString":"x",' +
      '"emoji":"🎫 👩🏽‍💻 🇨🇱","combining":"e\\u0301 n\\u0303","precomposed":"ñ é ü","quotes":"\\"\'\\\\/<>&",' +
      '"controls":"a\\nb\\tc\\r\\u0007","clé":"valeur","":"empty key","numbers":[0.1,-0,1e-7,123456789.125,' +
      '9007199254740991,-42,1e21,0.30000000000000004],"flags":[true,false,null],"empty":{"o":{},"a":[],"s":""}}',
  ) as Record<string, JsonValue>;
  tricky.deep = deep;
  const c = created({ id: "T-ñ-🎫", at: T0 + 7, reference: "PO-ñ-🎫", fields: tricky });
  const r = await store.create(createInput(c));
  check(r.ok && r.outcome === "created", `create: expected "created", got ${show(r)}`);
  equal(r.ticket, c.ticket, "create: the returned ticket");
  let t = c.ticket;
  const history: TicketEvent[] = [...c.events];
  for (const command of [
    {
      type: "comment",
      at: T0 + 1_001,
      actor: requester(),
      body: "Adjunto 🧾 la factura — «ñandú» e\u0301",
      attachments: [{ name: "factura ñ 🎫.pdf", size: 0, type: "application/pdf", id: "blob/ü" }],
    },
    {
      type: "set_field",
      at: T0 + 1_999,
      actor: agent,
      field: "constructor",
      value: JSON.parse('{"__proto__":{"polluted":"again"},"n":-0.5}'),
    },
    { type: "set_field", at: T0 + 2_000, actor: agent, field: "deep2", value: deep },
    {
      type: "set_field",
      at: T0 + 86_399_999,
      actor: agent,
      field: "reference",
      value: "PO-ü-👩🏽‍💻",
    },
  ] as Cmd[]) {
    const s = await act(store, t, command);
    history.push(...s.events);
    t = s.ticket;
  }
  const loaded = await load(store, A, "T-ñ-🎫");
  equal(loaded, t, "load");
  equal(await eventsOf(store, A, "T-ñ-🎫"), history, "events");
  equal(flow().replay(await eventsOf(store, A, "T-ñ-🎫")), loaded, "replay of the stored events");
  check(
    Object.hasOwn(loaded.fields, "__proto__") &&
      Object.getPrototypeOf(loaded.fields) === Object.prototype,
    "load: expected fields.__proto__ as an own key of a plain object",
  );
  check(
    !("polluted" in {}) && !("polluted" in Object.prototype),
    "the store polluted Object.prototype from a __proto__ key",
  );
  equal(
    [loaded.createdAt, loaded.updatedAt, history[2]?.at],
    ["2025-01-06T12:00:00.007Z", "2025-01-07T11:59:59.999Z", "2025-01-06T12:00:01.999Z"],
    "millisecond instants",
  );
  equal(
    (await store.query({ tenant: A, reference: "PO-ü-👩🏽‍💻" })).items.map((x) => x.id),
    ["T-ñ-🎫"],
    "query by a unicode reference",
  );
}

/** returned objects are copies. */
async function copies(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const c = created({ id: "T-1", fields: { tags: ["a"], nested: { x: 1 } } });
  const input = JSON.parse(JSON.stringify(createInput(c)));
  const r = await store.create({ ...input, wakeAt: null });
  check(r.ok, `create: expected ok, got ${show(r)}`);
  const base = (await act(store, c.ticket, { type: "solve", at: T0 + HOUR, actor: agent })).ticket;
  const baseEvents = await eventsOf(store, A, "T-1");
  // Scribble over something, ignoring frozen objects (a store may freeze what it returns).
  const scribble = (f: () => void) => {
    try {
      f();
    } catch (e) {
      if (!(e instanceof TypeError)) throw e;
    }
  };
  const mutate = (t: Ticket) => {
    const m = t as unknown as Record<string, unknown> & {
      fields: Record<string, unknown>;
      category: string[];
      timers: unknown[];
    };
    scribble(() => {
      m.status = "hacked";
    });
    scribble(() => {
      m.version = 99;
    });
    scribble(() => {
      m.fields.nested = "gone";
    });
    scribble(() => {
      (m.fields.tags as unknown[]).push("b");
    });
    scribble(() => m.category.push("x"));
    scribble(() => m.timers.splice(0));
  };
  const verify = async (what: string) => {
    equal(await load(store, A, "T-1"), base, `load after mutating ${what}`);
    equal(await eventsOf(store, A, "T-1"), baseEvents, `events after mutating ${what}`);
    equal((await store.query({ tenant: A })).items, [base], `query after mutating ${what}`);
  };

  // The inputs, after the store took them.
  scribble(() => {
    input.ticket.status = "hacked";
    input.events[0].ticket.fields.tags.push("input");
  });
  mutate(r.ticket);
  await verify("the create input and result");

  mutate(await load(store, A, "T-1"));
  await verify("a loaded ticket");

  const evs = (await eventsOf(store, A, "T-1")) as unknown as Record<string, unknown>[];
  scribble(() => {
    (evs as unknown[]).push({ seq: 3, type: "comment" });
  });
  scribble(() => {
    (evs[0] as Record<string, unknown>).type = "hacked";
  });
  scribble(() => {
    (evs[0] as { ticket: { fields: { tags: string[] } } }).ticket.fields.tags.push("z");
  });
  scribble(() => {
    (evs as unknown[]).splice(1);
  });
  await verify("an events array");

  const page = await store.query({ tenant: A });
  for (const t of page.items) mutate(t);
  scribble(() => {
    (page.items as Ticket[]).splice(0);
  });
  await verify("a query page");

  for (const t of await store.claimDue({ now: new Date(T0 + 30 * HOUR), leaseMs: HOUR })) mutate(t);
  await verify("a claimed ticket");
}

/** counts (R001-3). */
async function counts(fresh: Fresh): Promise<void> {
  const store = await fresh();
  const mine: Record<string, Ticket> = {};
  const plan: [string, Cmd["type"] | null][] = [
    ["n", null],
    ["o1", "take"],
    ["o2", "take"],
    ["w", "ask"],
    ["h", "hold"],
    ["s", "solve"],
    ["c", "close"],
    ["r", "reject"],
  ];
  for (const [id, action] of plan) {
    const t = await open(store, { id });
    mine[id] =
      action === null
        ? t
        : (await act(store, t, { type: action, at: T0 + MINUTE, actor: agent } as Cmd)).ticket;
  }
  // Someone else in the same tenant, and the same requester id in another tenant.
  await act(store, await open(store, { id: "x1", requester: "u-2" }), {
    type: "ask",
    at: T0 + MINUTE,
    actor: agent,
  });
  await open(store, { id: "x2", requester: "u-2" });
  await act(store, await open(store, { id: "y1", tenant: B }), {
    type: "ask",
    at: T0 + MINUTE,
    actor: agent,
  });
  await act(store, await open(store, { id: "y2", tenant: B }), {
    type: "close",
    at: T0 + MINUTE,
    actor: agent,
  });

  equal(
    await store.counts({ tenant: A, requester: "u-1" }),
    { waitingOnMe: 1, open: 5, closed: 3, all: 8 },
    "counts(A, u-1)",
  );
  equal(
    await store.counts({ tenant: A, requester: "u-2" }),
    { waitingOnMe: 1, open: 2, closed: 0, all: 2 },
    "counts(A, u-2)",
  );
  equal(
    await store.counts({ tenant: B, requester: "u-1" }),
    { waitingOnMe: 1, open: 1, closed: 1, all: 2 },
    "counts(B, u-1)",
  );
  equal(
    await store.counts({ tenant: A, requester: "u-404" }),
    { waitingOnMe: 0, open: 0, closed: 0, all: 0 },
    "counts of an unknown requester",
  );

  // The requester answers (waiting → open) and a solved ticket closes: the counts follow.
  await act(store, mine.w as Ticket, comment(T0 + 2 * MINUTE, "done", requester()));
  await act(store, mine.o1 as Ticket, { type: "solve", at: T0 + 2 * MINUTE, actor: agent });
  equal(
    await store.counts({ tenant: A, requester: "u-1" }),
    { waitingOnMe: 0, open: 4, closed: 4, all: 8 },
    "counts(A, u-1) after a reply and a solve",
  );
}

/**
 * The conformance suite of the storage port: every property a
 * {@link TicketStore} adapter must have, as runner-agnostic cases
 * (`{ name, run }`; `run` rejects with an `Error` on failure). Each case
 * builds its own stores with `options.store()` and passes each to
 * `options.cleanup` afterwards, pass or fail.
 *
 * Covered: create and load, create idempotency, appends at an exact
 * version (misnumbered events throw), stale versions, not found and tenant
 * isolation, empty appends, a storm of concurrent writers, many tickets in
 * parallel, replay equals the snapshot, queries and keyset pagination under
 * writes, due tickets, competing sweepers and leases, command keys, JSON
 * fidelity, returned copies, and R001-3's counts.
 *
 * @example
 * ```ts
 * import { describe, it } from "vitest"; // or node:test, jest, mocha…
 * import { createMemoryStore } from "plazo/store";
 * import { storeConformance } from "plazo/store/testing";
 *
 * describe("memory store", () => {
 *   for (const c of storeConformance({ store: () => createMemoryStore() })) it(c.name, () => c.run());
 * });
 * ```
 */
export function storeConformance(options: ConformanceOptions): ConformanceCase[] {
  if (typeof options?.store !== "function")
    throw new InvalidArgumentError("options.store", "expected a function returning a fresh store");
  const concurrency = options.concurrency ?? 32;
  if (!Number.isInteger(concurrency) || concurrency < 2)
    throw new InvalidArgumentError(
      "options.concurrency",
      `expected a whole number ≥ 2, got ${describe(concurrency)}`,
    );

  const cases: readonly (readonly [string, Case])[] = [
    [
      "create → load: the same ticket, version = number of events, events numbered 1..n",
      createThenLoad,
    ],
    [
      "create idempotency: same key and events is existing; other events is idempotency_conflict; same id is already_exists; keys are per tenant",
      createIdempotency,
    ],
    [
      "append: at the current version appends contiguous events; misnumbered events throw naming seq and write nothing",
      appendAtVersion,
    ],
    [
      "append: a stale expected version is version_conflict with the current version, and writes nothing",
      staleVersion,
    ],
    [
      "not_found: a missing ticket, or another tenant's id, in load, events and append; absent from query and counts",
      notFoundAndIsolation,
    ],
    [
      "empty append: at the expected version only wakeAt moves, never the version; at a wrong version it is version_conflict",
      emptyAppend,
    ],
    [
      `storm: ${concurrency} concurrent writers on one ticket, retrying on version_conflict, lose nothing and duplicate nothing`,
      storm,
    ],
    [
      "many tickets in parallel: 2 tenants × 10 tickets × 5 interleaved appends, no cross-talk, order kept",
      manyTickets,
    ],
    [
      "replay: after every step of a scripted history, wf.replay(events) deep-equals the loaded snapshot",
      replayEqualsStored,
    ],
    [
      "instants past year 9999: stored, loaded and ordered as instants, not as strings",
      farInstants,
    ],
    [
      "query: by tenant, status, category, requester, reference, updatedSince; newest update first; keyset pages stable under concurrent writes",
      queryAndPages,
    ],
    [
      "claimDue: returns tickets with wakeAt <= now, never later or null, earliest first; closing a ticket removes it from due",
      claimDue,
    ],
    [
      "claimDue with 4 competing sweepers: each due ticket claimed by exactly one within the lease; due again after the lease unless processed",
      competingSweepers,
    ],
    [
      "commandKey: retrying a succeeded append with the same key is already_appended, with no duplicate events",
      commandKeys,
    ],
    [
      "JSON fidelity: unicode, __proto__ and constructor keys, deep nesting, numbers and millisecond instants round-trip",
      jsonFidelity,
    ],
    [
      "returned objects are copies: mutating a loaded ticket, an events array, a query item, a claim or an input changes nothing stored",
      copies,
    ],
    [
      "counts (R001-3): waitingOnMe, open (new, open, waiting, on hold), closed (solved, closed, rejected) and all, per requester within a tenant",
      counts,
    ],
  ];
  return cases.map(([name, body]) => ({
    name,
    async run() {
      const made: TicketStore[] = [];
      try {
        await body(async () => {
          const store = await options.store();
          made.push(store);
          return store;
        }, concurrency);
      } finally {
        for (const store of made) await options.cleanup?.(store);
      }
    },
  }));
}
