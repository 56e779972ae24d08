import { canonicalJson, describe, fail, isName, isObject } from "../check.js";
import { findDuplicate } from "../forms/findDuplicate.js";
import { runCommand, snapshotOf, sweep } from "../store/helpers.js";
import { createMemoryStore } from "../store/memory.js";
import type { TicketStore } from "../store/types.js";
import type { JsonObject, StatusCategory, Ticket, TicketEvent } from "../workflow/types.js";
import { filterNotifications } from "./notifications.js";
import type { Desk, DeskOptions, OpenRequest, OpenResult } from "./types.js";

/** The categories in which a ticket still counts as open for R002-2. */
const OPEN: StatusCategory[] = ["new", "open", "waiting_on_requester", "on_hold"];

function checkOptions(options: DeskOptions): void {
  if (!isObject(options)) fail("options", "expected { preset, store? }");
  const p = options.preset;
  if (!isObject(p) || !isObject(p.workflow) || !isObject(p.form))
    fail("options.preset", "expected a preset from definePreset");
  if (options.retries !== undefined && !(Number.isInteger(options.retries) && options.retries >= 0))
    fail("options.retries", "expected a whole number ≥ 0");
}

function checkOpen(r: OpenRequest): void {
  if (!isObject(r)) fail("request", "expected { tenant, id, actor, at, input }");
  if (!isName(r.tenant))
    fail("request.tenant", `expected a non-empty string, got ${describe(r.tenant)}`);
  if (!isName(r.id)) fail("request.id", `expected a non-empty string, got ${describe(r.id)}`);
  if (!isObject(r.actor)) fail("request.actor", `expected an actor, got ${describe(r.actor)}`);
  for (const k of ["reference", "channel", "idempotencyKey"] as const) {
    const v = r[k];
    if (v !== undefined && v !== null && typeof v !== "string")
      fail(`request.${k}`, `expected a string, got ${describe(v)}`);
  }
}

/** The reference of a new ticket: the page's, else the preset's reference field. */
function referenceOf(
  r: OpenRequest,
  fields: Record<string, unknown>,
  field?: string,
): string | null {
  const given = r.reference ?? (field === undefined ? undefined : fields[field]);
  return typeof given === "string" && given.trim() !== "" ? given.trim() : null;
}

/**
 * The desk a host's HTTP handlers call, on any {@link TicketStore} (memory by
 * default): `open` validates the form, sends the requester to an open
 * ticket with the same reference and reason (R002-2, when the preset asks),
 * creates the ticket and persists it with the idempotency key, and returns
 * the effects and the summary (R001-2); `act` loads, applies and appends,
 * retrying on a version conflict; `sweep` fires what is due; `list`,
 * `counts` and `history` read; `notifications` filters effects by a
 * requester's preferences (R002-7).
 *
 * @example
 * ```ts
 * import { createDesk } from "plazo/desk";
 * import { definePreset, retailMarketplaceCL } from "plazo/presets";
 * const desk = createDesk({ preset: definePreset(retailMarketplaceCL) });
 * const r = await desk.open({ tenant: "store-9", id: "T-1", actor, at: receivedAt, input: body });
 * ```
 */
export function createDesk(options: DeskOptions): Desk {
  checkOptions(options);
  const { preset } = options;
  const store: TicketStore = options.store ?? createMemoryStore();
  const wf = preset.workflow;
  const settings = preset.definition.desk ?? {};

  /** The same tenant's open ticket with this reference and reason, other than `id`. */
  async function duplicateOf(r: OpenRequest, reference: string | null, reason: readonly string[]) {
    if (settings.duplicates !== "same_reference_and_reason" || reference === null) return undefined;
    const page = await store.query({ tenant: r.tenant, reference, category: OPEN, limit: 100 });
    const others = page.items.filter((t) => t.id !== r.id);
    const open = others.map((t) => ({
      id: t.id,
      status: t.status,
      reference: t.reference,
      reason: t.category,
    }));
    const hit = findDuplicate({ reference, reason }, open);
    return hit && { id: hit.id, status: hit.status };
  }

  async function open(r: OpenRequest): Promise<OpenResult> {
    checkOpen(r);
    const locale = { locale: r.locale ?? preset.definition.locale };
    const parsed = preset.form.parse(r.input, locale);
    if (!parsed.ok)
      return { ok: false, code: "invalid_form", issues: parsed.issues, partial: parsed.partial };
    const { category, ...fields } = parsed.value as Record<string, unknown>;
    const reason = Array.isArray(category) ? (category as string[]) : [];
    const reference = referenceOf(r, fields, settings.referenceField);
    const duplicate = await duplicateOf(r, reference, reason);
    if (duplicate !== undefined) return { ok: false, code: "duplicate", ticket: duplicate };
    const step = wf.create(
      {
        at: r.at,
        actor: r.actor,
        id: r.id,
        tenant: r.tenant,
        category: reason,
        reference,
        channel: r.channel ?? null,
        fields: fields as JsonObject,
      },
      locale,
    );
    if (!step.ok) return { ok: false, code: "refused", error: step.error };
    const key = r.idempotencyKey === undefined ? {} : { idempotencyKey: r.idempotencyKey };
    const stored = await store.create({ events: step.events, ...snapshotOf(wf, step.ticket) }, key);
    const summary = { ...preset.form.summarize(parsed.value, locale), caseNumber: r.id };
    if (stored.ok && stored.outcome === "created")
      return {
        ok: true,
        outcome: "created",
        ticket: stored.ticket,
        effects: step.effects,
        deadlines: step.deadlines,
        summary,
      };
    // The same key: a retry, later (so other events), of the same request is the ticket it created.
    const existing = stored.ok ? stored.ticket : await retried(r, step.events[0]);
    if (existing === undefined)
      return {
        ok: false,
        code: (stored as { code: "already_exists" | "idempotency_conflict" }).code,
      };
    return {
      ok: true,
      outcome: "existing",
      ticket: existing,
      effects: [],
      deadlines: wf.deadlines(existing),
      summary,
    };
  }

  /** The stored ticket when `r` repeats, with its key, the request that created it. */
  async function retried(
    r: OpenRequest,
    created: TicketEvent | undefined,
  ): Promise<Ticket | undefined> {
    if (r.idempotencyKey === undefined || created?.type !== "created") return undefined;
    const [loaded, history] = await Promise.all([
      store.load(r.tenant, r.id),
      store.events(r.tenant, r.id),
    ]);
    const first = history.ok ? history.events[0] : undefined;
    const same =
      first?.type === "created" && canonicalJson(first.ticket) === canonicalJson(created.ticket);
    return same && loaded.ok ? loaded.ticket : undefined;
  }

  return {
    preset,
    store,
    open,
    act: (request) => {
      if (!isObject(request)) fail("request", "expected { tenant, id, command }");
      const { locale, commandKey, ...rest } = request;
      return runCommand(store, wf, {
        ...rest,
        ...(options.retries === undefined ? {} : { retries: options.retries }),
        ...(commandKey === undefined ? {} : { commandKey }),
        ...(locale === undefined ? {} : { locale }),
      });
    },
    sweep: (o) => sweep(store, wf, o),
    list: (q) => store.query(q),
    counts: (q) => store.counts(q),
    history: (tenant, id, o) => store.events(tenant, id, o),
    notifications: (effects, preferences) =>
      filterNotifications(effects, settings.optionalNotifications ?? [], preferences),
  };
}
