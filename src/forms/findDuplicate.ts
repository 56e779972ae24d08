import { describe, fail, isObject } from "../check.js";
import type { InvalidArgumentError } from "../errors.js";

/**
 * What {@link findDuplicate} compares: the reference (order, shipment…) and the reason.
 *
 * @example
 * ```ts
 * const key: DuplicateKey = { reference: "PO-88", reason: ["orders", "missing"] };
 * ```
 */
export interface DuplicateKey {
  /** The order number, inbound shipment ID… the request is about. */
  readonly reference?: string | null | undefined;
  /** The reason: a category path or a single key. */
  readonly reason: string | readonly string[];
}

const ref = (r: string | null | undefined) => (r ?? "").trim().toLowerCase();
const why = (r: string | readonly string[]) => (typeof r === "string" ? r : r.join("/"));

/** Throws naming `path` unless `k` is a {@link DuplicateKey}. */
function checkKey(k: unknown, path: string): asserts k is DuplicateKey {
  if (!isObject(k)) fail(path, `expected { reference?, reason }, got ${describe(k)}`);
  const r = k.reference;
  if (r !== undefined && r !== null && typeof r !== "string")
    fail(`${path}.reference`, `expected a string, null or undefined, got ${describe(r)}`);
  const reason = k.reason;
  if (typeof reason === "string") return;
  if (!Array.isArray(reason))
    fail(`${path}.reason`, `expected a key or a category path, got ${describe(reason)}`);
  for (let i = 0; i < reason.length; i++)
    if (typeof reason[i] !== "string")
      fail(`${path}.reason[${i}]`, `expected a key, got ${describe(reason[i])}`);
}

/**
 * The open ticket with the same reference and the same reason as
 * `candidate`, if any (R002-2): redirect the requester there instead of
 * creating a duplicate. References compare trimmed and case-insensitively;
 * a candidate without a reference never matches. Both arguments are
 * checked whole: a candidate or a ticket that is not a {@link DuplicateKey}
 * throws {@link InvalidArgumentError} naming it (`candidate.reason`,
 * `openTickets[3].reference`).
 *
 * @example
 * ```ts
 * const existing = findDuplicate({ reference: "2000012345", reason: ["order", "not_delivered"] }, openTickets);
 * if (existing) redirect(existing.id);
 * ```
 */
export function findDuplicate<T extends DuplicateKey>(
  candidate: DuplicateKey,
  openTickets: readonly T[],
): T | undefined {
  checkKey(candidate, "candidate");
  if (!Array.isArray(openTickets))
    fail("openTickets", `expected a list of { reference?, reason }, got ${describe(openTickets)}`);
  // An index loop: a hole in a sparse list is a malformed ticket, not skipped.
  for (let i = 0; i < openTickets.length; i++) checkKey(openTickets[i], `openTickets[${i}]`);
  const r = ref(candidate.reference);
  if (r === "") return undefined;
  const w = why(candidate.reason);
  return openTickets.find((t) => ref(t.reference) === r && why(t.reason) === w);
}
