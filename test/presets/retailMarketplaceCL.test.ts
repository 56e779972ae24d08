// Platform 000, the retail marketplace's Seller Help in Chile: every rule
// R000-1 … R000-12 walked end to end through the desk, over Fiestas Patrias
// 2025 (Thursday 18 and Friday 19 September are Chilean holidays).
// Business time is whole days, Monday to Friday: "48 horas hábiles" are two
// business days. Santiago is UTC-3 in September 2025.
import { createDesk, type OpenRequest } from "plazo/desk";
import { definePreset, type PresetDefinition, retailMarketplaceCL } from "plazo/presets";
import { describe, expect, it } from "vitest";

const preset = definePreset(retailMarketplaceCL);
const tenant = "tienda-sur";
const seller = { role: "requester", id: "seller-77", tenant } as const;
const agent = { role: "agent", id: "agent-3" } as const;
const santiago = (local: string) => new Date(`${local}-03:00`);
const MB = 1_048_576;
const product = {
  category: ["product"],
  subject: "Stock",
  description: "El stock del producto no se actualiza.",
  sku: "SKU-12345",
};
const request = (id: string, input: unknown, at = "2025-09-16T10:00"): OpenRequest => ({
  tenant,
  id,
  actor: seller,
  at: santiago(at),
  input,
});
const issuesOf = async (input: unknown) => {
  const r = await createDesk({ preset }).open(request("X", input));
  return r.ok || r.code !== "invalid_form"
    ? []
    : r.issues.map((i) => `${i.path.join(".")}:${i.code}`);
};

