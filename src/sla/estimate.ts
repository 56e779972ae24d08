import type { Instant } from "../calendar/types.js";
import { fail, instant } from "../check.js";
import { contexts, iso, ms, reach, targetOf } from "./clock.js";
import { match } from "./fold.js";
import type { NewTicketFacts, ResolutionEstimate, SlaTracker, TicketSla } from "./types.js";

const RESOLUTION = "resolution";

/**
 * R001-4: the estimated resolution instant a requester is shown, or null
 * when the policy has no `resolution` metric.
 *
 * - For an existing ticket (its `sla`) at `at`: the due instant while the
 *   clock runs (`running`, or `overdue` once past it); while paused, the due
 *   instant if the clock resumed at `at` (`paused`); once solved, the
 *   instant it stopped (`resolved`).
 * - For a ticket about to be opened (its priority, category and channel)
 *   at `at`: the resolution target from `at` (`new`).
 *
 * @example
 * ```ts
 * import { estimateResolution } from "plazo/sla";
 * estimateResolution(wf.sla!, { priority: "urgent", category: ["orders"] }, new Date()); // { at, basis: "new" }
 * estimateResolution(wf.sla!, ticket.sla!, new Date()); // { at, basis: "running" }
 * ```
 */
export function estimateResolution(
  tracker: SlaTracker,
  ticket: TicketSla | NewTicketFacts,
  at: Instant,
): ResolutionEstimate | null {
  const x = contexts.get(tracker) ?? fail("tracker", "expected wf.sla or policy.track(…)");
  if (typeof ticket !== "object" || ticket === null)
    fail("ticket", "expected a ticket's sla or { priority?, category?, channel? }");
  const now = instant(at, "at");
  if ("metrics" in ticket) {
    const c = ticket.metrics[RESOLUTION]?.at(-1);
    if (c === undefined) return null;
    if (c.run === "stopped") return { at: c.stoppedAt as string, basis: "resolved" };
    if (c.run === "running") {
      const late = c.breached || (c.breachedAt !== null && ms(c.breachedAt) < now);
      return { at: c.dueAt as string, basis: late ? "overdue" : "running" };
    }
    const from = Math.max(now, ms(c.since));
    const left = Math.max(c.target - c.elapsed, 0);
    return { at: iso(reach(x, c.clock, from, left, false)), basis: "paused" };
  }
  const p = x.current;
  const m = p.metrics.find((k) => k.name === RESOLUTION);
  if (m === undefined) return null;
  const facts = match(p, {
    status: x.initial,
    category: ticket.category ?? [],
    channel: ticket.channel ?? null,
    fields: { [p.priorityField]: ticket.priority ?? null },
  });
  const { target, clock } = targetOf(x, m, facts, now);
  return { at: iso(reach(x, clock, now, target, false)), basis: "new" };
}
