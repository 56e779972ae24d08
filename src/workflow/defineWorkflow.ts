import type { Instant } from "../calendar/types.js";
import { fail as bad, describe, isObject, json } from "../check.js";
import { canonical, epochMs, msOf } from "../iso.js";
import { type Locale, labelIn, resolveLocale } from "../locale.js";
import type { SlaPolicy, SlaTracker } from "../sla/types.js";
import { APPLY_SLA, type CompiledWorkflow, compileWorkflow } from "./definition.js";
import {
  type Draft,
  deadlinesOf,
  emit,
  evolve,
  finish,
  fireDue,
  iso,
  push,
  select,
  statusOf,
  take,
  wakeOf,
} from "./engine.js";
import { checkActor, checkAttachments, checkEvents } from "./events.js";
import { toMermaid } from "./mermaid.js";
import { eventLabel, type RefusalParams, refusalMessage } from "./messages.js";
import { checkTicket } from "./ticket.js";
import type {
  Actor,
  ApplyOptions,
  ApplyResult,
  AttachmentInfo,
  Command,
  CreateCommand,
  Deadline,
  DueTimer,
  JsonObject,
  Refusal,
  RefusalCode,
  Step,
  Ticket,
  TicketEvent,
  WorkflowDefinition,
  WorkflowOptions,
} from "./types.js";

/**
 * The status names of a definition.
 *
 * @example
 * ```ts
 * type Status = StatusOf<typeof definition>; // "open" | "waiting" | "closed"
 * ```
 */
export type StatusOf<D extends WorkflowDefinition> = keyof D["statuses"] & string;
/**
 * The event names of a definition's transitions.
 *
 * @example
 * ```ts
 * type Event = EventOf<typeof definition>; // "request_info" | "comment" | "close"
 * ```
 */
export type EventOf<D extends WorkflowDefinition> = D["transitions"][number]["event"];

/**
 * The workflow {@link defineWorkflow} returns for a definition and options:
 * with an SLA policy, `sla` is defined and `apply_sla` is a command.
 *
 * @example
 * ```ts
 * const wf: WorkflowOf<typeof definition, { sla: SlaPolicy }> = defineWorkflow(definition, { calendar, sla });
 * wf.sla.report(ticket.sla!, now);
 * ```
 */
export type WorkflowOf<D extends WorkflowDefinition, O extends WorkflowOptions> = O extends {
  readonly sla: SlaPolicy;
}
  ? Workflow<StatusOf<D>, EventOf<D> | "apply_sla"> & { readonly sla: SlaTracker }
  : Workflow<StatusOf<D>, EventOf<D>>;

/**
 * The commands a workflow accepts, with its event names as literal types.
 *
 * @example
 * ```ts
 * function act(ticket: Ticket, command: CommandOf<typeof wf>) { return wf.apply(ticket, command); }
 * ```
 */
export type CommandOf<W> = W extends Workflow<string, infer E> ? Command<E> : never;

/**
 * A defined workflow: pure functions from a ticket, a command and a time to
 * the next ticket, its events, effects and deadlines. It never reads the
 * clock and never runs a timer; a host's scheduler calls {@link advance}
 * at {@link nextWakeUp}.
 *
 * @example
 * ```ts
 * const r = wf.apply(ticket, { type: "solve", at: new Date("2025-09-17T15:00:00Z"), actor: agent });
 * if (r.ok) { save(r.ticket, r.events); send(r.effects); schedule(wf.nextWakeUp(r.ticket)); }
 * ```
 */
