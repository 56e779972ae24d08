// Calendars, workflows and SLA policies the SLA example, vector and
// definition tests share. The Chilean dates are real 2025 dates: Santiago is
// at UTC-4 until Sat 6 Sep 2025 and at UTC-3 from Sun 7 Sep 2025 (so every
// local time from mid-September on is "UTC minus 3 hours"); Thu 18 and Fri 19
// Sep 2025 are holidays (Fiestas Patrias, Glorias del Ejército).
import { createCalendar, officeHours } from "plazo/calendar";
import { CL } from "plazo/holidays";
import {
  defineSlaPolicy,
  type SlaPolicyDefinition,
  type SlaTracker,
  type TicketSla,
} from "plazo/sla";
import {
  type Actor,
  type ApplyResult,
  type Command,
  type CommentCommand,
  defineWorkflow,
  type Step,
  type Ticket,
  type TicketEvent,
  type Workflow,
  type WorkflowDefinition,
} from "plazo/workflow";

export const S = 1000;
export const M = 60_000;
export const H = 3_600_000;

export const seller: Actor = { role: "requester", id: "u-17", tenant: "store-9" };
export const agent: Actor = { role: "agent", id: "a-3" };
export const admin: Actor = { role: "admin", id: "ad-1" };

export const at = (s: string) => new Date(s);

/** Office hours 09:00-18:00, Monday to Friday, Chilean public holidays. */
export const clOffice = createCalendar({
  timeZone: "America/Santiago",
  hours: officeHours,
  holidays: { country: CL },
});

/**
 * A helpdesk on the statuses of 003 (R003-8): open, waiting on the
 * requester, on hold, solved (reopened by a requester reply within 27
 * business hours, else closed: R003-9) and closed (final, R000-12).
 */
export const helpdeskDefinition = {
  initial: "open",
  statuses: {
    open: { category: "open", label: "Abierto" },
    waiting: { category: "waiting_on_requester", label: "Esperando respuesta" },
    on_hold: { category: "on_hold", label: "En espera" },
    solved: {
      category: "solved",
      label: "Resuelto",
      comments: ["requester", "agent", "admin"],
      timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }], // R003-9
    },
    closed: { category: "closed", label: "Cerrado", final: true },
  },
  transitions: [
    { event: "ask", from: "open", to: "waiting", roles: ["agent"] },
    { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
    { event: "hold", from: "open", to: "on_hold", roles: ["agent"] },
    { event: "resume", from: "on_hold", to: "open", roles: ["agent"] },
    { event: "solve", from: ["open", "waiting", "on_hold"], to: "solved", roles: ["agent"] },
    // R003-9: a requester reply within 27 business hours reopens the ticket.
    {
      event: "comment",
      from: "solved",
      to: "open",
      roles: ["requester"],
      window: { within: { hours: 27 } },
    },
    { event: "close", from: "solved", to: "closed", roles: ["system"] },
  ],
} as const satisfies WorkflowDefinition;

/** R000-9: the first reply within 48 business hours (1 h when urgent); next replies within 2 h. */
export const replyDefinitionV1 = {
  name: "seller-help",
  version: 1,
  priority: { values: ["normal", "high", "urgent"], default: "normal" },
  metrics: {
    first_reply: {
      targets: [{ priority: "urgent", within: { hours: 1 } }, { within: { hours: 48 } }],
      warnBefore: { minutes: 30 },
    },
    next_reply: { targets: [{ within: { hours: 2 } }], warnBefore: { minutes: 30 } },
  },
} as const satisfies SlaPolicyDefinition;
export const replyV1 = defineSlaPolicy(replyDefinitionV1);

/** Version 2 of the same policy: the first reply within 24 business hours. */
export const replyV2 = defineSlaPolicy({
  ...replyDefinitionV1,
  version: 2,
  metrics: {
    ...replyDefinitionV1.metrics,
    first_reply: {
      targets: [{ priority: "urgent", within: { hours: 1 } }, { within: { hours: 24 } }],
      warnBefore: { minutes: 30 },
    },
  },
});

