// The checks of SLA state a host hands back (a ticket's `sla`, a view, new
// ticket facts): cheap shape checks of what the clocks read, so a malformed
// snapshot is an InvalidArgumentError naming the field, never a TypeError.
import { CATEGORIES, describe, fail, isObject } from "../check.js";
import { MAX_INSTANT, msOf } from "../iso.js";
import type { Context } from "./clock.js";
import type { SlaCycle, SlaView, StatusCategory, TicketSla } from "./types.js";

const RUNS = new Set(["running", "paused", "stopped"]);
const isString = (v: unknown) => typeof v === "string";
const nullableString = (v: unknown) => v === null || typeof v === "string";
const isPath = (v: unknown) => Array.isArray(v) && v.every(isString);
const instant = (v: unknown) => typeof v === "string" && Math.abs(msOf(v)) <= MAX_INSTANT;
const nullableInstant = (v: unknown) => v === null || instant(v);
const amount = (v: unknown) =>
  typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= MAX_INSTANT;

const INSTANT = "expected an ISO 8601 instant with Z or an offset";

/** What is wrong with a cycle: [property, message], or undefined. */
function cycleProblem(x: Context, c: unknown): readonly [string, string] | undefined {
  if (!isObject(c)) return ["", `expected an SLA cycle, got ${describe(c)}`];
  if (!RUNS.has(c.run as string)) return ["run", 'expected "running", "paused" or "stopped"'];
  if (c.clock !== "business" && c.clock !== "wall")
    return ["clock", 'expected "business" or "wall"'];
  if (c.clock === "business" && x.cal === undefined)
    return ["clock", "a business-clock cycle needs the tracker's calendar"];
  for (const k of ["startedAt", "since", "targetSince"]) if (!instant(c[k])) return [k, INSTANT];
  for (const k of ["stoppedAt", "dueAt", "warnAt", "breachedAt"])
    if (!nullableInstant(c[k])) return [k, `${INSTANT}, or null`];
  if (c.run === "stopped" && c.stoppedAt === null) return ["stoppedAt", "a stopped cycle has one"];
  for (const k of ["elapsed", "paused", "target"])
    if (!amount(c[k])) return [k, `expected milliseconds ≥ 0, got ${describe(c[k])}`];
  for (const k of ["breached", "warned", "notified"])
    if (typeof c[k] !== "boolean") return [k, "expected a boolean"];
  return undefined;
}

/** Checks a metric's cycles. */
function checkCycles(x: Context, v: unknown, path: string): void {
  if (!Array.isArray(v)) fail(path, "expected an array of cycles");
  for (let i = 0; i < v.length; i++) {
    const bad = cycleProblem(x, v[i]);
    if (bad !== undefined) fail(`${path}[${i}]${bad[0] === "" ? "" : `.${bad[0]}`}`, bad[1]);
  }
}

/**
 * Checks a ticket's SLA state (`ticket.sla`) against the tracker: its pinned
 * policy is known, and every cycle has the instants, amounts and flags the
 * clocks read. Throws InvalidArgumentError naming the field under `path`.
 * An object is checked once per tracker (a ticket with many cycles is a
 * few microseconds to check; reports run at millions per second): plazo's
 * snapshots are readonly data, and one changed in place is not checked again.
 */
export function checkSla(x: Context, v: unknown, path: string): TicketSla {
  if (typeof v === "object" && v !== null && x.checked.has(v)) return v as TicketSla;
  const sla = checkSlaShape(x, v, path);
  x.checked.add(sla);
  return sla;
}

function checkSlaShape(x: Context, v: unknown, path: string): TicketSla {
  if (!isObject(v)) return fail(path, `expected a ticket's SLA state, got ${describe(v)}`);
  if (!isString(v.policy)) fail(`${path}.policy`, "expected the policy's name");
  if (typeof v.version !== "number" || !Number.isSafeInteger(v.version))
    fail(`${path}.version`, "expected the policy's version");
  const p = x.policyOf(v as { policy: string; version: number }, `${path}.policy`);
  if (p.priorities === null ? v.priority !== null : !p.priorities.has(v.priority as string))
    fail(
      `${path}.priority`,
      `expected ${p.priorities === null ? "null (the policy has no priorities)" : "one of the policy's priorities"}, got ${describe(v.priority)}`,
    );
  if (!isPath(v.category)) fail(`${path}.category`, "expected an array of category keys");
  if (!nullableString(v.channel)) fail(`${path}.channel`, "expected a string or null");
  if (!CATEGORIES.includes(v.status as StatusCategory))
    fail(`${path}.status`, `expected a status category, got ${describe(v.status)}`);
  if (typeof v.replied !== "boolean") fail(`${path}.replied`, "expected a boolean");
  const metrics = v.metrics;
  if (!isObject(metrics)) return fail(`${path}.metrics`, "expected an object of cycle arrays");
  for (const k of Object.keys(metrics)) checkCycles(x, metrics[k], `${path}.metrics.${k}`);
  return v as unknown as TicketSla;
}

/** Checks what the clocks read of a ticket after an event. */
export function checkView(x: Context, v: unknown, path: string): SlaView {
  if (!isObject(v)) return fail(path, "expected { status, category, channel, fields }");
  if (typeof v.status !== "string") fail(`${path}.status`, "expected a status name");
  x.categoryOf(v.status, `${path}.status`);
  if (!isPath(v.category)) fail(`${path}.category`, "expected an array of category keys");
  if (!nullableString(v.channel)) fail(`${path}.channel`, "expected a string or null");
  if (!isObject(v.fields)) fail(`${path}.fields`, "expected an object");
  return v as unknown as SlaView;
}

/** A metric's cycles in `sla`; none for a name that is not its own key (`"constructor"`). */
export const cyclesOf = (sla: TicketSla, metric: string): readonly SlaCycle[] | undefined =>
  Object.hasOwn(sla.metrics, metric) ? sla.metrics[metric] : undefined;
