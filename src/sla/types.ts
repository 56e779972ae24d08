import type { Calendar, ExplainedDay, Instant } from "../calendar/types.js";
import type { Clock, Role, StatusCategory, TicketEvent } from "../workflow/types.js";

export type { Clock, StatusCategory };

/**
 * A target or warning length. On the `business` clock the parts are open
 * time on the calendar (or `businessDays`: up to the close of the n-th
 * business day after the cycle's start date, converted to open time when the
 * cycle starts); on the `wall` clock they are elapsed time.
 *
 * @example
 * ```ts
 * const firstReply: SlaSpan = { hours: 48 };     // R000-9
 * const resolution: SlaSpan = { businessDays: 5 };
 * ```
 */
export type SlaSpan =
  | {
      readonly days?: number;
      readonly hours?: number;
      readonly minutes?: number;
      readonly seconds?: number;
    }
  | { readonly businessDays: number };

/**
 * One entry of a metric's ordered target list. The first entry whose
 * conditions all hold wins; an entry without conditions is the default and
 * must come last.
 *
 * @example
 * ```ts
 * const urgent: SlaTarget = { priority: "urgent", within: { hours: 4 }, clock: "wall" }; // 24/7
 * const payments: SlaTarget = { priority: ["high"], category: ["financial"], within: { hours: 8 } };
 * const fallback: SlaTarget = { within: { hours: 48 } };
 * ```
 */
export interface SlaTarget {
  /** The ticket's priority is one of these. */
  readonly priority?: string | readonly string[];
  /** The ticket's category path starts with this path. */
  readonly category?: readonly string[];
  /** The ticket's channel is one of these. */
  readonly channel?: string | readonly string[];
  /** The target: how much running time the cycle may take. */
  readonly within: SlaSpan;
  /** Overrides the metric's clock for this target, e.g. `"wall"` for a 24/7 urgent target. */
  readonly clock?: Clock;
}

/**
 * A condition of a custom metric, over the ticket's events.
 *
 * @example
 * ```ts
 * const created: SlaCondition = { on: "created" };
 * const agentReply: SlaCondition = { on: "comment", roles: ["agent", "admin"], visibility: "public" };
 * const solved: SlaCondition = { on: "status", enter: ["solved", "closed"] };
 * const escalated: SlaCondition = { on: "event", event: "escalate" };
 * ```
 */
export type SlaCondition =
  | { readonly on: "created" }
  | {
      readonly on: "comment";
      readonly roles?: readonly Role[];
      readonly visibility?: "public" | "internal";
    }
  | {
      readonly on: "status";
      /** The ticket enters a status of one of these categories. */
      readonly enter?: readonly StatusCategory[];
      /** The ticket leaves a status of one of these categories. */
      readonly leave?: readonly StatusCategory[];
    }
  | { readonly on: "event"; readonly event: string }
  | { readonly on: "field"; readonly field: string };

/**
 * A metric of a policy. The built-in `first_reply`, `next_reply` and
 * `resolution` have fixed start and stop rules (docs/sla.md); any other name
 * is a custom metric and must say when it starts and stops.
 *
 * @example
 * ```ts
 * const resolution: SlaMetricDefinition = {
 *   targets: [{ priority: "urgent", within: { hours: 8 } }, { within: { businessDays: 5 } }],
 *   warnBefore: { hours: 2 },
 *   onReopen: "resume",
 * };
 * ```
 */
export interface SlaMetricDefinition {
  /** Ordered; the first match wins. */
  readonly targets: readonly SlaTarget[];
  /** Default `"business"`. */
  readonly clock?: Clock;
  /** Status categories in which the clock stops counting. Default: none; for `resolution`, waiting_on_requester and on_hold. */
  readonly pauseOn?: readonly StatusCategory[];
  /** Warn when this much running time is left; below every target. */
  readonly warnBefore?: {
    readonly hours?: number;
    readonly minutes?: number;
    readonly seconds?: number;
  };
  /** `resolution` only: what leaving solved does. Default `"resume"`. */
  readonly onReopen?: "resume" | "new_cycle";
  /** Custom metrics: a cycle starts on any of these when none is open. */
  readonly start?: readonly SlaCondition[];
  /** Custom metrics: the open cycle stops on any of these. */
  readonly stop?: readonly SlaCondition[];
}

