// Random worlds for the SLA properties: a calendar (weekly hours, holiday
// dates, exceptions, zone), a policy, a workflow with waiting, on-hold,
// solved, closed and reopen moves, and a history of commands and sweeps; and
// the harness that plays a history (and replays it with other sweeps).
// Everything the oracle counts is on whole minutes.
import { fc } from "@fast-check/vitest";
import {
  type CalendarException,
  type CalendarOptions,
  createCalendar,
  type WeeklyHours,
} from "plazo/calendar";
import {
  type Clock,
  defineSlaPolicy,
  type SlaDue,
  type SlaMetricDefinition,
  type SlaPolicyDefinition,
  type SlaTarget,
  type SlaTracker,
  type StatusCategory,
  type TicketSla,
} from "plazo/sla";
import {
  type Actor,
  type ApplyResult,
  type Command,
  defineWorkflow,
  type JsonValue,
  type Ticket,
  type TicketEvent,
  type Workflow,
  type WorkflowDefinition,
} from "plazo/workflow";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export const ZONES = ["UTC", "America/Santiago", "America/Sao_Paulo", "America/New_York"] as const;
export type Zone = (typeof ZONES)[number];

/** The instants (to the hour) at which a zone's UTC offset changes in 2024-2026, read with Intl. */
function offsetChanges(timeZone: string): number[] {
  const fmt = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
  const offset = (t: number) => fmt.formatToParts(t).find((p) => p.type === "timeZoneName")?.value;
  const out: number[] = [];
  for (let t = Date.UTC(2024, 0, 1); t < Date.UTC(2026, 11, 1); t += DAY) {
    if (offset(t) === offset(t + DAY)) continue;
    let h = t;
    while (offset(h + HOUR) === offset(t)) h += HOUR;
    out.push(h + HOUR);
  }
  return out;
}
export const DST: Readonly<Record<Zone, readonly number[]>> = Object.fromEntries(
  ZONES.map((z) => [z, offsetChanges(z)]),
) as unknown as Record<Zone, readonly number[]>;

// ---------------------------------------------------------------- calendar

/**
 * Range boundaries in minutes of the local day. Boundaries inside a repeated
 * hour (01:00-02:00 in New York's November, 23:00-24:00 in Santiago's April)
 * are left out: the calendar reads an ambiguous local time as its earlier
 * instant (documented in zone.ts), which is a calendar convention rather
 * than SLA semantics, and a wall-clock reading cannot tell the two apart.
 */
const boundaryOk = (m: number) => !(m > 60 && m < 120) && !(m > 1380 && m < 1440);
const boundary = fc
  .oneof(
    { weight: 3, arbitrary: fc.constantFrom(0, 480, 540, 600, 720, 780, 840, 1020, 1080, 1440) },
    { weight: 3, arbitrary: fc.integer({ min: 0, max: 1440 }) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 48 }).map((k) => k * 30) },
  )
  .filter(boundaryOk);

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;

/** 0-2 ranges for a day, as "HH:MM-HH:MM". */
const dayRanges: fc.Arbitrary<string[]> = fc
  .oneof(
    { weight: 2, arbitrary: fc.constant(0) },
    { weight: 4, arbitrary: fc.constant(1) },
    { weight: 3, arbitrary: fc.constant(2) },
  )
  .chain((n) =>
    n === 0
      ? fc.constant([])
      : fc.uniqueArray(boundary, { minLength: 2 * n, maxLength: 2 * n }).map((b) => {
          const s = [...b].sort((x, y) => x - y);
          const out: string[] = [];
          for (let i = 0; i < s.length; i += 2)
            out.push(`${hhmm(s[i] as number)}-${hhmm(s[i + 1] as number)}`);
          return out;
        }),
  );

const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const openMinutesOf = (ranges: readonly string[]) =>
  ranges.reduce((sum, r) => {
    const [a, b] = r.split("-").map((x) => {
      const [h, m] = x.split(":").map(Number);
      return (h as number) * 60 + (m as number);
    }) as [number, number];
    return sum + b - a;
  }, 0);

/** Weekly hours with at least 6 open hours a week, so targets are reached within weeks. */
const weeklyHours: fc.Arbitrary<WeeklyHours> = fc
  .tuple(...DAYS.map(() => dayRanges))
  .map((days) => {
    const hours: Record<string, string[]> = {};
    DAYS.forEach((d, i) => {
      const r = days[i] as string[];
      if (r.length > 0) hours[d] = r;
    });
    const total = Object.values(hours).reduce((s, r) => s + openMinutesOf(r), 0);
    if (total < 360) hours.wed = ["08:00-20:00"];
    return hours as WeeklyHours;
  });