describe("retailMarketplaceCL (platform 000)", () => {
  it("is a valid preset whose every rule ID points into it", () => {
    expect(Object.keys(retailMarketplaceCL.rules)).toEqual(
      Array.from({ length: 12 }, (_, i) => `R000-${i + 1}`),
    );
    const mermaid = preset.toMermaid();
    for (const status of ["open", "waiting", "rejected", "closed"])
      expect(mermaid).toContain(status);
  });

  it("R000-1: every field is mandatory", async () => {
    expect(await issuesOf({ category: ["other"] })).toEqual([
      "subject:required",
      "description:required",
    ]);
    expect(
      await issuesOf({ category: ["other"], subject: "Hola", description: "Una consulta general" }),
    ).toEqual([]);
  });

  it("R000-4: a product ticket carries the SKU or the product ID (either is enough)", async () => {
    expect(await issuesOf({ ...product, sku: undefined })).toEqual(["sku:one_of_required"]);
    expect(await issuesOf(product)).toEqual([]);
    expect(await issuesOf({ ...product, sku: undefined, productId: "123456789" })).toEqual([]);
  });

  it("R000-3: each file at most 3 MB, any number of files", async () => {
    const file = (name: string, size: number) => ({ name, size, type: "image/png" });
    const many = Array.from({ length: 40 }, (_, i) => file(`foto-${i}.png`, 3 * MB));
    expect(await issuesOf({ ...product, attachments: many })).toEqual([]);
    expect(await issuesOf({ ...product, attachments: [file("grande.png", 3 * MB + 1)] })).toEqual([
      "attachments.0:file_too_large",
    ]);
  });

  it("R000-5: a spreadsheet ticket attaches the spreadsheet", async () => {
    const base = {
      category: ["spreadsheet"],
      subject: "Carga",
      description: "La planilla falla al cargar.",
    };
    expect(await issuesOf(base)).toEqual(["attachments:file_required"]);
    const xlsx = {
      name: "carga.xlsx",
      size: 20_000,
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };
    expect(await issuesOf({ ...base, attachments: [xlsx] })).toEqual([]);
  });

  it("R000-6: an order ticket carries the order number", async () => {
    const order = {
      category: ["order"],
      subject: "Despacho",
      description: "La orden no llegó al cliente.",
    };
    expect(await issuesOf(order)).toEqual(["orderNumber:required"]);
    expect(await issuesOf({ ...order, orderNumber: "2000012345" })).toEqual([]);
  });

  it("R000-7: the confirmation carries the case number, subject and description", async () => {
    const r = await createDesk({ preset }).open(request("C-100", product));
    if (!r.ok) throw new Error(r.code);
    expect(r.summary.caseNumber).toBe("C-100");
    expect(r.effects.map((e) => e.template)).toEqual(["confirmation"]);
    const [confirmation] = r.effects;
    const es = preset.render(confirmation ?? {}, r.ticket);
    expect(es).toEqual({
      template: "confirmation",
      subject: "Caso C-100: Stock",
      body: "Recibimos tu caso C-100.\nAsunto: Stock\nDescripción: El stock del producto no se actualiza.",
    });
    expect(preset.render(confirmation ?? {}, r.ticket, { locale: "pt" })?.subject).toBe(
      "Caso C-100: Stock",
    );
  });

  it("R000-9: the first response is due 48 business hours later, skipping Fiestas Patrias", async () => {
    const desk = createDesk({ preset });
    // Tue 16 Sep 10:00: 14 h left that day, 24 h on Wed 17, then Thu 18 and
    // Fri 19 (holidays) and the weekend pass, and the last 10 h end Mon 22 10:00.
    const r = await desk.open(request("C-9", product));
    if (!r.ok) throw new Error(r.code);
    expect(r.deadlines.find((d) => d.kind === "sla_breached")).toEqual({
      kind: "sla_breached",
      name: "first_response",
      at: "2025-09-22T13:00:00.000Z",
    });
    // Asking for information answers the seller: the clock stops, met.
    const asked = await desk.act({
      tenant,
      id: "C-9",
      command: { type: "request_info", at: santiago("2025-09-17T11:00"), actor: agent },
    });
    if (!asked.ok) throw new Error("refused");
    const report = preset.workflow.sla?.report(
      asked.step.ticket.sla ?? (undefined as never),
      santiago("2025-09-30T12:00"),
    );
    expect(report?.metrics.first_response?.state).toBe("met");
    expect(report?.metrics.first_response?.elapsed).toBe(25 * 3_600_000); // Tue 10:00 → Wed 11:00
  });

  it("R000-10: 3 business days to answer, a reminder every business day, then closed for inactivity (R000-12)", async () => {
    const desk = createDesk({ preset });
    await desk.open(request("C-10", product));
    const asked = await desk.act({
      tenant,
      id: "C-10",
      command: { type: "request_info", at: santiago("2025-09-17T11:00"), actor: agent },
    });
    if (!asked.ok) throw new Error("refused");
    expect(asked.step.effects.map((e) => e.template)).toEqual(["info_requested"]);
    // Wed 17 11:00 + 3 business days: Mon 22, Tue 23, Wed 24 (18, 19 are holidays): closes at the end of Wed 24.
    expect(asked.step.deadlines.find((d) => d.name === "auto_close")?.at).toBe(
      "2025-09-25T03:00:00.000Z",
    );
    const swept = await desk.sweep({ now: santiago("2025-09-25T09:00") });
    const fired = swept.steps
      .flatMap((s) => s.effects)
      .map((e) => `${e.at} ${e.template ?? e.type}`);
    expect(fired).toEqual([
      "2025-09-22T12:00:00.000Z answer_reminder", // Mon 22 09:00, the first business day after
      "2025-09-23T12:00:00.000Z answer_reminder",
      "2025-09-24T12:00:00.000Z answer_reminder",
      "2025-09-25T03:00:00.000Z closed", // R000-12: closing notifies
    ]);
    const loaded = await desk.store.load(tenant, "C-10");
    expect(loaded.ok && loaded.ticket.status).toBe("closed");
  });

  it("R000-10: an answer in time puts the ticket back in the agent's hands and stops the reminders", async () => {
    const desk = createDesk({ preset });
    await desk.open(request("C-11", product));
    await desk.act({
      tenant,
      id: "C-11",
      command: { type: "request_info", at: santiago("2025-09-17T11:00"), actor: agent },
    });
    const answer = await desk.act({
      tenant,
      id: "C-11",
      command: {
        type: "comment",
        body: "Adjunto el detalle",
        at: santiago("2025-09-22T09:00"),
        actor: seller,
      },
    });
    expect(answer.ok && answer.step.ticket.status).toBe("open");
    expect((await desk.sweep({ now: santiago("2025-10-31T12:00") })).steps).toEqual([]);
  });

  it("R000-11: a rejection can be appealed for 2 business days, holidays skipped; then it stands", async () => {
    const desk = createDesk({ preset });
    await desk.open(request("C-12", product));
    const rejected = await desk.act({
      tenant,
      id: "C-12",
      command: { type: "reject", at: santiago("2025-09-17T12:00"), actor: agent },
    });
    if (!rejected.ok) throw new Error("refused");
    // Wed 17 12:00 + 2 business days: Mon 22 and Tue 23 (18, 19 are holidays), so the
    // window closes at the end of Tue 23 (a wall-clock 48 h would end Fri 19 at noon).
    expect(rejected.step.deadlines).toContainEqual({
      kind: "window",
      name: "comment",
      at: "2025-09-24T03:00:00.000Z",
    });
    const late = await desk.act({
      tenant,
      id: "C-12",
      command: { type: "comment", body: "Apelo", at: santiago("2025-09-24T00:01"), actor: seller },
    });
    // After the window the appeal is refused and the rejection stands.
    expect(!late.ok && "error" in late && late.error.code).toBe("window_closed");
    await desk.open(request("C-14", product));
    await desk.act({
      tenant,
      id: "C-14",
      command: { type: "reject", at: santiago("2025-09-17T12:00"), actor: agent },
    });
    const appeal = await desk.act({
      tenant,
      id: "C-14",
      command: {
        type: "comment",
        body: "Apelo la resolución",
        at: santiago("2025-09-22T09:00"),
        actor: seller,
      },
    });
    expect(appeal.ok && appeal.step.ticket.status).toBe("open");
  });

  it("R000-12: a closed ticket cannot be reopened and accepts no comments", async () => {
    const desk = createDesk({ preset });
    await desk.open(request("C-13", product));
    const closed = await desk.act({
      tenant,
      id: "C-13",
      command: { type: "close", at: santiago("2025-09-16T12:00"), actor: agent },
    });
    expect(closed.ok && closed.step.effects.map((e) => e.template)).toEqual(["closed"]);
    const comment = await desk.act({
      tenant,
      id: "C-13",
      command: {
        type: "comment",
        body: "¿Sigue abierto?",
        at: santiago("2025-09-16T13:00"),
        actor: seller,
      },
    });
    expect(!comment.ok && "error" in comment && comment.error.code).toBe("ticket_closed");
  });

  it("R000-8: the seller lists their tickets and opens one with its status", async () => {
    const desk = createDesk({ preset });
    await desk.open(request("C-20", product, "2025-09-16T10:00"));
    await desk.open(request("C-21", { ...product, sku: "SKU-99999" }, "2025-09-16T11:00"));
    await desk.open({
      ...request("C-22", product),
      actor: { role: "requester", id: "other", tenant },
    });
    await desk.act({
      tenant,
      id: "C-20",
      command: { type: "request_info", at: santiago("2025-09-16T12:00"), actor: agent },
    });
    const mine = await desk.list({ tenant, requester: "seller-77" });
    expect(mine.items.map((t) => [t.id, t.status])).toEqual([
      ["C-20", "waiting"],
      ["C-21", "open"],
    ]);
    const detail = await desk.store.load(tenant, "C-20");
    expect(detail.ok && detail.ticket.status).toBe("waiting");
  });

  it("R000-2: one ticket per case: the same order and reason leads to the open ticket", async () => {
    const desk = createDesk({ preset });
    const order = {
      category: ["order"],
      subject: "Despacho",
      description: "La orden no llegó al cliente.",
      orderNumber: "2000012345",
    };
    const first = await desk.open(request("C-30", order));
    expect(first.ok && first.ticket.reference).toBe("2000012345");
    const again = await desk.open(
      request("C-31", { ...order, subject: "Otra vez" }, "2025-09-16T11:00"),
    );
    expect(again).toEqual({ ok: false, code: "duplicate", ticket: { id: "C-30", status: "open" } });
    // Another order, or the same order for another reason, is a new case.
    const other = await desk.open(request("C-32", { ...order, orderNumber: "2000099999" }));
    expect(other.ok).toBe(true);
  });

  it("a copied and changed preset is still a preset (hosts extend presets)", () => {
    const mine: PresetDefinition = {
      ...retailMarketplaceCL,
      name: "mi-tienda",
      form: { ...retailMarketplaceCL.form, requireAll: false },
    };
    expect(definePreset(mine).form.parse({ category: ["other"], subject: "Hola" }).ok).toBe(true);
    expect(() =>
      definePreset({
        ...retailMarketplaceCL,
        rules: { ...retailMarketplaceCL.rules, "R000-9": "sla.metrics.nope" },
      }),
    ).toThrow(/rules.R000-9/);
  });

  it("every template renders in es, pt and en with nothing left to fill", async () => {
    const r = await createDesk({ preset }).open(request("C-40", product));
    if (!r.ok) throw new Error(r.code);
    for (const template of Object.keys(retailMarketplaceCL.templates))
      for (const locale of ["es", "pt", "en"]) {
        const out = preset.render({ template }, r.ticket, { locale });
        expect(out?.subject).not.toMatch(/\{\w+\}/);
        expect(out?.body).not.toMatch(/\{\w+\}/);
      }
  });
});
