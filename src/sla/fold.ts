import { fail } from "../check.js";
import { msOf as ms } from "../iso.js";
import { checkEvents } from "../workflow/events.js";
import type { TicketEvent } from "../workflow/types.js";
import { cyclesOf } from "./check.js";
import { type Context, refresh, startCycle, stopCycle } from "./clock.js";
import type { CompiledMetric, CompiledPolicy } from "./definition.js";
import type { SlaCondition, SlaCycle, SlaView, StatusCategory, TicketSla } from "./types.js";

const DONE: ReadonlySet<StatusCategory> = new Set(["solved", "closed"]);
const isAgent = (role: string) => role === "agent" || role === "admin";

/** What an event means to the clocks. */
interface Facts {
  readonly at: number;
  readonly atIso: string;
  /** A public comment by an agent or admin. */
  readonly agentReply: boolean;
  /** A public comment by the requester. */
  readonly requesterReply: boolean;
  /** Status categories left and entered, when the status changed. */
  readonly left: StatusCategory | null;
  readonly entered: StatusCategory | null;
}

function holds(c: SlaCondition, e: TicketEvent, f: Facts): boolean {
  switch (c.on) {
    case "created":
      return false; // only at the policy's first application, see `started`
    case "comment":
      return (
        e.type === "comment" &&
        (c.roles === undefined || c.roles.includes(e.actor.role)) &&
        (c.visibility === undefined || c.visibility === e.visibility)
      );
    case "status":
      return (
        f.entered !== null &&
        (c.enter === undefined || c.enter.includes(f.entered)) &&
        (c.leave === undefined || c.leave.includes(f.left as StatusCategory))
      );
    case "event":
      return e.type === "status_changed" && e.event === c.event;
    default:
      return e.type === "field_changed" && e.field === c.field;
  }
}

/** The cycles with the last one replaced. */
function withLast(cycles: readonly SlaCycle[], c: SlaCycle): readonly SlaCycle[] {
  const out = cycles.slice();
  out[out.length - 1] = c;
  return out;
}

/** What the event does to a metric's cycles: `stop` the open one, `start` one, `resume` the last. */
function change(
  m: CompiledMetric,
  open: boolean,
  e: TicketEvent,
  f: Facts,
  repliedBefore: boolean,
): "stop" | "start" | "resume" | "restart" | null {
  const enteredDone = f.entered !== null && DONE.has(f.entered);
  switch (m.kind) {
    case "first_reply":
      return open && (f.agentReply || enteredDone) ? "stop" : null;
    case "next_reply":
      if (open) return f.agentReply || enteredDone ? "stop" : null;
      return f.requesterReply && repliedBefore ? "start" : null;
    case "resolution":
      if (open) return enteredDone ? "stop" : null;
      return f.entered !== null && !enteredDone && DONE.has(f.left as StatusCategory)
        ? m.newCycleOnReopen
          ? "start"
          : "resume"
        : null;
    default: {
      const stop = open && m.stop.some((c) => holds(c, e, f));
      const start = (!open || stop) && m.start.some((c) => holds(c, e, f));
      return stop ? (start ? "restart" : "stop") : start ? "start" : null;
    }
  }
}

/** A metric's cycles after the event's starts and stops (pauses and targets come after). */
function step(
  x: Context,
  m: CompiledMetric,
  cycles: readonly SlaCycle[],
  sla: TicketSla,
  e: TicketEvent,
  f: Facts,
  repliedBefore: boolean,
): readonly SlaCycle[] {
  const last = cycles[cycles.length - 1];
  const what = change(m, last !== undefined && last.run !== "stopped", e, f, repliedBefore);
  if (what === null) return cycles;
  if (what === "resume" && last !== undefined)
    return withLast(cycles, refresh(x, m, last, sla, f.at, f.atIso, "resume"));
  let out = cycles;
  if ((what === "stop" || what === "restart") && last !== undefined)
    out = withLast(cycles, stopCycle(x, last, f.at, f.atIso));
  if (what !== "stop") out = [...out, startCycle(x, m, sla, f.at, f.atIso)];
  return out;
}