export interface CalendarSpec {
  readonly zone: Zone;
  readonly hours: WeeklyHours;
  /** Days after the start's local date. */
  readonly holidays: readonly number[];
  readonly exceptions: readonly { readonly day: number; readonly hours: readonly string[] }[];
  readonly start: number;
}

/** A start, often a few days before one of the zone's offset changes. */
const startIn = (zone: Zone): fc.Arbitrary<number> => {
  const uniform = fc
    .integer({ min: Date.UTC(2024, 0, 1) / MIN, max: Date.UTC(2026, 9, 1) / MIN })
    .map((m) => m * MIN);
  const changes = DST[zone];
  if (changes.length === 0) return uniform;
  const nearChange = fc
    .tuple(fc.constantFrom(...changes), fc.integer({ min: 0, max: 5 * 1440 }))
    .map(([c, back]) => Math.floor(c / MIN) * MIN - back * MIN);
  return fc.oneof({ weight: 2, arbitrary: uniform }, { weight: 3, arbitrary: nearChange });
};

export const calendarSpec: fc.Arbitrary<CalendarSpec> = fc.constantFrom(...ZONES).chain((zone) =>
  fc.record({
    zone: fc.constant(zone),
    hours: weeklyHours,
    holidays: fc.uniqueArray(fc.integer({ min: 0, max: 14 }), { maxLength: 3 }),
    exceptions: fc.uniqueArray(
      fc.record({
        day: fc.integer({ min: 0, max: 14 }),
        hours: fc.oneof(fc.constant([] as string[]), dayRanges),
      }),
      { maxLength: 2, selector: (x) => x.day },
    ),
    start: startIn(zone),
  }),
);

/** The local date (YYYY-MM-DD) of `t` in `timeZone`, `days` later, read with Intl. */
export function localDate(timeZone: string, t: number, days: number): string {
  const fmt = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  });
  const p = Object.fromEntries(fmt.formatToParts(t).map((x) => [x.type, x.value]));
  const d = new Date(Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day) + days));
  return d.toISOString().slice(0, 10);
}

export function calendarOptions(s: CalendarSpec): CalendarOptions {
  const exceptions: CalendarException[] = s.exceptions.map((e) => ({
    date: localDate(s.zone, s.start, e.day),
    hours: e.hours,
  }));
  return {
    timeZone: s.zone,
    hours: s.hours,
    holidays: {
      dates: s.holidays.map((d) => ({ date: localDate(s.zone, s.start, d), name: `h${d}` })),
    },
    exceptions,
  };
}

// ------------------------------------------------------------------ policy

export const PRIORITIES = ["low", "normal", "urgent"] as const;
export const CATEGORY_PATHS: readonly (readonly string[])[] = [
  [],
  ["billing"],
  ["billing", "refund"],
  ["tech"],
];
export const CHANNELS = ["email", "chat", "phone"] as const;

/** A whole number of minutes, mostly short so breaches happen. */
const targetMinutes = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1, max: 120 }) },
  { weight: 3, arbitrary: fc.integer({ min: 121, max: 600 }) },
  { weight: 1, arbitrary: fc.integer({ min: 601, max: 960 }) },
);
const span = (n: number, split: boolean) =>
  split && n >= 60
    ? n % 60 === 0
      ? { hours: n / 60 }
      : { hours: Math.floor(n / 60), minutes: n % 60 }
    : { minutes: n };

const clockOverride: fc.Arbitrary<Clock | undefined> = fc.oneof(
  { weight: 4, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant("wall" as const) },
  { weight: 1, arbitrary: fc.constant("business" as const) },
);

/** One to three conditions: priority one of, category path prefix, channel one of. */
const conditions: fc.Arbitrary<Record<string, unknown>> = fc
  .record({
    priority: fc.option(
      fc.oneof(
        fc.constantFrom(...PRIORITIES),
        fc.subarray([...PRIORITIES], { minLength: 1, maxLength: 2 }),
      ),
      { nil: undefined },
    ),
    category: fc.option(fc.constantFrom(...CATEGORY_PATHS.filter((p) => p.length > 0)), {
      nil: undefined,
    }),
    channel: fc.option(fc.oneof(fc.constantFrom(...CHANNELS), fc.constant(["chat", "phone"])), {
      nil: undefined,
    }),
  })
  .filter((c) => c.priority !== undefined || c.category !== undefined || c.channel !== undefined);

