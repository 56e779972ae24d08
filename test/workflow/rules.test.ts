// The domain rules' time windows, walked on a Chilean calendar with real
// dates around Fiestas Patrias 2025 (Thursday 18 and Friday 19 September are
// holidays; Santiago is at UTC-3 since 7 September). Every expected instant
// was worked out by hand and is written in UTC with its local time beside it.
import type { Actor, ApplyResult, Step } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { clOffice, sellerHelp, supportPortal } from "./workflows.js";

const seller: Actor = { role: "requester", id: "u-17", tenant: "store-9" };
const agent: Actor = { role: "agent", id: "a-3" };
const at = (s: string) => new Date(s);

function ok<T extends string>(r: ApplyResult<T>): Step<T> {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r;
}
function refused<T extends string>(r: ApplyResult<T>) {
  if (r.ok) throw new Error(`accepted, now ${r.ticket.status}`);
  return r.error;
}

/** A 000 ticket opened Tue 16 Sep 16:30 and put on "waiting" Wed 17 Sep 11:00 local. */
function waitingTicket() {
  const created = ok(
    sellerHelp.create({
      at: at("2025-09-16T19:30:00Z"),
      actor: seller,
      id: "T-1042",
      tenant: "store-9",
    }),
  );
  const asked = ok(
    sellerHelp.apply(created.ticket, {
      type: "request_info",
      at: at("2025-09-17T14:00:00Z"),
      actor: agent,
    }),
  );
  return { created, asked };
}

describe("R000-7 and R000-10: waiting on the requester over Fiestas Patrias", () => {
  it("R000-7: creation emits the confirmation to the requester", () => {
    const { created } = waitingTicket();
    expect(created.effects).toEqual([
      {
        type: "notify",
        to: "requester",
        template: "ticket_created",
        ticket: "T-1042",
        tenant: "store-9",
        at: "2025-09-16T19:30:00.000Z",
        status: "open",
        event: "created",
      },
    ]);
  });

  it("arms a daily reminder and the auto-close at the end of the 3rd business day, skipping 18-21 Sep", () => {
    const { asked } = waitingTicket();
    expect(asked.ticket.status).toBe("waiting");
    expect(asked.deadlines).toEqual([
      // Mon 22 Sep 11:00 local: one business day (24 open hours) after Wed 17 11:00.
      { kind: "timer", name: "reminder", at: "2025-09-22T14:00:00.000Z" },
      // Business days 22, 23 and 24 Sep; the 24th ends at local midnight.
      {
        kind: "timer",
        name: "auto_close",
        at: "2025-09-25T03:00:00.000Z",
        fires: "close_inactive",
      },
    ]);
    expect(sellerHelp.nextWakeUp(asked.ticket)).toEqual(at("2025-09-22T14:00:00Z"));
    // Without the holidays the deadline would be the end of Mon 22 Sep.
    expect(asked.deadlines[1]?.at).not.toBe("2025-09-23T03:00:00.000Z");
  });

  it("with no answer: a reminder each business day, then the auto-close, which notifies (R000-12)", () => {
    const { asked } = waitingTicket();
    const now = at("2025-09-25T12:00:00Z");
    expect(sellerHelp.due(asked.ticket, now)).toEqual([
      { timer: "reminder", status: "waiting", at: "2025-09-22T14:00:00.000Z" },
      { timer: "reminder", status: "waiting", at: "2025-09-23T14:00:00.000Z" },
      { timer: "reminder", status: "waiting", at: "2025-09-24T14:00:00.000Z" },
      {
        timer: "auto_close",
        status: "waiting",
        at: "2025-09-25T03:00:00.000Z",
        fires: "close_inactive",
      },
    ]);
    const swept = sellerHelp.advance(asked.ticket, now);
    expect(swept.ticket.status).toBe("closed");
    expect(swept.ticket.statusSince).toBe("2025-09-25T03:00:00.000Z");
    expect(swept.effects.map((e) => [e.template, e.at])).toEqual([
      ["answer_reminder", "2025-09-22T14:00:00.000Z"],
      ["answer_reminder", "2025-09-23T14:00:00.000Z"],
      ["answer_reminder", "2025-09-24T14:00:00.000Z"],
      ["ticket_closed", "2025-09-25T03:00:00.000Z"],
    ]);
    expect(swept.events.at(-1)).toMatchObject({
      type: "status_changed",
      event: "close_inactive",
      from: "waiting",
      to: "closed",
      actor: { role: "system", id: "timer:auto_close" },
    });
    expect(sellerHelp.nextWakeUp(swept.ticket)).toBeNull();
  });

  it("an answer on Tue 23 Sep moves the ticket back to open and cancels what is left", () => {
    const { asked } = waitingTicket();
    const r = ok(
      sellerHelp.apply(asked.ticket, {
        type: "comment",
        at: at("2025-09-23T13:00:00Z"),
        actor: seller,
        body: "Adjunto la planilla",
        attachments: [{ name: "stock.xlsx", size: 48_213, type: "application/vnd.ms-excel" }],
      }),
    );
    // Monday's reminder was due before the answer, so it fires first.
    expect(r.events.map((e) => e.type)).toEqual(["timer_fired", "comment", "status_changed"]);
    expect(r.ticket.status).toBe("open");
    expect(r.ticket.timers).toEqual([]);
    expect(r.deadlines).toEqual([]);
    expect(r.ticket.comments).toBe(1);
  });

  it("an answer after the auto-close that nobody swept meets a closed ticket", () => {
    const { asked } = waitingTicket();
    const e = refused(
      sellerHelp.apply(asked.ticket, {
        type: "comment",
        at: at("2025-09-25T13:00:00Z"),
        actor: seller,
        body: "¿Sigue abierto?",
      }),
    );
    expect(e.code).toBe("ticket_closed");
    expect(e.status).toBe("closed");
    expect(asked.ticket.status).toBe("waiting"); // the input is untouched
  });
});

