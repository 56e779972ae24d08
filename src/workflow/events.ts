// The checks of what enters the engine from outside: actors and attachments
// of commands, and events loaded from a host's storage (replay, the SLA fold).
import { describe, fail, isName, isObject, json, ROLES } from "../check.js";
import { iso, msOf, stamp } from "../iso.js";
import type { Actor, AttachmentInfo, TicketEvent } from "./types.js";

/** Checks an actor; with `strict` (commands) a requester must carry its tenant. */
export function checkActor(v: unknown, path: string, strict: boolean): Actor {
  if (!isObject(v)) return fail(path, `expected { role, id, tenant? }, got ${describe(v)}`);
  if (!ROLES.includes(v.role as Actor["role"]))
    fail(`${path}.role`, `expected one of ${ROLES.join(", ")}, got ${describe(v.role)}`);
  if (!isName(v.id)) fail(`${path}.id`, `expected a non-empty string, got ${describe(v.id)}`);
  if (v.tenant !== undefined && !isName(v.tenant))
    fail(`${path}.tenant`, `expected a non-empty string, got ${describe(v.tenant)}`);
  if (strict && v.role === "requester" && v.tenant === undefined)
    fail(`${path}.tenant`, "a requester must carry the tenant it acts for");
  return v as unknown as Actor;
}

/** Checks attachment metadata; returns copies with only the known properties. */
export function checkAttachments(v: unknown, path: string): readonly AttachmentInfo[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) return fail(path, "expected an array of { name, size, type, id? }");
  const out: AttachmentInfo[] = [];
  for (let i = 0; i < v.length; i++) {
    const a: unknown = v[i];
    const p = `${path}[${i}]`;
    if (!isObject(a)) return fail(p, `expected { name, size, type, id? }, got ${describe(a)}`);
    if (!isName(a.name)) fail(`${p}.name`, "expected a non-empty string");
    if (typeof a.size !== "number" || !Number.isFinite(a.size) || a.size < 0)
      fail(`${p}.size`, `expected bytes ≥ 0, got ${describe(a.size)}`);
    if (typeof a.type !== "string") fail(`${p}.type`, "expected a MIME type string");
    if (a.id !== undefined && typeof a.id !== "string") fail(`${p}.id`, "expected a string");
    out.push(
      a.id === undefined
        ? { name: a.name as string, size: a.size, type: a.type }
        : { name: a.name as string, size: a.size, type: a.type, id: a.id },
    );
  }
  return out;
}

const nullableString = (v: unknown) => v === null || typeof v === "string";
const isPath = (v: unknown) => Array.isArray(v) && v.every((k) => typeof k === "string");
const isCount = (v: unknown, min: number) =>
  typeof v === "number" && Number.isSafeInteger(v) && v >= min;

/** The ticket details of a `created` event. */
function checkDetails(v: unknown, path: string): void {
  if (!isObject(v))
    fail(
      path,
      `a created event carries its ticket { id, tenant, requester, … }, got ${describe(v)}`,
    );
  for (const k of ["id", "tenant", "requester"])
    if (!isName(v[k])) fail(`${path}.${k}`, `expected a non-empty string, got ${describe(v[k])}`);
  if (!isPath(v.category)) fail(`${path}.category`, "expected an array of category keys");
  for (const k of ["reference", "channel"])
    if (!nullableString(v[k]))
      fail(`${path}.${k}`, `expected a string or null, got ${describe(v[k])}`);
  if (!isObject(v.fields)) fail(`${path}.fields`, "expected an object");
  json(v.fields, `${path}.fields`);
}

/** The properties of a `field_changed` event. */
function checkFieldChange(e: Record<string, unknown>, path: string): void {
  const field = e.field;
  if (!isName(field) || field === "__proto__")
    fail(`${path}.field`, `expected a field name, got ${describe(field)}`);
  for (const k of ["value", "previous"] as const) {
    json(e[k], `${path}.${k}`);
    if ((field === "reference" || field === "channel") && !nullableString(e[k]))
      fail(`${path}.${k}`, `${field} is a string or null`);
    if (field === "category" && !isPath(e[k]) && !(k === "previous" && e[k] === null))
      fail(`${path}.${k}`, "category is an array of keys");
  }
}

