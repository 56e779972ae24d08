/**
 * The ticket lifecycle: statuses, transitions with roles and guards,
 * business-time timers and windows as plain data, effects returned to the
 * host, and tickets that are the fold of their JSON events.
 *
 * @example
 * ```ts
 * import { defineWorkflow } from "plazo/workflow";
 * const wf = defineWorkflow(definition, { calendar });
 * const r = wf.apply(ticket, { type: "solve", at, actor: { role: "agent", id: "a-3" } });
 * ```
 * @module plazo/workflow
 */
export { InvalidArgumentError, OutOfRangeError, PlazoError } from "../errors.js";
export {
  type CommandOf,
  defineWorkflow,
  type EventOf,
  type StatusOf,
  type Workflow,
  type WorkflowOf,
} from "./defineWorkflow.js";
export { REFUSAL_CODES } from "./messages.js";
export type {
  Actor,
  ApplyOptions,
  ApplyResult,
  ArmedTimer,
  AttachmentInfo,
  Clock,
  Command,
  CommentCommand,
  CommentEvent,
  CreateCommand,
  CreatedEvent,
  Deadline,
  DueTimer,
  Effect,
  EffectDefinition,
  EventCommand,
  FieldChangedEvent,
  Guard,
  JsonObject,
  JsonValue,
  Label,
  Locale,
  OpenWindow,
  Refusal,
  RefusalCode,
  Role,
  SetFieldCommand,
  SlaAppliedEvent,
  SlaNotifiedEvent,
  Span,
  StatusCategory,
  StatusChangedEvent,
  StatusDefinition,
  Step,
  Ticket,
  TicketDetails,
  TicketEvent,
  TimerDefinition,
  TimerFiredEvent,
  TransitionDefinition,
  WindowDefinition,
  WorkflowDefinition,
  WorkflowOptions,
} from "./types.js";
