import type { Calendar, Instant } from "../calendar/types.js";
import type { Label, Locale } from "../locale.js";
import type { SlaPolicy, TicketSla } from "../sla/types.js";

export type { Label, Locale };

/**
 * Who acts on a ticket. `system` is plazo's own timers and the host's
 * automations.
 *
 * @example
 * ```ts
 * const role: Role = "agent";
 * ```
 */
export type Role = "requester" | "agent" | "system" | "admin";

/**
 * The author of a command or event. A requester must carry its `tenant`
 * (the account, store or seller the ticket belongs to, R003-1); for other
 * roles a `tenant`, when given, must match the ticket's too.
 *
 * @example
 * ```ts
 * const seller: Actor = { role: "requester", id: "u-17", tenant: "store-9" };
 * const agent: Actor = { role: "agent", id: "a-3" };
 * ```
 */
export interface Actor {
  readonly role: Role;
  readonly id: string;
  readonly tenant?: string;
}

/**
 * The fixed set of status categories every workflow maps its own statuses
 * onto, so that lists, counters (R001-3) and SLA rules can work across
 * platforms.
 *
 * @example
 * ```ts
 * const category: StatusCategory = "waiting_on_requester"; // 000's "pending information"
 * ```
 */
export type StatusCategory =
  | "new"
  | "open"
  | "waiting_on_requester"
  | "on_hold"
  | "solved"
  | "closed"
  | "rejected";

/**
 * A JSON value, as stored in tickets and events.
 *
 * @example
 * ```ts
 * const value: JsonValue = { sku: "A-1", units: 2, gift: false, tags: ["x"] };
 * ```
 */
export type JsonValue =
  | string
  | number
  | boolean
  | null
  | readonly JsonValue[]
  | { readonly [key: string]: JsonValue };

/**
 * A JSON object.
 *
 * @example
 * ```ts
 * const fields: JsonObject = { description: "No llegó", impact: "critical" };
 * ```
 */
export type JsonObject = { readonly [key: string]: JsonValue };

/**
 * A length of time for timers and windows. On the `business` clock (the
 * default) the parts are open time on the workflow's calendar, or a number of
 * business days (ending at the close of the n-th business day after the
 * start's local date, as plazos are counted, or at a local time that day
 * with `at: "HH:MM"`). On the `wall` clock the parts
 * are elapsed time, and `days` are 24 hours.
 *
 * @example
 * ```ts
 * const answerWithin: Span = { businessDays: 3, at: "end" }; // R000-10
 * const dailyAt9: Span = { businessDays: 1, at: "09:00" };    // R000-10's reminder, with every
 * const reopenWithin: Span = { hours: 27 };                 // R003-9, business hours
 * const reminder: Span = { days: 1 };                       // with clock: "wall"
 * ```
 */
export type Span =
  | {
      readonly days?: number;
      readonly hours?: number;
      readonly minutes?: number;
      readonly seconds?: number;
      readonly milliseconds?: number;
    }
  | {
      readonly businessDays: number;
      /**
       * When on the n-th business day the span ends: `"end"` (the default),
       * the close of that day, or a local time `"HH:MM"` in the calendar's
       * zone, whether or not the calendar is open at that minute.
       */
      readonly at?: "end" | `${number}:${number}`;
    };

/**
 * Which time a {@link Span} counts: open time on the workflow's calendar
 * (`business`, the default) or elapsed time (`wall`).
 *
 * @example
 * ```ts
 * const timer: TimerDefinition = { name: "ping", every: { days: 1 }, clock: "wall", effects: [{ type: "notify" }] };
 * ```
 */
export type Clock = "business" | "wall";

/**
 * An effect the host must carry out, as declared in a definition: plazo
 * returns it from `apply` and `advance` and never sends anything itself.
 *
 * @example
 * ```ts
 * const confirm: EffectDefinition = { type: "notify", to: "requester", template: "ticket_created" }; // R000-7
 * const survey: EffectDefinition = { type: "send_survey", to: "requester" };                       // R003-10
 * ```
 */
