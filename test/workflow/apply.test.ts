// apply, advance, due, replay on the feature workflow, with the office-hours
// Chilean calendar (09:00-18:00, UTC-3 in November 2025, no holiday 3-14 Nov).
// Expected instants are hand-checked; local times are in the comments.
import { InvalidArgumentError } from "plazo";
import {
  type Actor,
  type ApplyResult,
  type Command,
  REFUSAL_CODES,
  type RefusalCode,
  type StatusOf,
  type Step,
  type Ticket,
} from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { type everythingDefinition, everything as wf } from "./workflows.js";

type S = StatusOf<typeof everythingDefinition>;
type Cmd = Parameters<typeof wf.apply>[1];
const seller: Actor = { role: "requester", id: "u-1", tenant: "store-9" };
const agent: Actor = { role: "agent", id: "a-1" };
const admin: Actor = { role: "admin", id: "root" };
const at = (s: string) => new Date(s);

function ok(r: ApplyResult<S>): Step<S> {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r;
}
function refused(r: ApplyResult<S>) {
  if (r.ok) throw new Error(`accepted, now ${r.ticket.status}`);
  return r.error;
}
/** Created Mon 3 Nov 2025 10:00 local. */
const created = () =>
  ok(wf.create({ at: at("2025-11-03T13:00:00Z"), actor: seller, id: "T-1", tenant: "store-9" }));
/** Then started by the agent at 11:00 local. */
const opened = () =>
  ok(wf.apply(created().ticket, { type: "start", at: at("2025-11-03T14:00:00Z"), actor: agent }));
function run(ticket: Ticket<S>, ...commands: Cmd[]): Step<S> {
  let step: Step<S> | undefined;
  for (const c of commands) step = ok(wf.apply(step?.ticket ?? ticket, c));
  if (step === undefined) throw new Error("no command");
  return step;
}

describe("create", () => {
  it("opens the ticket in the initial status with its timers and the onCreate effects", () => {
    const r = created();
    expect(r.ticket).toEqual({
      id: "T-1",
      tenant: "store-9",
      requester: "u-1",
      category: [],
      reference: null,
      channel: null,
      fields: {},
      status: "new",
      statusSince: "2025-11-03T13:00:00.000Z",
      createdAt: "2025-11-03T13:00:00.000Z",
      updatedAt: "2025-11-03T13:00:00.000Z",
      version: 1,
      comments: 0,
      // 48 office hours: Mon 8 + Tue..Fri 4×9 = 44, then Mon 10 Nov 09:00-13:00.
      timers: [
        {
          name: "first_response",
          due: "2025-11-10T16:00:00.000Z",
          since: "2025-11-03T13:00:00.000Z",
          fired: 0,
        },
      ],
      windows: [],
    });
    expect(r.events).toHaveLength(1);
    expect(r.effects.map((e) => e.template ?? e.type)).toEqual(["created"]);
  });

  it("keeps the form data, reference, category and channel", () => {
    const r = ok(
      wf.create({
        at: at("2025-11-03T13:00:00Z"),
        actor: agent,
        id: "T-2",
        tenant: "store-9",
        requester: "u-1",
        category: ["orders", "missing"],
        reference: "PO-88",
        channel: "order_page",
        fields: { description: "No llegó", files: [{ name: "a.pdf", size: 10 }] },
      }),
    );
    expect(r.ticket).toMatchObject({
      requester: "u-1",
      category: ["orders", "missing"],
      reference: "PO-88",
      channel: "order_page",
      fields: { description: "No llegó", files: [{ name: "a.pdf", size: 10 }] },
    });
  });

  it("refuses a requester creating for another tenant", () => {
    const e = refused(
      wf.create({ at: at("2025-11-03T13:00:00Z"), actor: seller, id: "T-3", tenant: "store-1" }),
    );
    expect(e.code).toBe("tenant_mismatch");
  });

  it("the first-response timer is effect-only: it escalates and the ticket stays new", () => {
    const r = wf.advance(created().ticket, at("2025-11-10T16:00:00Z"));
    expect(r.ticket.status).toBe("new");
    expect(r.effects).toEqual([
      expect.objectContaining({ type: "escalate", to: "admin", timer: "first_response" }),
    ]);
    expect(wf.nextWakeUp(r.ticket)).toBeNull();
  });
});

