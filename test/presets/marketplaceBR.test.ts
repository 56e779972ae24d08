// Platform 004, the Brazilian marketplace's Partner Portal (R004-1 … R004-4),
// walked end to end on São Paulo office hours (09:00-18:00, UTC-3 all year
// since 2019) with Brazil's and São Paulo state's 2025 holidays:
//   Fri 18 Apr Sexta-Feira Santa, Mon 21 Apr Tiradentes, Wed 9 Jul Revolução
//   Constitucionalista (SP), Thu 20 Nov Consciência Negra (national since 2024).
//   Carnaval Mon 3 / Tue 4 Mar is `bank` in the table: a business day unless
//   a host adds that type (the copied preset below does).
import { definePreset } from "plazo/presets";
import { createMemoryStore, runCommand, snapshotOf, sweep } from "plazo/store";
import type { Actor, Ticket } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { marketplaceBR } from "../../src/presets/marketplaceBR.js";

const preset = definePreset(marketplaceBR);
const wf = preset.workflow;
/** A São Paulo local time, "YYYY-MM-DD HH:MM", as epoch ms (UTC-3, no DST since 2019). */
const sp = (local: string) => Date.parse(`${local.replace(" ", "T")}:00-03:00`);
const iso = (local: string) => new Date(sp(local)).toISOString();

const tenant = "loja-azul";
const partner: Actor = { role: "requester", id: "parceiro-17", tenant };
const colleague: Actor = { role: "requester", id: "parceiro-18", tenant };
const agent: Actor = { role: "agent", id: "suporte-3" };

const THEMES = [
  "product_registration",
  "site_exposure",
  "sales_procedures",
  "financial",
  "integration",
  "promotions",
  "portal_functioning",
  "delivery_service",
  "general_questions",
] as const;
const taxonomy = marketplaceBR.form.taxonomy;
const leaves = THEMES.flatMap((t) =>
  Object.keys(taxonomy.options[t].children.options).map((s) => [t, s] as const),
);
const description = "O repasse de junho não caiu na conta cadastrada.";

function open(
  id: string,
  at: number,
  actor: Actor = partner,
  category = ["financial", "transfer"],
) {
  const r = wf.create({ at, actor, id, tenant, category, fields: { description } });
  if (!r.ok) throw new Error("create refused");
  return r;
}
function must<T extends { ok: boolean }>(r: T): Extract<T, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<T, { ok: true }>;
}
const isLabel3 = (l: unknown) =>
  typeof l === "object" &&
  l !== null &&
  (["es", "pt", "en"] as const).every(
    (k) =>
      typeof (l as Record<string, unknown>)[k] === "string" &&
      (l as Record<string, string>)[k] !== "",
  );

