import { DAY_MS } from "../calendar/localDate.js";
import type { Calendar } from "../calendar/types.js";
import { localDayOf, localToInstant } from "../calendar/zone.js";
import { describe } from "../check.js";
import { InvalidArgumentError, OutOfRangeError, PlazoError } from "../errors.js";
import { canonical, iso, MAX_INSTANT, msOf } from "../iso.js";
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

/**
 * Where a step's instants come from, for errors: the index of the event in
 * `events` (replay), or the path of the argument (`"command.at"`, `"now"`).
 */
export type Where = number | string;
const atPath = (where: Where) => (typeof where === "number" ? `events[${where}].at` : where);

/** The n-th end of `span` measured from `since` (ms); past the calendar or Date range, an OutOfRangeError. */
export function spanEnd(
  c: CompiledWorkflow,
  span: CompiledSpan,
  since: number,
  n: number,
  where: Where,
): number {
  let end: number;
  if (span.clock === "wall") end = since + span.ms * n;
  else {
    const cal = c.calendar as Calendar;
    try {
      end =
        span.businessDays > 0
          ? businessDaysEnd(cal, since, span.businessDays * n, span.at)
          : cal.add(since, { milliseconds: span.ms * n }).getTime();
    } catch (e) {
      if (!(e instanceof PlazoError)) throw e;
      throw new OutOfRangeError(atPath(where), `a timer or window cannot be counted: ${e.message}`);
    }
  }
  if (!(Math.abs(end) <= MAX_INSTANT))
    throw new OutOfRangeError(
      atPath(where),
      `a timer or window measured from ${iso(since)} would end past the range of a Date`,
    );
  return end;
}

/**
 * The instant `days` business days after `since`'s local date: that day's
 * close, or the local time `at` (ms after midnight) on that day.
 */
