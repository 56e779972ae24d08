// Platform 003, an e-commerce platform's support portal, walked end to end on
// Colombian office hours (09:00-18:00 Monday to Friday, America/Bogota, UTC-5
// all year) with real 2025 holidays, all moved to a Monday by Colombian law:
// Mon 3 Nov Todos los Santos (from Sat 1 Nov), Mon 17 Nov Independencia de
// Cartagena (from Tue 11 Nov), Mon 18 Aug Asunción (from Fri 15 Aug). Every
// expected instant was worked out by hand and is written in UTC with its
// local time beside it.
import { createCalendar, officeHours, weekdays } from "plazo/calendar";
import { definePreset, InvalidArgumentError, type PresetDefinition } from "plazo/presets";
import { createMemoryStore, runCommand, snapshotOf } from "plazo/store";
import type { Actor, ApplyResult, JsonObject, Step, Ticket } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { ecommerceSupportCO } from "../../src/presets/ecommerceSupportCO.js";

const preset = definePreset(ecommerceSupportCO);
const wf = preset.workflow;
const HOUR = 3_600_000;
const at = (s: string) => new Date(s);

const ana: Actor = { role: "requester", id: "ana@mitienda.co", tenant: "mitienda" };
const agent: Actor = { role: "agent", id: "agent-7" };

function ok<T extends string>(r: ApplyResult<T>): Step<T> {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r;
}
function refused<T extends string>(r: ApplyResult<T>) {
  if (r.ok) throw new Error(`accepted, now ${r.ticket.status}`);
  return r.error;
}

const requester = { name: "Ana Pérez", account: "mitienda" };
const technical = {
  ...requester,
  category: ["technical"],
  problemType: "malfunction",
  subject: "El checkout no carga",
  impact: "critical",
  affectedUsers: "shoppers",
  experience: "proficient",
  description: "Desde las 10:00 el checkout muestra una pantalla en blanco a los compradores.",
  attachments: [{ name: "consola.har", size: 48_213, type: "application/octet-stream" }],
};
const financial = {
  ...requester,
  category: ["financial"],
  financialSubject: "payment_proof",
  financialDescription: "Adjunto el comprobante del pago de la factura de octubre.",
};

/** Parses `input` with the preset's form; throws on issues. */
function parsed(input: object) {
  const r = preset.form.parse(input);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value as JsonObject & { category: string[]; account: string };
}
/** Opens a ticket as the host does: the account is the tenant, the rest are fields (R003-1, R003-4). */
function open(input: object, id: string, when: Date, actor: Actor = ana) {
  const { category, ...fields } = parsed(input);
  return ok(wf.create({ at: when, actor, id, tenant: fields.account, category, fields }));
}
const codes = (input: object) => {
  const r = preset.form.parse(input);
  return r.ok ? [] : r.issues.map((i) => `${i.path.join(".")}:${i.code}`);
};

