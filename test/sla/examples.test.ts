// SLA clocks walked by hand on the Chilean office calendar (America/Santiago,
// Mon-Fri 09:00-18:00, Chilean public holidays) with real 2025 dates. Every
// expected instant below was counted by hand, day by day, and is written in
// UTC with its local time beside it. Offsets: Santiago is UTC-3 from Sun 7 Sep
// 2025 on (UTC-4 before), so every date used here is "local + 3 h", except
// Fri 5 Sep 2025 in the DST-change example ("local + 4 h").
// Holidays met: Thu 18 Sep (Fiestas Patrias), Fri 19 Sep (Glorias del
// Ejército); 12 Oct and 1 Nov 2025 fall on a weekend, 31 Oct is not reached.
import { defineSlaPolicy, estimateResolution, explainSla, InvalidArgumentError } from "plazo/sla";
import { defineWorkflow } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import {
  admin,
  agent,
  at,
  clOffice,
  comment,
  event,
  H,
  helpdeskDefinition,
  M,
  metricAt,
  ok,
  portalNewCycle,
  portalResume,
  replyV1,
  replyV2,
  replyWf,
  resolutionDefinition,
  resolutionPolicy,
  resolutionWf,
  seller,
  slaOf,
  story,
  trackerOf,
} from "./fixtures.js";

describe("cross-check of the calendar the examples count on", () => {
  it("has Fiestas Patrias 2025 on Thu 18 and Fri 19 Sep and no holiday on the other dates used", () => {
    const days = clOffice.holidays(2025).map((h) => h.date);
    expect(days).toContain("2025-09-18");
    expect(days).toContain("2025-09-19");
    for (const d of [
      "2025-09-05",
      "2025-09-15",
      "2025-09-17",
      "2025-09-22",
      "2025-09-26",
      "2025-09-29",
      "2025-10-03",
      "2025-10-06",
      "2025-10-13",
      "2025-10-24",
      "2025-10-28",
      "2025-10-30",
      "2025-11-03",
      "2025-11-07",
      "2025-11-10",
    ])
      expect(days).not.toContain(d);
    // Sun 7 Sep 2025: 00:00 local becomes 01:00, UTC-4 -> UTC-3.
    expect(clOffice.nextOpen(at("2025-09-05T12:00:00Z")).toISOString()).toBe(
      "2025-09-05T13:00:00.000Z", // Fri 5 Sep 09:00 at UTC-4
    );
    expect(clOffice.nextOpen(at("2025-09-08T11:00:00Z")).toISOString()).toBe(
      "2025-09-08T12:00:00.000Z", // Mon 8 Sep 09:00 at UTC-3
    );
  });
});

describe("R000-9: first reply within 48 business hours over Fiestas Patrias 2025", () => {
  // Created Wed 17 Sep 15:00 local (18:00Z). Open hours counted:
  //   Wed 17: 15:00-18:00 = 3 h (3); Thu 18, Fri 19: holidays; Sat 20, Sun 21: weekend;
  //   Mon 22: 9 h (12); Tue 23: 9 h (21); Wed 24: 9 h (30); Thu 25: 9 h (39); Fri 26: 9 h (48).
  // The 48th hour ends exactly at the close, Fri 26 18:00 local = 21:00Z: that is dueAt.
  // The clock next runs Mon 29 09:00 local = 12:00Z: that is breachedAt.
  // warnBefore 30 min: remaining 30 min at elapsed 47.5 h = Fri 26 17:30 local = 20:30Z.
  const created = "2025-09-17T18:00:00Z";

  it("at creation: running, due Fri 26 Sep 18:00 local, breaching Mon 29 Sep 09:00 local", () => {
    const s = story(replyWf, created);
    expect(s.ticket.sla?.policy).toBe("seller-help");
    expect(s.ticket.sla?.version).toBe(1);
    expect(s.ticket.sla?.priority).toBe("normal");
    expect(metricAt(replyWf, s.ticket, "first_reply", created)).toEqual({
      metric: "first_reply",
      state: "running",
      startedAt: "2025-09-17T18:00:00.000Z",
      stoppedAt: null,
      target: 48 * H,
      clock: "business",
      elapsed: 0,
      remaining: 48 * H,
      paused: 0,
      dueAt: "2025-09-26T21:00:00.000Z",
      warnAt: "2025-09-26T20:30:00.000Z",
      breachedAt: "2025-09-29T12:00:00.000Z",
      breached: false,
      cycles: [expect.objectContaining({ state: "running", elapsed: 0 })],
    });
    // next_reply waits for a requester message after a first agent reply.
    expect(metricAt(replyWf, s.ticket, "next_reply", created)).toMatchObject({
      state: "pending",
      startedAt: null,
      dueAt: null,
      cycles: [],
    });
  });

  it("state before and after the breach: Fri 09:00 running with 9 h left, Sat 0 h left but not breached, Mon 10:00 breached", () => {
    const s = story(replyWf, created);
    // Fri 26 09:00 local (12:00Z): 3 + 4 x 9 = 39 h counted.
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-26T12:00:00Z")).toMatchObject({
      state: "running",
      elapsed: 39 * H,
      remaining: 9 * H,
      breached: false,
    });
    // Sat 27 12:00 local (15:00Z): the target is reached (48 h) but the clock does not run.
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-27T15:00:00Z")).toMatchObject({
      state: "running",
      elapsed: 48 * H,
      remaining: 0,
      breached: false,
    });
    // Mon 29 09:00 local exactly: still not breached (a reply now is met).
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-29T12:00:00Z")).toMatchObject({
      state: "running",
      breached: false,
    });
    // Mon 29 10:00 local (13:00Z): 49 h counted, 1 h over.
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-29T13:00:00Z")).toMatchObject({
      state: "breached",
      elapsed: 49 * H,
      remaining: -1 * H,
      breachedAt: "2025-09-29T12:00:00.000Z",
      breached: true,
    });
  });

  it("an agent reply on Tue 23 Sep 10:00 local is met with 13 h counted", () => {
    const s = story(replyWf, created);
    s.run(comment(agent, "2025-09-23T13:00:00Z", "Estamos revisando su caso"));
    // Wed 3 h + Mon 9 h + Tue 09:00-10:00 1 h = 13 h.
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-24T12:00:00Z")).toMatchObject({
      state: "met",
      stoppedAt: "2025-09-23T13:00:00.000Z",
      elapsed: 13 * H,
      remaining: 35 * H,
      dueAt: null,
      breached: false,
    });
    // Nothing left to notify for first_reply.
    expect(replyWf.nextWakeUp(s.ticket)).toBeNull();
  });

  it("an internal note or a requester comment does not stop the clock", () => {
    const s = story(replyWf, created);
    s.run({
      type: "comment",
      at: at("2025-09-22T13:00:00Z"),
      actor: agent,
      body: "nota",
      visibility: "internal",
    });
    s.run(comment(seller, "2025-09-22T14:00:00Z", "¿Alguna novedad?"));
    // Mon 22 11:00 local: 3 + 2 = 5 h.
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-22T14:00:00Z")).toMatchObject({
      state: "running",
      elapsed: 5 * H,
      dueAt: "2025-09-26T21:00:00.000Z",
    });
    // No agent has replied yet, so the requester's message opens no next_reply cycle.
    expect(metricAt(replyWf, s.ticket, "next_reply", "2025-09-22T14:00:00Z").state).toBe("pending");
  });

  it("solving without a reply stops the first reply (met); a reopen does not restart it", () => {
    const s = story(replyWf, created);
    s.run(event("solve", agent, "2025-09-22T13:00:00Z")); // Mon 22 10:00 local: 3 + 1 = 4 h
    s.run(comment(seller, "2025-09-23T13:00:00Z", "No está resuelto")); // R003-9 reopen
    expect(s.ticket.status).toBe("open");
    const m = metricAt(replyWf, s.ticket, "first_reply", "2025-09-23T13:00:00Z");
    expect(m).toMatchObject({
      state: "met",
      stoppedAt: "2025-09-22T13:00:00.000Z",
      elapsed: 4 * H,
    });
    expect(m.cycles).toHaveLength(1);
    // No public agent reply ever: the reopening message starts no next_reply either.
    expect(metricAt(replyWf, s.ticket, "next_reply", "2025-09-23T13:00:00Z").state).toBe("pending");
  });

  it("across the DST change (Sun 7 Sep 2025, UTC-4 -> UTC-3): created Fri 5 Sep 17:00 local", () => {
    // Fri 5 17:00-18:00 (UTC-4) 1 h; Mon 8 .. Fri 12 (UTC-3) 45 h (46); Mon 15 09:00 + 2 h
    // = 11:00 local = 14:00Z.
    const s = story(replyWf, "2025-09-05T21:00:00Z");
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-05T21:00:00Z").dueAt).toBe(
      "2025-09-15T14:00:00.000Z",
    );
    // Mon 8 Sep 08:00 local is 11:00Z: closed, still 1 h; 09:00 local is 12:00Z.
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-08T12:00:00Z").elapsed).toBe(1 * H);
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-08T13:00:00Z").elapsed).toBe(2 * H);
  });

  it("a reply on Saturday 27 Sep, after the due instant but before the clock runs again, is met", () => {
    const s = story(replyWf, created);
    const r = s.run(comment(agent, "2025-09-27T15:00:00Z"));
    // The warning of Fri 17:30 local was due before, so it is recorded first.
    expect(r.events.map((e) => e.type)).toEqual(["sla_warning", "comment"]);
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-27T15:00:00Z")).toMatchObject({
      state: "met",
      elapsed: 48 * H,
      remaining: 0,
      breached: false,
    });
  });

  it("a reply exactly at breachedAt (Mon 29 Sep 09:00 local) is met; 1 ms later it is breached", () => {
    const onTime = story(replyWf, created);
    const r = onTime.run(comment(agent, "2025-09-29T12:00:00.000Z"));
    expect(r.events.map((e) => e.type)).toEqual(["sla_warning", "comment"]);
    expect(metricAt(replyWf, onTime.ticket, "first_reply", "2025-09-30T12:00:00Z")).toMatchObject({
      state: "met",
      elapsed: 48 * H,
      breached: false,
    });

    const late = story(replyWf, created);
    const r2 = late.run(comment(agent, "2025-09-29T12:00:00.001Z"));
    expect(r2.events.map((e) => e.type)).toEqual(["sla_warning", "sla_breached", "comment"]);
    expect(metricAt(replyWf, late.ticket, "first_reply", "2025-09-30T12:00:00Z")).toMatchObject({
      state: "breached",
      elapsed: 48 * H + 1,
      breached: true,
      breachedAt: "2025-09-29T12:00:00.000Z",
    });
  });

  it("advancing past Mon 29 Sep 09:00 local records the sla_breached event and returns its effect", () => {
    const s = story(replyWf, created);
    const step = s.advance("2025-09-29T15:00:00Z");
    expect(step.events).toEqual([
      {
        seq: 3,
        type: "sla_warning",
        at: "2025-09-26T20:30:00.000Z",
        actor: { role: "system", id: "sla" },
        metric: "first_reply",
        cycle: 0,
      },
      {
        seq: 4,
        type: "sla_breached",
        at: "2025-09-29T12:00:00.000Z",
        actor: { role: "system", id: "sla" },
        metric: "first_reply",
        cycle: 0,
      },
    ]);
    expect(step.effects).toEqual([
      {
        type: "sla_warning",
        ticket: "T-1",
        tenant: "store-9",
        at: "2025-09-26T20:30:00.000Z",
        status: "open",
        metric: "first_reply",
        cycle: 0,
      },
      {
        type: "sla_breached",
        ticket: "T-1",
        tenant: "store-9",
        at: "2025-09-29T12:00:00.000Z",
        status: "open",
        metric: "first_reply",
        cycle: 0,
      },
    ]);
    expect(replyWf.nextWakeUp(step.ticket)).toBeNull();
    expect(replyWf.advance(step.ticket, at("2025-09-30T15:00:00Z")).events).toEqual([]);
  });
});

