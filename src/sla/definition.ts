import { CATEGORIES, checkKeys, describe, fail, isName, isObject, list, ROLES } from "../check.js";
import type {
  Clock,
  SlaCondition,
  SlaMetricDefinition,
  SlaPolicyDefinition,
  SlaTarget,
  StatusCategory,
} from "./types.js";

/** The metrics with built-in start and stop rules. */
export const BUILT_IN = ["first_reply", "next_reply", "resolution"] as const;
export type MetricKind = (typeof BUILT_IN)[number] | "custom";

export interface CompiledTarget {
  readonly priority: ReadonlySet<string> | null;
  readonly category: readonly string[] | null;
  readonly channel: ReadonlySet<string> | null;
  /** Open or wall ms; 0 with business days. */
  readonly ms: number;
  readonly businessDays: number;
  readonly clock: Clock;
}
export interface CompiledMetric {
  readonly name: string;
  readonly kind: MetricKind;
  readonly targets: readonly CompiledTarget[];
  readonly pauseOn: ReadonlySet<StatusCategory>;
  readonly warnMs: number;
  readonly newCycleOnReopen: boolean;
  readonly start: readonly SlaCondition[];
  readonly stop: readonly SlaCondition[];
}
export interface CompiledPolicy {
  readonly name: string;
  readonly version: number;
  readonly priorityField: string;
  readonly priorities: ReadonlySet<string> | null;
  readonly defaultPriority: string | null;
  readonly metrics: readonly CompiledMetric[];
  /** Some target runs on the business clock. */
  readonly business: boolean;
  /** Some metric is custom (its conditions may hold on any event). */
  readonly custom: boolean;
}

const UNITS = { days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000 };

function duration(v: unknown, path: string, units: readonly string[]): number {
  if (!isObject(v)) fail(path, "expected a duration such as { hours: 48 }");
  checkKeys(v, units, path);
  let ms = 0;
  for (const unit of units) {
    const n = v[unit];
    if (n === undefined) continue;
    if (typeof n !== "number" || !Number.isFinite(n) || n < 0)
      fail(`${path}.${unit}`, `expected a finite number ≥ 0, got ${describe(n)}`);
    ms += n * UNITS[unit as keyof typeof UNITS];
  }
  if (!(ms >= 1)) fail(path, "must be at least 1 millisecond long");
  return Math.round(ms);
}

/** A whole number ≥ 1. */
function whole(v: unknown, path: string): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 1)
    fail(path, `expected a whole number ≥ 1, got ${describe(v)}`);
  return v;
}

/** Throws unless `v` is one of `allowed` (or undefined, when `optional`). */
function oneOf<T>(v: unknown, allowed: readonly T[], path: string, optional = true): T {
  if ((v !== undefined || !optional) && !allowed.includes(v as T))
    fail(path, `expected one of ${list(allowed as readonly string[])}, got ${describe(v)}`);
  return v as T;
}

const CLOCKS: readonly Clock[] = ["business", "wall"];

const strings = (v: unknown, path: string): readonly string[] => {
  const a = typeof v === "string" ? [v] : v;
  if (!Array.isArray(a) || a.length === 0 || !a.every(isName))
    fail(path, "expected a non-empty string or a non-empty array of them");
  return a;
};

/** An array of values of `allowed`, as a set. */
function setOf<T>(v: unknown, allowed: readonly T[], path: string): Set<T> {
  if (!Array.isArray(v)) fail(path, `expected an array of ${list(allowed as readonly string[])}`);
  v.forEach((c, i) => {
    oneOf(c, allowed, `${path}[${i}]`, false);
  });
  return new Set(v);
}

function condition(v: unknown, path: string): SlaCondition {
  if (!isObject(v)) fail(path, 'expected a condition such as { on: "created" }');
  const keys: Record<string, readonly string[]> = {
    created: ["on"],
    comment: ["on", "roles", "visibility"],
    status: ["on", "enter", "leave"],
    event: ["on", "event"],
    field: ["on", "field"],
  };
  const allowed = keys[v.on as string];
  if (allowed === undefined)
    fail(`${path}.on`, `expected one of ${list(Object.keys(keys))}, got ${describe(v.on)}`);
  checkKeys(v, allowed, path);
  if (v.roles !== undefined) setOf(v.roles, ROLES, `${path}.roles`);
  oneOf(v.visibility, ["public", "internal"], `${path}.visibility`);
  if (v.on === "status" && v.enter === undefined && v.leave === undefined)
    fail(path, "a status condition needs enter or leave");
  for (const k of ["enter", "leave"])
    if (v[k] !== undefined) setOf(v[k], CATEGORIES, `${path}.${k}`);
  for (const k of ["event", "field"])
    if (v.on === k && !isName(v[k])) fail(`${path}.${k}`, `expected the ${k}'s name`);
  return v as SlaCondition;
}