export interface Workflow<S extends string = string, E extends string = string> {
  /** The definition, as given. */
  readonly definition: WorkflowDefinition;
  /**
   * The SLA clocks of `options.sla` on this workflow's calendar and
   * statuses: reports, explanations and estimates; undefined without a policy.
   *
   * @example
   * ```ts
   * const report = wf.sla?.report(ticket.sla!, now);
   * report?.metrics.first_reply?.state; // "running"
   * ```
   */
  readonly sla: SlaTracker | undefined;
  /**
   * Opens a ticket in the initial status, arming its timers. Emits
   * `onCreate` and the initial status's `onEnter` effects.
   *
   * @example
   * ```ts
   * const r = wf.create({ at, actor: { role: "requester", id: "u-17", tenant: "store-9" }, id: "T-1042", tenant: "store-9" });
   * ```
   */
  create(command: CreateCommand, options?: ApplyOptions): ApplyResult<S>;
  /**
   * Applies a command. Timers due at or before `command.at` fire first, in
   * order, so a late command meets the ticket as it would have been. A
   * refused command changes nothing and says why. The ticket is checked
   * where it enters (here and in every method taking one): a malformed one
   * throws `InvalidArgumentError` naming the field (`ticket.timers[0].due`).
   *
   * @example
   * ```ts
   * const r = wf.apply(ticket, { type: "comment", at, actor: seller, body: "Adjunto la planilla" });
   * if (!r.ok) console.log(r.error.code, r.error.message);
   * ```
   */
  apply(ticket: Ticket, command: Command<E>, options?: ApplyOptions): ApplyResult<S>;
  /**
   * The timer firings {@link advance} would perform at `now`, in order.
   *
   * @example
   * ```ts
   * wf.due(ticket, new Date("2025-09-25T12:00:00Z")).map((d) => d.timer); // ["reminder", "auto_close"]
   * ```
   */
  due(ticket: Ticket, now: Instant): DueTimer[];
  /**
   * Fires every timer due at or before `now`, in chronological order.
   * Idempotent: advancing again to the same `now` changes nothing.
   *
   * @example
   * ```ts
   * const { ticket: next, events, effects } = wf.advance(ticket, now);
   * ```
   */
  advance(ticket: Ticket, now: Instant): Step<S>;
  /**
   * The earliest timer due, or null when none is armed: schedule one job per
   * ticket at this instant.
   *
   * @example
   * ```ts
   * const at = wf.nextWakeUp(ticket); if (at) queue.schedule(ticket.id, at);
   * ```
   */
  nextWakeUp(ticket: Ticket): Date | null;
  /**
   * The ticket's deadlines: timers' next firings and windows' closes.
   *
   * @example
   * ```ts
   * wf.deadlines(ticket); // [{ kind: "window", name: "comment", at: "2025-09-24T15:00:00.000Z" }, …]
   * ```
   */
  deadlines(ticket: Ticket): Deadline[];
  /**
   * Rebuilds a ticket from its events; equal to the ticket obtained live.
   * Stored events are checked: seq from 1 without gaps, instants that never
   * go back, each event's shape. An instant with `Z` or an offset in any ISO
   * 8601 form (`…T15:00:00Z`, `…+00:00`, PostgreSQL's `2025-09-10 15:00:00+00`)
   * is normalised to `Date#toISOString`; one without an offset is refused.
   * A mistake throws `InvalidArgumentError` naming it (`events[3].at`).
   *
   * @example
   * ```ts
   * const ticket = wf.replay(await store.events("T-1042"));
   * ```
   */
  replay(events: readonly TicketEvent[]): Ticket<S>;
  /**
   * The workflow as a Mermaid flowchart: statuses (final ones double
   * circled), transitions labelled with event and roles, timers dashed.
   *
   * @example
   * ```ts
   * writeFileSync("workflow.mmd", wf.toMermaid({ locale: "pt" }));
   * ```
   */
  toMermaid(options?: ApplyOptions): string;
}

/** The options object of a call: undefined or an object; throws naming `path` otherwise. */
function optionsOf(v: unknown, path: string): { readonly locale?: unknown } {
  if (v === undefined) return {};
  if (!isObject(v))
    return bad(path, `expected an options object such as { locale: "en" }, got ${describe(v)}`);
  return v;
}

