// A definition that cannot work is refused when defined, with the path of
// the mistake.
import { InvalidArgumentError } from "plazo";
import { defineWorkflow, type WorkflowDefinition, type WorkflowOptions } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { clOffice, everything, everythingDefinition, sellerHelpDefinition } from "./workflows.js";

const minimal = {
  initial: "open",
  statuses: {
    open: { category: "open", label: "Open" },
    closed: { category: "closed", label: "Closed", final: true },
  },
  transitions: [{ event: "close", from: "open", to: "closed", roles: ["agent"] }],
} satisfies WorkflowDefinition;

type Loose = Record<string, unknown>;
const withStatus = (name: string, status: Loose, transitions: Loose[] = []) => ({
  ...minimal,
  statuses: { ...minimal.statuses, [name]: status },
  transitions: [...minimal.transitions, ...transitions],
});

function thrown(def: unknown, options?: WorkflowOptions): InvalidArgumentError {
  try {
    defineWorkflow(def as WorkflowDefinition, options);
  } catch (e) {
    if (e instanceof InvalidArgumentError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("defineWorkflow accepts", () => {
  it("the presets and the feature workflow", () => {
    expect(defineWorkflow(minimal).definition).toBe(minimal);
    expect(defineWorkflow(sellerHelpDefinition, { calendar: clOffice }).definition.initial).toBe(
      "open",
    );
    expect(everything.definition).toBe(everythingDefinition);
  });
});

describe("defineWorkflow refuses, naming the path", () => {
  const waiting = (timers: Loose[]) =>
    withStatus("waiting", { category: "waiting_on_requester", label: "W", timers }, [
      { event: "wait", from: "open", to: "waiting", roles: ["agent"] },
      { event: "back", from: "waiting", to: "open", roles: ["requester", "system"] },
    ]);

  it.each([
    ["not an object", null, "definition", "expected a workflow definition"],
    [
      "an unknown top-level key",
      { ...minimal, states: {} },
      "definition.states",
      "unknown property",
    ],
    ["no statuses", { ...minimal, statuses: {} }, "statuses", "at least one status"],
    [
      "an unknown initial status",
      { ...minimal, initial: "nuevo" },
      "initial",
      'unknown status "nuevo"',
    ],
    [
      "a transition from an unknown status",
      {
        ...minimal,
        transitions: [
          { event: "close", from: ["open", "pending"], to: "closed", roles: ["agent"] },
        ],
      },
      "transitions[0].from[1]",
      'unknown status "pending"',
    ],
    [
      "a transition to an unknown status",
      { ...minimal, transitions: [{ event: "close", from: "open", to: "done", roles: ["agent"] }] },
      "transitions[0].to",
      'unknown status "done"',
    ],
    [
      "an unknown role",
      {
        ...minimal,
        transitions: [{ event: "close", from: "open", to: "closed", roles: ["customer"] }],
      },
      "transitions[0].roles[0]",
      'unknown role "customer"',
    ],
    [
      "a transition nobody may take",
      { ...minimal, transitions: [{ event: "close", from: "open", to: "closed", roles: [] }] },
      "transitions[0].roles",
      "non-empty array of roles",
    ],
    [
      "an unreachable status",
      withStatus("limbo", { category: "on_hold", label: "Limbo" }, [
        { event: "leave", from: "limbo", to: "open", roles: ["agent"] },
      ]),
      "statuses.limbo",
      "unreachable",
    ],
    [
      "a non-final status with no way out",
      withStatus("stuck", { category: "on_hold", label: "Stuck" }, [
        { event: "park", from: "open", to: "stuck", roles: ["agent"] },
        { event: "touch", from: "stuck", to: "stuck", roles: ["agent"] },
      ]),
      "statuses.stuck",
      "no transition to another status",
    ],
    [
      "a way out of a final status",
      {
        ...minimal,
        transitions: [
          ...minimal.transitions,
          { event: "reopen", from: "closed", to: "open", roles: ["requester"] },
        ],
      },
      "transitions[1].from",
      "absorbs everything",
    ],
    [
      "comments on a final status",
      {
        ...minimal,
        statuses: {
          ...minimal.statuses,
          closed: { ...minimal.statuses.closed, comments: ["agent"] },
        },
      },
      "statuses.closed.comments",
      "accepts no comments",
    ],
    [
      "an unknown category",
      withStatus("open", { category: "pending", label: "O" }),
      "statuses.open.category",
      "unknown category",
    ],
    [
      "a missing label",
      withStatus("open", { category: "open" }),
      "statuses.open.label",
      "non-empty string",
    ],
    [
      "a label without pt",
      withStatus("open", { category: "open", label: { es: "A", en: "O" } }),
      "statuses.open.label",
      "{ es, pt, en }",
    ],
    [
      "a timer firing an event no transition takes from its status",
      waiting([{ name: "t", after: { hours: 1 }, clock: "wall", fire: "close" }]),
      "statuses.waiting.timers[0].fire",
      'no transition from "waiting" takes "close" for the role "system"',
    ],
    [
      "a timer firing an event only people may trigger",
      withStatus(
        "waiting",
        {
          category: "waiting_on_requester",
          label: "W",
          timers: [{ name: "t", after: { hours: 1 }, clock: "wall", fire: "back" }],
        },
        [
          { event: "wait", from: "open", to: "waiting", roles: ["agent"] },
          { event: "back", from: "waiting", to: "open", roles: ["requester"] },
        ],
      ),
      "statuses.waiting.timers[0].fire",
      'for the role "system"',
    ],
    [
      "a timer with both after and every",
      waiting([
        { name: "t", after: { hours: 1 }, every: { hours: 1 }, clock: "wall", fire: "back" },
      ]),
      "statuses.waiting.timers[0]",
      "exactly one of after or every",
    ],
    [
      "a timer doing nothing",
      waiting([{ name: "t", after: { hours: 1 }, clock: "wall" }]),
      "statuses.waiting.timers[0]",
      "fire an event or emit effects",
    ],
    [
      "two timers with one name",
      waiting([
        { name: "t", after: { hours: 1 }, clock: "wall", fire: "back" },
        { name: "t", after: { hours: 2 }, clock: "wall", fire: "back" },
      ]),
      "statuses.waiting.timers[1].name",
      'another timer of "waiting" is named "t"',
    ],
    [
      "times without every",
      waiting([{ name: "t", after: { hours: 1 }, times: 2, clock: "wall", fire: "back" }]),
      "statuses.waiting.timers[0].times",
      "times goes with every",
    ],
    [
      "a zero span",
      waiting([{ name: "t", after: { hours: 0 }, clock: "wall", fire: "back" }]),
      "statuses.waiting.timers[0].after",
      "at least 1 millisecond",
    ],
    [
      "a negative span",
      waiting([{ name: "t", after: { hours: -2 }, clock: "wall", fire: "back" }]),
      "statuses.waiting.timers[0].after.hours",
      "finite number ≥ 0",
    ],
    [
      "an unknown unit",
      waiting([{ name: "t", after: { weeks: 1 }, clock: "wall", fire: "back" }]),
      "statuses.waiting.timers[0].after.weeks",
      "unknown property",
    ],
    [
      "business days on the wall clock",
      waiting([{ name: "t", after: { businessDays: 1 }, clock: "wall", fire: "back" }]),
      "statuses.waiting.timers[0].after",
      "business clock",
    ],
    [
      "fractional business days",
      waiting([{ name: "t", after: { businessDays: 1.5 }, clock: "wall", fire: "back" }]),
      "statuses.waiting.timers[0].after.businessDays",
      "whole number",
    ],
    [
      "a business timer without a calendar",
      waiting([{ name: "t", after: { hours: 1 }, fire: "back" }]),
      "statuses.waiting.timers[0].clock",
      "needs options.calendar",
    ],
    [
      "an unknown clock",
      waiting([{ name: "t", after: { hours: 1 }, clock: "office", fire: "back" }]),
      "statuses.waiting.timers[0].clock",
      '"business" or "wall"',
    ],
    [
      "a timer restarted by an unknown event",
      waiting([{ name: "t", after: { hours: 1 }, clock: "wall", from: "reply", fire: "back" }]),
      "statuses.waiting.timers[0].from",
      'unknown event "reply"',
    ],
    [
      "an effect without type",
      waiting([{ name: "t", after: { hours: 1 }, clock: "wall", effects: [{ to: "requester" }] }]),
      "statuses.waiting.timers[0].effects[0].type",
      "non-empty string",
    ],
    [
      "an effect for an unknown role",
      { ...minimal, onCreate: [{ type: "notify", to: "seller" }] },
      "onCreate[0].to",
      'unknown role "seller"',
    ],
    [
      "a duplicate transition",
      {
        ...minimal,
        transitions: [
          ...minimal.transitions,
          { event: "close", from: ["open"], to: "closed", roles: ["agent"] },
        ],
      },
      "transitions[1]",
      "duplicate: transitions[0] already takes",
    ],
    [
      "a transition shadowed for every role it lists",
      {
        ...minimal,
        transitions: [
          { event: "close", from: "open", to: "closed", roles: ["agent", "admin"] },
          {
            event: "close",
            from: "open",
            to: "closed",
            roles: ["admin"],
            effects: [{ type: "audit" }],
          },
        ],
      },
      "transitions[1]",
      "can never be taken",
    ],
    [
      "an unregistered guard",
      {
        ...minimal,
        transitions: [
          { event: "close", from: "open", to: "closed", roles: ["agent"], guards: ["isVip"] },
        ],
      },
      "transitions[0].guards[0]",
      'no guard named "isVip"',
    ],
    [
      "a window without a span",
      {
        ...minimal,
        transitions: [
          {
            event: "close",
            from: "open",
            to: "closed",
            roles: ["agent"],
            window: { clock: "wall" },
          },
        ],
      },
      "transitions[0].window.within",
      "expected a span",
    ],
    ["unknown editors", { ...minimal, editors: ["robot"] }, "editors[0]", 'unknown role "robot"'],
  ])("%s", (_, def, field, message) => {
    const e = thrown(def);
    expect(e.field).toBe(field);
    expect(e.message).toContain(message);
  });

  it("a guard that is not a function, in options", () => {
    const e = thrown(minimal, { guards: { isVip: "yes" as never } });
    expect(e.field).toBe("options.guards.isVip");
  });

  it("a calendar that is not one", () => {
    expect(thrown(minimal, { calendar: {} as never }).field).toBe("options.calendar");
  });

  it("accepts a later transition for the same event when the earlier one has a guard or a window", () => {
    const def = {
      ...minimal,
      transitions: [
        { event: "close", from: "open", to: "closed", roles: ["agent"], guards: ["ready"] },
        {
          event: "close",
          from: "open",
          to: "closed",
          roles: ["agent"],
          effects: [{ type: "audit" }],
        },
      ],
    } satisfies WorkflowDefinition;
    expect(() => defineWorkflow(def, { guards: { ready: () => true } })).not.toThrow();
  });
});

describe("toMermaid", () => {
  it("draws statuses, transitions with event and roles, final statuses and timers as dashed edges", () => {
    const text = everything.toMermaid({ locale: "en" });
    const lines = text.split("\n");
    expect(lines[0]).toBe("flowchart LR");
    expect(lines).toContain("  start__(( )) --> new");
    expect(lines).toContain('  closed((("Closed")))');
    expect(lines).toContain('  on_hold["On hold (on_hold)"]');
    expect(lines).toContain('  open -->|"hold (agent) [notUrgent]"| on_hold');
    expect(lines).toContain('  solved -->|"comment (requester) within 27h business"| open');
    expect(lines).toContain('  rejected -->|"appeal (requester) within 2d wall"| open');
    expect(lines).toContain(
      '  waiting -.->|"⏱ auto_close: after 3 business days → expire"| closed',
    );
    expect(lines).toContain('  waiting -.->|"⏱ reminder: every 1d wall → reminder"| waiting');
    expect(lines).toContain('  open -.->|"⏱ nudge_agent: every 4h business ×3 → notify"| open');
    // One edge per source status of each transition, one per timer.
    const edges = lines.filter((l) => / -(\.)?->\|/.test(l));
    const transitionEdges = everythingDefinition.transitions.reduce(
      (n, t) => n + (typeof t.from === "string" ? 1 : t.from.length),
      0,
    );
    const timers = Object.values(everythingDefinition.statuses).reduce(
      (n, s) => n + ("timers" in s ? s.timers.length : 0),
      0,
    );
    expect(edges).toHaveLength(transitionEdges + timers);
  });

  it("labels statuses in the chosen locale and gives unsafe names safe ids", () => {
    const def = {
      initial: "en curso",
      statuses: {
        "en curso": {
          category: "open",
          label: { es: "En curso", pt: "Em andamento", en: "In progress" },
        },
        end: {
          category: "closed",
          label: { es: 'Fin "total"', pt: "Fim", en: "End" },
          final: true,
        },
      },
      transitions: [{ event: "finish", from: "en curso", to: "end", roles: ["agent"] }],
    } satisfies WorkflowDefinition;
    const text = defineWorkflow(def).toMermaid({ locale: "pt" });
    expect(text).toContain('  s0["Em andamento (en curso)"]');
    expect(text).toContain('  s1((("Fim (end)")))');
    expect(text).toContain('  s0 -->|"finish (agent)"| s1');
    expect(defineWorkflow(def).toMermaid()).toContain('s1((("Fin #quot;total#quot; (end)")))');
  });
});
