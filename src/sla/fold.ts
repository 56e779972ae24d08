import { fail } from "../check.js";
import type { TicketEvent } from "../workflow/types.js";
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

/** A metric's cycles after the event's starts and stops (pauses and targets come after). */
function step(
  x: Context,
  m: CompiledMetric,
  cycles: readonly SlaCycle[],
  sla: TicketSla,
  e: TicketEvent,
  f: Facts,
): readonly SlaCycle[] {
  const last = cycles.at(-1);
  const open = last !== undefined && last.run !== "stopped";
  const stop = (c: SlaCycle) => [...cycles.slice(0, -1), stopCycle(x, c, f.at, f.atIso)];
  const start = () => [...cycles, startCycle(x, m, sla, f.at, f.atIso)];
  const enteredDone = f.entered !== null && DONE.has(f.entered);
  switch (m.kind) {
    case "first_reply":
      return open && (f.agentReply || enteredDone) ? stop(last) : cycles;
    case "next_reply":
      if (open && (f.agentReply || enteredDone)) return stop(last);
      return !open && f.requesterReply && sla.replied ? start() : cycles;
    case "resolution": {
      if (open && enteredDone) return stop(last);
      const reopened =
        !open && f.entered !== null && !DONE.has(f.entered) && DONE.has(f.left as StatusCategory);
      if (!reopened) return cycles;
      return last === undefined || m.newCycleOnReopen
        ? start()
        : [...cycles.slice(0, -1), refresh(x, m, last, sla, f.at, f.atIso, true)];
    }
    default: {
      let out = cycles;
      if (open && m.stop.some((c) => holds(c, e, f))) out = stop(last);
      const now = out.at(-1);
      if ((now === undefined || now.run === "stopped") && m.start.some((c) => holds(c, e, f)))
        out = [...out, startCycle(x, m, sla, f.at, f.atIso)];
      return out;
    }
  }
}

/** The ticket's target-selecting facts under `p`. */
function match(p: CompiledPolicy, view: SlaView) {
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
): TicketSla {
  const p = x.policyOf(e, "event.policy");
  const at = Date.parse(e.at);
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
    const kept = sla?.metrics[m.name];
    if (kept !== undefined) {
      const last = kept.at(-1) as SlaCycle | undefined;
      metrics[m.name] =
        last === undefined ? kept : [...kept.slice(0, -1), refresh(x, m, last, next, at, e.at)];
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
  const cycles = sla.metrics[metric];
  const c = cycles?.[cycle];
  if (cycles === undefined || c === undefined) return sla; // a metric a later policy dropped
  const copy = [...cycles];
  copy[cycle] = { ...c, [flag]: true };
  return { ...sla, metrics: { ...sla.metrics, [metric]: copy } };
}

/** The SLA state after one more event; `view` is the ticket after it. */
export function evolveSla(
  x: Context,
  sla: TicketSla | undefined,
  e: TicketEvent,
  view: SlaView,
): TicketSla | undefined {
  if (e.type === "sla_applied") return applyPolicy(x, sla, e, view);
  if (sla === undefined) return undefined;
  if (e.type === "sla_warning" || e.type === "sla_breached")
    return mark(sla, e.metric, e.cycle, e.type === "sla_warning" ? "warned" : "notified");
  if (e.type === "timer_fired" || e.type === "created") return sla;
  const p = x.policyOf(sla, "ticket.sla");
  const status = x.categoryOf(view.status);
  const reply = e.type === "comment" && e.visibility === "public";
  const f: Facts = {
    at: Date.parse(e.at),
    atIso: e.at,
    agentReply: reply && isAgent(e.actor.role),
    requesterReply: reply && e.actor.role === "requester",
    left: e.type === "status_changed" ? sla.status : null,
    entered: e.type === "status_changed" ? status : null,
  };
  const m0 = e.type === "field_changed" ? match(p, view) : sla;
  const retarget =
    m0.priority !== sla.priority ||
    m0.channel !== sla.channel ||
    m0.category.length !== sla.category.length ||
    m0.category.some((k, i) => k !== sla.category[i]);
  const next: TicketSla = {
    ...sla,
    priority: m0.priority,
    category: m0.category,
    channel: m0.channel,
    status,
    replied: sla.replied || f.agentReply,
  };
  if (!retarget && status === sla.status && !reply && p.metrics.every((m) => m.kind !== "custom"))
    return sla;
  const metrics: Record<string, readonly SlaCycle[]> = {};
  for (const m of p.metrics) {
    let cycles = step(x, m, sla.metrics[m.name] ?? [], { ...next, replied: sla.replied }, e, f);
    const last = cycles.at(-1);
    if (last !== undefined && last.run !== "stopped" && (retarget || status !== sla.status)) {
      const fresh = refresh(x, m, last, next, f.at, f.atIso);
      if (fresh !== last) cycles = [...cycles.slice(0, -1), fresh];
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
    const { category, channel, fields } = e.ticket;
    return { status: x.initial, category, channel, fields };
  }
  if (view === undefined) return fail(`events[${i}]`, 'the first event must be "created"');
  if (e.type === "status_changed") return { ...view, status: e.to };
  if (e.type !== "field_changed") return view;
  if (e.field === "category" || e.field === "channel") return { ...view, [e.field]: e.value };
  return e.field === "reference"
    ? view
    : { ...view, fields: { ...view.fields, [e.field]: e.value } };
}

/** The SLA state of a ticket from its events, following its status and fields like the workflow. */
export function foldSla(x: Context, events: readonly TicketEvent[]): TicketSla | undefined {
  if (!Array.isArray(events)) fail("events", "expected an array of ticket events");
  let view: SlaView | undefined;
  let sla: TicketSla | undefined;
  events.forEach((e, i) => {
    view = viewAfter(x, view, e, i);
    if (e.type !== "created") sla = evolveSla(x, sla, e, view);
  });
  return sla;
}
