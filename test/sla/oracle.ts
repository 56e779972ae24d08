// An independent brute-force oracle for plazo/sla: it walks a ticket's
// events minute by minute and counts, per metric cycle, the running and the
// paused minutes, and finds the first minute at which a cycle runs with its
// elapsed time at (or past) its target: the breach, and the same against
// target − warnBefore: the warning. It reads the calendar's own options
// (weekly hours, holiday dates, exceptions) and the wall clock through
// Intl.DateTimeFormat.formatToParts, as test/calendar/oracle.test.ts does;
// it calls no calendar method and no src/sla code.
//
// Exactness needs every calendar boundary, every event instant, every target
// and warnBefore on whole minutes: the generators in ./arbitraries.ts keep
// them so, and the oracle throws on an event off the minute grid.
import type { CalendarOptions } from "plazo/calendar";
import type { Clock, SlaMetricDefinition, SlaPolicyDefinition, SlaState } from "plazo/sla";
import type { StatusCategory, TicketEvent } from "plazo/workflow";

export const MIN = 60_000;
const HOUR = 60 * MIN;
const KEYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"] as const;
const DONE: ReadonlySet<StatusCategory> = new Set(["solved", "closed"]);
const RESOLUTION_PAUSE: readonly StatusCategory[] = ["waiting_on_requester", "on_hold"];

/**
 * The local wall clock of `timeZone` at instant `t` (on the minute grid), as
 * minutes since 1970-01-01 00:00 local time, read with Intl. It reads the
 * start and the last minute of each UTC hour; when they are 59 local minutes
 * apart the hour has no offset change and the minutes in between follow, else
 * every minute of the hour is read.
 */
export function wallClock(timeZone: string): (t: number) => number {
  const fmt = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  });
  const read = (t: number): number => {
    const p: Record<string, string> = {};
    for (const x of fmt.formatToParts(t)) p[x.type] = x.value;
    const ms = Date.UTC(
      Number(p.year),
      Number(p.month) - 1,
      Number(p.day),
      Number(p.hour) % 24,
      Number(p.minute),
    );
    return ms / MIN;
  };
  const hours = new Map<number, number | readonly number[]>();
  return (t: number): number => {
    const h = Math.floor(t / HOUR);
    let e = hours.get(h);
    if (e === undefined) {
      const a = read(h * HOUR);
      const b = read(h * HOUR + 59 * MIN);
      e = b - a === 59 ? a : Array.from({ length: 60 }, (_, k) => read(h * HOUR + k * MIN));
      hours.set(h, e);
    }
    const k = Math.floor((t - h * HOUR) / MIN);
    return typeof e === "number" ? e + k : (e[k] as number);
  };
}

const minutesOf = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h as number) * 60 + (m as number);
};
const rangesOf = (ranges: readonly string[]): [number, number][] =>
  ranges.map((r) => {
    const [a, b] = r.split("-");
    return [minutesOf(a as string), minutesOf(b as string)];
  });

/** Whether the calendar is open during the minute starting at `t`, from its options alone. */
export function openMinutes(options: CalendarOptions): (t: number) => boolean {
  if (options.holidays?.country !== undefined)
    throw new Error("the oracle reads holiday dates only, not country tables");
  const local = wallClock(options.timeZone);
  const holidays = new Set((options.holidays?.dates ?? []).map((d) => d.date));
  const plans = new Map<number, [number, number][]>();
  const planOf = (day: number): [number, number][] => {
    let plan = plans.get(day);
    if (plan !== undefined) return plan;
    const d = new Date(day * 86_400_000);
    const date = d.toISOString().slice(0, 10);
    const ex = options.exceptions?.find((x) => x.date === date);
    if (ex !== undefined) plan = rangesOf(ex.hours);
    else if (holidays.has(date)) plan = [];
    else plan = rangesOf(options.hours[KEYS[d.getUTCDay()] as (typeof KEYS)[number]] ?? []);
    plans.set(day, plan);
    return plan;
  };
  return (t: number): boolean => {
    const wall = local(t);
    const day = Math.floor(wall / 1440);
    const minute = wall - day * 1440;
    return planOf(day).some(([a, b]) => minute >= a && minute < b);
  };
}

