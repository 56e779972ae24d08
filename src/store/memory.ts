import { msOf } from "../iso.js";
import type { StatusCategory, Ticket, TicketEvent } from "../workflow/types.js";
import {
  checkAppend,
  checkClaim,
  checkCounts,
  checkCreate,
  checkFromSeq,
  checkIds,
  checkQuery,
  encodeCursor,
  OPEN_CATEGORIES,
} from "./check.js";
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
  /** Epoch ms of `updatedAt`: ISO strings do not sort as instants past year 9999. */
  updatedMs: number;
  version: number;
  category: StatusCategory;
  wakeAt: number | null;
  events: string[];
  createKey: string | null;
  createEvents: string;
  commandKeys: Map<string, number>;
}

const key = (tenant: string, id: string) => JSON.stringify([tenant, id]);

function rowOf(s: Snapshot, events: readonly TicketEvent[], createKey: string | null): Row {
  return {
    tenant: s.ticket.tenant,
    id: s.ticket.id,
    ticket: JSON.stringify(s.ticket),
    status: s.ticket.status,
    requester: s.ticket.requester,
    reference: s.ticket.reference,
    updatedAt: s.ticket.updatedAt,
    updatedMs: msOf(s.ticket.updatedAt),
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
interface Position {
  readonly updatedMs: number;
  readonly id: string;
}
const before = (a: Position, b: Position) =>
  a.updatedMs > b.updatedMs || (a.updatedMs === b.updatedMs && a.id < b.id);

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
    const idem = checkCreate(input, options);
    const { tenant, id } = input.ticket;
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
    checkAppend(tenant, id, input);
    const expected = input.expectedVersion;
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
    row.updatedMs = next.updatedMs;
    row.version = next.version;
    row.category = next.category;
    row.wakeAt = next.wakeAt;
    for (const e of input.events) row.events.push(JSON.stringify(e));
    if (input.commandKey !== undefined) row.commandKeys.set(input.commandKey, row.version);
    return { ok: true, version: row.version, outcome: "appended" };
  }

  async function query(q: TicketQuery): Promise<TicketPage> {
    const { limit, after } = checkQuery(q);
    const since = q.updatedSince?.getTime();
    const from = after && { updatedMs: msOf(after.updatedAt), id: after.id };
    const hits: Row[] = [];
    for (const row of rows.values()) {
      if (row.tenant !== q.tenant) continue;
      if (q.status !== undefined && !q.status.includes(row.status)) continue;
      if (q.category !== undefined && !q.category.includes(row.category)) continue;
      if (q.requester !== undefined && row.requester !== q.requester) continue;
      if (q.reference !== undefined && row.reference !== q.reference) continue;
      if (since !== undefined && row.updatedMs < since) continue;
      if (from !== undefined && !before(from, row)) continue;
      hits.push(row);
    }
    hits.sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
    const page = hits.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(parse),
      cursor: hits.length > limit && last !== undefined ? encodeCursor(last) : null,
    };
  }

  return {
    create,
    append,
    query,
    async load(tenant, id) {
      checkIds(tenant, id);
      const row = rows.get(key(tenant, id));
      return row === undefined
        ? { ok: false, code: "not_found" }
        : { ok: true, ticket: parse(row) };
    },
    async events(tenant, id, options) {
      checkIds(tenant, id);
      const row = rows.get(key(tenant, id));
      if (row === undefined) return { ok: false, code: "not_found" };
      const from = checkFromSeq(options);
      return { ok: true, events: row.events.slice(from - 1).map((e) => JSON.parse(e)) };
    },
    async counts(q) {
      checkCounts(q);
      const c = { waitingOnMe: 0, open: 0, closed: 0, all: 0 };
      for (const row of rows.values()) {
        if (row.requester !== q.requester || row.tenant !== q.tenant) continue;
        c.all++;
        if (row.category === "waiting_on_requester") c.waitingOnMe++;
        if (OPEN_CATEGORIES.has(row.category)) c.open++;
        else c.closed++;
      }
      return c satisfies TicketCounts;
    },
    async claimDue(options) {
      const { now: t, limit, leaseMs: lease } = checkClaim(options);
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
