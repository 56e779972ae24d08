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

/**
 * The open ticket with the same reference and the same reason as
 * `candidate`, if any (R002-2): redirect the requester there instead of
 * creating a duplicate. References compare trimmed and case-insensitively;
 * a candidate without a reference never matches.
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
  const r = ref(candidate.reference);
  if (r === "") return undefined;
  const w = why(candidate.reason);
  return openTickets.find((t) => ref(t.reference) === r && why(t.reason) === w);
}