describe("R003-8 awaiting response: a resolution clock paused on a Friday evening counts no business time over the weekend", () => {
  // Policy "support", normal priority: by the close of the 5th business day.
  // Created Mon 6 Oct 10:00 local (13:00Z). Business days after Mon 6: Tue 7, Wed 8,
  // Thu 9, Fri 10, Mon 13 (12 Oct is a Sunday) -> close Mon 13 Oct 18:00 local.
  // Target = Mon 6 10-18 (8 h) + 4 x 9 h + Mon 13 (9 h) = 53 h.
  // "ask" on Fri 10 Oct 17:00 local (20:00Z): elapsed = 8 + 27 + 8 = 43 h, 10 h left.
  const created = "2025-10-06T13:00:00Z";
  function paused() {
    const s = story(resolutionWf, created);
    s.run(event("ask", agent, "2025-10-10T20:00:00Z"));
    return s;
  }

  it("runs from creation with a 53 h target due Mon 13 Oct 18:00 local", () => {
    const s = story(resolutionWf, created);
    expect(metricAt(resolutionWf, s.ticket, "resolution", created)).toMatchObject({
      state: "running",
      target: 53 * H,
      dueAt: "2025-10-13T21:00:00.000Z",
      breachedAt: "2025-10-14T12:00:00.000Z", // Tue 14 09:00 local
    });
  });

  it("is paused with 43 h counted; Fri 18:00, Sat and Mon 09:00 all read the same", () => {
    const s = paused();
    const frozen = { state: "paused", elapsed: 43 * H, remaining: 10 * H, dueAt: null };
    // Fri 10 Oct 18:00 local (21:00Z): 1 business hour paused (17:00-18:00).
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-10-10T21:00:00Z")).toMatchObject({
      ...frozen,
      paused: 1 * H,
    });
    // Sat 11 Oct 12:00 local: the weekend adds no paused time.
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-10-11T15:00:00Z")).toMatchObject({
      ...frozen,
      paused: 1 * H,
    });
    // Mon 13 Oct 09:00 local (12:00Z): still 1 h paused, not the 64 h of calendar time.
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-10-13T12:00:00Z")).toMatchObject({
      ...frozen,
      paused: 1 * H,
      breachedAt: null,
    });
    // Mon 13 Oct 11:00 local (14:00Z): 3 h paused.
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-10-13T14:00:00Z")).toMatchObject({
      ...frozen,
      paused: 3 * H,
    });
    expect(resolutionWf.nextWakeUp(s.ticket)).toBeNull(); // nothing can fall while paused
  });

  it("resumes on the requester's answer Mon 13 Oct 11:00 local, due Tue 14 Oct 12:00 local", () => {
    const s = paused();
    const r = s.run(comment(seller, "2025-10-13T14:00:00Z", "Adjunto lo solicitado"));
    expect(r.ticket.status).toBe("open");
    // 10 h left from Mon 11:00: Mon 11-18 (7 h), Tue 09:00 + 3 h = Tue 14 12:00 local = 15:00Z.
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-10-13T14:00:00Z")).toMatchObject({
      state: "running",
      elapsed: 43 * H,
      remaining: 10 * H,
      paused: 3 * H,
      dueAt: "2025-10-14T15:00:00.000Z",
      breachedAt: "2025-10-14T15:00:00.000Z",
    });
    // Tue 14 10:00 local (13:00Z): 43 + 7 + 1 = 51 h.
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-10-14T13:00:00Z")).toMatchObject({
      elapsed: 51 * H,
      remaining: 2 * H,
      paused: 3 * H,
    });
  });
});

