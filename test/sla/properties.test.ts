// Property tests of plazo/sla through plazo/workflow, against the brute-force
// oracle of ./oracle.ts (minute-by-minute counting, wall clock read by Intl):
// random calendars in four zones (crossing DST changes, weekends, holidays,
// exceptions), random policies (business and wall targets, pauses, warnings,
// both reopen modes) and random command histories with sweeps.
import { fc } from "@fast-check/vitest";
import type { SlaCycleReport, SlaPolicyDefinition, SlaReport } from "plazo/sla";
import type { Ticket, TicketEvent } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import {
  agent,
  type CommandSpec,
  lastAt,
  MIN,
  nowOf,
  type Op,
  play,
  rerun,
  type Scenario,
  STATUSES,
  scenario,
  slaOf,
  type World,
  wakeOf,
  world,
} from "./arbitraries.js";
import { type OracleCycle, type OracleResult, oracle } from "./oracle.js";

const iso = (t: number) => new Date(t).toISOString();

const oracleOf = (w: World, events: readonly TicketEvent[], until: number): OracleResult =>
  oracle({
    calendar: w.options,
    policy: w.policy,
    statuses: STATUSES,
    initial: "new",
    events,
    until,
  });

/** What the report of one cycle must say, by the oracle; projections past the walk are left out. */
function expectCycle(
  r: SlaCycleReport,
  c: OracleCycle,
  now: number,
  horizon: number,
  where: string,
) {
  const elapsed = c.elapsedAt(now);
  const breached = c.breachedBy(now);
  const expected: Record<string, unknown> = {
    state: c.stateAt(now),
    startedAt: iso(c.startedAt),
    stoppedAt: c.stoppedAt === null ? null : iso(c.stoppedAt),
    target: c.target,
    clock: c.clock,
    elapsed,
    remaining: c.target - elapsed,
    paused: c.pausedAt(now),
    breached,
  };
  const actual: Record<string, unknown> = {
    state: r.state,
    startedAt: r.startedAt,
    stoppedAt: r.stoppedAt,
    target: r.target,
    clock: r.clock,
    elapsed: r.elapsed,
    remaining: r.remaining,
    paused: r.paused,
    breached: r.breached,
  };
  const instant = (key: string, engine: string | null, want: number | null) => {
    // A projection the oracle did not reach before its horizon: the engine's must lie beyond it.
    if (want === null && engine !== null && Date.parse(engine) >= horizon) return;
    actual[key] = engine;
    expected[key] = want === null ? null : iso(want);
  };
  instant("breachedAt", r.breachedAt, c.run === "running" || breached ? c.breachedAt : null);
  // The warning is a record once reached, a projection while running; after a
  // breach dueAt may keep the old target's instant, so it is compared before one.
  instant("warnAt", r.warnAt, c.warnAt);
  if (c.run === "running" && !breached) instant("dueAt", r.dueAt, c.dueAt);
  expect(actual, where).toEqual(expected);
}

/** The engine's report at `now` against the oracle, cycle by cycle. */
function expectReport(w: World, report: SlaReport, o: OracleResult, now: number): void {
  for (const name of Object.keys(w.policy.metrics)) {
    const r = report.metrics[name];
    const cycles = o.metrics[name] ?? [];
    expect(r, name).toBeDefined();
    if (r === undefined) return;
    expect(r.cycles.length, `${name}: number of cycles`).toBe(cycles.length);
    if (cycles.length === 0) expect(r.state).toBe("pending");
    cycles.forEach((c, i) => {
      expectCycle(r.cycles[i] as SlaCycleReport, c, now, o.horizon, `${name}[${i}]`);
    });
    const last = r.cycles.at(-1);
    if (last !== undefined)
      expect({ ...r, metric: undefined, cycles: undefined }).toEqual({
        ...last,
        metric: undefined,
        cycles: undefined,
      });
  }
}

/** A property over a random scenario (calendar, policy, workflow timer, ticket, history, now). */
const property = (maxOps: number, check: (w: World) => void) =>
  fc.property(scenario(maxOps), (s) => check(world(s)));

