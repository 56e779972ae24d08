import type { Instant } from "../calendar/types.js";
import type { SlaPolicy, SlaTracker } from "../sla/types.js";
import { localeOf } from "./commands.js";
import { compileWorkflow } from "./definition.js";
import { toMermaid } from "./mermaid.js";
import {
  advanceTicket,
  applyCommand,
  createTicket,
  dueTimers,
  nextWakeUp,
  replayEvents,
  ticketDeadlines,
  type WorkflowContext,
} from "./operations.js";
import type {
  ApplyOptions,
  ApplyResult,
  Command,
  CreateCommand,
  Deadline,
  DueTimer,
  Step,
  Ticket,
  TicketEvent,
  WorkflowDefinition,
  WorkflowOptions,
} from "./types.js";

/**
 * The status names of a definition.
 *
 * @example
 * ```ts
 * type Status = StatusOf<typeof definition>; // "open" | "waiting" | "closed"
 * ```
 */
export type StatusOf<D extends WorkflowDefinition> = keyof D["statuses"] & string;
/**
 * The event names of a definition's transitions.
 *
 * @example
 * ```ts
 * type Event = EventOf<typeof definition>; // "request_info" | "comment" | "close"
 * ```
 */
export type EventOf<D extends WorkflowDefinition> = D["transitions"][number]["event"];

/**
 * The workflow {@link defineWorkflow} returns for a definition and options:
 * with an SLA policy, `sla` is defined and `apply_sla` is a command.
 *
 * @example
 * ```ts
 * const wf: WorkflowOf<typeof definition, { sla: SlaPolicy }> = defineWorkflow(definition, { calendar, sla });
 * wf.sla.report(ticket.sla!, now);
 * ```
 */
export type WorkflowOf<D extends WorkflowDefinition, O extends WorkflowOptions> = O extends {
  readonly sla: SlaPolicy;
}
  ? Workflow<StatusOf<D>, EventOf<D> | "apply_sla"> & { readonly sla: SlaTracker }
  : Workflow<StatusOf<D>, EventOf<D>>;

/**
 * The commands a workflow accepts, with its event names as literal types.
 *
 * @example
 * ```ts
 * function act(ticket: Ticket, command: CommandOf<typeof wf>) { return wf.apply(ticket, command); }
 * ```
 */
export type CommandOf<W> = W extends Workflow<string, infer E> ? Command<E> : never;

/**
 * A defined workflow: pure functions from a ticket, a command and a time to
 * the next ticket, its events, effects and deadlines. It never reads the
 * clock and never runs a timer; a host's scheduler calls {@link advance}
 * at {@link nextWakeUp}.
 *
 * @example
 * ```ts
 * const r = wf.apply(ticket, { type: "solve", at: new Date("2025-09-17T15:00:00Z"), actor: agent });
 * if (r.ok) { save(r.ticket, r.events); send(r.effects); schedule(wf.nextWakeUp(r.ticket)); }
 * ```
 */