/**
 * Resolution by priority (R003-4 decides the priority, R001-4 shows the
 * estimate): urgent within 24 h of wall time (nights count), high within
 * 18 business hours, otherwise by the close of the 5th business day.
 * Paused on waiting_on_requester and on_hold (the default).
 */
export const resolutionDefinition = {
  name: "support",
  version: 1,
  priority: { values: ["normal", "high", "urgent"], default: "normal" },
  metrics: {
    resolution: {
      targets: [
        { priority: "urgent", within: { hours: 24 }, clock: "wall" },
        { priority: "high", within: { hours: 18 } },
        { within: { businessDays: 5 } },
      ],
    },
  },
} as const satisfies SlaPolicyDefinition;
export const resolutionPolicy = defineSlaPolicy(resolutionDefinition);

/** Resolution within 45 business hours; a reopen resumes the cycle (the default). */
export const portalResume = defineSlaPolicy({
  name: "portal",
  version: 1,
  metrics: { resolution: { targets: [{ within: { hours: 45 } }] } },
});
/** The same, but a reopen starts a new cycle. */
export const portalNewCycle = defineSlaPolicy({
  name: "portal-cycles",
  version: 1,
  metrics: { resolution: { targets: [{ within: { hours: 45 } }], onReopen: "new_cycle" } },
});

export const replyWf = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: replyV1 });
export const resolutionWf = defineWorkflow(helpdeskDefinition, {
  calendar: clOffice,
  sla: resolutionPolicy,
});

/** Throws with the refusal when a command is refused. */
export function ok<T extends string>(r: ApplyResult<T>): Step<T> {
  if (!r.ok) throw new Error(`refused: ${r.error.code} ${r.error.message}`);
  return r;
}

/** A ticket's life: the current ticket and every event so far. */
export interface Story {
  readonly ticket: Ticket;
  readonly events: TicketEvent[];
  /** Applies a command (throws when refused); returns the step. */
  run(command: Command): Step;
  /** Advances to `now`; returns the step. */
  advance(now: string): Step;
}

/** Opens a ticket on `wf` at `createdAt` (ISO), by the requester. */
export function story(
  wf: Workflow,
  createdAt: string,
  extra: { readonly fields?: { readonly [k: string]: string } } = {},
): Story {
  let r: Step = ok(
    wf.create({
      at: at(createdAt),
      actor: seller,
      id: "T-1",
      tenant: "store-9",
      ...(extra.fields === undefined ? {} : { fields: extra.fields }),
    }),
  );
  const events: TicketEvent[] = [...r.events];
  return {
    get ticket() {
      return r.ticket;
    },
    events,
    run(command) {
      r = ok(wf.apply(r.ticket, command));
      events.push(...r.events);
      return r;
    },
    advance(now) {
      r = wf.advance(r.ticket, at(now));
      events.push(...r.events);
      return r;
    },
  };
}

/** A public comment command. */
export const comment = (actor: Actor, when: string, body = "…"): CommentCommand => ({
  type: "comment",
  at: at(when),
  actor,
  body,
});
/** A transition command. */
export const event = (type: string, actor: Actor, when: string): Command => ({
  type,
  at: at(when),
  actor,
});

/** The workflow's SLA tracker (throws without one). */
export function trackerOf(wf: Workflow): SlaTracker {
  if (wf.sla === undefined) throw new Error("the workflow has no SLA policy");
  return wf.sla;
}
/** The ticket's SLA state (throws without one). */
export function slaOf(ticket: Ticket): TicketSla {
  if (ticket.sla === undefined) throw new Error("the ticket has no SLA clocks");
  return ticket.sla;
}
/** A metric's report at `now` (ISO). */
export function metricAt(wf: Workflow, ticket: Ticket, metric: string, now: string) {
  const m = trackerOf(wf).report(slaOf(ticket), at(now)).metrics[metric];
  if (m === undefined) throw new Error(`no metric ${metric}`);
  return m;
}
