import type { Calendar } from "../calendar/types.js";
import { CATEGORIES, checkKeys, describe, fail, isName, isObject, list, ROLES } from "../check.js";
import { isLabel } from "../locale.js";
import { cores, policies, type SlaCore } from "../sla/internal.js";
import type { SlaTracker } from "../sla/types.js";
import type {
  Clock,
  EffectDefinition,
  Guard,
  Role,
  StatusDefinition,
  TimerDefinition,
  TransitionDefinition,
  WorkflowDefinition,
  WorkflowOptions,
} from "./types.js";

/** A span ready to evaluate: open ms or business days on a calendar, or wall ms. */
export interface CompiledSpan {
  readonly clock: Clock;
  /** Milliseconds (wall or open time); 0 with business days. */
  readonly ms: number;
  readonly businessDays: number;
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

const WALL_UNITS = {
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1000,
  milliseconds: 1,
};

function roles(v: unknown, path: string, allowEmpty: boolean): Set<Role> {
  if (!Array.isArray(v) || (!allowEmpty && v.length === 0))
    fail(path, `expected ${allowEmpty ? "an" : "a non-empty"} array of roles (${list(ROLES)})`);
  v.forEach((r, i) => {
    if (!ROLES.includes(r))
      fail(`${path}[${i}]`, `unknown role ${describe(r)}; expected one of ${list(ROLES)}`);
  });
  return new Set(v as Role[]);
}

function effects(v: unknown, path: string): readonly EffectDefinition[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) fail(path, "expected an array of effects");
  v.forEach((e, i) => {
    const p = `${path}[${i}]`;
    if (!isObject(e)) fail(p, "expected an effect { type, to?, template? }");
    checkKeys(e, ["type", "to", "template"], p);
    if (!isName(e.type)) fail(`${p}.type`, "expected a non-empty string");
    if (e.to !== undefined && !ROLES.includes(e.to as Role))
      fail(`${p}.to`, `unknown role ${describe(e.to)}; expected one of ${list(ROLES)}`);
    if (e.template !== undefined && !isName(e.template))
      fail(`${p}.template`, "expected a non-empty string");
  });
  return v as EffectDefinition[];
}

function span(
  v: unknown,
  clockValue: unknown,
  path: string,
  clockPath: string,
  calendar: Calendar | undefined,
): CompiledSpan {
  if (clockValue !== undefined && clockValue !== "business" && clockValue !== "wall")
    fail(clockPath, `expected "business" or "wall", got ${describe(clockValue)}`);
  const clock: Clock = clockValue ?? "business";
  if (clock === "business" && calendar === undefined)
    fail(
      clockPath,
      'the business clock needs options.calendar; pass a calendar or use clock: "wall"',
    );
  if (!isObject(v)) fail(path, "expected a span such as { hours: 27 } or { businessDays: 3 }");
  if ("businessDays" in v) {
    checkKeys(v, ["businessDays"], path);
    const n = v.businessDays;
    if (typeof n !== "number" || !Number.isInteger(n) || n < 1)
      fail(`${path}.businessDays`, `expected a whole number ≥ 1, got ${describe(n)}`);
    if (clock === "wall")
      fail(path, 'businessDays count on the business clock; remove clock: "wall"');
    return { clock, ms: 0, businessDays: n };
  }
  checkKeys(v, Object.keys(WALL_UNITS), path);
  if (clock === "business" && "days" in v)
    fail(
      `${path}.days`,
      'on the business clock use businessDays or hours; days are for clock: "wall"',
    );
  let ms = 0;
  for (const [unit, size] of Object.entries(WALL_UNITS)) {
    const n = v[unit];
    if (n === undefined) continue;
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0)
      fail(`${path}.${unit}`, `expected a finite number ≥ 0, got ${describe(n)}`);
    ms += n * size;
  }
  if (!(ms >= 1)) fail(path, "a span must be at least 1 millisecond long");
  if (ms > 8.64e15) fail(path, "a span must fit in the range of a Date (8.64e15 ms)");
  return { clock, ms: Math.round(ms), businessDays: 0 };
}

