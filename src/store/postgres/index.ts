/**
 * The PostgreSQL ticket store: one snapshot row per ticket, an append-only
 * events table keyed by (tenant, ticket, seq), and the due sweep claimed
 * with `FOR UPDATE SKIP LOCKED`. It takes the host's own client: a `pg`
 * Pool or PoolClient, PGlite, or anything with `query(text, values)`.
 *
 * @example
 * ```ts
 * import pg from "pg";
 * import { createPostgresStore } from "plazo/store/postgres";
 * const store = createPostgresStore({ db: new pg.Pool({ connectionString: process.env.DATABASE_URL }) });
 * await store.migrate();
 * ```
 * @module plazo/store/postgres
 */
import { fail } from "../../check.js";
import type { Ticket, TicketEvent } from "../../workflow/types.js";
import {
  checkAppend,
  checkClaim,
  checkCounts,
  checkCreate,
  checkFromSeq,
  checkIds,
  checkQuery,
  encodeCursor,
} from "../check.js";
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
} from "../types.js";
import { postgresSchemaSql, schemaName } from "./schema.js";
import { statements, ticketQuery } from "./sql.js";

export { InvalidArgumentError, PlazoError } from "../../errors.js";
export { postgresSchemaSql } from "./schema.js";

/**
 * What the store needs of a database client: `query(text, values)`
 * resolving to `{ rows }`, as a `pg` Pool, a PoolClient and PGlite have.
 * `exec` (PGlite) is used for the multi-statement migration when present.
 *
 * @example
 * ```ts
 * const db: SqlClient = await PGlite.create(); // or new pg.Pool(), or await pool.connect()
 * ```
 */
export interface SqlClient {
  /** Runs one statement with `$1`, `$2`, … bound to `values`; resolves to its result rows. */
  query(text: string, values?: unknown[]): Promise<{ readonly rows: readonly unknown[] }>;
  /** Runs a multi-statement script without parameters (PGlite); the migration uses it when present. */
  exec?(text: string): Promise<unknown>;
}

/**
 * The options of {@link createPostgresStore}.
 *
 * @example
 * ```ts
 * const options: PostgresStoreOptions = { db: pool, schema: "plazo", maxWriteBytes: 1_048_576 };
 * ```
 */
export interface PostgresStoreOptions {
  /** The host's pool or client. A client inside the host's transaction makes every write part of it. */
  readonly db: SqlClient;
  /** Where the tables live; default `plazo`. */
  readonly schema?: string;
  /** The largest write (events and snapshot, as UTF-8 JSON) accepted; default 1 MiB. */
  readonly maxWriteBytes?: number;
  /**
   * Send `{ name, text, values }` so the server plans each statement once
   * per connection (node-postgres' named prepared statements: about twice
   * the appends per second). Default: on for a node-postgres Pool or client
   * (it has `connect` or `release` and no `exec`), off otherwise (PGlite).
   */
  readonly prepare?: boolean;
}

/**
 * One event of the change feed, with the ticket it belongs to.
 *
 * @example
 * ```ts
 * // { tenant: "store-9", ticketId: "T-1", event: { seq: 2, type: "status_changed", … } }
 * ```
 */
export interface FeedItem {
  readonly tenant: string;
  readonly ticketId: string;
  readonly event: TicketEvent;
}

/**
 * A page of the change feed; pass `cursor` as `after` to read on.
 *
 * @example
 * ```ts
 * let cursor: string | undefined;
 * const page: FeedPage = await store.feed({ after: cursor });
 * cursor = page.cursor;
 * ```
 */
export interface FeedPage {
  readonly items: readonly FeedItem[];
  readonly cursor: string;
}

/**
 * A {@link TicketStore} on PostgreSQL, plus its migration and change feed.
 *
 * @example
 * ```ts
 * const store: PostgresStore = createPostgresStore({ db: pool });
 * await store.migrate();
 * const { items, cursor } = await store.feed({ limit: 100 });
 * ```
 */
export interface PostgresStore extends TicketStore {
  /** The schema the tables live in. */
  readonly schema: string;
  /** Creates the tables and indexes if missing ({@link postgresSchemaSql}); safe to run again. */
  migrate(): Promise<void>;
  /**
   * Events in commit order, after `after` (a previous page's cursor). An
   * event shows only once every transaction that started before it has
   * ended, so a reader never skips one whose transaction commits late.
   */
  feed(options?: {
    readonly after?: string;
    readonly limit?: number;
    readonly tenant?: string;
  }): Promise<FeedPage>;
}

const MIB = 1_048_576;
/** U+0000 and lone surrogates, as JSON.stringify escapes them: PostgreSQL stores neither. */
const UNSTORABLE = /(?<!\\)(?:\\\\)*\\u(?:0000|d[89a-f][0-9a-f]{2})/i;

/** UTF-8 length of `s`, counted only when it could exceed `max`. */
function exceeds(s: string, max: number): boolean {
  if (s.length * 3 <= max) return false;
  let bytes = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c < 0xe000) ? 2 : 3;
  }
  return bytes > max;
}