export interface EffectDefinition {
  /** What to do, in the host's vocabulary: `"notify"`, `"send_survey"`… */
  readonly type: string;
  /** Whom it is for. */
  readonly to?: Role;
  /** The host's template key. */
  readonly template?: string;
}

/**
 * A timer of a status. It is armed when the ticket enters the status,
 * measured from that moment (or from the latest `from` event while in the
 * status), and cancelled when the ticket leaves it. It fires an event, as the
 * `system` actor, and/or emits effects.
 *
 * @example
 * ```ts
 * // R000-10: a reminder every business day at 09:00, closed at the end of the 3rd business day.
 * const timers: TimerDefinition[] = [
 *   { name: "auto_close", after: { businessDays: 3, at: "end" }, fire: "close_inactive" },
 *   { name: "reminder", every: { businessDays: 1, at: "09:00" }, effects: [{ type: "notify", to: "requester", template: "reminder" }] },
 * ];
 * ```
 */
export interface TimerDefinition {
  /** Unique within its status. */
  readonly name: string;
  /** Fire once, this long after the start. */
  readonly after?: Span;
  /** Fire repeatedly, every this long after the start (not after the previous firing). */
  readonly every?: Span;
  /** With `every`: fire at most this many times. */
  readonly times?: number;
  /** Default `"business"`: open time on the workflow's calendar. */
  readonly clock?: Clock;
  /** An event name; its latest occurrence while in the status restarts the timer. */
  readonly from?: string;
  /** The event fired, as `{ role: "system" }`, when the timer is due. */
  readonly fire?: string;
  /** Effects emitted when the timer is due. */
  readonly effects?: readonly EffectDefinition[];
}

/**
 * A window during which a transition may be taken, measured from entering
 * its source status (or from the latest `from` event). A command after it
 * is refused with `window_closed`.
 *
 * @example
 * ```ts
 * const appeal: WindowDefinition = { within: { businessDays: 2 } }; // R000-11
 * ```
 */
export interface WindowDefinition {
  readonly within: Span;
  /** Default `"business"`. */
  readonly clock?: Clock;
  /** An event name; its latest occurrence in the source status restarts the window. */
  readonly from?: string;
}

/**
 * A status. A `final` status absorbs everything: it has no way out, no
 * timers and accepts no comments (R000-12).
 *
 * @example
 * ```ts
 * const waiting: StatusDefinition = {
 *   category: "waiting_on_requester",
 *   label: { es: "Esperando tu respuesta", pt: "Aguardando sua resposta", en: "Awaiting your reply" },
 *   comments: ["requester", "agent"],
 * };
 * ```
 */
export interface StatusDefinition {
  readonly category: StatusCategory;
  readonly label: Label;
  /** Default false. */
  readonly final?: boolean;
  /** Roles that may comment in this status. Default: every role, or none when final. */
  readonly comments?: readonly Role[];
  readonly timers?: readonly TimerDefinition[];
  /** Effects emitted each time the ticket enters the status (also at creation). */
  readonly onEnter?: readonly EffectDefinition[];
}

/**
 * A transition: `event` moves a ticket from one of the `from` statuses to
 * `to`, when the actor has one of `roles` and every named guard agrees.
 * The event `"comment"` makes a comment move the ticket (a requester's reply
 * reopens it); the first transition that applies wins.
 *
 * @example
 * ```ts
 * const reopen: TransitionDefinition = {
 *   event: "comment", from: "solved", to: "open", roles: ["requester"], window: { within: { hours: 27 } }, // R003-9
 * };
 * ```
 */
export interface TransitionDefinition {
  readonly event: string;
  /**
   * What the event is called in refusal messages shown to end users
   * (`{ es: "apelar", pt: "recorrer", en: "appeal" }`); without one, the
   * built-in `comment` and `set_field` have their own and other events show
   * their name with spaces for underscores.
   */
  readonly label?: Label;
  readonly from: string | readonly string[];
  readonly to: string;
  readonly roles: readonly Role[];
  /** Names of guards registered in {@link WorkflowOptions.guards}; all must return true. */
  readonly guards?: readonly string[];
  readonly window?: WindowDefinition;
  /** Effects emitted when the transition is taken (before the target's `onEnter`). */
  readonly effects?: readonly EffectDefinition[];
}