export interface Workflow<S extends string = string, E extends string = string> {
  /** The definition, as given. */
  readonly definition: WorkflowDefinition;
  /**
   * The SLA clocks of `options.sla` on this workflow's calendar and
   * statuses: reports, explanations and estimates; undefined without a policy.
   *
   * @example
   * ```ts
   * const report = wf.sla?.report(ticket.sla!, now);
   * report?.metrics.first_reply?.state; // "running"
   * ```
   */
  readonly sla: SlaTracker | undefined;
  /**
   * Opens a ticket in the initial status, arming its timers. Emits
   * `onCreate` and the initial status's `onEnter` effects.
   *
   * @example
   * ```ts
   * const r = wf.create({ at, actor: { role: "requester", id: "u-17", tenant: "store-9" }, id: "T-1042", tenant: "store-9" });
   * ```
   */
  create(command: CreateCommand, options?: ApplyOptions): ApplyResult<S>;
  /**
   * Applies a command. Timers due at or before `command.at` fire first, in
   * order, so a late command meets the ticket as it would have been. A
   * refused command changes nothing and says why. The ticket is checked
   * where it enters (here and in every method taking one): a malformed one
   * throws `InvalidArgumentError` naming the field (`ticket.timers[0].due`).
   *
   * @example
   * ```ts
   * const r = wf.apply(ticket, { type: "comment", at, actor: seller, body: "Adjunto la planilla" });
   * if (!r.ok) console.log(r.error.code, r.error.message);
   * ```
   */
  apply(ticket: Ticket, command: Command<E>, options?: ApplyOptions): ApplyResult<S>;
  /**
   * The timer firings {@link advance} would perform at `now`, in order.
   *
   * @example
   * ```ts
   * wf.due(ticket, new Date("2025-09-25T12:00:00Z")).map((d) => d.timer); // ["reminder", "auto_close"]
   * ```
   */
  due(ticket: Ticket, now: Instant): DueTimer[];
  /**
   * Fires every timer due at or before `now`, in chronological order.
   * Idempotent: advancing again to the same `now` changes nothing.
   *
   * @example
   * ```ts
   * const { ticket: next, events, effects } = wf.advance(ticket, now);
   * ```
   */
  advance(ticket: Ticket, now: Instant): Step<S>;
  /**
   * The earliest timer due, or null when none is armed: schedule one job per
   * ticket at this instant.
   *
   * @example
   * ```ts
   * const at = wf.nextWakeUp(ticket); if (at) queue.schedule(ticket.id, at);
   * ```
   */
  nextWakeUp(ticket: Ticket): Date | null;
  /**
   * The ticket's deadlines: timers' next firings and windows' closes.
   *
   * @example
   * ```ts
   * wf.deadlines(ticket); // [{ kind: "window", name: "comment", at: "2025-09-24T15:00:00.000Z" }, …]
   * ```
   */
  deadlines(ticket: Ticket): Deadline[];
  /**
   * Rebuilds a ticket from its events; equal to the ticket obtained live.
   * Stored events are checked: seq from 1 without gaps, instants that never
   * go back, each event's shape. An instant with `Z` or an offset in any ISO
   * 8601 form (`…T15:00:00Z`, `…+00:00`, PostgreSQL's `2025-09-10 15:00:00+00`)
   * is normalised to `Date#toISOString`; one without an offset is refused.
   * A mistake throws `InvalidArgumentError` naming it (`events[3].at`).
   *
   * @example
   * ```ts
   * const ticket = wf.replay(await store.events("T-1042"));
   * ```
   */
  replay(events: readonly TicketEvent[]): Ticket<S>;
  /**
   * The workflow as a Mermaid flowchart: statuses (final ones double
   * circled), transitions labelled with event and roles, timers dashed.
   *
   * @example
   * ```ts
   * writeFileSync("workflow.mmd", wf.toMermaid({ locale: "pt" }));
   * ```
   */
  toMermaid(options?: ApplyOptions): string;
}

/**
 * Defines a workflow from plain data: statuses, transitions with roles,
 * guards and windows, timers in business or wall time, and effects. The
 * definition is checked at once; a mistake throws `InvalidArgumentError`
 * naming its path (`statuses.waiting.timers[0].fire`): unknown statuses,
 * unreachable statuses, non-final dead ends, timers firing events no
 * transition takes, duplicate transitions.
 *
 * @example
 * ```ts
 * import { createCalendar, wholeBusinessDays } from "plazo/calendar";
 * import { CL } from "plazo/holidays";
 * import { defineWorkflow } from "plazo/workflow";
 *
 * const calendar = createCalendar({ timeZone: "America/Santiago", hours: wholeBusinessDays, holidays: { country: CL } });
 * const wf = defineWorkflow({
 *   initial: "open",
 *   statuses: {
 *     open: { category: "open", label: "Abierto" },
 *     waiting: { category: "waiting_on_requester", label: "Esperando respuesta",
 *       timers: [{ name: "auto_close", after: { businessDays: 3, at: "end" }, fire: "close_inactive" }, // R000-10
 *         { name: "reminder", every: { businessDays: 1, at: "09:00" }, effects: [{ type: "notify", to: "requester", template: "reminder" }] }] },
 *     closed: { category: "closed", label: "Cerrado", final: true },
 *   },
 *   transitions: [
 *     { event: "request_info", from: "open", to: "waiting", roles: ["agent"] },
 *     { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
 *     { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
 *     { event: "close", from: ["open", "waiting"], to: "closed", roles: ["agent"] },
 *   ],
 * }, { calendar });
 * ```
 */
export function defineWorkflow<
  const D extends WorkflowDefinition,
  const O extends WorkflowOptions = WorkflowOptions,
>(definition: D, options: O = {} as O): WorkflowOf<D, O> {
  const ctx: WorkflowContext = { c: compileWorkflow(definition, options), definition };
  const workflow: Workflow = {
    definition,
    create: (command, options) => createTicket(ctx, command, options),
    apply: (ticket, command, options) => applyCommand(ctx, ticket, command, options),
    due: (ticket, now) => dueTimers(ctx, ticket, now),
    advance: (ticket, now) => advanceTicket(ctx, ticket, now),
    nextWakeUp: (ticket) => nextWakeUp(ctx, ticket),
    sla: ctx.c.tracker,
    deadlines: (ticket) => ticketDeadlines(ctx, ticket),
    replay: (stored) => replayEvents(ctx, stored),
    toMermaid: (options) => toMermaid(definition, localeOf(options)),
  };
  return workflow as unknown as WorkflowOf<D, O>;
}