type Row = Record<string, unknown>;

/** Statement names, one per distinct text in the process, as node-postgres requires. */
const names = new Map<string, string>();
const nameOf = (text: string) => {
  const known = names.get(text);
  if (known !== undefined) return known;
  const name = `plazo_${names.size + 1}`;
  names.set(text, name);
  return name;
};

/** Whether `db` looks like a node-postgres Pool, Client or PoolClient. */
const isNodePostgres = (db: SqlClient) => {
  const d = db as SqlClient & { connect?: unknown; release?: unknown };
  return (
    d.exec === undefined && (typeof d.connect === "function" || typeof d.release === "function")
  );
};
const iso = (d: Date | null) => (d === null ? null : timestamp(d.toISOString(), "wakeAt"));

/**
 * An ISO instant as PostgreSQL reads it: it refuses the extended years of
 * ISO 8601 (`+010000-…`, `-000001-…`), so those become `10000-…` and `… BC`
 * (ISO year 0 is 1 BC). PostgreSQL holds nothing before 4713 BC.
 */
function timestamp(s: string, field: string): string {
  const m = /^([+-]\d{6}|0000)(-.*)$/.exec(s);
  if (m === null) return s;
  const year = Number(m[1]);
  if (year > 0) return `${year}${m[2]}`;
  if (year < -4712) fail(field, `${s} is before 4713 BC, the first instant PostgreSQL holds`);
  return `${String(1 - year).padStart(4, "0")}${m[2]} BC`;
}
const int = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/**
 * A {@link TicketStore} on PostgreSQL 13+. Every call is one SQL statement,
 * so it is atomic by itself, and when `db` is a client inside the host's
 * transaction (`BEGIN` … `COMMIT`, PGlite's `transaction`) the write
 * commits or rolls back with the host's own rows. Run `migrate()` once,
 * or run {@link postgresSchemaSql} with your migrator.
 *
 * @example
 * ```ts
 * import pg from "pg";
 * import { createPostgresStore } from "plazo/store/postgres";
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const store = createPostgresStore({ db: pool });
 * await store.migrate();
 * // In the host's transaction, with its outbox row:
 * const client = await pool.connect();
 * await client.query("BEGIN");
 * await createPostgresStore({ db: client }).append(tenant, id, input);
 * await client.query("INSERT INTO outbox (body) VALUES ($1)", [JSON.stringify(effects)]);
 * await client.query("COMMIT");
 * client.release();
 * ```
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresStore {
  const db = options?.db;
  if (typeof db?.query !== "function")
    fail(
      "options.db",
      "expected a pg Pool or client, PGlite, or anything with query(text, values)",
    );
  const schema = schemaName(options.schema ?? "plazo");
  const maxBytes = options.maxWriteBytes ?? MIB;
  if (!Number.isInteger(maxBytes) || maxBytes < 1)
    fail("options.maxWriteBytes", "expected a whole number of bytes ≥ 1");
  const prepare = options.prepare ?? isNodePostgres(db);
  if (typeof prepare !== "boolean") fail("options.prepare", "expected true or false");
  const sql = statements(`"${schema}"`);
  const named = db.query as unknown as (config: {
    name: string;
    text: string;
    values: unknown[];
  }) => Promise<{ rows: readonly unknown[] }>;
  const run = async (text: string, values: unknown[]) =>
    (prepare
      ? await named.call(db, { name: nameOf(text), text, values })
      : await db.query(text, values)
    ).rows as readonly Row[];

  /** The JSON text of a write, refused when PostgreSQL could not store it whole. */
  function payload(s: Snapshot, events: readonly TicketEvent[]) {
    const state = JSON.stringify(s.ticket);
    const list = JSON.stringify(events);
    if (UNSTORABLE.test(state) || UNSTORABLE.test(list))
      fail("input", "contains U+0000 or a lone surrogate, which PostgreSQL cannot store as text");
    if (exceeds(state + list, maxBytes))
      fail("input", `the write is larger than maxWriteBytes (${maxBytes} bytes)`);
    return { state, list };
  }

  /** The snapshot columns, in the statements' order from status. */
  const columns = (s: Snapshot, state: string) => [
    s.ticket.status,
    s.category,
    s.ticket.requester,
    s.ticket.reference,
    timestamp(s.ticket.updatedAt, "ticket.updatedAt"),
    iso(s.wakeAt),
    state,
  ];

  async function create(input: CreateInput, o?: { readonly idempotencyKey?: string }) {
    const idem = checkCreate(input, o) ?? null;
    const { state, list } = payload(input, input.events);
    const { tenant, id, version } = input.ticket;
    const [status, category, requester, reference, updatedAt, wakeAt] = columns(input, state);
    const [row] = await run(sql.create, [
      tenant,
      id,
      version,
      status,
      category,
      requester,
      reference,
      updatedAt,
      wakeAt,
      state,
      idem,
      list,
    ]);
    if (int(row?.created) === 1)
      return { ok: true, outcome: "created", ticket: JSON.parse(state) } as CreateResult;
    const [before] = await run(sql.createdBefore, [tenant, id, idem, list]);
    if (before?.by_key === true)
      return before.same === true
        ? ({ ok: true, outcome: "existing", ticket: before.state as Ticket } as CreateResult)
        : ({ ok: false, code: "idempotency_conflict" } as CreateResult);
    return { ok: false, code: "already_exists" } as CreateResult;
  }

  async function append(tenant: string, id: string, input: AppendInput): Promise<AppendResult> {
    checkAppend(tenant, id, input);
    const { state, list } = payload(input, input.events);
    const key = input.commandKey ?? null;
    const values = [
      tenant,
      id,
      key,
      input.expectedVersion,
      input.ticket.version,
      ...columns(input, state),
      list,
    ];
    let row: Row | undefined;
    try {
      [row] = await run(sql.append, values);
    } catch (error) {
      // Two appends with one command key raced past the lookup: the loser's
      // statement failed whole; report the winner's version.
      const done =
        key === null ? [] : await run(sql.commandVersion, [tenant, id, key]).catch(() => []);
      if (done[0] === undefined) throw error;
      return { ok: true, version: Number(done[0].version), outcome: "already_appended" };
    }
    const done = int(row?.done);
    if (done !== null) return { ok: true, version: done, outcome: "already_appended" };
    const appended = int(row?.appended);
    if (appended !== null) return { ok: true, version: appended, outcome: "appended" };
    const [current] = await run(sql.version, [tenant, id]);
    if (current === undefined) return { ok: false, code: "not_found" };
    return { ok: false, code: "version_conflict", currentVersion: Number(current.version) };
  }

  async function query(q: TicketQuery): Promise<TicketPage> {
    const { limit, after } = checkQuery(q);
    const { text, values } = ticketQuery(`"${schema}"`, {
      tenant: q.tenant,
      status: q.status,
      category: q.category,
      requester: q.requester,
      reference: q.reference,
      since: q.updatedSince && timestamp(q.updatedSince.toISOString(), "query.updatedSince"),
      after: after && { ...after, updatedAt: timestamp(after.updatedAt, "query.cursor") },
      limit,
    });
    const rows = await run(text, values);
    const items = rows.slice(0, limit).map((r) => r.state as Ticket);
    const last = items[items.length - 1];
    return { items, cursor: rows.length > limit && last !== undefined ? encodeCursor(last) : null };
  }

  return {
    schema,
    create,
    append,
    query,
    async migrate() {
      const text = postgresSchemaSql({ schema });
      await (db.exec === undefined ? db.query(text) : db.exec(text));
    },
    async load(tenant, id) {
      checkIds(tenant, id);
      const [row] = await run(sql.load, [tenant, id]);
      return row === undefined
        ? { ok: false, code: "not_found" }
        : { ok: true, ticket: row.state as Ticket };
    },
    async events(tenant, id, o) {
      checkIds(tenant, id);
      const rows = await run(sql.events, [tenant, id, checkFromSeq(o)]);
      if (rows.length === 0) return { ok: false, code: "not_found" };
      return {
        ok: true,
        events: rows.flatMap((r) => (r.body === null ? [] : [r.body as TicketEvent])),
      };
    },
    async counts(q): Promise<TicketCounts> {
      checkCounts(q);
      const [row] = await run(sql.counts, [q.tenant, q.requester]);
      const all = Number(row?.total ?? 0);
      const open = Number(row?.open ?? 0);
      return { waitingOnMe: Number(row?.waiting ?? 0), open, closed: all - open, all };
    },
    async claimDue(o) {
      const { now, limit, leaseMs } = checkClaim(o);
      const rows = await run(sql.claimDue, [
        timestamp(new Date(now).toISOString(), "now"),
        limit,
        leaseMs,
      ]);
      const when = (r: Row) => new Date(r.was as Date | string).getTime();
      return [...rows].sort((a, b) => when(a) - when(b)).map((r) => r.state as Ticket);
    },
    feed: (o) => readFeed(run, sql.feed, o),
  };
}

/** One page of the change feed. */
async function readFeed(
  run: (text: string, values: unknown[]) => Promise<readonly Row[]>,
  text: string,
  o: { readonly after?: string; readonly limit?: number; readonly tenant?: string } = {},
): Promise<FeedPage> {
  const after = o.after ?? "0:0";
  const [tx, position] = after.split(":");
  if (!/^\d+:\d+$/.test(after) || tx === undefined || position === undefined)
    fail("options.after", "expected the cursor of a previous feed page");
  const limit = o.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000)
    fail("options.limit", "expected a whole number from 1 to 10000");
  if (o.tenant !== undefined && typeof o.tenant !== "string")
    fail("options.tenant", "expected a string");
  const rows = await run(text, [tx, position, limit, o.tenant ?? null]);
  const last = rows[rows.length - 1];
  return {
    items: rows.map((r) => ({
      tenant: r.tenant as string,
      ticketId: r.ticket_id as string,
      event: r.body as TicketEvent,
    })),
    cursor: last === undefined ? after : `${last.tx}:${last.position}`,
  };
}
