// Issue 17, the SLA part: a ticket's SLA state, events and facts handed back
// by a host are checked where they enter plazo/sla; a malformed one is an
// InvalidArgumentError naming the field, never a TypeError. (The property
// over every export is in test/workflow/hostile.test.ts.)
import {
  defineSlaPolicy,
  estimateResolution,
  explainSla,
  InvalidArgumentError,
  type SlaMetricDefinition,
  type TicketSla,
} from "plazo/sla";
import { defineWorkflow, type Ticket, type WorkflowDefinition } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { fieldOf } from "../hostile/values.js";

const H = 3_600_000;
const T0 = Date.UTC(2025, 8, 10, 15);
const seller = { role: "requester", id: "u-1", tenant: "store-9" } as const;
const agent = { role: "agent", id: "a-1" } as const;

const definition = {
  initial: "open",
  statuses: {
    open: { category: "open", label: "Open" },
    solved: { category: "solved", label: "Solved", final: true },
  },
  transitions: [{ event: "solve", from: "open", to: "solved", roles: ["agent"] }],
} as const satisfies WorkflowDefinition;
const policy = defineSlaPolicy({
  name: "p",
  version: 1,
  priority: { values: ["normal", "urgent"], default: "normal" },
  metrics: {
    first_reply: { targets: [{ within: { hours: 4 } }], clock: "wall" },
    resolution: { targets: [{ within: { hours: 48 } }], clock: "wall" },
    // A custom metric named like a property every object inherits.
    ...Object.fromEntries([
      [
        "constructor",
        {
          targets: [{ within: { hours: 8 } }],
          clock: "wall",
          start: [{ on: "created" }],
          stop: [{ on: "status", enter: ["solved"] }],
        } satisfies SlaMetricDefinition,
      ],
    ]),
  },
});
const wf = defineWorkflow(definition, { sla: policy });
const tracker = wf.sla;
const created = wf.create({ at: T0, actor: seller, id: "T-1", tenant: "store-9" });
if (!created.ok) throw new Error("refused");
const ticket: Ticket = created.ticket;
const sla = ticket.sla as TicketSla;
const events = created.events;

describe("a ticket's SLA state from storage is checked", () => {
  const cycle = sla.metrics.first_reply?.[0];
  it.each([
    ["undefined", undefined, "sla"],
    ["null", null, "sla"],
    ["an unknown policy", { ...sla, policy: "other" }, "sla.policy"],
    ["a version as a string", { ...sla, version: "1" }, "sla.version"],
    ["a priority the policy does not have", { ...sla, priority: "zzz" }, "sla.priority"],
    ["a category that is not a path", { ...sla, category: "orders" }, "sla.category"],
    ["an unknown status category", { ...sla, status: "limbo" }, "sla.status"],
    ["metrics: []", { ...sla, metrics: [] }, "sla.metrics"],
    [
      "cycles that are not an array",
      { ...sla, metrics: { first_reply: {} } },
      "sla.metrics.first_reply",
    ],
    ["a null cycle", { ...sla, metrics: { first_reply: [null] } }, "sla.metrics.first_reply[0]"],
    [
      "a cycle since x",
      { ...sla, metrics: { first_reply: [{ ...cycle, since: "x" }] } },
      "sla.metrics.first_reply[0].since",
    ],
    [
      "a dueAt without an offset",
      { ...sla, metrics: { first_reply: [{ ...cycle, dueAt: "2025-09-10T19:00:00" }] } },
      "sla.metrics.first_reply[0].dueAt",
    ],
    [
      "elapsed NaN",
      { ...sla, metrics: { first_reply: [{ ...cycle, elapsed: Number.NaN }] } },
      "sla.metrics.first_reply[0].elapsed",
    ],
    [
      "a business cycle without a calendar",
      { ...sla, metrics: { first_reply: [{ ...cycle, clock: "business" }] } },
      "sla.metrics.first_reply[0].clock",
    ],
    [
      "a stopped cycle without stoppedAt",
      { ...sla, metrics: { first_reply: [{ ...cycle, run: "stopped" }] } },
      "sla.metrics.first_reply[0].stoppedAt",
    ],
  ])("%s", (_, bad, field) => {
    expect(fieldOf(() => tracker.report(bad as never, T0))).toBe(field);
    if (bad !== undefined) {
      expect(fieldOf(() => tracker.due(bad as never))).toBe(field);
      expect(fieldOf(() => tracker.next(bad as never))).toBe(field);
      expect(
        fieldOf(() =>
          tracker.evolve(bad as never, events[0] as never, {
            status: "open",
            category: [],
            channel: null,
            fields: {},
          }),
        ),
      ).toBe(field);
    }
    if (bad !== undefined && bad !== null)
      expect(fieldOf(() => estimateResolution(tracker, bad as never, T0))).toBe(
        field.replace(/^sla/, "ticket"),
      );
  });

  it("a metric named like an inherited property is read as the ticket's own", () => {
    const none = { ...sla, metrics: {} };
    const report = tracker.report(none, T0 + H);
    expect(report.metrics["constructor" as string]?.state).toBe("pending");
    expect(tracker.report(sla, T0 + H).metrics["constructor" as string]?.state).toBe("running");
    expect(explainSla(tracker, events, "toString", T0 + H)).toMatchObject({ cycle: -1 });
    expect(explainSla(tracker, events, "constructor", T0 + H).cycle).toBe(0);
    expect(fieldOf(() => explainSla(tracker, events, 1n as never, T0))).toBe("metric");
  });

  it("a metric or a priority field named __proto__ is refused at definition", () => {
    const metrics = JSON.parse(
      '{"__proto__": {"targets": [{"within": {"hours": 1}}], "start": [{"on": "created"}], "stop": [{"on": "created"}]}}',
    );
    expect(fieldOf(() => defineSlaPolicy({ name: "x", version: 1, metrics }))).toBe(
      "metrics.__proto__",
    );
    expect(
      fieldOf(() =>
        defineSlaPolicy({
          name: "x",
          version: 1,
          priority: { field: "__proto__", values: ["a"], default: "a" },
          metrics: { first_reply: { targets: [{ within: { hours: 1 } }] } },
        }),
      ),
    ).toBe("priority.field");
  });
});

