import { fail, isName, isObject, json } from "../check.js";
import type { StatusCategory, Ticket, TicketEvent } from "../workflow/types.js";
import type {
  AppendInput,
  AppendResult,
  CreateInput,
  CreateResult,
  Snapshot,
  TicketCounts,
  TicketPage,
  TicketQuery,
  TicketStore,
} from "./types.js";

/** One ticket as the memory store keeps it: JSON text, so every read is a copy. */
interface Row {
  readonly tenant: string;
  readonly id: string;
  ticket: string;
  /** For sorting and filtering without parsing. */
  status: string;
  requester: string;
  reference: string | null;
  updatedAt: string;
  version: number;
  category: StatusCategory;
  wakeAt: number | null;
  events: string[];
  createKey: string | null;
  createEvents: string;
  commandKeys: Map<string, number>;
}

const OPEN: ReadonlySet<StatusCategory> = new Set([
  "new",
  "open",
  "waiting_on_requester",
  "on_hold",
]);
const CATEGORIES: ReadonlySet<string> = new Set([...OPEN, "solved", "closed", "rejected"]);

const key = (tenant: string, id: string) => JSON.stringify([tenant, id]);

/** Checks a snapshot and the events that lead to it; throws naming the culprit. */
function checkWrite(s: Snapshot, events: readonly TicketEvent[], from: number, path: string): void {
  if (!isObject(s.ticket) || !isName(s.ticket.id) || !isName(s.ticket.tenant))
    fail(`${path}.ticket`, "expected a ticket from the workflow");
  if (!CATEGORIES.has(s.category)) fail(`${path}.category`, "expected a status category");
  if (s.wakeAt !== null && !(s.wakeAt instanceof Date && Number.isFinite(s.wakeAt.getTime())))
    fail(`${path}.wakeAt`, "expected a Date or null");
  if (!Array.isArray(events)) fail(`${path}.events`, "expected an array of events");
  events.forEach((e, i) => {
    if (!isObject(e) || e.seq !== from + i)
      fail(
        `${path}.events[${i}].seq`,
        `expected ${from + i}: events continue the ticket's version`,
      );
    json(e, `${path}.events[${i}]`);
  });
  if (s.ticket.version !== from - 1 + events.length)
    fail(
      `${path}.ticket.version`,
      `expected ${from - 1 + events.length}, the version after the events`,
    );
  json(s.ticket, `${path}.ticket`);
}

function rowOf(s: Snapshot, events: readonly TicketEvent[], createKey: string | null): Row {
  return {
    tenant: s.ticket.tenant,
    id: s.ticket.id,
    ticket: JSON.stringify(s.ticket),
    status: s.ticket.status,
    requester: s.ticket.requester,
    reference: s.ticket.reference,
    updatedAt: s.ticket.updatedAt,
    version: s.ticket.version,
    category: s.category,
    wakeAt: s.wakeAt === null ? null : s.wakeAt.getTime(),
    events: events.map((e) => JSON.stringify(e)),
    createKey,
    createEvents: JSON.stringify(events),
    commandKeys: new Map(),
  };
}

/** The order of queries: newest update first; on a tie, by id. */
const before = (a: { updatedAt: string; id: string }, b: { updatedAt: string; id: string }) =>
  a.updatedAt > b.updatedAt || (a.updatedAt === b.updatedAt && a.id < b.id);

/**
 * A {@link TicketStore} in memory: the embedded default for demos, examples
 * and tests. Every returned object is a copy, so a caller mutating it cannot
 * corrupt the store. Not shared between processes.
 *
 * @example
 * ```ts
 * import { createMemoryStore, runCommand } from "plazo/store";
 * const store = createMemoryStore();
 * const r = wf.create({ at, actor: seller, id: "T-1", tenant: "store-9" });
 * if (r.ok) await store.create({ events: r.events, ...snapshotOf(wf, r.ticket) });
 * ```
 */