/**
 * An SLA policy as plain data: a name and version (pinned on each ticket),
 * the priorities it knows, and its metrics.
 *
 * @example
 * ```ts
 * const definition: SlaPolicyDefinition = {
 *   name: "seller-help", version: 1,
 *   priority: { field: "priority", values: ["normal", "urgent"], default: "normal" },
 *   metrics: {
 *     first_reply: { targets: [{ within: { hours: 48 } }], warnBefore: { hours: 4 } }, // R000-9
 *     resolution: { targets: [{ priority: "urgent", within: { hours: 24 } }, { within: { businessDays: 5 } }] },
 *   },
 * };
 * ```
 */
export interface SlaPolicyDefinition {
  readonly name: string;
  /** A positive whole number; a new version never rewrites tickets pinned to an older one. */
  readonly version: number;
  /** Where the ticket's priority comes from: `fields[field]` (default `"priority"`), one of `values`, else `default`. */
  readonly priority?: {
    readonly field?: string;
    readonly values: readonly string[];
    readonly default: string;
  };
  readonly metrics: { readonly [metric: string]: SlaMetricDefinition };
}

/**
 * One cycle of a metric as the ticket snapshot keeps it. `elapsed` and
 * `paused` are measured up to `since`, the last change; instants are ISO
 * 8601 UTC. `dueAt`, `warnAt` and `breachedAt` are projections while the
 * cycle runs, and records once reached.
 *
 * @example
 * ```ts
 * ticket.sla?.metrics.first_reply?.[0]?.dueAt; // "2025-09-23T16:00:00.000Z"
 * ```
 */
export interface SlaCycle {
  readonly startedAt: string;
  readonly stoppedAt: string | null;
  readonly run: "running" | "paused" | "stopped";
  readonly since: string;
  /** Running time (ms on the clock) up to `since`. */
  readonly elapsed: number;
  /** Paused time (ms on the clock) up to `since`. */
  readonly paused: number;
  /** The target in ms on `clock`. */
  readonly target: number;
  readonly clock: Clock;
  /** When the current target was selected. */
  readonly targetSince: string;
  readonly dueAt: string | null;
  readonly warnAt: string | null;
  readonly breachedAt: string | null;
  /** The cycle exceeded its target before `since`. */
  readonly breached: boolean;
  /** An `sla_warning` event was recorded. */
  readonly warned: boolean;
  /** An `sla_breached` event was recorded. */
  readonly notified: boolean;
}

/**
 * The SLA part of a ticket snapshot: the pinned policy, what targets are
 * selected by, and each metric's cycles (earliest first).
 *
 * @example
 * ```ts
 * ticket.sla; // { policy: "seller-help", version: 1, priority: "normal", …, metrics: { first_reply: [ … ] } }
 * ```
 */
export interface TicketSla {
  readonly policy: string;
  readonly version: number;
  readonly priority: string | null;
  readonly category: readonly string[];
  readonly channel: string | null;
  readonly status: StatusCategory;
  /** A public agent reply has been made (next_reply cycles may start). */
  readonly replied: boolean;
  readonly metrics: { readonly [metric: string]: readonly SlaCycle[] };
}

/**
 * A metric's state at an instant: `pending` (not started), `running`,
 * `paused`, `met` (stopped within target) or `breached` (running or stopped
 * after exceeding it).
 *
 * @example
 * ```ts
 * if (report.metrics.first_reply?.state === "breached") escalate();
 * ```
 */
export type SlaState = "pending" | "running" | "paused" | "met" | "breached";

/**
 * A cycle at an instant.
 *
 * @example
 * ```ts
 * // { state: "running", startedAt, stoppedAt: null, target: 172800000, clock: "business",
 * //   elapsed: 3600000, remaining: 169200000, paused: 0, dueAt: "…", warnAt: "…", breachedAt: "…", breached: false }
 * ```
 */