const target = (conditional: boolean): fc.Arbitrary<SlaTarget> =>
  fc
    .record({
      c: conditional ? conditions : fc.constant({}),
      n: targetMinutes,
      split: fc.boolean(),
      clock: clockOverride,
    })
    .map(({ c, n, split, clock }) => {
      const t: Record<string, unknown> = { within: span(n, split) };
      for (const [k, v] of Object.entries(c)) if (v !== undefined) t[k] = v;
      if (clock !== undefined) t.clock = clock;
      return t as unknown as SlaTarget;
    });

const PAUSABLE: readonly StatusCategory[] = [
  "new",
  "waiting_on_requester",
  "on_hold",
  "rejected",
  "solved",
];

const minutesOf = (t: SlaTarget): number => {
  const w = t.within as { hours?: number; minutes?: number };
  return (w.hours ?? 0) * 60 + (w.minutes ?? 0);
};

const metric = (name: string): fc.Arbitrary<SlaMetricDefinition> =>
  fc
    .record({
      targets: fc
        .tuple(fc.array(target(true), { maxLength: 2 }), target(false))
        .map(([c, d]) => [...c, d]),
      clock: clockOverride,
      pauseOn: fc.option(fc.subarray([...PAUSABLE]), { nil: undefined }),
      warn: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
      onReopen: fc.constantFrom(undefined, "resume" as const, "new_cycle" as const),
    })
    .map(({ targets, clock, pauseOn, warn, onReopen }) => {
      const m: Record<string, unknown> = { targets };
      if (clock !== undefined) m.clock = clock;
      if (pauseOn !== undefined) m.pauseOn = pauseOn;
      const shortest = Math.min(...targets.map(minutesOf));
      if (warn !== undefined && shortest >= 2)
        m.warnBefore = { minutes: 1 + Math.floor(warn * (shortest - 2)) };
      if (name === "resolution" && onReopen !== undefined) m.onReopen = onReopen;
      return m as unknown as SlaMetricDefinition;
    });

export const policyDefinition: fc.Arbitrary<SlaPolicyDefinition> = fc
  .record({
    first_reply: fc.option(metric("first_reply"), { nil: undefined, freq: 4 }),
    next_reply: fc.option(metric("next_reply"), { nil: undefined, freq: 3 }),
    resolution: fc.option(metric("resolution"), { nil: undefined, freq: 4 }),
  })
  .filter((m) => Object.values(m).some((x) => x !== undefined))
  .chain((m) =>
    // The priority is read from `priority` or, sometimes, from another field.
    fc.constantFrom("priority", "priority", "level").map((field) => {
      const metrics: Record<string, SlaMetricDefinition> = {};
      for (const [k, v] of Object.entries(m)) if (v !== undefined) metrics[k] = v;
      return {
        name: "p",
        version: 1,
        priority: { field, values: [...PRIORITIES], default: "normal" },
        metrics,
      };
    }),
  );

// ---------------------------------------------------------------- workflow

export const STATUSES: Readonly<Record<string, StatusCategory>> = {
  new: "new",
  open: "open",
  working: "open",
  pending: "waiting_on_requester",
  hold: "on_hold",
  solved: "solved",
  closed: "closed",
  rejected: "rejected",
  archived: "closed",
};

export interface TimerSpec {
  readonly minutes: number;
  readonly clock: Clock;
}
export const timerSpec: fc.Arbitrary<TimerSpec | null> = fc.option(
  fc.record({
    minutes: fc.oneof(fc.integer({ min: 1, max: 180 }), fc.integer({ min: 1, max: 36 * 60 })),
    clock: fc.constantFrom("business" as const, "wall" as const),
  }),
  { nil: null },
);