describe("refusals", () => {
  it("transition_not_allowed: an event with no transition from the status", () => {
    const e = refused(
      wf.apply(created().ticket, { type: "hold", at: at("2025-11-03T14:00:00Z"), actor: agent }),
    );
    expect(e).toEqual({
      code: "transition_not_allowed",
      status: "new",
      event: "hold",
      message: "La acción «hold» no es posible en el estado «Nuevo».",
    });
  });

  it("role_not_allowed: a role no transition lists", () => {
    const e = refused(
      wf.apply(created().ticket, { type: "start", at: at("2025-11-03T14:00:00Z"), actor: seller }),
    );
    expect(e).toMatchObject({ code: "role_not_allowed", role: "requester", event: "start" });
  });

  it("guard_failed: solving needs a reference (R002-5: support fills it in)", () => {
    const t = opened().ticket;
    const e = refused(wf.apply(t, { type: "solve", at: at("2025-11-03T15:00:00Z"), actor: agent }));
    expect(e).toMatchObject({ code: "guard_failed", guard: "hasReference" });
    const filled = run(t, {
      type: "set_field",
      field: "reference",
      value: "PO-88",
      at: at("2025-11-03T15:00:00Z"),
      actor: agent,
    });
    expect(filled.events).toEqual([
      expect.objectContaining({
        type: "field_changed",
        field: "reference",
        value: "PO-88",
        previous: null,
        seq: 3,
      }),
    ]);
    expect(filled.ticket.reference).toBe("PO-88");
    expect(
      run(filled.ticket, { type: "solve", at: at("2025-11-03T15:00:00Z"), actor: agent }).ticket
        .status,
    ).toBe("solved");
  });

  it("set_field: names like toString or constructor are plain keys of fields", () => {
    const t = opened().ticket;
    for (const field of ["toString", "constructor", "hasOwnProperty"]) {
      const r = run(t, {
        type: "set_field",
        field,
        value: "x",
        at: at("2025-11-03T15:00:00Z"),
        actor: agent,
      });
      expect(r.events[0]).toMatchObject({
        type: "field_changed",
        field,
        value: "x",
        previous: null,
      });
      expect(Object.hasOwn(r.ticket.fields, field)).toBe(true);
      expect(JSON.parse(JSON.stringify(r.ticket))).toEqual(r.ticket);
    }
  });

  it("guard_failed: an urgent ticket cannot be put on hold", () => {
    const t = run(opened().ticket, {
      type: "set_field",
      field: "priority",
      value: "urgent",
      at: at("2025-11-03T15:00:00Z"),
      actor: agent,
    }).ticket;
    expect(t.fields).toEqual({ priority: "urgent" });
    const e = refused(
      wf.apply(t, { type: "hold", at: at("2025-11-03T15:00:00Z"), actor: agent }, { locale: "en" }),
    );
    expect(e).toMatchObject({
      code: "guard_failed",
      guard: "notUrgent",
      message: "The condition “notUrgent” for “hold” is not met.",
    });
  });

  it("role_not_allowed: requesters change no fields and write no internal notes", () => {
    const t = opened().ticket;
    expect(
      refused(
        wf.apply(t, {
          type: "set_field",
          field: "reference",
          value: "X",
          at: at("2025-11-03T15:00:00Z"),
          actor: seller,
        }),
      ).code,
    ).toBe("role_not_allowed");
    expect(
      refused(
        wf.apply(t, {
          type: "comment",
          body: "psst",
          visibility: "internal",
          at: at("2025-11-03T15:00:00Z"),
          actor: seller,
        }),
      ).code,
    ).toBe("role_not_allowed");
    const note = run(t, {
      type: "comment",
      body: "Revisar stock",
      visibility: "internal",
      at: at("2025-11-03T15:00:00Z"),
      actor: agent,
    });
    expect(note.events[0]).toMatchObject({
      type: "comment",
      visibility: "internal",
      body: "Revisar stock",
      attachments: [],
    });
  });

  it("comments_not_accepted: on hold only staff write", () => {
    const held = run(opened().ticket, {
      type: "hold",
      at: at("2025-11-04T13:00:00Z"),
      actor: agent,
    }).ticket;
    const e = refused(
      wf.apply(
        held,
        { type: "comment", body: "¿Y?", at: at("2025-11-04T14:00:00Z"), actor: seller },
        { locale: "pt" },
      ),
    );
    expect(e).toEqual({
      code: "comments_not_accepted",
      status: "on_hold",
      role: "requester",
      message: "No status “Em espera” não são aceitos comentários de um solicitante.",
    });
  });

  it("tenant_mismatch: a requester of another account, or staff scoped to one", () => {
    const t = opened().ticket;
    const other: Actor = { role: "requester", id: "u-2", tenant: "store-1" };
    expect(
      refused(
        wf.apply(t, {
          type: "comment",
          body: "Hola",
          at: at("2025-11-04T13:00:00Z"),
          actor: other,
        }),
      ).code,
    ).toBe("tenant_mismatch");
    const scoped: Actor = { role: "agent", id: "a-9", tenant: "store-1" };
    expect(
      refused(wf.apply(t, { type: "hold", at: at("2025-11-04T13:00:00Z"), actor: scoped })).code,
    ).toBe("tenant_mismatch");
  });

  it("time_went_backwards: a command before the last event", () => {
    const e = refused(
      wf.apply(opened().ticket, { type: "hold", at: at("2025-11-03T13:59:59Z"), actor: agent }),
    );
    expect(e).toEqual({
      code: "time_went_backwards",
      status: "open",
      lastAt: "2025-11-03T14:00:00.000Z",
      message:
        "La hora indicada (2025-11-03 10:59) es anterior al último evento del ticket (2025-11-03 11:00).",
    });
  });

  it("a command at the same instant as the last event is accepted", () => {
    expect(
      run(opened().ticket, { type: "hold", at: at("2025-11-03T14:00:00Z"), actor: agent }).ticket
        .status,
    ).toBe("on_hold");
  });

  it("ticket_closed: a final status refuses everything", () => {
    const closed = run(opened().ticket, {
      type: "close",
      at: at("2025-11-03T15:00:00Z"),
      actor: admin,
    });
    expect(closed.effects.map((e) => e.template)).toEqual(["closed"]);
    for (const c of [
      { type: "comment", body: "x", actor: seller },
      { type: "set_field", field: "reference", value: "X", actor: agent },
      { type: "start", actor: agent },
      { type: "close", actor: admin },
    ] as const)
      expect(
        refused(wf.apply(closed.ticket, { ...c, at: at("2025-11-05T15:00:00Z") } as Cmd)).code,
      ).toBe("ticket_closed");
  });

  it("has a message for every code in es, pt and en, each different", () => {
    const rejected = () =>
      run(opened().ticket, { type: "reject", at: at("2025-11-03T15:00:00Z"), actor: agent }).ticket;
    const closed = () =>
      run(opened().ticket, { type: "close", at: at("2025-11-03T15:00:00Z"), actor: admin }).ticket;
    const held = () =>
      run(opened().ticket, { type: "hold", at: at("2025-11-03T15:00:00Z"), actor: agent }).ticket;
    const t15 = at("2025-11-03T15:00:00Z");
    const cases: [RefusalCode, Ticket<S>, Cmd][] = [
      ["transition_not_allowed", created().ticket, { type: "hold", at: t15, actor: agent }],
      ["role_not_allowed", created().ticket, { type: "start", at: t15, actor: seller }],
      ["guard_failed", opened().ticket, { type: "solve", at: t15, actor: agent }],
      [
        "window_closed",
        rejected(),
        { type: "appeal", at: at("2025-11-06T15:00:00Z"), actor: seller },
      ],
      ["ticket_closed", closed(), { type: "start", at: t15, actor: agent }],
      ["comments_not_accepted", held(), { type: "comment", body: "x", at: t15, actor: seller }],
      [
        "time_went_backwards",
        opened().ticket,
        { type: "hold", at: at("2025-11-01T13:00:00Z"), actor: agent },
      ],
      [
        "tenant_mismatch",
        opened().ticket,
        { type: "hold", at: t15, actor: { ...agent, tenant: "x" } },
      ],
    ];
    expect(cases.map(([code]) => code).sort()).toEqual([...REFUSAL_CODES].sort());
    for (const [code, ticket, command] of cases) {
      const messages = (["es", "pt", "en"] as const).map((locale) => {
        const e = refused(wf.apply(ticket, command, { locale }));
        expect(e.code).toBe(code);
        expect(e.message).not.toMatch(/undefined|null|NaN|«»|“”/);
        return e.message;
      });
      expect(new Set(messages).size, code).toBe(3);
    }
  });
});