describe("R000-11: a rejection may be appealed within 2 business days", () => {
  /** Rejected Wed 17 Sep 15:00 local: the window closes at the end of Tue 23 Sep (22 and 23 are the 2 business days). */
  function rejected() {
    const created = ok(
      sellerHelp.create({
        at: at("2025-09-16T19:30:00Z"),
        actor: seller,
        id: "T-7",
        tenant: "store-9",
      }),
    );
    return ok(
      sellerHelp.apply(created.ticket, {
        type: "reject",
        at: at("2025-09-17T18:00:00Z"),
        actor: agent,
      }),
    ).ticket;
  }

  it("opens the window until Wed 24 Sep 00:00 local", () => {
    const t = rejected();
    expect(t.windows).toEqual([
      {
        event: "comment",
        to: "open",
        since: "2025-09-17T18:00:00.000Z",
        closes: "2025-09-24T03:00:00.000Z",
      },
    ]);
    expect(sellerHelp.deadlines(t)).toEqual([
      { kind: "window", name: "comment", at: "2025-09-24T03:00:00.000Z" },
    ]);
  });

  it("an appeal at 23:59 on Tue 23 Sep reopens the ticket", () => {
    const r = ok(
      sellerHelp.apply(rejected(), {
        type: "comment",
        at: at("2025-09-24T02:59:00Z"),
        actor: seller,
        body: "Apelo",
      }),
    );
    expect(r.ticket.status).toBe("open");
  });

  it("an appeal at 00:00 on Wed 24 Sep is refused with window_closed, in es, pt and en", () => {
    const t = rejected();
    const late = {
      type: "comment",
      at: at("2025-09-24T03:00:00Z"),
      actor: seller,
      body: "Apelo",
    } as const;
    const es = refused(sellerHelp.apply(t, late));
    expect(es).toEqual({
      code: "window_closed",
      status: "rejected",
      event: "comment",
      closedAt: "2025-09-24T03:00:00.000Z",
      message: "El plazo para «comentar» venció el 2025-09-24 00:00.", // the event's label, not its name (issue 15)
    });
    expect(refused(sellerHelp.apply(t, late, { locale: "pt" })).message).toBe(
      "O prazo para “comentar” venceu em 2025-09-24 00:00.",
    );
    expect(refused(sellerHelp.apply(t, late, { locale: "en" })).message).toBe(
      "The time to “comment” ran out on 2025-09-24 00:00.",
    );
  });

  it("after the window the rejection stands, but the agent may still write and close", () => {
    const t = rejected();
    const note = ok(
      sellerHelp.apply(t, {
        type: "comment",
        at: at("2025-09-26T12:00:00Z"),
        actor: agent,
        body: "Se mantiene",
      }),
    );
    expect(note.ticket.status).toBe("rejected");
    const closed = ok(
      sellerHelp.apply(note.ticket, {
        type: "close",
        at: at("2025-09-26T12:05:00Z"),
        actor: agent,
      }),
    );
    expect(closed.ticket.status).toBe("closed");
  });
});

