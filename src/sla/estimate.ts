import type { Instant } from "../calendar/types.js";
import { describe, fail, isObject } from "../check.js";
import { epochMs, msOf as ms } from "../iso.js";
import { checkSla, cyclesOf } from "./check.js";
import { type Context, contexts, iso, reach, targetOf } from "./clock.js";
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
 * estimateResolution(wf.sla!, { priority: "urgent", category: ["orders"] }, now); // now: the request's time; { at, basis: "new" }
 * estimateResolution(wf.sla!, ticket.sla!, now); // { at, basis: "running" }
 * ```
 */
export function estimateResolution(
  tracker: SlaTracker,
  ticket: TicketSla | NewTicketFacts,
  at: Instant,
): ResolutionEstimate | null {
  const x = contexts.get(tracker) ?? fail("tracker", "expected wf.sla or policy.track(…)");
  if (!isObject(ticket))
    fail(
      "ticket",
      `expected a ticket's sla or { priority?, category?, channel? }, got ${describe(ticket)}`,
    );
  const now = epochMs(at, "at");
  return "metrics" in ticket
    ? ofTicket(x, checkSla(x, ticket, "ticket"), now)
    : ofNew(x, ticket, now);
}

/** The estimate for an existing ticket's SLA state. */
function ofTicket(x: Context, sla: TicketSla, now: number): ResolutionEstimate | null {
  const c = cyclesOf(sla, RESOLUTION)?.at(-1);
  if (c === undefined) return null;
  if (c.run === "stopped") return { at: c.stoppedAt as string, basis: "resolved" };
  const left = Math.max(c.target - c.elapsed, 0);
  if (c.run === "running") {
    const late = c.breached || (c.breachedAt !== null && ms(c.breachedAt) < now);
    const due = c.dueAt ?? iso(reach(x, c.clock, ms(c.since), left, false));
    return { at: due, basis: late ? "overdue" : "running" };
  }
  const from = Math.max(now, ms(c.since));
  return { at: iso(reach(x, c.clock, from, left, false)), basis: "paused" };
}

/** The estimate for a ticket about to be opened. */
function ofNew(x: Context, facts: NewTicketFacts, now: number): ResolutionEstimate | null {
  const { priority = null, category = [], channel = null } = facts;
  if (priority !== null && typeof priority !== "string")
    fail("ticket.priority", `expected a string or null, got ${describe(priority)}`);
  if (!Array.isArray(category) || !category.every((k) => typeof k === "string"))
    fail("ticket.category", 'expected a category path such as ["orders", "missing"]');
  if (channel !== null && typeof channel !== "string")
    fail("ticket.channel", `expected a string or null, got ${describe(channel)}`);
  const p = x.current;
  const m = p.metrics.find((k) => k.name === RESOLUTION);
  if (m === undefined) return null;
  const selected = match(p, {
    status: x.initial,
    category,
    channel,
    fields: { [p.priorityField]: priority },
  });
  const { target, clock } = targetOf(x, m, selected, now);
  return { at: iso(reach(x, clock, now, target, false)), basis: "new" };
}
