import type { Instant } from "../calendar/types.js";
import type { Summary } from "../forms/summarize.js";
import type { Issue } from "../forms/types.js";
import type { Preset } from "../presets/types.js";
import type { RunResult } from "../store/helpers.js";
import type { TicketStore } from "../store/types.js";
import type { Actor, Command, Deadline, Effect, Refusal, Step, Ticket } from "../workflow/types.js";

/**
 * What {@link createDesk} takes: a preset (from `definePreset`) and a store
 * (default: `createMemoryStore()`).
 *
 * @example
 * ```ts
 * const options: DeskOptions = { preset: definePreset(retailMarketplaceCL), store: createPostgresStore({ db: pool }) };
 * ```
 */
export interface DeskOptions {
  readonly preset: Preset;
  readonly store?: TicketStore;
  /** How often `act` retries on a version conflict (default 3). */
  readonly retries?: number;
}

/**
 * A request to open a ticket: who, when, the ticket's id (the host's case
 * number), the raw form input, and optionally the reference and channel the
 * page knows (an order page knows its order).
 *
 * @example
 * ```ts
 * const request: OpenRequest = { tenant: "store-9", id: "T-1", actor, at: receivedAt, input: req.body, idempotencyKey: req.headers["idempotency-key"] };
 * ```
 */
export interface OpenRequest {
  readonly tenant: string;
  readonly id: string;
  readonly actor: Actor;
  readonly at: Instant;
  readonly input: unknown;
  readonly reference?: string | null;
  readonly channel?: string | null;
  readonly idempotencyKey?: string;
  readonly locale?: string | null;
}

/**
 * What {@link Desk.open} answers. `created` carries the ticket, the effects to
 * deliver, the deadlines and the summary of R001-2. `existing` is a retry
 * with the same idempotency key of the request that created the ticket
 * (possibly later): the ticket as it is now, its deadlines, and no effects,
 * since they were returned with `created` (deliver them through an outbox
 * written in the same transaction to never lose one). A refusal is safe to show the requester: the
 * form's issues, the open ticket of the same tenant with the same
 * reference and reason (R002-2), the workflow's refusal, or the store's
 * `already_exists` / `idempotency_conflict`.
 *
 * @example
 * ```ts
 * const r = await desk.open(request);
 * if (r.ok) { deliver(r.effects); reply(201, r.summary); } else if (r.code === "invalid_form") reply(422, r.issues);
 * ```
 */
export type OpenResult =
  | {
      readonly ok: true;
      readonly outcome: "created" | "existing";
      readonly ticket: Ticket;
      readonly effects: readonly Effect[];
      readonly deadlines: readonly Deadline[];
      readonly summary: Summary & { readonly caseNumber: string };
    }
  | {
      readonly ok: false;
      readonly code: "invalid_form";
      readonly issues: readonly Issue[];
      readonly partial: Readonly<Record<string, unknown>>;
    }
  | {
      readonly ok: false;
      readonly code: "duplicate";
      readonly ticket: { readonly id: string; readonly status: string };
    }
  | { readonly ok: false; readonly code: "already_exists" | "idempotency_conflict" }
  | { readonly ok: false; readonly code: "refused"; readonly error: Refusal };

/**
 * A requester's notification choices per status (R002-7): `false` turns off
 * the effects of entering that status, for the statuses the preset lists in
 * `desk.optionalNotifications`; every other effect goes out.
 *
 * @example
 * ```ts
 * const prefs: NotificationPreferences = { awaiting_reply: true, open: false, solved: true };
 * ```
 */
export type NotificationPreferences = { readonly [status: string]: boolean };

/**
 * A command on one ticket, for {@link Desk.act}. With a `commandKey` (the
 * request's idempotency key), a retried request is not applied twice.
 *
 * @example
 * ```ts
 * const request: ActRequest = { tenant: "store-9", id: "T-1", command: { type: "comment", body: "Adjunto la guía", at: receivedAt, actor } };
 * ```
 */
export interface ActRequest {
  readonly tenant: string;
  readonly id: string;
  readonly command: Command;
  readonly commandKey?: string;
  readonly locale?: string | null;
}

/**
 * What {@link Desk.sweep} answers: the steps that fired something (deliver
 * their effects), how many tickets it claimed and how many another writer
 * had moved first.
 *
 * @example
 * ```ts
 * const { steps, claimed }: SweepResult = await desk.sweep({ now });
 * ```
 */
export interface SweepResult {
  readonly steps: readonly Step[];
  readonly conflicts: number;
  readonly claimed: number;
}

/**
 * The desk: each of a host's HTTP handlers is one call.
 *
 * @example
 * ```ts
 * const desk = createDesk({ preset: definePreset(retailMarketplaceCL) });
 * const r = await desk.act({ tenant, id, command: { type: "comment", body, at: receivedAt, actor } });
 * ```
 */
export interface Desk {
  readonly preset: Preset;
  readonly store: TicketStore;
  /** Validates the form, redirects to a duplicate, creates and persists. */
  open(request: OpenRequest): Promise<OpenResult>;
  /** Loads, applies, appends; retries on a version conflict. */
  act(request: ActRequest): Promise<RunResult>;
  /** Fires what is due on up to `limit` tickets. */
  sweep(options: {
    readonly now: Instant;
    readonly limit?: number;
    readonly leaseMs?: number;
  }): Promise<SweepResult>;
  /** A page of a tenant's tickets (R000-8, R002-4, R002-5, R003-7, R004-3). */
  list: TicketStore["query"];
  /** A requester's four indicators (R001-3). */
  counts: TicketStore["counts"];
  /** Every event of a ticket, oldest first (R001-6, R004-4). */
  history: TicketStore["events"];
  /** The effects a requester chose to receive (R002-7). */
  notifications(effects: readonly Effect[], preferences: NotificationPreferences): Effect[];
}
