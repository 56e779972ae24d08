// Issue 17, the workflow and SLA parts: every bad argument is a PlazoError
// naming its field. One regression test per finding, then a property that
// feeds hostile values (and valid inputs with one hostile value anywhere
// inside) to every export of plazo/workflow and plazo/sla and every method of
// the objects they return.
import { PGlite } from "@electric-sql/pglite";
import { fc } from "@fast-check/vitest";
import * as slaEntry from "plazo/sla";
import { defineSlaPolicy, estimateResolution, explainSla } from "plazo/sla";
import * as workflowEntry from "plazo/workflow";
import {
  type Command,
  defineWorkflow,
  InvalidArgumentError,
  OutOfRangeError,
  type PlazoError,
  REFUSAL_CODES,
  type Ticket,
  type TicketEvent,
  type WorkflowDefinition,
} from "plazo/workflow";
import { describe, expect, it } from "vitest";
import {
  cyclic,
  deepFreeze,
  describeThrown,
  fieldOf,
  hostileOf,
  keepsContract,
  nullProto,
  prototypeKeys,
  thrown,
} from "../hostile/values.js";
import { supportPortal } from "./workflows.js";

const H = 3_600_000;
const seller = { role: "requester", id: "u-1", tenant: "store-9" } as const;
const agent = { role: "agent", id: "a-1" } as const;