describe("marketplaceBR (platform 004)", () => {
  it("definePreset accepts it: every rule ID of 004 resolves; São Paulo office hours with BR-SP public holidays", () => {
    expect(preset.definition).toBe(marketplaceBR);
    expect(Object.keys(marketplaceBR.rules)).toEqual(["R004-1", "R004-2", "R004-3", "R004-4"]);
    expect(preset.calendar.timeZone).toBe("America/Sao_Paulo");
    expect(preset.agentCalendar).toBe(preset.calendar);
    const holidays = preset.calendar.holidays(2025).map((h) => `${h.date} ${h.name}`);
    expect(holidays).toContain("2025-04-18 Sexta-Feira Santa");
    expect(holidays).toContain("2025-04-21 Dia de Tiradentes");
    expect(holidays).toContain("2025-07-09 Revolução Constitucionalista");
    expect(holidays).toContain("2025-11-20 Dia da Consciência Negra");
    // Carnaval is `bank`, not `public`: the desk is open on 3 and 4 March 2025.
    expect(holidays.some((h) => h.startsWith("2025-03-0"))).toBe(false);
    expect(preset.calendar.isOpen(sp("2025-03-04 12:00"))).toBe(true);
    expect(preset.calendar.isOpen(sp("2025-07-09 12:00"))).toBe(false); // Wednesday, SP holiday
    expect(preset.calendar.isOpen(sp("2025-07-10 12:00"))).toBe(true);
    expect(preset.calendar.isOpen(sp("2025-11-20 12:00"))).toBe(false); // Thursday
    expect(preset.calendar.isOpen(sp("2025-07-10 08:59"))).toBe(false); // before 09:00
    expect(preset.calendar.isOpen(sp("2025-07-10 18:00"))).toBe(false); // 18:00 is closed
    expect(preset.categoryOf("answered")).toBe("solved");
    expect(preset.categoryOf("closed")).toBe("closed");
  });

  it("R004-1: nine themes, each with 2 to 4 sub-themes, labelled in pt, es and en", () => {
    expect(Object.keys(taxonomy.options)).toEqual([...THEMES]);
    expect(isLabel3(taxonomy.label)).toBe(true);
    for (const theme of THEMES) {
      const node = taxonomy.options[theme];
      expect(isLabel3(node.label), theme).toBe(true);
      expect(node.children.label).toEqual({ es: "Subtema", pt: "Subtema", en: "Sub-theme" });
      const subs = Object.values(node.children.options);
      expect(subs.length, theme).toBeGreaterThanOrEqual(2);
      expect(subs.length, theme).toBeLessThanOrEqual(4);
      for (const s of subs) expect(isLabel3(s.label) || s.label === "API").toBe(true);
    }
    expect(taxonomy.options.portal_functioning.label.pt).toBe("Funcionamento do Portal Parceiro");
    expect(taxonomy.options.delivery_service.label.en).toBe("Delivery service");
    // Every theme → sub-theme path opens a ticket.
    expect(leaves).toHaveLength(30);
    for (const category of leaves)
      expect(preset.form.parse({ category, description }).ok, category.join("/")).toBe(true);
    // The summary names the path in the partner's language.
    const r = preset.form.parse({ category: ["delivery_service", "lost"], description });
    if (!r.ok) throw new Error("refused");
    expect(preset.form.summarize(r.value, { locale: "pt" }).reason).toEqual([
      "Serviço de entrega",
      "Extravio",
    ]);
    expect(preset.form.summarize(r.value, { locale: "es" }).reason).toEqual([
      "Servicio de entrega",
      "Extravío",
    ]);
    expect(preset.form.summarize(r.value, { locale: "en" }).reason).toEqual([
      "Delivery service",
      "Lost parcel",
    ]);
  });

  it("R004-2: theme → sub-theme → description; attachments optional, only images, Excel and Word", () => {
    const locale = marketplaceBR.locale;
    const base = { category: ["product_registration", "bulk_upload"], description };
    // Without attachments: accepted (they are optional).
    const bare = preset.form.parse(base, { locale });
    expect(bare.ok).toBe(true);
    // Images, Excel and Word.
    const files = [
      { name: "tela.png", size: 120_000, type: "image/png" },
      { name: "foto.jpg", size: 300_000, type: "image/jpeg" },
      {
        name: "produtos.xlsx",
        size: 48_213,
        type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      },
      { name: "antigo.xls", size: 20_000, type: "application/vnd.ms-excel" },
      {
        name: "carta.docx",
        size: 30_000,
        type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
    ];
    const good = preset.form.parse({ ...base, attachments: files }, { locale });
    expect(good.ok).toBe(true);
    if (good.ok) expect(good.value.attachments).toHaveLength(5);
    // A PDF is refused, and so is a CSV (a spreadsheet, but not Excel).
    for (const file of [
      { name: "nota.pdf", size: 10_000, type: "application/pdf" },
      { name: "estoque.csv", size: 10_000, type: "text/csv" },
    ]) {
      const bad = preset.form.parse({ ...base, attachments: [files[0], file] }, { locale });
      expect(bad.ok, file.name).toBe(false);
      if (bad.ok) continue;
      expect(bad.issues.map((i) => [i.code, i.path])).toEqual([
        ["file_type_not_allowed", ["attachments", 1]],
      ]);
      expect(bad.issues[0]?.message).toBe(`O tipo do arquivo “${file.name}” não é permitido.`);
      // Nothing typed is lost: the description and the good image stay.
      expect(bad.partial.description).toBe(description);
    }
    // The theme alone is not enough: the sub-theme is still to choose.
    const themeOnly = preset.form.parse({ category: ["financial"], description }, { locale });
    expect(themeOnly.ok ? [] : themeOnly.issues.map((i) => i.code)).toEqual([
      "incomplete_category",
    ]);
    // A sub-theme of another theme is no category.
    const wrong = preset.form.parse(
      { category: ["financial", "coupons"], description },
      { locale },
    );
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.code)).toEqual(["invalid_category"]);
    // The description is required.
    const empty = preset.form.parse({ category: ["financial", "transfer"] }, { locale });
    expect(empty.ok ? [] : empty.issues.map((i) => [i.code, i.path])).toEqual([
      ["required", ["description"]],
    ]);
  });

  it("R004-3: the partner follows their tickets on one page, filtered by status", async () => {
    const store = createMemoryStore();
    const put = async (r: ReturnType<typeof open>) =>
      must(await store.create({ events: r.events, ...snapshotOf(wf, r.ticket) }));
    await put(open("C-1", sp("2025-09-01 10:00")));
    await put(open("C-2", sp("2025-09-01 11:00")));
    await put(open("C-3", sp("2025-09-01 12:00")));
    await put(open("C-4", sp("2025-09-01 13:00")));
    await put(open("C-5", sp("2025-09-01 14:00"), colleague)); // another user of the same store
    const other = wf.create({
      at: sp("2025-09-01 14:00"),
      actor: { role: "requester", id: "parceiro-17", tenant: "loja-verde" },
      id: "C-1",
      tenant: "loja-verde",
      category: ["financial", "transfer"],
      fields: { description },
    });
    await put(must(other)); // same requester id and ticket id, another store
    const run = (id: string, type: string, at: string) =>
      runCommand(store, wf, { tenant, id, command: { type, at: sp(at), actor: agent } });
    must(await run("C-2", "answer", "2025-09-02 10:00"));
    must(await run("C-3", "request_info", "2025-09-02 11:00"));
    must(await run("C-4", "answer", "2025-09-02 12:00"));
    must(await run("C-4", "close", "2025-09-02 12:30"));

    const page = (status?: string[]) =>
      store
        .query({ tenant, requester: partner.id, ...(status ? { status } : {}) })
        .then((p) => p.items.map((t) => `${t.id}:${t.status}`));
    // Newest update first.
    expect(await page()).toEqual(["C-4:closed", "C-3:waiting", "C-2:answered", "C-1:open"]);
    expect(await page(["answered"])).toEqual(["C-2:answered"]);
    expect(await page(["open", "waiting"])).toEqual(["C-3:waiting", "C-1:open"]);
    expect(await page(["closed"])).toEqual(["C-4:closed"]);
    expect(await store.counts({ tenant, requester: partner.id })).toEqual({
      waitingOnMe: 1,
      open: 2,
      closed: 2,
      all: 4,
    });
    // The filter's choices are the workflow's statuses, labelled in the partner's language.
    const filter = Object.entries(marketplaceBR.workflow.statuses).map(([k, s]) => [k, s.label.pt]);
    expect(filter).toEqual([
      ["open", "Aberto"],
      ["waiting", "Aguardando sua resposta"],
      ["answered", "Respondido"],
      ["closed", "Fechado"],
    ]);
  });

  it("R004-4: a closed ticket keeps every answer and every support comment, public and internal; replay equals the snapshot", async () => {
    const store = createMemoryStore();
    const created = open("C-20", sp("2025-11-17 10:00"));
    must(await store.create({ events: created.events, ...snapshotOf(wf, created.ticket) }));
    const say = async (actor: Actor, local: string, body: string, internal = false) =>
      must(
        await runCommand(store, wf, {
          tenant,
          id: "C-20",
          command: {
            type: "comment",
            at: sp(local),
            actor,
            body,
            ...(internal ? { visibility: "internal" as const } : {}),
          },
        }),
      );
    const act = async (type: string, local: string) =>
      must(
        await runCommand(store, wf, {
          tenant,
          id: "C-20",
          command: { type, at: sp(local), actor: agent },
        }),
      );

    await say(agent, "2025-11-17 11:00", "Verificar o repasse com o time financeiro.", true);
    await say(agent, "2025-11-17 15:00", "O repasse foi reprocessado e cai em 2 dias úteis.");
    const answered = await act("answer", "2025-11-17 15:00");
    expect(answered.step.effects.map((e) => e.template)).toEqual(["answered"]);
    // The partner replies within 5 business days: the ticket reopens.
    const reopened = await say(partner, "2025-11-18 10:00", "Ainda não caiu, podem verificar?");
    expect(reopened.step.ticket.status).toBe("open");
    await say(agent, "2025-11-19 15:30", "Banco confirmou o crédito para hoje.", true);
    await say(agent, "2025-11-19 16:00", "Crédito confirmado; segue o comprovante.");
    const again = await act("answer", "2025-11-19 16:00");
    // 5 business days after Wed 19 Nov: Fri 21, Mon 24, Tue 25, Wed 26, Thu 27
    // (Thu 20 Nov, Consciência Negra, is skipped): closes Thu 27 Nov 18:00.
    expect(again.step.ticket.timers.map((t) => [t.name, t.due])).toEqual([
      ["auto_close", iso("2025-11-27 18:00")],
    ]);
    expect(again.step.ticket.windows.map((w) => w.closes)).toEqual([iso("2025-11-27 18:00")]);

    // A sweep on Wed 26 Nov 18:00 (the day it would close without the holiday) finds nothing due.
    expect((await sweep(store, wf, { now: new Date(sp("2025-11-26 18:00")) })).claimed).toBe(0);
    const swept = await sweep(store, wf, { now: new Date(sp("2025-11-27 18:00")) });
    expect(swept.steps).toHaveLength(1);
    expect(swept.steps[0]?.effects.map((e) => e.template)).toEqual(["closed"]);
    const loaded = must(await store.load(tenant, "C-20"));
    expect(loaded.ticket.status).toBe("closed");
    expect(loaded.ticket.statusSince).toBe(iso("2025-11-27 18:00"));

    // "Chamados antigos": the closed ticket is listed, with all its history.
    const old = await store.query({ tenant, requester: partner.id, status: ["closed"] });
    expect(old.items.map((t) => t.id)).toEqual(["C-20"]);
    const { events } = must(await store.events(tenant, "C-20"));
    const comments = events.flatMap((e) =>
      e.type === "comment" ? [[e.actor.role, e.visibility, e.body.slice(0, 16)]] : [],
    );
    expect(comments).toEqual([
      ["agent", "internal", "Verificar o repa"],
      ["agent", "public", "O repasse foi re"],
      ["requester", "public", "Ainda não caiu, "],
      ["agent", "internal", "Banco confirmou "],
      ["agent", "public", "Crédito confirma"],
    ]);
    expect(loaded.ticket.comments).toBe(5);
    expect(
      events.flatMap((e) => (e.type === "status_changed" ? [`${e.from}>${e.to}`] : [])),
    ).toEqual(["open>answered", "answered>open", "open>answered", "answered>closed"]);
    expect(wf.replay(events)).toEqual(loaded.ticket);
    // The first reply (Mon 17 Nov 15:00) was in time.
    const report = wf.sla?.report(
      loaded.ticket.sla as NonNullable<Ticket["sla"]>,
      sp("2025-11-28 12:00"),
    );
    expect(report?.metrics.first_reply?.state).toBe("met");

    // Closed is final: a new comment is refused and the history is unchanged.
    const late = await runCommand(store, wf, {
      tenant,
      id: "C-20",
      command: { type: "comment", at: sp("2025-12-01 10:00"), actor: partner, body: "Obrigado!" },
      locale: "pt",
    });
    expect(late.ok).toBe(false);
    expect("error" in late && late.error.code).toBe("ticket_closed");
    expect(must(await store.events(tenant, "C-20")).events).toHaveLength(events.length);
  });

  it("SLA: the first reply in 18 business hours skips São Paulo's 9 July (Revolução Constitucionalista)", () => {
    // Tue 8 Jul 14:00: 4 h on Tuesday, Wednesday 9 Jul closed, 9 h on Thursday,
    // 5 h on Friday: due Fri 11 Jul 14:00 (Thu 10 Jul 14:00 without the holiday).
    const r = open("C-30", sp("2025-07-08 14:00"));
    const due = r.ticket.sla?.metrics.first_reply?.[0];
    expect(due?.dueAt).toBe(iso("2025-07-11 14:00"));
    expect(due?.warnAt).toBe(iso("2025-07-11 11:00")); // 3 business hours before
    const days = preset.calendar.explain(sp("2025-07-08 14:00"), { hours: 18 }).days;
    expect(days.map((d) => [d.date, d.counted / 3_600_000, d.reason ?? "", d.name ?? ""])).toEqual([
      ["2025-07-08", 4, "", ""],
      ["2025-07-09", 0, "holiday", "Revolução Constitucionalista"],
      ["2025-07-10", 9, "", ""],
      ["2025-07-11", 5, "", ""],
    ]);
    // The warning and the breach are effects at their instants, in business time.
    const warned = wf.advance(r.ticket, sp("2025-07-11 11:00") + 1);
    expect(warned.effects.map((e) => [e.type, e.metric, e.at])).toEqual([
      ["sla_warning", "first_reply", iso("2025-07-11 11:00")],
    ]);
    const breached = wf.advance(warned.ticket, sp("2025-07-11 14:00") + 1);
    expect(breached.effects.map((e) => [e.type, e.at])).toEqual([
      ["sla_breached", iso("2025-07-11 14:00")],
    ]);
    // A reply on Fri 11 Jul 13:59 is in time.
    const replied = must(
      wf.apply(r.ticket, {
        type: "comment",
        at: sp("2025-07-11 13:59"),
        actor: agent,
        body: "Olá!",
      }),
    );
    expect(
      wf.sla?.report(replied.ticket.sla as NonNullable<Ticket["sla"]>, sp("2025-07-14 10:00"))
        .metrics.first_reply?.state,
    ).toBe("met");
  });

  it("SLA: Consciência Negra (Thu 20 Nov 2025) and the weekend push the first reply to Monday", () => {
    // Wed 19 Nov 10:00: 8 h on Wednesday, Thursday closed, 9 h on Friday,
    // 1 h on Monday: due Mon 24 Nov 10:00 (Fri 21 Nov 10:00 without the holiday).
    const r = open("C-31", sp("2025-11-19 10:00"));
    expect(r.ticket.sla?.metrics.first_reply?.[0]?.dueAt).toBe(iso("2025-11-24 10:00"));
    // The warning, 3 business hours before (Fri 21 Nov 16:00), is due for a sweep 1 ms after it.
    expect(r.ticket.sla?.metrics.first_reply?.[0]?.warnAt).toBe(iso("2025-11-21 16:00"));
    expect(wf.nextWakeUp(r.ticket)?.getTime()).toBe(sp("2025-11-21 16:00") + 1);
    const reasons = preset.calendar
      .explain(sp("2025-11-19 10:00"), { hours: 18 })
      .days.map((d) => `${d.date} ${d.reason ?? "open"}`);
    expect(reasons).toEqual([
      "2025-11-19 open",
      "2025-11-20 holiday",
      "2025-11-21 open",
      "2025-11-22 weekend",
      "2025-11-23 weekend",
      "2025-11-24 open",
    ]);
  });

  it("waiting on the partner: a reminder after 2 and the close after 5 business days, over Easter and Tiradentes", () => {
    const r = open("C-32", sp("2025-04-16 14:00"));
    // The agent's question is a public comment (the first reply), then the status changes.
    const question = must(
      wf.apply(r.ticket, {
        type: "comment",
        at: sp("2025-04-17 10:00"),
        actor: agent,
        body: "Envie a planilha de produtos, por favor.",
      }),
    );
    const asked = must(
      wf.apply(question.ticket, { type: "request_info", at: sp("2025-04-17 10:00"), actor: agent }),
    );
    expect(asked.effects.map((e) => e.template)).toEqual(["info_requested"]);
    // After Thu 17 Apr: Fri 18 (Sexta-Feira Santa) and Mon 21 (Tiradentes) are
    // closed; business days Tue 22, Wed 23 (reminder), Thu 24, Fri 25, Mon 28 (close).
    expect(asked.ticket.timers.map((t) => [t.name, t.due])).toEqual([
      ["reminder", iso("2025-04-23 18:00")],
      ["auto_close", iso("2025-04-28 18:00")],
    ]);
    const later = wf.advance(asked.ticket, sp("2025-04-28 18:00"));
    expect(later.effects.map((e) => [e.template ?? e.type, e.at])).toEqual([
      ["answer_reminder", iso("2025-04-23 18:00")],
      ["closed", iso("2025-04-28 18:00")],
    ]);
    expect(later.ticket.status).toBe("closed");
    // Answering before then brings the ticket back to support.
    const back = must(
      wf.apply(asked.ticket, {
        type: "comment",
        at: sp("2025-04-25 09:00"),
        actor: partner,
        body: "Segue.",
      }),
    );
    expect(back.ticket.status).toBe("open");
    expect(back.effects.map((e) => e.template)).toEqual(["answer_reminder"]);
  });

  it("toMermaid contains every status, in pt, es and en", () => {
    const mermaid = preset.toMermaid({ locale: marketplaceBR.locale });
    for (const [name, s] of Object.entries(marketplaceBR.workflow.statuses)) {
      expect(mermaid).toContain(`"${s.label.pt} (${name})"`);
      expect(preset.toMermaid({ locale: "es" })).toContain(`"${s.label.es} (${name})"`);
      // A label equal to the status name is shown alone ("Open", not "Open (open)").
      const en = s.label.en.toLowerCase() === name ? s.label.en : `${s.label.en} (${name})`;
      expect(preset.toMermaid({ locale: "en" })).toContain(`"${en}"`);
    }
  });

  it("every template renders in es, pt and en for a real ticket with no placeholder left", () => {
    const named = new Set<string>();
    const wfDef = marketplaceBR.workflow;
    for (const fx of wfDef.onCreate) named.add(fx.template);
    for (const s of Object.values(wfDef.statuses)) {
      for (const fx of "onEnter" in s ? s.onEnter : []) named.add(fx.template);
      for (const t of "timers" in s ? s.timers : [])
        for (const fx of "effects" in t ? t.effects : []) named.add(fx.template);
    }
    for (const t of wfDef.transitions)
      for (const fx of "effects" in t ? t.effects : []) named.add(fx.template);
    expect([...named].sort()).toEqual(Object.keys(marketplaceBR.templates).sort());

    const { ticket } = open("C-40", sp("2025-09-01 10:00"));
    for (const template of named)
      for (const locale of ["es", "pt", "en"] as const) {
        const out = preset.render({ template }, ticket, { locale });
        expect(out?.subject, `${template} ${locale}`).toContain("C-40");
        expect(`${out?.subject}\n${out?.body}`).not.toMatch(/\{\w+\}/);
      }
    // Default locale pt; the status label and the form's fields are filled in.
    const pt = preset.render({ template: "confirmation" }, ticket);
    expect(pt?.subject).toBe("Chamado C-40 aberto");
    expect(pt?.body).toContain("(Aberto)");
    expect(pt?.body).toContain(`Descrição: ${description}`);
    expect(preset.render({ template: "confirmation" }, ticket, { locale: "en" })?.body).toContain(
      "(Open)",
    );
  });

  it("a copied and changed preset still works: closing on Carnaval (bank) moves the first reply", () => {
    const carnaval = definePreset({
      ...marketplaceBR,
      name: "marketplace-br-carnaval",
      calendar: {
        ...marketplaceBR.calendar,
        holidays: { ...marketplaceBR.calendar.holidays, types: ["public", "bank"] },
      },
    });
    const at = sp("2025-02-28 14:00"); // Friday before Carnaval
    const create = (p: typeof preset) =>
      p.workflow.create({
        at,
        actor: partner,
        id: "C-50",
        tenant,
        category: ["promotions", "coupons"],
      });
    // As shipped: Fri 4 h, Mon 3 Mar 9 h, Tue 4 Mar 5 h: due Tue 14:00.
    expect(must(create(preset)).ticket.sla?.metrics.first_reply?.[0]?.dueAt).toBe(
      iso("2025-03-04 14:00"),
    );
    // Closed on Carnaval: Fri 4 h, Wed 5 Mar 9 h, Thu 6 Mar 5 h: due Thu 14:00.
    expect(must(create(carnaval)).ticket.sla?.metrics.first_reply?.[0]?.dueAt).toBe(
      iso("2025-03-06 14:00"),
    );
    expect(
      carnaval.calendar
        .holidays(2025)
        .filter((h) => h.name === "Carnaval")
        .map((h) => h.date),
    ).toEqual(["2025-03-03", "2025-03-04"]);
    // The rest of the preset is unchanged.
    expect(carnaval.definition.rules).toBe(marketplaceBR.rules);
    expect(carnaval.form.parse({ category: ["promotions", "coupons"], description }).ok).toBe(true);
  });
});
