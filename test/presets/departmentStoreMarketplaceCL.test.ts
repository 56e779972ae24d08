// Platform 001, the department-store marketplace's Seller Center (Chile),
// walked end to end over Fiestas Patrias 2025 on office hours (Mon-Fri
// 09:00-18:00, America/Santiago, UTC-3 since Sunday 7 September). In the CL
// table, Thursday 18 September is "Fiestas Patrias" and Friday 19 September
// "Día de las Glorias del Ejército"; Wednesday 17 September 2025 is a working
// day (the extra 17 September holiday falls only when the 18th is a Tuesday).
// Every expected instant was worked out by hand and is written in UTC with
// its local time beside it.
import { definePreset, type PresetDefinition } from "plazo/presets";
import { estimateResolution } from "plazo/sla";
import { createMemoryStore, runCommand, snapshotOf } from "plazo/store";
import type { Actor, ApplyResult, JsonObject, Step, Ticket } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { departmentStoreMarketplaceCL } from "../../src/presets/departmentStoreMarketplaceCL.js";

const preset = definePreset(departmentStoreMarketplaceCL);
const wf = preset.workflow;
const sla = wf.sla ?? fail("the preset has an SLA policy");
const seller: Actor = { role: "requester", id: "u-17", tenant: "store-9" };
const agent: Actor = { role: "agent", id: "a-3" };
const at = (s: string) => new Date(s);
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// Tue 16 Sep 10:00, Wed 17 Sep 11:00, Mon 22 Sep 10:00 and 15:00, Tue 23 Sep 12:00 (local).
const TUE_16_1000 = at("2025-09-16T13:00:00Z");
const TUE_16_1100 = at("2025-09-16T14:00:00Z");
const WED_17_1100 = at("2025-09-17T14:00:00Z");
const FRI_19_1200 = at("2025-09-19T15:00:00Z"); // a holiday
const MON_22_1000 = at("2025-09-22T13:00:00Z");
const MON_22_1500 = at("2025-09-22T18:00:00Z");
const TUE_23_1200 = at("2025-09-23T15:00:00Z");

function fail(message: string): never {
  throw new Error(message);
}
/** A ticket's SLA clocks (the preset always has a policy). */
const clocks = (t: Ticket) => t.sla ?? fail(`${t.id} has no SLA clocks`);

function ok<T extends string>(r: ApplyResult<T>): Step<T> {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r;
}

/** A damaged-product claim, as the form hands it over. */
const damagedClaim = {
  category: ["claim", "logistics", "damaged"],
  subject: "Producto llegó roto",
  description: "El cliente recibió la lámpara con la base quebrada.",
  orderNumber: "3001234567",
  photos: [{ name: "base.jpg", size: 512_000, type: "image/jpeg", id: "f-1" }],
};

/** The form's value split into the create command's category and fields. */
function fromForm(input: unknown) {
  const r = preset.form.parse(input, { locale: "es" });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  const { category, ...fields } = r.value as { category: string[] } & JsonObject;
  return { value: r.value, category, fields: fields as JsonObject };
}

function openClaim(id = "C-1001", when = TUE_16_1000) {
  const { category, fields } = fromForm(damagedClaim);
  return ok(wf.create({ at: when, actor: seller, id, tenant: "store-9", category, fields }));
}