/** New, open, working, waiting, on hold, solved, closed (reopenable), rejected, archived (final). */
export function workflowDefinition(timer: TimerSpec | null): WorkflowDefinition {
  const statuses: Record<string, WorkflowDefinition["statuses"][string]> = {};
  for (const [name, category] of Object.entries(STATUSES))
    statuses[name] = { category, label: name, ...(name === "archived" ? { final: true } : {}) };
  if (timer !== null)
    statuses.pending = {
      category: "waiting_on_requester",
      label: "pending",
      timers: [
        {
          name: "auto_solve",
          after: { minutes: timer.minutes },
          clock: timer.clock,
          fire: "close_inactive",
        },
      ],
    };
  return {
    initial: "new",
    statuses,
    transitions: [
      {
        event: "open",
        from: ["new", "working", "pending", "hold", "rejected"],
        to: "open",
        roles: ["agent", "admin"],
      },
      { event: "work", from: ["new", "open"], to: "working", roles: ["agent"] },
      { event: "wait", from: ["new", "open", "working", "hold"], to: "pending", roles: ["agent"] },
      {
        event: "hold",
        from: ["new", "open", "working", "pending"],
        to: "hold",
        roles: ["agent", "admin"],
      },
      {
        event: "solve",
        from: ["new", "open", "working", "pending", "hold", "rejected"],
        to: "solved",
        roles: ["agent", "admin"],
      },
      {
        event: "close",
        from: ["new", "open", "working", "solved"],
        to: "closed",
        roles: ["agent", "admin"],
      },
      { event: "reject", from: ["new", "open"], to: "rejected", roles: ["agent"] },
      {
        event: "reopen",
        from: ["solved", "closed"],
        to: "open",
        roles: ["agent", "requester"],
      },
      { event: "reopen_hold", from: ["solved", "closed"], to: "hold", roles: ["agent"] },
      { event: "comment", from: "pending", to: "open", roles: ["requester"] },
      { event: "comment", from: "solved", to: "working", roles: ["requester"] },
      { event: "archive", from: ["solved", "closed"], to: "archived", roles: ["admin"] },
      { event: "close_inactive", from: "pending", to: "solved", roles: ["system"] },
    ],
  };
}

// ----------------------------------------------------------------- history

export const TENANT = "store-9";
export const requester: Actor = { role: "requester", id: "u-1", tenant: TENANT };
export const agent: Actor = { role: "agent", id: "a-1" };
export const admin: Actor = { role: "admin", id: "root" };
export const bot: Actor = { role: "system", id: "bot" };

/** A command without its instant (the history gives it one). */
export type CommandSpec = Command extends infer C
  ? C extends Command
    ? Omit<C, "at">
    : never
  : never;

/** When the next step happens: minutes later, or on (or a minute around) an instant the engine names. */
export type Dt =
  | { readonly kind: "minutes"; readonly n: number }
  | { readonly kind: "snap"; readonly pick: number; readonly shift: -1 | 0 | 1 };

export type Op =
  | { readonly kind: "command"; readonly dt: Dt; readonly command: CommandSpec }
  /** A sweep `extra` ms after the step's instant (0, 1 or within the minute). */
  | { readonly kind: "advance"; readonly dt: Dt; readonly extra: number };

const dt: fc.Arbitrary<Dt> = fc.oneof(
  // The same instant as the step before: several changes in one millisecond.
  { weight: 3, arbitrary: fc.constant({ kind: "minutes" as const, n: 0 }) },
  {
    weight: 6,
    arbitrary: fc.integer({ min: 1, max: 180 }).map((n) => ({ kind: "minutes" as const, n })),
  },
  {
    weight: 2,
    arbitrary: fc
      .integer({ min: 181, max: 3 * 1440 })
      .map((n) => ({ kind: "minutes" as const, n })),
  },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("snap" as const),
      pick: fc.nat(),
      shift: fc.constantFrom(-1 as const, 0 as const, 0 as const, 1 as const),
    }),
  },
);

const EVENTS = [
  "open",
  "work",
  "wait",
  "hold",
  "solve",
  "close",
  "reject",
  "reopen",
  "reopen_hold",
] as const;

const commandSpec: fc.Arbitrary<CommandSpec> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        actor: fc.constantFrom(requester, requester, agent, agent, admin, bot),
        visibility: fc.constantFrom("public" as const, "public" as const, "internal" as const),
      })
      .map(({ actor, visibility }) => ({ type: "comment", actor, body: "…", visibility })),
  },
  {
    weight: 6,
    arbitrary: fc
      .record({
        type: fc.constantFrom(...EVENTS),
        actor: fc.constantFrom(agent, agent, agent, agent, admin, requester),
      })
      .map(({ type, actor }) => ({ type, actor })),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { type: "archive", actor: admin },
      { type: "close_inactive", actor: bot },
      { type: "apply_sla", actor: agent },
    ),
  },
  {
    weight: 4,
    arbitrary: fc
      .oneof(
        fc
          .constantFrom<JsonValue>("low", "normal", "urgent", "bogus", null)
          .chain((value) =>
            fc.constantFrom("priority", "priority", "level").map((field) => ({ field, value })),
          ),
        fc
          .constantFrom(...CATEGORY_PATHS)
          .map((value) => ({ field: "category", value: [...value] as JsonValue })),
        fc.constantFrom<JsonValue>(...CHANNELS, null).map((value) => ({ field: "channel", value })),
        fc.constant({ field: "reference", value: "PO-1" as JsonValue }),
      )
      .map(({ field, value }) => ({ type: "set_field", actor: agent, field, value })),
  },
);