describe("R000-9: a breach is notified on Monday at opening, not on Friday night", () => {
  // Urgent first reply (1 h), created Fri 3 Oct 17:00 local (20:00Z).
  // Due Fri 18:00 local (21:00Z, the close); warned at 30 min left = Fri 17:30 local (20:30Z);
  // the clock next runs Mon 6 Oct 09:00 local = 12:00Z: the breach.
  const created = "2025-10-03T20:00:00Z";
  const urgent = () => story(replyWf, created, { fields: { priority: "urgent" } });

  it("projects due Fri 18:00 and breach Mon 09:00 local; the wake-up is 1 ms after the breach", () => {
    const s = urgent();
    expect(s.ticket.sla?.priority).toBe("urgent");
    expect(metricAt(replyWf, s.ticket, "first_reply", created)).toMatchObject({
      target: 1 * H,
      dueAt: "2025-10-03T21:00:00.000Z",
      warnAt: "2025-10-03T20:30:00.000Z",
      breachedAt: "2025-10-06T12:00:00.000Z",
    });
    expect(replyWf.deadlines(s.ticket)).toEqual([
      { kind: "sla_warning", name: "first_reply", at: "2025-10-03T20:30:00.000Z" },
      { kind: "sla_breached", name: "first_reply", at: "2025-10-06T12:00:00.000Z" },
    ]);
  });

  it("Friday night, Saturday and Sunday sweeps record no breach", () => {
    const s = urgent();
    const fri = s.advance("2025-10-04T02:00:00Z"); // Fri 23:00 local
    expect(fri.events.map((e) => [e.type, e.at])).toEqual([
      ["sla_warning", "2025-10-03T20:30:00.000Z"],
    ]);
    expect(s.advance("2025-10-04T15:00:00Z").events).toEqual([]); // Sat 12:00 local
    expect(s.advance("2025-10-05T23:00:00Z").events).toEqual([]); // Sun 20:00 local
    expect(replyWf.nextWakeUp(s.ticket)).toEqual(at("2025-10-06T12:00:00.001Z"));
    // At Mon 09:00:00.000 local nothing is due yet: a reply now would be met.
    expect(s.advance("2025-10-06T12:00:00.000Z").events).toEqual([]);
    const mon = s.advance("2025-10-06T12:00:00.001Z");
    expect(mon.events).toEqual([
      {
        seq: 4,
        type: "sla_breached",
        at: "2025-10-06T12:00:00.000Z",
        actor: { role: "system", id: "sla" },
        metric: "first_reply",
        cycle: 0,
      },
    ]);
    expect(mon.effects).toEqual([
      {
        type: "sla_breached",
        ticket: "T-1",
        tenant: "store-9",
        at: "2025-10-06T12:00:00.000Z",
        status: "open",
        metric: "first_reply",
        cycle: 0,
      },
    ]);
    expect(replyWf.nextWakeUp(s.ticket)).toBeNull();
  });

  it("a reply on Saturday is met", () => {
    const s = urgent();
    s.run(comment(agent, "2025-10-04T13:00:00Z"));
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-10-06T15:00:00Z")).toMatchObject({
      state: "met",
      elapsed: 1 * H,
      remaining: 0,
      breached: false,
    });
  });
});

describe("R003-9: a reopen within 27 business hours of the solve", () => {
  // Policy "portal": resolution within 45 business hours.
  // Created Mon 20 Oct 09:00 local (12:00Z); solved Tue 21 Oct 12:00 local (15:00Z):
  // elapsed = Mon 9 h + Tue 09-12 3 h = 12 h.
  // The reopen window (27 business hours from Tue 12:00): Tue 6 h, Wed 9 h (15), Thu 9 h (24),
  // Fri 24 09:00 + 3 h -> Fri 24 Oct 12:00 local = 15:00Z.
  // The requester replies Thu 23 Oct 10:00 local (13:00Z).
  const wfResume = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: portalResume });
  const wfCycles = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: portalNewCycle });
  function solved(wf: typeof wfResume) {
    const s = story(wf, "2025-10-20T12:00:00Z");
    s.run(event("solve", agent, "2025-10-21T15:00:00Z"));
    return s;
  }

  it("solving stops the clock, met with 12 h; the window closes Fri 24 Oct 12:00 local", () => {
    const s = solved(wfResume);
    expect(s.ticket.windows).toEqual([
      {
        event: "comment",
        to: "open",
        since: "2025-10-21T15:00:00.000Z",
        closes: "2025-10-24T15:00:00.000Z",
      },
    ]);
    expect(metricAt(wfResume, s.ticket, "resolution", "2025-10-22T15:00:00Z")).toMatchObject({
      state: "met",
      stoppedAt: "2025-10-21T15:00:00.000Z",
      elapsed: 12 * H,
      remaining: 33 * H,
      paused: 0,
    });
  });

  it("resume (default): the reply reopens the ticket and the same cycle goes on with 12 h kept", () => {
    const s = solved(wfResume);
    const r = s.run(comment(seller, "2025-10-23T13:00:00Z", "Sigue fallando"));
    expect(r.ticket.status).toBe("open");
    // 33 h left from Thu 23 10:00: Thu 8 h, Fri 9 h (17), Mon 27 9 h (26), Tue 28 09:00 + 7 h
    // -> Tue 28 Oct 16:00 local = 19:00Z. The solved days (Tue 12:00 - Thu 10:00) are not counted.
    const m = metricAt(wfResume, s.ticket, "resolution", "2025-10-23T13:00:00Z");
    expect(m).toMatchObject({
      state: "running",
      startedAt: "2025-10-20T12:00:00.000Z",
      stoppedAt: null,
      elapsed: 12 * H,
      remaining: 33 * H,
      paused: 0,
      dueAt: "2025-10-28T19:00:00.000Z",
    });
    expect(m.cycles).toHaveLength(1);
    // Fri 24 Oct 09:00 local: 12 + 8 = 20 h.
    expect(metricAt(wfResume, s.ticket, "resolution", "2025-10-24T12:00:00Z").elapsed).toBe(20 * H);
  });

  it("new_cycle: the reply starts a second cycle of 45 h, due Thu 30 Oct 10:00 local", () => {
    const s = solved(wfCycles);
    s.run(comment(seller, "2025-10-23T13:00:00Z", "Sigue fallando"));
    // 45 h from Thu 23 10:00: Thu 8, Fri 9 (17), Mon 9 (26), Tue 9 (35), Wed 29 9 (44),
    // Thu 30 09:00 + 1 h -> 10:00 local = 13:00Z.
    const m = metricAt(wfCycles, s.ticket, "resolution", "2025-10-23T13:00:00Z");
    expect(m).toMatchObject({
      state: "running",
      startedAt: "2025-10-23T13:00:00.000Z",
      elapsed: 0,
      target: 45 * H,
      dueAt: "2025-10-30T13:00:00.000Z",
    });
    expect(m.cycles).toHaveLength(2);
    expect(m.cycles[0]).toMatchObject({
      state: "met",
      startedAt: "2025-10-20T12:00:00.000Z",
      stoppedAt: "2025-10-21T15:00:00.000Z",
      elapsed: 12 * H,
    });
  });

  it("without a reply, the auto-close at Fri 24 Oct 12:00 local leaves the resolution met at the solve", () => {
    const s = solved(wfResume);
    const r = s.advance("2025-10-24T16:00:00Z");
    expect(r.ticket.status).toBe("closed");
    expect(r.ticket.statusSince).toBe("2025-10-24T15:00:00.000Z");
    expect(metricAt(wfResume, s.ticket, "resolution", "2025-10-24T16:00:00Z")).toMatchObject({
      state: "met",
      stoppedAt: "2025-10-21T15:00:00.000Z",
      elapsed: 12 * H,
    });
  });
});