describe("platform 001: department-store marketplace Seller Center (Chile)", () => {
  it("definePreset accepts it; every R001 rule points at the data that implements it", () => {
    expect(preset.definition).toBe(departmentStoreMarketplaceCL);
    expect(Object.keys(departmentStoreMarketplaceCL.rules).sort()).toEqual(
      ["R001-1", "R001-2", "R001-3", "R001-4", "R001-5", "R001-6"].sort(),
    );
    expect(departmentStoreMarketplaceCL.rules["R001-5"]).toBe(
      "workflow.statuses.pending_task.onEnter",
    );
    expect(preset.calendar.timeZone).toBe("America/Santiago");
    expect(preset.sla).toBeDefined();
    // A rule pointing nowhere is refused, naming the rule.
    expect(() =>
      definePreset({
        ...departmentStoreMarketplaceCL,
        rules: { ...departmentStoreMarketplaceCL.rules, "R001-6": "workflow.statuses.archived" },
      }),
    ).toThrow(/rules\.R001-6/);
  });

  it("the CL calendar: 17 Sep 2025 is a business day, 18 and 19 Sep are holidays (Thu, Fri)", () => {
    expect([
      at("2025-09-18T12:00:00Z").getUTCDay(),
      at("2025-09-19T12:00:00Z").getUTCDay(),
    ]).toEqual([4, 5]);
    const september = preset.calendar
      .holidays(2025)
      .filter((h) => h.date.startsWith("2025-09"))
      .map((h) => `${h.date} ${h.name}`);
    expect(september).toEqual([
      "2025-09-18 Fiestas Patrias",
      "2025-09-19 Día de las Glorias del Ejército",
    ]);
    expect(preset.calendar.isBusinessDay("2025-09-17")).toBe(true);
    expect(preset.calendar.isOpen(at("2025-09-17T12:00:00Z"))).toBe(true); // Wed 09:00
    expect(preset.calendar.isOpen(at("2025-09-17T21:00:00Z"))).toBe(false); // Wed 18:00
    expect(preset.calendar.isOpen(at("2025-09-18T15:00:00Z"))).toBe(false); // Thu 12:00, holiday
  });

  describe("R001-1: record type -> area/process -> cause decides the required fields", () => {
    it("R001-1: a damaged-product claim needs the order number and the photos", () => {
      const r = preset.form.parse(
        { ...damagedClaim, orderNumber: undefined, photos: undefined },
        { locale: "es" },
      );
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.issues.map((i) => [i.path.join("."), i.code]).sort()).toEqual([
        ["orderNumber", "required"],
        ["photos", "required"],
      ]);
      expect(preset.form.parse(damagedClaim).ok).toBe(true);
    });

    it("R001-1: another cause of the same area asks for its own field, not the photos", () => {
      const late = {
        category: ["claim", "logistics", "late_pickup"],
        subject: "Retiro no realizado",
        description: "El operador no pasó a retirar el pedido agendado.",
        orderNumber: "3001234567",
      };
      const missing = preset.form.parse(late);
      expect(missing.ok).toBe(false);
      if (!missing.ok)
        expect(missing.issues.map((i) => [i.path.join("."), i.code])).toEqual([
          ["pickupDate", "required"],
        ]);
      // 17 Sep is a working day, so a pickup was scheduled for it.
      const r = preset.form.parse({
        ...late,
        pickupDate: "2025-09-17",
        photos: damagedClaim.photos,
      });
      expect(r.ok).toBe(true);
      // Fields of causes not chosen are dropped, not validated or kept.
      if (r.ok) expect(r.value).not.toHaveProperty("photos");
    });

    it("R001-1: other record types ask for other fields; a bulk upload needs the spreadsheet", () => {
      const payment = preset.form.parse({
        category: ["claim", "payments", "missing_payment"],
        subject: "Liquidación no pagada",
        description: "No recibimos la liquidación de la primera quincena.",
      });
      expect(payment.ok).toBe(false);
      if (!payment.ok)
        expect(payment.issues.map((i) => i.path.join(".")).sort()).toEqual([
          "amount",
          "settlementDate",
        ]);
      const bulk = {
        category: ["request", "catalog", "bulk_upload"],
        subject: "Carga de 300 productos",
        description: "Adjunto la planilla de carga de la temporada.",
      };
      const noFile = preset.form.parse(bulk);
      expect(noFile.ok).toBe(false);
      if (!noFile.ok) expect(noFile.issues.map((i) => i.code)).toEqual(["file_required"]);
      const sheet = { name: "carga.xlsx", size: 48_213, type: XLSX };
      expect(preset.form.parse({ ...bulk, attachments: [sheet] }).ok).toBe(true);
      // A question needs only the common fields once its three levels are chosen.
      expect(
        preset.form.parse({
          category: ["question", "general", "other"],
          subject: "Horario de atención",
          description: "¿Atienden el 19 de septiembre?",
        }).ok,
      ).toBe(true);
    });

    it("R001-1: the case is classified down to the cause: two levels are not enough", () => {
      const r = preset.form.parse({ ...damagedClaim, category: ["claim", "logistics"] });
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.map((i) => i.code)).toContain("incomplete_category");
      const wrong = preset.form.parse({ ...damagedClaim, category: ["claim", "catalog", "bulk"] });
      expect(wrong.ok).toBe(false);
      if (!wrong.ok) expect(wrong.issues.map((i) => i.code)).toContain("invalid_category");
      const schema = preset.form.toJSONSchema() as {
        properties: { category: { enum: string[][] } };
      };
      expect(schema.properties.category.enum).toHaveLength(8);
      expect(schema.properties.category.enum).toContainEqual(["claim", "logistics", "damaged"]);
    });
  });

  it("R001-2: the summary shows the reason (three levels) and the case number", () => {
    const { value } = fromForm(damagedClaim);
    const es = preset.form.summarize(value, { locale: "es" });
    expect(es.reason).toEqual(["Reclamo", "Logística", "Producto dañado"]);
    expect(preset.form.summarize(value, { locale: "pt" }).reason).toEqual([
      "Reclamação",
      "Logística",
      "Produto danificado",
    ]);
    expect(preset.form.summarize(value, { locale: "en" }).reason).toEqual([
      "Claim",
      "Logistics",
      "Damaged product",
    ]);
    expect(es.fields.map((f) => [f.label, f.value])).toEqual([
      ["Asunto", "Producto llegó roto"],
      ["Descripción", "El cliente recibió la lámpara con la base quebrada."],
      ["Número de orden", "3001234567"],
      ["Fotos del daño", "base.jpg"],
    ]);
    // The case number is the ticket's id, in the confirmation emitted on creation.
    const created = openClaim("C-1001");
    expect(created.effects).toEqual([
      {
        type: "notify",
        to: "requester",
        template: "case_created",
        ticket: "C-1001",
        tenant: "store-9",
        at: "2025-09-16T13:00:00.000Z",
        status: "new",
        event: "created",
      },
    ]);
    const mail = preset.render(created.effects[0] ?? {}, created.ticket);
    expect(mail?.subject).toBe("Caso C-1001: Producto llegó roto");
    expect(mail?.body).toContain("Creamos tu caso C-1001 (Nuevo).");
  });

  it("R001-3: the four indicators from a store holding cases in every state", async () => {
    const store = createMemoryStore();
    const put = async (id: string, actor: Actor) => {
      const tenant = actor.tenant ?? "";
      const category = ["question", "general", "other"];
      const r = ok(wf.create({ at: TUE_16_1000, actor, id, tenant, category }));
      const c = await store.create({ events: r.events, ...snapshotOf(wf, r.ticket) });
      expect(c.ok).toBe(true);
    };
    const act = async (
      id: string,
      type: string,
      when: Date,
      actor: Actor = agent,
      tenant = "store-9",
    ) => {
      const command =
        type === "comment"
          ? ({ type, at: when, actor, body: "Envío lo solicitado" } as const)
          : { type, at: when, actor };
      const r = await runCommand(store, wf, { tenant, id, command });
      if (!r.ok) throw new Error(`${type} ${id}: ${"error" in r ? r.error.code : r.code}`);
    };
    for (const id of ["C-1", "C-2", "C-3", "C-4", "C-5", "C-6"]) await put(id, seller);
    await put("C-7", { role: "requester", id: "u-18", tenant: "store-9" }); // another seller
    await put("C-8", { role: "requester", id: "u-17", tenant: "store-1" }); // another account
    // C-1 stays new; C-2 in progress; C-3 and C-4 wait on the seller; C-5 closed;
    // C-6 waited and was answered (back in progress); C-7, C-8 wait on others.
    await act("C-2", "take", TUE_16_1100);
    await act("C-3", "request_info", TUE_16_1100);
    await act("C-4", "take", TUE_16_1100);
    await act("C-4", "request_info", WED_17_1100);
    await act("C-5", "resolve", WED_17_1100);
    await act("C-6", "request_info", TUE_16_1100);
    await act("C-6", "comment", MON_22_1000, seller);
    await act("C-7", "request_info", TUE_16_1100);
    await act("C-8", "request_info", TUE_16_1100, agent, "store-1");

    expect(await store.counts({ tenant: "store-9", requester: "u-17" })).toEqual({
      waitingOnMe: 2,
      open: 5,
      closed: 1,
      all: 6,
    });
    const pending = await store.query({
      tenant: "store-9",
      requester: "u-17",
      category: ["waiting_on_requester"],
    });
    expect(pending.items.map((t) => t.id).sort()).toEqual(["C-3", "C-4"]);
    const closed = await store.query({
      tenant: "store-9",
      requester: "u-17",
      category: ["closed"],
    });
    expect(closed.items.map((t) => [t.id, t.status])).toEqual([["C-5", "closed"]]);
    expect(await store.counts({ tenant: "store-1", requester: "u-17" })).toEqual({
      waitingOnMe: 1,
      open: 1,
      closed: 0,
      all: 1,
    });
    // The categories behind the indicators.
    expect(
      Object.keys(departmentStoreMarketplaceCL.workflow.statuses).map(preset.categoryOf),
    ).toEqual(["new", "open", "waiting_on_requester", "closed"]);
  });

  describe("R001-4: an estimated time to resolution, in business time", () => {
    it("R001-4: before and at creation, a claim is due at the close of its 5th business day", () => {
      // Tue 16 Sep 10:00: business days 17, 22, 23, 24, 25 Sep (18-21 are closed),
      // so Thu 25 Sep 18:00. Without the holidays it would be Tue 23 Sep 18:00.
      expect(estimateResolution(sla, { category: ["claim"] }, TUE_16_1000)).toEqual({
        at: "2025-09-25T21:00:00.000Z",
        basis: "new",
      });
      const created = openClaim();
      expect(estimateResolution(sla, clocks(created.ticket), TUE_16_1000)).toEqual({
        at: "2025-09-25T21:00:00.000Z",
        basis: "running",
      });
      const days = preset.calendar.explain(TUE_16_1000, { businessDays: 5 }).days;
      expect(days.filter((d) => d.reason === "holiday").map((d) => [d.date, d.name])).toEqual([
        ["2025-09-18", "Fiestas Patrias"],
        ["2025-09-19", "Día de las Glorias del Ejército"],
      ]);
      expect(days.find((d) => d.date === "2025-09-17")?.counted).toBe(9 * 3_600_000);
      // Anything else: 3 business days, 17, 22 and 23 Sep: Tue 23 Sep 18:00.
      expect(estimateResolution(sla, { category: ["request", "catalog"] }, TUE_16_1000)).toEqual({
        at: "2025-09-23T21:00:00.000Z",
        basis: "new",
      });
    });

    it("R001-4: the estimate waits with the case while it waits on the seller", () => {
      const created = openClaim();
      const asked = ok(
        wf.apply(created.ticket, { type: "request_info", at: WED_17_1100, actor: agent }),
      );
      // 10 business hours ran (Tue 10-18, Wed 09-11) of the 53 to Thu 25 18:00.
      // Seen on the holiday Fri 19 Sep, the clock would resume Mon 22 09:00:
      // 43 h = Mon 9, Tue 9, Wed 9, Thu 9, Fri 26 09:00 + 7 h = 16:00.
      expect(estimateResolution(sla, clocks(asked.ticket), FRI_19_1200)).toEqual({
        at: "2025-09-26T19:00:00.000Z",
        basis: "paused",
      });
      // The seller answers Mon 22 10:00: 43 h from there end Fri 26 17:00.
      const answered = ok(
        wf.apply(asked.ticket, {
          type: "comment",
          at: MON_22_1000,
          actor: seller,
          body: "Adjunto más fotos",
        }),
      );
      expect(answered.ticket.status).toBe("in_progress");
      expect(estimateResolution(sla, clocks(answered.ticket), MON_22_1000)).toEqual({
        at: "2025-09-26T20:00:00.000Z",
        basis: "running",
      });
      // Resolved Tue 23 12:00: the estimate becomes the resolution instant.
      const resolved = ok(
        wf.apply(answered.ticket, { type: "resolve", at: TUE_23_1200, actor: agent }),
      );
      expect(estimateResolution(sla, clocks(resolved.ticket), TUE_23_1200)).toEqual({
        at: "2025-09-23T15:00:00.000Z",
        basis: "resolved",
      });
    });
  });

  it("R001-5: entering the pending task e-mails the seller, each time, and only then", () => {
    const created = openClaim();
    const taken = ok(wf.apply(created.ticket, { type: "take", at: TUE_16_1100, actor: agent }));
    expect(taken.effects).toEqual([]);
    const asked = ok(
      wf.apply(taken.ticket, { type: "request_info", at: WED_17_1100, actor: agent }),
    );
    expect(asked.effects).toEqual([
      {
        type: "notify",
        to: "requester",
        template: "pending_task",
        ticket: "C-1001",
        tenant: "store-9",
        at: "2025-09-17T14:00:00.000Z",
        status: "pending_task",
        event: "request_info",
      },
    ]);
    const mail = preset.render(asked.effects[0] ?? {}, asked.ticket);
    expect(mail?.subject).toBe("Caso C-1001: tienes una tarea pendiente");
    expect(mail?.body).toContain("Producto llegó roto");
    const answered = ok(
      wf.apply(asked.ticket, { type: "comment", at: MON_22_1000, actor: seller, body: "Listo" }),
    );
    expect(answered.effects).toEqual([]);
    // A second pending task, straight from a new case too, e-mails again.
    const again = ok(
      wf.apply(answered.ticket, { type: "request_info", at: MON_22_1500, actor: agent }),
    );
    expect(again.effects.map((e) => [e.template, e.at])).toEqual([
      ["pending_task", "2025-09-22T18:00:00.000Z"],
    ]);
    const fresh = openClaim("C-1002");
    const direct = ok(
      wf.apply(fresh.ticket, { type: "request_info", at: TUE_16_1100, actor: agent }),
    );
    expect(direct.effects.map((e) => e.template)).toEqual(["pending_task"]);
    // A seller cannot put their own case on a pending task.
    const refused = wf.apply(fresh.ticket, {
      type: "request_info",
      at: TUE_16_1100,
      actor: seller,
    });
    expect(refused.ok ? refused.ticket.status : refused.error.code).toBe("role_not_allowed");
  });

  it("R001-6: the full history of a case is its event list, and replays to its snapshot", async () => {
    const store = createMemoryStore();
    const created = openClaim();
    expect(
      (await store.create({ events: created.events, ...snapshotOf(wf, created.ticket) })).ok,
    ).toBe(true);
    const run = async (command: Parameters<typeof wf.apply>[1]) => {
      const r = await runCommand(store, wf, { tenant: "store-9", id: "C-1001", command });
      if (!r.ok) throw new Error("error" in r ? r.error.code : r.code);
    };
    await run({ type: "take", at: TUE_16_1100, actor: agent });
    await run({ type: "request_info", at: WED_17_1100, actor: agent });
    await run({ type: "comment", at: MON_22_1000, actor: seller, body: "Adjunto más fotos" });
    await run({ type: "comment", at: MON_22_1500, actor: agent, body: "Gestionamos el reembolso" });
    await run({ type: "resolve", at: TUE_23_1200, actor: agent });

    const history = await store.events("store-9", "C-1001");
    if (!history.ok) throw new Error(history.code);
    expect(
      history.events.map((e) => [e.seq, e.type, e.at, e.type === "status_changed" ? e.to : ""]),
    ).toEqual([
      [1, "created", "2025-09-16T13:00:00.000Z", ""],
      [2, "sla_applied", "2025-09-16T13:00:00.000Z", ""],
      [3, "status_changed", "2025-09-16T14:00:00.000Z", "in_progress"],
      [4, "status_changed", "2025-09-17T14:00:00.000Z", "pending_task"],
      [5, "comment", "2025-09-22T13:00:00.000Z", ""],
      [6, "status_changed", "2025-09-22T13:00:00.000Z", "in_progress"],
      [7, "comment", "2025-09-22T18:00:00.000Z", ""],
      [8, "status_changed", "2025-09-23T15:00:00.000Z", "closed"],
    ]);
    const loaded = await store.load("store-9", "C-1001");
    if (!loaded.ok) throw new Error(loaded.code);
    expect(loaded.ticket.status).toBe("closed");
    expect(wf.replay(history.events)).toEqual(loaded.ticket);
    // Closed is final: the history cannot grow or be rewritten afterwards.
    const late = wf.apply(loaded.ticket as Ticket, {
      type: "comment",
      at: at("2025-09-24T15:00:00Z"),
      actor: seller,
      body: "¿Y el reembolso?",
    });
    expect(late.ok ? late.ticket.status : late.error.code).toBe("ticket_closed");
    const after = await store.events("store-9", "C-1001");
    expect(after.ok && after.events.length).toBe(8);
    // The closed case is still among all the seller's cases.
    expect(await store.counts({ tenant: "store-9", requester: "u-17" })).toEqual({
      waitingOnMe: 0,
      open: 0,
      closed: 1,
      all: 1,
    });
  });

  it("toMermaid() shows every status", () => {
    const chart = preset.toMermaid();
    for (const name of Object.keys(departmentStoreMarketplaceCL.workflow.statuses))
      expect(chart).toContain(name);
    expect(preset.toMermaid({ locale: "pt" })).toContain("Tarefa pendente");
  });

  it("every template renders in es, pt and en with nothing left unfilled", () => {
    const created = openClaim();
    const closed = ok(wf.apply(created.ticket, { type: "resolve", at: TUE_16_1100, actor: agent }));
    const tickets = {
      case_created: created.ticket,
      pending_task: created.ticket,
      case_closed: closed.ticket,
    };
    for (const [template, ticket] of Object.entries(tickets)) {
      const seen = new Set<string>();
      for (const locale of ["es", "pt", "en"]) {
        const r = preset.render({ template }, ticket, { locale });
        expect(r?.template).toBe(template);
        expect(`${r?.subject}\n${r?.body}`).not.toMatch(/\{\w+\}/);
        expect(r?.subject).toContain("C-1001");
        seen.add(r?.body ?? "");
      }
      expect(seen.size).toBe(3); // really three languages
    }
    expect(Object.keys(tickets).sort()).toEqual(
      Object.keys(departmentStoreMarketplaceCL.templates).sort(),
    );
    expect(preset.render({ template: "case_closed" }, closed.ticket, { locale: "en" })?.body).toBe(
      "Your case C-1001 (Producto llegó roto) is now Closed. Its history stays available.",
    );
  });

  it("a copied-and-changed preset still works: a decreed holiday and a shorter target", () => {
    const base = departmentStoreMarketplaceCL;
    const changed: PresetDefinition = {
      ...base,
      name: "my-seller-center",
      calendar: {
        ...base.calendar,
        holidays: { ...base.calendar.holidays, dates: [{ date: "2025-09-17", name: "Decretado" }] },
      },
      sla: {
        ...base.sla,
        version: 2,
        metrics: { resolution: { targets: [{ within: { businessDays: 2 } }] } },
      },
      rules: { ...base.rules, "R001-4": "sla.metrics.resolution.targets[0]" },
    };
    const mine = definePreset(changed);
    expect(mine.calendar.isBusinessDay("2025-09-17")).toBe(false);
    // Tue 16 Sep 10:00 + 2 business days, now 22 and 23 Sep: Tue 23 Sep 18:00.
    expect(
      estimateResolution(mine.workflow.sla ?? sla, { category: ["claim"] }, TUE_16_1000),
    ).toEqual({ at: "2025-09-23T21:00:00.000Z", basis: "new" });
    const r = ok(
      mine.workflow.create({ at: TUE_16_1000, actor: seller, id: "C-9", tenant: "store-9" }),
    );
    const asked = ok(
      mine.workflow.apply(r.ticket, { type: "request_info", at: TUE_16_1100, actor: agent }),
    );
    expect(asked.effects.map((e) => e.template)).toEqual(["pending_task"]);
    // The original is untouched.
    expect(preset.calendar.isBusinessDay("2025-09-17")).toBe(true);
    expect(base.sla.version).toBe(1);
  });
});
