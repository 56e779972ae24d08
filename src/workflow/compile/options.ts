// The options a workflow is compiled with: the calendar of its business
// clock, its guard functions and its SLA policy.
import type { Calendar } from "../../calendar/types.js";
import { checkKeys, fail, isObject } from "../../check.js";
import { cores, policies, type SlaCore } from "../../sla/internal.js";
import type { SlaTracker } from "../../sla/types.js";
import type { Guard, WorkflowDefinition, WorkflowOptions } from "../types.js";

/** Checks the options object (no unknown key), its calendar and its guards (the SLA policy is checked later). */
export function compileOptions(options: WorkflowOptions): {
  readonly calendar: Calendar | undefined;
  readonly guards: { readonly [name: string]: Guard };
} {
  if (!isObject(options)) fail("options", "expected { calendar?, guards?, sla?, previousSla? }");
  checkKeys(options, ["calendar", "guards", "sla", "previousSla"], "options");
  const calendar: Calendar | undefined = (options as WorkflowOptions).calendar;
  if (calendar !== undefined && typeof (calendar as { add?: unknown }).add !== "function")
    fail("options.calendar", "expected a calendar from createCalendar()");
  const guards = (options as WorkflowOptions).guards ?? {};
  if (!isObject(guards)) fail("options.guards", "expected an object of guard functions");
  for (const [name, fn] of Object.entries(guards))
    if (typeof fn !== "function")
      fail(`options.guards.${name}`, "expected a function (ticket, command) => boolean");
  return { calendar, guards };
}

/** The SLA clocks of options.sla on this workflow: for hosts (tracker) and unchecked (sla). */
export function compileSla(
  def: WorkflowDefinition,
  options: WorkflowOptions,
  calendar: Calendar | undefined,
): { readonly tracker: SlaTracker | undefined; readonly sla: SlaCore | undefined } {
  const tracker = trackerOf(def, options, calendar);
  const sla = tracker === undefined ? undefined : cores.get(tracker);
  if (tracker !== undefined && sla === undefined)
    return fail("options.sla", "expected a policy from defineSlaPolicy()");
  return { tracker, sla };
}

/** The policy's tracker on this workflow's calendar and definition, or undefined without one. */
function trackerOf(
  def: WorkflowDefinition,
  options: WorkflowOptions,
  calendar: Calendar | undefined,
): SlaTracker | undefined {
  const { sla, previousSla } = options;
  if (sla === undefined) {
    if (previousSla !== undefined) fail("options.previousSla", "needs options.sla");
    return undefined;
  }
  if (!isObject(sla) || !policies.has(sla) || typeof sla.track !== "function")
    fail("options.sla", "expected a policy from defineSlaPolicy() (plazo/sla)");
  const previous = { previousSla: previousSla ?? [] };
  return sla.track(
    calendar === undefined
      ? { workflow: def, ...previous }
      : { calendar, workflow: def, ...previous },
  );
}
