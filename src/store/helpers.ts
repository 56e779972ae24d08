import type { Instant } from "../calendar/types.js";
import { describe, fail, isName, isObject } from "../check.js";
import { epochMs } from "../iso.js";
import type { Workflow } from "../workflow/defineWorkflow.js";
import type { ApplyOptions, Command, Refusal, Step, Ticket } from "../workflow/types.js";
import type { Snapshot, StoreRefusal, TicketStore } from "./types.js";

/**
 * What a store keeps beside a ticket's events: the ticket, its status's
 * category in `wf`, and `wf.nextWakeUp(ticket)`.
 *
 * @example
 * ```ts
 * await store.append(t.tenant, t.id, { events: r.events, expectedVersion: t.version, ...snapshotOf(wf, r.ticket) });
 * ```
 */
export function snapshotOf(wf: Workflow, ticket: Ticket): Snapshot {
  checkWorkflow(wf);
  if (!isObject(ticket)) fail("ticket", `expected a ticket, got ${describe(ticket)}`);
  const statuses = wf.definition.statuses;
  const status = Object.hasOwn(statuses, ticket.status) ? statuses[ticket.status] : undefined;
  if (status === undefined) fail("ticket.status", `unknown status ${describe(ticket.status)}`);
  return { ticket, category: status.category, wakeAt: wf.nextWakeUp(ticket) };
}

/** Throws unless `store` has the port's methods. */
function checkStore(store: TicketStore): void {
  const methods = ["load", "append", "claimDue"] as const;
  if (!isObject(store) || methods.some((m) => typeof store[m] !== "function"))
    fail("store", "expected a TicketStore such as createMemoryStore()");
}

/** Throws unless `wf` is a workflow from defineWorkflow. */
function checkWorkflow(wf: Workflow): void {
  if (!isObject(wf) || typeof wf.apply !== "function" || !isObject(wf.definition))
    fail("wf", "expected a workflow from defineWorkflow");
}

/**
 * The result of {@link runCommand}: the step taken (to deliver its effects),
 * the workflow's refusal, or the store's (`not_found`, or `version_conflict`
 * when every retry met another writer).
 *
 * @example
 * ```ts
 * if (r.ok) send(r.step.effects); else if ("error" in r) reply(422, r.error.message);
 * ```
 */
export type RunResult =
  | { readonly ok: true; readonly step: Step; readonly outcome: "appended" | "already_appended" }
  | { readonly ok: false; readonly error: Refusal }
  | Extract<StoreRefusal, { code: "not_found" | "version_conflict" }>;

/**
 * Runs one command end to end: load, `wf.apply`, append at the loaded
 * version; on `version_conflict` it loads again and retries, up to
 * `retries` times (default 3). With a `commandKey`, a retry of a command
 * whose reply was lost is not applied twice.
 *
 * @example
 * ```ts
 * const r = await runCommand(store, wf, { tenant: "store-9", id: "T-1", command: { type: "solve", at: receivedAt, actor: agent } });
 * if (r.ok) deliver(r.step.effects);
 * ```
 */
export async function runCommand(
  store: TicketStore,
  wf: Workflow,
  input: {
    readonly tenant: string;
    readonly id: string;
    readonly command: Command;
    readonly commandKey?: string;
    readonly retries?: number;
  } & ApplyOptions,
): Promise<RunResult> {
  checkStore(store);
  checkWorkflow(wf);
  if (!isObject(input)) fail("input", "expected { tenant, id, command }");
  const { tenant, id, command, commandKey, retries = 3 } = input;
  if (!isName(tenant)) fail("input.tenant", "expected a non-empty string");
  if (!isName(id)) fail("input.id", "expected a non-empty string");
  if (!Number.isInteger(retries) || retries < 0)
    fail("input.retries", "expected a whole number ≥ 0");
  let conflict: RunResult | undefined;
  for (let attempt = 0; attempt <= retries; attempt++) {
    const loaded = await store.load(tenant, id);
    if (!loaded.ok) return loaded;
    const step = wf.apply(
      loaded.ticket,
      command,
      input.locale === undefined ? {} : { locale: input.locale },
    );
    if (!step.ok) return step;
    const r = await store.append(tenant, id, {
      events: step.events,
      expectedVersion: loaded.ticket.version,
      ...snapshotOf(wf, step.ticket),
      ...(commandKey === undefined ? {} : { commandKey }),
    });
    if (r.ok) return { ok: true, step, outcome: r.outcome };
    if (r.code === "not_found") return r;
    conflict = r;
  }
  return conflict as RunResult;
}

/**
 * One sweep: claims up to `limit` due tickets (each for `leaseMs`), advances
 * each to `now` (any `Instant`: a Date, epoch ms or an ISO string with an
 * offset) and appends what fired, with the next wake-up. A
 * `version_conflict` means another writer got there first: it is counted,
 * not retried (that writer rescheduled the ticket). Returns the steps that
 * fired something, so the host delivers their effects, and how many
 * tickets were claimed (0: nothing is due; sweep again later).
 *
 * @example
 * ```ts
 * const { steps } = await sweep(store, wf, { now, limit: 100 }); // now: the sweep job's time
 * for (const s of steps) deliver(s.effects);
 * ```
 */
export async function sweep(
  store: TicketStore,
  wf: Workflow,
  options: { readonly now: Instant; readonly limit?: number; readonly leaseMs?: number },
): Promise<{
  readonly steps: readonly Step[];
  readonly conflicts: number;
  readonly claimed: number;
}> {
  checkStore(store);
  checkWorkflow(wf);
  if (!isObject(options)) fail("options", "expected { now, limit?, leaseMs? }");
  // The store port takes a Date; the sweep takes any instant (a job's ISO string too).
  const now = epochMs(options.now, "options.now");
  const claimed = await store.claimDue({ ...options, now: new Date(now) });
  const steps: Step[] = [];
  let conflicts = 0;
  for (const ticket of claimed) {
    const step = wf.advance(ticket, now);
    const r = await store.append(ticket.tenant, ticket.id, {
      events: step.events,
      expectedVersion: ticket.version,
      ...snapshotOf(wf, step.ticket),
    });
    if (!r.ok) conflicts++;
    else if (step.events.length > 0) steps.push(step);
  }
  return { steps, conflicts, claimed: claimed.length };
}