describe("timers", () => {
  it("a wall-clock timer: on hold wakes after 12 elapsed hours, at night, and resumes as system", () => {
    const held = run(opened().ticket, {
      type: "hold",
      at: at("2025-11-04T13:00:00Z"),
      actor: agent,
    });
    expect(held.deadlines).toEqual([
      { kind: "timer", name: "wake", at: "2025-11-05T01:00:00.000Z", fires: "resume" },
    ]);
    const woke = wf.advance(held.ticket, at("2025-11-05T01:00:00Z"));
    expect(woke.ticket.status).toBe("open");
    expect(woke.events.map((e) => [e.type, e.actor.role])).toEqual([
      ["timer_fired", "system"],
      ["status_changed", "system"],
    ]);
  });

  it("a repeating business timer with a limit: every 4 office hours, 3 times", () => {
    const t = opened().ticket; // open since Mon 3 Nov 11:00
    expect(wf.due(t, at("2025-11-14T12:00:00Z"))).toEqual([
      { timer: "nudge_agent", status: "open", at: "2025-11-03T18:00:00.000Z" }, // Mon 15:00
      { timer: "nudge_agent", status: "open", at: "2025-11-04T13:00:00.000Z" }, // Tue 10:00 (3 h Monday + 1 h)
      { timer: "nudge_agent", status: "open", at: "2025-11-04T17:00:00.000Z" }, // Tue 14:00
    ]);
    const r = wf.advance(t, at("2025-11-14T12:00:00Z"));
    expect(r.effects.map((e) => e.to)).toEqual(["agent", "agent", "agent"]);
    expect(r.ticket.timers).toEqual([]);
  });

  it("a timer measured from an event restarts at each one (and re-arms after its last firing)", () => {
    const t = opened().ticket;
    const commented = run(t, {
      type: "comment",
      body: "¿Novedades?",
      at: at("2025-11-03T15:00:00Z"),
      actor: seller,
    });
    expect(commented.ticket.status).toBe("open");
    expect(commented.ticket.timers).toEqual([
      {
        name: "nudge_agent",
        due: "2025-11-03T19:00:00.000Z",
        since: "2025-11-03T15:00:00.000Z",
        fired: 0,
      },
    ]);
    const exhausted = wf.advance(commented.ticket, at("2025-11-14T12:00:00Z")).ticket;
    expect(exhausted.timers).toEqual([]);
    const again = run(exhausted, {
      type: "comment",
      body: "¿Hola?",
      at: at("2025-11-14T12:00:00Z"),
      actor: seller,
    });
    expect(again.ticket.timers.map((x) => x.due)).toEqual(["2025-11-14T16:00:00.000Z"]); // Fri 09:00 + 4 h
  });

  it("a self-transition re-enters the status and re-arms its timers", () => {
    const touched = run(opened().ticket, {
      type: "touch",
      at: at("2025-11-03T17:00:00Z"),
      actor: agent,
    });
    expect(touched.events).toEqual([
      expect.objectContaining({ type: "status_changed", from: "open", to: "open" }),
    ]);
    expect(touched.ticket.statusSince).toBe("2025-11-03T17:00:00.000Z");
    expect(touched.ticket.timers[0]?.due).toBe("2025-11-03T21:00:00.000Z"); // Mon 14:00 + 4 h
  });

  it("a reminder due before the auto-close fires first; a repeat after it never fires", () => {
    const waiting = run(opened().ticket, {
      type: "request_info",
      at: at("2025-11-03T14:00:00Z"),
      actor: agent,
    });
    expect(waiting.deadlines).toEqual([
      { kind: "timer", name: "reminder", at: "2025-11-04T14:00:00.000Z" },
      // Business days 4, 5 and 6 Nov; the 6th closes at 18:00.
      { kind: "timer", name: "auto_close", at: "2025-11-06T21:00:00.000Z", fires: "expire" },
    ]);
    const swept = wf.advance(waiting.ticket, at("2025-11-20T00:00:00Z"));
    expect(
      swept.events.map((e) => (e.type === "timer_fired" ? `${e.timer}@${e.at}` : e.type)),
    ).toEqual([
      "reminder@2025-11-04T14:00:00.000Z",
      "reminder@2025-11-05T14:00:00.000Z",
      "reminder@2025-11-06T14:00:00.000Z",
      "auto_close@2025-11-06T21:00:00.000Z",
      "status_changed",
    ]);
    expect(swept.ticket.status).toBe("closed");
  });

  it("a solved ticket's auto-close restarts with each comment, but its reopen window does not", () => {
    const solved = run(opened().ticket, {
      type: "solve",
      at: at("2025-11-03T20:00:00Z"),
      actor: seller,
    });
    // The agent nudge due at 15:00 fires before the solve at 17:00.
    expect(solved.effects.map((e) => e.type)).toEqual(["notify", "send_survey"]);
    // 27 office hours from Mon 17:00: 1 + 9 + 9 + 8 → Thu 6 Nov 17:00.
    expect(solved.deadlines).toEqual([
      { kind: "timer", name: "auto_close", at: "2025-11-06T20:00:00.000Z", fires: "close" },
      { kind: "window", name: "comment", at: "2025-11-06T20:00:00.000Z" },
    ]);
    const noted = run(solved.ticket, {
      type: "comment",
      body: "Quedó",
      at: at("2025-11-04T13:00:00Z"),
      actor: agent,
    });
    expect(noted.ticket.status).toBe("solved");
    // From Tue 10:00: 8 + 9 + 9 + 1 → Fri 7 Nov 10:00.
    expect(noted.deadlines).toEqual([
      { kind: "window", name: "comment", at: "2025-11-06T20:00:00.000Z" },
      { kind: "timer", name: "auto_close", at: "2025-11-07T13:00:00.000Z", fires: "close" },
    ]);
    const late = refused(
      wf.apply(noted.ticket, {
        type: "comment",
        body: "Volvió a fallar",
        at: at("2025-11-06T20:30:00Z"),
        actor: seller,
      }),
    );
    expect(late).toMatchObject({ code: "window_closed", closedAt: "2025-11-06T20:00:00.000Z" });
    expect(
      run(noted.ticket, {
        type: "comment",
        body: "Volvió a fallar",
        at: at("2025-11-06T19:59:00Z"),
        actor: seller,
      }).ticket.status,
    ).toBe("open");
  });

  it("a wall-clock window: an appeal within 2 elapsed days", () => {
    const rejected = run(opened().ticket, {
      type: "reject",
      at: at("2025-11-03T15:00:00Z"),
      actor: agent,
    }).ticket;
    expect(rejected.windows[0]?.closes).toBe("2025-11-05T15:00:00.000Z");
    expect(
      run(rejected, { type: "appeal", at: at("2025-11-05T14:59:59.999Z"), actor: seller }).ticket
        .status,
    ).toBe("open");
    expect(
      refused(wf.apply(rejected, { type: "appeal", at: at("2025-11-05T15:00:00Z"), actor: seller }))
        .code,
    ).toBe("window_closed");
    expect(
      refused(wf.apply(rejected, { type: "appeal", at: at("2025-11-04T15:00:00Z"), actor: agent }))
        .code,
    ).toBe("role_not_allowed");
  });

  it("advance is idempotent and does nothing before the next wake-up", () => {
    const waiting = run(opened().ticket, {
      type: "request_info",
      at: at("2025-11-03T14:00:00Z"),
      actor: agent,
    }).ticket;
    expect(wf.advance(waiting, at("2025-11-04T13:59:59.999Z")).events).toEqual([]);
    const once = wf.advance(waiting, at("2025-11-05T15:00:00Z"));
    expect(once.events).toHaveLength(2);
    const twice = wf.advance(once.ticket, at("2025-11-05T15:00:00Z"));
    expect(twice.events).toEqual([]);
    expect(twice.ticket).toEqual(once.ticket);
    expect(wf.nextWakeUp(once.ticket)).toEqual(at("2025-11-06T14:00:00Z"));
  });
});