describe("R003-4: a priority raised re-targets the clock without losing elapsed time", () => {
  // Policy "support". Created Mon 3 Nov 09:00 local (12:00Z), normal: business days
  // Tue 4 .. Mon 10 Nov (5th) -> close Mon 10 Nov 18:00 local; target 9 + 36 + 9 = 54 h.
  // The agent changes the priority on Tue 4 Nov 14:00 local (17:00Z): elapsed 9 + 5 = 14 h.
  const created = "2025-11-03T12:00:00Z";
  const raise = (value: string) => {
    const s = story(resolutionWf, created);
    s.run({
      type: "set_field",
      at: at("2025-11-04T17:00:00Z"),
      actor: agent,
      field: "priority",
      value,
    });
    return s;
  };

  it("normal: 54 h due Mon 10 Nov 18:00 local", () => {
    const s = story(resolutionWf, created);
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-11-04T17:00:00Z")).toMatchObject({
      target: 54 * H,
      clock: "business",
      elapsed: 14 * H,
      dueAt: "2025-11-10T21:00:00.000Z",
      breachedAt: "2025-11-11T12:00:00.000Z",
    });
  });

  it("urgent (24 h of wall time): 14 h kept, 10 h left counted through the night, due Wed 5 Nov 00:00 local", () => {
    const s = raise("urgent");
    expect(s.ticket.sla?.priority).toBe("urgent");
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-11-04T17:00:00Z")).toMatchObject({
      state: "running",
      target: 24 * H,
      clock: "wall",
      elapsed: 14 * H,
      remaining: 10 * H,
      // Tue 17:00Z + 10 h = Wed 03:00Z = Wed 5 Nov 00:00 local.
      dueAt: "2025-11-05T03:00:00.000Z",
      breachedAt: "2025-11-05T03:00:00.000Z",
    });
    // Tue 22:00 local (01:00Z Wed): the office is closed but the wall clock runs: 14 + 8 = 22 h.
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-11-05T01:00:00Z")).toMatchObject({
      state: "running",
      elapsed: 22 * H,
      remaining: 2 * H,
    });
    const night = s.advance("2025-11-05T04:00:00Z");
    expect(night.events.map((e) => [e.type, e.at])).toEqual([
      ["sla_breached", "2025-11-05T03:00:00.000Z"],
    ]);
  });

  it("high (18 business hours): 14 h kept, 4 h left end at Tue 4 Nov 18:00 local", () => {
    const s = raise("high");
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-11-04T17:00:00Z")).toMatchObject({
      target: 18 * H,
      clock: "business",
      elapsed: 14 * H,
      remaining: 4 * H,
      dueAt: "2025-11-04T21:00:00.000Z", // Tue 18:00 local, the close
      breachedAt: "2025-11-05T12:00:00.000Z", // Wed 09:00 local
    });
  });

  it("a value outside the policy's priorities falls back to the default", () => {
    const s = raise("critical");
    expect(s.ticket.sla?.priority).toBe("normal");
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-11-04T17:00:00Z")).toMatchObject({
      target: 54 * H,
      elapsed: 14 * H,
      dueAt: "2025-11-10T21:00:00.000Z",
    });
  });
});

describe("R003-2: a category change re-targets the clock too", () => {
  // Resolution within 9 business hours for financial requests, else 45. Created Mon 20 Oct
  // 09:00 local (12:00Z) without category.
  const byCategory = defineSlaPolicy({
    name: "by-category",
    version: 1,
    metrics: {
      resolution: {
        targets: [{ category: ["financial"], within: { hours: 9 } }, { within: { hours: 45 } }],
      },
    },
  });
  const wf = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: byCategory });
  const recategorized = (when: string) => {
    const s = story(wf, "2025-10-20T12:00:00Z");
    s.run({
      type: "set_field",
      at: at(when),
      actor: agent,
      field: "category",
      value: ["financial", "payouts"],
    });
    return s;
  };

  it("Mon 14:00 local: 5 h kept, 4 h left of 9 end at the Mon 18:00 close", () => {
    const s = recategorized("2025-10-20T17:00:00Z");
    expect(s.ticket.sla?.category).toEqual(["financial", "payouts"]);
    expect(metricAt(wf, s.ticket, "resolution", "2025-10-20T17:00:00Z")).toMatchObject({
      target: 9 * H,
      elapsed: 5 * H,
      remaining: 4 * H,
      dueAt: "2025-10-20T21:00:00.000Z",
      breachedAt: "2025-10-21T12:00:00.000Z",
    });
  });

  it("Tue 10:00 local, 10 h already counted: due and breach at the change itself, notified 1 ms later", () => {
    const s = recategorized("2025-10-21T13:00:00Z");
    expect(metricAt(wf, s.ticket, "resolution", "2025-10-21T13:00:00Z")).toMatchObject({
      state: "running",
      target: 9 * H,
      elapsed: 10 * H,
      remaining: -1 * H,
      dueAt: "2025-10-21T13:00:00.000Z",
      breachedAt: "2025-10-21T13:00:00.000Z",
      breached: false,
    });
    expect(wf.nextWakeUp(s.ticket)).toEqual(at("2025-10-21T13:00:00.001Z"));
    expect(s.advance("2025-10-21T13:00:00.001Z").events.map((e) => [e.type, e.at])).toEqual([
      ["sla_breached", "2025-10-21T13:00:00.000Z"],
    ]);
  });
});