describe("ecommerceSupportCO: the preset", () => {
  it("definePreset accepts it, and every rule R003-1 … R003-10 points into it", () => {
    expect(preset.definition).toBe(ecommerceSupportCO);
    expect(Object.keys(ecommerceSupportCO.rules)).toEqual(
      Array.from({ length: 10 }, (_, i) => `R003-${i + 1}`),
    );
    expect(preset.calendar.timeZone).toBe("America/Bogota");
    expect(preset.sla?.name).toBe("ecommerce-support-co");
  });

  it("toMermaid() draws every status, with its label", () => {
    const chart = preset.toMermaid();
    for (const [name, s] of Object.entries(ecommerceSupportCO.workflow.statuses)) {
      expect(chart).toContain(name);
      expect(chart).toContain(s.label.es);
    }
    expect(preset.toMermaid({ locale: "pt" })).toContain("Aguardando resposta");
    expect(preset.toMermaid({ locale: "en" })).toContain("auto_close: after 27h business → close");
  });

  it("the CO calendar: 2025's Monday holidays are closed, the days they were moved from are open", () => {
    const cal = preset.calendar;
    for (const day of ["2025-08-18", "2025-10-13", "2025-11-03", "2025-11-17"])
      expect(cal.isBusinessDay(day)).toBe(false);
    // Fri 15 Aug (Asunción's date) and Tue 11 Nov (Cartagena's date) are working days.
    expect(cal.isBusinessDay("2025-08-15")).toBe(true);
    expect(cal.isBusinessDay("2025-11-11")).toBe(true);
    expect(cal.isOpen(at("2025-08-15T14:00:00Z"))).toBe(true); // Fri 15 Aug 09:00 Bogotá
    expect(cal.isOpen(at("2025-08-15T13:59:59Z"))).toBe(false); // 08:59:59, before opening
  });

  it("every template renders in es, pt and en with no placeholder left, for each request type", () => {
    const tickets = [
      open(technical, "T-100", at("2025-11-12T15:00:00Z")).ticket,
      open(financial, "T-101", at("2025-11-12T15:00:00Z")).ticket,
      open(
        {
          ...requester,
          category: ["commercial", "trade_policy"],
          policyName: "Mayoristas",
          policyPurpose: "Precios especiales para clientes mayoristas.",
        },
        "T-102",
        at("2025-11-12T15:00:00Z"),
      ).ticket,
    ].map((t) => ({ ...t, status: "solved" }));
    const names = Object.keys(ecommerceSupportCO.templates);
    expect(names.sort()).toEqual(["awaiting_response", "satisfaction_survey", "solved"]);
    for (const t of tickets)
      for (const template of names)
        for (const locale of ["es", "pt", "en"] as const) {
          const r = preset.render({ template }, t, { locale });
          expect(r?.template).toBe(template);
          expect(`${r?.subject}\n${r?.body}`).not.toMatch(/\{\w+\}/);
          expect(r?.body).toContain(t.id);
          expect(r?.body).toContain("Ana Pérez");
          expect(r?.body).toContain("mitienda");
        }
    const [t] = tickets as [Ticket];
    expect(preset.render({ template: "solved" }, t)?.subject).toBe("Ticket T-100: Resuelto");
    expect(preset.render({ template: "solved" }, t, { locale: "pt" })?.subject).toBe(
      "Ticket T-100: Resolvido",
    );
    expect(preset.render({ template: "solved" }, t, { locale: "en" })?.subject).toBe(
      "Ticket T-100: Solved",
    );
  });

  it("a copied-and-changed preset still works: 08:00-17:00 with a lunch break moves the auto-close", () => {
    const copy = {
      ...ecommerceSupportCO,
      name: "ecommerce-support-co-lunch",
      calendar: { ...ecommerceSupportCO.calendar, hours: weekdays("08:00-12:00", "13:00-17:00") },
    } satisfies PresetDefinition;
    const mine = definePreset(copy);
    const created = ok(
      mine.workflow.create({
        at: at("2025-10-30T14:00:00Z"),
        actor: ana,
        id: "T-9",
        tenant: "mitienda",
      }),
    );
    // Solved Thu 30 Oct 15:00 Bogotá: Thu 2 h + Fri 31 Oct 8 h + (Mon 3 Nov holiday)
    // Tue 4 Nov 8 h + Wed 5 Nov 8 h = 26 h, then Thu 6 Nov 08:00-09:00.
    const solved = ok(
      mine.workflow.apply(created.ticket, {
        type: "solve",
        at: at("2025-10-30T20:00:00Z"),
        actor: agent,
      }),
    );
    expect(solved.ticket.timers).toEqual([
      expect.objectContaining({ name: "auto_close", due: "2025-11-06T14:00:00.000Z" }),
    ]);
    // The original is unchanged.
    expect(preset.calendar.isOpen(at("2025-10-30T13:30:00Z"))).toBe(false); // 08:30 Bogotá
    expect(mine.calendar.isOpen(at("2025-10-30T13:30:00Z"))).toBe(true);
    // A copy whose rule points nowhere is refused, naming the rule.
    expect(() =>
      definePreset({
        ...ecommerceSupportCO,
        rules: { ...ecommerceSupportCO.rules, "R003-9": "workflow.statuses.resolved.timers" },
      }),
    ).toThrow(InvalidArgumentError);
    expect(() =>
      definePreset({
        ...ecommerceSupportCO,
        rules: { ...ecommerceSupportCO.rules, "R003-9": "workflow.statuses.resolved.timers" },
      }),
    ).toThrow(/rules\.R003-9/);
  });
});