describe("history", () => {
  it("replay of every event equals the live ticket, also after a JSON round trip", () => {
    const steps: Step<S>[] = [opened()];
    const events = [...created().events, ...(steps[0]?.events ?? [])];
    let t = steps[0]?.ticket as Ticket<S>;
    const commands: Cmd[] = [
      {
        type: "comment",
        body: "Hola",
        at: at("2025-11-03T15:00:00Z"),
        actor: seller,
        attachments: [{ name: "a.png", size: 3, type: "image/png", id: "k1" }],
      },
      {
        type: "set_field",
        field: "reference",
        value: "PO-1",
        at: at("2025-11-03T16:00:00Z"),
        actor: agent,
      },
      {
        type: "request_info",
        at: at("2025-11-04T16:00:00Z"),
        actor: agent,
        data: { question: "¿SKU?" },
      },
      { type: "comment", body: "SKU-9", at: at("2025-11-06T12:00:00Z"), actor: seller },
      { type: "solve", at: at("2025-11-07T12:00:00Z"), actor: agent },
    ];
    for (const c of commands) {
      const r = ok(wf.apply(t, c));
      events.push(...r.events);
      t = r.ticket;
    }
    const swept = wf.advance(t, at("2025-12-01T00:00:00Z"));
    events.push(...swept.events);
    expect(swept.ticket.status).toBe("closed");
    expect(events.map((e) => e.seq)).toEqual(events.map((_, i) => i + 1));
    expect(swept.ticket.version).toBe(events.length);
    expect(wf.replay(events)).toEqual(swept.ticket);
    const stored = JSON.parse(JSON.stringify(events));
    expect(wf.replay(stored)).toEqual(swept.ticket);
    expect(JSON.parse(JSON.stringify(swept.ticket))).toEqual(swept.ticket);
    expect(
      events.find((e) => e.type === "status_changed" && e.event === "request_info"),
    ).toMatchObject({ data: { question: "¿SKU?" } });
  });

  it.each([
    ["no events", [], "events"],
    ["a gap in seq", "gap", "events[1].seq"],
    ["a first event that is not created", "first", "events[0].type"],
    ["a second created", "twice", "events[1].type"],
    ["an unknown status", "status", "events[1].to"],
    ["a bad instant", "at", "events[1].at"],
  ])("replay throws on %s", (_, how, field) => {
    const events = [...opened().events];
    const first = created().events[0] as (typeof events)[number];
    const second = opened().events[0] as (typeof events)[number];
    const broken: unknown[] =
      how === "gap"
        ? [first, { ...second, seq: 3 }]
        : how === "first"
          ? [{ ...second, seq: 1 }]
          : how === "twice"
            ? [first, { ...first, seq: 2 }]
            : how === "status"
              ? [first, { ...second, to: "limbo" }]
              : how === "at"
                ? [first, { ...second, at: "yesterday" }]
                : events.slice(0, 0);
    expect(() => wf.replay(broken as never)).toThrow(InvalidArgumentError);
    try {
      wf.replay(broken as never);
    } catch (e) {
      expect((e as InvalidArgumentError).field).toBe(field);
    }
  });
});