export const op: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 5,
    arbitrary: fc.record({ kind: fc.constant("command" as const), dt, command: commandSpec }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      dt,
      extra: fc.oneof(fc.constant(0), fc.constant(1), fc.integer({ min: 1, max: MIN - 1 })),
    }),
  },
);

export interface TicketSpec {
  readonly priority: JsonValue | undefined;
  readonly category: readonly string[];
  readonly channel: string | null;
}
export const ticketSpec: fc.Arbitrary<TicketSpec> = fc.record({
  priority: fc.constantFrom<JsonValue | undefined>(undefined, "low", "normal", "urgent", "bogus"),
  category: fc.constantFrom(...CATEGORY_PATHS),
  channel: fc.constantFrom(null, ...CHANNELS),
});

/** When the final report is taken: minutes (and ms) after the last step, or around an instant the engine names. */
export type NowSpec =
  | { readonly kind: "later"; readonly minutes: number; readonly ms: number }
  | { readonly kind: "snap"; readonly pick: number; readonly shift: -1 | 0 | 1 | 60_000 };
export const nowSpec: fc.Arbitrary<NowSpec> = fc.oneof(
  fc.record({
    kind: fc.constant("later" as const),
    minutes: fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 6 * 1440 })),
    ms: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: MIN - 1 })),
  }),
  fc.record({
    kind: fc.constant("snap" as const),
    pick: fc.nat(),
    shift: fc.constantFrom(-1 as const, 0 as const, 1 as const, 60_000 as const),
  }),
);

export interface Scenario {
  readonly calendar: CalendarSpec;
  readonly policy: SlaPolicyDefinition;
  readonly timer: TimerSpec | null;
  readonly ticket: TicketSpec;
  readonly ops: readonly Op[];
  readonly now: NowSpec;
}
export const scenario = (maxOps = 30): fc.Arbitrary<Scenario> =>
  fc.record({
    calendar: calendarSpec,
    policy: policyDefinition,
    timer: timerSpec,
    ticket: ticketSpec,
    ops: fc.array(op, { maxLength: maxOps, size: "max" }),
    now: nowSpec,
  });

// ----------------------------------------------------------------- playing

export interface World {
  readonly s: Scenario;
  readonly options: CalendarOptions;
  readonly policy: SlaPolicyDefinition;
  readonly wf: Workflow;
  readonly sla: SlaTracker;
}

export function world(s: Scenario): World {
  const options = calendarOptions(s.calendar);
  const wf = defineWorkflow(workflowDefinition(s.timer), {
    calendar: createCalendar(options),
    sla: defineSlaPolicy(s.policy),
  });
  if (wf.sla === undefined) throw new Error("the workflow has no SLA tracker");
  return { s, options, policy: s.policy, wf, sla: wf.sla };
}

/** When a sweep fires a due warning or breach: 1 ms after its instant, once the clock ran there. */
export const wakeOf = (d: SlaDue): number => Date.parse(d.at) + 1;
const ceilMinute = (t: number) => Math.ceil(t / MIN) * MIN;
export const slaOf = (t: Ticket): TicketSla => {
  if (t.sla === undefined) throw new Error("the ticket has no SLA state");
  return t.sla;
};

/** A step of a concrete history: a command at its instant, or a sweep. */
export type Scripted =
  | { readonly kind: "command"; readonly command: Command }
  | { readonly kind: "advance"; readonly at: number };

export interface Run {
  ticket: Ticket;
  events: TicketEvent[];
  readonly script: Scripted[];
  /** The latest instant the host acted at (a command or a sweep). */
  clock: number;
}