describe("sla against the minute-by-minute oracle", () => {
  it("reports agree with the oracle: state, elapsed, paused, cycles, breachedAt, dueAt, warnAt", () => {
    fc.assert(
      property(30, (w) => {
        const run = play(w);
        const now = nowOf(w, run);
        const o = oracleOf(w, run.events, now);
        expectReport(w, w.sla.report(slaOf(run.ticket), now), o, now);
      }),
      { numRuns: 250 },
    );
  });

  it("dueAt is reported only while the cycle runs", () => {
    fc.assert(
      property(30, (w) => {
        const run = play(w);
        const now = nowOf(w, run);
        const o = oracleOf(w, run.events, now);
        for (const [name, r] of Object.entries(w.sla.report(slaOf(run.ticket), now).metrics))
          r.cycles.forEach((c, i) => {
            const clock = o.metrics[name]?.[i]?.run;
            if (clock !== "running")
              expect(c.dueAt, `${name}[${i}] ${c.state} (${clock})`).toBe(null);
          });
      }),
      { numRuns: 150 },
    );
  });

  it("replay equals live, also through JSON; fold equals the ticket's SLA state", () => {
    fc.assert(
      property(30, (w) => {
        const run = play(w);
        expect(w.wf.replay(run.events)).toEqual(run.ticket);
        expect(w.wf.replay(JSON.parse(JSON.stringify(run.events)))).toEqual(run.ticket);
        expect(JSON.parse(JSON.stringify(run.ticket))).toEqual(run.ticket);
        expect(w.sla.fold(run.events)).toEqual(run.ticket.sla);
        expect(w.sla.fold(JSON.parse(JSON.stringify(run.events)))).toEqual(run.ticket.sla);
      }),
      { numRuns: 150 },
    );
  });

  it("a report at now does not depend on when the host swept", () => {
    fc.assert(
      property(25, (w) => {
        const base = play(w);
        const now = nowOf(w, base);
        const runs = (["script", "none", "wake"] as const).map((k) =>
          rerun(w, base.script, k, now),
        );
        expect(runs[0]?.ticket).toEqual(base.ticket);
        // A workflow timer due by now changes the ticket when swept: then only the swept tickets compare.
        const timersDue = runs.some((r) => (r.ticket.timers[0]?.due ?? "~") <= iso(now));
        if (!timersDue) {
          const [scripted, none, wake] = runs.map((r) => w.sla.report(slaOf(r.ticket), now));
          expect(none, "no sweeps vs the script's").toEqual(scripted);
          expect(wake, "sweeps at every wake-up vs the script's").toEqual(scripted);
        }
        const [a, b, c] = runs.map((r) => w.wf.advance(r.ticket, now).ticket);
        expect(b, "no sweeps, then advance(now)").toEqual(a);
        expect(c, "sweeps at every wake-up, then advance(now)").toEqual(a);
        expect(w.sla.report(slaOf(b as Ticket), now)).toEqual(
          w.sla.report(slaOf(a as Ticket), now),
        );
      }),
      { numRuns: 120 },
    );
  });

  it("breaches and warnings, recorded or reported, fall only in running time", () => {
    fc.assert(
      property(30, (w) => {
        const run = play(w);
        const now = nowOf(w, run);
        const after = w.wf.advance(run.ticket, now);
        const events = [...run.events, ...after.events];
        // The swept ticket may differ (a workflow timer fired): each is checked against its own oracle.
        const checks = [
          { ticket: run.ticket, o: oracleOf(w, run.events, now) },
          { ticket: after.ticket, o: oracleOf(w, events, now) },
        ];
        const runs = (o: OracleResult, metric: string, cycle: number, at: string, what: string) => {
          const t = Date.parse(at);
          expect(t % MIN, `${what} on the minute grid`).toBe(0);
          const c = o.metrics[metric]?.[cycle];
          expect(c, `${what}: the oracle has cycle ${metric}[${cycle}]`).toBeDefined();
          expect(c?.runsAt(t), `${what} ${at} in running time`).toBe(true);
        };
        for (const e of events)
          if (e.type === "sla_warning" || e.type === "sla_breached")
            runs(
              checks[1]?.o as OracleResult,
              e.metric,
              e.cycle,
              e.at,
              `${e.type} event of ${e.metric}[${e.cycle}]`,
            );
        for (const { ticket, o } of checks)
          for (const [metric, r] of Object.entries(w.sla.report(slaOf(ticket), now).metrics))
            r.cycles.forEach((c, i) => {
              if (c.breachedAt !== null)
                runs(o, metric, i, c.breachedAt, `reported breachedAt of ${metric}[${i}]`);
              if (c.warnAt !== null)
                runs(o, metric, i, c.warnAt, `reported warnAt of ${metric}[${i}]`);
            });
      }),
      { numRuns: 150 },
    );
  });

  it("a warning and a breach are recorded once per cycle, exactly when the oracle says they fell", () => {
    fc.assert(
      property(30, (w) => {
        const run = play(w);
        const now = nowOf(w, run);
        const after = w.wf.advance(run.ticket, now);
        const events = [...run.events, ...after.events];
        const backwards = events.flatMap((e, i) => {
          const before = events[i - 1];
          return before !== undefined && e.at < before.at
            ? [`${before.seq} ${before.type} ${before.at} > ${e.seq} ${e.type} ${e.at}`]
            : [];
        });
        expect(backwards, "events in chronological order").toEqual([]);
        const recorded = new Map<string, string[]>();
        for (const e of events)
          if (e.type === "sla_warning" || e.type === "sla_breached") {
            const key = `${e.type} ${e.metric}[${e.cycle}]`;
            recorded.set(key, [...(recorded.get(key) ?? []), e.at]);
          }
        for (const [key, ats] of recorded) expect(ats.length, `${key} recorded once`).toBe(1);
        const o = oracleOf(w, events, now);
        for (const [metric, cycles] of Object.entries(o.metrics))
          cycles.forEach((c, i) => {
            const breach = c.breachedAt !== null && c.breachedAt < now ? [iso(c.breachedAt)] : [];
            // Both fall once the clock has run at their instant: due 1 ms after it.
            const warn = c.warnAt !== null && c.warnAt < now ? [iso(c.warnAt)] : [];
            expect(
              recorded.get(`sla_breached ${metric}[${i}]`) ?? [],
              `sla_breached ${metric}[${i}]`,
            ).toEqual(breach);
            expect(
              recorded.get(`sla_warning ${metric}[${i}]`) ?? [],
              `sla_warning ${metric}[${i}]`,
            ).toEqual(warn);
          });
        // Nothing left to fire at now, and a second sweep records nothing.
        expect(w.sla.due(slaOf(after.ticket)).filter((d) => wakeOf(d) <= now)).toEqual([]);
        expect(w.wf.advance(after.ticket, now).events).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });

  it("elapsed never decreases and remaining never increases as now moves on", () => {
    fc.assert(
      fc.property(
        scenario(30),
        fc.array(fc.integer({ min: 0, max: 5 * 1440 * MIN }), { minLength: 2, maxLength: 8 }),
        (s, offsets) => {
          const w = world(s);
          const run = play(w);
          const last = lastAt(run.events);
          const sla = slaOf(run.ticket);
          const reports = [...offsets]
            .sort((a, b) => a - b)
            .map((d) => w.sla.report(sla, last + d));
          for (let k = 1; k < reports.length; k++) {
            const [before, after] = [reports[k - 1] as SlaReport, reports[k] as SlaReport];
            for (const [name, a] of Object.entries(after.metrics)) {
              const b = before.metrics[name];
              if (b === undefined) continue;
              type Figures = { elapsed: number; remaining: number | null; paused: number };
              const pairs: [Figures, Figures][] = [[b, a]];
              a.cycles.forEach((c, i) => {
                pairs.push([b.cycles[i] as SlaCycleReport, c]);
              });
              for (const [x, y] of pairs) {
                expect(y.elapsed).toBeGreaterThanOrEqual(x.elapsed);
                expect(y.paused).toBeGreaterThanOrEqual(x.paused);
                if (x.remaining !== null && y.remaining !== null)
                  expect(y.remaining).toBeLessThanOrEqual(x.remaining);
              }
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the generators reach what the properties talk about", () => {
  it("breaches, warnings, pauses, reopens, several cycles, both clocks, timers, DST changes, holidays", () => {
    const seen = new Map<string, number>();
    const count = (what: string, yes = true) => {
      if (yes) seen.set(what, (seen.get(what) ?? 0) + 1);
    };
    const offset = new Map<string, Intl.DateTimeFormat>();
    const offsetAt = (zone: string, t: number) => {
      let f = offset.get(zone);
      if (f === undefined) {
        f = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
        offset.set(zone, f);
      }
      return f.formatToParts(t).find((p) => p.type === "timeZoneName")?.value;
    };
    fc.assert(
      property(30, (w) => {
        const run = play(w);
        const now = nowOf(w, run);
        const events = [...run.events, ...w.wf.advance(run.ticket, now).events];
        // Out-of-order events are the exactly-once property's business; here they are only counted.
        const chronological = events.every(
          (e, i) => i === 0 || e.at >= (events[i - 1] as TicketEvent).at,
        );
        count("not chronological", !chronological);
        if (!chronological) return;
        const o = oracleOf(w, events, now);
        const first = Date.parse(run.events[0]?.at ?? "");
        count(w.s.calendar.zone);
        count(
          "crosses a DST change",
          offsetAt(w.s.calendar.zone, first) !== offsetAt(w.s.calendar.zone, now),
        );
        const dates = new Set((w.options.holidays?.dates ?? []).map((d) => d.date));
        count(
          "spans a holiday",
          [...dates].some((d) => d >= iso(first).slice(0, 10) && d <= iso(now).slice(0, 10)),
        );
        for (const e of events) {
          count(e.type);
          if (e.type === "status_changed") count(`to ${STATUSES[e.to]}`);
        }
        for (const [metric, cycles] of Object.entries(o.metrics)) {
          if (cycles.length > 1) count(`${metric} with several cycles`);
          for (const c of cycles) {
            count(`${c.clock} clock`);
            count(`state ${c.stateAt(now)}`);
            count("paused time", c.pausedAt(now) > 0);
            count("breached", c.breachedAt !== null && c.breachedAt < now);
            count("warned", c.warnAt !== null && c.warnAt < now);
          }
        }
      }),
      { numRuns: 200, seed: 42 },
    );
    const at = (k: string) => seen.get(k) ?? 0;
    const atLeast = (n: number, keys: readonly string[]) => {
      for (const k of keys) expect(at(k), k).toBeGreaterThanOrEqual(n);
    };
    atLeast(20, ["UTC", "America/Santiago", "America/Sao_Paulo", "America/New_York"]);
    atLeast(15, ["crosses a DST change", "spans a holiday", "timer_fired"]);
    atLeast(100, ["sla_warning", "sla_breached", "breached", "warned"]);
    atLeast(20, ["to waiting_on_requester", "to on_hold", "to solved", "to closed", "to rejected"]);
    atLeast(5, ["next_reply with several cycles", "resolution with several cycles"]);
    atLeast(50, ["wall clock", "business clock", "paused time"]);
    atLeast(15, ["state running", "state paused", "state met", "state breached"]);
  });
});

// The smallest histories the properties shrank to where the engine (at
// 79d9291) and the semantics disagreed; each states what the semantics say,
// and some check the engine against the oracle as well. Office hours Mon-Fri
// 09:00-18:00 UTC, created on Monday 2025-09-22 at 09:00.
describe("disagreements the oracle found (regressions)", () => {
  const MON_9 = Date.UTC(2025, 8, 22, 9);
  const office = {
    zone: "UTC",
    hours: {
      mon: ["09:00-18:00"],
      tue: ["09:00-18:00"],
      wed: ["09:00-18:00"],
      thu: ["09:00-18:00"],
      fri: ["09:00-18:00"],
    },
    holidays: [],
    exceptions: [],
    start: MON_9,
  } as const;
  const policy = (metrics: SlaPolicyDefinition["metrics"]): SlaPolicyDefinition => ({
    name: "p",
    version: 1,
    priority: { field: "priority", values: ["low", "normal", "urgent"], default: "normal" },
    metrics,
  });
  const at = (minutes: number, command: CommandSpec): Op => ({
    kind: "command",
    dt: { kind: "minutes", n: minutes },
    command,
  });
  const sweep = (minutes: number): Op => ({
    kind: "advance",
    dt: { kind: "minutes", n: minutes },
    extra: 0,
  });
  const scenarioOf = (metrics: SlaPolicyDefinition["metrics"], ops: Op[]): Scenario => ({
    calendar: office,
    policy: policy(metrics),
    timer: null,
    ticket: { priority: undefined, category: [], channel: null },
    ops,
    now: { kind: "later", minutes: 0, ms: 0 },
  });
  const agentReply = { type: "comment", actor: agent, body: "…", visibility: "public" } as const;
  const notified = (events: readonly TicketEvent[]) =>
    events.flatMap((e) =>
      e.type === "sla_warning" || e.type === "sla_breached"
        ? [`${e.type} ${e.metric}[${e.cycle}] ${e.at}`]
        : [],
    );
  const agrees = (w: World, events: readonly TicketEvent[], ticket: Ticket, now: number) =>
    expectReport(w, w.sla.report(slaOf(ticket), now), oracleOf(w, events, now), now);

  it("a priority change at the instant of the cycle's last change re-projects breachedAt", () => {
    // urgent: 30 min; set at creation. Semantics: due and breached at 09:30.
    const w = world(
      scenarioOf(
        {
          first_reply: {
            targets: [{ priority: "urgent", within: { minutes: 30 } }, { within: { hours: 4 } }],
          },
        },
        [at(0, { type: "set_field", actor: agent, field: "priority", value: "urgent" })],
      ),
    );
    const run = play(w);
    const now = MON_9 + 60 * MIN;
    const r = w.sla.report(slaOf(run.ticket), now).metrics.first_reply;
    expect({ state: r?.state, dueAt: r?.dueAt, breachedAt: r?.breachedAt }).toEqual({
      state: "breached",
      dueAt: "2025-09-22T09:30:00.000Z",
      breachedAt: "2025-09-22T09:30:00.000Z",
    });
    agrees(w, run.events, run.ticket, now);
  });

  it("a reply or a pause at the instant of the cycle's last change leaves no warning to fire", () => {
    // The agent replies at creation (first_reply met, 0 elapsed) and puts the ticket on hold
    // (resolution paused from its first instant): neither clock ever runs, nothing may warn.
    const w = world(
      scenarioOf(
        {
          first_reply: { targets: [{ within: { hours: 1 } }], warnBefore: { minutes: 10 } },
          resolution: { targets: [{ within: { hours: 2 } }], warnBefore: { minutes: 10 } },
        },
        [at(0, agentReply), at(0, { type: "hold", actor: agent }), sweep(180)],
      ),
    );
    const run = play(w);
    expect(notified(run.events)).toEqual([]);
  });

  it("a cycle stopped at the instant of its last change resumes without a stale breachedAt, in order", () => {
    // Wall clock, 1 hour: solved at creation (0 elapsed), reopened at 10:30: breach at 11:30.
    const w = world(
      scenarioOf({ resolution: { targets: [{ within: { hours: 1 }, clock: "wall" }] } }, [
        at(0, { type: "solve", actor: agent }),
        at(90, { type: "reopen", actor: agent }),
        sweep(180),
      ]),
    );
    const run = play(w);
    expect(notified(run.events)).toEqual(["sla_breached resolution[0] 2025-09-22T11:30:00.000Z"]);
    const ats = run.events.map((e) => e.at);
    expect(ats).toEqual([...ats].sort());
  });

  it("no warning falls at the instant a reply stops the clock", () => {
    // 1 hour, warn 10 minutes before: the reply at 09:50 stops the clock at 09:50, so it never
    // runs with 50 minutes elapsed: met, and no warning.
    const w = world(
      scenarioOf(
        { first_reply: { targets: [{ within: { hours: 1 } }], warnBefore: { minutes: 10 } } },
        [at(50, agentReply), sweep(180)],
      ),
    );
    const run = play(w);
    expect(notified(run.events)).toEqual([]);
    const now = MON_9 + 240 * MIN;
    expect(w.sla.report(slaOf(run.ticket), now).metrics.first_reply?.warnAt).toBe(null);
    agrees(w, run.events, run.ticket, now);
  });

  it("a stopped cycle reports no dueAt", () => {
    // 1 hour, replied at 10:30: breached and stopped; dueAt is reported only while running.
    const w = world(
      scenarioOf({ first_reply: { targets: [{ within: { hours: 1 } }] } }, [at(90, agentReply)]),
    );
    const run = play(w);
    const r = w.sla.report(slaOf(run.ticket), MON_9 + 120 * MIN).metrics.first_reply;
    expect({ state: r?.state, dueAt: r?.dueAt }).toEqual({ state: "breached", dueAt: null });
  });
});
