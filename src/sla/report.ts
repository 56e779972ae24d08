import { type Context, iso, measure, reach, targetOf } from "./clock.js";
import type {
  NewTicketFacts,
  ResolutionEstimate,
  SlaCycle,
  SlaCycleReport,
  SlaDue,
  SlaMetricReport,
  SlaReport,
  TicketSla,
} from "./types.js";

/** A cycle at `now` (an instant before its last change reads as that change). */
export function cycleAt(x: Context, c: SlaCycle, now: number): SlaCycleReport {
  const since = Date.parse(c.since);
  const d = c.run === "stopped" ? 0 : measure(x, c.clock, since, now);
  const running = c.run === "running";
  const elapsed = running ? c.elapsed + d : c.elapsed;
  const breached =
    c.breached || (running && c.breachedAt !== null && Date.parse(c.breachedAt) < now);
  return {
    state: running
      ? breached
        ? "breached"
        : "running"
      : c.run === "paused"
        ? "paused"
        : breached
          ? "breached"
          : "met",
    startedAt: c.startedAt,
    stoppedAt: c.stoppedAt,
    target: c.target,
    clock: c.clock,
    elapsed,
    remaining: c.target - elapsed,
    paused: c.run === "paused" ? c.paused + d : c.paused,
    dueAt: c.run === "paused" ? null : c.dueAt,
    warnAt: c.warnAt,
    breachedAt: running || breached ? c.breachedAt : null,
    breached,
  };
}

const PENDING = {
  state: "pending",
  startedAt: null,
  stoppedAt: null,
  target: null,
  elapsed: 0,
  remaining: null,
  paused: 0,
  dueAt: null,
  warnAt: null,
  breachedAt: null,
  breached: false,
  cycles: [],
} as const;

/** Every metric's state at `now`. */
export function reportOf(x: Context, sla: TicketSla, now: number): SlaReport {
  const p = x.policyOf(sla, "sla");
  const metrics: Record<string, SlaMetricReport> = {};
  for (const m of p.metrics) {
    const cycles = (sla.metrics[m.name] ?? []).map((c) => cycleAt(x, c, now));
    const last = cycles.at(-1);
    metrics[m.name] =
      last === undefined
        ? { ...PENDING, metric: m.name, clock: targetOf(x, m, sla, now).clock }
        : { ...last, metric: m.name, cycles };
  }
  return {
    policy: sla.policy,
    version: sla.version,
    priority: sla.priority,
    at: iso(now),
    metrics,
  };
}

/** Warnings and breaches not yet recorded, by the instant a sweep must fire them. */
export function dueOf(sla: TicketSla | undefined): SlaDue[] {
  const out: SlaDue[] = [];
  if (sla === undefined) return out;
  for (const metric in sla.metrics) {
    const cycles = sla.metrics[metric] as readonly SlaCycle[];
    cycles.forEach((c, cycle) => {
      if (!c.warned && c.warnAt !== null)
        out.push({ kind: "sla_warning", metric, cycle, at: c.warnAt, wake: c.warnAt });
      if (!c.notified && c.breachedAt !== null && (c.run === "running" || c.breached))
        out.push({
          kind: "sla_breached",
          metric,
          cycle,
          at: c.breachedAt,
          wake: iso(Date.parse(c.breachedAt) + 1),
        });
    });
  }
  return out.length > 1
    ? out.sort((a, b) => (a.wake < b.wake ? -1 : a.wake > b.wake ? 1 : 0))
    : out;
}

const RESOLUTION = "resolution";

/** R001-4 for an existing ticket. */
export function estimateOf(x: Context, sla: TicketSla, now: number): ResolutionEstimate | null {
  const c = sla.metrics[RESOLUTION]?.at(-1);
  if (c === undefined) return null;
  if (c.run === "stopped") return { at: c.stoppedAt as string, basis: "resolved" };
  if (c.run === "running") {
    const due = c.dueAt as string;
    return { at: due, basis: Date.parse(due) < now ? "overdue" : "running" };
  }
  const at = Math.max(now, Date.parse(c.since));
  return {
    at: iso(reach(x, c.clock, at, Math.max(c.target - c.elapsed, 0), false)),
    basis: "paused",
  };
}

/** R001-4 for a ticket opened at `facts.at`. */
export function estimateNewOf(
  x: Context,
  facts: NewTicketFacts,
  at: number,
): ResolutionEstimate | null {
  const p = x.current;
  const m = p.metrics.find((k) => k.name === RESOLUTION);
  if (m === undefined) return null;
  const priority =
    p.priorities === null
      ? null
      : typeof facts.priority === "string" && p.priorities.has(facts.priority)
        ? facts.priority
        : p.defaultPriority;
  const { target, clock } = targetOf(
    x,
    m,
    { priority, category: facts.category ?? [], channel: facts.channel ?? null },
    at,
  );
  return { at: iso(reach(x, clock, at, target, false)), basis: "new" };
}
