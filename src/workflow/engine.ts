import type { Calendar } from "../calendar/types.js";
import { describe } from "../check.js";
import { InvalidArgumentError } from "../errors.js";
import { iso } from "../iso.js";
import type {
  CompiledSpan,
  CompiledStatus,
  CompiledTransition,
  CompiledWorkflow,
} from "./definition.js";
import type {
  Actor,
  ArmedTimer,
  Command,
  Deadline,
  Effect,
  EffectDefinition,
  JsonValue,
  OpenWindow,
  Step,
  Ticket,
  TicketEvent,
} from "./types.js";

export { iso };

/** The n-th end of `span` measured from `since` (ms). */
export function spanEnd(c: CompiledWorkflow, span: CompiledSpan, since: number, n: number): number {
  if (span.clock === "wall") return since + span.ms * n;
  const cal = c.calendar as Calendar;
  const end =
    span.businessDays > 0
      ? cal.add(since, { businessDays: span.businessDays * n })
      : cal.add(since, { milliseconds: span.ms * n });
  return end.getTime();
}

/** The compiled status `name`; throws when the definition does not have it. */
export function statusOf(c: CompiledWorkflow, name: string, path: string): CompiledStatus {
  const st = c.statuses.get(name);
  if (st === undefined)
    throw new InvalidArgumentError(path, `unknown status ${describe(name)} for this workflow`);
  return st;
}

const timerIndex = (st: CompiledStatus, name: string) =>
  st.timers.find((t) => t.name === name)?.index ?? Number.MAX_SAFE_INTEGER;

/** Earliest first; on a tie, in definition order. */
function sorted(st: CompiledStatus, timers: ArmedTimer[]): ArmedTimer[] {
  if (timers.length > 1)
    timers.sort((a, b) =>
      a.due < b.due ? -1 : a.due > b.due ? 1 : timerIndex(st, a.name) - timerIndex(st, b.name),
    );
  return timers;
}

function arm(c: CompiledWorkflow, st: CompiledStatus, at: number, atIso: string) {
  const timers = st.timers.map((tm) => ({
    name: tm.name,
    due: iso(spanEnd(c, tm.span, at, 1)),
    since: atIso,
    fired: 0,
  }));
  const windows = st.windowed.map((t) => openWindow(c, t, at, atIso));
  return { timers: sorted(st, timers), windows };
}

function openWindow(
  c: CompiledWorkflow,
  t: CompiledTransition,
  at: number,
  atIso: string,
): OpenWindow {
  const w = t.window as NonNullable<CompiledTransition["window"]>;
  return { event: t.event, to: t.to, since: atIso, closes: iso(spanEnd(c, w.span, at, 1)) };
}

/** Timers and windows of `st` measured `from` event restart at `at`. */
function restart(c: CompiledWorkflow, t: Ticket, event: string, at: number, atIso: string) {
  const st = statusOf(c, t.status, "ticket.status");
  let { timers, windows } = t;
  const again = st.timers.filter((tm) => tm.from === event);
  if (again.length > 0) {
    const names = new Set(again.map((tm) => tm.name));
    timers = sorted(st, [
      ...timers.filter((a) => !names.has(a.name)),
      ...again.map((tm) => ({
        name: tm.name,
        due: iso(spanEnd(c, tm.span, at, 1)),
        since: atIso,
        fired: 0,
      })),
    ]);
  }
  if (st.windowed.some((w) => w.window?.from === event))
    windows = st.windowed.map((w, i) =>
      w.window?.from === event ? openWindow(c, w, at, atIso) : (windows[i] as OpenWindow),
    );
  return { timers, windows };
}

const atOf = (e: TicketEvent, i: number): number => {
  const ms = typeof e.at === "string" ? Date.parse(e.at) : Number.NaN;
  if (!Number.isFinite(ms))
    throw new InvalidArgumentError(`events[${i}].at`, "expected an ISO 8601 instant");
  return ms;
};

/**
 * The ticket after one more event. It is the only way a ticket changes, so
 * a replay of the events is the live ticket by construction.
 */
export function evolve(
  c: CompiledWorkflow,
  t: Ticket | undefined,
  e: TicketEvent,
  i: number,
): Ticket {
  const next = evolveTicket(c, t, e, i);
  if (c.sla === undefined) {
    if (e.type.startsWith("sla_"))
      throw new InvalidArgumentError(
        `events[${i}].type`,
        "this ticket has SLA clocks; pass its policy in options.sla",
      );
    return next;
  }
  const sla = c.sla.evolve(t?.sla, e, next);
  return sla === next.sla || sla === undefined ? next : { ...next, sla };
}

