import type { Calendar } from "../calendar/types.js";
import { checkKeys, describe, fail, isObject } from "../check.js";
import type { SlaCore } from "../sla/internal.js";
import type { SlaTracker } from "../sla/types.js";
import { checkReachable, checkShadowed, checkSharedWindows } from "./compile/graph.js";
import { compileOptions, compileSla } from "./compile/options.js";
import { type CompileContext, effects, knownStatus, roles } from "./compile/parts.js";
import { compileStatuses } from "./compile/statuses.js";
import { compileTransitions } from "./compile/transitions.js";
import type {
  Clock,
  EffectDefinition,
  Guard,
  Role,
  WorkflowDefinition,
  WorkflowOptions,
} from "./types.js";

/** A span ready to evaluate: open ms or business days on a calendar, or wall ms. */
export interface CompiledSpan {
  readonly clock: Clock;
  /** Milliseconds (wall or open time); 0 with business days. */
  readonly ms: number;
  readonly businessDays: number;
  /**
   * With business days: the local time of day the span ends at on the n-th
   * business day, in ms after local midnight; undefined is the day's close.
   */
  readonly at: number | undefined;
}
export interface CompiledTimer {
  readonly name: string;
  readonly index: number;
  readonly span: CompiledSpan;
  /** 1 for `after`, the `times` limit (or Infinity) for `every`. */
  readonly times: number;
  readonly from: string | undefined;
  readonly fire: string | undefined;
  readonly effects: readonly EffectDefinition[];
}
export interface CompiledTransition {
  readonly index: number;
  readonly event: string;
  readonly to: string;
  readonly roles: ReadonlySet<Role>;
  readonly guards: readonly { readonly name: string; readonly fn: Guard }[];
  readonly window: { readonly span: CompiledSpan; readonly from: string | undefined } | undefined;
  readonly effects: readonly EffectDefinition[];
}
export interface CompiledStatus {
  readonly name: string;
  readonly final: boolean;
  readonly comments: ReadonlySet<Role>;
  readonly timers: readonly CompiledTimer[];
  readonly onEnter: readonly EffectDefinition[];
  /** Transitions leaving this status, by event, in definition order. */
  readonly byEvent: ReadonlyMap<string, readonly CompiledTransition[]>;
  /** Transitions leaving this status that have a window. */
  readonly windowed: readonly CompiledTransition[];
}
/** A workflow definition checked and indexed for the engine. */
export interface CompiledWorkflow {
  /** The SLA clocks, when the workflow has a policy: unchecked, for the engine. */
  readonly sla: SlaCore | undefined;
  /** The same clocks with checked methods, for hosts (`wf.sla`). */
  readonly tracker: SlaTracker | undefined;
  readonly initial: string;
  readonly statuses: ReadonlyMap<string, CompiledStatus>;
  readonly editors: ReadonlySet<Role>;
  readonly onCreate: readonly EffectDefinition[];
  /** Every command type apply accepts. */
  readonly events: ReadonlySet<string>;
  readonly calendar: Calendar | undefined;
}

/** Checks a definition and indexes it; throws InvalidArgumentError naming the path. */
export function compileWorkflow(
  def: WorkflowDefinition,
  options: WorkflowOptions = {},
): CompiledWorkflow {
  if (!isObject(def)) fail("definition", "expected a workflow definition object");
  checkKeys(def, ["initial", "statuses", "transitions", "onCreate", "editors"], "definition");
  const ctx = contextOf(def, options);
  knownStatus(ctx, def.initial, "initial");
  if (!Array.isArray(def.transitions)) fail("transitions", "expected an array of transitions");
  // Transitions first: timers and windows refer to their events.
  const transitions = compileTransitions(ctx, def.transitions);
  const statuses = compileStatuses(ctx, transitions);
  checkShadowed(statuses);
  checkSharedWindows(statuses);
  checkReachable(def.initial, ctx.names, transitions.leaving);
  if (def.editors !== undefined) roles(def.editors, "editors", true);
  const { tracker, sla } = compileSla(def, options, ctx.calendar);
  const { events } = transitions;
  if (tracker !== undefined) reserveSlaCommand(events);
  return {
    initial: def.initial,
    statuses,
    editors: new Set(def.editors ?? ["agent", "admin", "system"]),
    onCreate: effects(def.onCreate, "onCreate"),
    events,
    calendar: ctx.calendar,
    sla,
    tracker,
  };
}

/** The options checked, and the status names (at least one status). */
function contextOf(def: WorkflowDefinition, options: WorkflowOptions): CompileContext {
  const { calendar, guards } = compileOptions(options);
  if (!isObject(def.statuses) || Object.keys(def.statuses).length === 0)
    fail("statuses", "expected an object with at least one status");
  return { def, names: Object.keys(def.statuses), guards, calendar };
}

/** Adds the SLA re-apply command to the events; no transition may already use its name. */
function reserveSlaCommand(events: Set<string>): void {
  if (events.has(APPLY_SLA))
    fail("transitions", `the event ${describe(APPLY_SLA)} is the SLA re-apply command`);
  events.add(APPLY_SLA);
}

/** The command that pins the workflow's current SLA policy on a ticket. */
export const APPLY_SLA = "apply_sla";