describe("R003-1 to R003-6: the forms", () => {
  it("R003-1: name and account are required; the account is the ticket's tenant", () => {
    expect(codes({ category: ["financial"], financialSubject: "partner" })).toEqual(
      expect.arrayContaining(["name:required", "account:required"]),
    );
    expect(codes({ ...financial, account: "Mi Tienda" })).toEqual(["account:invalid_format"]);
    const { ticket } = open(financial, "T-1", at("2025-11-12T15:00:00Z"));
    expect(ticket.tenant).toBe("mitienda");
    expect(ticket.requester).toBe("ana@mitienda.co");
    expect(ticket.fields).toMatchObject({ name: "Ana Pérez", account: "mitienda" });
  });

  it("R003-1: a ticket belongs to one account; an actor of another account gets tenant_mismatch", () => {
    const { ticket } = open(financial, "T-1", at("2025-11-12T15:00:00Z"));
    const other: Actor = { role: "requester", id: "luis@otratienda.co", tenant: "otratienda" };
    for (const command of [
      { type: "comment", body: "Hola", actor: other },
      { type: "solve", actor: other },
      { type: "ask", actor: { ...agent, tenant: "otratienda" } },
    ] as const) {
      const e = refused(wf.apply(ticket, { ...command, at: at("2025-11-12T16:00:00Z") }));
      expect(e.code).toBe("tenant_mismatch");
    }
    // The account's own requester may comment.
    expect(
      ok(
        wf.apply(ticket, {
          type: "comment",
          body: "Hola",
          actor: ana,
          at: at("2025-11-12T16:00Z"),
        }),
      ).ticket.comments,
    ).toBe(1);
  });

  it("R003-2: three request types, each with its own form", () => {
    const options = ecommerceSupportCO.form.taxonomy.options;
    expect(Object.keys(options)).toEqual(["technical", "financial", "commercial"]);
    const schema = preset.form.toJSONSchema() as {
      properties: { category: { enum: string[][] } };
    };
    expect(schema.properties.category.enum).toEqual([
      ["technical"],
      ["financial"],
      ["commercial", "trade_policy"],
      ["commercial", "white_label"],
      ["commercial", "seller_environment"],
      ["commercial", "additional_environment"],
      ["commercial", "master_admin_change"],
    ]);
    // A financial request asks only for the financial fields...
    expect(codes({ ...requester, category: ["financial"] })).toEqual([
      "financialSubject:required",
      "financialDescription:required",
    ]);
    // ...and drops the technical ones sent with it.
    const value = parsed({ ...financial, impact: "critical", subject: "x" });
    expect(value).not.toHaveProperty("impact");
    expect(value).not.toHaveProperty("subject");
    expect(value).not.toHaveProperty("priority");
    expect(codes({ ...requester, category: ["sales"] })).toEqual(["category.0:invalid_category"]);
  });

  it("R003-3: the technical form: its fields, attachments of any type, consent checked by default", () => {
    const t = ecommerceSupportCO.form.taxonomy.options.technical.fields;
    expect(Object.keys(t)).toEqual([
      "problemType",
      "subject",
      "impact",
      "affectedUsers",
      "experience",
      "description",
      "attachments",
      "shareSolution",
    ]);
    expect(Object.keys(t.problemType.options)).toEqual([
      "malfunction",
      "question",
      "configuration",
    ]);
    expect(Object.keys(t.impact.options)).toEqual(["auxiliary", "important", "critical"]);
    expect(Object.keys(t.affectedUsers.options)).toEqual(["admins", "shoppers", "all"]);
    expect(Object.keys(t.experience.options)).toHaveLength(3);
    const { category, attachments, ...rest } = technical;
    expect(codes({ ...requester, category })).toEqual([
      "problemType:required",
      "subject:required",
      "impact:required",
      "affectedUsers:required",
      "experience:required",
      "description:required",
    ]);
    // Attachments are optional, of any type.
    expect(parsed({ ...rest, category })).not.toHaveProperty("attachments");
    const files = [
      { name: "consola.har", size: 48_213, type: "application/octet-stream" },
      { name: "pantalla.mp4", size: 9_000_000, type: "video/mp4" },
      { name: "logs.zip", size: 1_200_000, type: "application/zip" },
      { name: "catalogo.xlsx", size: 30_000, type: "application/vnd.ms-excel" },
    ];
    expect(parsed({ ...technical, attachments: files }).attachments).toEqual(files);
    // Consent: checked unless the requester unchecks it.
    expect(parsed(technical).shareSolution).toBe(true);
    expect(parsed({ ...technical, shareSolution: false }).shareSolution).toBe(false);
    expect(codes({ ...technical, problemType: "bug" })).toEqual(["problemType:invalid_option"]);
  });

  it("R003-4: impact × affected users decide the priority, on all nine combinations", () => {
    const expected = {
      critical: { all: "urgent", shoppers: "urgent", admins: "high" },
      important: { all: "high", shoppers: "high", admins: "normal" },
      auxiliary: { all: "normal", shoppers: "normal", admins: "low" },
    } as const;
    for (const [impact, row] of Object.entries(expected))
      for (const [affectedUsers, priority] of Object.entries(row))
        expect(parsed({ ...technical, impact, affectedUsers }).priority).toBe(priority);
  });

  it("R003-5: a financial subject from the fixed list of 12, and a description", () => {
    const subjects = Object.keys(
      ecommerceSupportCO.form.taxonomy.options.financial.fields.financialSubject.options,
    );
    expect(subjects).toHaveLength(12);
    for (const financialSubject of subjects)
      expect(parsed({ ...financial, financialSubject }).financialSubject).toBe(financialSubject);
    expect(codes({ ...financial, financialSubject: "refund" })).toEqual([
      "financialSubject:invalid_option",
    ]);
    expect(codes({ ...financial, financialDescription: "" })).toEqual([
      "financialDescription:required",
    ]);
  });

  it("R003-6: a commercial request type from the fixed list of 5, then that type's fields", () => {
    const types = ecommerceSupportCO.form.taxonomy.options.commercial.children.options;
    expect(Object.keys(types)).toEqual([
      "trade_policy",
      "white_label",
      "seller_environment",
      "additional_environment",
      "master_admin_change",
    ]);
    expect(codes({ ...requester, category: ["commercial"] })).toEqual([
      "category:incomplete_category",
    ]);
    const cases = {
      trade_policy: ["policyName:required", "policyPurpose:required"],
      white_label: ["sellerName:required", "sellerAccount:required"],
      seller_environment: ["sellerEnvironment:required"],
      additional_environment: ["environmentName:required", "environmentPurpose:required"],
      master_admin_change: ["newMasterAdminName:required", "newMasterAdminEmail:required"],
    };
    for (const [type, issues] of Object.entries(cases))
      expect(codes({ ...requester, category: ["commercial", type] })).toEqual(issues);
    const change = parsed({
      ...requester,
      category: ["commercial", "master_admin_change"],
      newMasterAdminName: "Luis Gómez",
      newMasterAdminEmail: " Luis.Gomez@MiTienda.co ",
      policyName: "dropped: another type's field",
    });
    expect(change).toEqual({
      ...requester,
      category: ["commercial", "master_admin_change"],
      newMasterAdminName: "Luis Gómez",
      newMasterAdminEmail: "luis.gomez@mitienda.co",
    });
    expect(
      codes({
        ...requester,
        category: ["commercial", "master_admin_change"],
        newMasterAdminName: "Luis Gómez",
        newMasterAdminEmail: "luis",
      }),
    ).toEqual(["newMasterAdminEmail:invalid_email"]);
  });
});