describe("facts, views and events handed to the tracker are checked", () => {
  it("estimateResolution's new-ticket facts", () => {
    expect(fieldOf(() => estimateResolution(tracker, { category: "orders" } as never, T0))).toBe(
      "ticket.category",
    );
    expect(fieldOf(() => estimateResolution(tracker, { priority: 1n } as never, T0))).toBe(
      "ticket.priority",
    );
    expect(fieldOf(() => estimateResolution(tracker, { channel: {} } as never, T0))).toBe(
      "ticket.channel",
    );
    expect(
      fieldOf(() => estimateResolution(tracker, Object.create(null), Object.create(null))),
    ).toBe("at");
    expect(estimateResolution(tracker, { priority: "zzz" }, T0)).toEqual({
      at: "2025-09-12T15:00:00.000Z",
      basis: "new",
    });
  });

  it("evolve checks the event and the view; it writes instants canonically", () => {
    const view = { status: "open", category: [], channel: null, fields: {} };
    const comment = {
      seq: 3,
      type: "comment",
      at: "2025-09-10T13:00:00-03:00",
      actor: agent,
      visibility: "public",
      body: "x",
      attachments: [],
    };
    const next = tracker.evolve(sla, comment as never, view);
    expect(next?.metrics.first_reply?.[0]?.stoppedAt).toBe("2025-09-10T16:00:00.000Z");
    expect(fieldOf(() => tracker.evolve(sla, comment as never, null as never))).toBe("view");
    expect(fieldOf(() => tracker.evolve(sla, comment as never, { ...view, status: "limbo" }))).toBe(
      "view.status",
    );
    expect(fieldOf(() => tracker.evolve(sla, { ...comment, visibility: 1 } as never, view))).toBe(
      "event.visibility",
    );
    expect(
      fieldOf(() => tracker.evolve(sla, { ...comment, at: "2025-09-10T16:00:00" } as never, view)),
    ).toBe("event.at");
  });

  it("fold refuses a second created event and a status the workflow does not have", () => {
    const first = events[0] as (typeof events)[number];
    expect(fieldOf(() => tracker.fold([first, { ...first, seq: 2 }] as never))).toBe(
      "events[1].type",
    );
    const moved = {
      seq: 3,
      type: "status_changed",
      at: first.at,
      actor: agent,
      event: "solve",
      from: "open",
      to: "limbo",
    };
    expect(fieldOf(() => tracker.fold([...events, moved] as never))).toBe("events[2].to");
  });

  it("track's options name the field", () => {
    expect(fieldOf(() => policy.track({ workflow: { ...definition, initial: 1n } } as never))).toBe(
      "options.workflow.initial",
    );
    expect(fieldOf(() => policy.track({ workflow: definition, previousSla: [1n] } as never))).toBe(
      "options.previousSla[0]",
    );
    expect(() => policy.track(null as never)).toThrow(InvalidArgumentError);
  });
});
