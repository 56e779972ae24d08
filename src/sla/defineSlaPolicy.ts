import { CATEGORIES, describe, fail, isObject } from "../check.js";
import { epochMs } from "../iso.js";
import { checkEvent } from "../workflow/events.js";
import { checkSla, checkView } from "./check.js";
import { type Context, contexts } from "./clock.js";
import { type CompiledPolicy, compilePolicy } from "./definition.js";
import { evolveSla, foldSla } from "./fold.js";
import { cores, policies } from "./internal.js";
import { dueOf, nextDueOf, reportOf } from "./report.js";
import type {
  SlaPolicy,
  SlaPolicyDefinition,
  SlaTracker,
  StatusCategory,
  TrackOptions,
} from "./types.js";

const compiled = new WeakMap<SlaPolicy, CompiledPolicy>();

/** The tracker's bindings, from the policy and the options of `track`. */
function contextOf(policy: SlaPolicy, options: TrackOptions): Context {
  if (!isObject(options)) fail("options", "expected { calendar?, workflow, previousSla? }");
  const { calendar, workflow, previousSla = [] } = options;
  if (calendar !== undefined && typeof (calendar as { add?: unknown }).add !== "function")
    fail("options.calendar", "expected a calendar from createCalendar()");
  if (!isObject(workflow) || !isObject(workflow.statuses))
    fail("options.workflow", "expected a workflow definition { initial, statuses }");
  const categories = new Map<string, StatusCategory>();
  for (const [name, s] of Object.entries(workflow.statuses)) {
    if (!isObject(s) || !CATEGORIES.includes(s.category as StatusCategory))
      fail(`options.workflow.statuses.${name}.category`, "expected a status category");
    categories.set(name, s.category as StatusCategory);
  }
  if (!categories.has(workflow.initial as string))
    fail("options.workflow.initial", `unknown status ${describe(workflow.initial)}`);
  if (!Array.isArray(previousSla)) fail("options.previousSla", "expected an array of SLA policies");
  const policies = new Map<string, CompiledPolicy>();
  const all: unknown[] = [policy, ...previousSla];
  for (let i = 0; i < all.length; i++) {
    const p = all[i];
    const c = typeof p === "object" && p !== null ? compiled.get(p as SlaPolicy) : undefined;
    const path = i === 0 ? "options.sla" : `options.previousSla[${i - 1}]`;
    if (c === undefined) return fail(path, "expected a policy from defineSlaPolicy()");
    if (c.business && calendar === undefined)
      fail(
        "options.calendar",
        `${path} has business-clock targets: pass a calendar, or use clock: "wall"`,
      );
    policies.set(`${c.name}@${c.version}`, c);
  }
  const current = compiled.get(policy) as CompiledPolicy;
  return {
    checked: new WeakSet(),
    cal: calendar,
    current,
    initial: workflow.initial as string,
    categoryOf: (status, path = "ticket.status") => {
      const c = categories.get(status);
      return c === undefined ? fail(path, `unknown status ${describe(status)}`) : c;
    },
    policyOf: (sla, path) =>
      (sla.policy === current.name && sla.version === current.version ? current : undefined) ??
      policies.get(`${sla.policy}@${sla.version}`) ??
      fail(
        path,
        `SLA policy ${describe(sla.policy)} version ${describe(sla.version)} is not known here; pass it in options.previousSla`,
      ),
  };
}

function track(policy: SlaPolicy, options: TrackOptions): SlaTracker {
  const x = contextOf(policy, options);
  const check = (sla: unknown, path: string) => checkSla(x, sla, path);
  const maybe = (sla: unknown) => (sla === undefined ? undefined : check(sla, "sla"));
  const tracker: SlaTracker = {
    policy,
    evolve: (sla, event, view) => {
      const e = checkEvent(event, "event");
      return evolveSla(x, maybe(sla), e, checkView(x, view, "view"), "event");
    },
    fold: (events) => foldSla(x, events),
    report: (sla, now) => reportOf(x, check(sla, "sla"), epochMs(now, "now")),
    due: (sla) => dueOf(maybe(sla)),
    next: (sla) => nextDueOf(maybe(sla)),
  };
  contexts.set(tracker, x);
  cores.set(tracker, {
    policy,
    check,
    evolve: (sla, e, view, where, at) => evolveSla(x, sla, e, view, where, at),
    next: nextDueOf,
    due: dueOf,
  });
  return tracker;
}

/**
 * Defines an SLA policy from plain data: built-in `first_reply`,
 * `next_reply` and `resolution` metrics or custom ones, targets per
 * priority (narrowed by category or channel, first match wins, a default
 * last), pauses per status category, warnings and reopen behaviour. The
 * definition is checked at once; a mistake throws `InvalidArgumentError`
 * naming its path (`metrics.resolution.targets[1].priority`).
 *
 * @example
 * ```ts
 * import { defineSlaPolicy } from "plazo/sla";
 * const policy = defineSlaPolicy({
 *   name: "seller-help", version: 1,
 *   priority: { values: ["normal", "urgent"], default: "normal" },
 *   metrics: {
 *     first_reply: { targets: [{ within: { hours: 48 } }], warnBefore: { hours: 4 } }, // R000-9
 *     resolution: { targets: [{ priority: "urgent", within: { hours: 8 } }, { within: { businessDays: 5 } }] },
 *   },
 * });
 * const wf = defineWorkflow(definition, { calendar, sla: policy });
 * ```
 */
export function defineSlaPolicy(definition: SlaPolicyDefinition): SlaPolicy {
  const c = compilePolicy(definition);
  const policy: SlaPolicy = {
    name: c.name,
    version: c.version,
    definition,
    track: (options) => track(policy, options),
  };
  compiled.set(policy, c);
  policies.add(policy);
  return policy;
}