describe("R003-4: the priority sets the first-reply target, across Independencia de Cartagena", () => {
  // Opened Fri 14 Nov 2025 17:00 Bogotá (22:00Z): one business hour is left on
  // Friday; Sat 15, Sun 16 and Mon 17 Nov (Independencia de Cartagena) are closed.
  const friday = at("2025-11-14T22:00:00Z");
  const firstReply = (input: object, id: string) => {
    const { ticket } = open(input, id, friday);
    return wf.sla?.report(ticket.sla as NonNullable<Ticket["sla"]>, friday);
  };

  it("R003-4: urgent is due Tue 18 Nov 10:00, normal Tue 18 Nov 17:00, low Wed 19 Nov 17:00", () => {
    const urgent = firstReply(technical, "T-1"); // critical × shoppers
    const high = firstReply({ ...technical, affectedUsers: "admins" }, "T-2"); // critical × admins
    const normal = firstReply({ ...technical, impact: "auxiliary", affectedUsers: "all" }, "T-3");
    const low = firstReply({ ...technical, impact: "auxiliary", affectedUsers: "admins" }, "T-4");
    expect([urgent, high, normal, low].map((r) => r?.priority)).toEqual([
      "urgent",
      "high",
      "normal",
      "low",
    ]);
    expect([urgent, high, normal, low].map((r) => r?.metrics.first_reply?.dueAt)).toEqual([
      "2025-11-18T15:00:00.000Z", // 2 h: Fri 17-18, then Tue 09-10
      "2025-11-18T17:00:00.000Z", // 4 h: Fri 17-18, then Tue 09-12
      "2025-11-18T22:00:00.000Z", // 9 h: Fri 17-18, then Tue 09-17
      "2025-11-19T22:00:00.000Z", // 18 h: Fri 17-18, Tue 09-18, then Wed 09-17
    ]);
    expect(urgent?.metrics.first_reply?.warnAt).toBe("2025-11-18T14:30:00.000Z"); // Tue 09:30
  });

  it("R003-4: the urgent deadline skips the holiday: without it, it would be Mon 17 Nov 10:00", () => {
    const noHolidays = createCalendar({ timeZone: "America/Bogota", hours: officeHours });
    expect(noHolidays.add(friday, { hours: 2 }).toISOString()).toBe("2025-11-17T15:00:00.000Z");
    const days = preset.calendar.explain(friday, { hours: 2 }).days;
    expect(days.find((d) => d.date === "2025-11-17")).toMatchObject({
      counted: 0,
      reason: "holiday",
      name: "Independencia de Cartagena",
    });
  });

  it("R003-4: financial and commercial requests, without a priority, get the default, normal", () => {
    const commercial = {
      ...requester,
      category: ["commercial", "seller_environment"],
      sellerEnvironment: "mitiendaco",
    };
    for (const [input, id] of [
      [financial, "T-5"],
      [commercial, "T-7"],
    ] as const) {
      const r = firstReply(input, id);
      expect(r?.priority).toBe("normal");
      expect(r?.metrics.first_reply?.dueAt).toBe("2025-11-18T22:00:00.000Z"); // Tue 17:00
    }
  });

  it("R003-4: the SLA reads the ticket's fields.priority; an agent raising it re-targets the clock", () => {
    const { ticket } = open(financial, "T-6", friday);
    // Mon 17 Nov is a holiday: the raise lands Tue 18 Nov 09:30 (14:30Z), 1.5 h elapsed.
    const raised = ok(
      wf.apply(ticket, {
        type: "set_field",
        field: "priority",
        value: "urgent",
        at: at("2025-11-18T14:30:00Z"),
        actor: agent,
      }),
    );
    const r = wf.sla?.report(
      raised.ticket.sla as NonNullable<Ticket["sla"]>,
      at(raised.ticket.updatedAt),
    );
    expect(r?.priority).toBe("urgent");
    expect(r?.metrics.first_reply?.elapsed).toBe(1.5 * HOUR);
    expect(r?.metrics.first_reply?.dueAt).toBe("2025-11-18T15:00:00.000Z"); // Tue 10:00
  });
});

