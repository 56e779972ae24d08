// Bad SLA policy definitions and bad arguments: each throws
// InvalidArgumentError whose `field` names the offending path. And a policy
// definition is plain data: it survives JSON.
import { createCalendar, officeHours } from "plazo/calendar";
import {
  defineSlaPolicy,
  estimateResolution,
  explainSla,
  InvalidArgumentError,
  type SlaPolicyDefinition,
  type SlaTracker,
} from "plazo/sla";
import { defineWorkflow } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import {
  agent,
  at,
  clOffice,
  comment,
  event,
  H,
  helpdeskDefinition,
  metricAt,
  replyDefinitionV1,
  replyV1,
  resolutionDefinition,
  resolutionPolicy,
  seller,
  slaOf,
  story,
  trackerOf,
} from "./fixtures.js";

/** The `field` of the InvalidArgumentError `fn` throws. */
function fieldOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return (e as InvalidArgumentError).field;
  }
  throw new Error("expected an InvalidArgumentError, nothing was thrown");
}
const define = (def: unknown) => () => defineSlaPolicy(def as SlaPolicyDefinition);
const policy = (metrics: unknown, more: object = {}) =>
  define({ name: "support", version: 1, ...more, metrics });
const priorities = { priority: { values: ["normal", "urgent"], default: "normal" } };
const firstReply = (m: object) =>
  policy({ first_reply: { targets: [{ within: { hours: 48 } }], ...m } });
const custom = (m: object) =>
  policy({
    escalation: {
      targets: [{ within: { hours: 4 } }],
      start: [{ on: "created" }],
      stop: [{ on: "status", enter: ["solved"] }],
      ...m,
    },
  });

describe("a valid R000-9 policy is accepted", () => {
  it("defines and keeps its plain definition", () => {
    const p = defineSlaPolicy(replyDefinitionV1);
    expect(p.name).toBe("seller-help");
    expect(p.version).toBe(1);
    expect(p.definition).toBe(replyDefinitionV1);
  });
});