/**
 * A workflow as plain data: statuses, transitions, timers and effects.
 *
 * @example
 * ```ts
 * const definition = {
 *   initial: "open",
 *   statuses: {
 *     open: { category: "open", label: "Open" },
 *     solved: { category: "solved", label: "Solved", final: true },
 *   },
 *   transitions: [{ event: "solve", from: "open", to: "solved", roles: ["agent"] }],
 * } as const satisfies WorkflowDefinition;
 * ```
 */
export interface WorkflowDefinition {
  /** The status of a new ticket. */
  readonly initial: string;
  readonly statuses: { readonly [name: string]: StatusDefinition };
  readonly transitions: readonly TransitionDefinition[];
  /** Effects emitted when a ticket is created (R000-7's confirmation). */
  readonly onCreate?: readonly EffectDefinition[];
  /** Roles that may change the ticket's fields (R002-5). Default agent, admin, system. */
  readonly editors?: readonly Role[];
}

/**
 * A guard: a pure function of the ticket and the command that says whether
 * a transition may be taken.
 *
 * @example
 * ```ts
 * const hasReference: Guard = (ticket) => ticket.reference !== null;
 * ```
 */
export type Guard = (ticket: Ticket, command: Command) => boolean;

/**
 * What {@link defineWorkflow} takes besides the definition.
 *
 * @example
 * ```ts
 * defineWorkflow(definition, { calendar: cl, guards: { hasReference: (t) => t.reference !== null } });
 * ```
 */
export interface WorkflowOptions {
  /** The business calendar business-clock timers and windows count on. */
  readonly calendar?: Calendar;
  /** Guards by the names transitions use. */
  readonly guards?: { readonly [name: string]: Guard };
  /** The SLA policy new tickets get (and `apply_sla` re-applies), from `plazo/sla`. */
  readonly sla?: SlaPolicy;
  /** Older policy versions still pinned on existing tickets. */
  readonly previousSla?: readonly SlaPolicy[];
}

/**
 * Metadata of a file attached to a comment; plazo stores no file content.
 *
 * @example
 * ```ts
 * const file: AttachmentInfo = { name: "stock.xlsx", size: 48_213, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
 * ```
 */
export interface AttachmentInfo {
  readonly name: string;
  readonly size: number;
  readonly type: string;
  /** The host's storage key. */
  readonly id?: string;
}

/**
 * A timer armed on a ticket: its next due instant (ISO 8601, UTC), the
 * instant it is measured from, and how often it has fired.
 *
 * @example
 * ```ts
 * ticket.timers[0]; // { name: "auto_close", due: "2025-09-24T21:00:00.000Z", since: "2025-09-17T13:00:00.000Z", fired: 0 }
 * ```
 */
export interface ArmedTimer {
  readonly name: string;
  readonly due: string;
  readonly since: string;
  readonly fired: number;
}

/**
 * A window open on a ticket: until `closes` (ISO 8601, UTC), `event` may
 * take the ticket to `to`.
 *
 * @example
 * ```ts
 * ticket.windows[0]; // { event: "comment", to: "open", closes: "2025-09-23T21:00:00.000Z" }
 * ```
 */
export interface OpenWindow {
  readonly event: string;
  readonly to: string;
  readonly since: string;
  readonly closes: string;
}

/**
 * What a ticket is about and whose it is: set at creation, kept in the
 * `created` event, and changed later only by `set_field`.
 *
 * @example
 * ```ts
 * const details: TicketDetails = {
 *   id: "T-1042", tenant: "store-9", requester: "u-17", category: ["orders", "missing"],
 *   reference: "PO-88", channel: "order_page", fields: { description: "No llegó" },
 * };
 * ```
 */
export interface TicketDetails {
  readonly id: string;
  /** The account (store, seller) the ticket belongs to. */
  readonly tenant: string;
  /** The id of the person the ticket is for. */
  readonly requester: string;
  /** The category path chosen in the form, e.g. `["orders", "missing"]`. */
  readonly category: readonly string[];
  /** An order, shipment or SKU the ticket is about, or null (support may fill it later, R002-5). */
  readonly reference: string | null;
  /** Where it was opened: `"order_page"`, `"widget"`, `"email"`… or null. */
  readonly channel: string | null;
  /** The validated form data. */
  readonly fields: JsonObject;
}

