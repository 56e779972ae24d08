// Platform 002 (a fulfilment platform: order pages, inbound-shipment pages and
// a help widget) walked end to end on the Mexico City calendar. Mexico City
// is at UTC-6 all year (no daylight saving time since October 2022), so
// 10:00 local is 16:00Z. Mexican public holidays used (LFT art. 74; the MX
// table's 2025 row, src/holidays/data/MX.ts: "0916p6", "1117p8"):
// - Tuesday 16 September 2025, Día de la Independencia;
// - Monday 17 November 2025, Día de la Revolución, moved from Thursday 20
//   November to the third Monday of November (3, 10, 17), so 20 November is
//   a working day.
// Every expected instant was worked out by hand and is written in UTC with
// its local time beside it.
import type { Form } from "plazo/forms";
import { findDuplicate } from "plazo/forms";
import { definePreset, InvalidArgumentError, type PresetDefinition } from "plazo/presets";
import type { TicketStore } from "plazo/store";
import { createMemoryStore, runCommand, snapshotOf } from "plazo/store";
import type { Actor, Command, Effect, JsonObject, Step } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { weekdays } from "../../src/calendar/hours.js";
import { fulfilmentPlatformMX } from "../../src/presets/fulfilmentPlatformMX.js";

const preset = definePreset(fulfilmentPlatformMX);
const wf = preset.workflow;
const tenant = "seller-mx-1";
const seller: Actor = { role: "requester", id: "u-17", tenant };
const agent: Actor = { role: "agent", id: "a-3" };
const at = (iso: string) => new Date(iso);
const OPEN_STATUSES = ["open", "awaiting_reply"];

type Channel = "order_page" | "inbound_shipment_page" | "widget";

/** Parses the form as the page or widget sends it; throws on issues. */
function parsed(input: Record<string, unknown>) {
  const r = (preset.form as Form<{ category: string[] } & JsonObject>).parse(input);
  if (!r.ok) throw new Error(`form refused: ${r.issues.map((i) => i.code).join(", ")}`);
  return r.value;
}

/**
 * Opens a request as the host does: the page gives the reference (and fixes
 * the first level of the reason); from the widget it is the identifier the
 * requester typed (`desk.referenceField`), or none.
 */
async function openRequest(
  store: TicketStore,
  o: {
    id: string;
    at: string;
    channel: Channel;
    reference?: string;
    input: Record<string, unknown>;
    actor?: Actor;
  },
): Promise<Step> {
  const { category, ...fields } = parsed(o.input);
  const key = fulfilmentPlatformMX.desk.referenceField;
  const typed = fields[key];
  const reference = o.reference ?? (typeof typed === "string" ? typed : null);
  const actor = o.actor ?? seller;
  const r = wf.create({
    at: at(o.at),
    actor,
    id: o.id,
    tenant: actor.tenant ?? tenant,
    category,
    reference,
    channel: o.channel,
    fields,
  });
  if (!r.ok) throw new Error(`create refused: ${r.error.code}`);
  const stored = await store.create({ events: r.events, ...snapshotOf(wf, r.ticket) });
  expect(stored.ok).toBe(true);
  return r;
}

async function run(store: TicketStore, id: string, command: Command): Promise<Step> {
  const r = await runCommand(store, wf, { tenant, id, command });
  if (!r.ok) throw new Error(`refused: ${"error" in r ? r.error.code : r.code}`);
  return r.step;
}

const base = { subject: "Caja rota", description: "La caja llegó abierta y con golpes." };

/**
 * Five requests of seller-mx-1 opened on Monday 15 September 2025, and one
 * of another seller on the same order number:
 * - T-1 order page, ORD-50017, damaged (10:00 local, 16:00Z)
 * - T-2 order page, ORD-50017, not delivered (10:30, 16:30Z)
 * - T-3 inbound-shipment page, IS-2025-0042, quantity mismatch (11:00, 17:00Z)
 * - T-4 widget, product, SKU-778 typed as identifier (12:00, 18:00Z)
 * - T-5 widget, billing, no identifier (12:30, 18:30Z)
 * Tuesday 16 is a holiday; support answers on Wednesday 17 and Thursday 18:
 * - T-1 awaiting reply, Wed 17 10:00 (16:00Z)
 * - T-5 reference filled in and awaiting reply, Wed 17 11:00 (17:00Z)
 * - T-3 solved, Thu 18 09:30 (15:30Z)
 */
