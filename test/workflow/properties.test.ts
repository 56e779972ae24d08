// Random command sequences (random actors, events, times, sweeps) against
// the workflow that uses every feature.
import { fc } from "@fast-check/vitest";
import type { Actor, ApplyResult, StatusOf, Step, Ticket, TicketEvent } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { clOffice, everythingDefinition, everything as wf } from "./workflows.js";

type S = StatusOf<typeof everythingDefinition>;
type Cmd = Parameters<typeof wf.apply>[1];
type Op =
  | { kind: "command"; dt: number; command: Omit<Cmd, "at"> }
  | { kind: "advance"; dt: number };

const HOUR = 3_600_000;
const actors: Actor[] = [
  { role: "requester", id: "u-1", tenant: "store-9" },
  { role: "requester", id: "u-2", tenant: "store-9" },
  { role: "requester", id: "u-3", tenant: "store-1" }, // another account
  { role: "agent", id: "a-1" },
  { role: "agent", id: "a-2", tenant: "store-9" },
  { role: "agent", id: "a-3", tenant: "store-1" },
  { role: "admin", id: "root" },
  { role: "system", id: "cron" },
];
const events = [...new Set(everythingDefinition.transitions.map((t) => t.event))].filter(
  (e) => e !== "comment",
);

const actor = fc.constantFrom(...actors);
/** Mostly forward in time, sometimes backwards, often across nights and weekends. */
const dt = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 8 * HOUR }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 4 * 24 * HOUR }) },
  { weight: 1, arbitrary: fc.integer({ min: -3 * HOUR, max: 0 }) },
);
const command: fc.Arbitrary<Omit<Cmd, "at">> = fc.oneof(
  fc.record({ type: fc.constantFrom(...events), actor }) as fc.Arbitrary<Omit<Cmd, "at">>,
  fc.record({
    type: fc.constant("comment" as const),
    actor,
    body: fc.string({ maxLength: 8 }),
    visibility: fc.constantFrom("public" as const, "internal" as const),
  }),
  fc.record({
    type: fc.constant("set_field" as const),
    actor,
    field: fc.constantFrom("reference", "priority", "channel"),
    value: fc.constantFrom("PO-1", "urgent", "low", null),
  }),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("command" as const), dt, command }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("advance" as const), dt }) },
);
/** A start between 2024 and 2026, any time of day. */
const start = fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2026, 11, 1) });

interface Run {
  ticket: Ticket<S>;
  events: TicketEvent[];
  checks: number;
}

/** Runs the ops, checking the per-step properties; returns the ticket and the whole log. */
function play(t0: number, ops: Op[]): Run {
  const created = wf.create({ at: t0, actor: actors[0] as Actor, id: "T-1", tenant: "store-9" });
  if (!created.ok) throw new Error("create refused");
  let ticket = created.ticket;
  const log: TicketEvent[] = [...created.events];
  let now = t0;
  let checks = 0;
  const accept = (step: Step<S>) => {
    // Events continue the sequence, never go back in time, and version counts them.
    step.events.forEach((e, i) => {
      expect(e.seq).toBe(log.length + i + 1);
      expect(e.at >= (log.at(-1)?.at ?? "")).toBe(true);
    });
    log.push(...step.events);
    expect(step.ticket.version).toBe(log.length);
    ticket = step.ticket;
  };
  for (const o of ops) {
    now += o.dt;
    const before = structuredClone(ticket);
    const wasFinal = ticket.status === "closed";
    if (o.kind === "advance") {
      const due = wf.due(ticket, now);
      const step = wf.advance(ticket, now);
      expect(due.map((d) => `${d.timer}@${d.at}`)).toEqual(
        step.events.flatMap((e) => (e.type === "timer_fired" ? [`${e.timer}@${e.at}`] : [])),
      );
      if (wasFinal) expect(step.events).toEqual([]);
      // advance is idempotent.
      const again = wf.advance(step.ticket, now);
      expect(again.events).toEqual([]);
      expect(again.ticket).toEqual(step.ticket);
      accept(step);
      checks++;
      continue;
    }
    const cmd = { ...o.command, at: now } as Cmd;
    const r = wf.apply(ticket, cmd);
    expect(ticket).toEqual(before); // the input is never mutated
    if (wasFinal) expect(r.ok).toBe(false); // final statuses absorb everything
    // Another tenant's actor learns nothing, not even that the time is wrong (issue 15).
    const stranger = cmd.actor.tenant !== undefined && cmd.actor.tenant !== ticket.tenant;
    if (stranger)
      expect(r).toEqual({
        ok: false,
        error: { code: "tenant_mismatch", message: expect.any(String) },
      });
    else if (new Date(now).toISOString() < ticket.updatedAt)
      expect(r).toMatchObject({ ok: false, error: { code: "time_went_backwards" } });
    if (r.ok) accept(r);
    else expect(r.error.message.length).toBeGreaterThan(10);
    checks++;
  }
  return { ticket, events: log, checks };
}