function evolveTicket(
  c: CompiledWorkflow,
  t: Ticket | undefined,
  e: TicketEvent,
  i: number,
): Ticket {
  const at = atOf(e, i);
  if (e.type === "created") {
    if (t !== undefined)
      throw new InvalidArgumentError(`events[${i}].type`, "a ticket is created once");
    const st = statusOf(c, c.initial, "initial");
    const { id, tenant, requester, category, reference, channel, fields } = e.ticket;
    return {
      id,
      tenant,
      requester,
      category,
      reference,
      channel,
      fields,
      status: c.initial,
      statusSince: e.at,
      createdAt: e.at,
      updatedAt: e.at,
      version: e.seq,
      comments: 0,
      ...arm(c, st, at, e.at),
    };
  }
  if (t === undefined)
    throw new InvalidArgumentError(`events[${i}].type`, 'the first event must be "created"');
  const base = { ...t, updatedAt: e.at, version: e.seq };
  switch (e.type) {
    case "comment":
      return { ...base, comments: t.comments + 1, ...restart(c, base, "comment", at, e.at) };
    case "field_changed": {
      const changed =
        e.field === "reference" || e.field === "channel" || e.field === "category"
          ? { ...base, [e.field]: e.value }
          : { ...base, fields: { ...t.fields, [e.field]: e.value } };
      return { ...changed, ...restart(c, changed as Ticket, "set_field", at, e.at) };
    }
    case "status_changed": {
      const st = statusOf(c, e.to, `events[${i}].to`);
      return { ...base, status: e.to, statusSince: e.at, ...arm(c, st, at, e.at) };
    }
    case "timer_fired": {
      const st = statusOf(c, t.status, `events[${i}].status`);
      const def = st.timers.find((tm) => tm.name === e.timer);
      const armed = t.timers.find((a) => a.name === e.timer);
      if (def === undefined || armed === undefined) return base; // a timer a later definition dropped
      const rest = t.timers.filter((a) => a !== armed);
      if (armed.fired + 1 < def.times)
        rest.push({
          ...armed,
          due: iso(spanEnd(c, def.span, Date.parse(armed.since), armed.fired + 2)),
          fired: armed.fired + 1,
        });
      return { ...base, timers: sorted(st, rest) };
    }
    case "sla_applied":
    case "sla_warning":
    case "sla_breached":
      return base;
    default:
      throw new InvalidArgumentError(
        `events[${i}].type`,
        `unknown event type ${describe((e as { type: unknown }).type)}`,
      );
  }
}

/** Why no transition was chosen. */
export type Miss =
  | { readonly why: "none" }
  | { readonly why: "role" }
  | { readonly why: "guard"; readonly guard: string }
  | { readonly why: "window"; readonly closedAt: string };

/** The first transition `command` may take from the ticket's status, or why none. */
export function select(
  st: CompiledStatus,
  t: Ticket,
  event: string,
  command: Command,
  atIso: string,
): CompiledTransition | Miss {
  const candidates = st.byEvent.get(event);
  if (candidates === undefined) return { why: "none" };
  let miss: Miss = { why: "role" };
  for (const tr of candidates) {
    if (!tr.roles.has(command.actor.role)) continue;
    if (tr.window !== undefined) {
      const w = t.windows.find((x) => x.event === tr.event && x.to === tr.to);
      if (w !== undefined && atIso >= w.closes) {
        if (miss.why === "role") miss = { why: "window", closedAt: w.closes };
        continue;
      }
    }
    const failed = tr.guards.find((g) => !g.fn(t, command));
    if (failed === undefined) return tr;
    if (miss.why === "role") miss = { why: "guard", guard: failed.name };
  }
  return miss;
}

/** A step being built: the ticket so far, the events and the effects. */
export interface Draft {
  ticket: Ticket;
  readonly events: TicketEvent[];
  readonly effects: Effect[];
}

type NewEvent = TicketEvent extends infer E
  ? E extends TicketEvent
    ? Omit<E, "seq">
    : never
  : never;

/** Appends an event (numbering it) and folds it into the draft's ticket. */
export function push(c: CompiledWorkflow, d: Draft, e: NewEvent): void {
  const event = { seq: d.ticket.version + 1, ...e } as TicketEvent;
  d.ticket = evolve(c, d.ticket, event, d.events.length);
  d.events.push(event);
}

