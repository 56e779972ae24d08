// The workflow's methods as plain functions of its context: each checks
// what enters, then decides and evolves a draft of the step.
import type { Instant } from "../calendar/types.js";
import { canonical, epochMs } from "../iso.js";
import { checkCommand, checkCreateCommand, localeOf } from "./commands.js";
import { decide, isRefused } from "./decide.js";
import type { CompiledWorkflow } from "./definition.js";
import {
  type Draft,
  deadlinesOf,
  emit,
  evolve,
  finish,
  fireDue,
  statusOf,
  wakeOf,
} from "./engine.js";
import { checkEvents } from "./events.js";
import { evolveDraft, pinSlaPolicy } from "./evolveDraft.js";
import { refuse } from "./refuse.js";
import { checkTicket } from "./ticket.js";
import type {
  Actor,
  ApplyOptions,
  ApplyResult,
  Command,
  CreateCommand,
  Deadline,
  DueTimer,
  Step,
  Ticket,
  TicketEvent,
  TimerFiredEvent,
  WorkflowDefinition,
} from "./types.js";

/** What every method of one workflow reads: the compiled workflow and the definition as given. */
export interface WorkflowContext {
  readonly c: CompiledWorkflow;
  readonly definition: WorkflowDefinition;
}

/** The author of SLA events plazo records itself. */
const SLA_ACTOR: Actor = { role: "system", id: "sla" };

/** An empty draft of a step from `ticket`; `where` names the step's instant in errors. */
const draft = (ticket: Ticket, where: string): Draft => ({
  ticket,
  events: [],
  effects: [],
  where,
});

/** Opens a ticket in the initial status: created, the SLA policy pinned, onCreate and onEnter effects. */
export function createTicket(
  ctx: WorkflowContext,
  command: CreateCommand,
  options?: ApplyOptions,
): ApplyResult {
  const { c } = ctx;
  const locale = localeOf(options);
  const { actor, atMs, at, details } = checkCreateCommand(command);
  if (actor.tenant !== undefined && actor.tenant !== details.tenant)
    return refuse(ctx, locale, "tenant_mismatch", c.initial);
  const created: TicketEvent = { seq: 1, type: "created", at, actor, ticket: details };
  const d: Draft = {
    ticket: evolve(c, undefined, created, 0, "command.at", atMs),
    events: [created],
    effects: [],
    where: "command.at",
  };
  if (c.sla !== undefined) pinSlaPolicy(c, d, SLA_ACTOR, at, atMs, undefined);
  emit(d, c.onCreate, at, { event: "created" });
  emit(d, statusOf(c, c.initial, "initial").onEnter, at, { event: "created" });
  return finish(c, d);
}

/** Applies a command: checks, fires the timers due, decides, then evolves the ticket. */
export function applyCommand(
  ctx: WorkflowContext,
  ticket: Ticket,
  command: Command,
  options?: ApplyOptions,
): ApplyResult {
  const { c } = ctx;
  const updatedAt = checkTicket(c, ticket);
  const locale = localeOf(options);
  // Shape first: a malformed command is a programmer error whatever the ticket's state.
  const cmd = checkCommand(c, command);
  // The tenant first: nothing else about another tenant's ticket may show.
  if (cmd.actor.tenant !== undefined && cmd.actor.tenant !== ticket.tenant)
    return refuse(ctx, locale, "tenant_mismatch", ticket.status);
  if (cmd.atMs < updatedAt) {
    const lastAt = canonical(ticket.updatedAt, updatedAt);
    return refuse(ctx, locale, "time_went_backwards", ticket.status, { lastAt }, cmd.at);
  }
  const d = draft(ticket, "command.at");
  fireDue(c, d, cmd.atMs);
  const verdict = decide(c, d.ticket, cmd);
  if (isRefused(verdict)) return refuse(ctx, locale, verdict.code, d.ticket.status, verdict.extra);
  evolveDraft(c, d, cmd, verdict);
  return finish(c, d);
}

/** Fires every timer due at or before `now`. */
export function advanceTicket(ctx: WorkflowContext, ticket: Ticket, now: Instant): Step {
  const { c } = ctx;
  checkTicket(c, ticket);
  const d = draft(ticket, "now");
  fireDue(c, d, epochMs(now, "now"));
  return finish(c, d);
}

/** The timer firings advanceTicket would perform at `now`, in order. */
export function dueTimers(ctx: WorkflowContext, ticket: Ticket, now: Instant): DueTimer[] {
  const step = advanceTicket(ctx, ticket, now);
  return step.events.flatMap((e): DueTimer[] =>
    e.type === "timer_fired" ? [dueTimerOf(ctx.c, e)] : [],
  );
}

/** A fired timer as a due one, with the event it fires if any. */
function dueTimerOf(c: CompiledWorkflow, e: TimerFiredEvent): DueTimer {
  const f = c.statuses.get(e.status)?.timers.find((tm) => tm.name === e.timer)?.fire;
  return f === undefined
    ? { timer: e.timer, status: e.status, at: e.at }
    : { timer: e.timer, status: e.status, at: e.at, fires: f };
}

/** The earliest instant a timer or an SLA notification is due, or null. */
export function nextWakeUp(ctx: WorkflowContext, ticket: Ticket): Date | null {
  checkTicket(ctx.c, ticket);
  const next = wakeOf(ctx.c, ticket);
  return next === null ? null : new Date(next);
}

/** The ticket's deadlines, once the ticket is checked. */
export function ticketDeadlines(ctx: WorkflowContext, ticket: Ticket): Deadline[] {
  checkTicket(ctx.c, ticket);
  return deadlinesOf(ctx.c, ticket);
}

/** Rebuilds a ticket from its stored events, checked first. */
export function replayEvents(ctx: WorkflowContext, stored: readonly TicketEvent[]): Ticket {
  // Shapes, seq, instants (normalised to Date#toISOString) and their order first.
  const events = checkEvents(stored, false);
  let t: Ticket | undefined;
  for (let i = 0; i < events.length; i++) t = evolve(ctx.c, t, events[i] as TicketEvent, i);
  return t as Ticket;
}
