// Checks found missing while trying the workflow as a new user (issue 15):
// data on comments and field changes that take a transition, the path of a
// final status's way out, and unknown option keys.
import { InvalidArgumentError } from "plazo";
import { defineWorkflow, type WorkflowDefinition, type WorkflowOptions } from "plazo/workflow";
import { describe, expect, it } from "vitest";

const definition = {
  initial: "waiting",
  editors: ["requester", "agent"],
  statuses: {
    waiting: { category: "waiting_on_requester", label: "Waiting" },
    open: { category: "open", label: "Open" },
    closed: { category: "closed", label: "Closed", final: true },
  },
  transitions: [
    { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
    { event: "set_field", from: "waiting", to: "open", roles: ["requester"] },
    { event: "close", from: ["waiting", "open"], to: "closed", roles: ["agent"] },
  ],
} satisfies WorkflowDefinition;
const wf = defineWorkflow(definition);
const requester = { id: "s-1", role: "requester", tenant: "acme" } as const;
const creation = wf.create({
  at: Date.parse("2025-09-17T12:00:00Z"),
  actor: requester,
  id: "t-1",
  tenant: "acme",
});
if (!creation.ok) throw new Error(creation.error.code);
const created = creation;

function thrown(run: () => unknown): InvalidArgumentError {
  try {
    run();
  } catch (e) {
    if (e instanceof InvalidArgumentError) return e;
    throw e;
  }
  throw new Error("no error");
}

describe("data on a comment or a field change that takes a transition", () => {
  const comment = {
    type: "comment",
    at: Date.parse("2025-09-17T13:00:00Z"),
    actor: requester,
    body: "hi",
  };
  const field = {
    type: "set_field",
    at: Date.parse("2025-09-17T13:00:00Z"),
    actor: requester,
    field: "reference",
    value: "PO-1",
  };

  it.each([
    ["a comment", comment],
    ["a field change", field],
  ])("%s: valid data goes into status_changed and replays", (_, cmd) => {
    const r = wf.apply(created.ticket, { ...cmd, data: { note: "from the portal" } } as never);
    if (!r.ok) throw new Error(r.error.code);
    const changed = r.events.find((e) => e.type === "status_changed");
    expect(changed).toMatchObject({ to: "open", data: { note: "from the portal" } });
    expect(wf.replay([...created.events, ...r.events])).toEqual(r.ticket);
  });

  it.each([
    ["a comment, data not an object", { ...comment, data: "x" }],
    ["a comment, data not JSON", { ...comment, data: { n: Number.NaN } }],
    ["a field change, data not an object", { ...field, data: [1] }],
    ["a field change, data not JSON", { ...field, data: { f: () => 1 } }],
  ])("%s: refused naming command.data, before anything is recorded", (_, cmd) => {
    const e = thrown(() => wf.apply(created.ticket, cmd as never));
    expect(e.field).toMatch(/^command\.data/);
  });
});

describe("a final status with a way out names the status in transitions[i].from[j]", () => {
  it.each([
    ["an array", ["open", "closed"], "transitions[1].from[1]"],
    ["a string", "closed", "transitions[1].from"],
  ])("from as %s", (_, from, path) => {
    const def = {
      ...definition,
      transitions: [
        { event: "close", from: "open", to: "closed", roles: ["agent"] },
        { event: "reopen", from, to: "open", roles: ["agent"] },
        { event: "answer", from: "waiting", to: "open", roles: ["requester"] },
      ],
    };
    const e = thrown(() => defineWorkflow(def as WorkflowDefinition));
    expect(e.field).toBe(path);
    expect(e.message).toContain('"closed" is final');
  });
});

describe("workflow options", () => {
  it("an unknown key is refused, naming it and the nearest known key", () => {
    const e = thrown(() =>
      defineWorkflow(definition, { calender: {} } as unknown as WorkflowOptions),
    );
    expect(e.field).toBe("options.calender");
    expect(e.message).toContain('did you mean "calendar"');
    expect(e.message).toContain("sla");
    expect(e.message).toContain("previousSla");
  });

  it("a non-object names every option", () => {
    const e = thrown(() => defineWorkflow(definition, 7 as unknown as WorkflowOptions));
    expect(e.field).toBe("options");
    expect(e.message).toContain("calendar?, guards?, sla?, previousSla?");
  });
});
