import type { StatusCategory, Ticket, TicketEvent } from "../workflow/types.js";

/**
 * What a store keeps of a ticket beside its events: the snapshot, its status
 * category (for lists and counters) and when a sweep must next look at it.
 * {@link snapshotOf} builds it from a workflow.
 *
 * @example
 * ```ts
 * const snapshot: Snapshot = { ticket: r.ticket, category: "open", wakeAt: wf.nextWakeUp(r.ticket) };
 * ```
 */
export interface Snapshot {
  readonly ticket: Ticket;
  readonly category: StatusCategory;
  /** `wf.nextWakeUp(ticket)`; null when nothing is pending. */
  readonly wakeAt: Date | null;
}

/**
 * The stable codes of a store's refusals.
 *
 * @example
 * ```ts
 * if (!r.ok && r.code === "version_conflict") retry(r.currentVersion);
 * ```
 */
export type StoreRefusalCode =
  | "not_found"
  | "already_exists"
  | "idempotency_conflict"
  | "version_conflict";

/**
 * A refusal: a stable `code`; for `version_conflict`, the current version.
 *
 * @example
 * ```ts
 * // { ok: false, code: "version_conflict", currentVersion: 7 }
 * ```
 */
export type StoreRefusal =
  | { readonly ok: false; readonly code: "not_found" }
  | { readonly ok: false; readonly code: "already_exists" }
  | { readonly ok: false; readonly code: "idempotency_conflict" }
  | { readonly ok: false; readonly code: "version_conflict"; readonly currentVersion: number };

/**
 * What `create` stores: the first events (`wf.create`'s step) and the snapshot.
 *
 * @example
 * ```ts
 * await store.create({ events: r.events, ...snapshotOf(wf, r.ticket) }, { idempotencyKey: "form-8812" });
 * ```
 */
export interface CreateInput extends Snapshot {
  readonly events: readonly TicketEvent[];
}

/**
 * The result of `create`: `created`, or `existing` when the same
 * idempotency key was used before with the same events (the stored ticket
 * is returned).
 *
 * @example
 * ```ts
 * const r = await store.create(input, { idempotencyKey });
 * if (r.ok && r.outcome === "existing") reply(200, r.ticket);
 * ```
 */
export type CreateResult =
  | { readonly ok: true; readonly outcome: "created" | "existing"; readonly ticket: Ticket }
  | Extract<StoreRefusal, { code: "already_exists" | "idempotency_conflict" }>;

/**
 * What `append` stores: the new events, the version they follow, and the
 * new snapshot. `commandKey` makes a retry after a lost reply harmless.
 *
 * @example
 * ```ts
 * await store.append("store-9", "T-1", { events: r.events, expectedVersion: ticket.version, ...snapshotOf(wf, r.ticket) });
 * ```
 */
export interface AppendInput extends Snapshot {
  readonly events: readonly TicketEvent[];
  /** The ticket's version the events follow: they must be numbered from `expectedVersion + 1`. */
  readonly expectedVersion: number;
  /**
   * The host's key for the command, per ticket: the same key again on this
   * ticket is `already_appended`, with the version that append reached.
   */
  readonly commandKey?: string;
}

/**
 * The result of `append`.
 *
 * @example
 * ```ts
 * // { ok: true, version: 9, outcome: "appended" }
 * ```
 */
export type AppendResult =
  | {
      readonly ok: true;
      readonly version: number;
      readonly outcome: "appended" | "already_appended";
    }
  | Extract<StoreRefusal, { code: "version_conflict" | "not_found" }>;

/**
 * A page of tickets, newest update first (ties by id, ascending), filtered
 * within one tenant.
 *
 * @example
 * ```ts
 * await store.query({ tenant: "store-9", category: ["waiting_on_requester"], requester: "u-17", limit: 20 });
 * ```
 */
export interface TicketQuery {
  readonly tenant: string;
  readonly status?: readonly string[];
  readonly category?: readonly StatusCategory[];
  readonly requester?: string;
  readonly reference?: string;
  /** Tickets updated at or after this instant. */
  readonly updatedSince?: Date;
  /** Default 50, at most 500. */
  readonly limit?: number;
  /** The `cursor` of the previous page. */
  readonly cursor?: string;
}

/**
 * A page of a query; `cursor` is null on the last page.
 *
 * @example
 * ```ts
 * for (let page = await store.query(q); ; page = await store.query({ ...q, cursor: page.cursor })) { show(page.items); if (!page.cursor) break; }
 * ```
 */
export interface TicketPage {
  readonly items: readonly Ticket[];
  readonly cursor: string | null;
}

/**
 * The four indicators of R001-3 for one requester: tickets waiting on them,
 * open (new, open, waiting on the requester, on hold), closed (solved,
 * closed, rejected) and all.
 *
 * @example
 * ```ts
 * await store.counts({ tenant: "store-9", requester: "u-17" }); // { waitingOnMe: 1, open: 3, closed: 12, all: 15 }
 * ```
 */
export interface TicketCounts {
  readonly waitingOnMe: number;
  readonly open: number;
  readonly closed: number;
  readonly all: number;
}

/**
 * The storage port: a ticket's events and snapshot, written with an exact
 * expected version, read and listed within one tenant, and claimed when due.
 * Every adapter passes `plazo/store/testing`'s conformance suite.
 *
 * @example
 * ```ts
 * const store: TicketStore = createMemoryStore();
 * const loaded = await store.load("store-9", "T-1");
 * ```
 */
export interface TicketStore {
  /** Stores a new ticket. An idempotency key is per tenant and compared with the events. */
  create(input: CreateInput, options?: { readonly idempotencyKey?: string }): Promise<CreateResult>;
  /** The ticket's snapshot. */
  load(
    tenant: string,
    id: string,
  ): Promise<
    { readonly ok: true; readonly ticket: Ticket } | Extract<StoreRefusal, { code: "not_found" }>
  >;
  /** The ticket's events with `seq >= fromSeq` (default 1), in order. */
  events(
    tenant: string,
    id: string,
    options?: { readonly fromSeq?: number },
  ): Promise<
    | { readonly ok: true; readonly events: readonly TicketEvent[] }
    | Extract<StoreRefusal, { code: "not_found" }>
  >;
  /** Appends events at an exact expected version and replaces the snapshot; an empty append only moves `wakeAt`. */
  append(tenant: string, id: string, input: AppendInput): Promise<AppendResult>;
  /** Tickets of one tenant, newest update first, with stable keyset pagination. */
  query(query: TicketQuery): Promise<TicketPage>;
  /** R001-3's indicators for one requester. */
  counts(query: { readonly tenant: string; readonly requester: string }): Promise<TicketCounts>;
  /**
   * Up to `limit` tickets whose wake-up is at or before `now`, earliest
   * first, each claimed for `leaseMs`: no other claim returns it until the
   * lease ends or an append sets its next wake-up.
   */
  claimDue(options: {
    readonly now: Date;
    readonly limit?: number;
    readonly leaseMs?: number;
  }): Promise<readonly Ticket[]>;
}
