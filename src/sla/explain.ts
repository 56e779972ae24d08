import type { Calendar, ExplainedDay } from "../calendar/types.js";
import { fail } from "../check.js";
import type { TicketEvent } from "../workflow/types.js";
import { type Context, iso, measure } from "./clock.js";
import { evolveSla, viewAfter } from "./fold.js";
import { cycleAt } from "./report.js";
import type {
  Clock,
  SlaExplanation,
  SlaSegment,
  SlaView,
  StatusCategory,
  TicketSla,
} from "./types.js";

interface Mark {
  readonly cycle: number;
  readonly at: string;
  readonly run: SlaSegment["run"];
  readonly status: string;
  readonly target: number;
  readonly clock: Clock;
}

/** The calendar's days in `[from, to)`, with what was open and why the rest was not. */
function days(cal: Calendar, from: number, to: number, counted: number): readonly ExplainedDay[] {
  const last = cal.explain(to, { milliseconds: 0 }).days[0]?.date ?? "";
  return cal
    .explain(from, { milliseconds: counted }, { prefer: "farthest" })
    .days.filter((d) => d.date <= last);
}

/** A metric's latest cycle, segment by segment: what ran, what paused and why. */
export function explainOf(
  x: Context,
  events: readonly TicketEvent[],
  metric: string,
  now: number,
): SlaExplanation {
  if (!Array.isArray(events)) fail("events", "expected an array of ticket events");
  let view: SlaView | undefined;
  let sla: TicketSla | undefined;
  const marks: Mark[] = [];
  events.forEach((e, i) => {
    view = viewAfter(x, view, e, i);
    if (e.type === "created") return;
    sla = evolveSla(x, sla, e, view);
    const cycles = sla?.metrics[metric];
    const c = cycles?.at(-1);
    if (cycles === undefined || c === undefined) return;
    const mark: Mark = {
      cycle: cycles.length - 1,
      at: e.at,
      run: c.run,
      status: view.status,
      target: c.target,
      clock: c.clock,
    };
    const prev = marks.at(-1);
    if (
      prev === undefined ||
      prev.cycle !== mark.cycle ||
      prev.run !== mark.run ||
      prev.status !== mark.status ||
      prev.target !== mark.target ||
      prev.clock !== mark.clock
    )
      marks.push(mark);
  });
  const cycle = sla?.metrics[metric]?.at(-1);
  if (sla === undefined || cycle === undefined)
    return { metric, cycle: -1, segments: [], report: null };
  const index = (sla.metrics[metric]?.length ?? 0) - 1;
  const own = marks.filter((m) => m.cycle === index);
  const end = cycle.stoppedAt ?? iso(Math.max(now, Date.parse(cycle.since)));
  const segments: SlaSegment[] = [];
  own.forEach((m, k) => {
    if (m.run === "stopped" && k === own.length - 1) return;
    const from = Date.parse(m.at);
    const to = Date.parse(own[k + 1]?.at ?? end);
    const spent = m.run === "stopped" ? 0 : measure(x, m.clock, from, to);
    const category: StatusCategory = x.categoryOf(m.status);
    const running = m.run === "running";
    segments.push({
      from: m.at,
      to: iso(to),
      run: m.run,
      status: m.status,
      category,
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