describe("bad policy definitions throw InvalidArgumentError naming the path", () => {
  it.each([
    // metrics
    [
      "an unknown metric with only targets (a typo)",
      policy({ frist_reply: { targets: [{ within: { hours: 48 } }] } }),
      "metrics.frist_reply",
    ],
    ["no metrics", policy({}), "metrics"],
    ["metrics not an object", policy([]), "metrics"],
    ["a metric not an object", policy({ first_reply: 48 }), "metrics.first_reply"],
    ["empty targets", policy({ first_reply: { targets: [] } }), "metrics.first_reply.targets"],
    [
      "targets not an array",
      policy({ first_reply: { targets: { within: { hours: 1 } } } }),
      "metrics.first_reply.targets",
    ],
    // pauseOn
    [
      "an unknown status category in pauseOn",
      policy({
        resolution: { targets: [{ within: { hours: 8 } }], pauseOn: ["on_hold", "paused"] },
      }),
      "metrics.resolution.pauseOn[1]",
    ],
    [
      "pauseOn a string",
      policy({ resolution: { targets: [{ within: { hours: 8 } }], pauseOn: "on_hold" } }),
      "metrics.resolution.pauseOn",
    ],
    [
      "a status name instead of a category in pauseOn",
      firstReply({ pauseOn: ["waiting"] }),
      "metrics.first_reply.pauseOn[0]",
    ],
    // priorities
    [
      "an unknown priority in a target",
      policy(
        {
          first_reply: {
            targets: [{ priority: "critical", within: { hours: 1 } }, { within: { hours: 48 } }],
          },
        },
        priorities,
      ),
      "metrics.first_reply.targets[0].priority",
    ],
    [
      "an unknown priority in a target's list",
      policy(
        {
          first_reply: {
            targets: [
              { priority: ["urgent", "p1"], within: { hours: 1 } },
              { within: { hours: 48 } },
            ],
          },
        },
        priorities,
      ),
      "metrics.first_reply.targets[0].priority",
    ],
    [
      "a target priority when the policy declares none",
      policy({
        first_reply: {
          targets: [{ priority: "urgent", within: { hours: 1 } }, { within: { hours: 48 } }],
        },
      }),
      "metrics.first_reply.targets[0].priority",
    ],
    [
      "a priority with no target and no default",
      policy(
        { first_reply: { targets: [{ priority: "urgent", within: { hours: 1 } }] } },
        priorities,
      ),
      "metrics.first_reply.targets",
    ],
    [
      "only a narrowed target, no default",
      policy({ first_reply: { targets: [{ channel: "email", within: { hours: 1 } }] } }),
      "metrics.first_reply.targets",
    ],
    [
      "a priority default outside its values",
      define({
        name: "s",
        version: 1,
        priority: { values: ["normal"], default: "low" },
        metrics: { first_reply: { targets: [{ within: { hours: 1 } }] } },
      }),
      "priority.default",
    ],
    [
      "empty priority values",
      define({
        name: "s",
        version: 1,
        priority: { values: [], default: "low" },
        metrics: { first_reply: { targets: [{ within: { hours: 1 } }] } },
      }),
      "priority.values",
    ],
    [
      "an empty priority field name",
      define({
        name: "s",
        version: 1,
        priority: { field: "", values: ["normal"], default: "normal" },
        metrics: { first_reply: { targets: [{ within: { hours: 1 } }] } },
      }),
      "priority.field",
    ],
    // durations
    [
      "a negative target",
      firstReplyTarget({ hours: -1 }),
      "metrics.first_reply.targets[0].within.hours",
    ],
    ["a zero target", firstReplyTarget({ hours: 0 }), "metrics.first_reply.targets[0].within"],
    ["an empty target", firstReplyTarget({}), "metrics.first_reply.targets[0].within"],
    [
      "a NaN target",
      firstReplyTarget({ minutes: Number.NaN }),
      "metrics.first_reply.targets[0].within.minutes",
    ],
    [
      "an infinite target",
      firstReplyTarget({ hours: Number.POSITIVE_INFINITY }),
      "metrics.first_reply.targets[0].within.hours",
    ],
    [
      "a target in a string",
      firstReplyTarget({ hours: "48" }),
      "metrics.first_reply.targets[0].within.hours",
    ],
    ["within not an object", firstReplyTarget(48), "metrics.first_reply.targets[0].within"],
    [
      "zero business days",
      firstReplyTarget({ businessDays: 0 }),
      "metrics.first_reply.targets[0].within.businessDays",
    ],
    [
      "fractional business days",
      firstReplyTarget({ businessDays: 1.5 }),
      "metrics.first_reply.targets[0].within.businessDays",
    ],
    [
      "business days mixed with hours",
      firstReplyTarget({ businessDays: 1, hours: 2 }),
      "metrics.first_reply.targets[0].within.hours",
    ],
    // warnBefore
    [
      "warnBefore equal to the target",
      policy({ first_reply: { targets: [{ within: { hours: 1 } }], warnBefore: { hours: 1 } } }),
      "metrics.first_reply.warnBefore",
    ],
    [
      "warnBefore above the shortest target",
      policy(
        {
          first_reply: {
            targets: [{ priority: "urgent", within: { hours: 1 } }, { within: { hours: 48 } }],
            warnBefore: { hours: 4 },
          },
        },
        priorities,
      ),
      "metrics.first_reply.warnBefore",
    ],
    [
      "a zero warnBefore",
      firstReply({ warnBefore: { minutes: 0 } }),
      "metrics.first_reply.warnBefore",
    ],
    [
      "warnBefore in days",
      firstReply({ warnBefore: { days: 1 } }),
      "metrics.first_reply.warnBefore.days",
    ],
    [
      "a negative warnBefore",
      firstReply({ warnBefore: { hours: -1 } }),
      "metrics.first_reply.warnBefore.hours",
    ],
    // target order
    [
      "a target after an unconditional default (unreachable)",
      policy(
        {
          first_reply: {
            targets: [{ within: { hours: 48 } }, { priority: "urgent", within: { hours: 1 } }],
          },
        },
        priorities,
      ),
      "metrics.first_reply.targets[1]",
    ],
    [
      "two defaults",
      policy({ first_reply: { targets: [{ within: { hours: 48 } }, { within: { hours: 24 } }] } }),
      "metrics.first_reply.targets[1]",
    ],
    // clocks
    [
      "businessDays on a wall-clock target",
      policy({ resolution: { targets: [{ within: { businessDays: 5 }, clock: "wall" }] } }),
      "metrics.resolution.targets[0].within",
    ],
    [
      "businessDays on a wall-clock metric",
      policy({ resolution: { clock: "wall", targets: [{ within: { businessDays: 5 } }] } }),
      "metrics.resolution.targets[0].within",
    ],
    ["an unknown metric clock", firstReply({ clock: "office" }), "metrics.first_reply.clock"],
    [
      "an unknown target clock",
      policy({ first_reply: { targets: [{ within: { hours: 1 }, clock: "24/7" }] } }),
      "metrics.first_reply.targets[0].clock",
    ],
    // target conditions
    [
      "a category that is not a path",
      policy({
        first_reply: {
          targets: [{ category: "orders", within: { hours: 1 } }, { within: { hours: 48 } }],
        },
      }),
      "metrics.first_reply.targets[0].category",
    ],
    [
      "an empty channel list",
      policy({
        first_reply: {
          targets: [{ channel: [], within: { hours: 1 } }, { within: { hours: 48 } }],
        },
      }),
      "metrics.first_reply.targets[0].channel",
    ],
    [
      "a target not an object",
      policy({ first_reply: { targets: ["48h"] } }),
      "metrics.first_reply.targets[0]",
    ],
    // unknown keys
    [
      "an unknown top-level key",
      define({
        name: "s",
        version: 1,
        owner: "ops",
        metrics: { first_reply: { targets: [{ within: { hours: 1 } }] } },
      }),
      "definition.owner",
    ],
    [
      "an unknown metric key (target for targets)",
      policy({
        first_reply: { target: [{ within: { hours: 1 } }], targets: [{ within: { hours: 1 } }] },
      }),
      "metrics.first_reply.target",
    ],
    [
      "an unknown target key",
      policy({ first_reply: { targets: [{ within: { hours: 1 }, hours: 2 }] } }),
      "metrics.first_reply.targets[0].hours",
    ],
    [
      "an unknown duration unit",
      firstReplyTarget({ weeks: 1 }),
      "metrics.first_reply.targets[0].within.weeks",
    ],
    [
      "an unknown priority key",
      define({
        name: "s",
        version: 1,
        priority: { levels: ["a"], values: ["a"], default: "a" },
        metrics: { first_reply: { targets: [{ within: { hours: 1 } }] } },
      }),
      "priority.levels",
    ],
    [
      "start and stop on a built-in metric",
      firstReply({ start: [{ on: "created" }] }),
      "metrics.first_reply.start",
    ],
    // onReopen
    [
      "onReopen on first_reply",
      firstReply({ onReopen: "new_cycle" }),
      "metrics.first_reply.onReopen",
    ],
    [
      "onReopen on next_reply",
      policy({ next_reply: { targets: [{ within: { hours: 2 } }], onReopen: "resume" } }),
      "metrics.next_reply.onReopen",
    ],
    ["onReopen on a custom metric", custom({ onReopen: "resume" }), "metrics.escalation.onReopen"],
    [
      "an unknown onReopen",
      policy({ resolution: { targets: [{ within: { hours: 8 } }], onReopen: "restart" } }),
      "metrics.resolution.onReopen",
    ],
    // custom metrics
    [
      "a custom metric without stop",
      policy({ escalation: { targets: [{ within: { hours: 4 } }], start: [{ on: "created" }] } }),
      "metrics.escalation.stop",
    ],
    ["a custom metric with empty start", custom({ start: [] }), "metrics.escalation.start"],
    [
      "an unknown condition",
      custom({ start: [{ on: "creation" }] }),
      "metrics.escalation.start[0].on",
    ],
    ["a condition not an object", custom({ stop: ["solved"] }), "metrics.escalation.stop[0]"],
    [
      "a status condition without enter or leave",
      custom({ stop: [{ on: "status" }] }),
      "metrics.escalation.stop[0]",
    ],
    [
      "an unknown category in a status condition",
      custom({ stop: [{ on: "status", enter: ["done"] }] }),
      "metrics.escalation.stop[0].enter[0]",
    ],
    [
      "an unknown role in a comment condition",
      custom({ stop: [{ on: "comment", roles: ["agent", "customer"] }] }),
      "metrics.escalation.stop[0].roles[1]",
    ],
    [
      "an unknown visibility",
      custom({ stop: [{ on: "comment", visibility: "private" }] }),
      "metrics.escalation.stop[0].visibility",
    ],
    [
      "an event condition without event name",
      custom({ start: [{ on: "event" }] }),
      "metrics.escalation.start[0].event",
    ],
    [
      "a field condition without field name",
      custom({ start: [{ on: "field", field: "" }] }),
      "metrics.escalation.start[0].field",
    ],
    [
      "a key of another condition kind",
      custom({ start: [{ on: "created", event: "escalate" }] }),
      "metrics.escalation.start[0].event",
    ],
    // name and version
    ["a non-integer version", define({ name: "s", version: 1.5, metrics: {} }), "version"],
    ["version 0", define({ name: "s", version: 0, metrics: {} }), "version"],
    ["a version in a string", define({ name: "s", version: "2", metrics: {} }), "version"],
    ["an empty name", define({ name: "", version: 1, metrics: {} }), "name"],
    ["not an object", define(null), "definition"],
  ])("%s", (_name, fn, field) => {
    expect(fieldOf(fn)).toBe(field);
  });
});