async function seed() {
  const store = createMemoryStore();
  await openRequest(store, {
    id: "T-1",
    at: "2025-09-15T16:00:00Z",
    channel: "order_page",
    reference: "ORD-50017",
    input: { ...base, category: ["order", "damaged"], damagedUnits: 2 },
  });
  await openRequest(store, {
    id: "T-2",
    at: "2025-09-15T16:30:00Z",
    channel: "order_page",
    reference: "ORD-50017",
    input: {
      category: ["order", "not_delivered"],
      subject: "Pedido sin entregar",
      description: "El cliente no ha recibido el pedido.",
      promisedDate: "2025-09-12",
    },
  });
  await openRequest(store, {
    id: "T-3",
    at: "2025-09-15T17:00:00Z",
    channel: "inbound_shipment_page",
    reference: "IS-2025-0042",
    input: {
      category: ["inbound_shipment", "quantity_mismatch"],
      subject: "Faltan unidades",
      description: "Enviamos 120 unidades y se recibieron 96.",
      expectedUnits: 120,
      receivedUnits: 96,
    },
  });
  await openRequest(store, {
    id: "T-4",
    at: "2025-09-15T18:00:00Z",
    channel: "widget",
    input: {
      category: ["general", "product"],
      subject: "Stock no disponible",
      description: "El SKU aparece sin stock en el panel.",
      identifier: "SKU-778",
    },
  });
  await openRequest(store, {
    id: "T-5",
    at: "2025-09-15T18:30:00Z",
    channel: "widget",
    input: {
      category: ["general", "billing"],
      subject: "Factura duplicada",
      description: "Me cobraron dos veces el almacenaje de agosto.",
    },
  });
  await openRequest(store, {
    id: "T-9",
    at: "2025-09-15T19:00:00Z",
    channel: "order_page",
    reference: "ORD-50017",
    actor: { role: "requester", id: "u-88", tenant: "seller-mx-2" },
    input: { ...base, category: ["order", "damaged"], damagedUnits: 1 },
  });
  await run(store, "T-1", { type: "await_reply", at: at("2025-09-17T16:00:00Z"), actor: agent });
  await run(store, "T-5", {
    type: "set_field",
    at: at("2025-09-17T17:00:00Z"),
    actor: agent,
    field: "reference",
    value: "FAC-2025-0913",
  });
  await run(store, "T-5", { type: "await_reply", at: at("2025-09-17T17:00:00Z"), actor: agent });
  await run(store, "T-3", { type: "solve", at: at("2025-09-18T15:30:00Z"), actor: agent });
  return store;
}