export interface OracleOptions {
  /** The object given to createCalendar (holiday dates only). */
  readonly calendar: CalendarOptions;
  /** The policy as plain data: built-in metrics, targets in hours/minutes. */
  readonly policy: SlaPolicyDefinition;
  /** The workflow's status categories, by status name. */
  readonly statuses: { readonly [status: string]: StatusCategory };
  readonly initial: string;
  /** The ticket's events as recorded. */
  readonly events: readonly TicketEvent[];
  /** Walk at least this far (the latest `now` to be asked about). */
  readonly until: number;
  /** How far past max(last event, until) to look for projections. Default 60 days. */
  readonly horizonDays?: number;
}

/** One cycle as the oracle sees it; instants in epoch ms, measures in ms. */
export interface OracleCycle {
  readonly startedAt: number;
  /** After the last event. */
  readonly stoppedAt: number | null;
  readonly run: "running" | "paused" | "stopped";
  /** The target after the last event (ms on `clock`). */
  readonly target: number;
  readonly clock: Clock;
  /** When the target after the last event was selected. */
  readonly targetSince: number;
  /** First instant the clock runs with elapsed ≥ the target in effect; null if never (or past the horizon). */
  readonly breachedAt: number | null;
  /** First instant the clock runs with elapsed ≥ target − warnBefore; null likewise or without warnBefore. */
  readonly warnAt: number | null;
  /** Running only: earliest t ≥ targetSince with elapsed(t) ≥ target. */
  readonly dueAt: number | null;
  elapsedAt(now: number): number;
  pausedAt(now: number): number;
  /** Whether the cycle's clock counts during [t, t + 1). */
  runsAt(t: number): boolean;
  /** breachedAt < now (stopped: breachedAt < stoppedAt). */
  breachedBy(now: number): boolean;
  stateAt(now: number): SlaState;
}

export interface OracleResult {
  readonly metrics: { readonly [metric: string]: readonly OracleCycle[] };
  readonly lastEventAt: number;
  /** Where the walk stopped; a projection not found before it is null. */
  readonly horizon: number;
}

type Kind = "first_reply" | "next_reply" | "resolution";

interface Metric {
  readonly name: string;
  readonly kind: Kind;
  readonly def: SlaMetricDefinition;
  readonly pauseOn: ReadonlySet<StatusCategory>;
  /** Minutes, 0 without warnBefore. */
  readonly warn: number;
  readonly newCycle: boolean;
  readonly cycles: Cycle[];
}

interface Cycle {
  readonly startIdx: number;
  readonly startedAt: number;
  stoppedAt: number | null;
  open: boolean;
  /** Minutes. */
  target: number;
  clock: Clock;
  targetSince: number;
  elapsed: number;
  paused: number;
  breachedAt: number | null;
  warnAt: number | null;
  /** Elapsed and paused minutes at each minute boundary from the start. */
  readonly el: number[];
  readonly pa: number[];
  /** Per minute from the start: 1 the clock ran, 2 it was paused (and counted as such), 0 neither. */
  readonly flags: number[];
}

interface View {
  category: readonly string[];
  channel: string | null;
  fields: Record<string, unknown>;
}

const list = (v: string | readonly string[]): readonly string[] =>
  typeof v === "string" ? [v] : v;

function wholeMinutes(span: object, path: string): number {
  if ("businessDays" in span) throw new Error(`${path}: the oracle counts hours and minutes only`);
  const s = span as { days?: number; hours?: number; minutes?: number; seconds?: number };
  const m = (s.days ?? 0) * 1440 + (s.hours ?? 0) * 60 + (s.minutes ?? 0) + (s.seconds ?? 0) / 60;
  if (!Number.isInteger(m)) throw new Error(`${path}: not a whole number of minutes`);
  return m;
}

/** The target (minutes) and clock of metric `m` for the ticket as `view` shows it. */
function targetFor(
  policy: SlaPolicyDefinition,
  m: Metric,
  view: View,
): { target: number; clock: Clock } {
  let priority: string | null = null;
  if (policy.priority !== undefined) {
    const raw = view.fields[policy.priority.field ?? "priority"];
    priority =
      typeof raw === "string" && policy.priority.values.includes(raw)
        ? raw
        : policy.priority.default;
  }
  const hit = m.def.targets.find(
    (t) =>
      (t.priority === undefined || (priority !== null && list(t.priority).includes(priority))) &&
      (t.category === undefined || t.category.every((k, i) => view.category[i] === k)) &&
      (t.channel === undefined ||
        (view.channel !== null && list(t.channel).includes(view.channel))),
  );
  if (hit === undefined) throw new Error(`${m.name}: no target applies`);
  return {
    target: wholeMinutes(hit.within, `${m.name}.within`),
    clock: hit.clock ?? m.def.clock ?? "business",
  };
}