export interface SlaCycleReport {
  readonly state: SlaState;
  readonly startedAt: string;
  readonly stoppedAt: string | null;
  /** ms on `clock`. */
  readonly target: number;
  readonly clock: Clock;
  readonly elapsed: number;
  /** `target - elapsed`; negative once exceeded; frozen while paused. */
  readonly remaining: number;
  readonly paused: number;
  /** Running only: when elapsed reaches the target if nothing changes (or did). */
  readonly dueAt: string | null;
  readonly warnAt: string | null;
  /** When the cycle starts (or started) to exceed its target. */
  readonly breachedAt: string | null;
  /** Exceeded its target at some point (also while paused). */
  readonly breached: boolean;
}

/**
 * A metric at an instant: its latest cycle's figures, and every cycle.
 *
 * @example
 * ```ts
 * report.metrics.next_reply?.cycles.length; // one per requester message awaiting an answer
 * ```
 */
export interface SlaMetricReport {
  readonly metric: string;
  readonly state: SlaState;
  /** The latest cycle's figures; null (or 0) while `pending`. */
  readonly startedAt: string | null;
  readonly stoppedAt: string | null;
  readonly target: number | null;
  readonly clock: Clock;
  readonly elapsed: number;
  readonly remaining: number | null;
  readonly paused: number;
  readonly dueAt: string | null;
  readonly warnAt: string | null;
  readonly breachedAt: string | null;
  readonly breached: boolean;
  /** Every cycle, earliest first; the last one is the figures above. */
  readonly cycles: readonly SlaCycleReport[];
}

/**
 * A ticket's SLA status at the instant asked for.
 *
 * @example
 * ```ts
 * const r = wf.sla?.report(ticket.sla!, now);
 * r?.metrics.resolution?.dueAt;
 * ```
 */
export interface SlaReport {
  readonly policy: string;
  readonly version: number;
  readonly priority: string | null;
  readonly metrics: { readonly [metric: string]: SlaMetricReport };
}

/**
 * A stretch of a cycle with one state, and what was counted in it. For
 * running time on the business clock, `days` says which days were open and
 * why the others were not (weekend, holiday with its name, exception).
 *
 * @example
 * ```ts
 * // { from, to, run: "paused", status: "waiting", category: "waiting_on_requester", counted: 0, paused: 32400000 }
 * ```
 */
export interface SlaSegment {
  readonly from: string;
  readonly to: string;
  /** `stopped`: a resolution cycle between solve and reopen, not counted. */
  readonly run: "running" | "paused" | "stopped";
  readonly status: string;
  readonly category: StatusCategory;
  /** Running time counted, ms on `clock`. */
  readonly counted: number;
  /** Paused time, ms on `clock`. */
  readonly paused: number;
  readonly clock: Clock;
  /** The target in effect during the segment (ms). */
  readonly target: number;
  readonly days?: readonly ExplainedDay[];
}

/**
 * Why a metric's deadline is where it is: its cycle's segments, and the
 * figures they add up to.
 *
 * @example
 * ```ts
 * const why = explainSla(wf.sla!, events, "resolution", now);
 * for (const s of why.segments) console.log(s.from, s.run, s.category, s.counted);
 * ```
 */
export interface SlaExplanation {
  readonly metric: string;
  /** Index of the cycle explained (the latest). */
  readonly cycle: number;
  readonly segments: readonly SlaSegment[];
  readonly report: SlaCycleReport | null;
}

/**
 * An estimated resolution instant (R001-4), as a requester is shown it:
 * `running` is the current due instant; `paused` assumes the clock resumes
 * at `now`; `overdue` is past due; `resolved` is the stop instant.
 *
 * @example
 * ```ts
 * estimateResolution(wf.sla!, ticket.sla!, now); // { at: "2025-09-26T21:00:00.000Z", basis: "running" }
 * ```
 */
export interface ResolutionEstimate {
  readonly at: string;
  readonly basis: "new" | "running" | "paused" | "overdue" | "resolved";
}