describe("R003-4: lowering the priority, breaching then pausing, warning once across a re-target", () => {
  it("urgent -> normal before the urgent due: the 23 h counted on the wall clock are kept as business elapsed", () => {
    // Created urgent Mon 3 Nov 09:00 local (12:00Z), due Tue 4 Nov 12:00Z (24 h wall). Lowered
    // on Tue 4 Nov 08:00 local (11:00Z): 23 h of wall time, night included, have run. Normal =
    // 5 business days from the start = 54 h: 31 h left from Tue 08:00 (opens 09:00): Tue 9,
    // Wed 9 (18), Thu 9 (27), Fri 7 Nov 09:00 + 4 h = 13:00 local = 16:00Z.
    const s = story(resolutionWf, "2025-11-03T12:00:00Z", { fields: { priority: "urgent" } });
    s.run({
      type: "set_field",
      at: at("2025-11-04T11:00:00Z"),
      actor: agent,
      field: "priority",
      value: "normal",
    });
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-11-04T11:00:00Z")).toMatchObject({
      state: "running",
      clock: "business",
      target: 54 * H,
      elapsed: 23 * H,
      remaining: 31 * H,
      dueAt: "2025-11-07T16:00:00.000Z",
      breachedAt: "2025-11-07T16:00:00.000Z",
    });
  });

  // FOR REVIEW (engine disagrees): lowering the priority AFTER the urgent target was breached.
  // Created urgent Mon 3 Nov 09:00 local (12:00Z); the 24 h wall target breaches Tue 4 Nov
  // 12:00Z; lowered to normal on Tue 4 Nov 14:00 local (17:00Z) with 29 h counted. The new
  // target is 54 h, 25 h left: Tue 14:00-18:00 (4), Wed 9 (13), Thu 9 (22), Fri 7 Nov 09:00
  // + 3 h = 12:00 local = 15:00Z. By the spec (dueAt = the earliest instant elapsed reaches
  // the target, re-selected at the change), dueAt is Fri 15:00Z and R001-4 shows "running".
  // The engine keeps the old, breached dueAt Tue 4 Nov 12:00Z (and the estimate says
  // "overdue" at Tue 12:00Z) while reporting remaining = +25 h.
  it("urgent -> normal after the urgent breach: dueAt follows the new 54 h target", () => {
    const s = story(resolutionWf, "2025-11-03T12:00:00Z", { fields: { priority: "urgent" } });
    s.run({
      type: "set_field",
      at: at("2025-11-04T17:00:00Z"),
      actor: agent,
      field: "priority",
      value: "normal",
    });
    const m = metricAt(resolutionWf, s.ticket, "resolution", "2025-11-04T17:00:00Z");
    expect([m.target, m.elapsed, m.remaining]).toEqual([54 * H, 29 * H, 25 * H]); // agrees
    expect(m.dueAt).toBe("2025-11-07T15:00:00.000Z");
    // The breach under the urgent target is history.
    expect([m.state, m.breached, m.breachedAt]).toEqual([
      "breached",
      true,
      "2025-11-04T12:00:00.000Z",
    ]);
    expect(
      estimateResolution(trackerOf(resolutionWf), slaOf(s.ticket), at("2025-11-04T17:00:00Z")),
    ).toEqual({ at: "2025-11-07T15:00:00.000Z", basis: "overdue" });
  });

  it("a breached clock that pauses stays breached; paused time is wall time on a wall target", () => {
    // Urgent, created Mon 3 Nov 09:00 local (12:00Z): 24 h wall -> Tue 4 Nov 12:00Z.
    const s = story(resolutionWf, "2025-11-03T12:00:00Z", { fields: { priority: "urgent" } });
    const r = s.run(event("ask", agent, "2025-11-04T13:00:00Z"));
    expect(r.events.map((e) => [e.type, e.at])).toEqual([
      ["sla_breached", "2025-11-04T12:00:00.000Z"],
      ["status_changed", "2025-11-04T13:00:00.000Z"],
    ]);
    expect(metricAt(resolutionWf, s.ticket, "resolution", "2025-11-04T20:00:00Z")).toMatchObject({
      state: "paused",
      breached: true,
      elapsed: 25 * H,
      remaining: -1 * H,
      paused: 7 * H,
      dueAt: null,
      breachedAt: "2025-11-04T12:00:00.000Z",
    });
  });

  it("a warning sent is not sent again when a lower priority moves the deadline", () => {
    // Urgent first reply (1 h, warn at 30 min left), created Mon 22 Sep 10:00 local (13:00Z):
    // warned 10:30 local (13:30Z). Lowered to normal at 10:45 local (45 min counted): 47.25 h
    // left: Mon 7.25, Tue 9 (16.25), Wed 9 (25.25), Thu 9 (34.25), Fri 9 (43.25), Mon 29 09:00
    // + 4 h = 13:00 local = 16:00Z.
    const s = story(replyWf, "2025-09-22T13:00:00Z", { fields: { priority: "urgent" } });
    expect(s.advance("2025-09-22T13:40:00Z").events.map((e) => [e.type, e.at])).toEqual([
      ["sla_warning", "2025-09-22T13:30:00.000Z"],
    ]);
    s.run({
      type: "set_field",
      at: at("2025-09-22T13:45:00Z"),
      actor: agent,
      field: "priority",
      value: "normal",
    });
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-22T13:45:00Z")).toMatchObject({
      target: 48 * H,
      elapsed: 45 * M,
      dueAt: "2025-09-29T16:00:00.000Z",
      breachedAt: "2025-09-29T16:00:00.000Z",
    });
    expect(s.advance("2025-09-29T17:00:00Z").events.map((e) => [e.type, e.at])).toEqual([
      ["sla_breached", "2025-09-29T16:00:00.000Z"],
    ]);
  });

  it("a warning not yet sent follows a higher priority's deadline", () => {
    // Normal, created Mon 22 Sep 10:00 local; urgent at 10:15 local (15 min counted): 45 min
    // left -> due 11:00 local (14:00Z), warned at 30 min left = 10:30 local (13:30Z).
    const s = story(replyWf, "2025-09-22T13:00:00Z");
    s.run({
      type: "set_field",
      at: at("2025-09-22T13:15:00Z"),
      actor: agent,
      field: "priority",
      value: "urgent",
    });
    expect(s.advance("2025-09-22T14:30:00Z").events.map((e) => [e.type, e.at])).toEqual([
      ["sla_warning", "2025-09-22T13:30:00.000Z"],
      ["sla_breached", "2025-09-22T14:00:00.000Z"],
    ]);
  });
});

describe("R001-4: estimated resolution", () => {
  const sla = trackerOf(resolutionWf);

  it("for a new ticket: by priority, from the instant it would open", () => {
    // Wed 17 Sep 15:00 local: 5 business days = 22..26 Sep -> Fri 26 18:00 local = 21:00Z.
    expect(estimateResolution(sla, {}, at("2025-09-17T18:00:00Z"))).toEqual({
      at: "2025-09-26T21:00:00.000Z",
      basis: "new",
    });
    // Urgent: 24 h of wall time, through the holiday.
    expect(estimateResolution(sla, { priority: "urgent" }, at("2025-09-17T18:00:00Z"))).toEqual({
      at: "2025-09-18T18:00:00.000Z",
      basis: "new",
    });
    // High: 18 business hours: Wed 3 h, Mon 22 9 h (12), Tue 23 09:00 + 6 h = 15:00 local.
    expect(estimateResolution(sla, { priority: "high" }, at("2025-09-17T18:00:00Z"))).toEqual({
      at: "2025-09-23T18:00:00.000Z",
      basis: "new",
    });
    // An unknown priority gets the default.
    expect(estimateResolution(sla, { priority: "bogus" }, at("2025-09-17T18:00:00Z"))).toEqual({
      at: "2025-09-26T21:00:00.000Z",
      basis: "new",
    });
    // Opened on Saturday 20 Sep: business days 22..26 again.
    expect(estimateResolution(sla, {}, at("2025-09-20T15:00:00Z"))).toEqual({
      at: "2025-09-26T21:00:00.000Z",
      basis: "new",
    });
  });

  it("for a running ticket: its due instant, or overdue once past it", () => {
    const s = story(resolutionWf, "2025-09-17T18:00:00Z");
    expect(estimateResolution(sla, slaOf(s.ticket), at("2025-09-22T15:00:00Z"))).toEqual({
      at: "2025-09-26T21:00:00.000Z",
      basis: "running",
    });
    expect(estimateResolution(sla, slaOf(s.ticket), at("2025-09-29T13:00:00Z"))).toEqual({
      at: "2025-09-26T21:00:00.000Z",
      basis: "overdue",
    });
  });

  it("for a paused ticket: as if the clock resumed now", () => {
    // The paused ticket of the Friday-evening example: 10 h left.
    const s = story(resolutionWf, "2025-10-06T13:00:00Z");
    s.run(event("ask", agent, "2025-10-10T20:00:00Z"));
    // Seen on Sat 11 Oct: resumes Mon 13 09:00, 9 h Mon, Tue 14 09:00 + 1 h = 10:00 local.
    expect(estimateResolution(sla, slaOf(s.ticket), at("2025-10-11T15:00:00Z"))).toEqual({
      at: "2025-10-14T13:00:00.000Z",
      basis: "paused",
    });
    // Seen on Mon 13 Oct 10:00 local: 8 h Mon, Tue 09:00 + 2 h = 11:00 local.
    expect(estimateResolution(sla, slaOf(s.ticket), at("2025-10-13T13:00:00Z"))).toEqual({
      at: "2025-10-14T14:00:00.000Z",
      basis: "paused",
    });
  });

  it("for a solved ticket: when it was solved", () => {
    const s = story(resolutionWf, "2025-09-17T18:00:00Z");
    s.run(event("solve", agent, "2025-09-23T14:00:00Z"));
    expect(estimateResolution(sla, slaOf(s.ticket), at("2025-09-24T12:00:00Z"))).toEqual({
      at: "2025-09-23T14:00:00.000Z",
      basis: "resolved",
    });
  });

  it("is null for a policy without a resolution metric", () => {
    const s = story(replyWf, "2025-09-17T18:00:00Z");
    expect(
      estimateResolution(trackerOf(replyWf), slaOf(s.ticket), at("2025-09-18T12:00:00Z")),
    ).toBeNull();
    expect(estimateResolution(trackerOf(replyWf), {}, at("2025-09-18T12:00:00Z"))).toBeNull();
  });
});