/** Runs the semantics over `events` minute by minute. */
export function oracle(o: OracleOptions): OracleResult {
  const created = o.events[0];
  if (created === undefined || created.type !== "created")
    throw new Error('the first event must be "created"');
  const t0 = Date.parse(created.at);
  const at = (e: TicketEvent): number => {
    const t = Date.parse(e.at);
    if ((t - t0) % MIN !== 0) throw new Error(`event ${e.seq} at ${e.at} is off the minute grid`);
    return t;
  };
  const lastEventAt = Math.max(...o.events.map(at));
  const horizon =
    Math.max(lastEventAt, Math.ceil((o.until - t0) / MIN) * MIN + t0) +
    (o.horizonDays ?? 60) * 1440 * MIN;
  const isOpen = openMinutes(o.calendar);
  const categoryOf = (status: string): StatusCategory => {
    const c = o.statuses[status];
    if (c === undefined) throw new Error(`unknown status ${status}`);
    return c;
  };

  const metrics: Metric[] = Object.entries(o.policy.metrics).map(([name, def]) => {
    if (name !== "first_reply" && name !== "next_reply" && name !== "resolution")
      throw new Error(`the oracle knows the built-in metrics only, not ${name}`);
    return {
      name,
      kind: name,
      def,
      pauseOn: new Set(def.pauseOn ?? (name === "resolution" ? RESOLUTION_PAUSE : [])),
      warn: def.warnBefore === undefined ? 0 : wholeMinutes(def.warnBefore, `${name}.warnBefore`),
      newCycle: def.onReopen === "new_cycle",
      cycles: [],
    };
  });

  const view: View = {
    category: created.ticket.category,
    channel: created.ticket.channel,
    fields: { ...created.ticket.fields },
  };
  let category = categoryOf(o.initial);
  let applied = false;
  let replied = false;

  const start = (m: Metric, t: number, idx: number) => {
    const { target, clock } = targetFor(o.policy, m, view);
    m.cycles.push({
      startIdx: idx,
      startedAt: t,
      stoppedAt: null,
      open: true,
      target,
      clock,
      targetSince: t,
      elapsed: 0,
      paused: 0,
      breachedAt: null,
      warnAt: null,
      el: [0],
      pa: [0],
      flags: [],
    });
  };
  const openCycle = (m: Metric): Cycle | undefined => {
    const c = m.cycles.at(-1);
    return c?.open ? c : undefined;
  };
  const stop = (c: Cycle, t: number) => {
    c.open = false;
    c.stoppedAt = t;
  };
  const retarget = (m: Metric, c: Cycle, t: number) => {
    const { target, clock } = targetFor(o.policy, m, view);
    if (target !== c.target || clock !== c.clock) {
      c.target = target;
      c.clock = clock;
      c.targetSince = t;
    }
  };

  const event = (e: TicketEvent, t: number, idx: number) => {
    switch (e.type) {
      case "sla_applied":
        if (applied) return; // the same policy again: nothing starts or stops
        applied = true;
        for (const m of metrics)
          if (m.kind !== "next_reply" && !DONE.has(category)) start(m, t, idx);
        return;
      case "comment": {
        const pub = e.visibility === "public";
        const agent = pub && (e.actor.role === "agent" || e.actor.role === "admin");
        const requester = pub && e.actor.role === "requester";
        for (const m of metrics) {
          const c = openCycle(m);
          if (m.kind === "first_reply" && c !== undefined && agent) stop(c, t);
          if (m.kind === "next_reply") {
            if (c !== undefined && agent) stop(c, t);
            else if (c === undefined && requester && replied) start(m, t, idx);
          }
        }
        if (agent) replied = true;
        return;
      }
      case "status_changed": {
        const from = category;
        const to = categoryOf(e.to);
        // The clocks see categories: a move between two statuses of one category enters nothing.
        if (to === from) return;
        category = to;
        for (const m of metrics) {
          const c = openCycle(m);
          if (c !== undefined && DONE.has(to)) stop(c, t);
          else if (m.kind === "resolution" && c === undefined && DONE.has(from) && !DONE.has(to)) {
            const last = m.cycles.at(-1);
            if (last === undefined || m.newCycle) start(m, t, idx);
            else {
              last.open = true;
              last.stoppedAt = null;
              retarget(m, last, t);
            }
          }
        }
        return;
      }
      case "field_changed":
        if (e.field === "category") view.category = e.value as readonly string[];
        else if (e.field === "channel") view.channel = e.value as string | null;
        else if (e.field !== "reference") view.fields[e.field] = e.value;
        for (const m of metrics) {
          const c = openCycle(m);
          if (c !== undefined) retarget(m, c, t);
        }
        return;
      default:
        return; // created (handled), timer_fired, sla_warning, sla_breached: no effect on clocks
    }
  };

  /** Whether every open, unpaused cycle has found what the reports project. */
  const settled = () =>
    metrics.every((m) =>
      m.cycles.every(
        (c) =>
          !c.open ||
          m.pauseOn.has(category) ||
          (c.breachedAt !== null && (m.warn === 0 || c.warnAt !== null) && c.elapsed >= c.target),
      ),
    );

  let ei = 1;
  let idx = 0;
  for (; ; idx++) {
    const t = t0 + idx * MIN;
    for (; ei < o.events.length; ei++) {
      const e = o.events[ei] as TicketEvent;
      const et = at(e);
      if (et > t) break;
      if (et < t) throw new Error(`event ${e.seq} goes back in time`);
      event(e, t, idx);
    }
    if (ei === o.events.length && t >= o.until && (settled() || t >= horizon)) break;
    let open: boolean | undefined;
    const openNow = () => {
      open ??= isOpen(t);
      return open;
    };
    for (const m of metrics) {
      const paused = m.pauseOn.has(category);
      for (const c of m.cycles) {
        let flag = 0;
        if (c.open) {
          const counts = c.clock === "wall" || openNow();
          if (counts && !paused) {
            if (c.breachedAt === null && c.elapsed >= c.target) c.breachedAt = t;
            if (m.warn > 0 && c.warnAt === null && c.elapsed >= c.target - m.warn) c.warnAt = t;
            flag = 1;
            c.elapsed++;
          } else if (counts) {
            flag = 2;
            c.paused++;
          }
        }
        c.flags.push(flag);
        c.el.push(c.elapsed);
        c.pa.push(c.paused);
      }
    }
  }
  const end = t0 + idx * MIN;

  const result: Record<string, OracleCycle[]> = {};
  for (const m of metrics) {
    result[m.name] = m.cycles.map((c): OracleCycle => {
      const run = !c.open ? "stopped" : m.pauseOn.has(category) ? "paused" : "running";
      const measure = (series: readonly number[], flag: number) => (now: number) => {
        if (now > end) throw new Error("asked past the oracle's walk; pass a later `until`");
        const k = Math.floor((now - c.startedAt) / MIN);
        if (k < 0) return 0;
        const base = (series[k] as number) * MIN;
        return c.flags[k] === flag ? base + (now - c.startedAt - k * MIN) : base;
      };
      let dueAt: number | null = null;
      if (run === "running") {
        for (let k = Math.max(0, (c.targetSince - c.startedAt) / MIN); k < c.el.length; k++)
          if ((c.el[k] as number) >= c.target) {
            dueAt = c.startedAt + k * MIN;
            break;
          }
      }
      const breachedBy = (now: number) =>
        c.breachedAt !== null && c.breachedAt < (c.stoppedAt ?? now);
      return {
        startedAt: c.startedAt,
        stoppedAt: c.stoppedAt,
        run,
        target: c.target * MIN,
        clock: c.clock,
        targetSince: c.targetSince,
        breachedAt: c.breachedAt,
        warnAt: c.warnAt,
        dueAt,
        elapsedAt: measure(c.el, 1),
        pausedAt: measure(c.pa, 2),
        runsAt: (t) => {
          const k = Math.floor((t - c.startedAt) / MIN);
          if (k < 0) return false;
          if (k < c.flags.length) return c.flags[k] === 1;
          // Past the walk nothing changes any more.
          return run === "running" && (c.clock === "wall" || isOpen(c.startedAt + k * MIN));
        },
        breachedBy,
        stateAt: (now) => {
          const breached = breachedBy(now);
          if (run === "stopped") return breached ? "breached" : "met";
          if (run === "paused") return "paused";
          return breached ? "breached" : "running";
        },
      };
    });
  }
  return { metrics: result, lastEventAt, horizon: end };
}
