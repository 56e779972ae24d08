import type { Calendar } from "../calendar/types.js";
import { iso, msOf } from "../iso.js";
import type { CompiledMetric, CompiledPolicy, CompiledTarget } from "./definition.js";
import type { Clock, SlaCycle, StatusCategory, TicketSla } from "./types.js";

/** A tracker's bindings: the calendar, the status categories and the known policies. */
export interface Context {
  readonly cal: Calendar | undefined;
  readonly current: CompiledPolicy;
  readonly initial: string;
  categoryOf(status: string, path?: string): StatusCategory;
  policyOf(
    sla: { readonly policy: string; readonly version: number },
    path: string,
  ): CompiledPolicy;
  /** The SLA states this tracker has checked (see checkSla). */
  readonly checked: WeakSet<object>;
}

export { iso };

/** Each tracker's context, for the functions that take a tracker. */
export const contexts = new WeakMap<object, Context>();

/** Epoch ms of a checked ISO instant (cached: snapshots repeat the same strings). */
const ms = msOf;

/** Running time on `clock` in `[a, b)`. */
export const measure = (x: Context, clock: Clock, a: number, b: number): number =>
  b <= a ? 0 : clock === "wall" ? b - a : (x.cal as Calendar).between(a, b);

/**
 * The instant at which `ms` more running time has passed from `t`: the
 * earliest one (`nearest`), or the latest one, which is always running time
 * (`farthest`: the next opening when the earliest falls on a close).
 */
export function reach(x: Context, clock: Clock, t: number, ms: number, farthest: boolean): number {
  if (clock === "wall") return t + ms;
  const cal = x.cal as Calendar;
  const r = ms === 0 ? t : cal.add(t, { milliseconds: ms }).getTime();
  // The latest instant with the same open time before it is the next opening.
  return farthest ? cal.nextOpen(r).getTime() : r;
}

/** Whether a target's conditions hold for the ticket. */
function matches(t: CompiledTarget, sla: TicketSla): boolean {
  if (t.priority !== null && (sla.priority === null || !t.priority.has(sla.priority))) return false;
  if (t.channel !== null && (sla.channel === null || !t.channel.has(sla.channel))) return false;
  return t.category === null || t.category.every((k, i) => sla.category[i] === k);
}

/** The target (ms on its clock) of metric `m` for the ticket, for a cycle started at `startedAt`. */
export function targetOf(
  x: Context,
  m: CompiledMetric,
  sla: Pick<TicketSla, "priority" | "category" | "channel">,
  startedAt: number,
): { readonly target: number; readonly clock: Clock } {
  const t = m.targets.find((c) => matches(c, sla as TicketSla)) as CompiledTarget;
  if (t.businessDays === 0) return { target: t.ms, clock: t.clock };
  const cal = x.cal as Calendar;
  return {
    target: cal.between(startedAt, cal.add(startedAt, { businessDays: t.businessDays }).getTime()),
    clock: t.clock,
  };
}

/**
 * Fills a running cycle's projections from `since`: when elapsed reaches the
 * target (`dueAt`), when it starts to exceed it (`breachedAt`, always running
 * time) and when the remaining time drops below `warnBefore` (`warnAt`).
 * Recorded instants are kept.
 */
export function project(x: Context, m: CompiledMetric, c: SlaCycle): SlaCycle {
  if (c.run !== "running") return c;
  const t = ms(c.since);
  const left = c.target - c.elapsed;
  const dueAt = c.dueAt ?? (left > 0 ? iso(reach(x, c.clock, t, left, false)) : c.targetSince);
  const breachedAt = c.breachedAt ?? iso(reach(x, c.clock, t, Math.max(left, 0), true));
  const warnAt =
    c.warnAt ??
    (m.warnMs > 0 ? iso(reach(x, c.clock, t, Math.max(left - m.warnMs, 0), true)) : null);
  return { ...c, dueAt, breachedAt, warnAt };
}

/**
 * Brings a cycle's measures up to `at`; projections that `at` has reached
 * become records, the others are dropped (to be projected again).
 */
export function settle(x: Context, c: SlaCycle, at: number, atIso: string): SlaCycle {
  if (c.run === "stopped") return c;
  const d = measure(x, c.clock, ms(c.since), at);
  if (c.run === "paused") return d === 0 ? c : { ...c, since: atIso, paused: c.paused + d };
  // Warnings and breaches fall when the clock runs at their instant: a change at
  // that very instant (a reply, a pause) comes first, so they are kept only if earlier.
  const breached = c.breached || (c.breachedAt !== null && ms(c.breachedAt) < at);
  return {
    ...c,
    since: atIso,
    elapsed: c.elapsed + d,
    dueAt: c.dueAt !== null && ms(c.dueAt) <= at ? c.dueAt : null,
    warnAt: c.warnAt !== null && (c.warned || ms(c.warnAt) < at) ? c.warnAt : null,
    breachedAt: breached ? c.breachedAt : null,
    breached,
  };
}

/** A new cycle of `m` at `at`. */
export function startCycle(
  x: Context,
  m: CompiledMetric,
  sla: TicketSla,
  at: number,
  atIso: string,
): SlaCycle {
  const { target, clock } = targetOf(x, m, sla, at);
  return project(x, m, {
    startedAt: atIso,
    stoppedAt: null,
    run: m.pauseOn.has(sla.status) ? "paused" : "running",
    since: atIso,
    elapsed: 0,
    paused: 0,
    target,
    clock,
    targetSince: atIso,
    dueAt: null,
    warnAt: null,
    breachedAt: null,
    breached: false,
    warned: false,
    notified: false,
  });
}

/** Stops an open cycle at `at`. */
export function stopCycle(x: Context, c: SlaCycle, at: number, atIso: string): SlaCycle {
  if (c.run === "stopped") return c;
  return { ...settle(x, c, at, atIso), run: "stopped", stoppedAt: atIso };
}

/**
 * Re-evaluates an open (or, when `how` is `"resume"`, a stopped) cycle at
 * `at`: its run state from the ticket's status category and, unless `how`
 * is `"status"`, its target from the ticket's priority, category and
 * channel. Elapsed and paused time are kept.
 */
export function refresh(
  x: Context,
  m: CompiledMetric,
  c: SlaCycle,
  sla: TicketSla,
  at: number,
  atIso: string,
  how: "status" | "target" | "resume",
): SlaCycle {
  if (c.run === "stopped" && how !== "resume") return c;
  const run = m.pauseOn.has(sla.status) ? "paused" : "running";
  const { target, clock } = how === "status" ? c : targetOf(x, m, sla, ms(c.startedAt));
  if (run === c.run && target === c.target && clock === c.clock) return c;
  const s = settle(x, c, at, atIso);
  const retarget = target !== s.target || clock !== s.clock;
  return project(x, m, {
    ...s,
    run,
    since: atIso,
    stoppedAt: null,
    target,
    clock,
    targetSince: retarget || how === "resume" ? atIso : s.targetSince,
    // The due instant follows the new target; a breach is history; a sent warning stays sent.
    dueAt: retarget ? null : s.dueAt,
    warnAt: retarget && !s.warned ? null : s.warnAt,
  });
}