describe("explain (R001-4): why a resolution deadline is where it is", () => {
  // Policy "support", normal. Created Wed 17 Sep 15:00 local (18:00Z): 5 business days =
  // 22..26 Sep, target = Wed 3 h + 5 x 9 h = 48 h. "ask" Mon 22 Sep 12:00 local (15:00Z);
  // the requester answers Tue 23 Sep 10:00 local (13:00Z); explained at Tue 12:00 local (15:00Z).
  function told() {
    const s = story(resolutionWf, "2025-09-17T18:00:00Z");
    s.run(event("ask", agent, "2025-09-22T15:00:00Z"));
    s.run(comment(seller, "2025-09-23T13:00:00Z", "Adjunto la boleta"));
    return s;
  }

  it("shows a running segment whose days include Fiestas Patrias by name, then a paused and a running one", () => {
    const s = told();
    const why = explainSla(
      trackerOf(resolutionWf),
      s.events,
      "resolution",
      at("2025-09-23T15:00:00Z"),
    );
    expect(why.metric).toBe("resolution");
    expect(why.cycle).toBe(0);
    expect(why.segments).toHaveLength(3);
    const [first, pause, last] = why.segments;
    // Wed 17 15:00-18:00 (3 h) + Mon 22 09:00-12:00 (3 h) = 6 h.
    expect(first).toMatchObject({
      from: "2025-09-17T18:00:00.000Z",
      to: "2025-09-22T15:00:00.000Z",
      run: "running",
      status: "open",
      category: "open",
      counted: 6 * H,
      paused: 0,
      clock: "business",
      target: 48 * H,
    });
    expect(
      first?.days?.map((d) => ({
        date: d.date,
        counted: d.counted,
        reason: d.reason,
        name: d.name,
      })),
    ).toEqual([
      { date: "2025-09-17", counted: 3 * H, reason: undefined, name: undefined },
      { date: "2025-09-18", counted: 0, reason: "holiday", name: "Fiestas Patrias" },
      {
        date: "2025-09-19",
        counted: 0,
        reason: "holiday",
        name: "Día de las Glorias del Ejército",
      },
      { date: "2025-09-20", counted: 0, reason: "weekend", name: undefined },
      { date: "2025-09-21", counted: 0, reason: "weekend", name: undefined },
      { date: "2025-09-22", counted: 3 * H, reason: undefined, name: undefined },
    ]);
    expect(first?.days?.[0]?.intervals).toEqual([
      { start: at("2025-09-17T18:00:00Z"), end: at("2025-09-17T21:00:00Z") },
    ]);
    // Waiting Mon 12:00-18:00 (6 h) + Tue 09:00-10:00 (1 h) = 7 h paused, none counted.
    expect(pause).toEqual({
      from: "2025-09-22T15:00:00.000Z",
      to: "2025-09-23T13:00:00.000Z",
      run: "paused",
      status: "waiting",
      category: "waiting_on_requester",
      counted: 0,
      paused: 7 * H,
      clock: "business",
      target: 48 * H,
    });
    expect(last).toMatchObject({
      from: "2025-09-23T13:00:00.000Z",
      to: "2025-09-23T15:00:00.000Z",
      run: "running",
      status: "open",
      counted: 2 * H,
      paused: 0,
    });
    expect(last?.days?.map((d) => [d.date, d.counted])).toEqual([["2025-09-23", 2 * H]]);
    // 40 h left from Tue 12:00: Tue 6, Wed 9 (15), Thu 9 (24), Fri 9 (33), Mon 29 09:00 + 7 h.
    expect(why.report).toMatchObject({
      state: "running",
      elapsed: 8 * H,
      paused: 7 * H,
      remaining: 40 * H,
      dueAt: "2025-09-29T19:00:00.000Z",
    });
  });

  it("a wall-clock (urgent) segment counts the night and lists no business days", () => {
    // Urgent, created Wed 17 Sep 15:00 local (18:00Z): to Thu 18 09:00 local (12:00Z), 18 h of
    // wall time, on a holiday too.
    const s = story(resolutionWf, "2025-09-17T18:00:00Z", { fields: { priority: "urgent" } });
    const why = explainSla(
      trackerOf(resolutionWf),
      s.events,
      "resolution",
      at("2025-09-18T12:00:00Z"),
    );
    expect(why.segments).toEqual([
      {
        from: "2025-09-17T18:00:00.000Z",
        to: "2025-09-18T12:00:00.000Z",
        run: "running",
        status: "open",
        category: "open",
        counted: 18 * H,
        paused: 0,
        clock: "wall",
        target: 24 * H,
      },
    ]);
    expect(why.report).toMatchObject({ dueAt: "2025-09-18T18:00:00.000Z", remaining: 6 * H });
  });

  it("a solved-then-reopened cycle shows the stopped stretch, counting nothing", () => {
    const wf = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: portalResume });
    const s = story(wf, "2025-10-20T12:00:00Z");
    s.run(event("solve", agent, "2025-10-21T15:00:00Z"));
    s.run(comment(seller, "2025-10-23T13:00:00Z"));
    const why = explainSla(trackerOf(wf), s.events, "resolution", at("2025-10-23T14:00:00Z"));
    expect(why.segments.map((g) => [g.from, g.to, g.run, g.counted, g.paused])).toEqual([
      ["2025-10-20T12:00:00.000Z", "2025-10-21T15:00:00.000Z", "running", 12 * H, 0],
      ["2025-10-21T15:00:00.000Z", "2025-10-23T13:00:00.000Z", "stopped", 0, 0],
      ["2025-10-23T13:00:00.000Z", "2025-10-23T14:00:00.000Z", "running", 1 * H, 0],
    ]);
    expect(why.report?.elapsed).toBe(13 * H);
  });
});

