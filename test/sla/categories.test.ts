// Entering or leaving a status category means changing category: a move
// between two statuses of the same category starts, stops or pauses nothing,
// whether or not the policy has custom metrics (whose conditions are
// evaluated on every event).
import { defineSlaPolicy, type SlaPolicyDefinition } from "plazo/sla";
import { defineWorkflow } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { agent, at, clOffice, H, seller } from "./fixtures.js";

const definition = {
  initial: "open",
  statuses: {
    open: { category: "open", label: "Abierto" },
    solved: { category: "solved", label: "Resuelto" },
    verified: { category: "solved", label: "Verificado" },
    closed: { category: "closed", label: "Cerrado", final: true },
  },
  transitions: [
    { event: "solve", from: "open", to: "solved", roles: ["agent"] },
    { event: "verify", from: "solved", to: "verified", roles: ["agent"] },
    { event: "comment", from: "verified", to: "open", roles: ["requester"] },
    { event: "close", from: ["solved", "verified"], to: "closed", roles: ["agent"] },
  ],
} as const;

const metrics: SlaPolicyDefinition["metrics"] = {
  first_reply: { targets: [{ within: { hours: 8 } }] },
  next_reply: { targets: [{ within: { hours: 8 } }] },
  resolution: { targets: [{ within: { hours: 16 } }] },
};
const custom: SlaPolicyDefinition["metrics"] = {
  ...metrics,
  // Counts from each solve until the ticket is verified or reopened.
  verification: {
    targets: [{ within: { hours: 4 } }],
    start: [{ on: "status", enter: ["solved"] }],
    stop: [
      { on: "event", event: "verify" },
      { on: "status", leave: ["solved"] },
    ],
  },
};

describe.each([
  ["built-in metrics only", metrics],
  ["with a custom metric", custom],
])("a move within one category (%s)", (_name, m) => {
  const wf = defineWorkflow(definition, {
    calendar: clOffice,
    sla: defineSlaPolicy({ name: "p", version: 1, metrics: m }),
  });
  // Mon 22 Sep 2025 10:00 local (13:00Z): opened, answered at 11:00, solved at 12:00; the
  // requester writes while solved at 12:30 (no reopen from solved: a next reply starts);
  // verified at 13:00; report at 15:00 local.
  it("solved -> verified neither reopens resolution nor stops a next reply started while solved", () => {
    let t = ok(
      wf.create({ at: at("2025-09-22T13:00:00Z"), actor: seller, id: "T", tenant: "store-9" }),
    );
    t = ok(
      wf.apply(t, { type: "comment", at: at("2025-09-22T14:00:00Z"), actor: agent, body: "a" }),
    );
    t = ok(wf.apply(t, { type: "solve", at: at("2025-09-22T15:00:00Z"), actor: agent }));
    t = ok(
      wf.apply(t, { type: "comment", at: at("2025-09-22T15:30:00Z"), actor: seller, body: "b" }),
    );
    t = ok(wf.apply(t, { type: "verify", at: at("2025-09-22T16:00:00Z"), actor: agent }));
    const r = wf.sla.report(t.sla ?? fail(), at("2025-09-22T18:00:00Z")).metrics;
    // resolution stopped at the solve (2 h), and the move to verified did not resume it.
    expect([r.resolution?.state, r.resolution?.elapsed, r.resolution?.cycles.length]).toEqual([
      "met",
      2 * H,
      1,
    ]);
    // The next reply started at 12:30 runs on through the move to verified: 2.5 h at 15:00.
    expect([r.next_reply?.state, r.next_reply?.elapsed]).toEqual(["running", 2.5 * H]);
    if (r.verification !== undefined)
      expect([r.verification.state, r.verification.elapsed]).toEqual(["met", 1 * H]);
  });
});

function ok<T>(r: { ok: true; ticket: T } | { ok: false }): T {
  if (!r.ok) throw new Error("refused");
  return r.ticket;
}
function fail(): never {
  throw new Error("no SLA state");
}