describe("R003-7: the history, searched by ticket ID and filtered by status", () => {
  it("R003-7: store.load finds a ticket by its ID; store.query filters one account's by status", async () => {
    const store = createMemoryStore();
    const t0 = at("2025-11-12T15:00:00Z"); // Wed 12 Nov 10:00 Bogotá
    const luis: Actor = { role: "requester", id: "luis@otratienda.co", tenant: "otratienda" };
    for (const [id, input, actor] of [
      ["T-1", technical, ana],
      ["T-2", financial, ana],
      ["T-3", { ...financial, financialSubject: "termination" }, ana],
      ["T-4", { ...financial, account: "otratienda", name: "Luis Gómez" }, luis],
    ] as const) {
      const { events, ticket } = open(input, id, t0, actor);
      const c = await store.create({ events, ...snapshotOf(wf, ticket) });
      expect(c.ok).toBe(true);
    }
    const run = async (tenant: string, id: string, type: "ask" | "solve", hours: number) => {
      const r = await runCommand(store, wf, {
        tenant,
        id,
        command: { type, at: t0.getTime() + hours * HOUR, actor: agent },
      });
      expect(r.ok).toBe(true);
    };
    await run("mitienda", "T-2", "ask", 1);
    await run("mitienda", "T-3", "solve", 2);
    await run("otratienda", "T-4", "ask", 3);

    const found = await store.load("mitienda", "T-2");
    expect(found.ok && [found.ticket.id, found.ticket.status]).toEqual(["T-2", "awaiting"]);
    expect(await store.load("otratienda", "T-2")).toEqual({ ok: false, code: "not_found" });
    const ids = async (status: string[]) =>
      (await store.query({ tenant: "mitienda", status })).items.map((t) => t.id);
    expect(await ids(["awaiting"])).toEqual(["T-2"]);
    expect(await ids(["solved"])).toEqual(["T-3"]);
    expect(await ids(["open", "awaiting"])).toEqual(["T-2", "T-1"]); // newest update first
    expect(await ids(["closed"])).toEqual([]);
    expect((await store.query({ tenant: "otratienda", status: ["awaiting"] })).items).toEqual([
      expect.objectContaining({ id: "T-4", tenant: "otratienda" }),
    ]);
    // The filter's choices are the workflow's statuses, labelled in the requester's language.
    expect(Object.values(ecommerceSupportCO.workflow.statuses).map((s) => s.label.es)).toEqual([
      "Abierto",
      "Esperando respuesta",
      "Resuelto",
      "Cerrado",
    ]);
  });
});