const localFormats = new Map<string, Intl.DateTimeFormat>();
/** "YYYY-MM-DD HH:mm" in `timeZone` (messages only). */
function local(at: string, timeZone: string): string {
  let f = localFormats.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    localFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(msOf(at)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${timeZone === "UTC" ? " UTC" : ""}`;
}

function refuse(
  c: CompiledWorkflow,
  def: WorkflowDefinition,
  locale: Locale,
  code: RefusalCode,
  status: string,
  extra: Omit<Refusal, "code" | "message" | "status"> = {},
  at?: string,
): ApplyResult {
  // Another tenant's ticket: nothing about it, not even its status.
  if (code === "tenant_mismatch")
    return { ok: false, error: { code, message: refusalMessage(code, locale, { status: "" }) } };
  const zone = c.calendar?.timeZone ?? "UTC";
  const label = def.statuses[status]?.label;
  const params: RefusalParams = {
    status: label === undefined ? status : labelIn(label, locale),
    event: extra.event === undefined ? undefined : eventLabel(def.transitions, extra.event, locale),
    role: extra.role,
    guard: extra.guard,
    when:
      (at ?? extra.closedAt) === undefined
        ? undefined
        : local((at ?? extra.closedAt) as string, zone),
    last: extra.lastAt === undefined ? undefined : local(extra.lastAt, zone),
  };
  return {
    ok: false,
    error: { code, message: refusalMessage(code, locale, params), status, ...extra },
  };
}

type CommentPayload = {
  body: string;
  visibility: "public" | "internal";
  attachments: readonly AttachmentInfo[];
};
type FieldPayload = { name: string; value: JsonObject[string] };

/** Checks a command's own properties; throws InvalidArgumentError naming the bad one. */
function payload(command: Command): { comment?: CommentPayload; field?: FieldPayload } {
  if (command.type === "comment") {
    const cm = command as Extract<Command, { type: "comment" }>;
    if (typeof cm.body !== "string") bad("command.body", "expected a string");
    const visibility = cm.visibility ?? "public";
    if (visibility !== "public" && visibility !== "internal")
      bad("command.visibility", 'expected "public" or "internal"');
    return {
      comment: {
        body: cm.body,
        visibility,
        attachments: checkAttachments(cm.attachments, "command.attachments"),
      },
    };
  } else if (command.type === "set_field") {
    const sf = command as Extract<Command, { type: "set_field" }>;
    if (typeof sf.field !== "string" || sf.field === "" || sf.field === "__proto__")
      bad("command.field", "expected a field name");
    json(sf.value, "command.value");
    if (
      (sf.field === "reference" || sf.field === "channel") &&
      sf.value !== null &&
      typeof sf.value !== "string"
    )
      bad("command.value", `${sf.field} is a string or null`);
    if (
      sf.field === "category" &&
      (!Array.isArray(sf.value) || sf.value.some((s) => typeof s !== "string"))
    )
      bad("command.value", "category is an array of keys");
    return { field: { name: sf.field, value: sf.value } };
  } else if ("data" in command && command.data !== undefined) {
    if (!isObject(command.data)) bad("command.data", "expected an object");
    json(command.data, "command.data");
  }
  return {};
}

/** The fields `set_field` changes on the ticket itself; any other name is a key of `fields`. */
const TICKET_FIELDS = new Set(["reference", "channel", "category"]);

/** The author of SLA events plazo records itself. */
const SLA_ACTOR: Actor = { role: "system", id: "sla" };

const draft = (ticket: Ticket, where: string): Draft => ({
  ticket,
  events: [],
  effects: [],
  where,
});

/**
 * Defines a workflow from plain data: statuses, transitions with roles,
 * guards and windows, timers in business or wall time, and effects. The
 * definition is checked at once; a mistake throws `InvalidArgumentError`
 * naming its path (`statuses.waiting.timers[0].fire`): unknown statuses,
 * unreachable statuses, non-final dead ends, timers firing events no
 * transition takes, duplicate transitions.
 *
 * @example
 * ```ts
 * import { createCalendar, wholeBusinessDays } from "plazo/calendar";
 * import { CL } from "plazo/holidays";
 * import { defineWorkflow } from "plazo/workflow";
 *
 * const calendar = createCalendar({ timeZone: "America/Santiago", hours: wholeBusinessDays, holidays: { country: CL } });
 * const wf = defineWorkflow({
 *   initial: "open",
 *   statuses: {
 *     open: { category: "open", label: "Abierto" },
 *     waiting: { category: "waiting_on_requester", label: "Esperando respuesta",
 *       timers: [{ name: "auto_close", after: { businessDays: 3 }, fire: "close_inactive" }] }, // R000-10
 *     closed: { category: "closed", label: "Cerrado", final: true },
 *   },
 *   transitions: [
 *     { event: "request_info", from: "open", to: "waiting", roles: ["agent"] },
 *     { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
 *     { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
 *     { event: "close", from: ["open", "waiting"], to: "closed", roles: ["agent"] },
 *   ],
 * }, { calendar });
 * ```
 */
export function defineWorkflow<
  const D extends WorkflowDefinition,
  const O extends WorkflowOptions = WorkflowOptions,
>(definition: D, options: O = {} as O): WorkflowOf<D, O> {
  const c = compileWorkflow(definition, options);

  function create(command: CreateCommand, options?: ApplyOptions): ApplyResult {
    const locale = resolveLocale(optionsOf(options, "options").locale, "options.locale");
    if (!isObject(command))
      bad(
        "command",
        `expected a create command { at, actor, id, tenant, … }, got ${describe(command)}`,
      );
    const actor = checkActor(command.actor, "command.actor", true);
    const atMs = epochMs(command.at, "command.at");
    const at = iso(atMs, "command.at");
    for (const k of ["id", "tenant"] as const)
      if (typeof command[k] !== "string" || command[k] === "")
        bad(`command.${k}`, "expected a non-empty string");
    const requester = command.requester ?? actor.id;
    if (typeof requester !== "string" || requester === "")
      bad("command.requester", "expected a non-empty string");
    const category = command.category ?? [];
    if (!Array.isArray(category) || category.some((s) => typeof s !== "string"))
      bad("command.category", "expected an array of category keys");
    for (const k of ["reference", "channel"] as const)
      if (command[k] != null && typeof command[k] !== "string")
        bad(`command.${k}`, "expected a string or null");
    const fields = command.fields ?? {};
    if (!isObject(fields)) bad("command.fields", "expected an object");
    json(fields, "command.fields");
    if (actor.tenant !== undefined && actor.tenant !== command.tenant)
      return refuse(c, definition, locale, "tenant_mismatch", c.initial);
    const created: TicketEvent = {
      seq: 1,
      type: "created",
      at,
      actor,
      ticket: {
        id: command.id,
        tenant: command.tenant,
        requester,
        category: [...category],
        reference: command.reference ?? null,
        channel: command.channel ?? null,
        fields,
      },
    };
    const d: Draft = {
      ticket: evolve(c, undefined, created, 0, "command.at", atMs),
      events: [created],
      effects: [],
      where: "command.at",
    };
    if (c.sla !== undefined) {
      const { name: policy, version } = c.sla.policy;
      push(c, d, { type: "sla_applied", at, actor: SLA_ACTOR, policy, version }, atMs);
    }
    emit(d, c.onCreate, at, { event: "created" });
    emit(d, statusOf(c, c.initial, "initial").onEnter, at, { event: "created" });
    return finish(c, d);
  }

  function apply(ticket: Ticket, command: Command, options?: ApplyOptions): ApplyResult {
    const updatedAt = checkTicket(c, ticket);
    const locale = resolveLocale(optionsOf(options, "options").locale, "options.locale");
    if (!isObject(command))
      bad("command", `expected a command { type, at, actor, … }, got ${describe(command)}`);
    const actor = checkActor(command.actor, "command.actor", true);
    const atMs = epochMs(command.at, "command.at");
    const at = iso(atMs, "command.at");
    const type = command.type;
    if (typeof type !== "string" || !c.events.has(type))
      bad(
        "command.type",
        `unknown event ${describe(type)}; this workflow knows ${[...c.events].join(", ")}`,
      );
    const no = (
      code: RefusalCode,
      status: string,
      extra?: Omit<Refusal, "code" | "message" | "status">,
    ) =>
      refuse(
        c,
        definition,
        locale,
        code,
        status,
        extra,
        code === "time_went_backwards" ? at : undefined,
      );

    // Shape first: a malformed command is a programmer error whatever the ticket's state.
    const { comment, field } = payload(command);

    // The tenant first: nothing else about another tenant's ticket may show.
    if (actor.tenant !== undefined && actor.tenant !== ticket.tenant)
      return no("tenant_mismatch", ticket.status);
    if (atMs < updatedAt)
      return no("time_went_backwards", ticket.status, {
        lastAt: canonical(ticket.updatedAt, updatedAt),
      });

    const d = draft(ticket, "command.at");
    fireDue(c, d, atMs);
    const t = d.ticket;
    const st = statusOf(c, t.status, "ticket.status");
    if (st.final) return no("ticket_closed", t.status);
    const role = actor.role;
    if (type === APPLY_SLA) {
      if (role === "requester") return no("role_not_allowed", t.status, { event: type, role });
      const { name: policy, version } = (c.sla as NonNullable<typeof c.sla>).policy;
      const reason = (command as { data?: { reason?: unknown } }).data?.reason;
      push(
        c,
        d,
        {
          type: "sla_applied",
          at,
          actor,
          policy,
          version,
          ...(typeof reason === "string" ? { reason } : {}),
        },
        atMs,
      );
      return finish(c, d);
    }
    const choice = select(st, t, type, command, atMs);
    const data = "data" in command ? (command.data as JsonObject | undefined) : undefined;

    if (comment !== undefined) {
      if (comment.visibility === "internal" && role === "requester")
        return no("role_not_allowed", t.status, { event: type, role });
      if (!st.comments.has(role)) return no("comments_not_accepted", t.status, { role });
      if ("why" in choice && choice.why === "window")
        return no("window_closed", t.status, { event: type, closedAt: choice.closedAt });
      push(c, d, { type: "comment", at, actor, ...comment }, atMs);
    } else if (field !== undefined) {
      if (!c.editors.has(role)) return no("role_not_allowed", t.status, { event: type, role });
      if ("why" in choice && choice.why === "window")
        return no("window_closed", t.status, { event: type, closedAt: choice.closedAt });
      const previous = TICKET_FIELDS.has(field.name)
        ? t[field.name as "reference"]
        : ((Object.hasOwn(t.fields, field.name) ? t.fields[field.name] : null) ?? null);
      push(
        c,
        d,
        {
          type: "field_changed",
          at,
          actor,
          field: field.name,
          value: field.value,
          previous,
        },
        atMs,
      );
    } else if ("why" in choice) {
      switch (choice.why) {
        case "none":
          return no("transition_not_allowed", t.status, { event: type });
        case "role":
          return no("role_not_allowed", t.status, { event: type, role });
        case "guard":
          return no("guard_failed", t.status, { event: type, guard: choice.guard });
        default:
          return no("window_closed", t.status, { event: type, closedAt: choice.closedAt });
      }
    }
    if (!("why" in choice)) take(c, d, choice, actor, at, atMs, data);
    return finish(c, d);
  }

  function advance(ticket: Ticket, now: Instant): Step {
    checkTicket(c, ticket);
    const d = draft(ticket, "now");
    fireDue(c, d, epochMs(now, "now"));
    return finish(c, d);
  }

  function replay(stored: readonly TicketEvent[]): Ticket {
    // Shapes, seq, instants (normalised to Date#toISOString) and their order first.
    const events = checkEvents(stored, false);
    let t: Ticket | undefined;
    for (let i = 0; i < events.length; i++) t = evolve(c, t, events[i] as TicketEvent, i);
    return t as Ticket;
  }

  const workflow: Workflow = {
    definition,
    create,
    apply,
    due: (ticket, now) => {
      const step = advance(ticket, now);
      return step.events.flatMap((e): DueTimer[] => {
        if (e.type !== "timer_fired") return [];
        const f = c.statuses.get(e.status)?.timers.find((tm) => tm.name === e.timer)?.fire;
        return [
          f === undefined
            ? { timer: e.timer, status: e.status, at: e.at }
            : { timer: e.timer, status: e.status, at: e.at, fires: f },
        ];
      });
    },
    advance,
    nextWakeUp: (ticket) => {
      checkTicket(c, ticket);
      const next = wakeOf(c, ticket);
      return next === null ? null : new Date(next);
    },
    sla: c.tracker,
    deadlines: (ticket) => {
      checkTicket(c, ticket);
      return deadlinesOf(c, ticket);
    },
    replay,
    toMermaid: (options) =>
      toMermaid(definition, resolveLocale(optionsOf(options, "options").locale, "options.locale")),
  };
  return workflow as unknown as WorkflowOf<D, O>;
}