function target(
  t: SlaTarget,
  path: string,
  clock: Clock,
  priorities: ReadonlySet<string> | null,
): CompiledTarget {
  if (!isObject(t)) fail(path, "expected a target { within, … }");
  checkKeys(t, ["priority", "category", "channel", "within", "clock"], path);
  let priority: Set<string> | null = null;
  if (t.priority !== undefined) {
    if (priorities === null) fail(`${path}.priority`, "the policy declares no priorities");
    priority = new Set(strings(t.priority, `${path}.priority`));
    for (const p of priority) oneOf(p, [...priorities], `${path}.priority`, false);
  }
  if (t.category !== undefined && (!Array.isArray(t.category) || !t.category.every(isName)))
    fail(`${path}.category`, 'expected a category path such as ["orders", "missing"]');
  const own: Clock = oneOf(t.clock, CLOCKS, `${path}.clock`) ?? clock;
  const w = t.within as Record<string, unknown>;
  let ms = 0;
  let businessDays = 0;
  if (isObject(w) && "businessDays" in w) {
    checkKeys(w, ["businessDays"], `${path}.within`);
    businessDays = whole(w.businessDays, `${path}.within.businessDays`);
    if (own === "wall")
      fail(`${path}.within`, 'businessDays count on the business clock, not "wall"');
  } else ms = duration(w, `${path}.within`, Object.keys(UNITS));
  return {
    priority,
    category: t.category ?? null,
    channel: t.channel === undefined ? null : new Set(strings(t.channel, `${path}.channel`)),
    ms,
    businessDays,
    clock: own,
  };
}

function metric(
  name: string,
  m: SlaMetricDefinition,
  priorities: ReadonlySet<string> | null,
): CompiledMetric {
  const path = `metrics.${name}`;
  if (name === "__proto__") fail(path, "not a metric name (it would be the prototype of objects)");
  if (!isObject(m)) fail(path, "expected a metric { targets, … }");
  const kind: MetricKind = (BUILT_IN as readonly string[]).includes(name)
    ? (name as MetricKind)
    : "custom";
  const keys = ["targets", "clock", "pauseOn", "warnBefore"];
  if (kind === "resolution") keys.push("onReopen");
  if (kind === "custom") {
    if (m.start === undefined && m.stop === undefined)
      fail(
        path,
        `unknown metric; the built-in ones are ${list(BUILT_IN)}, a custom one needs start and stop`,
      );
    keys.push("start", "stop");
  }
  checkKeys(m, keys, path);
  oneOf(m.clock, CLOCKS, `${path}.clock`);
  if (!Array.isArray(m.targets) || m.targets.length === 0)
    fail(`${path}.targets`, "expected a non-empty array of targets");
  const targets = m.targets.map((t, i) =>
    target(t, `${path}.targets[${i}]`, m.clock ?? "business", priorities),
  );
  targets.forEach((t, i) => {
    if (i < targets.length - 1 && !t.priority && !t.category && !t.channel)
      fail(`${path}.targets[${i + 1}]`, "unreachable: the default (no conditions) comes last");
  });
  const open = (p: string | null) =>
    targets.some(
      (t) => !t.category && !t.channel && (!t.priority || (p !== null && t.priority.has(p))),
    );
  for (const p of priorities ?? [null])
    if (!open(p))
      fail(
        `${path}.targets`,
        `${p === null ? "a ticket" : `priority ${describe(p)}`} has no target and there is no default`,
      );
  let warnMs = 0;
  if (m.warnBefore !== undefined) {
    warnMs = duration(m.warnBefore, `${path}.warnBefore`, ["hours", "minutes", "seconds"]);
    const i = targets.findIndex((t) => t.businessDays === 0 && warnMs >= t.ms);
    if (i >= 0)
      fail(`${path}.warnBefore`, `must be below every target (targets[${i}] is not longer)`);
  }
  oneOf(m.onReopen, ["resume", "new_cycle"], `${path}.onReopen`);
  const conditions = (v: unknown, p: string) => {
    if (!Array.isArray(v) || v.length === 0) fail(p, "expected a non-empty array of conditions");
    return v.map((c, i) => condition(c, `${p}[${i}]`));
  };
  return {
    name,
    kind,
    targets,
    pauseOn: setOf(
      m.pauseOn ?? (kind === "resolution" ? ["waiting_on_requester", "on_hold"] : []),
      CATEGORIES,
      `${path}.pauseOn`,
    ),
    warnMs,
    newCycleOnReopen: m.onReopen === "new_cycle",
    start: kind === "custom" ? conditions(m.start, `${path}.start`) : [],
    stop: kind === "custom" ? conditions(m.stop, `${path}.stop`) : [],
  };
}

/** Checks a policy definition and indexes it; throws InvalidArgumentError naming the path. */
export function compilePolicy(def: SlaPolicyDefinition): CompiledPolicy {
  if (!isObject(def)) fail("definition", "expected an SLA policy { name, version, metrics }");
  checkKeys(def, ["name", "version", "priority", "metrics"], "definition");
  if (!isName(def.name)) fail("name", "expected a non-empty string");
  whole(def.version, "version");
  let priorities: Set<string> | null = null;
  let defaultPriority: string | null = null;
  let priorityField = "priority";
  if (def.priority !== undefined) {
    const p = def.priority;
    if (!isObject(p)) fail("priority", "expected { field?, values, default }");
    checkKeys(p, ["field", "values", "default"], "priority");
    if (p.field !== undefined && (!isName(p.field) || p.field === "__proto__"))
      fail("priority.field", "expected a field name");
    priorityField = p.field ?? "priority";
    priorities = new Set(strings(p.values, "priority.values"));
    defaultPriority = oneOf(p.default, [...priorities], "priority.default", false);
  }
  if (!isObject(def.metrics) || Object.keys(def.metrics).length === 0)
    fail("metrics", `expected at least one metric (${list(BUILT_IN)} or custom)`);
  const metrics = Object.entries(def.metrics).map(([n, m]) => metric(n, m, priorities));
  return {
    name: def.name,
    version: def.version,
    priorityField,
    priorities,
    defaultPriority,
    metrics,
    business: metrics.some((m) => m.targets.some((t) => t.clock === "business")),
    custom: metrics.some((m) => m.kind === "custom"),
  };
}