describe("R000-12: a closed ticket cannot be reopened and accepts no comments", () => {
  function closed() {
    const created = ok(
      sellerHelp.create({
        at: at("2025-09-16T19:30:00Z"),
        actor: seller,
        id: "T-9",
        tenant: "store-9",
      }),
    );
    return ok(
      sellerHelp.apply(created.ticket, {
        type: "close",
        at: at("2025-09-17T18:00:00Z"),
        actor: agent,
      }),
    );
  }

  it("closing sends the notification", () => {
    expect(closed().effects).toEqual([
      expect.objectContaining({
        type: "notify",
        to: "requester",
        template: "ticket_closed",
        event: "close",
      }),
    ]);
  });

  it.each([
    ["a comment from the requester", { type: "comment", body: "Hola", actor: seller }],
    ["a comment from the agent", { type: "comment", body: "Nota", actor: agent }],
    ["a new request for information", { type: "request_info", actor: agent }],
    ["closing again", { type: "close", actor: agent }],
  ] as const)("%s is refused with ticket_closed", (_, command) => {
    const e = refused(
      sellerHelp.apply(closed().ticket, { ...command, at: at("2025-09-18T12:00:00Z") }),
    );
    expect(e.code).toBe("ticket_closed");
    expect(e.message).toBe("El ticket está «Cerrado» y ya no admite cambios ni comentarios.");
  });
});

describe("R003-8 to R003-10: solved, reopened by a reply within 27 business hours, closed", () => {
  /** Opened Mon 15 Sep 10:00 local, solved by the agent Wed 17 Sep 12:00 local. */
  function solved() {
    const created = ok(
      supportPortal.create({
        at: at("2025-09-15T13:00:00Z"),
        actor: seller,
        id: "S-1",
        tenant: "store-9",
      }),
    );
    return ok(
      supportPortal.apply(created.ticket, {
        type: "solve",
        at: at("2025-09-17T15:00:00Z"),
        actor: agent,
      }),
    );
  }

  it("R003-10: solving sends the satisfaction survey", () => {
    expect(solved().effects).toEqual([
      expect.objectContaining({
        type: "send_survey",
        to: "requester",
        event: "solve",
        status: "solved",
      }),
    ]);
  });

  it("R003-9: 27 office hours after Wed 17 Sep 12:00 is Wed 24 Sep 12:00 (6 + 9 + 9 + 3 hours)", () => {
    const s = solved();
    expect(s.deadlines).toEqual([
      { kind: "timer", name: "auto_close", at: "2025-09-24T15:00:00.000Z", fires: "close" },
      { kind: "window", name: "comment", at: "2025-09-24T15:00:00.000Z" },
    ]);
    expect(clOffice.between(at("2025-09-17T15:00:00Z"), at("2025-09-24T15:00:00Z"))).toBe(
      27 * 3_600_000,
    );
  });

  it("R003-9: a reply at 11:59 on Wed 24 Sep reopens it", () => {
    const r = ok(
      supportPortal.apply(solved().ticket, {
        type: "comment",
        at: at("2025-09-24T14:59:00Z"),
        actor: seller,
        body: "Sigue fallando",
      }),
    );
    expect(r.ticket.status).toBe("open");
    expect(r.ticket.timers).toEqual([]);
  });

  it("R003-9: at 12:00 it closes by itself; a later reply finds it closed for good", () => {
    const s = solved();
    const swept = supportPortal.advance(s.ticket, at("2025-09-24T15:00:00Z"));
    expect(swept.ticket.status).toBe("closed");
    const e = refused(
      supportPortal.apply(swept.ticket, {
        type: "comment",
        at: at("2025-09-24T15:00:00Z"),
        actor: seller,
        body: "¿Hola?",
      }),
    );
    expect(e.code).toBe("ticket_closed");
  });

  it("R003-8: the requester may solve the ticket too, but not close it", () => {
    const created = ok(
      supportPortal.create({
        at: at("2025-09-15T13:00:00Z"),
        actor: seller,
        id: "S-2",
        tenant: "store-9",
      }),
    );
    const r = ok(
      supportPortal.apply(created.ticket, {
        type: "solve",
        at: at("2025-09-15T14:00:00Z"),
        actor: seller,
      }),
    );
    expect(r.ticket.status).toBe("solved");
    const e = refused(
      supportPortal.apply(r.ticket, {
        type: "close",
        at: at("2025-09-15T15:00:00Z"),
        actor: seller,
      }),
    );
    expect(e.code).toBe("role_not_allowed");
    expect(e.message).toBe("Un solicitante no puede realizar «close» en el estado «Resuelto».");
  });

  it("R003-8: awaiting response, then the reply moves it back to open", () => {
    const created = ok(
      supportPortal.create({
        at: at("2025-09-15T13:00:00Z"),
        actor: seller,
        id: "S-3",
        tenant: "store-9",
      }),
    );
    const asked = ok(
      supportPortal.apply(created.ticket, {
        type: "ask",
        at: at("2025-09-15T14:00:00Z"),
        actor: agent,
      }),
    );
    expect(asked.ticket.status).toBe("awaiting");
    const answered = ok(
      supportPortal.apply(asked.ticket, {
        type: "comment",
        at: at("2025-09-16T14:00:00Z"),
        actor: seller,
        body: "Listo",
      }),
    );
    expect(answered.ticket.status).toBe("open");
  });
});