function firstReplyTarget(within: unknown) {
  return policy({ first_reply: { targets: [{ within }] } });
}

/** A workflow with no business-time timers or windows: it needs no calendar of its own. */
const plainDefinition = {
  initial: "open",
  statuses: {
    open: { category: "open", label: "Abierto" },
    solved: { category: "solved", label: "Resuelto" },
    closed: { category: "closed", label: "Cerrado", final: true },
  },
  transitions: [
    { event: "solve", from: "open", to: "solved", roles: ["agent"] },
    { event: "close", from: "solved", to: "closed", roles: ["agent"] },
  ],
} as const;

describe("bad workflow options for SLA", () => {
  it("a business-clock policy given to a workflow without calendar", () => {
    expect(fieldOf(() => defineWorkflow(plainDefinition, { sla: replyV1 }))).toBe(
      "options.calendar",
    );
    // A wall-clock policy needs no calendar.
    const wall = defineSlaPolicy({
      name: "wall",
      version: 1,
      metrics: { first_reply: { targets: [{ within: { hours: 4 } }], clock: "wall" } },
    });
    expect(defineWorkflow(plainDefinition, { sla: wall }).sla?.policy).toBe(wall);
  });

  it("a business-clock previous version without calendar", () => {
    const wall = defineSlaPolicy({
      name: "seller-help",
      version: 3,
      metrics: { first_reply: { targets: [{ within: { hours: 4 } }], clock: "wall" } },
    });
    // What is missing is the calendar; the message names options.previousSla[0].
    expect(
      fieldOf(() => defineWorkflow(plainDefinition, { sla: wall, previousSla: [replyV1] })),
    ).toBe("options.calendar");
    expect(() => defineWorkflow(plainDefinition, { sla: wall, previousSla: [replyV1] })).toThrow(
      /options\.previousSla\[0\]/,
    );
  });

  it("options.sla not a policy: a plain definition, an object, a string", () => {
    for (const sla of [replyDefinitionV1, {}, "seller-help", 1])
      expect(
        fieldOf(() =>
          defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: sla as never }),
        ),
      ).toBe("options.sla");
  });

  it("previousSla without sla, and a previous entry that is not a policy", () => {
    expect(fieldOf(() => defineWorkflow(plainDefinition, { previousSla: [replyV1] }))).toBe(
      "options.previousSla",
    );
    expect(
      fieldOf(() =>
        defineWorkflow(helpdeskDefinition, {
          calendar: clOffice,
          sla: replyV1,
          previousSla: [replyDefinitionV1 as never],
        }),
      ),
    ).toBe("options.previousSla[0]");
  });

  it("a transition named apply_sla clashes with the SLA command", () => {
    const def = {
      ...helpdeskDefinition,
      transitions: [
        ...helpdeskDefinition.transitions,
        { event: "apply_sla", from: "open", to: "on_hold", roles: ["admin"] },
      ],
    } as const;
    expect(fieldOf(() => defineWorkflow(def, { calendar: clOffice, sla: replyV1 }))).toBe(
      "transitions",
    );
    // Without an SLA policy the name is free.
    expect(() => defineWorkflow(def, { calendar: clOffice })).not.toThrow();
  });

  it("track: a calendar that is not one, an unknown initial status", () => {
    expect(
      fieldOf(() => replyV1.track({ calendar: {} as never, workflow: helpdeskDefinition })),
    ).toBe("options.calendar");
    expect(
      fieldOf(() =>
        replyV1.track({
          calendar: clOffice,
          workflow: { ...helpdeskDefinition, initial: "nuevo" },
        }),
      ),
    ).toBe("options.workflow.initial");
  });
});

