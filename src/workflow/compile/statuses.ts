// Statuses: checked, with their way out (a final status has none, any other
// must have one), who may comment, their timers and their transitions by event.
import { CATEGORIES, checkKeys, describe, fail, isObject, list, ROLES } from "../../check.js";
import { isLabel } from "../../locale.js";
import type { CompiledStatus, CompiledTransition } from "../definition.js";
import type { Role, StatusDefinition } from "../types.js";
import { type CompileContext, effects, roles } from "./parts.js";
import { compileTimers } from "./timers.js";
import type { CompiledTransitions } from "./transitions.js";

/** Checks and compiles every status, in definition order. */
export function compileStatuses(
  ctx: CompileContext,
  transitions: CompiledTransitions,
): Map<string, CompiledStatus> {
  const statuses = new Map<string, CompiledStatus>();
  for (const name of ctx.names) statuses.set(name, compileStatus(ctx, transitions, name));
  return statuses;
}

/** One status checked and compiled with the transitions leaving it. */
function compileStatus(
  ctx: CompileContext,
  { leaving, events }: CompiledTransitions,
  name: string,
): CompiledStatus {
  const s = ctx.def.statuses[name] as StatusDefinition;
  const p = `statuses.${name}`;
  checkStatusShape(s, p);
  const final = s.final === true;
  const out = leaving.get(name) ?? [];
  checkWayOut(ctx, name, p, final, out);
  const comments = commentRoles(s, p, final);
  const timers = compileTimers({ compile: ctx, status: name, path: p, out, events }, s.timers);
  return {
    name,
    final,
    comments,
    timers,
    onEnter: effects(s.onEnter, `${p}.onEnter`),
    byEvent: byEventOf(out),
    windowed: out.filter((t) => t.window !== undefined),
  };
}

/** A status's own properties: keys, category, label and the types of final, timers, comments. */
function checkStatusShape(s: StatusDefinition, p: string): void {
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
  if (s.timers !== undefined && !Array.isArray(s.timers))
    fail(`${p}.timers`, "expected an array of timers");
  if (s.comments !== undefined && !Array.isArray(s.comments))
    fail(`${p}.comments`, "expected an array of roles");
}

/** A final status has no way out, no timers, no comments; any other has a transition elsewhere. */
function checkWayOut(
  ctx: CompileContext,
  name: string,
  p: string,
  final: boolean,
  out: readonly CompiledTransition[],
): void {
  const s = ctx.def.statuses[name] as StatusDefinition;
  if (final) {
    if (out.length > 0)
      fail(
        fromPath(ctx, out[0] as CompiledTransition, name),
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
}

/** The path of `name` in transition `t`'s `from`: `transitions[i].from` or `transitions[i].from[j]`. */
function fromPath(ctx: CompileContext, t: CompiledTransition, name: string): string {
  const p = `transitions[${t.index}].from`;
  const from = ctx.def.transitions[t.index]?.from;
  return Array.isArray(from) ? `${p}[${from.indexOf(name)}]` : p;
}

/** The roles that may comment in a status: all by default, none in a final one. */
function commentRoles(s: StatusDefinition, p: string, final: boolean): ReadonlySet<Role> {
  return s.comments === undefined
    ? new Set<Role>(final ? [] : ROLES)
    : roles(s.comments, `${p}.comments`, true);
}

/** The transitions leaving a status grouped by event, in definition order. */
function byEventOf(
  out: readonly CompiledTransition[],
): ReadonlyMap<string, readonly CompiledTransition[]> {
  const byEvent = new Map<string, CompiledTransition[]>();
  for (const t of out) byEvent.set(t.event, [...(byEvent.get(t.event) ?? []), t]);
  return byEvent;
}
