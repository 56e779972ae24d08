/**
 * SLA policies as data: first reply, next reply, resolution and custom
 * clocks in business time, with pauses, targets per priority, warnings and
 * breaches that fall only in running time.
 *
 * @example
 * ```ts
 * import { defineSlaPolicy } from "plazo/sla";
 * const policy = defineSlaPolicy({ name: "support", version: 1, metrics: { first_reply: { targets: [{ within: { hours: 48 } }] } } });
 * const wf = defineWorkflow(definition, { calendar, sla: policy });
 * wf.sla?.report(ticket.sla!, now).metrics.first_reply?.dueAt;
 * ```
 * @module plazo/sla
 */
export { InvalidArgumentError, OutOfRangeError, PlazoError } from "../errors.js";
export { defineSlaPolicy } from "./defineSlaPolicy.js";
export { estimateResolution } from "./estimate.js";
export { explainSla } from "./explain.js";
export type {
  Clock,
  NewTicketFacts,
  ResolutionEstimate,
  SlaCondition,
  SlaCycle,
  SlaCycleReport,
  SlaDue,
  SlaExplanation,
  SlaMetricDefinition,
  SlaMetricReport,
  SlaPolicy,
  SlaPolicyDefinition,
  SlaReport,
  SlaSegment,
  SlaSpan,
  SlaState,
  SlaStatuses,
  SlaTarget,
  SlaTracker,
  SlaView,
  StatusCategory,
  TicketSla,
  TrackOptions,
} from "./types.js";
