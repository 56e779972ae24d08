import { msOf as ms } from "../iso.js";
import { cyclesOf } from "./check.js";
import { type Context, measure } from "./clock.js";
import type {
  SlaCycle,
  SlaCycleReport,
  SlaDue,
  SlaMetricReport,
  SlaReport,
  TicketSla,
} from "./types.js";

/** A cycle at `now` (an instant before its last change reads as that change). */
export function cycleAt(x: Context, c: SlaCycle, now: number): SlaCycleReport {
  const since = ms(c.since);
  const d = c.run === "stopped" ? 0 : measure(x, c.clock, since, now);
  const running = c.run === "running";
  const elapsed = running ? c.elapsed + d : c.elapsed;
  const breached = c.breached || (running && c.breachedAt !== null && ms(c.breachedAt) < now);
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
    dueAt: running ? c.dueAt : null,
    warnAt: c.warnAt,
    breachedAt: running || breached ? c.breachedAt : null,
    breached,
  };
}

/** A metric's figures: its latest cycle's, or none while pending. */
function metricAt(
  metric: string,
  clock: SlaCycleReport["clock"],
  cycles: readonly SlaCycleReport[],
): SlaMetricReport {
  // Built field by field: spreading objects here is ten times slower.
  const c = cycles[cycles.length - 1];
  return c === undefined
    ? {
        metric,
        state: "pending",
        startedAt: null,
        stoppedAt: null,
        target: null,
        clock,
        elapsed: 0,
        remaining: null,
        paused: 0,
        dueAt: null,
        warnAt: null,
        breachedAt: null,
        breached: false,
        cycles,
      }
    : {
        metric,
        state: c.state,
        startedAt: c.startedAt,
        stoppedAt: c.stoppedAt,
        target: c.target,
        clock: c.clock,
        elapsed: c.elapsed,
        remaining: c.remaining,
        paused: c.paused,
        dueAt: c.dueAt,
        warnAt: c.warnAt,
        breachedAt: c.breachedAt,
        breached: c.breached,
        cycles,
      };
}

/** Every metric's state at `now`. */
export function reportOf(x: Context, sla: TicketSla, now: number): SlaReport {
  const p = x.policyOf(sla, "sla");
  const metrics: Record<string, SlaMetricReport> = {};
  for (const m of p.metrics) {
    const own = cyclesOf(sla, m.name) ?? [];
    const cycles: SlaCycleReport[] = [];
    for (const c of own) cycles.push(cycleAt(x, c, now));
    metrics[m.name] = metricAt(m.name, m.targets[0]?.clock ?? "business", cycles);
  }
  return { policy: sla.policy, version: sla.version, priority: sla.priority, metrics };
}

/** Earliest first: by instant (not by string: years past 9999), a warning before a breach at the same instant. */
function before(a: SlaDue, b: SlaDue): boolean {
  const ta = ms(a.at);
  const tb = ms(b.at);
  return ta < tb || (ta === tb && a.kind === "sla_warning" && b.kind === "sla_breached");
}

/** Warnings and breaches not yet recorded, in no particular order. */
function pending(sla: TicketSla): SlaDue[] {
  const out: SlaDue[] = [];
  for (const metric of Object.keys(sla.metrics)) {
    const cycles = sla.metrics[metric] as readonly SlaCycle[];
    for (let cycle = 0; cycle < cycles.length; cycle++) {
      const c = cycles[cycle] as SlaCycle;
      if (!c.warned && c.warnAt !== null)
        out.push({ kind: "sla_warning", metric, cycle, at: c.warnAt });
      if (!c.notified && c.breachedAt !== null && (c.run === "running" || c.breached))
        out.push({ kind: "sla_breached", metric, cycle, at: c.breachedAt });
    }
  }
  return out;
}

/** Warnings and breaches not yet recorded, earliest first. */
export function dueOf(sla: TicketSla | undefined): SlaDue[] {
  if (sla === undefined) return [];
  return pending(sla).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
}

/** The earliest warning or breach not yet recorded. */
export function nextDueOf(sla: TicketSla | undefined): SlaDue | undefined {
  if (sla === undefined) return undefined;
  let first: SlaDue | undefined;
  for (const d of pending(sla)) if (first === undefined || before(d, first)) first = d;
  return first;
}
