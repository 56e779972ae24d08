// The check of a ticket a host hands back (loaded from its storage): the
// shape of every field the engine reads, and instants that parse. Cheap by
// design (a few type tests and cached parses): it runs on every call.
import { describe, fail, isName, isObject } from "../check.js";
import { MAX_INSTANT, msOf, stamp } from "../iso.js";
import type { CompiledWorkflow } from "./definition.js";
import { statusOf } from "./engine.js";
import type { Ticket } from "./types.js";

const INSTANT = "expected an ISO 8601 instant with Z or an offset";
const instant = (v: unknown) => typeof v === "string" && Math.abs(msOf(v)) <= MAX_INSTANT;
const isCount = (v: unknown, min: number) =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= min;

/** What is wrong with an armed timer: [property, message], or undefined. */
function timerProblem(a: unknown): readonly [string, string] | undefined {
  if (!isObject(a)) return ["", `expected { name, due, since, fired }, got ${describe(a)}`];
  if (!isName(a.name)) return ["name", "expected the timer's name"];
  if (!instant(a.due)) return ["due", `${INSTANT}, got ${describe(a.due)}`];
  if (!instant(a.since)) return ["since", `${INSTANT}, got ${describe(a.since)}`];
  if (!isCount(a.fired, 0)) return ["fired", "expected a whole number ≥ 0"];
  return undefined;
}

/** What is wrong with an open window: [property, message], or undefined. */
function windowProblem(w: unknown): readonly [string, string] | undefined {
  if (!isObject(w)) return ["", `expected { event, to, since, closes }, got ${describe(w)}`];
  if (!isName(w.event)) return ["event", "expected the transition's event"];
  if (!isName(w.to)) return ["to", "expected the transition's target status"];
  if (!instant(w.since)) return ["since", `${INSTANT}, got ${describe(w.since)}`];
  if (!instant(w.closes)) return ["closes", `${INSTANT}, got ${describe(w.closes)}`];
  return undefined;
}

/** Throws naming `ticket.<key>[i].<property>` for the first bad entry of a list. */
function checkList(
  v: unknown,
  key: string,
  problem: (x: unknown) => readonly [string, string] | undefined,
): void {
  if (!Array.isArray(v)) fail(`ticket.${key}`, `expected an array, got ${describe(v)}`);
  for (let i = 0; i < v.length; i++) {
    const bad = problem(v[i]);
    if (bad !== undefined) fail(`ticket.${key}[${i}]${bad[0] === "" ? "" : `.${bad[0]}`}`, bad[1]);
  }
}

const isPath = (v: unknown): boolean => {
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== "string") return false;
  return true;
};
const nullableString = (v: unknown) => v === null || typeof v === "string";

/** What is wrong with the ticket details: a property name, or undefined (no closures: it runs on every call). */
function detailsProblem(t: Record<string, unknown>): string | undefined {
  if (!isName(t.id)) return "id";
  if (!isName(t.tenant)) return "tenant";
  if (!isName(t.requester)) return "requester";
  if (!isPath(t.category)) return "category";
  if (!nullableString(t.reference)) return "reference";
  if (!nullableString(t.channel)) return "channel";
  if (!isObject(t.fields)) return "fields";
  return undefined;
}

const DETAILS: Readonly<Record<string, string>> = {
  id: "expected a non-empty string",
  tenant: "expected a non-empty string",
  requester: "expected a non-empty string",
  category: "expected an array of category keys",
  reference: "expected a string or null",
  channel: "expected a string or null",
  fields: "expected an object",
};

/**
 * Checks a ticket where it enters the engine; throws InvalidArgumentError
 * (OutOfRangeError for an instant past the Date range) naming the field,
 * e.g. `ticket.timers[0].due`. Returns `updatedAt` in epoch ms.
 */
export function checkTicket(c: CompiledWorkflow, v: unknown): number {
  if (!isObject(v))
    return fail("ticket", `expected a ticket from create, apply or replay, got ${describe(v)}`);
  const t = v as Record<string, unknown>;
  const bad = detailsProblem(t);
  if (bad !== undefined) fail(`ticket.${bad}`, `${DETAILS[bad]}, got ${describe(t[bad])}`);
  statusOf(c, t.status as string, "ticket.status");
  const updated = stamp(t.updatedAt, "ticket.updatedAt");
  stamp(t.createdAt, "ticket.createdAt");
  stamp(t.statusSince, "ticket.statusSince");
  if (!isCount(t.version, 1)) fail("ticket.version", "expected a whole number ≥ 1");
  if (!isCount(t.comments, 0)) fail("ticket.comments", "expected a whole number ≥ 0");
  checkList(t.timers, "timers", timerProblem);
  const timers = t.timers as readonly { readonly due: string }[];
  for (let i = 1; i < timers.length; i++)
    if (msOf((timers[i] as { due: string }).due) < msOf((timers[i - 1] as { due: string }).due))
      fail(`ticket.timers[${i}].due`, "timers are kept earliest first");
  checkList(t.windows, "windows", windowProblem);
  if (t.sla !== undefined) {
    if (c.sla === undefined)
      fail("ticket.sla", "this ticket has SLA clocks; pass its policy in options.sla");
    c.sla.check(t.sla, "ticket.sla");
  }
  return updated;
}

/** {@link checkTicket}, typed. */
export const ticketOf = (c: CompiledWorkflow, v: unknown): Ticket => {
  checkTicket(c, v);
  return v as Ticket;
};
