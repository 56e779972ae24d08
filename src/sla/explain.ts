import type { Calendar, ExplainedDay, Instant } from "../calendar/types.js";
import { describe, fail, isName } from "../check.js";
import { epochMs, msOf as ms } from "../iso.js";
import type { TicketEvent } from "../workflow/types.js";
import { cyclesOf } from "./check.js";
import { contexts, iso, measure } from "./clock.js";
import { foldSla } from "./fold.js";
import { cycleAt } from "./report.js";
import type { Clock, SlaExplanation, SlaSegment, SlaTracker } from "./types.js";

interface Mark {
  readonly cycle: number;
  readonly at: string;
  readonly run: SlaSegment["run"];
  readonly status: string;
  readonly target: number;
  readonly clock: Clock;
  /** What makes a new segment: cycle, run state, status, target and clock. */
  readonly key: string;
}

/** The calendar's days in `[from, to)`, with what was open and why the rest was not. */
function days(cal: Calendar, from: number, to: number, counted: number): readonly ExplainedDay[] {
  const last = cal.explain(to, { milliseconds: 0 }).days[0]?.date ?? "";
  return cal
    .explain(from, { milliseconds: counted }, { prefer: "farthest" })
    .days.filter((d) => d.date <= last);
}

/**
 * Why a metric's deadline is where it is: its latest cycle from the
 * ticket's events, segment by segment, with what ran, what paused (and in
 * which status), and for running business time each day's open hours and
 * closed days with their reason (weekend, holiday with its name,
 * exception). A separate function, so hosts that never explain do not ship it.
 *
 * @example
 * ```ts
 * import { explainSla } from "plazo/sla";
 * const why = explainSla(wf.sla!, await store.events("T-1"), "resolution", now);
 * for (const s of why.segments) console.log(s.from, s.to, s.run, s.status, s.counted / 3_600_000);
 * ```
 */
export function explainSla(
  tracker: SlaTracker,
  events: readonly TicketEvent[],
  metric: string,
  at: Instant,
): SlaExplanation {
  const x = contexts.get(tracker) ?? fail("tracker", "expected wf.sla or policy.track(…)");
  const now = epochMs(at, "now");
  if (!isName(metric)) fail("metric", `expected a metric's name, got ${describe(metric)}`);
  const marks: Mark[] = [];
  const sla = foldSla(x, events, (state, e, view) => {
    const cycles = state === undefined ? undefined : cyclesOf(state, metric);
    const c = cycles?.[cycles.length - 1];
    if (cycles === undefined || c === undefined) return;
    const cycle = cycles.length - 1;
    const key = `${cycle} ${c.run} ${view.status} ${c.target} ${c.clock}`;
    if (marks[marks.length - 1]?.key !== key)
      marks.push({
        cycle,
        at: e.at,
        run: c.run,
        status: view.status,
        target: c.target,
        clock: c.clock,
        key,
      });
  });
  const cycles = (sla === undefined ? undefined : cyclesOf(sla, metric)) ?? [];
  const index = cycles.length - 1;
  const cycle = cycles[index];
  if (cycle === undefined) return { metric, cycle: -1, segments: [], report: null };
  const own = marks.filter((m) => m.cycle === index);
  const end = cycle.stoppedAt ?? iso(Math.max(now, ms(cycle.since)));
  const segments: SlaSegment[] = [];
  own.forEach((m, k) => {
    if (m.run === "stopped" && k === own.length - 1) return;
    const from = ms(m.at);
    const to = ms(own[k + 1]?.at ?? end);
    const spent = m.run === "stopped" ? 0 : measure(x, m.clock, from, to);
    const running = m.run === "running";
    segments.push({
      from: m.at,
      to: iso(to),
      run: m.run,
      status: m.status,
      category: x.categoryOf(m.status),
      counted: running ? spent : 0,
      paused: m.run === "paused" ? spent : 0,
      clock: m.clock,
      target: m.target,
      ...(running && m.clock === "business" && x.cal !== undefined
        ? { days: days(x.cal, from, to, spent) }
        : {}),
    });
  });
  return { metric, cycle: index, segments, report: cycleAt(x, cycle, now) };
}
