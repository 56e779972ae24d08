// The argument checks every adapter shares, so each refuses the same bad
// input with the same InvalidArgumentError naming the same field.
import { CATEGORIES, describe, fail, isName, isObject, json } from "../check.js";
import type { StatusCategory, TicketEvent } from "../workflow/types.js";
import type { AppendInput, CreateInput, Snapshot, TicketQuery } from "./types.js";

const CATEGORY_SET: ReadonlySet<string> = new Set(CATEGORIES);

/** The categories counted as open by R001-3 (the others are closed). */
export const OPEN_CATEGORIES: ReadonlySet<StatusCategory> = new Set([
  "new",
  "open",
  "waiting_on_requester",
  "on_hold",
]);

/** Checks the tenant and ticket id every keyed call takes. */
export function checkIds(tenant: unknown, id: unknown): void {
  if (!isName(tenant)) fail("tenant", `expected a non-empty string, got ${describe(tenant)}`);
  if (!isName(id)) fail("id", `expected a non-empty string, got ${describe(id)}`);
}

/** Checks a snapshot and the events that lead to it; throws naming the culprit. */
export function checkWrite(
  s: Snapshot,
  events: readonly TicketEvent[],
  from: number,
  path: string,
): void {
  if (!isObject(s)) fail(path, "expected { events, ticket, category, wakeAt }");
  if (!isObject(s.ticket) || !isName(s.ticket.id) || !isName(s.ticket.tenant))
    fail(`${path}.ticket`, "expected a ticket from the workflow");
  if (!CATEGORY_SET.has(s.category)) fail(`${path}.category`, "expected a status category");
  if (s.wakeAt !== null && !(s.wakeAt instanceof Date && Number.isFinite(s.wakeAt.getTime())))
    fail(`${path}.wakeAt`, "expected a Date or null");
  if (!Array.isArray(events)) fail(`${path}.events`, "expected an array of events");
  events.forEach((e, i) => {
    if (!isObject(e) || e.seq !== from + i)
      fail(
        `${path}.events[${i}].seq`,
        `expected ${from + i}: events continue the ticket's version`,
      );
    json(e, `${path}.events[${i}]`);
  });
  if (s.ticket.version !== from - 1 + events.length)
    fail(
      `${path}.ticket.version`,
      `expected ${from - 1 + events.length}, the version after the events`,
    );
  json(s.ticket, `${path}.ticket`);
}

/** Checks `create`'s arguments; returns the idempotency key, if any. */
export function checkCreate(
  input: CreateInput,
  options: { readonly idempotencyKey?: string } | undefined,
): string | undefined {
  if (!isObject(input)) fail("input", "expected { events, ticket, category, wakeAt }");
  checkWrite(input, input.events, 1, "input");
  if (options !== undefined && !isObject(options)) fail("options", "expected { idempotencyKey? }");
  const idem = options?.idempotencyKey;
  if (idem !== undefined && !isName(idem))
    fail("options.idempotencyKey", "expected a non-empty string");
  return idem;
}

/** Checks `append`'s arguments. */
export function checkAppend(tenant: string, id: string, input: AppendInput): void {
  checkIds(tenant, id);
  if (!isObject(input))
    fail("input", "expected { events, expectedVersion, ticket, category, wakeAt }");
  const expected = input.expectedVersion;
  if (!Number.isInteger(expected) || expected < 1)
    fail("input.expectedVersion", `expected a whole number ≥ 1, got ${String(expected)}`);
  checkWrite(input, input.events, expected + 1, "input");
  if (input.ticket.tenant !== tenant || input.ticket.id !== id)
    fail("input.ticket", "the snapshot is another ticket's");
  if (input.commandKey !== undefined && !isName(input.commandKey))
    fail("input.commandKey", "expected a non-empty string");
}

/** A position in a query's order: newest update first, ties by id. */
export interface QueryPosition {
  readonly updatedAt: string;
  readonly id: string;
}

/** The opaque cursor of the page that ends at `last`. */
export const encodeCursor = (last: QueryPosition): string =>
  encodeURIComponent(JSON.stringify([last.updatedAt, last.id]));

/** Checks a query; returns its limit and the position its cursor points after. */
export function checkQuery(q: TicketQuery): { limit: number; after: QueryPosition | undefined } {
  if (!isObject(q) || !isName(q.tenant)) fail("query.tenant", "expected a non-empty string");
  const limit = q.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    fail("query.limit", "expected a whole number from 1 to 500");
  for (const k of ["status", "category"] as const) {
    const v = q[k];
    if (v !== undefined && !(Array.isArray(v) && v.every(isName)))
      fail(`query.${k}`, "expected an array of names");
  }
  for (const k of ["requester", "reference"] as const)
    if (q[k] !== undefined && typeof q[k] !== "string") fail(`query.${k}`, "expected a string");
  const since = q.updatedSince;
  if (since !== undefined && !(since instanceof Date && Number.isFinite(since.getTime())))
    fail("query.updatedSince", "expected a Date");
  if (q.cursor === undefined) return { limit, after: undefined };
  try {
    if (typeof q.cursor !== "string") throw new Error("not a string");
    const [updatedAt, id] = JSON.parse(decodeURIComponent(q.cursor));
    if (typeof updatedAt !== "string" || typeof id !== "string") throw new Error("shape");
    return { limit, after: { updatedAt, id } };
  } catch {
    return fail("query.cursor", "expected the cursor of a previous page");
  }
}

/** Checks `counts`'s argument. */
export function checkCounts(q: { readonly tenant: string; readonly requester: string }): void {
  if (!isObject(q) || !isName(q.tenant)) fail("query.tenant", "expected a non-empty string");
  if (typeof q.requester !== "string") fail("query.requester", "expected a string");
}

/** Checks `claimDue`'s options; returns them with the defaults (100 tickets, 60 s). */
export function checkClaim(
  options: { readonly now: Date; readonly limit?: number; readonly leaseMs?: number } | undefined,
): { now: number; limit: number; leaseMs: number } {
  if (!isObject(options)) fail("options", "expected { now, limit?, leaseMs? }");
  const now = options.now;
  if (!(now instanceof Date) || !Number.isFinite(now.getTime()))
    fail("options.now", "expected a Date");
  const limit = options?.limit ?? 100;
  const leaseMs = options?.leaseMs ?? 60_000;
  if (!Number.isInteger(limit) || limit < 1) fail("options.limit", "expected a whole number ≥ 1");
  if (!Number.isFinite(leaseMs) || leaseMs <= 0)
    fail("options.leaseMs", "expected milliseconds > 0");
  return { now: now.getTime(), limit, leaseMs };
}

/** Checks `events`'s `fromSeq`; returns it (default 1). */
export function checkFromSeq(options: { readonly fromSeq?: number } | undefined): number {
  if (options !== undefined && !isObject(options)) fail("options", "expected { fromSeq? }");
  const from = options?.fromSeq ?? 1;
  if (!Number.isInteger(from) || from < 1) fail("options.fromSeq", "expected a whole number ≥ 1");
  return from;
}