function samePath(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The ticket's target-selecting facts under `p`. */
export function match(p: CompiledPolicy, view: SlaView) {
  const raw = view.fields[p.priorityField];
  const priority =
    p.priorities === null
      ? null
      : typeof raw === "string" && p.priorities.has(raw)
        ? raw
        : p.defaultPriority;
  return { priority, category: view.category, channel: view.channel };
}

/** Whether metric `m` starts when a policy is first applied (at creation when `atCreation`). */
function started(m: CompiledMetric, sla: TicketSla, atCreation: boolean): boolean {
  if (m.kind === "custom") return atCreation && m.start.some((c) => c.on === "created");
  if (m.kind === "next_reply") return false;
  return !DONE.has(sla.status) && !(m.kind === "first_reply" && sla.replied);
}

/** `sla_applied`: pin a policy; clocks of metrics it keeps go on, new ones start. */
function applyPolicy(
  x: Context,
  sla: TicketSla | undefined,
  e: Extract<TicketEvent, { type: "sla_applied" }>,
  view: SlaView,
  where: number | string,
  at: number,
): TicketSla {
  const p = x.policyOf(e, `${typeof where === "number" ? `events[${where}]` : where}.policy`);
  const next: TicketSla = {
    policy: p.name,
    version: p.version,
    ...match(p, view),
    status: x.categoryOf(view.status),
    replied: sla?.replied ?? false,
    metrics: {},
  };
  const metrics: Record<string, readonly SlaCycle[]> = {};
  for (const m of p.metrics) {
    const kept = sla === undefined ? undefined : cyclesOf(sla, m.name);
    if (kept !== undefined) {
      const last = kept.at(-1) as SlaCycle | undefined;
      metrics[m.name] =
        last === undefined
          ? kept
          : [...kept.slice(0, -1), refresh(x, m, last, next, at, e.at, "target")];
    } else
      metrics[m.name] = started(m, next, sla === undefined && e.seq === 2)
        ? [startCycle(x, m, next, at, e.at)]
        : [];
  }
  return { ...next, metrics };
}

/** Marks a cycle's warning or breach as recorded. */
function mark(
  sla: TicketSla,
  metric: string,
  cycle: number,
  flag: "warned" | "notified",
): TicketSla {
  const cycles = cyclesOf(sla, metric);
  const c = cycles?.[cycle];
  if (cycles === undefined || c === undefined) return sla; // a metric a later policy dropped
  const copy = [...cycles];
  copy[cycle] = { ...c, [flag]: true };
  return { ...sla, metrics: { ...sla.metrics, [metric]: copy } };
}

/**
 * The SLA state after one more event; `view` is the ticket after it, `where`
 * names the event in errors (its index in `events`, or a path).
 */
export function evolveSla(
  x: Context,
  sla: TicketSla | undefined,
  e: TicketEvent,
  view: SlaView,
  where: number | string,
  at: number = ms(e.at),
): TicketSla | undefined {
  if (e.type === "sla_applied") return applyPolicy(x, sla, e, view, where, at);
  if (sla === undefined) return undefined;
  if (e.type === "sla_warning" || e.type === "sla_breached")
    return mark(sla, e.metric, e.cycle, e.type === "sla_warning" ? "warned" : "notified");
  if (e.type === "timer_fired" || e.type === "created") return sla;
  const p = x.policyOf(sla, "ticket.sla");
  const status = x.categoryOf(view.status);
  const reply = e.type === "comment" && e.visibility === "public";
  const f: Facts = {
    at,
    atIso: e.at,
    agentReply: reply && isAgent(e.actor.role),
    requesterReply: reply && e.actor.role === "requester",
    // Entering or leaving means changing category: closed -> archived (both closed) does neither.
    left: status !== sla.status ? sla.status : null,
    entered: status !== sla.status ? status : null,
  };
  const m0 = e.type === "field_changed" ? match(p, view) : sla;
  const retarget =
    m0.priority !== sla.priority ||
    m0.channel !== sla.channel ||
    !samePath(m0.category, sla.category);
  const next: TicketSla = {
    ...sla,
    priority: m0.priority,
    category: m0.category,
    channel: m0.channel,
    status,
    replied: sla.replied || f.agentReply,
  };
  if (!retarget && status === sla.status && !reply && !p.custom) return sla;
  const metrics: Record<string, readonly SlaCycle[]> = {};
  for (const m of p.metrics) {
    let cycles = step(x, m, cyclesOf(sla, m.name) ?? [], next, e, f, sla.replied);
    const last = cycles[cycles.length - 1];
    if (last !== undefined && last.run !== "stopped" && (retarget || status !== sla.status)) {
      const fresh = refresh(x, m, last, next, f.at, f.atIso, retarget ? "target" : "status");
      if (fresh !== last) cycles = withLast(cycles, fresh);
    }
    metrics[m.name] = cycles;
  }
  return { ...next, metrics };
}

/** The ticket's status and fields after `e`, as the workflow folds them. */
export function viewAfter(
  x: Context,
  view: SlaView | undefined,
  e: TicketEvent,
  i: number,
): SlaView {
  if (e.type === "created") {
    if (view !== undefined) fail(`events[${i}].type`, "a ticket is created once");
    const { category, channel, fields } = e.ticket;
    return { status: x.initial, category, channel, fields };
  }
  if (view === undefined) return fail(`events[${i}].type`, 'the first event must be "created"');
  if (e.type === "status_changed") {
    x.categoryOf(e.to, `events[${i}].to`);
    return { ...view, status: e.to };
  }
  if (e.type !== "field_changed") return view;
  if (e.field === "category" || e.field === "channel") return { ...view, [e.field]: e.value };
  return e.field === "reference"
    ? view
    : { ...view, fields: { ...view.fields, [e.field]: e.value } };
}

/**
 * The SLA state of a ticket from its stored events (checked like the
 * workflow's replay: shapes, seq, instants with an offset that never go
 * back), following its status and fields like the workflow.
 */
export function foldSla(
  x: Context,
  stored: readonly TicketEvent[],
  after?: (sla: TicketSla | undefined, e: TicketEvent, view: SlaView) => void,
): TicketSla | undefined {
  const events = checkEvents(stored, true);
  let view: SlaView | undefined;
  let sla: TicketSla | undefined;
  events.forEach((e, i) => {
    view = viewAfter(x, view, e, i);
    if (e.type !== "created") sla = evolveSla(x, sla, e, view, i);
    after?.(sla, e, view);
  });
  return sla;
}