export function createMemoryStore(): TicketStore {
  const rows = new Map<string, Row>();
  const createKeys = new Map<string, string>();
  const parse = (row: Row): Ticket => JSON.parse(row.ticket);

  async function create(
    input: CreateInput,
    options: { readonly idempotencyKey?: string } = {},
  ): Promise<CreateResult> {
    if (!isObject(input)) fail("input", "expected { events, ticket, category, wakeAt }");
    checkWrite(input, input.events, 1, "input");
    const { tenant, id } = input.ticket;
    const idem = options.idempotencyKey;
    if (idem !== undefined && !isName(idem))
      fail("options.idempotencyKey", "expected a non-empty string");
    if (idem !== undefined) {
      const known = createKeys.get(key(tenant, idem));
      const row = known === undefined ? undefined : rows.get(known);
      if (row !== undefined)
        return row.createEvents === JSON.stringify(input.events)
          ? { ok: true, outcome: "existing", ticket: parse(row) }
          : { ok: false, code: "idempotency_conflict" };
    }
    const k = key(tenant, id);
    if (rows.has(k)) return { ok: false, code: "already_exists" };
    const row = rowOf(input, input.events, idem ?? null);
    rows.set(k, row);
    if (idem !== undefined) createKeys.set(key(tenant, idem), k);
    return { ok: true, outcome: "created", ticket: parse(row) };
  }

  async function append(tenant: string, id: string, input: AppendInput): Promise<AppendResult> {
    if (!isObject(input))
      fail("input", "expected { events, expectedVersion, ticket, category, wakeAt }");
    const expected = input.expectedVersion;
    if (!Number.isInteger(expected) || expected < 1)
      fail("input.expectedVersion", `expected a whole number ≥ 1, got ${String(expected)}`);
    checkWrite(input, input.events, expected + 1, "input");
    if (input.ticket.tenant !== tenant || input.ticket.id !== id)
      fail("input.ticket", "the snapshot is another ticket's");
    if (input.commandKey !== undefined && !isName(input.commandKey))
      fail("input.commandKey", "expected a non-empty string");
    const row = rows.get(key(tenant, id));
    if (row === undefined) return { ok: false, code: "not_found" };
    const done = input.commandKey === undefined ? undefined : row.commandKeys.get(input.commandKey);
    if (done !== undefined) return { ok: true, version: done, outcome: "already_appended" };
    if (row.version !== expected)
      return { ok: false, code: "version_conflict", currentVersion: row.version };
    const next = rowOf(input, [], row.createKey);
    row.ticket = next.ticket;
    row.status = next.status;
    row.requester = next.requester;
    row.reference = next.reference;
    row.updatedAt = next.updatedAt;
    row.version = next.version;
    row.category = next.category;
    row.wakeAt = next.wakeAt;
    for (const e of input.events) row.events.push(JSON.stringify(e));
    if (input.commandKey !== undefined) row.commandKeys.set(input.commandKey, row.version);
    return { ok: true, version: row.version, outcome: "appended" };
  }

  async function query(q: TicketQuery): Promise<TicketPage> {
    if (!isObject(q) || !isName(q.tenant)) fail("query.tenant", "expected a non-empty string");
    const limit = q.limit ?? 50;
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      fail("query.limit", "expected a whole number from 1 to 500");
    let after: { updatedAt: string; id: string } | undefined;
    if (q.cursor !== undefined) {
      try {
        const [updatedAt, id] = JSON.parse(decodeURIComponent(q.cursor));
        if (typeof updatedAt !== "string" || typeof id !== "string") throw new Error();
        after = { updatedAt, id };
      } catch {
        fail("query.cursor", "expected the cursor of a previous page");
      }
    }
    const since = q.updatedSince?.toISOString();
    const hits: Row[] = [];
    for (const row of rows.values()) {
      if (row.tenant !== q.tenant) continue;
      if (q.status !== undefined && !q.status.includes(row.status)) continue;
      if (q.category !== undefined && !q.category.includes(row.category)) continue;
      if (q.requester !== undefined && row.requester !== q.requester) continue;
      if (q.reference !== undefined && row.reference !== q.reference) continue;
      if (since !== undefined && row.updatedAt < since) continue;
      if (after !== undefined && !before(after, row)) continue;
      hits.push(row);
    }
    hits.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const page = hits.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(parse),
      cursor:
        hits.length > limit && last !== undefined
          ? encodeURIComponent(JSON.stringify([last.updatedAt, last.id]))
          : null,
    };
  }

  return {
    create,
    append,
    query,
    async load(tenant, id) {
      const row = rows.get(key(tenant, id));
      return row === undefined
        ? { ok: false, code: "not_found" }
        : { ok: true, ticket: parse(row) };
    },
    async events(tenant, id, options = {}) {
      const row = rows.get(key(tenant, id));
      if (row === undefined) return { ok: false, code: "not_found" };
      const from = options.fromSeq ?? 1;
      if (!Number.isInteger(from) || from < 1)
        fail("options.fromSeq", "expected a whole number ≥ 1");
      return { ok: true, events: row.events.slice(from - 1).map((e) => JSON.parse(e)) };
    },
    async counts(q) {
      if (!isObject(q) || !isName(q.tenant)) fail("query.tenant", "expected a non-empty string");
      const c = { waitingOnMe: 0, open: 0, closed: 0, all: 0 };
      for (const row of rows.values()) {
        if (row.requester !== q.requester || row.tenant !== q.tenant) continue;
        c.all++;
        if (row.category === "waiting_on_requester") c.waitingOnMe++;
        if (OPEN.has(row.category)) c.open++;
        else c.closed++;
      }
      return c satisfies TicketCounts;
    },
    async claimDue(options) {
      const now = options?.now;
      if (!(now instanceof Date) || !Number.isFinite(now.getTime()))
        fail("options.now", "expected a Date");
      const limit = options.limit ?? 100;
      const lease = options.leaseMs ?? 60_000;
      if (!Number.isInteger(limit) || limit < 1)
        fail("options.limit", "expected a whole number ≥ 1");
      if (!Number.isFinite(lease) || lease <= 0)
        fail("options.leaseMs", "expected milliseconds > 0");
      const t = now.getTime();
      const due = [...rows.values()]
        .filter((row) => row.wakeAt !== null && row.wakeAt <= t)
        .sort((a, b) => (a.wakeAt as number) - (b.wakeAt as number))
        .slice(0, limit);
      // The lease: not due again until it ends, or an append sets the real wake-up.
      for (const row of due) row.wakeAt = t + lease;
      return due.map(parse);
    },
  };
}
