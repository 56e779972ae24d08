// Transitions: checked and indexed by the status they leave. Compiled
// before statuses, since timers and windows refer to their events.
import { checkKeys, describe, fail, isName, isObject, list } from "../../check.js";
import { isLabel } from "../../locale.js";
import type { CompiledTransition } from "../definition.js";
import type { Guard, TransitionDefinition } from "../types.js";
import { type CompileContext, effects, knownStatus, roles, span } from "./parts.js";

/** The transitions compiled: every command type and, by status, the transitions leaving it. */
export interface CompiledTransitions {
  /** Every command type apply accepts (so far: `comment`, `set_field` and the events). */
  readonly events: Set<string>;
  /** By status name, the transitions leaving it, in definition order. */
  readonly leaving: ReadonlyMap<string, readonly CompiledTransition[]>;
}

/** Checks and indexes the transitions, then the events their windows are measured from. */
export function compileTransitions(
  ctx: CompileContext,
  transitions: readonly TransitionDefinition[],
): CompiledTransitions {
  const events = new Set<string>(["comment", "set_field"]);
  const leaving = new Map<string, CompiledTransition[]>(ctx.names.map((n) => [n, []]));
  transitions.forEach((t, index) => {
    const { compiled, from } = compileTransition(ctx, t, index);
    events.add(t.event);
    for (const s of new Set(from)) leaving.get(s)?.push(compiled);
  });
  checkWindowSources(transitions, events);
  return { events, leaving };
}

/** One transition checked, with the statuses it leaves. */
function compileTransition(
  ctx: CompileContext,
  t: TransitionDefinition,
  index: number,
): { compiled: CompiledTransition; from: readonly string[] } {
  const p = `transitions[${index}]`;
  if (!isObject(t)) fail(p, "expected a transition { event, from, to, roles }");
  checkKeys(t, ["event", "label", "from", "to", "roles", "guards", "window", "effects"], p);
  if (!isName(t.event)) fail(`${p}.event`, "expected a non-empty string");
  if (t.label !== undefined && !isLabel(t.label))
    fail(`${p}.label`, "expected a non-empty string or { es, pt, en } strings");
  const from = sourcesOf(ctx, t, p);
  knownStatus(ctx, t.to, `${p}.to`);
  const guards = guardsOf(ctx, t, p);
  const window = windowOf(ctx, t, p);
  const compiled: CompiledTransition = {
    index,
    event: t.event,
    to: t.to,
    roles: roles(t.roles, `${p}.roles`, false),
    guards,
    window,
    effects: effects(t.effects, `${p}.effects`),
  };
  return { compiled, from };
}

/** The statuses a transition leaves: one status or a non-empty array of them. */
function sourcesOf(ctx: CompileContext, t: TransitionDefinition, p: string): readonly string[] {
  const from = typeof t.from === "string" ? [t.from] : t.from;
  if (!Array.isArray(from) || from.length === 0)
    fail(`${p}.from`, "expected a status or a non-empty array of statuses");
  from.forEach((s, i) => {
    knownStatus(ctx, s, typeof t.from === "string" ? `${p}.from` : `${p}.from[${i}]`);
  });
  return from;
}

/** A transition's guards, each name resolved in options.guards. */
function guardsOf(
  ctx: CompileContext,
  t: TransitionDefinition,
  p: string,
): CompiledTransition["guards"] {
  if (t.guards !== undefined && !Array.isArray(t.guards))
    fail(`${p}.guards`, "expected an array of guard names");
  return (t.guards ?? []).map((g, i) => {
    if (typeof g !== "string" || !Object.hasOwn(ctx.guards, g))
      fail(`${p}.guards[${i}]`, `no guard named ${describe(g)} in options.guards`);
    return { name: g, fn: ctx.guards[g] as Guard };
  });
}

/** A transition's window, if it has one: its span (its `from` event is checked later). */
function windowOf(
  ctx: CompileContext,
  t: TransitionDefinition,
  p: string,
): CompiledTransition["window"] {
  if (t.window === undefined) return undefined;
  const w = t.window;
  if (!isObject(w)) fail(`${p}.window`, "expected { within, clock?, from? }");
  checkKeys(w, ["within", "clock", "from"], `${p}.window`);
  return {
    span: span(w.within, w.clock, `${p}.window.within`, `${p}.window.clock`, ctx.calendar),
    from: w.from,
  };
}

/** Window `from` events are checked once every event is known. */
function checkWindowSources(
  transitions: readonly TransitionDefinition[],
  events: ReadonlySet<string>,
): void {
  transitions.forEach((t, i) => {
    const from = t.window?.from;
    if (from !== undefined && !events.has(from))
      fail(
        `transitions[${i}].window.from`,
        `unknown event ${describe(from)}; events are ${list([...events])}`,
      );
  });
}
