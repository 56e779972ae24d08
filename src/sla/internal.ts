// What plazo/workflow reaches of plazo/sla without bundling it: the policies
// defineSlaPolicy made, and each tracker's unchecked core (the workflow checks
// a ticket once where it enters, not on every step).
import type { TicketEvent } from "../workflow/types.js";
import type { SlaDue, SlaPolicy, SlaView, TicketSla } from "./types.js";

/** A tracker's clocks without the argument checks of its public methods. */
export interface SlaCore {
  readonly policy: SlaPolicy;
  /** Checks a ticket's SLA state; throws a PlazoError naming `path` (or a field under it). */
  check(sla: unknown, path: string): TicketSla;
  /**
   * The state after `e` (its instant `at` in ms); `where` names the event in
   * errors (an index of `events`, or a path).
   */
  evolve(
    sla: TicketSla | undefined,
    e: TicketEvent,
    view: SlaView,
    where: number | string,
    at: number,
  ): TicketSla | undefined;
  next(sla: TicketSla | undefined): SlaDue | undefined;
  due(sla: TicketSla | undefined): SlaDue[];
}

/** The policies defineSlaPolicy returned. */
export const policies = new WeakSet<object>();

/** Each tracker's core. */
export const cores = new WeakMap<object, SlaCore>();
