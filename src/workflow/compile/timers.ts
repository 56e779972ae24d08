// A status's timers: after or every, on the business or wall clock, firing
// an event a transition from the status takes, or emitting effects.
import { checkKeys, describe, fail, isName, isObject, list } from "../../check.js";
import type { CompiledTimer, CompiledTransition } from "../definition.js";
import type { TimerDefinition } from "../types.js";
import { type CompileContext, effects, span } from "./parts.js";

/** What a status's timers are checked against: the status and what leaves it. */
export interface TimerContext {
  readonly compile: CompileContext;
  /** The status's name. */
  readonly status: string;
  /** The status's path (`statuses.waiting`). */
  readonly path: string;
  /** The transitions leaving the status. */
  readonly out: readonly CompiledTransition[];
  /** Every event known so far. */
  readonly events: ReadonlySet<string>;
}

/** Checks and compiles a status's timers (undefined is none); their names are unique in the status. */
export function compileTimers(
  tx: TimerContext,
  timers: readonly TimerDefinition[] | undefined,
): CompiledTimer[] {
  const seen = new Set<string>();
  return (timers ?? []).map((tm, index) => compileTimer(tx, tm, index, seen));
}

/** One timer checked and compiled; adds its name to `seen`. */
function compileTimer(
  tx: TimerContext,
  tm: TimerDefinition,
  index: number,
  seen: Set<string>,
): CompiledTimer {
  const tp = `${tx.path}.timers[${index}]`;
  if (!isObject(tm)) fail(tp, "expected a timer { name, after | every, fire | effects }");
  checkKeys(tm, ["name", "after", "every", "times", "clock", "from", "fire", "effects"], tp);
  if (!isName(tm.name)) fail(`${tp}.name`, "expected a non-empty string");
  if (seen.has(tm.name))
    fail(`${tp}.name`, `another timer of ${describe(tx.status)} is named ${describe(tm.name)}`);
  seen.add(tm.name);
  if ((tm.after === undefined) === (tm.every === undefined))
    fail(tp, "expected exactly one of after or every");
  const repeat = tm.every !== undefined;
  const sp = span(
    repeat ? tm.every : tm.after,
    tm.clock,
    `${tp}.${repeat ? "every" : "after"}`,
    `${tp}.clock`,
    tx.compile.calendar,
  );
  checkTimes(tm, repeat, tp);
  if (tm.from !== undefined && !tx.events.has(tm.from))
    fail(`${tp}.from`, `unknown event ${describe(tm.from)}; events are ${list([...tx.events])}`);
  const fx = effects(tm.effects, `${tp}.effects`);
  if (tm.fire === undefined && fx.length === 0)
    fail(tp, "a timer must fire an event or emit effects");
  if (tm.fire !== undefined) checkFire(tx, tm.fire, tp);
  return {
    name: tm.name,
    index,
    span: sp,
    times: repeat ? (tm.times ?? Number.POSITIVE_INFINITY) : 1,
    from: tm.from,
    fire: tm.fire,
    effects: fx,
  };
}

/** `times` goes with `every` and is a whole number ≥ 1. */
function checkTimes(tm: TimerDefinition, repeat: boolean, tp: string): void {
  if (tm.times === undefined) return;
  if (!repeat) fail(`${tp}.times`, "times goes with every");
  if (!Number.isInteger(tm.times) || tm.times < 1)
    fail(`${tp}.times`, `expected a whole number ≥ 1, got ${describe(tm.times)}`);
}

/** The event a timer fires must be taken from its status by the role "system". */
function checkFire(tx: TimerContext, fire: string, tp: string): void {
  const takes = tx.out.some((t) => t.event === fire && t.roles.has("system"));
  if (!takes)
    fail(
      `${tp}.fire`,
      `no transition from ${describe(tx.status)} takes ${describe(fire)} for the role "system"`,
    );
}