describe("R000-9 warnings", () => {
  it("a warning falling on a close moves to the next opening", () => {
    // Created Wed 17 Sep 15:30 local (18:30Z): Wed 2.5 h + Mon 22 .. Fri 26 (45 h) = 47.5 h at
    // Fri 26 18:00 local: 30 min left at a close, so the warning is Mon 29 09:00 local (12:00Z),
    // not Fri 21:00Z. The 48th hour ends Mon 29 09:30 local (12:30Z): due = breach.
    const s = story(replyWf, "2025-09-17T18:30:00Z");
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-17T18:30:00Z")).toMatchObject({
      warnAt: "2025-09-29T12:00:00.000Z",
      dueAt: "2025-09-29T12:30:00.000Z",
      breachedAt: "2025-09-29T12:30:00.000Z",
    });
    expect(s.advance("2025-09-26T21:30:00Z").events).toEqual([]); // Fri 18:30 local
    // Due for a sweep 1 ms after it falls, once the clock has run at 09:00.
    expect(replyWf.nextWakeUp(s.ticket)).toEqual(at("2025-09-29T12:00:00.001Z"));
    expect(s.advance("2025-09-29T12:00:00Z").events).toEqual([]);
    expect(s.advance("2025-09-29T12:00:00.001Z").events.map((e) => [e.type, e.at])).toEqual([
      ["sla_warning", "2025-09-29T12:00:00.000Z"],
    ]);
  });

  it("warnings and breaches fire once per cycle however often advance is called", () => {
    const s = story(replyWf, "2025-09-17T18:30:00Z");
    const sweeps = [
      "2025-09-29T12:00:00Z",
      "2025-09-29T12:00:00Z",
      "2025-09-29T12:15:00Z",
      "2025-09-29T13:00:00Z",
      "2025-09-29T13:00:00Z",
      "2025-09-30T13:00:00Z",
      "2025-10-15T13:00:00Z",
    ].map((now) => s.advance(now).events.map((e) => [e.type, e.at]));
    expect(sweeps).toEqual([
      [], // 09:00 itself: the clock has not run past the warning instant yet
      [],
      [["sla_warning", "2025-09-29T12:00:00.000Z"]],
      [["sla_breached", "2025-09-29T12:30:00.000Z"]],
      [],
      [],
      [],
    ]);
    expect(replyWf.nextWakeUp(s.ticket)).toBeNull();
  });

  it("each next_reply cycle is warned and breached once, on its own", () => {
    // Created Wed 17 Sep 15:00 local. The agent replies Mon 22 10:00 local (13:00Z), first
    // reply met with 4 h. The requester writes Mon 22 16:00 local (19:00Z): next_reply cycle 0,
    // 2 h -> due at the close 18:00 local (21:00Z), warned 17:30 local (20:30Z), breach Tue 23
    // 09:00 local (12:00Z). The agent answers exactly then: met.
    const s = story(replyWf, "2025-09-17T18:00:00Z");
    s.run(comment(agent, "2025-09-22T13:00:00Z"));
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-22T13:00:00Z")).toMatchObject({
      state: "met",
      elapsed: 4 * H,
    });
    s.run(comment(seller, "2025-09-22T19:00:00Z"));
    expect(metricAt(replyWf, s.ticket, "next_reply", "2025-09-22T19:00:00Z")).toMatchObject({
      state: "running",
      startedAt: "2025-09-22T19:00:00.000Z",
      target: 2 * H,
      dueAt: "2025-09-22T21:00:00.000Z",
      warnAt: "2025-09-22T20:30:00.000Z",
      breachedAt: "2025-09-23T12:00:00.000Z",
    });
    const answer = s.run(comment(agent, "2025-09-23T12:00:00Z"));
    expect(answer.events.map((e) => [e.type, e.at])).toEqual([
      ["sla_warning", "2025-09-22T20:30:00.000Z"],
      ["comment", "2025-09-23T12:00:00.000Z"],
    ]);
    expect(answer.events[0]).toMatchObject({ metric: "next_reply", cycle: 0 });
    // Cycle 1: the requester writes Tue 23 10:00 local (13:00Z): due 12:00 local (15:00Z),
    // warned 11:30 local (14:30Z); inside open hours the breach is the due instant.
    s.run(comment(seller, "2025-09-23T13:00:00Z"));
    const m = metricAt(replyWf, s.ticket, "next_reply", "2025-09-23T13:00:00Z");
    expect(m.cycles.map((c) => c.state)).toEqual(["met", "running"]);
    expect(m).toMatchObject({
      dueAt: "2025-09-23T15:00:00.000Z",
      warnAt: "2025-09-23T14:30:00.000Z",
      breachedAt: "2025-09-23T15:00:00.000Z",
    });
    const swept = s.advance("2025-09-23T16:00:00Z");
    expect(
      swept.events.map((e) => [e.type, e.at, "metric" in e && e.metric, "cycle" in e && e.cycle]),
    ).toEqual([
      ["sla_warning", "2025-09-23T14:30:00.000Z", "next_reply", 1],
      ["sla_breached", "2025-09-23T15:00:00.000Z", "next_reply", 1],
    ]);
    expect(s.advance("2025-09-23T16:00:00Z").events).toEqual([]);
    expect(s.advance("2025-09-24T16:00:00Z").events).toEqual([]);
    expect(
      metricAt(replyWf, s.ticket, "next_reply", "2025-09-23T16:00:00Z").cycles.map((c) => c.state),
    ).toEqual(["met", "breached"]);
  });
});