function businessDaysEnd(cal: Calendar, since: number, days: number, at: number | undefined) {
  const close = cal.add(since, { businessDays: days }).getTime();
  if (at === undefined) return close;
  // The close may be the next midnight (hours until 24:00): its day is the one before.
  const day = localDayOf(cal.timeZone, close - 1);
  return localToInstant(cal.timeZone, day * DAY_MS + at);
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

/** Earliest first (by instant, not by string: years past 9999); on a tie, in definition order. */
function sorted(st: CompiledStatus, timers: ArmedTimer[]): ArmedTimer[] {
  if (timers.length > 1)
    timers.sort((a, b) => {
      const d = msOf(a.due) - msOf(b.due);
      return d !== 0 ? d : timerIndex(st, a.name) - timerIndex(st, b.name);
    });
  return timers;
}

function arm(c: CompiledWorkflow, st: CompiledStatus, at: number, atIso: string, where: Where) {
  const timers = st.timers.map((tm) => ({
    name: tm.name,
    due: iso(spanEnd(c, tm.span, at, 1, where)),
    since: atIso,
    fired: 0,
  }));
  const windows = st.windowed.map((t) => openWindow(c, t, at, atIso, where));
  return { timers: sorted(st, timers), windows };
}

function openWindow(
  c: CompiledWorkflow,
  t: CompiledTransition,
  at: number,
  atIso: string,
  where: Where,
): OpenWindow {
  const w = t.window as NonNullable<CompiledTransition["window"]>;
  return { event: t.event, to: t.to, since: atIso, closes: iso(spanEnd(c, w.span, at, 1, where)) };
}

/** Timers and windows of `st` measured `from` event restart at `at`. */
function restart(
  c: CompiledWorkflow,
  t: Ticket,
  event: string,
  at: number,
  atIso: string,
  where: Where,
) {
  const st = statusOf(c, t.status, "ticket.status");
  let { timers, windows } = t;
  const again = st.timers.filter((tm) => tm.from === event);
  if (again.length > 0) {
    const names = new Set(again.map((tm) => tm.name));
    timers = sorted(st, [
      ...timers.filter((a) => !names.has(a.name)),
      ...again.map((tm) => ({
        name: tm.name,
        due: iso(spanEnd(c, tm.span, at, 1, where)),
        since: atIso,
        fired: 0,
      })),
    ]);
  }
  if (st.windowed.some((w) => w.window?.from === event)) {
    const kept = windows;
    // By event and target, not by position: a ticket's windows are data a host stored.
    windows = st.windowed.flatMap((w) => {
      if (w.window?.from === event) return [openWindow(c, w, at, atIso, where)];
      const open = kept.find((x) => x.event === w.event && x.to === w.to);
      return open === undefined ? [] : [open];
    });
  }
  return { timers, windows };
}

/**
 * The ticket after one more event (a checked one: `at` canonical). It is the
 * only way a ticket changes, so a replay of the events is the live ticket by
 * construction. `i` is the event's index, `where` names its instant in errors.
 */
export function evolve(
  c: CompiledWorkflow,
  t: Ticket | undefined,
  e: TicketEvent,
  i: number,
  where: Where = i,
  at: number = msOf(e.at),
): Ticket {
  const next = evolveTicket(c, t, e, i, where, at);
  if (c.sla === undefined) {
    if (e.type.startsWith("sla_"))
      throw new InvalidArgumentError(
        `events[${i}].type`,
        "this ticket has SLA clocks; pass its policy in options.sla",
      );
    return next;
  }
  const sla = slaAfter(c.sla, t?.sla, e, next, i, at, where);
  return sla === next.sla || sla === undefined ? next : { ...next, sla };
}

/** The SLA clocks after `e`; a clock that cannot be counted that far names the step's instant. */
function slaAfter(
  core: NonNullable<CompiledWorkflow["sla"]>,
  sla: Ticket["sla"],
  e: TicketEvent,
  next: Ticket,
  i: number,
  at: number,
  where: Where,
): Ticket["sla"] {
  try {
    return core.evolve(sla, e, next, i, at);
  } catch (x) {
    if (!(x instanceof OutOfRangeError)) throw x;
    throw new OutOfRangeError(atPath(where), `the SLA clocks cannot be counted: ${x.message}`);
  }
}

function evolveTicket(
  c: CompiledWorkflow,
  t: Ticket | undefined,
  e: TicketEvent,
  i: number,
  where: Where,
  at: number,
): Ticket {
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
      ...arm(c, st, at, e.at, where),
    };
  }
  if (t === undefined)
    throw new InvalidArgumentError(`events[${i}].type`, 'the first event must be "created"');
  const base = { ...t, updatedAt: e.at, version: e.seq };
  switch (e.type) {
    case "comment":
      return {
        ...base,
        comments: t.comments + 1,
        ...restart(c, base, "comment", at, e.at, where),
      };
    case "field_changed": {
      const changed =
        e.field === "reference" || e.field === "channel" || e.field === "category"
          ? { ...base, [e.field]: e.value }
          : { ...base, fields: { ...t.fields, [e.field]: e.value } };
      return { ...changed, ...restart(c, changed as Ticket, "set_field", at, e.at, where) };
    }
    case "status_changed": {
      const st = statusOf(c, e.to, `events[${i}].to`);
      return { ...base, status: e.to, statusSince: e.at, ...arm(c, st, at, e.at, where) };
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
          due: iso(spanEnd(c, def.span, msOf(armed.since), armed.fired + 2, where)),
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

/** The first transition `command` may take from the ticket's status at `at` (ms), or why none. */
export function select(
  st: CompiledStatus,
  t: Ticket,
  event: string,
  command: Command,
  at: number,
): CompiledTransition | Miss {
  const candidates = st.byEvent.get(event);
  if (candidates === undefined) return { why: "none" };
  let miss: Miss = { why: "role" };
  for (const tr of candidates) {
    if (!tr.roles.has(command.actor.role)) continue;
    if (tr.window !== undefined) {
      const w = t.windows.find((x) => x.event === tr.event && x.to === tr.to);
      if (w !== undefined && at >= msOf(w.closes)) {
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
  /** The argument the step's instant came from, for errors (`"command.at"`, `"now"`). */
  readonly where: string;
}

type NewEvent = TicketEvent extends infer E
  ? E extends TicketEvent
    ? Omit<E, "seq">
    : never
  : never;

/** Appends an event at `at` (ms, its instant) numbering it, and folds it into the draft's ticket. */
export function push(c: CompiledWorkflow, d: Draft, e: NewEvent, at: number): void {
  const event = { seq: d.ticket.version + 1, ...e } as TicketEvent;
  d.ticket = evolve(c, d.ticket, event, d.events.length, d.where, at);
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
  atMs: number,
  data: { readonly [key: string]: JsonValue } | undefined,
  timer?: string,
): void {
  push(
    c,
    d,
    {
      type: "status_changed",
      at,
      actor,
      event: tr.event,
      from: d.ticket.status,
      to: tr.to,
      ...(data === undefined ? {} : { data }),
    },
    atMs,
  );
  const cause = timer === undefined ? { event: tr.event } : { event: tr.event, timer };
  emit(d, tr.effects, at, cause);
  emit(d, statusOf(c, tr.to, "to").onEnter, at, cause);
}

/**
 * The most timer firings and SLA notifications one step performs: a repeating
 * timer and an instant far in the future must not run away.
 */
export const MAX_FIRINGS = 10_000;

/** Fires, in chronological order, every timer and SLA notification due at or before `until` (ms). */
export function fireDue(c: CompiledWorkflow, d: Draft, until: number): void {
  for (let n = 0; ; n++) {
    if (n > MAX_FIRINGS)
      throw new OutOfRangeError(
        d.where,
        `more than ${MAX_FIRINGS} timer firings and SLA notifications fall due in one step; advance the ticket in smaller steps`,
      );
    const next = d.ticket.timers[0];
    const nextDue = next === undefined ? Number.POSITIVE_INFINITY : msOf(next.due);
    const sla = c.sla?.next(d.ticket.sla);
    // A warning or a breach is due 1 ms after its instant, once the clock has run
    // there; a timer at that very instant goes first (it may pause or stop the clock).
    const slaAt = sla === undefined ? Number.POSITIVE_INFINITY : msOf(sla.at);
    if (sla !== undefined && slaAt < until && slaAt < nextDue) {
      const actor: Actor = { role: "system", id: "sla" };
      const cause = { metric: sla.metric, cycle: sla.cycle };
      const at = canonical(sla.at, slaAt);
      push(c, d, { type: sla.kind, at, actor, ...cause }, slaAt);
      emit(d, [{ type: sla.kind }], at, cause);
      continue;
    }
    if (next === undefined || nextDue > until) return;
    const st = statusOf(c, d.ticket.status, "ticket.status");
    const def = st.timers.find((tm) => tm.name === next.name);
    if (def === undefined)
      throw new InvalidArgumentError(
        "ticket.timers[0].name",
        `status ${describe(st.name)} has no timer ${describe(next.name)}`,
      );
    const actor: Actor = { role: "system", id: `timer:${def.name}` };
    const at = canonical(next.due, nextDue);
    push(c, d, { type: "timer_fired", at, actor, timer: def.name, status: st.name }, nextDue);
    emit(d, def.effects, at, { timer: def.name });
    if (def.fire !== undefined) {
      const command: Command = { type: def.fire, at: nextDue, actor };
      const tr = select(st, d.ticket, def.fire, command, nextDue);
      if ("to" in tr) take(c, d, tr, actor, at, nextDue, undefined, def.name);
    }
  }
}

/** The earliest instant (ms) a sweep has something to do, or null. */
export function wakeOf(c: CompiledWorkflow, t: Ticket): number | null {
  const first = t.timers[0];
  const timer = first === undefined ? null : msOf(first.due);
  const due = c.sla?.next(t.sla);
  if (due === undefined) return timer;
  const sla = msOf(due.at) + 1;
  return timer === null || sla < timer ? sla : timer;
}

type Timed = { readonly d: Deadline; readonly ms: number };

/** A deadline at the instant `s`, written canonically, with its ms for sorting. */
function deadline(kind: Deadline["kind"], name: string, s: string, fires?: string): Timed {
  const ms = msOf(s);
  const at = canonical(s, ms);
  return { d: fires === undefined ? { kind, name, at } : { kind, name, at, fires }, ms };
}

/** A ticket's deadlines: its timers' next firings and its windows' closes, earliest first. */
export function deadlinesOf(c: CompiledWorkflow, t: Ticket): Deadline[] {
  const st = c.statuses.get(t.status);
  const out: Timed[] = [];
  for (const a of t.timers)
    out.push(deadline("timer", a.name, a.due, st?.timers.find((tm) => tm.name === a.name)?.fire));
  for (const w of t.windows) out.push(deadline("window", w.event, w.closes));
  for (const due of c.sla?.due(t.sla) ?? []) out.push(deadline(due.kind, due.metric, due.at));
  // Stable: equal instants keep timers, windows, SLA order.
  if (out.length > 1) out.sort((a, b) => a.ms - b.ms);
  return out.map((x) => x.d);
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