describe("platform 002: fulfilment platform, Mexico (fulfilmentPlatformMX)", () => {
  it("definePreset accepts it; every rule R002-1 … R002-8 has a path", () => {
    expect(preset.definition).toBe(fulfilmentPlatformMX);
    expect(Object.keys(fulfilmentPlatformMX.rules)).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => `R002-${n}`),
    );
    expect(preset.calendar.timeZone).toBe("America/Mexico_City");
    expect(preset.agentCalendar.timeZone).toBe("America/Mexico_City");
    expect(preset.agentCalendar).not.toBe(preset.calendar);
    expect(preset.sla).toBeUndefined(); // the rules of 002 give no response times
  });

  it("toMermaid() contains each status, labelled in the locale", () => {
    const es = preset.toMermaid();
    const en = preset.toMermaid({ locale: "en" });
    for (const [name, s] of Object.entries(fulfilmentPlatformMX.workflow.statuses)) {
      // The key follows the label unless they read the same ("Open (open)").
      expect(es).toContain(`${name}["${s.label.es} (${name})"]`);
      expect(en).toContain(
        s.label.en.toLowerCase() === name
          ? `${name}["${s.label.en}"]`
          : `${name}["${s.label.en} (${name})"]`,
      );
    }
    expect(es).toContain('open -->|"await_reply (agent, admin)"| awaiting_reply');
    expect(es).toContain('solved -->|"comment (requester)"| open');
  });

  it("R002-6: exactly Open, Awaiting your reply and Solved; Open on creation", () => {
    const { statuses } = fulfilmentPlatformMX.workflow;
    expect(Object.keys(statuses)).toEqual(["open", "awaiting_reply", "solved"]);
    expect(statuses.open.label).toEqual({ es: "Abierta", pt: "Aberta", en: "Open" });
    expect(statuses.awaiting_reply.label).toEqual({
      es: "Esperando tu respuesta",
      pt: "Aguardando sua resposta",
      en: "Awaiting your reply",
    });
    expect(statuses.solved.label).toEqual({ es: "Resuelta", pt: "Resolvida", en: "Solved" });
    expect(["open", "awaiting_reply", "solved"].map((s) => preset.categoryOf(s))).toEqual([
      "open",
      "waiting_on_requester",
      "solved",
    ]);
    expect(() => preset.categoryOf("closed")).toThrow(InvalidArgumentError);

    const created = wf.create({ at: at("2025-09-15T16:00:00Z"), actor: seller, id: "T-1", tenant });
    if (!created.ok) throw new Error("create refused");
    expect(created.ticket.status).toBe("open");
    // Support answers and needs the requester; the reply hands it back; support solves.
    const asked = wf.apply(created.ticket, {
      type: "await_reply",
      at: at("2025-09-17T16:00:00Z"),
      actor: agent,
    });
    if (!asked.ok) throw new Error("await_reply refused");
    expect(asked.ticket.status).toBe("awaiting_reply");
    const replied = wf.apply(asked.ticket, {
      type: "comment",
      at: at("2025-09-17T18:00:00Z"),
      actor: seller,
      body: "Adjunto la foto de la caja.",
    });
    if (!replied.ok) throw new Error("comment refused");
    expect(replied.ticket.status).toBe("open");
    // The requester cannot mark it solved: that is support's.
    const bySeller = wf.apply(replied.ticket, {
      type: "solve",
      at: at("2025-09-18T15:00:00Z"),
      actor: seller,
    });
    expect(bySeller.ok ? bySeller.ticket.status : bySeller.error.code).toBe("role_not_allowed");
    const solved = wf.apply(replied.ticket, {
      type: "solve",
      at: at("2025-09-18T15:00:00Z"),
      actor: agent,
    });
    if (!solved.ok) throw new Error("solve refused");
    expect(solved.ticket.status).toBe("solved");
    expect(
      wf.replay([...created.events, ...asked.events, ...replied.events, ...solved.events]),
    ).toEqual(solved.ticket);
  });

  it("R002-1: from an order or inbound-shipment page (that reference) or from the widget (reason and, where needed, identifier)", async () => {
    const store = createMemoryStore();
    const order = await openRequest(store, {
      id: "T-1",
      at: "2025-09-15T16:00:00Z",
      channel: "order_page",
      reference: "ORD-50017",
      input: { ...base, category: ["order", "damaged"], damagedUnits: 2 },
    });
    expect(order.ticket).toMatchObject({
      channel: "order_page",
      reference: "ORD-50017",
      category: ["order", "damaged"],
      status: "open",
      requester: "u-17",
    });
    const shipment = await openRequest(store, {
      id: "T-3",
      at: "2025-09-15T17:00:00Z",
      channel: "inbound_shipment_page",
      reference: "IS-2025-0042",
      input: {
        category: ["inbound_shipment", "late_receipt"],
        subject: "Recepción pendiente",
        description: "El envío llegó al almacén y sigue sin recibirse.",
        deliveredOn: "2025-09-12",
      },
    });
    expect(shipment.ticket).toMatchObject({
      channel: "inbound_shipment_page",
      reference: "IS-2025-0042",
      category: ["inbound_shipment", "late_receipt"],
    });

    // The page fixes the first level; the requester must still pick the reason.
    const noReason = preset.form.parse({ ...base, category: ["order"] });
    expect(noReason.ok ? [] : noReason.issues.map((i) => i.code)).toEqual(["incomplete_category"]);

    // Widget: reasons about an inbound shipment or a product need the identifier.
    const widgetReasons = Object.keys(
      fulfilmentPlatformMX.form.taxonomy.options.general.children.options,
    );
    expect(widgetReasons).toEqual(["inbound", "product", "billing", "account", "other"]);
    for (const reason of ["inbound", "product"]) {
      const missing = preset.form.parse({ ...base, category: ["general", reason] });
      expect(missing.ok ? [] : missing.issues.map((i) => [i.path.join("."), i.code])).toEqual([
        ["identifier", "required"],
      ]);
    }
    const badId = preset.form.parse({
      ...base,
      category: ["general", "inbound"],
      identifier: "IS 42 / x",
    });
    expect(badId.ok ? [] : badId.issues.map((i) => i.code)).toEqual(["invalid_format"]);
    const sku = await openRequest(store, {
      id: "T-4",
      at: "2025-09-15T18:00:00Z",
      channel: "widget",
      input: {
        category: ["general", "inbound"],
        subject: "Envío sin recibir",
        description: "El envío entrante sigue en tránsito.",
        identifier: " IS-2025-0042 ",
      },
    });
    expect(sku.ticket).toMatchObject({
      channel: "widget",
      reference: "IS-2025-0042", // the trimmed identifier
      category: ["general", "inbound"],
    });
    // A reason that needs no identifier: no reference yet (support fills it, R002-5).
    const billing = await openRequest(store, {
      id: "T-5",
      at: "2025-09-15T18:30:00Z",
      channel: "widget",
      input: { ...base, category: ["general", "billing"] },
    });
    expect(billing.ticket).toMatchObject({ channel: "widget", reference: null });
    // An identifier only exists on the widget's path: an order page drops it.
    expect(
      parsed({ ...base, category: ["order", "other"], identifier: "SKU-1" }),
    ).not.toHaveProperty("identifier");
  });

  it("R002-3: each reason asks for its own information; attachments optional; a failed upload is recoverable and keeps the rest", () => {
    const need = (category: string[]) => {
      const r = preset.form.parse({ ...base, category });
      return r.ok ? [] : r.issues.filter((i) => i.code === "required").map((i) => i.path.join("."));
    };
    expect(need(["order", "not_delivered"])).toEqual(["promisedDate"]);
    expect(need(["order", "damaged"])).toEqual(["damagedUnits"]);
    expect(need(["order", "wrong_item"])).toEqual(["receivedSku"]);
    expect(need(["order", "change_address"])).toEqual(["newAddress"]);
    expect(need(["inbound_shipment", "quantity_mismatch"])).toEqual([
      "expectedUnits",
      "receivedUnits",
    ]);
    expect(need(["inbound_shipment", "damaged_goods"])).toEqual(["damagedBoxes"]);
    expect(need(["inbound_shipment", "late_receipt"])).toEqual(["deliveredOn"]);
    expect(need(["order", "other"])).toEqual([]);
    // Another reason's field is dropped, not required.
    expect(
      parsed({
        ...base,
        category: ["order", "damaged"],
        damagedUnits: 2,
        promisedDate: "2025-09-12",
      }),
    ).toEqual({ ...base, category: ["order", "damaged"], damagedUnits: 2 });
    // Attachments are optional…
    expect(parsed({ ...base, category: ["order", "damaged"], damagedUnits: 2 })).not.toHaveProperty(
      "attachments",
    );
    // …and a failed upload is reported, recoverable, with everything else kept.
    const photo = { name: "caja.jpg", size: 812_345, type: "image/jpeg" };
    const label = { name: "guia.pdf", size: 48_213, type: "application/pdf", status: "uploaded" };
    const input = {
      ...base,
      category: ["order", "damaged"],
      damagedUnits: 2,
      attachments: [{ ...photo, status: "failed" }, label],
    };
    for (const [locale, text] of [
      ["es", "inténtalo de nuevo"],
      ["en", "caja.jpg"],
    ] as const) {
      const failed = preset.form.parse(input, { locale });
      if (failed.ok) throw new Error("a failed upload was accepted");
      expect(failed.issues).toHaveLength(1);
      expect(failed.issues[0]).toMatchObject({
        path: ["attachments", 0],
        code: "upload_failed",
        recoverable: true,
      });
      expect(failed.issues[0]?.message).toContain(text);
      expect(failed.partial).toEqual({
        ...base,
        category: ["order", "damaged"],
        damagedUnits: 2,
        attachments: [label],
      });
    }
    // Retried: the partial value plus the file now uploaded is accepted.
    const failed = preset.form.parse(input);
    if (failed.ok) throw new Error("a failed upload was accepted");
    const retried = preset.form.parse({
      ...failed.partial,
      attachments: [...(failed.partial.attachments as object[]), { ...photo, status: "uploaded" }],
    });
    expect(retried.ok).toBe(true);
  });

  it("R002-2: the same reason on the same order leads to the open request, not a duplicate", async () => {
    expect(fulfilmentPlatformMX.desk.duplicates).toBe("same_reference_and_reason");
    const store = await seed();
    const openTickets = async () =>
      (await store.query({ tenant, status: OPEN_STATUSES })).items.map((t) => ({
        id: t.id,
        reference: t.reference,
        reason: t.category,
      }));
    const open = await openTickets();
    expect(open.map((t) => t.id).sort()).toEqual(["T-1", "T-2", "T-4", "T-5"]);
    // Damaged on ORD-50017 again (typed with other case and spaces): T-1.
    expect(
      findDuplicate({ reference: " ord-50017 ", reason: ["order", "damaged"] }, open)?.id,
    ).toBe("T-1");
    expect(
      findDuplicate({ reference: "ORD-50017", reason: ["order", "not_delivered"] }, open)?.id,
    ).toBe("T-2");
    // Another reason on the order, or the same reason on another order: a new request.
    expect(findDuplicate({ reference: "ORD-50017", reason: ["order", "wrong_item"] }, open)).toBe(
      undefined,
    );
    expect(findDuplicate({ reference: "ORD-50099", reason: ["order", "damaged"] }, open)).toBe(
      undefined,
    );
    // T-3 on IS-2025-0042 is solved: not open, so no redirect.
    expect(
      findDuplicate(
        { reference: "IS-2025-0042", reason: ["inbound_shipment", "quantity_mismatch"] },
        open,
      ),
    ).toBe(undefined);
    // The reference support filled in later counts (T-5).
    expect(
      findDuplicate({ reference: "FAC-2025-0913", reason: ["general", "billing"] }, open)?.id,
    ).toBe("T-5");
    // Once T-1 is solved (Fri 19 Sep 10:00 local, 16:00Z), the reason is free again.
    await run(store, "T-1", { type: "solve", at: at("2025-09-19T16:00:00Z"), actor: agent });
    expect(
      findDuplicate({ reference: "ORD-50017", reason: ["order", "damaged"] }, await openTickets()),
    ).toBe(undefined);
  });

  it("R002-4: the order page lists that order's requests with reason, status and last update", async () => {
    const store = await seed();
    const page = await store.query({ tenant, reference: "ORD-50017" });
    expect(page.cursor).toBeNull();
    // Newest update first; seller-mx-2's T-9 on the same order number is not listed.
    const rows = page.items.map((t) => ({
      id: t.id,
      reason: preset.form.summarize({ ...t.fields, category: t.category }).reason,
      status: preset.definition.workflow.statuses[t.status]?.label,
      lastUpdate: t.updatedAt,
    }));
    expect(rows).toEqual([
      {
        id: "T-1",
        reason: ["Pedido", "Llegó dañado"],
        status: {
          es: "Esperando tu respuesta",
          pt: "Aguardando sua resposta",
          en: "Awaiting your reply",
        },
        lastUpdate: "2025-09-17T16:00:00.000Z", // Wed 17 Sep 10:00 local
      },
      {
        id: "T-2",
        reason: ["Pedido", "No entregado"],
        status: { es: "Abierta", pt: "Aberta", en: "Open" },
        lastUpdate: "2025-09-15T16:30:00.000Z", // Mon 15 Sep 10:30 local
      },
    ]);
    const shipmentPage = await store.query({ tenant, reference: "IS-2025-0042" });
    expect(shipmentPage.items.map((t) => [t.id, t.status])).toEqual([["T-3", "solved"]]);
    expect(
      (await store.query({ tenant: "seller-mx-2", reference: "ORD-50017" })).items.map((t) => t.id),
    ).toEqual(["T-9"]);
  });

  it("R002-5: the dashboard lists every request (reference, subject, created, last activity, status), filters by status, and support fills in a missing reference", async () => {
    const store = await seed();
    const row = (t: {
      id: string;
      reference: string | null;
      fields: JsonObject;
      createdAt: string;
      updatedAt: string;
      status: string;
    }) => [t.id, t.reference, t.fields.subject, t.createdAt, t.updatedAt, t.status];
    const all = await store.query({ tenant });
    expect(all.items.map(row)).toEqual([
      // biome-ignore format: one row per request, as the dashboard shows it
      ["T-3", "IS-2025-0042", "Faltan unidades", "2025-09-15T17:00:00.000Z", "2025-09-18T15:30:00.000Z", "solved"],
      // biome-ignore format: one row per request
      ["T-5", "FAC-2025-0913", "Factura duplicada", "2025-09-15T18:30:00.000Z", "2025-09-17T17:00:00.000Z", "awaiting_reply"],
      // biome-ignore format: one row per request
      ["T-1", "ORD-50017", "Caja rota", "2025-09-15T16:00:00.000Z", "2025-09-17T16:00:00.000Z", "awaiting_reply"],
      // biome-ignore format: one row per request
      ["T-4", "SKU-778", "Stock no disponible", "2025-09-15T18:00:00.000Z", "2025-09-15T18:00:00.000Z", "open"],
      // biome-ignore format: one row per request
      ["T-2", "ORD-50017", "Pedido sin entregar", "2025-09-15T16:30:00.000Z", "2025-09-15T16:30:00.000Z", "open"],
    ]);
    // "Filter by Awaiting your reply to see the conversations you have to answer."
    const ids = async (status: string[]) =>
      (await store.query({ tenant, status })).items.map((t) => t.id);
    expect(await ids(["awaiting_reply"])).toEqual(["T-5", "T-1"]);
    expect(await ids(["open"])).toEqual(["T-4", "T-2"]);
    expect(await ids(["solved"])).toEqual(["T-3"]);
    expect(await ids(["open", "solved"])).toEqual(["T-3", "T-4", "T-2"]);

    // T-5 had no reference at creation; the agent set it on Wed 17 Sep 11:00 local.
    const events = await store.events(tenant, "T-5");
    if (!events.ok) throw new Error("no events");
    const created = events.events[0];
    expect(created?.type === "created" && created.ticket.reference).toBeNull();
    expect(events.events[1]).toMatchObject({
      type: "field_changed",
      at: "2025-09-17T17:00:00.000Z",
      actor: agent,
      field: "reference",
      value: "FAC-2025-0913",
      previous: null,
    });
    expect(
      (await store.query({ tenant, reference: "FAC-2025-0913" })).items.map((t) => t.id),
    ).toEqual(["T-5"]);
    // The requester cannot change the reference; support only (workflow.editors).
    expect(fulfilmentPlatformMX.workflow.editors).toEqual(["agent", "admin", "system"]);
    const bySeller = await runCommand(store, wf, {
      tenant,
      id: "T-4",
      command: {
        type: "set_field",
        at: at("2025-09-17T18:00:00Z"),
        actor: seller,
        field: "reference",
        value: "SKU-779",
      },
    });
    expect(!bySeller.ok && "error" in bySeller ? bySeller.error.code : "accepted").toBe(
      "role_not_allowed",
    );
    const loaded = await store.load(tenant, "T-5");
    if (!loaded.ok) throw new Error("T-5 not found");
    expect(wf.replay(events.events)).toEqual(loaded.ticket);
  });

  it("R002-7: entering each status notifies the requester, and each of those notifications is optional", () => {
    const { optionalNotifications } = fulfilmentPlatformMX.desk;
    expect(optionalNotifications).toEqual(["open", "awaiting_reply", "solved"]);
    for (const status of optionalNotifications)
      expect(fulfilmentPlatformMX.workflow.statuses[status].onEnter).toEqual([
        { type: "notify", to: "requester", template: `request_${status}` },
      ]);

    // T-1's life: created Mon 15 Sep 10:00; answered Wed 17 10:00; the seller
    // replies Thu 18 12:00; solved Fri 19 11:00; the seller writes again Mon 22 09:00.
    const effects: Effect[] = [];
    const created = wf.create({
      at: at("2025-09-15T16:00:00Z"),
      actor: seller,
      id: "T-1",
      tenant,
      fields: { subject: "Caja rota" },
    });
    if (!created.ok) throw new Error("create refused");
    effects.push(...created.effects);
    let ticket = created.ticket;
    const commands: Command[] = [
      { type: "await_reply", at: at("2025-09-17T16:00:00Z"), actor: agent },
      { type: "comment", at: at("2025-09-18T18:00:00Z"), actor: seller, body: "Van las fotos." },
      { type: "comment", at: at("2025-09-18T19:00:00Z"), actor: agent, body: "Revisando." },
      { type: "solve", at: at("2025-09-19T17:00:00Z"), actor: agent },
      { type: "comment", at: at("2025-09-22T15:00:00Z"), actor: seller, body: "Sigue igual." },
    ];
    for (const command of commands) {
      const r = wf.apply(ticket, command);
      if (!r.ok) throw new Error(`refused: ${r.error.code}`);
      effects.push(...r.effects);
      ticket = r.ticket;
    }
    expect(ticket.status).toBe("open");
    expect(effects.map((e) => [e.template, e.status, e.event, e.at])).toEqual([
      ["request_open", "open", "created", "2025-09-15T16:00:00.000Z"],
      ["request_awaiting_reply", "awaiting_reply", "await_reply", "2025-09-17T16:00:00.000Z"],
      ["request_open", "open", "comment", "2025-09-18T18:00:00.000Z"],
      // the agent's comment while open changes no status: no notification
      ["request_solved", "solved", "solve", "2025-09-19T17:00:00.000Z"],
      ["request_open", "open", "comment", "2025-09-22T15:00:00.000Z"],
    ]);
    expect(effects[1]).toEqual({
      type: "notify",
      to: "requester",
      template: "request_awaiting_reply",
      ticket: "T-1",
      tenant,
      at: "2025-09-17T16:00:00.000Z",
      status: "awaiting_reply",
      event: "await_reply",
    });
    // What the data allows the desk to do: keep only the changes the requester chose.
    const wanted = (chosen: readonly string[]) =>
      effects
        .filter(
          (e) =>
            !(optionalNotifications as readonly string[]).includes(e.status) ||
            chosen.includes(e.status),
        )
        .map((e) => e.template);
    expect(wanted(["awaiting_reply", "solved"])).toEqual([
      "request_awaiting_reply",
      "request_solved",
    ]);
    expect(wanted(["awaiting_reply"])).toEqual(["request_awaiting_reply"]);
    expect(wanted([])).toEqual([]);
    expect(wanted(optionalNotifications)).toHaveLength(5);
  });

  it("R002-8: live chat only while the agents' calendar is open: weekday yes; lunch, night, weekend and MX holidays no", () => {
    const chat = preset.agentCalendar;
    // Wednesday 17 Sep 2025, a working day.
    expect(chat.isOpen(at("2025-09-17T15:00:00Z"))).toBe(true); // 09:00 local, opening included
    expect(chat.isOpen(at("2025-09-17T17:00:00Z"))).toBe(true); // 11:00
    expect(chat.isOpen(at("2025-09-17T20:30:00Z"))).toBe(false); // 14:30, lunch break
    expect(chat.isOpen(at("2025-09-17T23:59:00Z"))).toBe(true); // 17:59
    expect(chat.isOpen(at("2025-09-18T00:00:00Z"))).toBe(false); // 18:00, closing excluded
    expect(chat.isOpen(at("2025-09-18T04:00:00Z"))).toBe(false); // 22:00, night
    expect(chat.isOpen(at("2025-09-20T17:00:00Z"))).toBe(false); // Saturday 20 Sep 11:00
    expect(chat.isOpen(at("2025-09-21T17:00:00Z"))).toBe(false); // Sunday 21 Sep 11:00
    // Holidays: Tuesday 16 Sep (Independencia) and Monday 17 Nov (Revolución, moved).
    expect(chat.isOpen(at("2025-09-16T17:00:00Z"))).toBe(false); // Tue 16 Sep 11:00
    expect(chat.isOpen(at("2025-11-17T17:00:00Z"))).toBe(false); // Mon 17 Nov 11:00
    expect(chat.isOpen(at("2025-11-20T17:00:00Z"))).toBe(true); // Thu 20 Nov 11:00: a working day
    expect(chat.isOpen(at("2025-11-18T17:00:00Z"))).toBe(true); // Tue 18 Nov 11:00
    const mx2025 = chat.holidays(2025).map((h) => `${h.date} ${h.name}`);
    expect(mx2025).toContain("2025-09-16 Día de la Independencia");
    expect(mx2025).toContain("2025-11-17 Día de la Revolución");
    expect(mx2025.some((h) => h.startsWith("2025-11-20"))).toBe(false);

    // After Monday 15 Sep 18:00 the chat next opens Wednesday 17 Sep 09:00 (15:00Z).
    expect(chat.nextOpen(at("2025-09-16T00:30:00Z")).toISOString()).toBe(
      "2025-09-17T15:00:00.000Z",
    );
    // One hour of chat from Mon 15 Sep 17:30 local: 30 min on Monday, none on
    // the holiday, 30 min on Wednesday: Wed 17 Sep 09:30 local (15:30Z).
    const { end, days } = chat.explain(at("2025-09-15T23:30:00Z"), { hours: 1 });
    expect(end.toISOString()).toBe("2025-09-17T15:30:00.000Z");
    expect(days.map((d) => [d.date, d.counted / 60_000, d.reason ?? null])).toEqual([
      ["2025-09-15", 30, null],
      ["2025-09-16", 0, "holiday"],
      ["2025-09-17", 30, null],
    ]);
    expect(days[1]?.name).toBe("Día de la Independencia");
    // The office calendar (e-mail requests, business time) stays open over lunch.
    expect(preset.calendar.isOpen(at("2025-09-17T20:30:00Z"))).toBe(true);
    expect(preset.calendar.isOpen(at("2025-09-16T17:00:00Z"))).toBe(false);
  });

  it("every template renders in es, pt and en for a real ticket, with no placeholder left", async () => {
    const store = await seed();
    // Each template with a ticket in the status whose entry emits it.
    const inStatus = { request_open: "T-2", request_awaiting_reply: "T-1", request_solved: "T-3" };
    expect(Object.keys(fulfilmentPlatformMX.templates).sort()).toEqual(
      Object.keys(inStatus).sort(),
    );
    const word = { es: "Solicitud", pt: "Solicitação", en: "Request" };
    for (const [template, id] of Object.entries(inStatus)) {
      const loaded = await store.load(tenant, id);
      if (!loaded.ok) throw new Error(`${id} not found`);
      const ticket = loaded.ticket;
      expect(`request_${ticket.status}`).toBe(template);
      const label =
        fulfilmentPlatformMX.workflow.statuses[
          ticket.status as keyof typeof fulfilmentPlatformMX.workflow.statuses
        ].label;
      for (const locale of ["es", "pt", "en"] as const) {
        const r = preset.render({ template }, ticket, { locale });
        expect(r?.template).toBe(template);
        expect(r?.subject).toBe(`${word[locale]} ${id}: ${label[locale]}`);
        expect(r?.body).toContain(id);
        expect(r?.body).toContain(String(ticket.fields.subject));
        expect(`${r?.subject}\n${r?.body}`).not.toMatch(/\{\w+\}/);
      }
    }
    const solved = await store.load(tenant, "T-3");
    if (!solved.ok) throw new Error("T-3 not found");
    expect(preset.render({ template: "request_solved" }, solved.ticket)?.body).toBe(
      "Tu solicitud T-3 «Faltan unidades» está Resuelta. Si algo sigue pendiente, responde para reabrirla.",
    );
    expect(
      preset.render({ template: "request_solved" }, solved.ticket, { locale: "pt-BR" })?.subject,
    ).toBe("Solicitação T-3: Resolvida");
    expect(preset.render({}, solved.ticket)).toBeUndefined();
  });

  it("hosts extend presets: a copied and changed preset still works", () => {
    // A host whose agents also chat on Saturday mornings, with its own name.
    const saturdays = {
      ...fulfilmentPlatformMX,
      name: "fulfilment-platform-mx-saturdays",
      agentCalendar: {
        ...fulfilmentPlatformMX.agentCalendar,
        hours: { ...weekdays("09:00-14:00", "15:00-18:00"), sat: ["10:00-14:00"] },
      },
    } satisfies PresetDefinition;
    const mine = definePreset(saturdays);
    expect(mine.definition.name).toBe("fulfilment-platform-mx-saturdays");
    expect(mine.agentCalendar.isOpen(at("2025-09-20T17:00:00Z"))).toBe(true); // Sat 11:00
    expect(mine.agentCalendar.isOpen(at("2025-09-16T17:00:00Z"))).toBe(false); // still a holiday
    expect(preset.agentCalendar.isOpen(at("2025-09-20T17:00:00Z"))).toBe(false); // original unchanged
    const created = mine.workflow.create({
      at: at("2025-09-20T17:00:00Z"),
      actor: seller,
      id: "T-7",
      tenant,
    });
    expect(created.ok && created.ticket.status).toBe("open");

    // A host that calls "solved" something else keeps the rest.
    const relabelled = definePreset({
      ...fulfilmentPlatformMX,
      workflow: {
        ...fulfilmentPlatformMX.workflow,
        statuses: {
          ...fulfilmentPlatformMX.workflow.statuses,
          solved: {
            ...fulfilmentPlatformMX.workflow.statuses.solved,
            label: { es: "Solucionada", pt: "Solucionada", en: "Resolved" },
          },
        },
      },
    });
    expect(relabelled.toMermaid({ locale: "en" })).toContain('solved["Resolved (solved)"]');

    // Dropping what a rule points at is refused, naming the rule.
    const { agentCalendar: _dropped, ...withoutChat } = fulfilmentPlatformMX;
    expect(() => definePreset(withoutChat)).toThrow(InvalidArgumentError);
    expect(() => definePreset(withoutChat)).toThrow(/rules\.R002-8/);
  });
});