describe("policy versions: a ticket keeps the version it was pinned to", () => {
  // Ticket opened under v1 (first reply 48 h) on Wed 17 Sep 15:00 local; v2 asks 24 h.
  const wfV1 = replyWf;
  const wfV2 = defineWorkflow(helpdeskDefinition, {
    calendar: clOffice,
    sla: replyV2,
    previousSla: [replyV1],
  });
  const wfV2Only = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: replyV2 });
  const created = "2025-09-17T18:00:00Z";

  it("a v1 ticket keeps v1's 48 h target under a workflow defined with v2 (+ previousSla)", () => {
    const s = story(wfV1, created);
    const r = ok(
      wfV2.apply(s.ticket, {
        type: "comment",
        at: at("2025-09-22T15:00:00Z"),
        actor: agent,
        body: "nota",
        visibility: "internal",
      }),
    );
    expect(r.ticket.sla).toMatchObject({ policy: "seller-help", version: 1 });
    expect(metricAt(wfV2, r.ticket, "first_reply", "2025-09-22T15:00:00Z")).toMatchObject({
      target: 48 * H,
      elapsed: 6 * H,
      dueAt: "2025-09-26T21:00:00.000Z",
    });
    expect(wfV2.replay([...s.events, ...r.events])).toEqual(r.ticket);
  });

  it("a new ticket on the v2 workflow gets v2: 24 h, due Wed 24 Sep 12:00 local", () => {
    // Wed 3 h, Mon 9 (12), Tue 9 (21), Wed 24 09:00 + 3 h = 12:00 local = 15:00Z.
    const s = story(wfV2, created);
    expect(s.events[1]).toMatchObject({ type: "sla_applied", policy: "seller-help", version: 2 });
    expect(metricAt(wfV2, s.ticket, "first_reply", created)).toMatchObject({
      target: 24 * H,
      dueAt: "2025-09-24T15:00:00.000Z",
    });
  });

  it("without previousSla, applying to or replaying a v1 ticket throws InvalidArgumentError", () => {
    const s = story(wfV1, created);
    expect(() => wfV2Only.apply(s.ticket, comment(agent, "2025-09-22T15:00:00Z"))).toThrow(
      InvalidArgumentError,
    );
    expect(() => wfV2Only.replay(s.events)).toThrow(InvalidArgumentError);
    expect(() => trackerOf(wfV2Only).report(slaOf(s.ticket), at("2025-09-22T15:00:00Z"))).toThrow(
      InvalidArgumentError,
    );
  });

  it("apply_sla by an admin re-pins v2 with actor and reason, keeping the 6 h elapsed", () => {
    const s = story(wfV1, created);
    const r = ok(
      wfV2.apply(s.ticket, {
        type: "apply_sla",
        at: at("2025-09-22T15:00:00Z"),
        actor: admin,
        data: { reason: "contrato renovado" },
      }),
    );
    expect(r.events).toEqual([
      {
        seq: 3,
        type: "sla_applied",
        at: "2025-09-22T15:00:00.000Z",
        actor: admin,
        policy: "seller-help",
        version: 2,
        reason: "contrato renovado",
      },
    ]);
    expect(r.ticket.sla).toMatchObject({ policy: "seller-help", version: 2 });
    // Elapsed kept: Wed 3 h + Mon 09-12 3 h = 6 h; 18 h left of v2's 24 h from Mon 12:00:
    // Mon 6 h, Tue 9 h (15), Wed 24 09:00 + 3 h = 12:00 local = 15:00Z. (Restarted at 0 it
    // would be Wed 24 18:00 local.)
    expect(metricAt(wfV2, r.ticket, "first_reply", "2025-09-22T15:00:00Z")).toMatchObject({
      state: "running",
      startedAt: "2025-09-17T18:00:00.000Z",
      target: 24 * H,
      elapsed: 6 * H,
      remaining: 18 * H,
      dueAt: "2025-09-24T15:00:00.000Z",
    });
    expect(wfV2.replay([...s.events, ...r.events])).toEqual(r.ticket);
    // Once re-pinned, a workflow that knows only v2 can go on with the ticket…
    const later = ok(wfV2Only.apply(r.ticket, comment(agent, "2025-09-23T13:00:00Z")));
    expect(metricAt(wfV2Only, later.ticket, "first_reply", "2025-09-23T13:00:00Z")).toMatchObject(
      { state: "met", elapsed: 13 * H }, // 6 h + Mon 12:00-18:00 (6 h) + Tue 09:00-10:00 (1 h)
    );
    // …but replaying the history still meets the v1 pin and needs previousSla.
    expect(() => wfV2Only.replay([...s.events, ...r.events])).toThrow(InvalidArgumentError);
  });

  it("apply_sla on a closed (final) ticket is refused with ticket_closed", () => {
    // Solved Mon 22 Sep 10:00 local; R003-9's auto-close 27 business hours later: Mon 8 h,
    // Tue 9 (17), Wed 9 (26), Thu 25 09:00 + 1 h = 10:00 local (13:00Z).
    const s = story(wfV1, created);
    s.run(event("solve", agent, "2025-09-22T13:00:00Z"));
    const r = wfV2.apply(s.ticket, {
      type: "apply_sla",
      at: at("2025-09-25T13:00:00Z"),
      actor: admin,
      data: { reason: "v2" },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.error.code, r.error.status]).toEqual(["ticket_closed", "closed"]);
    // One millisecond earlier the ticket is still solved and the re-pin is accepted.
    const early = ok(
      wfV2.apply(s.ticket, { type: "apply_sla", at: at("2025-09-25T12:59:59.999Z"), actor: admin }),
    );
    expect(early.ticket.sla?.version).toBe(2);
  });

  it("apply_sla by a requester is refused with role_not_allowed", () => {
    const s = story(wfV1, created);
    const r = wfV2.apply(s.ticket, {
      type: "apply_sla",
      at: at("2025-09-22T15:00:00Z"),
      actor: seller,
      data: { reason: "quiero v2" },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("role_not_allowed");
  });
});

describe("R001-6 standalone: the clocks from stored events, without the workflow", () => {
  function longStory() {
    // The resolution story of the explain example, then solved and reopened (R003-9).
    const s = story(resolutionWf, "2025-09-17T18:00:00Z");
    s.run(event("ask", agent, "2025-09-22T15:00:00Z"));
    s.run(comment(seller, "2025-09-23T13:00:00Z"));
    s.run({
      type: "set_field",
      at: at("2025-09-23T14:00:00Z"),
      actor: agent,
      field: "priority",
      value: "high",
    });
    s.run(event("solve", agent, "2025-09-24T15:00:00Z"));
    s.run(comment(seller, "2025-09-25T13:00:00Z", "No funcionó"));
    s.advance("2025-10-01T12:00:00Z");
    return s;
  }

  it("fold(events) equals ticket.sla, from the workflow's tracker and from policy.track", () => {
    const s = longStory();
    expect(trackerOf(resolutionWf).fold(s.events)).toEqual(s.ticket.sla);
    const standalone = resolutionPolicy.track({ calendar: clOffice, workflow: helpdeskDefinition });
    expect(standalone.fold(s.events)).toEqual(s.ticket.sla);
    // A policy rebuilt from its JSON definition folds the same.
    const fromJson = defineSlaPolicy(JSON.parse(JSON.stringify(resolutionDefinition)));
    expect(
      fromJson.track({ calendar: clOffice, workflow: helpdeskDefinition }).fold(s.events),
    ).toEqual(s.ticket.sla);
  });

  it("the report from the fold equals the report from the ticket, and has the hand-counted figures", () => {
    const s = longStory();
    const now = at("2025-10-01T12:00:00Z");
    const standalone = resolutionPolicy.track({ calendar: clOffice, workflow: helpdeskDefinition });
    const folded = standalone.fold(s.events);
    if (folded === undefined) throw new Error("no SLA state");
    const report = trackerOf(resolutionWf).report(slaOf(s.ticket), now);
    expect(standalone.report(folded, now)).toEqual(report);
    // By hand: running Wed 17 15:00 - Mon 22 12:00 local = 6 h; waiting to Tue 23 10:00
    // (7 h paused); running Tue 10:00-11:00 (1 h, normal), then high (18 h) from Tue 11:00 to
    // Wed 24 12:00 local (7 + 3 = 10 h): elapsed 17 h at the solve. Reopened Thu 25 10:00 local,
    // resumed: 1 h left of 18 -> Thu 25 11:00 local (14:00Z) due.
    expect(report.priority).toBe("high");
    expect(report.metrics.resolution).toMatchObject({
      state: "breached",
      target: 18 * H,
      paused: 7 * H,
      breachedAt: "2025-09-25T14:00:00.000Z",
      dueAt: "2025-09-25T14:00:00.000Z",
    });
    // On Wed 1 Oct 09:00 local: from Thu 25 10:00 local, Thu 8 h + Fri 26 9 h + Mon 29 9 h +
    // Tue 30 9 h = 35 h more: 17 + 35 = 52 h.
    expect(report.metrics.resolution?.elapsed).toBe(52 * H);
    expect(resolutionWf.replay(s.events)).toEqual(s.ticket);
  });

  it("fold of no events is undefined; elapsed is kept to the millisecond", () => {
    expect(trackerOf(resolutionWf).fold([])).toBeUndefined();
    const s = story(replyWf, "2025-09-17T18:00:00Z");
    s.run(comment(agent, "2025-09-17T18:00:59.999Z"));
    expect(metricAt(replyWf, s.ticket, "first_reply", "2025-09-18T12:00:00Z").elapsed).toBe(M - 1);
  });
});