/**
 * A ticket: the fold of its events, as plain JSON (instants are ISO 8601
 * strings in UTC). `version` is the number of events.
 *
 * @example
 * ```ts
 * const r = wf.create({ at, actor: seller, id: "T-1042", tenant: "store-9" });
 * if (r.ok) r.ticket.status; // "open"
 * ```
 */
export interface Ticket<S extends string = string> extends TicketDetails {
  readonly status: S;
  /** When the ticket entered its status. */
  readonly statusSince: string;
  readonly createdAt: string;
  /** The instant of the last event. */
  readonly updatedAt: string;
  readonly version: number;
  /** The number of comments, public and internal. */
  readonly comments: number;
  /** The timers of the current status, earliest first. */
  readonly timers: readonly ArmedTimer[];
  /** The windows of the current status. */
  readonly windows: readonly OpenWindow[];
  /** The SLA clocks, when the workflow has a policy (see `plazo/sla`). */
  readonly sla?: TicketSla;
}

interface EventBase {
  /** 1 for the first event; a ticket's version is its last event's seq. */
  readonly seq: number;
  /** ISO 8601, UTC. */
  readonly at: string;
  readonly actor: Actor;
}

/**
 * The first event of every ticket.
 *
 * @example
 * ```ts
 * // { seq: 1, at: "…", actor, type: "created", ticket: { id, tenant, requester, category, reference, channel, fields } }
 * ```
 */
export interface CreatedEvent extends EventBase {
  readonly type: "created";
  readonly ticket: TicketDetails;
}
/**
 * A comment, public or internal, with attachment metadata.
 *
 * @example
 * ```ts
 * // { seq: 4, type: "comment", at, actor, visibility: "public", body: "Adjunto la planilla", attachments: [] }
 * ```
 */
export interface CommentEvent extends EventBase {
  readonly type: "comment";
  readonly visibility: "public" | "internal";
  readonly body: string;
  readonly attachments: readonly AttachmentInfo[];
}
/**
 * A field changed: `reference`, `channel`, `category` or a key of `fields`.
 *
 * @example
 * ```ts
 * // { seq: 5, type: "field_changed", at, actor, field: "reference", value: "PO-88", previous: null }
 * ```
 */
export interface FieldChangedEvent extends EventBase {
  readonly type: "field_changed";
  readonly field: string;
  readonly value: JsonValue;
  readonly previous: JsonValue;
}
/**
 * A transition was taken by `event`.
 *
 * @example
 * ```ts
 * // { seq: 6, type: "status_changed", at, actor, event: "solve", from: "open", to: "solved" }
 * ```
 */
export interface StatusChangedEvent extends EventBase {
  readonly type: "status_changed";
  readonly event: string;
  readonly from: string;
  readonly to: string;
  readonly data?: JsonObject;
}
/**
 * A timer of `status` fired; `at` is its due instant.
 *
 * @example
 * ```ts
 * // { seq: 7, type: "timer_fired", at: "2025-09-24T15:00:00.000Z", actor: { role: "system", id: "timer:auto_close" }, timer: "auto_close", status: "solved" }
 * ```
 */
export interface TimerFiredEvent extends EventBase {
  readonly type: "timer_fired";
  readonly timer: string;
  readonly status: string;
}

/**
 * An SLA policy (name and version) was pinned on the ticket: at creation,
 * or by an `apply_sla` command with its actor and reason.
 *
 * @example
 * ```ts
 * // { seq: 2, type: "sla_applied", at, actor: { role: "system", id: "sla" }, policy: "seller-help", version: 1 }
 * ```
 */
export interface SlaAppliedEvent extends EventBase {
  readonly type: "sla_applied";
  readonly policy: string;
  readonly version: number;
  readonly reason?: string;
}
/**
 * An SLA warning or breach was notified, once per cycle; `at` is when it fell.
 *
 * @example
 * ```ts
 * // { seq: 9, type: "sla_breached", at: "2025-09-22T12:00:00.000Z", actor: { role: "system", id: "sla" }, metric: "first_reply", cycle: 0 }
 * ```
 */
