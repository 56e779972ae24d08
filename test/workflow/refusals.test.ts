// Issue 15: every refusal is safe to return to the actor who caused it, and
// names events by their label, never by their raw name.
import {
  type Actor,
  type CommandOf,
  defineWorkflow,
  REFUSAL_CODES,
  type Refusal,
  type Ticket,
} from "plazo/workflow";
import { describe, expect, it } from "vitest";

const H = 3_600_000;
const T0 = Date.UTC(2025, 8, 10, 15);
const seller: Actor = { role: "requester", id: "u-1", tenant: "store-9" };
const stranger: Actor = { role: "requester", id: "u-9", tenant: "store-1" };
const agent: Actor = { role: "agent", id: "a-1" };

const wf = defineWorkflow(
  {
    initial: "open",
    statuses: {
      open: { category: "open", label: { es: "Abierto", pt: "Aberto", en: "Open" } },
      quiet: { category: "on_hold", label: "En pausa", comments: ["agent"] },
      rejected: { category: "rejected", label: "Rechazado" },
      closed: { category: "closed", label: "Cerrado", final: true },
    },
    transitions: [
      {
        event: "hold",
        label: { es: "pausar", pt: "pausar", en: "put on hold" },
        from: "open",
        to: "quiet",
        roles: ["agent"],
      },
      { event: "escalate_case", from: "open", to: "quiet", roles: ["agent"], guards: ["urgent"] },
      {
        event: "reject",
        label: { es: "rechazar", pt: "rejeitar", en: "reject" },
        from: "open",
        to: "rejected",
        roles: ["agent"],
      },
      {
        event: "comment",
        label: { es: "apelar", pt: "recorrer", en: "appeal" },
        from: "rejected",
        to: "open",
        roles: ["requester"],
        window: { within: { hours: 2 }, clock: "wall" },
      },
      { event: "close", from: ["open", "quiet", "rejected"], to: "closed", roles: ["agent"] },
    ],
  },
  { guards: { urgent: () => false } },
);

const open = (): Ticket => {
  const r = wf.create({ at: T0, actor: seller, id: "T-1", tenant: "store-9" });
  if (!r.ok) throw new Error("create refused");
  return r.ticket;
};
type Command = CommandOf<typeof wf>;
const step = (t: Ticket, c: Command): Ticket => {
  const r = wf.apply(t, c);
  if (!r.ok) throw new Error(r.error.message);
  return r.ticket;
};
const refusal = (t: Ticket, c: Command, locale?: string): Refusal => {
  const r = wf.apply(t, c, locale === undefined ? {} : { locale });
  if (r.ok) throw new Error("accepted");
  return r.error;
};

/** One command per refusal code, on a ticket of the seller's own tenant (except tenant_mismatch). */
function cases(): Record<(typeof REFUSAL_CODES)[number], () => Refusal> {
  const t = open();
  const rejected = step(t, { type: "reject", at: T0 + H, actor: agent });
  const closed = step(t, { type: "close", at: T0 + H, actor: agent });
  const quiet = step(t, { type: "hold", at: T0 + H, actor: agent });
  return {
    transition_not_allowed: () => refusal(quiet, { type: "reject", at: T0 + 2 * H, actor: agent }),
    role_not_allowed: () => refusal(t, { type: "hold", at: T0 + H, actor: seller }),
    guard_failed: () => refusal(t, { type: "escalate_case", at: T0 + H, actor: agent }),
    window_closed: () =>
      refusal(rejected, { type: "comment", body: "apelo", at: T0 + 4 * H, actor: seller }),
    ticket_closed: () =>
      refusal(closed, { type: "comment", body: "hola", at: T0 + 2 * H, actor: seller }),
    comments_not_accepted: () =>
      refusal(quiet, { type: "comment", body: "hola", at: T0 + 2 * H, actor: seller }),
    time_went_backwards: () => refusal(quiet, { type: "close", at: T0, actor: agent }),
    tenant_mismatch: () =>
      refusal(quiet, { type: "comment", body: "hola", at: T0, actor: stranger }),
  };
}

describe("refusals are safe to show the actor who caused them", () => {
  const all = cases();
  it.each(REFUSAL_CODES.map((c) => [c]))("%s", (code) => {
    const r = all[code]();
    expect(r.code).toBe(code);
    expect(r.message.length).toBeGreaterThan(10);
    // Only the listed keys, and nothing but the ticket's own status, event and times.
    const allowed = ["code", "message", "status", "event", "role", "guard", "closedAt", "lastAt"];
    expect(Object.keys(r).filter((k) => !allowed.includes(k))).toEqual([]);
    // Raw event names never reach the message.
    expect(r.message).not.toMatch(/escalate_case|«hold»|«reject»|«comment»/);
  });

  it("tenant_mismatch says nothing about the other tenant's ticket, even when the time is wrong too", () => {
    const r = all.tenant_mismatch();
    expect(r).toEqual({ code: "tenant_mismatch", message: "Este ticket pertenece a otra cuenta." });
  });

  it("events are named by their label, in the locale", () => {
    expect(all.role_not_allowed().message).toBe(
      "Un solicitante no puede realizar «pausar» en el estado «Abierto».",
    );
    const t = open();
    expect(refusal(t, { type: "hold", at: T0 + H, actor: seller }, "en").message).toBe(
      "A requester cannot do “put on hold” in status “Open”.",
    );
    expect(all.window_closed().message).toMatch(/^El plazo para «apelar» venció el /);
    // Without a label: underscores become spaces.
    expect(all.guard_failed().message).toBe(
      "No se cumple la condición «urgent» para «escalate case».",
    );
  });

  it("a transition's label must be a label", () => {
    expect(() =>
      defineWorkflow({
        initial: "a",
        statuses: { a: { category: "open", label: "A" } },
        transitions: [{ event: "x", label: "", from: "a", to: "a", roles: ["agent"] }],
      }),
    ).toThrow(/transitions\[0\]\.label/);
  });
});