/** A wall-clock workflow (no calendar, so any year a Date holds) with a wall-clock SLA policy. */
const wallDefinition = {
  initial: "open",
  statuses: {
    open: { category: "open", label: { es: "Abierto", pt: "Aberto", en: "Open" } },
    waiting: {
      category: "waiting_on_requester",
      label: { es: "Esperando", pt: "Aguardando", en: "Waiting" },
      timers: [
        {
          name: "reminder",
          every: { hours: 24 },
          times: 2,
          clock: "wall",
          effects: [{ type: "notify" }],
        },
        { name: "auto_close", after: { days: 3 }, clock: "wall", fire: "expire" },
      ],
    },
    solved: {
      category: "solved",
      label: { es: "Resuelto", pt: "Resolvido", en: "Solved" },
      timers: [{ name: "auto_close", after: { hours: 27 }, clock: "wall", fire: "close" }],
    },
    closed: {
      category: "closed",
      label: { es: "Cerrado", pt: "Fechado", en: "Closed" },
      final: true,
    },
  },
  transitions: [
    { event: "ask", from: "open", to: "waiting", roles: ["agent"] },
    { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
    { event: "expire", from: "waiting", to: "closed", roles: ["system"] },
    { event: "solve", from: ["open", "waiting"], to: "solved", roles: ["agent"] },
    {
      event: "comment",
      from: "solved",
      to: "open",
      roles: ["requester"],
      window: { within: { hours: 27 }, clock: "wall" },
    },
    { event: "close", from: "solved", to: "closed", roles: ["system"] },
  ],
} as const satisfies WorkflowDefinition;
const policy = defineSlaPolicy({
  name: "wall",
  version: 1,
  priority: { values: ["normal", "urgent"], default: "normal" },
  metrics: {
    first_reply: { targets: [{ within: { hours: 4 } }], clock: "wall", warnBefore: { hours: 1 } },
    resolution: { targets: [{ within: { hours: 48 } }], clock: "wall" },
  },
});
const wf = defineWorkflow(wallDefinition, { sla: policy });
const plain = defineWorkflow(wallDefinition);

const T0 = Date.UTC(2025, 8, 10, 15); // Wed 10 Sep 2025 15:00 UTC
const ok = <R extends { ok: boolean }>(r: R): Extract<R, { ok: true }> => {
  if (!r.ok) throw new Error(`refused: ${JSON.stringify(r)}`);
  return r as Extract<R, { ok: true }>;
};
type Creates = { create: (typeof plain)["create"] };
const open = (w: Creates = wf, at = T0) =>
  ok(w.create({ at, actor: seller, id: "T-1", tenant: "store-9" }));

describe("1. locales go through resolveLocale, never up the prototype chain", () => {
  const t = open().ticket;
  const refused = (locale: unknown) => {
    const r = wf.apply(t, { type: "ask", at: T0 + H, actor: seller }, { locale } as never);
    if (r.ok) throw new Error("not refused");
    return r.error.message;
  };
  it.each(["fr", "constructor", "__proto__", "toString", "", null, undefined])(
    "apply's refusal in %s falls back to es",
    (locale) => {
      expect(refused(locale)).toBe(refused("es"));
    },
  );
  it("language tags pick their locale", () => {
    expect(refused("pt-BR")).toBe(refused("pt"));
    expect(refused("EN-us")).toBe(refused("en"));
    expect(refused("en")).not.toBe(refused("es"));
  });
  it("a locale that is not a string, or options that are not an object, name the field", () => {
    for (const locale of [1n, Symbol("x"), cyclic(), Object.create(null), 1, ["en"]])
      expect(fieldOf(() => refused(locale))).toBe("options.locale");
    for (const options of [null, 1n, "en", () => 1])
      expect(
        fieldOf(() => wf.apply(t, { type: "ask", at: T0 + H, actor: seller }, options as never)),
      ).toBe("options");
  });
  it("create's refusal and toMermaid fall back too", () => {
    const mismatch = (locale: unknown) =>
      wf.create({ at: T0, actor: seller, id: "T-2", tenant: "store-1" }, { locale } as never);
    expect(mismatch("__proto__")).toEqual(mismatch("es"));
    expect(mismatch("pt-BR")).toEqual(mismatch("pt"));
    for (const locale of ["fr", "constructor", "__proto__", null])
      expect(wf.toMermaid({ locale } as never)).toBe(wf.toMermaid());
    expect(wf.toMermaid({ locale: "pt-BR" } as never)).toBe(wf.toMermaid({ locale: "pt" }));
    expect(fieldOf(() => wf.toMermaid({ locale: 1n } as never))).toBe("options.locale");
    expect(fieldOf(() => wf.toMermaid(null as never))).toBe("options");
  });
});

describe("2. hostile values in a command are InvalidArgumentError naming the field", () => {
  const t = open().ticket;
  const loop = cyclic({ a: 1 });
  const base = { type: "ask", at: T0 + H, actor: agent };
  it.each([
    ["a null-prototype at", { ...base, at: Object.create(null) }, "command.at"],
    [
      "an at that only claims to be a Date",
      { ...base, at: Object.create(Date.prototype) },
      "command.at",
    ],
    ["a BigInt at", { ...base, at: 1n }, "command.at"],
    ["a string at without an offset", { ...base, at: "2025-09-10T16:00:00" }, "command.at"],
    ["a local date at", { ...base, at: "2025-09-10" }, "command.at"],
    ["a BigInt type", { ...base, type: 1n }, "command.type"],
    ["a cyclic type", { ...base, type: loop }, "command.type"],
    ["a Symbol type", { ...base, type: Symbol("ask") }, "command.type"],
    ["a BigInt role", { ...base, actor: { role: 1n, id: "a" } }, "command.actor.role"],
    ["a cyclic role", { ...base, actor: { role: loop, id: "a" } }, "command.actor.role"],
    [
      "a null-prototype actor without role",
      { ...base, actor: Object.create(null) },
      "command.actor.role",
    ],
    ["a BigInt actor id", { ...base, actor: { role: "agent", id: 1n } }, "command.actor.id"],
    ["a cyclic data", { ...base, data: loop }, /^command\.data(\.self)+(\.a)?$/],
    ["a BigInt in data", { ...base, data: { n: 1n } }, "command.data.n"],
    [
      "a BigInt attachment size",
      { ...base, type: "comment", body: "x", attachments: [{ name: "a", size: 1n, type: "x" }] },
      "command.attachments[0].size",
    ],
    ["a Symbol body", { ...base, type: "comment", body: Symbol("x") }, "command.body"],
    ["a null command", null, "command"],
    ["a BigInt command", 1n, "command"],
  ])("%s", (_, command, field) => {
    const e = thrown(() => wf.apply(t, command as never));
    expect(e).toBeInstanceOf(InvalidArgumentError);
    const got = (e as PlazoError).field;
    if (field instanceof RegExp) expect(got).toMatch(field);
    else expect(got).toBe(field);
  });
  it("create: the same checks", () => {
    const c = { at: T0, actor: seller, id: "T-2", tenant: "store-9" };
    expect(fieldOf(() => wf.create({ ...c, at: Object.create(null) }))).toBe("command.at");
    expect(fieldOf(() => wf.create({ ...c, actor: { ...seller, role: 1n } } as never))).toBe(
      "command.actor.role",
    );
    expect(fieldOf(() => wf.create({ ...c, id: 1n } as never))).toBe("command.id");
    expect(fieldOf(() => wf.create({ ...c, category: [1n] } as never))).toBe("command.category");
  });
});

describe("3. tickets a host loads from its storage are checked where they enter", () => {
  const created = open();
  const t = created.ticket;
  const waiting = ok(wf.apply(t, { type: "ask", at: T0 + H, actor: agent })).ticket;
  const calls = {
    apply: (x: unknown) => wf.apply(x as Ticket, { type: "ask", at: T0 + 2 * H, actor: agent }),
    advance: (x: unknown) => wf.advance(x as Ticket, T0 + 2 * H),
    due: (x: unknown) => wf.due(x as Ticket, T0 + 2 * H),
    nextWakeUp: (x: unknown) => wf.nextWakeUp(x as Ticket),
    deadlines: (x: unknown) => wf.deadlines(x as Ticket),
  };
  const timer = waiting.timers[0] as Ticket["timers"][number];
  it.each([
    ["undefined", undefined, "ticket"],
    ["null", null, "ticket"],
    ["an array", [t], "ticket"],
    ["timers: {}", { ...t, timers: {} }, "ticket.timers"],
    ['updatedAt: "x"', { ...t, updatedAt: "x" }, "ticket.updatedAt"],
    ["updatedAt without an offset", { ...t, updatedAt: "2025-09-10T15:00:00" }, "ticket.updatedAt"],
    ["a timer due x", { ...waiting, timers: [{ ...timer, due: "x" }] }, "ticket.timers[0].due"],
    ["a timer without a name", { ...waiting, timers: [{ due: "x" }] }, "ticket.timers[0].name"],
    [
      "a timer fired -1 times",
      { ...waiting, timers: [{ ...timer, fired: -1 }] },
      "ticket.timers[0].fired",
    ],
    [
      "timers out of order",
      { ...waiting, timers: [...waiting.timers].reverse() },
      "ticket.timers[1].due",
    ],
    [
      "a window that closes at NaN",
      { ...t, windows: [{ event: "comment", to: "open", since: t.createdAt, closes: Number.NaN }] },
      "ticket.windows[0].closes",
    ],
    ["a null status", { ...t, status: null }, "ticket.status"],
    ["version 0", { ...t, version: 0 }, "ticket.version"],
    ["fields: null", { ...t, fields: null }, "ticket.fields"],
    ["a BigInt tenant", { ...t, tenant: 1n }, "ticket.tenant"],
    ["sla: {}", { ...t, sla: {} }, "ticket.sla.policy"],
    [
      "an sla cycle since x",
      {
        ...t,
        sla: {
          ...t.sla,
          metrics: { first_reply: [{ ...t.sla?.metrics.first_reply?.[0], since: "x" }] },
        },
      },
      "ticket.sla.metrics.first_reply[0].since",
    ],
  ])("%s", (_, ticket, field) => {
    for (const [name, call] of Object.entries(calls)) {
      const e = thrown(() => call(ticket));
      expect(e, name).toBeInstanceOf(InvalidArgumentError);
      expect((e as PlazoError).field, name).toBe(field);
    }
  });
  it("nextWakeUp never returns an Invalid Date", () => {
    expect(fieldOf(() => wf.nextWakeUp({ ...waiting, timers: [{ ...timer, due: "x" }] }))).toBe(
      "ticket.timers[0].due",
    );
    expect(wf.nextWakeUp(waiting)?.getTime()).toBe(T0 + 3 * H + 1); // first_reply's warning, 1 ms after
  });
  it("an instant past the Date range is an OutOfRangeError", () => {
    const e = thrown(() => wf.nextWakeUp({ ...waiting, updatedAt: "+275760-09-13T00:00:00.001Z" }));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect((e as PlazoError).field).toBe("ticket.updatedAt");
  });
  it("a ticket with SLA clocks on a workflow without a policy", () => {
    expect(fieldOf(() => plain.deadlines(t))).toBe("ticket.sla");
  });
  it("a ticket stored with other ISO forms is read by instant", () => {
    const t2 = {
      ...waiting,
      updatedAt: "2025-09-10T13:00:00-03:00",
      timers: waiting.timers.map((x) => ({ ...x, due: x.due.replace(".000Z", "+00:00") })),
    };
    const r = ok(wf.apply(t2, { type: "comment", at: T0 + H, actor: seller, body: "x" }));
    expect(r.ticket.status).toBe("open");
    expect(wf.deadlines(t2)).toEqual(wf.deadlines(waiting)); // written canonically
    expect(wf.due(t2, T0 + 100 * H)).toEqual(wf.due(waiting, T0 + 100 * H));
  });
});

describe("4. instants are compared as instants, not as strings", () => {
  const Y9999 = Date.UTC(9999, 11, 31, 23); // the last hour of year 9999
  it("apply past year 9999 is not time_went_backwards", () => {
    const t = open(plain, Y9999).ticket;
    const r = ok(plain.apply(t, { type: "ask", at: Y9999 + 2 * H, actor: agent }));
    expect(r.ticket.updatedAt).toBe("+010000-01-01T01:00:00.000Z");
    const solved = ok(plain.apply(r.ticket, { type: "solve", at: Y9999 + 3 * H, actor: agent }));
    expect(solved.ticket.status).toBe("solved");
  });
  it("due finds a ticket of year 9999 long overdue in year 10000", () => {
    const t = ok(
      plain.apply(open(plain, Date.UTC(9999, 11, 20)).ticket, {
        type: "ask",
        at: Date.UTC(9999, 11, 20, 1),
        actor: agent,
      }),
    ).ticket;
    const due = plain.due(t, Y9999 + 100 * 24 * H);
    expect(due.map((d) => d.timer)).toEqual(["reminder", "reminder", "auto_close"]);
    expect(plain.advance(t, Y9999 + 100 * 24 * H).ticket.status).toBe("closed");
  });
  it("deadlines across year 10000 come earliest first", () => {
    const t = ok(
      plain.apply(open(plain, Date.UTC(9999, 11, 30)).ticket, {
        type: "ask",
        at: Date.UTC(9999, 11, 30, 12),
        actor: agent,
      }),
    ).ticket;
    expect(plain.deadlines(t).map((d) => [d.name, d.at])).toEqual([
      ["reminder", "9999-12-31T12:00:00.000Z"],
      ["auto_close", "+010000-01-02T12:00:00.000Z"],
    ]);
    expect(plain.nextWakeUp(t)?.toISOString()).toBe("9999-12-31T12:00:00.000Z");
  });
  it("SLA warnings and breaches of year 9999 fall in year 10000, and sort by instant", () => {
    const t = open(wf, Y9999 - 5 * H).ticket; // first_reply: warning 21:00, breach 22:00
    const r = wf.advance(t, Y9999 + 2 * H);
    expect(r.events.map((e) => [e.type, e.at])).toEqual([
      ["sla_warning", "9999-12-31T21:00:00.000Z"],
      ["sla_breached", "9999-12-31T22:00:00.000Z"],
    ]);
    const late = open(wf, Date.UTC(9999, 11, 31, 20, 30)).ticket; // warning 23:30, breach 00:30
    expect(wf.sla?.due(late.sla).map((d) => [d.kind, d.at])).toEqual([
      ["sla_warning", "9999-12-31T23:30:00.000Z"],
      ["sla_breached", "+010000-01-01T00:30:00.000Z"],
      ["sla_breached", "+010000-01-02T20:30:00.000Z"],
    ]);
  });
  it("an instant beyond the Date range is an OutOfRangeError naming the field", () => {
    const t = open().ticket;
    for (const at of [8.64e15 + 1, -9e15, Number.MAX_VALUE]) {
      const e = thrown(() => wf.apply(t, { type: "ask", at, actor: agent }));
      expect(e).toBeInstanceOf(OutOfRangeError);
      expect((e as PlazoError).field).toBe("command.at");
      expect(fieldOf(() => wf.advance(t, at))).toBe("now");
      expect(fieldOf(() => wf.create({ at, actor: seller, id: "T", tenant: "store-9" }))).toBe(
        "command.at",
      );
    }
    for (const at of [Number.POSITIVE_INFINITY, Number.NaN, new Date(8.64e15 + 1)])
      expect(thrown(() => wf.apply(t, { type: "ask", at, actor: agent }))).toBeInstanceOf(
        InvalidArgumentError,
      );
  });
  it("a timer or SLA target that would end past the Date range is an OutOfRangeError", () => {
    const t = open(plain, 8.64e15 - 2 * H).ticket; // open has no timers
    const late = thrown(() => plain.apply(t, { type: "ask", at: 8.64e15 - H, actor: agent }));
    expect(late).toBeInstanceOf(OutOfRangeError);
    expect((late as PlazoError).field).toBe("command.at");
    const sla = thrown(() => open(wf, 8.64e15 - H)); // first_reply is due 4 hours later
    expect(sla).toBeInstanceOf(OutOfRangeError);
    expect((sla as PlazoError).field).toBe("command.at");
  });
  it("a repeating timer and a far `now` cannot run away", () => {
    const nag = defineWorkflow({
      initial: "open",
      statuses: {
        open: {
          category: "open",
          label: "Open",
          timers: [
            { name: "nag", every: { minutes: 1 }, clock: "wall", effects: [{ type: "notify" }] },
          ],
        },
        closed: { category: "closed", label: "Closed", final: true },
      },
      transitions: [{ event: "close", from: "open", to: "closed", roles: ["agent"] }],
    });
    const t = open(nag).ticket;
    expect(nag.advance(t, T0 + 24 * H).events).toHaveLength(24 * 60);
    const e = thrown(() => nag.advance(t, 8.64e15));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect((e as PlazoError).field).toBe("now");
  });
});

describe("5. replay normalises stored instants, refuses the rest, naming the event", () => {
  const live = () => {
    const c = open();
    const r = ok(wf.apply(c.ticket, { type: "ask", at: T0 + H, actor: agent }));
    return { events: [...c.events, ...r.events], ticket: r.ticket };
  };
  const { events, ticket } = live();
  const withAt = (i: number, at: unknown) => events.map((e, j) => (j === i ? { ...e, at } : e));
  it.each([
    ["without milliseconds", "2025-09-10T16:00:00Z"],
    ["with +00:00", "2025-09-10T16:00:00+00:00"],
    ["with -03:00", "2025-09-10T13:00:00-03:00"],
    ["with microseconds", "2025-09-10T16:00:00.000000Z"],
    ["as PostgreSQL's text", "2025-09-10 16:00:00+00"],
  ])("an instant %s replays as the live ticket, and the next apply at it is taken", (_, at) => {
    const stored = withAt(2, at);
    const t = wf.replay(stored as never);
    expect(t).toEqual(ticket);
    expect(t.updatedAt).toBe("2025-09-10T16:00:00.000Z");
    expect(ok(wf.apply(t, { type: "solve", at: T0 + H, actor: agent })).ticket.status).toBe(
      "solved",
    );
    expect(wf.sla?.fold(stored as never)).toEqual(ticket.sla);
  });
  it.each([
    ["without an offset", "2025-09-10T16:00:00", InvalidArgumentError],
    ["unparsable", "yesterday", InvalidArgumentError],
    ["an impossible date", "2025-02-30T16:00:00Z", InvalidArgumentError],
    ["a number", T0 + H, InvalidArgumentError],
    ["past the Date range", "+275760-09-13T00:00:00.001Z", OutOfRangeError],
    ["before the previous event", "2025-09-10T14:59:59.999Z", InvalidArgumentError],
  ])("an instant %s is refused naming events[2].at", (_, at, kind) => {
    for (const fold of [wf.replay, wf.sla?.fold] as ((e: unknown) => unknown)[]) {
      const e = thrown(() => fold(withAt(2, at)));
      expect(e).toBeInstanceOf(kind);
      expect((e as PlazoError).field).toBe("events[2].at");
    }
  });
  it("a created event must carry its ticket and tenant", () => {
    const [first, ...rest] = events as [TicketEvent & { ticket: object }, ...TicketEvent[]];
    const { tenant: _, ...noTenant } = first.ticket as { tenant: string };
    const cases: [unknown, string][] = [
      [{ ...first, ticket: undefined }, "events[0].ticket"],
      [{ ...first, ticket: noTenant }, "events[0].ticket.tenant"],
      [{ ...first, ticket: { ...first.ticket, category: "orders" } }, "events[0].ticket.category"],
      [{ ...first, actor: { role: "seller", id: "x" } }, "events[0].actor.role"],
    ];
    for (const [bad, field] of cases) {
      expect(fieldOf(() => wf.replay([bad, ...rest] as never))).toBe(field);
      expect(fieldOf(() => wf.sla?.fold([bad, ...rest] as never))).toBe(field);
    }
  });
  it("holes, non-events and wrong shapes name the event", () => {
    const holey: unknown[] = [events[0]];
    holey[2] = events[2]; // a hole at 1
    expect(fieldOf(() => wf.replay(holey as never))).toBe("events[1]");
    expect(fieldOf(() => wf.replay([events[0], { ...events[1], seq: 1n }] as never))).toBe(
      "events[1].seq",
    );
    expect(fieldOf(() => wf.replay([events[0], { ...events[1], version: 1.5 }] as never))).toBe(
      "events[1].version",
    );
    const tracker = wf.sla as NonNullable<typeof wf.sla>;
    expect(fieldOf(() => explainSla(tracker, withAt(1, "x") as never, "first_reply", T0))).toBe(
      "events[1].at",
    );
  });
  it("replay does not touch the stored events", () => {
    const stored = JSON.parse(JSON.stringify(withAt(2, "2025-09-10T16:00:00+00:00")));
    const copy = structuredClone(stored);
    wf.replay(stored);
    expect(stored).toEqual(copy);
  });
  it("holds for what PostgreSQL's jsonb hands back (PGlite)", async () => {
    const db = await PGlite.create();
    try {
      const { rows } = await db.query<{ body: TicketEvent; at: string }>(
        "SELECT $1::jsonb AS body, to_jsonb($2::timestamptz) #>> '{}' AS at",
        [JSON.stringify(events[2]), "2025-09-10 13:00:00-03"],
      );
      const row = rows[0] as { body: TicketEvent; at: string };
      expect(row.at).toBe("2025-09-10T16:00:00+00:00");
      expect(wf.replay([events[0], events[1], row.body] as never)).toEqual(ticket);
      expect(wf.replay([events[0], events[1], { ...row.body, at: row.at }] as never)).toEqual(
        ticket,
      );
    } finally {
      await db.close();
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------
// 6. The property: only PlazoError with a field, no hang, no mutation, no
// pollution, and the shared workflow answers the same before and after.

/** Values a hostile caller or a corrupted store hands over, with a cyclic command and actor. */
const hostile = hostileOf(
  [],
  [() => cyclic({ type: "comment", at: 0 }), () => nullProto({ role: "agent", id: "a", hours: 1 })],
);

/** Every path to a property of a plain-data value, up to `depth`. */
function pathsOf(v: unknown, depth = 6, prefix: (string | number)[] = []): (string | number)[][] {
  if (depth === 0 || typeof v !== "object" || v === null) return [];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return keys.flatMap((k) => [
    [...prefix, k],
    ...pathsOf((v as Record<string | number, unknown>)[k], depth - 1, [...prefix, k]),
  ]);
}
/** A copy of `v` with the value at `path` replaced (or, with `remove`, deleted). */
function replaced(
  v: unknown,
  path: readonly (string | number)[],
  x: unknown,
  remove: boolean,
): unknown {
  if (path.length === 0) return x;
  const [k, ...rest] = path as [string | number, ...(string | number)[]];
  const copy = (Array.isArray(v) ? [...v] : { ...(v as object) }) as Record<
    string | number,
    unknown
  >;
  if (remove && rest.length === 0) delete copy[k];
  else copy[k] = replaced(copy[k], rest, x, remove);
  return copy;
}
/** `base` with one hostile value anywhere inside it (or one property removed), frozen. */
function oneHostileInside(base: unknown): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  return fc
    .tuple(fc.integer({ min: 0, max: paths.length - 1 }), hostile, fc.boolean())
    .map(([i, x, remove]) =>
      deepFreeze(replaced(base, paths[i] as (string | number)[], x, remove)),
    );
}

// The shared reference state every fuzzed call goes through.
const story = (() => {
  const c = open();
  const steps: [string, Command<string>][] = [
    ["f", { type: "set_field", at: T0 + H / 2, actor: agent, field: "priority", value: "urgent" }],
    ["m", { type: "comment", at: T0 + H, actor: agent, body: "¿Pedido?" }],
    ["a", { type: "ask", at: T0 + 1.5 * H, actor: agent }],
    ["r", { type: "comment", at: T0 + 2 * H, actor: seller, body: "PO-1" }],
    ["s", { type: "solve", at: T0 + 3 * H, actor: agent }],
  ];
  let ticket = c.ticket;
  const events = [...c.events];
  const by: Record<string, Ticket> = {};
  for (const [name, cmd] of steps) {
    const r = ok(wf.apply(ticket, cmd as never));
    events.push(...r.events);
    ticket = r.ticket;
    by[name] = ticket;
  }
  return deepFreeze({ events, ticket, waiting: by.a as Ticket });
})();
const command = deepFreeze({
  type: "comment",
  at: T0 + 4 * H,
  actor: seller,
  body: "hola",
  attachments: [{ name: "a.pdf", size: 1, type: "application/pdf" }],
});
const createCommand = deepFreeze({
  at: T0,
  actor: seller,
  id: "T-9",
  tenant: "store-9",
  category: ["orders"],
  reference: "PO-1",
  channel: null,
  fields: { priority: "urgent" },
});
const sla = story.ticket.sla as NonNullable<Ticket["sla"]>;
const tracker = wf.sla as NonNullable<typeof wf.sla>;

/** Answers to a fixed set of questions: the same before and after the barrage. */
const reference = () =>
  JSON.stringify([
    wf.apply(story.ticket, command as Command<"comment">),
    wf.apply(story.waiting, { type: "ask", at: T0 + 5 * H, actor: agent }, { locale: "en" }),
    wf.create(createCommand as never),
    wf.due(story.waiting, T0 + 100 * H),
    wf.advance(story.ticket, T0 + 40 * H),
    wf.nextWakeUp(story.ticket),
    wf.deadlines(story.waiting),
    wf.replay(story.events),
    wf.toMermaid({ locale: "en" }),
    tracker.report(sla, T0 + 10 * H),
    tracker.fold(story.events),
    tracker.due(sla),
    explainSla(tracker, story.events, "resolution", T0 + 10 * H),
    estimateResolution(tracker, sla, T0 + 10 * H),
    estimateResolution(tracker, { priority: "urgent" }, T0),
    supportPortal.toMermaid(),
    REFUSAL_CODES,
  ]);

const valid = fc.constantFrom<unknown>(
  T0 + 4 * H,
  new Date(T0 + 4 * H),
  story.ticket,
  story.waiting,
  story.events,
  sla,
  command,
  createCommand,
  tracker,
  "resolution",
  "first_reply",
  deepFreeze({ locale: "en" }),
  policy,
  deepFreeze(wallDefinition),
  deepFreeze({ sla: policy }),
);
const inside = fc.oneof(
  oneHostileInside(story.ticket),
  oneHostileInside(story.waiting),
  oneHostileInside(story.events),
  oneHostileInside(command),
  oneHostileInside(createCommand),
  oneHostileInside(sla),
  oneHostileInside(wallDefinition),
  oneHostileInside(policy.definition),
  oneHostileInside({ sla: policy, guards: {} }),
);
const args = fc.array(fc.oneof(hostile, valid, inside), { minLength: 0, maxLength: 4 });

/** One argument: mostly valid, often valid with one hostile value inside, sometimes hostile. */
const arg = (...bases: unknown[]): fc.Arbitrary<unknown> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...bases.map((b) => deepFreeze(b))) },
    ...bases
      .filter((b) => pathsOf(b).length > 0)
      .map((b) => ({ weight: 4, arbitrary: oneHostileInside(b) })),
    { weight: 1, arbitrary: hostile },
  );
const view = {
  status: "open",
  category: ["orders"],
  channel: null,
  fields: { priority: "urgent" },
};
const slaEvent = story.events.find((e) => e.type === "comment") as TicketEvent;
const now = arg(T0 + 5 * H, new Date(T0 + 50 * H));
const ticketArg = arg(story.ticket, story.waiting);
/** Arguments in the positions each function reads them. */
const shapes: Record<string, fc.Arbitrary<unknown>[]> = {
  "workflow.defineWorkflow": [arg(wallDefinition), arg({ sla: policy }, { guards: {} })],
  "sla.defineSlaPolicy": [arg(policy.definition)],
  "sla.explainSla": [arg(tracker), arg(story.events), arg("resolution", "first_reply"), now],
  "sla.estimateResolution": [
    arg(tracker),
    arg(sla, { priority: "urgent", category: ["orders"], channel: null }),
    now,
  ],
  "wf.create": [arg(createCommand), arg({ locale: "pt-BR" })],
  "wf.apply": [
    ticketArg,
    arg(command, { type: "ask", at: T0 + 5 * H, actor: agent }),
    arg({ locale: "en" }),
  ],
  "wf.due": [ticketArg, now],
  "wf.advance": [ticketArg, now],
  "wf.nextWakeUp": [ticketArg],
  "wf.deadlines": [ticketArg],
  "wf.replay": [arg(story.events)],
  "wf.toMermaid": [arg({ locale: "en" })],
  "wf.sla.evolve": [arg(sla), arg(slaEvent), arg(view)],
  "wf.sla.fold": [arg(story.events)],
  "wf.sla.report": [arg(sla), now],
  "wf.sla.due": [arg(sla)],
  "wf.sla.next": [arg(sla)],
  "policy.track": [arg({ workflow: wallDefinition, previousSla: [policy] })],
};

const functions = (o: object): [string, (...a: unknown[]) => unknown][] =>
  Object.entries(o).filter(
    (e): e is [string, (...a: unknown[]) => unknown] =>
      typeof e[1] === "function" && !(e[1] === Error || e[1].prototype instanceof Error),
  );

describe("6. hostile values anywhere keep the error contract", () => {
  const before = reference();
  const protoKeys = prototypeKeys();
  const targets: [string, (...a: unknown[]) => unknown, unknown][] = (
    [
      ["workflow", workflowEntry, undefined],
      ["sla", slaEntry, undefined],
      ["wf", wf, wf],
      ["wf.sla", tracker, tracker],
      ["policy", policy, policy],
    ] as const
  ).flatMap(([prefix, o, self]) =>
    functions(o).map(([n, f]): [string, (...a: unknown[]) => unknown, unknown] => [
      `${prefix}.${n}`,
      f,
      self,
    ]),
  );

  it("covers every export and method", () => {
    expect(targets.map(([n]) => n)).toEqual(
      expect.arrayContaining([
        "workflow.defineWorkflow",
        "sla.defineSlaPolicy",
        "sla.explainSla",
        "sla.estimateResolution",
        "wf.create",
        "wf.apply",
        "wf.due",
        "wf.advance",
        "wf.nextWakeUp",
        "wf.deadlines",
        "wf.replay",
        "wf.toMermaid",
        "wf.sla.evolve",
        "wf.sla.fold",
        "wf.sla.report",
        "wf.sla.due",
        "wf.sla.next",
        "policy.track",
      ]),
    );
  });

  it("covers every export and method with arguments in position", () => {
    expect(Object.keys(shapes).sort()).toEqual(targets.map(([n]) => n).sort());
  });

  it.each(targets)("%s", (name, f, self) => {
    const positional = fc.tuple(...(shapes[name] ?? [])).chain((a) =>
      // Sometimes one argument fewer: an optional one left out, or a required one missing.
      fc.constantFrom(a, a.slice(0, -1)),
    );
    fc.assert(
      fc.property(fc.oneof(args, positional, positional), (a) => {
        const e = thrown(() => f.apply(self, a));
        if (!keepsContract(e)) throw new Error(`${name} threw ${describeThrown(e)}`);
        expect(prototypeKeys()).toBe(protoKeys);
        expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
      }),
      { seed: 17, numRuns: 300 },
    );
  });

  it("REFUSAL_CODES lists every code once", () => {
    expect(new Set(REFUSAL_CODES).size).toBe(REFUSAL_CODES.length);
    expect(REFUSAL_CODES).toContain("time_went_backwards");
  });

  it("the shared workflow answers the reference questions as before", () => {
    expect(reference()).toBe(before);
  });
});