export interface SlaNotifiedEvent extends EventBase {
  readonly type: "sla_warning" | "sla_breached";
  readonly metric: string;
  readonly cycle: number;
}

/**
 * Everything that can happen to a ticket. Events are plain JSON, append-only,
 * and {@link Workflow.replay} folds them back into the ticket.
 *
 * @example
 * ```ts
 * const events: TicketEvent[] = [...r1.events, ...r2.events];
 * wf.replay(events); // deep-equals r2.ticket
 * ```
 */
export type TicketEvent =
  | CreatedEvent
  | CommentEvent
  | FieldChangedEvent
  | StatusChangedEvent
  | TimerFiredEvent
  | SlaAppliedEvent
  | SlaNotifiedEvent;

interface CommandBase {
  readonly at: Instant;
  readonly actor: Actor;
}

/**
 * Opens a ticket. The host validates the form first (e.g. with
 * `plazo/forms`) and passes its value as `fields`.
 *
 * @example
 * ```ts
 * wf.create({ at, actor: seller, id: "T-1042", tenant: "store-9", category: ["orders"], reference: "PO-88" });
 * ```
 */
export interface CreateCommand extends CommandBase {
  readonly id: string;
  readonly tenant: string;
  /** Default: the actor's id. */
  readonly requester?: string;
  readonly category?: readonly string[];
  readonly reference?: string | null;
  readonly channel?: string | null;
  readonly fields?: JsonObject;
}
/**
 * Adds a comment; a transition on `"comment"` may also move the ticket.
 *
 * @example
 * ```ts
 * wf.apply(ticket, { type: "comment", at, actor: agent, body: "Revisar stock", visibility: "internal" });
 * ```
 */
export interface CommentCommand extends CommandBase {
  readonly type: "comment";
  readonly body: string;
  /** Default `"public"`; requesters cannot write internal notes. */
  readonly visibility?: "public" | "internal";
  readonly attachments?: readonly AttachmentInfo[];
}
/**
 * Changes `reference`, `channel`, `category` or a key of `fields` (R002-5).
 *
 * @example
 * ```ts
 * wf.apply(ticket, { type: "set_field", at, actor: agent, field: "reference", value: "PO-88" });
 * ```
 */
export interface SetFieldCommand extends CommandBase {
  readonly type: "set_field";
  readonly field: string;
  readonly value: JsonValue;
}
/**
 * Requests a transition by its event name.
 *
 * @example
 * ```ts
 * wf.apply(ticket, { type: "reject", at, actor: agent, data: { reason: "outdated_template" } });
 * ```
 */
export interface EventCommand<E extends string = string> extends CommandBase {
  readonly type: E;
  readonly data?: JsonObject;
}

/**
 * A request to change a ticket, with its time and author.
 *
 * @example
 * ```ts
 * wf.apply(ticket, { type: "request_info", at, actor: agent });
 * wf.apply(ticket, { type: "comment", at, actor: seller, body: "Adjunto la planilla" });
 * ```
 */
export type Command<E extends string = string> =
  | CommentCommand
  | SetFieldCommand
  | EventCommand<Exclude<E, "comment" | "set_field">>;

/**
 * An effect to carry out, as returned: the declared {@link EffectDefinition}
 * plus the ticket, the instant and what caused it.
 *
 * @example
 * ```ts
 * // { type: "notify", to: "requester", template: "ticket_closed", ticket: "T-1042", tenant: "store-9",
 * //   at: "2025-09-24T21:00:00.000Z", status: "closed", event: "close_inactive", timer: "auto_close" }
 * ```
 */
export interface Effect extends EffectDefinition {
  readonly ticket: string;
  readonly tenant: string;
  readonly at: string;
  /** The ticket's status after the step that emitted it. */
  readonly status: string;
  /** The event that caused it, if any (`"created"` at creation). */
  readonly event?: string;
  /** The timer that caused it, if any. */
  readonly timer?: string;
  /** For `sla_warning` and `sla_breached`: the metric and its cycle. */
  readonly metric?: string;
  readonly cycle?: number;
}