/**
 * What a new ticket's resolution estimate depends on.
 *
 * @example
 * ```ts
 * estimateResolution(wf.sla!, { priority: "urgent", category: ["orders"] }, now); // now: the request's time
 * ```
 */
export interface NewTicketFacts {
  readonly priority?: string | null;
  readonly category?: readonly string[];
  readonly channel?: string | null;
}

/**
 * A warning or breach to fire, at its instant `at`. It is due for a sweep
 * 1 ms after `at`, once the clock has run there: a reply or a pause at `at`
 * itself comes first, and then nothing falls.
 *
 * @example
 * ```ts
 * // { kind: "sla_breached", metric: "first_reply", cycle: 0, at: "2025-09-22T12:00:00.000Z" }
 * ```
 */
export interface SlaDue {
  readonly kind: "sla_warning" | "sla_breached";
  readonly metric: string;
  readonly cycle: number;
  readonly at: string;
}

/**
 * A status's category, as a workflow definition gives it.
 *
 * @example
 * ```ts
 * const statuses: SlaStatuses = { open: { category: "open" }, waiting: { category: "waiting_on_requester" } };
 * ```
 */
export type SlaStatuses = { readonly [status: string]: { readonly category: StatusCategory } };

/**
 * What a tracker needs besides the policy: the calendar of business clocks,
 * the workflow's statuses and initial status, and older policy versions
 * still pinned on tickets.
 *
 * @example
 * ```ts
 * const tracker = policy.track({ calendar, workflow: definition, previousSla: [policyV1] });
 * ```
 */
export interface TrackOptions {
  readonly calendar?: Calendar;
  readonly workflow: { readonly initial: string; readonly statuses: SlaStatuses };
  readonly previousSla?: readonly SlaPolicy[];
}

/**
 * Everything the SLA clocks need from a ticket after an event.
 *
 * @example
 * ```ts
 * const view: SlaView = { status: "open", category: ["orders"], channel: null, fields: { priority: "urgent" } };
 * ```
 */
export interface SlaView {
  readonly status: string;
  readonly category: readonly string[];
  readonly channel: string | null;
  readonly fields: { readonly [key: string]: unknown };
}

/**
 * SLA clocks for one calendar and workflow: the fold the workflow runs on
 * each event, and reports, explanations and estimates.
 *
 * @example
 * ```ts
 * const sla = policy.track({ calendar, workflow: definition });
 * const state = sla.fold(await store.events("T-1")); // a reporting job, no workflow needed
 * if (state) sla.report(state, now);
 * ```
 */
export interface SlaTracker {
  /** The policy new tickets get. */
  readonly policy: SlaPolicy;
  /** The SLA state after one more event (`view` is the ticket after it). */
  evolve(sla: TicketSla | undefined, event: TicketEvent, view: SlaView): TicketSla | undefined;
  /** The SLA state of a ticket from its stored events, without the workflow. */
  fold(events: readonly TicketEvent[]): TicketSla | undefined;
  /** Every metric's state at `now`. */
  report(sla: TicketSla, now: Instant): SlaReport;
  /** Warnings and breaches not yet fired, earliest first. */
  due(sla: TicketSla | undefined): SlaDue[];
  /** The earliest of {@link SlaTracker.due}, without listing the others. */
  next(sla: TicketSla | undefined): SlaDue | undefined;
}

/**
 * A checked policy. `definition` is the plain data given; `track` binds it
 * to a calendar and a workflow's statuses.
 *
 * @example
 * ```ts
 * const policy = defineSlaPolicy(definition);
 * const wf = defineWorkflow(workflowDefinition, { calendar, sla: policy });
 * ```
 */
export interface SlaPolicy {
  /** The policy's name, as the definition gives it. */
  readonly name: string;
  /** The policy's version, as the definition gives it. */
  readonly version: number;
  /** The plain data the policy was defined from. */
  readonly definition: SlaPolicyDefinition;
  /** Binds the policy to a calendar and a workflow's statuses: the tracker the workflow folds events with. */
  track(options: TrackOptions): SlaTracker;
}