describe("bad arguments to the tracker", () => {
  const sla = trackerOf(
    defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: resolutionPolicy }),
  );
  const s = story(
    defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: resolutionPolicy }),
    "2025-09-17T18:00:00Z",
  );

  it("an invalid now or facts.at", () => {
    expect(fieldOf(() => sla.report(slaOf(s.ticket), new Date("nope")))).toBe("now");
    expect(fieldOf(() => explainSla(sla, s.events, "resolution", "2025" as never))).toBe("now");
    expect(fieldOf(() => estimateResolution(sla, slaOf(s.ticket), Number.NaN))).toBe("at");
    expect(fieldOf(() => estimateResolution(sla, {}, "2025-09-17" as never))).toBe("at");
  });

  it("events that are not an array, or do not start with created", () => {
    expect(fieldOf(() => sla.fold("events" as never))).toBe("events");
    expect(
      fieldOf(() => explainSla(sla, {} as never, "resolution", at("2025-09-18T12:00:00Z"))),
    ).toBe("events");
    expect(
      fieldOf(() => explainSla(sla, s.events.slice(1), "resolution", at("2025-09-18T12:00:00Z"))),
    ).toBe("events[0].seq"); // checked like replay: numbered from 1, so the first is missing
    expect(fieldOf(() => sla.fold(s.events.slice(1)))).toBe("events[0].seq");
    const renumbered = s.events.slice(1).map((e, i) => ({ ...e, seq: i + 1 }));
    expect(fieldOf(() => sla.fold(renumbered))).toBe("events[0].type");
  });

  it("a tracker that is not one, a ticket that is not one", () => {
    const fake = { ...sla } as SlaTracker; // a copy is not a tracker plazo made
    const now = at("2025-09-18T12:00:00Z");
    expect(fieldOf(() => explainSla(fake, s.events, "resolution", now))).toBe("tracker");
    expect(fieldOf(() => estimateResolution(fake, {}, now))).toBe("tracker");
    expect(fieldOf(() => estimateResolution(sla, null as never, now))).toBe("ticket");
  });

  it("explaining a metric the policy does not have gives no segments", () => {
    const why = explainSla(sla, s.events, "first_reply", at("2025-09-18T12:00:00Z"));
    expect(why).toEqual({ metric: "first_reply", cycle: -1, segments: [], report: null });
  });
});