/**
 * A deadline of a ticket: a timer's next firing, a window's close, or an
 * SLA warning or breach still to be notified (`name` is the metric).
 *
 * @example
 * ```ts
 * // { kind: "timer", name: "auto_close", at: "2025-09-24T21:00:00.000Z", fires: "close_inactive" }
 * // { kind: "window", name: "comment", at: "2025-09-23T21:00:00.000Z" }
 * // { kind: "sla_breached", name: "first_reply", at: "2025-09-24T12:00:00.000Z" }
 * ```
 */
export interface Deadline {
  readonly kind: "timer" | "window" | "sla_warning" | "sla_breached";
  /** The timer's name, the window's event, or the SLA metric. */
  readonly name: string;
  readonly at: string;
  /** For a timer, the event it fires. */
  readonly fires?: string;
}

/**
 * The stable codes of a refused command.
 *
 * @example
 * ```ts
 * if (!r.ok && r.error.code === "window_closed") console.log(r.error.closedAt);
 * ```
 */
export type RefusalCode =
  | "transition_not_allowed"
  | "role_not_allowed"
  | "guard_failed"
  | "window_closed"
  | "ticket_closed"
  | "comments_not_accepted"
  | "time_went_backwards"
  | "tenant_mismatch";

/**
 * Why a command was refused: a stable `code`, a message in the requested
 * locale, and what the message talks about. Every refusal is safe to return
 * to the actor who caused it: it only describes the actor's own tenant's
 * ticket, and `tenant_mismatch` (another tenant's ticket) carries nothing but
 * its code and message, checked before anything else about the ticket.
 *
 * @example
 * ```ts
 * // { code: "window_closed", message: "El plazo para «comment» venció el 2025-09-23 18:00.", status: "rejected",
 * //   event: "comment", closedAt: "2025-09-23T21:00:00.000Z" }
 * ```
 */
export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
  /** The ticket's status when the command was refused; absent for `tenant_mismatch`. */
  readonly status?: string;
  readonly event?: string;
  readonly role?: Role;
  readonly guard?: string;
  readonly closedAt?: string;
  /** For `time_went_backwards`: the last event's instant. */
  readonly lastAt?: string;
}

/**
 * What a step returns when it is taken: the new ticket, the events to append
 * (with their `seq`), the effects to carry out, and the ticket's deadlines.
 *
 * @example
 * ```ts
 * if (r.ok) { await store.append(r.ticket.id, r.events, expectedVersion); send(r.effects); }
 * ```
 */
export interface Step<S extends string = string> {
  readonly ok: true;
  readonly ticket: Ticket<S>;
  readonly events: readonly TicketEvent[];
  readonly effects: readonly Effect[];
  readonly deadlines: readonly Deadline[];
}

/**
 * The result of {@link Workflow.apply}: a {@link Step}, or a refusal that
 * leaves the ticket as it was.
 *
 * @example
 * ```ts
 * const r = wf.apply(ticket, command, { locale: "pt" });
 * if (!r.ok) reply(422, r.error.message);
 * ```
 */
export type ApplyResult<S extends string = string> =
  | Step<S>
  | { readonly ok: false; readonly error: Refusal };

/**
 * Options of {@link Workflow.apply} and {@link Workflow.create}.
 *
 * @example
 * ```ts
 * wf.apply(ticket, command, { locale: "en" });
 * ```
 */
export interface ApplyOptions {
  /**
   * The language of a refusal's message: `"es"`, `"pt"`, `"en"` or a tag
   * starting with one (`"pt-BR"`). Anything else, `null` or none is `"es"`;
   * a value that is not a string is an `InvalidArgumentError`.
   */
  readonly locale?: Locale | (string & {}) | null;
}

/**
 * A timer firing that {@link Workflow.advance} would perform.
 *
 * @example
 * ```ts
 * wf.due(ticket, now); // [{ timer: "reminder", status: "waiting", at: "…" }, { timer: "auto_close", … }]
 * ```
 */
export interface DueTimer {
  readonly timer: string;
  readonly status: string;
  readonly at: string;
  readonly fires?: string;
}
