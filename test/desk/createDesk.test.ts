// The desk on the retail marketplace preset (000) and a memory store:
// idempotent creation, refusals safe to return, retries on conflicts, two
// sweepers at once, and notification preferences (R002-7).
import { createDesk, type Desk, filterNotifications } from "plazo/desk";
import { definePreset, retailMarketplaceCL } from "plazo/presets";
import { createMemoryStore } from "plazo/store";
import type { Effect } from "plazo/workflow";
import { describe, expect, it } from "vitest";

const preset = definePreset(retailMarketplaceCL);
const tenant = "tienda-sur";
const seller = { role: "requester", id: "seller-77", tenant } as const;
const agent = { role: "agent", id: "agent-3" } as const;
const at = (local: string) => new Date(`${local}-03:00`);
const input = { category: ["other"], subject: "Consulta", description: "Una consulta general." };
const open = (desk: Desk, id: string, extra: object = {}) =>
  desk.open({ tenant, id, actor: seller, at: at("2025-09-16T10:00"), input, ...extra });

describe("createDesk: open", () => {
  it("a retry with the same idempotency key, even later, is the existing ticket, without effects", async () => {
    const desk = createDesk({ preset });
    const first = await open(desk, "C-1", { idempotencyKey: "k-1" });
    const retry = await open(desk, "C-1", { idempotencyKey: "k-1" });
    const later = await open(desk, "C-1", { idempotencyKey: "k-1", at: at("2025-09-16T10:05") });
    expect(first.ok && first.outcome).toBe("created");
    expect(first.ok && first.effects.map((e) => e.template)).toEqual(["confirmation"]);
    for (const r of [retry, later]) {
      expect(r.ok && r.outcome).toBe("existing");
      expect(r.ok && r.effects).toEqual([]);
      expect(r.ok && r.ticket).toEqual(first.ok && first.ticket);
    }
    expect((await desk.list({ tenant })).items).toHaveLength(1);
  });

  it("the same key for another request is idempotency_conflict; the same id is already_exists", async () => {
    const desk = createDesk({ preset });
    await open(desk, "C-1", { idempotencyKey: "k-1" });
    const other = await open(desk, "C-1", {
      idempotencyKey: "k-1",
      input: { ...input, subject: "Otra" },
    });
    expect(other).toEqual({ ok: false, code: "idempotency_conflict" });
    expect(await open(desk, "C-1")).toEqual({ ok: false, code: "already_exists" });
  });

  it("an invalid form is refused with its issues and the valid part kept, and nothing is stored", async () => {
    const desk = createDesk({ preset });
    const r = await open(desk, "C-2", {
      input: { category: ["other"], subject: "Hola" },
      locale: "pt",
    });
    expect(r).toMatchObject({ ok: false, code: "invalid_form", partial: { subject: "Hola" } });
    expect(!r.ok && r.code === "invalid_form" && r.issues.map((i) => i.message)).toEqual([
      "O campo “Descrição” é obrigatório.",
    ]);
    expect((await desk.store.load(tenant, "C-2")).ok).toBe(false);
  });

  it("an actor of another tenant is refused by the workflow, revealing nothing", async () => {
    const desk = createDesk({ preset });
    const r = await open(desk, "C-3", {
      actor: { role: "requester", id: "x", tenant: "otra-tienda" },
    });
    expect(r).toMatchObject({ ok: false, code: "refused", error: { code: "tenant_mismatch" } });
  });

  it("a retried create is not mistaken for its own duplicate (R002-2)", async () => {
    const desk = createDesk({ preset });
    const order = {
      category: ["order"],
      subject: "Despacho",
      description: "La orden no llegó.",
      orderNumber: "2000012345",
    };
    await open(desk, "C-4", { input: order, idempotencyKey: "k-4" });
    const retry = await open(desk, "C-4", { input: order, idempotencyKey: "k-4" });
    expect(retry.ok && retry.outcome).toBe("existing");
  });

  it("names the malformed argument", async () => {
    expect(() => createDesk({} as never)).toThrow(/options.preset/);
    const desk = createDesk({ preset });
    await expect(
      desk.open({ tenant: "", id: "C", actor: seller, at: 0, input } as never),
    ).rejects.toThrow(/request.tenant/);
    await expect(open(desk, "C-5", { reference: 7 })).rejects.toThrow(/request.reference/);
  });
});