describe("a policy definition is plain data: it survives JSON", () => {
  it("JSON.parse(JSON.stringify(def)) is equal and gives an equal working policy", () => {
    for (const def of [replyDefinitionV1, resolutionDefinition]) {
      const copy = JSON.parse(JSON.stringify(def)) as SlaPolicyDefinition;
      expect(copy).toEqual(def);
      expect(defineSlaPolicy(copy).definition).toEqual(def);
    }
    // The copy runs the same clocks: R000-9, created Wed 17 Sep 2025 15:00 local, 48 business
    // hours, due Fri 26 Sep 18:00 local (21:00Z) on both.
    const copy = defineSlaPolicy(JSON.parse(JSON.stringify(replyDefinitionV1)));
    const wfA = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: replyV1 });
    const wfB = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: copy });
    const a = story(wfA, "2025-09-17T18:00:00Z");
    const b = story(wfB, "2025-09-17T18:00:00Z");
    for (const x of [a, b]) {
      x.run(comment(agent, "2025-09-22T13:00:00Z"));
      x.run(comment(seller, "2025-09-22T19:00:00Z"));
      x.run(event("ask", agent, "2025-09-23T12:30:00Z"));
    }
    expect(b.events).toEqual(a.events);
    expect(b.ticket).toEqual(a.ticket);
    expect(metricAt(wfB, b.ticket, "first_reply", "2025-09-23T15:00:00Z")).toEqual(
      metricAt(wfA, a.ticket, "first_reply", "2025-09-23T15:00:00Z"),
    );
    expect(metricAt(wfB, b.ticket, "next_reply", "2025-09-23T15:00:00Z").dueAt).toBe(
      "2025-09-22T21:00:00.000Z", // Mon 22 16:00 local + 2 h = the 18:00 close
    );
  });

  it("a JSON copy is not the same policy object: a ticket pinned by one is known to the other by name and version", () => {
    const copy = defineSlaPolicy(JSON.parse(JSON.stringify(replyDefinitionV1)));
    const wfA = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: replyV1 });
    const wfB = defineWorkflow(helpdeskDefinition, { calendar: clOffice, sla: copy });
    const a = story(wfA, "2025-09-17T18:00:00Z");
    expect(wfB.replay(a.events)).toEqual(a.ticket);
    expect(metricAt(wfB, a.ticket, "first_reply", "2025-09-17T18:00:00Z").target).toBe(48 * H);
  });

  it("a calendar built from JSON options runs the same deadlines", () => {
    const options = JSON.parse(
      JSON.stringify({ timeZone: "America/Santiago", hours: officeHours }),
    ) as Parameters<typeof createCalendar>[0];
    const noHolidays = createCalendar(options);
    const wf = defineWorkflow(helpdeskDefinition, { calendar: noHolidays, sla: replyV1 });
    // Without the Chilean table Thu 18 and Fri 19 Sep count: Wed 3 + Thu 9 + Fri 9 + Mon 9 +
    // Tue 9 + Wed 9 = 48 h -> due Wed 24 Sep 18:00 local (21:00Z), two days earlier.
    const s = story(wf, "2025-09-17T18:00:00Z");
    expect(metricAt(wf, s.ticket, "first_reply", "2025-09-17T18:00:00Z").dueAt).toBe(
      "2025-09-24T21:00:00.000Z",
    );
  });
});