/** The properties each event type has besides seq, type, at and actor. */
function checkBody(e: Record<string, unknown>, path: string): void {
  const name = (k: string) => {
    if (!isName(e[k])) fail(`${path}.${k}`, `expected a non-empty string, got ${describe(e[k])}`);
  };
  switch (e.type) {
    case "created":
      checkDetails(e.ticket, `${path}.ticket`);
      return;
    case "comment":
      if (e.visibility !== "public" && e.visibility !== "internal")
        fail(`${path}.visibility`, 'expected "public" or "internal"');
      if (typeof e.body !== "string") fail(`${path}.body`, "expected a string");
      // Metadata the engine only carries along: an array (checked in full in commands).
      if (!Array.isArray(e.attachments)) fail(`${path}.attachments`, "expected an array");
      return;
    case "field_changed":
      checkFieldChange(e, path);
      return;
    case "status_changed":
      name("event");
      name("from");
      name("to");
      if (e.data !== undefined) {
        if (!isObject(e.data)) fail(`${path}.data`, "expected an object");
        json(e.data, `${path}.data`);
      }
      return;
    case "timer_fired":
      name("timer");
      name("status");
      return;
    case "sla_applied":
      name("policy");
      if (!isCount(e.version, 1)) fail(`${path}.version`, "expected a whole number ≥ 1");
      if (e.reason !== undefined && typeof e.reason !== "string")
        fail(`${path}.reason`, "expected a string");
      return;
    case "sla_warning":
    case "sla_breached":
      name("metric");
      if (!isCount(e.cycle, 0)) fail(`${path}.cycle`, "expected a whole number ≥ 0");
      return;
    default:
      fail(`${path}.type`, `unknown event type ${describe(e.type)}`);
  }
}

/**
 * Checks one event loaded from storage and returns it with `at` in the
 * canonical form (`Date#toISOString`): a copy when the stored form differs
 * (`"2025-09-10T15:00:00Z"`, `"…+00:00"`), else the event itself. An
 * instant without an offset is refused, not read in the process's zone.
 */
export function checkEvent(v: unknown, path: string): TicketEvent {
  if (!isObject(v)) return fail(path, `expected an event, got ${describe(v)}`);
  if (!isCount(v.seq, 1))
    fail(`${path}.seq`, `expected a whole number ≥ 1, got ${describe(v.seq)}`);
  const at = iso(stamp(v.at, `${path}.at`), `${path}.at`);
  checkActor(v.actor, `${path}.actor`, false);
  checkBody(v, path);
  return (at === v.at ? v : { ...v, at }) as unknown as TicketEvent;
}

/**
 * Checks a ticket's events as loaded from storage: each one's shape, seq
 * numbered from 1 without gaps, and instants that never go back. Returns
 * them with canonical instants (the same array when nothing changed).
 */
export function checkEvents(events: unknown, allowEmpty: boolean): readonly TicketEvent[] {
  if (!Array.isArray(events) || (events.length === 0 && !allowEmpty))
    fail("events", 'expected a non-empty array of events, the first one "created"');
  let out: TicketEvent[] | undefined;
  let last = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < events.length; i++) {
    const raw: unknown = events[i];
    const e = checkEvent(raw, `events[${i}]`);
    if (e.seq !== i + 1)
      fail(
        `events[${i}].seq`,
        `expected ${i + 1}, got ${describe(e.seq)}: events are numbered from 1 without gaps`,
      );
    const t = msOf(e.at);
    if (t < last)
      fail(
        `events[${i}].at`,
        `${describe((raw as { at: unknown }).at)} goes back in time: it is before the previous event's ${describe(events[i - 1].at)}`,
      );
    last = t;
    if (out !== undefined) out.push(e);
    else if (e !== raw) out = [...(events.slice(0, i) as TicketEvent[]), e];
  }
  return out ?? (events as TicketEvent[]);
}
