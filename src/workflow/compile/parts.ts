// The checks every part of a workflow definition shares: status names,
// role lists, effect lists and spans of time.
import type { Calendar } from "../../calendar/types.js";
import { checkKeys, describe, fail, isName, isObject, list, ROLES } from "../../check.js";
import type { CompiledSpan } from "../definition.js";
import type { Clock, EffectDefinition, Guard, Role, WorkflowDefinition } from "../types.js";

/** What compiling transitions, statuses and timers reads: the definition and the checked options. */
export interface CompileContext {
  readonly def: WorkflowDefinition;
  /** The status names, in definition order. */
  readonly names: readonly string[];
  readonly guards: { readonly [name: string]: Guard };
  readonly calendar: Calendar | undefined;
}

/** `s` when it names a status of the definition; throws naming `path` otherwise. */
export function knownStatus(ctx: CompileContext, s: unknown, path: string): string {
  if (typeof s !== "string" || !Object.hasOwn(ctx.def.statuses, s))
    fail(path, `unknown status ${describe(s)}; statuses are ${list(ctx.names)}`);
  return s;
}

/** Checks an array of roles (empty only with `allowEmpty`) and returns them as a set. */
export function roles(v: unknown, path: string, allowEmpty: boolean): Set<Role> {
  if (!Array.isArray(v) || (!allowEmpty && v.length === 0))
    fail(path, `expected ${allowEmpty ? "an" : "a non-empty"} array of roles (${list(ROLES)})`);
  v.forEach((r, i) => {
    if (!ROLES.includes(r))
      fail(`${path}[${i}]`, `unknown role ${describe(r)}; expected one of ${list(ROLES)}`);
  });
  return new Set(v as Role[]);
}

/** Checks an optional array of effects; undefined is none. */
export function effects(v: unknown, path: string): readonly EffectDefinition[] {
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

const WALL_UNITS = {
  days: 86_400_000,
  hours: 3_600_000,
  minutes: 60_000,
  seconds: 1000,
  milliseconds: 1,
};

/** Checks a span and its clock (business by default, which needs a calendar) and compiles them. */
export function span(
  v: unknown,
  clockValue: unknown,
  path: string,
  clockPath: string,
  calendar: Calendar | undefined,
): CompiledSpan {
  const clock = clockOf(clockValue, clockPath, calendar);
  if (!isObject(v)) fail(path, "expected a span such as { hours: 27 } or { businessDays: 3 }");
  if ("businessDays" in v) return businessDaysSpan(v, clock, path);
  checkKeys(v, Object.keys(WALL_UNITS), path, {
    at: 'at goes with businessDays, e.g. { businessDays: 1, at: "09:00" }',
  });
  if (clock === "business" && "days" in v)
    fail(
      `${path}.days`,
      'on the business clock use businessDays or hours; days are for clock: "wall"',
    );
  return { clock, ms: Math.round(millisecondsOf(v, path)), businessDays: 0, at: undefined };
}

/** The clock a span counts on: "business" unless told; the business clock needs a calendar. */
function clockOf(clockValue: unknown, clockPath: string, calendar: Calendar | undefined): Clock {
  if (clockValue !== undefined && clockValue !== "business" && clockValue !== "wall")
    fail(clockPath, `expected "business" or "wall", got ${describe(clockValue)}`);
  const clock: Clock = clockValue ?? "business";
  if (clock === "business" && calendar === undefined)
    fail(
      clockPath,
      'the business clock needs options.calendar; pass a calendar or use clock: "wall"',
    );
  return clock;
}

/** A span of `{ businessDays, at? }`: a whole number ≥ 1, on the business clock only. */
function businessDaysSpan(v: Record<string, unknown>, clock: Clock, path: string): CompiledSpan {
  checkKeys(v, ["businessDays", "at"], path);
  const n = v.businessDays;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 1)
    fail(`${path}.businessDays`, `expected a whole number ≥ 1, got ${describe(n)}`);
  if (clock === "wall")
    fail(path, 'businessDays count on the business clock; remove clock: "wall"');
  return { clock, ms: 0, businessDays: n, at: timeOfDay(v.at, `${path}.at`) };
}

const TIME_OF_DAY = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** `at` of a business-days span: "HH:MM" (00:00-23:59) as ms after midnight; "end" or undefined is the close. */
function timeOfDay(v: unknown, path: string): number | undefined {
  if (v === undefined || v === "end") return undefined;
  const m = typeof v === "string" ? TIME_OF_DAY.exec(v) : null;
  if (m === null)
    return fail(path, `expected "end" or a local time "HH:MM" such as "09:00", got ${describe(v)}`);
  return (Number(m[1]) * 60 + Number(m[2])) * 60_000;
}

/** The length in ms of a span of wall units, unrounded; between 1 ms and the range of a Date. */
function millisecondsOf(v: Record<string, unknown>, path: string): number {
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
  return ms;
}