/** Checks a definition and indexes it; throws InvalidArgumentError naming the path. */
export function compileWorkflow(
  def: WorkflowDefinition,
  options: WorkflowOptions = {},
): CompiledWorkflow {
  if (!isObject(def)) fail("definition", "expected a workflow definition object");
  checkKeys(def, ["initial", "statuses", "transitions", "onCreate", "editors"], "definition");
  if (!isObject(options)) fail("options", "expected { calendar?, guards? }");
  const calendar: Calendar | undefined = (options as WorkflowOptions).calendar;
  if (calendar !== undefined && typeof (calendar as { add?: unknown }).add !== "function")
    fail("options.calendar", "expected a calendar from createCalendar()");
  const guards = (options as WorkflowOptions).guards ?? {};
  if (!isObject(guards)) fail("options.guards", "expected an object of guard functions");
  for (const [name, fn] of Object.entries(guards))
    if (typeof fn !== "function")
      fail(`options.guards.${name}`, "expected a function (ticket, command) => boolean");

  if (!isObject(def.statuses) || Object.keys(def.statuses).length === 0)
    fail("statuses", "expected an object with at least one status");
  const names = Object.keys(def.statuses);
  const known = (s: unknown, path: string): string => {
    if (typeof s !== "string" || !Object.hasOwn(def.statuses, s))
      fail(path, `unknown status ${describe(s)}; statuses are ${list(names)}`);
    return s;
  };
  known(def.initial, "initial");
  if (!Array.isArray(def.transitions)) fail("transitions", "expected an array of transitions");

  // Transitions first: timers and windows refer to their events.
  const events = new Set<string>(["comment", "set_field"]);
  const leaving = new Map<string, CompiledTransition[]>(names.map((n) => [n, []]));
  def.transitions.forEach((t: TransitionDefinition, index) => {
    const p = `transitions[${index}]`;
    if (!isObject(t)) fail(p, "expected a transition { event, from, to, roles }");
    checkKeys(t, ["event", "label", "from", "to", "roles", "guards", "window", "effects"], p);
    if (!isName(t.event)) fail(`${p}.event`, "expected a non-empty string");
    if (t.label !== undefined && !isLabel(t.label))
      fail(`${p}.label`, "expected a non-empty string or { es, pt, en } strings");
    const from = typeof t.from === "string" ? [t.from] : t.from;
    if (!Array.isArray(from) || from.length === 0)
      fail(`${p}.from`, "expected a status or a non-empty array of statuses");
    from.forEach((s, i) => {
      known(s, typeof t.from === "string" ? `${p}.from` : `${p}.from[${i}]`);
    });
    known(t.to, `${p}.to`);
    if (t.guards !== undefined && !Array.isArray(t.guards))
      fail(`${p}.guards`, "expected an array of guard names");
    const gs = (t.guards ?? []).map((g, i) => {
      if (typeof g !== "string" || !Object.hasOwn(guards, g))
        fail(`${p}.guards[${i}]`, `no guard named ${describe(g)} in options.guards`);
      return { name: g, fn: guards[g] as Guard };
    });
    let window: CompiledTransition["window"];
    if (t.window !== undefined) {
      const w = t.window;
      if (!isObject(w)) fail(`${p}.window`, "expected { within, clock?, from? }");
      checkKeys(w, ["within", "clock", "from"], `${p}.window`);
      window = {
        span: span(w.within, w.clock, `${p}.window.within`, `${p}.window.clock`, calendar),
        from: w.from,
      };
    }
    const compiled: CompiledTransition = {
      index,
      event: t.event,
      to: t.to,
      roles: roles(t.roles, `${p}.roles`, false),
      guards: gs,
      window,
      effects: effects(t.effects, `${p}.effects`),
    };
    events.add(t.event);
    for (const s of new Set(from)) leaving.get(s)?.push(compiled);
  });
  // Window `from` events are checked once every event is known.
  def.transitions.forEach((t, i) => {
    const from = t.window?.from;
    if (from !== undefined && !events.has(from))
      fail(
        `transitions[${i}].window.from`,
        `unknown event ${describe(from)}; events are ${list([...events])}`,
      );
  });

  const statuses = new Map<string, CompiledStatus>();
  for (const name of names) {
    const s: StatusDefinition = def.statuses[name] as StatusDefinition;
    const p = `statuses.${name}`;
    if (!isObject(s)) fail(p, "expected a status { category, label }");
    checkKeys(s, ["category", "label", "final", "comments", "timers", "onEnter"], p);
    if (!CATEGORIES.includes(s.category))
      fail(
        `${p}.category`,
        `unknown category ${describe(s.category)}; expected one of ${list(CATEGORIES)}`,
      );
    if (!isLabel(s.label))
      fail(`${p}.label`, "expected a non-empty string or { es, pt, en } strings");
    if (s.final !== undefined && typeof s.final !== "boolean")
      fail(`${p}.final`, "expected a boolean");
    const final = s.final === true;
    const out = leaving.get(name) ?? [];
    if (s.timers !== undefined && !Array.isArray(s.timers))
      fail(`${p}.timers`, "expected an array of timers");
    if (s.comments !== undefined && !Array.isArray(s.comments))
      fail(`${p}.comments`, "expected an array of roles");
    if (final) {
      if (out.length > 0)
        fail(
          `transitions[${out[0]?.index}].from`,
          `${describe(name)} is final: a final status absorbs everything and has no way out`,
        );
      if (s.timers !== undefined && s.timers.length > 0)
        fail(`${p}.timers`, "a final status has no timers");
      if (s.comments !== undefined && s.comments.length > 0)
        fail(`${p}.comments`, "a final status accepts no comments (R000-12)");
    } else if (!out.some((t) => t.to !== name)) {
      fail(
        p,
        `${describe(name)} is not final but has no transition to another status: a ticket there could never move on`,
      );
    }
    const comments =
      s.comments === undefined
        ? new Set<Role>(final ? [] : ROLES)
        : roles(s.comments, `${p}.comments`, true);

    const seen = new Set<string>();
    const timers = (s.timers ?? []).map((tm: TimerDefinition, index): CompiledTimer => {
      const tp = `${p}.timers[${index}]`;
      if (!isObject(tm)) fail(tp, "expected a timer { name, after | every, fire | effects }");
      checkKeys(tm, ["name", "after", "every", "times", "clock", "from", "fire", "effects"], tp);
      if (!isName(tm.name)) fail(`${tp}.name`, "expected a non-empty string");
      if (seen.has(tm.name))
        fail(`${tp}.name`, `another timer of ${describe(name)} is named ${describe(tm.name)}`);
      seen.add(tm.name);
      if ((tm.after === undefined) === (tm.every === undefined))
        fail(tp, "expected exactly one of after or every");
      const repeat = tm.every !== undefined;
      const sp = span(
        repeat ? tm.every : tm.after,
        tm.clock,
        `${tp}.${repeat ? "every" : "after"}`,
        `${tp}.clock`,
        calendar,
      );
      if (tm.times !== undefined) {
        if (!repeat) fail(`${tp}.times`, "times goes with every");
        if (!Number.isInteger(tm.times) || tm.times < 1)
          fail(`${tp}.times`, `expected a whole number ≥ 1, got ${describe(tm.times)}`);
      }
      if (tm.from !== undefined && !events.has(tm.from))
        fail(`${tp}.from`, `unknown event ${describe(tm.from)}; events are ${list([...events])}`);
      const fx = effects(tm.effects, `${tp}.effects`);
      if (tm.fire === undefined && fx.length === 0)
        fail(tp, "a timer must fire an event or emit effects");
      if (tm.fire !== undefined) {
        const takes = out.some((t) => t.event === tm.fire && t.roles.has("system"));
        if (!takes)
          fail(
            `${tp}.fire`,
            `no transition from ${describe(name)} takes ${describe(tm.fire)} for the role "system"`,
          );
      }
      return {
        name: tm.name,
        index,
        span: sp,
        times: repeat ? (tm.times ?? Number.POSITIVE_INFINITY) : 1,
        from: tm.from,
        fire: tm.fire,
        effects: fx,
      };
    });

    const byEvent = new Map<string, CompiledTransition[]>();
    for (const t of out) byEvent.set(t.event, [...(byEvent.get(t.event) ?? []), t]);
    statuses.set(name, {
      name,
      final,
      comments,
      timers,
      onEnter: effects(s.onEnter, `${p}.onEnter`),
      byEvent,
      windowed: out.filter((t) => t.window !== undefined),
    });
  }

  // A transition that an earlier one always takes first can never be taken.
  for (const [name, st] of statuses)
    for (const ts of st.byEvent.values())
      ts.forEach((later, j) => {
        for (const earlier of ts.slice(0, j)) {
          if (earlier.guards.length > 0 || earlier.window !== undefined) continue;
          if ([...later.roles].every((r) => earlier.roles.has(r)))
            fail(
              `transitions[${later.index}]`,
              `duplicate: transitions[${earlier.index}] already takes ${describe(later.event)} from ${describe(name)} for the same roles, so this one can never be taken`,
            );
        }
      });
  // The same (event, to) twice from one status with windows would share one window.
  for (const [name, st] of statuses) {
    const keys = new Set<string>();
    for (const t of st.windowed) {
      const key = `${t.event}\u0000${t.to}`;
      if (keys.has(key))
        fail(
          `transitions[${t.index}].window`,
          `another windowed transition takes ${describe(t.event)} from ${describe(name)} to ${describe(t.to)}`,
        );
      keys.add(key);
    }
  }

  // Every status must be reachable from the initial one.
  const reached = new Set([def.initial]);
  const queue = [def.initial];
  for (let s = queue.pop(); s !== undefined; s = queue.pop())
    for (const t of leaving.get(s) ?? [])
      if (!reached.has(t.to)) {
        reached.add(t.to);
        queue.push(t.to);
      }
  for (const name of names)
    if (!reached.has(name))
      fail(
        `statuses.${name}`,
        `unreachable: no path of transitions leads from ${describe(def.initial)} to it`,
      );

  if (def.editors !== undefined) roles(def.editors, "editors", true);
  const tracker = slaOf(def, options, calendar);
  const sla = tracker === undefined ? undefined : cores.get(tracker);
  if (tracker !== undefined) {
    if (sla === undefined) return fail("options.sla", "expected a policy from defineSlaPolicy()");
    if (events.has(APPLY_SLA))
      fail("transitions", `the event ${describe(APPLY_SLA)} is the SLA re-apply command`);
    events.add(APPLY_SLA);
  }
  return {
    initial: def.initial,
    statuses,
    editors: new Set(def.editors ?? ["agent", "admin", "system"]),
    onCreate: effects(def.onCreate, "onCreate"),
    events,
    calendar,
    sla,
    tracker,
  };
}

/** The command that pins the workflow's current SLA policy on a ticket. */
export const APPLY_SLA = "apply_sla";

function slaOf(
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