/** Instants the engine names for a ticket at `at`: warnings and breaches due, due instants, timers. */
function instantsNamed(w: World, ticket: Ticket, at: number): number[] {
  const sla = slaOf(ticket);
  const out = new Set<number>();
  for (const d of w.sla.due(sla)) out.add(Date.parse(d.at)).add(wakeOf(d));
  for (const m of Object.values(w.sla.report(sla, at).metrics))
    for (const c of m.cycles)
      for (const v of [c.dueAt, c.warnAt, c.breachedAt]) if (v !== null) out.add(Date.parse(v));
  const timer = ticket.timers[0];
  if (timer !== undefined) out.add(Date.parse(timer.due));
  return [...out].filter((t) => t >= at).sort((a, b) => a - b);
}

function instantOf(w: World, ticket: Ticket, clock: number, dt: Dt): number {
  if (dt.kind === "minutes") return clock + dt.n * MIN;
  const named = instantsNamed(w, ticket, clock);
  const hit = named[dt.pick % Math.max(1, named.length)];
  return hit === undefined ? clock + (dt.pick % 240) * MIN : hit + dt.shift * MIN;
}

function created(w: World): Run {
  const { ticket: t } = w.s;
  const r = w.wf.create({
    at: w.s.calendar.start,
    actor: requester,
    id: "T-1",
    tenant: TENANT,
    category: [...t.category],
    channel: t.channel,
    fields: t.priority === undefined ? {} : { priority: t.priority },
  });
  if (!r.ok) throw new Error("create refused");
  return { ticket: r.ticket, events: [...r.events], script: [], clock: w.s.calendar.start };
}

function take(run: Run, r: ApplyResult): void {
  if (!r.ok) return;
  run.ticket = r.ticket;
  run.events.push(...r.events);
}

/** Plays the scenario's ops: commands on whole minutes, sweeps anywhere, never before the host's clock. */
export function play(w: World, ops: readonly Op[] = w.s.ops): Run {
  const run = created(w);
  for (const o of ops) {
    const target = Math.max(run.clock, instantOf(w, run.ticket, run.clock, o.dt));
    if (o.kind === "command") {
      run.clock = ceilMinute(target);
      const command = { ...o.command, at: run.clock } as Command;
      run.script.push({ kind: "command", command });
      take(run, w.wf.apply(run.ticket, command));
    } else {
      const at = target + o.extra;
      run.script.push({ kind: "advance", at });
      take(run, w.wf.advance(run.ticket, at));
      // The next command comes on the next whole minute.
      run.clock = ceilMinute(at);
    }
  }
  return run;
}

/** Sweeps at every wake-up up to `until`. */
export function sweepWakes(w: World, run: Run, until: number): void {
  for (let n = 0; ; n++) {
    const wake = w.wf.nextWakeUp(run.ticket);
    if (wake === null || wake.getTime() > until) return;
    if (n > 500) throw new Error("nextWakeUp does not move on");
    const r = w.wf.advance(run.ticket, wake);
    if (r.events.length === 0)
      throw new Error(`a sweep at nextWakeUp ${wake.toISOString()} did nothing`);
    take(run, r);
    run.clock = Math.max(run.clock, wake.getTime());
  }
}

/** The same commands with the script's sweeps, with none, or with a sweep at every wake-up. */
export function rerun(
  w: World,
  script: readonly Scripted[],
  sweeps: "script" | "none" | "wake",
  until: number,
): Run {
  const run = created(w);
  for (const s of script) {
    if (s.kind === "advance") {
      if (sweeps === "script") take(run, w.wf.advance(run.ticket, s.at));
      continue;
    }
    if (sweeps === "wake") sweepWakes(w, run, s.command.at as number);
    take(run, w.wf.apply(run.ticket, s.command));
  }
  if (sweeps === "wake") sweepWakes(w, run, until);
  return run;
}

export const lastAt = (events: readonly TicketEvent[]): number =>
  Date.parse((events.at(-1) as TicketEvent).at);

/** The final report's instant: after the host's last act, or around an instant the engine names. */
export function nowOf(w: World, run: Run, spec: NowSpec = w.s.now): number {
  const last = Math.max(lastAt(run.events), run.clock);
  if (spec.kind === "later") return last + spec.minutes * MIN + spec.ms;
  const named = instantsNamed(w, run.ticket, last);
  const hit = named[spec.pick % Math.max(1, named.length)];
  return hit === undefined ? last + (spec.pick % 2000) * MIN : Math.max(last, hit + spec.shift);
}