/** Walks the log: every timer_fired belongs to the status current at that moment, armed since it was entered. */
function timersStayInTheirStatus(log: TicketEvent[]): void {
  let status = "";
  let since = "";
  for (const e of log) {
    if (e.type === "created") [status, since] = [everythingDefinition.initial, e.at];
    if (e.type === "timer_fired") {
      expect(e.status).toBe(status);
      expect(e.at > since).toBe(true);
      const defs = (
        everythingDefinition.statuses as Record<string, { timers?: readonly { name: string }[] }>
      )[status]?.timers;
      expect(defs?.some((t) => t.name === e.timer)).toBe(true);
    }
    if (e.type === "status_changed") {
      expect(e.from).toBe(status);
      [status, since] = [e.to, e.at];
    }
  }
}

/** Armed timers agree with the calendar: a span of n × d ends where between() counts n × d. */
function timersAgreeWithCalendar(t: Ticket<S>): void {
  const defs =
    (
      everythingDefinition.statuses as Record<
        string,
        { timers?: readonly Record<string, unknown>[] }
      >
    )[t.status]?.timers ?? [];
  for (const a of t.timers) {
    const def = defs.find((d) => d.name === a.name) as {
      every?: { hours?: number; days?: number };
      after?: { hours?: number; days?: number };
      clock?: string;
    };
    const span = def.every ?? def.after ?? {};
    if (span.hours === undefined && span.days === undefined) continue; // business days: checked in the examples
    const ms = ((span.days ?? 0) * 24 + (span.hours ?? 0)) * HOUR * (a.fired + 1);
    const since = Date.parse(a.since);
    const due = Date.parse(a.due);
    if (def.clock === "wall") expect(due - since).toBe(ms);
    else expect(clOffice.between(since, due)).toBe(ms);
    expect(due).toBeGreaterThan(Date.parse(t.updatedAt));
  }
}

describe("workflow properties", () => {
  it("version = event count, refusals change nothing, finals absorb, advance is idempotent, no command goes back in time", () => {
    fc.assert(
      fc.property(start, fc.array(op, { maxLength: 40 }), (t0, ops) => {
        const { checks } = play(t0, ops);
        expect(checks).toBe(ops.length);
      }),
      { numRuns: 150 },
    );
  });

  it("replay(events) deep-equals the live ticket, also from JSON", () => {
    fc.assert(
      fc.property(start, fc.array(op, { maxLength: 40 }), (t0, ops) => {
        const { ticket, events } = play(t0, ops);
        expect(wf.replay(events)).toEqual(ticket);
        expect(wf.replay(JSON.parse(JSON.stringify(events)))).toEqual(ticket);
        // Any prefix of the log is a valid ticket too.
        const cut = Math.max(1, Math.floor(events.length / 2));
        expect(wf.replay(events.slice(0, cut)).version).toBe(cut);
      }),
      { numRuns: 150 },
    );
  });

  it("no timer fires after its status was left; armed timers agree with the calendar", () => {
    fc.assert(
      fc.property(start, fc.array(op, { maxLength: 40 }), (t0, ops) => {
        const { ticket, events } = play(t0, ops);
        timersStayInTheirStatus(events);
        timersAgreeWithCalendar(ticket);
      }),
      { numRuns: 150 },
    );
  });

  it("a late sweep equals sweeping at every wake-up", () => {
    fc.assert(
      fc.property(
        start,
        fc.array(op, { maxLength: 20 }),
        fc.integer({ min: 0, max: 30 * 24 * HOUR }),
        (t0, ops, later) => {
          const { ticket } = play(t0, ops);
          const end = Date.parse(ticket.updatedAt) + later;
          const once = wf.advance(ticket, end);
          let step = ticket;
          const parts: TicketEvent[] = [];
          for (
            let wake = wf.nextWakeUp(step);
            wake !== null && wake.getTime() <= end;
            wake = wf.nextWakeUp(step)
          ) {
            const r = wf.advance(step, wake);
            parts.push(...r.events);
            step = r.ticket;
          }
          expect(parts).toEqual(once.events);
          expect(step).toEqual(once.ticket);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the generator reaches what the properties talk about", () => {
  it("every status, most refusal codes, timers firing and events accepted", () => {
    const statuses = new Set<string>();
    const codes = new Set<string>();
    let fired = 0;
    let accepted = 0;
    fc.assert(
      fc.property(start, fc.array(op, { minLength: 10, maxLength: 40 }), (t0, ops) => {
        const created = wf.create({
          at: t0,
          actor: actors[0] as Actor,
          id: "T",
          tenant: "store-9",
        });
        if (!created.ok) return;
        let t: Ticket<S> = created.ticket;
        let now = t0;
        for (const o of ops) {
          now += o.dt;
          const r: ApplyResult<S> =
            o.kind === "advance"
              ? wf.advance(t, now)
              : wf.apply(t, { ...o.command, at: now } as Cmd);
          if (!r.ok) {
            codes.add(r.error.code);
            continue;
          }
          accepted += r.events.length;
          fired += r.events.filter((e) => e.type === "timer_fired").length;
          t = r.ticket;
          statuses.add(t.status);
        }
      }),
      { numRuns: 150, seed: 42 },
    );
    expect([...statuses].sort()).toEqual(Object.keys(everythingDefinition.statuses).sort());
    expect(codes.size).toBeGreaterThanOrEqual(7);
    expect(fired).toBeGreaterThan(100);
    expect(accepted).toBeGreaterThan(1000);
  });
});