/** Emits effects, stamped with the ticket, the instant and the cause. */
export function emit(
  d: Draft,
  defs: readonly EffectDefinition[],
  at: string,
  cause: {
    readonly event?: string;
    readonly timer?: string;
    readonly metric?: string;
    readonly cycle?: number;
  },
): void {
  // Object.assign, not spreads: the effect is built in place, several times faster.
  for (const def of defs)
    d.effects.push(
      Object.assign(
        {},
        def,
        {
          ticket: d.ticket.id,
          tenant: d.ticket.tenant,
          at,
          status: d.ticket.status,
        },
        cause,
      ),
    );
}

/** Takes a transition: the status change, its effects, the target's onEnter. */
export function take(
  c: CompiledWorkflow,
  d: Draft,
  tr: CompiledTransition,
  actor: Actor,
  at: string,
  data: { readonly [key: string]: JsonValue } | undefined,
  timer?: string,
): void {
  push(c, d, {
    type: "status_changed",
    at,
    actor,
    event: tr.event,
    from: d.ticket.status,
    to: tr.to,
    ...(data === undefined ? {} : { data }),
  });
  const cause = timer === undefined ? { event: tr.event } : { event: tr.event, timer };
  emit(d, tr.effects, at, cause);
  emit(d, statusOf(c, tr.to, "to").onEnter, at, cause);
}

/** Fires, in chronological order, every timer and SLA notification due at or before `until`. */
export function fireDue(c: CompiledWorkflow, d: Draft, until: string): void {
  for (;;) {
    const next = d.ticket.timers[0];
    const sla = c.sla?.next(d.ticket.sla);
    // A warning or a breach is due 1 ms after its instant, once the clock has run
    // there; a timer at that very instant goes first (it may pause or stop the clock).
    const slaDue = sla !== undefined && sla.at < until;
    if (slaDue && (next === undefined || sla.at < next.due)) {
      const actor: Actor = { role: "system", id: "sla" };
      const cause = { metric: sla.metric, cycle: sla.cycle };
      push(c, d, { type: sla.kind, at: sla.at, actor, ...cause });
      emit(d, [{ type: sla.kind }], sla.at, cause);
      continue;
    }
    if (next === undefined || next.due > until) return;
    const st = statusOf(c, d.ticket.status, "ticket.status");
    const def = st.timers.find((tm) => tm.name === next.name);
    if (def === undefined)
      throw new InvalidArgumentError(
        "ticket.timers",
        `status ${describe(st.name)} has no timer ${describe(next.name)}`,
      );
    const actor: Actor = { role: "system", id: `timer:${def.name}` };
    const at = next.due;
    push(c, d, { type: "timer_fired", at, actor, timer: def.name, status: st.name });
    emit(d, def.effects, at, { timer: def.name });
    if (def.fire !== undefined) {
      const command: Command = { type: def.fire, at: Date.parse(at), actor };
      const tr = select(st, d.ticket, def.fire, command, at);
      if ("to" in tr) take(c, d, tr, actor, at, undefined, def.name);
    }
  }
}

/** The earliest instant a sweep has something to do, or null. */
export function wakeOf(c: CompiledWorkflow, t: Ticket): string | null {
  const timer = t.timers[0]?.due;
  const due = c.sla?.next(t.sla);
  if (due === undefined) return timer ?? null;
  const sla = iso(Date.parse(due.at) + 1);
  return timer === undefined || sla < timer ? sla : timer;
}

/** A ticket's deadlines: its timers' next firings and its windows' closes, earliest first. */
export function deadlinesOf(c: CompiledWorkflow, t: Ticket): Deadline[] {
  const st = c.statuses.get(t.status);
  const out: Deadline[] = t.timers.map((a) => {
    const fires = st?.timers.find((tm) => tm.name === a.name)?.fire;
    return fires === undefined
      ? { kind: "timer", name: a.name, at: a.due }
      : { kind: "timer", name: a.name, at: a.due, fires };
  });
  for (const w of t.windows) out.push({ kind: "window", name: w.event, at: w.closes });
  for (const due of c.sla?.due(t.sla) ?? [])
    out.push({ kind: due.kind, name: due.metric, at: due.at });
  return out.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
}

/** The finished step. */
export function finish(c: CompiledWorkflow, d: Draft): Step {
  return {
    ok: true,
    ticket: d.ticket,
    events: d.events,
    effects: d.effects,
    deadlines: deadlinesOf(c, d.ticket),
  };
}