describe("R003-8 to R003-10: Open, Awaiting response, Solved, Closed", () => {
  // Opened Tue 28 Oct 2025 10:00 Bogotá (15:00Z); the agent's first reply at 10:30
  // (15:30Z) meets the urgent ticket's 2-hour first-reply target.
  const opened = () =>
    ok(
      wf.apply(open(technical, "T-1", at("2025-10-28T15:00:00Z")).ticket, {
        type: "comment",
        body: "Estamos revisando el checkout.",
        at: at("2025-10-28T15:30:00Z"),
        actor: agent,
      }),
    );
  /** Solved by the agent Thu 30 Oct 15:00 Bogotá (20:00Z). */
  const solved = () =>
    ok(wf.apply(opened().ticket, { type: "solve", at: at("2025-10-30T20:00:00Z"), actor: agent }));

  it("R003-8: four statuses, each with its category; a new ticket is Open", () => {
    const statuses = ecommerceSupportCO.workflow.statuses;
    expect(Object.keys(statuses)).toEqual(["open", "awaiting", "solved", "closed"]);
    expect(Object.keys(statuses).map((s) => preset.categoryOf(s))).toEqual([
      "open",
      "waiting_on_requester",
      "solved",
      "closed",
    ]);
    expect(opened().ticket.status).toBe("open");
  });

  it("R003-8: awaiting response, asked by e-mail; the requester's reply moves it back to open", () => {
    const asked = ok(
      wf.apply(opened().ticket, { type: "ask", at: at("2025-10-28T16:00:00Z"), actor: agent }),
    );
    expect(asked.ticket.status).toBe("awaiting");
    expect(asked.effects).toEqual([
      expect.objectContaining({ type: "notify", to: "requester", template: "awaiting_response" }),
    ]);
    expect(preset.render(asked.effects[0] as { template: string }, asked.ticket)?.subject).toBe(
      "Ticket T-1: esperamos tu respuesta",
    );
    expect(
      refused(wf.apply(asked.ticket, { type: "ask", at: at("2025-10-28T16:00Z"), actor: ana }))
        .code,
    ).toBe("transition_not_allowed");
    const answered = ok(
      wf.apply(asked.ticket, {
        type: "comment",
        body: "Adjunto la captura.",
        at: at("2025-10-29T14:00:00Z"),
        actor: ana,
      }),
    );
    expect(answered.ticket.status).toBe("open");
  });

  it("R003-8: solved by the agent, or by the requester, who cannot close it", () => {
    expect(solved().ticket.status).toBe("solved");
    const bySelf = ok(
      wf.apply(opened().ticket, { type: "solve", at: at("2025-10-28T16:00:00Z"), actor: ana }),
    );
    expect(bySelf.ticket.status).toBe("solved");
    const e = refused(
      wf.apply(bySelf.ticket, { type: "close", at: at("2025-10-28T17:00:00Z"), actor: ana }),
    );
    expect(e.code).toBe("role_not_allowed");
    expect(
      refused(
        wf.apply(bySelf.ticket, { type: "close", at: at("2025-10-28T17:00:00Z"), actor: agent }),
      ).code,
    ).toBe("role_not_allowed");
  });

  it("R003-10: solving sends the satisfaction survey, whoever solves it", () => {
    const byAgent = solved();
    const byRequester = ok(
      wf.apply(opened().ticket, { type: "solve", at: at("2025-10-28T16:00:00Z"), actor: ana }),
    );
    for (const step of [byAgent, byRequester]) {
      expect(step.effects).toEqual([
        expect.objectContaining({ type: "notify", template: "solved", event: "solve" }),
        expect.objectContaining({
          type: "send_survey",
          to: "requester",
          template: "satisfaction_survey",
          ticket: "T-1",
          tenant: "mitienda",
          status: "solved",
          event: "solve",
        }),
      ]);
    }
    const survey = byAgent.effects[1] as { template: string };
    expect(preset.render(survey, byAgent.ticket, { locale: "en" })).toEqual({
      template: "satisfaction_survey",
      subject: "How was the support on ticket T-1?",
      body: "Hi Ana Pérez: rate our support team's work on ticket T-1 without leaving the mitienda Admin.",
    });
    // Asking for more information sends no survey.
    const asked = ok(
      wf.apply(opened().ticket, { type: "ask", at: at("2025-10-28T16:00:00Z"), actor: agent }),
    );
    expect(asked.effects.map((e) => e.type)).toEqual(["notify"]);
  });

  it("R003-9: 27 business hours after Thu 30 Oct 15:00 is Wed 5 Nov 15:00, skipping Todos los Santos", () => {
    // Thu 15-18 (3 h) + Fri 31 Oct (9 h) + Mon 3 Nov holiday (0) + Tue 4 Nov (9 h) + Wed 09-15 (6 h).
    const s = solved();
    expect(s.deadlines).toEqual([
      { kind: "timer", name: "auto_close", at: "2025-11-05T20:00:00.000Z", fires: "close" },
      { kind: "window", name: "comment", at: "2025-11-05T20:00:00.000Z" },
    ]);
    expect(wf.nextWakeUp(s.ticket)?.toISOString()).toBe("2025-11-05T20:00:00.000Z");
    expect(preset.calendar.between(at("2025-10-30T20:00:00Z"), at("2025-11-05T20:00:00Z"))).toBe(
      27 * HOUR,
    );
    const days = preset.calendar.explain(at("2025-10-30T20:00:00Z"), { hours: 27 }).days;
    expect(days.find((d) => d.date === "2025-11-03")).toMatchObject({
      reason: "holiday",
      name: "Todos los Santos",
    });
  });

  it("R003-9: the requester's reply at 14:59 on Wed 5 Nov reopens it; solving again restarts the 27 hours", () => {
    const reopened = ok(
      wf.apply(solved().ticket, {
        type: "comment",
        body: "Sigue fallando en el checkout.",
        at: at("2025-11-05T19:59:00Z"),
        actor: ana,
      }),
    );
    expect(reopened.ticket.status).toBe("open");
    expect(reopened.ticket.timers).toEqual([]);
    // Solved again Wed 5 Nov 17:00 Bogotá: Wed 1 h + Thu 9 + Fri 9 + Mon 8 → Mon 10 Nov 17:00.
    const again = ok(
      wf.apply(reopened.ticket, { type: "solve", at: at("2025-11-05T22:00:00Z"), actor: agent }),
    );
    expect(again.effects.map((e) => e.type)).toEqual(["notify", "send_survey"]);
    expect(wf.nextWakeUp(again.ticket)?.toISOString()).toBe("2025-11-10T22:00:00.000Z");
  });

  it("R003-9: an agent's comment while solved does not reopen it", () => {
    const r = ok(
      wf.apply(solved().ticket, {
        type: "comment",
        body: "Quedamos atentos.",
        at: at("2025-10-31T14:00:00Z"),
        actor: agent,
      }),
    );
    expect(r.ticket.status).toBe("solved");
  });

  it("R003-9: at Wed 5 Nov 15:00 it closes by itself, and a closed ticket never reopens", () => {
    const s = solved();
    expect(wf.advance(s.ticket, at("2025-11-05T19:59:59Z")).ticket.status).toBe("solved");
    const swept = wf.advance(s.ticket, at("2025-11-05T20:00:00Z"));
    expect(swept.ticket.status).toBe("closed");
    expect(swept.events).toEqual([
      expect.objectContaining({ type: "timer_fired", timer: "auto_close" }),
      expect.objectContaining({ type: "status_changed", event: "close", to: "closed" }),
    ]);
    for (const actor of [ana, agent]) {
      const e = refused(
        wf.apply(swept.ticket, {
          type: "comment",
          body: "¿Hola?",
          at: at("2025-11-05T20:00:00Z"),
          actor,
        }),
      );
      expect(e.code).toBe("ticket_closed");
    }
    expect(
      refused(
        wf.apply(swept.ticket, { type: "solve", at: at("2025-11-06T14:00:00Z"), actor: agent }),
      ).code,
    ).toBe("ticket_closed");
  });

  it("R003-9: a reply on Thu 6 Nov, with no sweep in between, finds the ticket closed", () => {
    const e = refused(
      wf.apply(solved().ticket, {
        type: "comment",
        body: "Sigue fallando.",
        at: at("2025-11-06T14:00:00Z"),
        actor: ana,
      }),
    );
    expect(e.code).toBe("ticket_closed");
    expect(e.status).toBe("closed");
  });
});