describe("createDesk: act and sweep", () => {
  it("concurrent commands on one ticket all land, retried on version conflicts", async () => {
    // 8 writers: each may lose up to 7 races before it lands.
    const desk = createDesk({ preset, store: createMemoryStore(), retries: 7 });
    await open(desk, "C-1");
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        desk.act({
          tenant,
          id: "C-1",
          commandKey: `note-${i}`,
          command: { type: "comment", body: `nota ${i}`, at: at("2025-09-16T11:00"), actor: agent },
        }),
      ),
    );
    expect(results.every((r) => r.ok)).toBe(true);
    const history = await desk.history(tenant, "C-1");
    const bodies = history.ok
      ? history.events.flatMap((e) => (e.type === "comment" ? [e.body] : []))
      : [];
    expect(bodies.sort()).toEqual(Array.from({ length: 8 }, (_, i) => `nota ${i}`));
  });

  it("two sweepers at once fire each due timer exactly once", async () => {
    const store = createMemoryStore();
    const a = createDesk({ preset, store });
    const b = createDesk({ preset, store });
    for (const id of ["C-1", "C-2", "C-3"]) {
      await open(a, id);
      await a.act({
        tenant,
        id,
        command: { type: "request_info", at: at("2025-09-17T11:00"), actor: agent },
      });
    }
    const now = at("2025-09-25T09:00");
    const [ra, rb] = await Promise.all([a.sweep({ now, limit: 2 }), b.sweep({ now, limit: 2 })]);
    const rest = await a.sweep({ now });
    const fired = [ra, rb, rest]
      .flatMap((r) => r.steps)
      .flatMap((s) => s.effects)
      .map((e) => `${e.ticket} ${e.template} ${e.at}`)
      .sort();
    // Each ticket: reminders Mon 22, Tue 23, Wed 24 at 09:00, then closed at the end of Wed 24.
    const expected = ["C-1", "C-2", "C-3"].flatMap((id) => [
      `${id} answer_reminder 2025-09-22T12:00:00.000Z`,
      `${id} answer_reminder 2025-09-23T12:00:00.000Z`,
      `${id} answer_reminder 2025-09-24T12:00:00.000Z`,
      `${id} closed 2025-09-25T03:00:00.000Z`,
    ]);
    expect(fired).toEqual(expected.sort());
  });

  it("counts give a requester's four indicators (R001-3)", async () => {
    const desk = createDesk({ preset });
    await open(desk, "C-1");
    await open(desk, "C-2");
    await open(desk, "C-3");
    await desk.act({
      tenant,
      id: "C-2",
      command: { type: "request_info", at: at("2025-09-16T12:00"), actor: agent },
    });
    await desk.act({
      tenant,
      id: "C-3",
      command: { type: "close", at: at("2025-09-16T12:00"), actor: agent },
    });
    expect(await desk.counts({ tenant, requester: "seller-77" })).toEqual({
      waitingOnMe: 1,
      open: 2,
      closed: 1,
      all: 3,
    });
  });
});

describe("filterNotifications (R002-7)", () => {
  const fx = (status: string, to: Effect["to"] = "requester"): Effect =>
    ({
      type: "notify",
      to,
      template: status,
      ticket: "T",
      tenant,
      at: "2025-09-16T13:00:00.000Z",
      status,
    }) as Effect;
  const effects = [
    fx("awaiting_reply"),
    fx("open"),
    fx("solved"),
    fx("open", "agent"),
    fx("closed"),
  ];

  it("drops only the optional statuses the requester turned off", () => {
    const kept = filterNotifications(effects, ["awaiting_reply", "open", "solved"], {
      open: false,
      solved: true,
    });
    expect(kept.map((e) => `${e.to}:${e.status}`)).toEqual([
      "requester:awaiting_reply",
      "requester:solved",
      "agent:open",
      "requester:closed",
    ]);
  });

  it("a status the preset does not make optional always goes out", () => {
    expect(filterNotifications(effects, ["open"], { closed: false })).toHaveLength(5);
  });

  it("names a malformed preference", () => {
    expect(() => filterNotifications(effects, [], { open: "no" } as never)).toThrow(
      /preferences.open/,
    );
  });
});