describe("programmer errors throw InvalidArgumentError naming the field", () => {
  const t = () => opened().ticket;
  const base = { at: at("2025-11-04T13:00:00Z"), actor: agent };
  it.each([
    ["an unknown event", { ...base, type: "escalate" }, "command.type"],
    ["an invalid date", { ...base, type: "hold", at: new Date("nope") }, "command.at"],
    [
      "a string instant without an offset",
      { ...base, type: "hold", at: "2025-11-04T13:00:00" },
      "command.at",
    ],
    [
      "an unknown role",
      { ...base, type: "hold", actor: { role: "seller", id: "x" } },
      "command.actor.role",
    ],
    [
      "a requester without tenant",
      { ...base, type: "comment", body: "x", actor: { role: "requester", id: "x" } },
      "command.actor.tenant",
    ],
    [
      "an actor without id",
      { ...base, type: "hold", actor: { role: "agent" } },
      "command.actor.id",
    ],
    ["a comment without body", { ...base, type: "comment" }, "command.body"],
    [
      "a bad visibility",
      { ...base, type: "comment", body: "x", visibility: "private" },
      "command.visibility",
    ],
    [
      "an attachment with a bad size",
      { ...base, type: "comment", body: "x", attachments: [{ name: "a", size: -1, type: "x" }] },
      "command.attachments[0].size",
    ],
    [
      "a Date in a field value",
      { ...base, type: "set_field", field: "due", value: new Date() },
      "command.value",
    ],
    ["NaN in data", { ...base, type: "hold", data: { n: Number.NaN } }, "command.data.n"],
    [
      "a __proto__ field",
      { ...base, type: "set_field", field: "__proto__", value: 1 },
      "command.field",
    ],
    [
      "a category that is not a path",
      { ...base, type: "set_field", field: "category", value: "orders" },
      "command.value",
    ],
    [
      "a numeric reference",
      { ...base, type: "set_field", field: "reference", value: 42 },
      "command.value",
    ],
  ])("%s", (_, command, field) => {
    try {
      wf.apply(t(), command as never);
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidArgumentError);
      expect((e as InvalidArgumentError).field).toBe(field);
      return;
    }
    throw new Error("did not throw");
  });

  it("a ticket in a status the workflow does not have", () => {
    expect(() => wf.apply({ ...t(), status: "limbo" } as never, { ...base, type: "hold" })).toThrow(
      /ticket.status/,
    );
  });

  it("create: a missing id and a cyclic fields object", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(() =>
      wf.create({ at: at("2025-11-03T13:00:00Z"), actor: seller, tenant: "store-9" } as never),
    ).toThrow(/command.id/);
    expect(() =>
      wf.create({
        at: at("2025-11-03T13:00:00Z"),
        actor: seller,
        id: "T",
        tenant: "store-9",
        fields: cyclic as never,
      }),
    ).toThrow(/too deeply/);
  });

  it("a malformed command is reported even when the ticket would refuse it", () => {
    const closed = run(t(), { type: "close", at: at("2025-11-04T13:00:00Z"), actor: admin }).ticket;
    expect(() =>
      wf.apply(closed, {
        type: "comment",
        at: at("2025-11-04T13:00:00Z"),
        actor: agent,
      } as Command as Cmd),
    ).toThrow(InvalidArgumentError);
  });
});
