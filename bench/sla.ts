// npm run bench (fourth part): plazo/workflow apply with a three-metric SLA
// policy against the same workflow without one, on a ticket with 50 events,
// same commands, same run; then SLA status reports per second. Prints ops/s
// and the ratio; goals: >= 150k commands/s with the policy, >= 1M reports/s.
import { defineSlaPolicy } from "../src/sla/index.js";
import { type Actor, defineWorkflow, type Ticket } from "../src/workflow/index.js";
import { clOffice, supportPortalDefinition } from "../test/workflow/workflows.js";
import { opsPerSecond } from "./opsPerSecond.js";

const seller: Actor = { role: "requester", id: "u-1", tenant: "store-9" };
const agent: Actor = { role: "agent", id: "a-1" };
const HOUR = 3_600_000;

const policy = defineSlaPolicy({
  name: "support-portal",
  version: 1,
  priority: { values: ["low", "normal", "urgent"], default: "normal" },
  metrics: {
    first_reply: {
      targets: [{ priority: "urgent", within: { hours: 2 } }, { within: { hours: 8 } }],
      warnBefore: { hours: 1 },
    },
    next_reply: { targets: [{ within: { hours: 8 } }], warnBefore: { hours: 1 } },
    resolution: {
      targets: [
        { priority: "urgent", within: { hours: 24 }, clock: "wall" },
        { within: { businessDays: 5 } },
      ],
      warnBefore: { hours: 4 },
    },
  },
});
const plain = defineWorkflow(supportPortalDefinition, { calendar: clOffice });
const withSla = defineWorkflow(supportPortalDefinition, { calendar: clOffice, sla: policy });
type Wf = typeof plain;
type Cmd = Parameters<Wf["apply"]>[1];

/** A ticket with 50 events: created, 16 × (agent asks, requester replies), one more comment. */
function fifty(wf: Wf): { ticket: Ticket; now: number } {
  const t0 = Date.UTC(2025, 10, 3, 13);
  const created = wf.create({ at: t0, actor: seller, id: "T-1", tenant: "store-9" });
  if (!created.ok) throw new Error("create refused");
  let ticket: Ticket = created.ticket;
  let now = t0;
  const act = (command: Cmd) => {
    now += HOUR;
    const r = wf.apply(ticket, { ...command, at: now });
    if (!r.ok) throw new Error(`refused ${command.type}: ${r.error.code}`);
    ticket = r.ticket;
  };
  while (ticket.version < 48) {
    act({ type: "ask", actor: agent, at: 0 });
    act({ type: "comment", actor: seller, at: 0, body: "respuesta" });
  }
  while (ticket.version < 50) act({ type: "comment", actor: agent, at: 0, body: "nota" });
  return { ticket, now };
}

const a = fifty(plain);
const b = fifty(withSla);
const later = Math.max(a.now, b.now) + HOUR;
const commands: Cmd[] = [
  { type: "ask", actor: agent, at: later },
  { type: "solve", actor: agent, at: later },
  { type: "comment", actor: seller, at: later, body: "gracias" },
  { type: "ask", actor: seller, at: later }, // refused: a requester cannot ask
];
// Both must agree on every outcome.
for (const c of commands) {
  const x = plain.apply(a.ticket, c);
  const y = withSla.apply(b.ticket, c);
  if (x.ok !== y.ok || (x.ok && y.ok && x.ticket.status !== y.ticket.status))
    throw new Error(`disagree on ${c.type}`);
}

const without = opsPerSecond((i) => plain.apply(a.ticket, commands[i] as Cmd), commands.length);
const withPolicy = opsPerSecond(
  (i) => withSla.apply(b.ticket, commands[i] as Cmd),
  commands.length,
);
const tracker = withSla.sla;
const sla = b.ticket.sla;
if (tracker === undefined || sla === undefined) throw new Error("no SLA clocks");
const instants = Array.from({ length: 64 }, (_, i) => later + i * 37 * 60_000);
const reports = opsPerSecond((i) => tracker.report(sla, instants[i] as number), instants.length);

const row = (name: string, ops: number, unit: string) =>
  console.log(`${name.padEnd(44)} ${Math.round(ops).toLocaleString("en").padStart(10)} ${unit}`);
console.log(
  `\nSLA: R003 lifecycle, a ticket with ${b.ticket.version} events (${a.ticket.version} without the policy), 4 commands in rotation, median of 15 runs`,
);
row("wf.apply without a policy", without, "commands/s");
row("wf.apply with a three-metric policy", withPolicy, "commands/s");
console.log(
  `with the policy: ${(withPolicy / without).toFixed(2)}x the plain throughput; goal >= 150,000 commands/s: ${withPolicy >= 150_000 ? "met" : "MISSED"}`,
);
row("wf.sla.report(ticket.sla, now)", reports, "reports/s");
console.log(`goal >= 1,000,000 reports/s: ${reports >= 1_000_000 ? "met" : "MISSED"}`);
