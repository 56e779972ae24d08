// npm run example:sla: the docs/sla.md walk-through, runnable. 003's support
// portal (R003-4, R003-8, R003-9) with an SLA policy on a Chilean
// office-hours calendar, over Fiestas Patrias 2025 (R000-9, R001-4).
import { createCalendar, officeHours } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { defineSlaPolicy, estimateResolution, explainSla, type SlaReport } from "plazo/sla";
import { defineWorkflow, type Step, type Ticket, type TicketEvent } from "plazo/workflow";

const timeZone = "America/Santiago";
const calendar = createCalendar({ timeZone, hours: officeHours, holidays: { country: CL } });

const policy = defineSlaPolicy({
  name: "support-portal",
  version: 1,
  priority: { field: "priority", values: ["normal", "urgent"], default: "normal" }, // R003-4
  metrics: {
    first_reply: { targets: [{ within: { hours: 48 } }], warnBefore: { hours: 4 } }, // R000-9
    next_reply: {
      targets: [{ priority: "urgent", within: { hours: 2 } }, { within: { hours: 8 } }],
    },
    resolution: {
      targets: [
        { priority: "urgent", within: { hours: 24 }, clock: "wall" }, // 24/7 once urgent
        { within: { businessDays: 5 } },
      ],
      warnBefore: { hours: 4 },
    },
  },
});

const wf = defineWorkflow(
  {
    initial: "open",
    statuses: {
      open: { category: "open", label: "Abierto" },
      awaiting: { category: "waiting_on_requester", label: "Esperando respuesta" },
      solved: {
        category: "solved",
        label: "Resuelto",
        comments: ["requester", "agent"],
        timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }], // R003-9
      },
      closed: { category: "closed", label: "Cerrado", final: true },
    },
    transitions: [
      { event: "ask", from: "open", to: "awaiting", roles: ["agent"] },
      { event: "comment", from: "awaiting", to: "open", roles: ["requester"] },
      { event: "solve", from: ["open", "awaiting"], to: "solved", roles: ["agent"] },
      {
        event: "comment",
        from: "solved",
        to: "open",
        roles: ["requester"],
        window: { within: { hours: 27 } },
      },
      { event: "close", from: "solved", to: "closed", roles: ["system"] },
    ],
  },
  { calendar, sla: policy },
);
const tracker = wf.sla;
if (tracker === undefined) throw new Error("the workflow has no SLA tracker");

const fmt = new Intl.DateTimeFormat("en-GB", {
  timeZone,
  weekday: "short",
  day: "2-digit",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
const show = (at: string | null) => (at === null ? "—" : fmt.format(Date.parse(at)));
const hours = (ms: number | null) => (ms === null ? "—" : `${(ms / 3_600_000).toFixed(1)} h`);
const seller = { role: "requester", id: "u-17", tenant: "store-9" } as const;
const agent = { role: "agent", id: "a-3" } as const;
const log: TicketEvent[] = [];

function report(r: SlaReport, title: string) {
  console.log(`  ${title}`);
  for (const m of Object.values(r.metrics))
    console.log(
      `    ${m.metric.padEnd(12)} ${m.state.padEnd(9)} elapsed ${hours(m.elapsed).padStart(7)}  left ${hours(m.remaining).padStart(7)}  due ${show(m.dueAt).padEnd(18)} breach ${show(m.breachedAt)}`,
    );
}
function take(step: Step | { ok: false; error: { code: string } }, what: string): Ticket {
  if (!step.ok) throw new Error(`${what}: ${step.error.code}`);
  log.push(...step.events);
  const sla = step.events.filter((e) => e.type.startsWith("sla_") && e.type !== "sla_applied");
  for (const e of sla)
    if (e.type === "sla_warning" || e.type === "sla_breached")
      console.log(`  ! ${e.type} ${e.metric} at ${show(e.at)}`);
  return step.ticket;
}
const at = (iso: string) => new Date(iso);

// 1. Wed 17 Sep 2025 15:00: a seller opens a ticket, the eve of Fiestas Patrias.
console.log("Wed 17 Sep 15:00 — a seller opens T-1 (R000-9: first reply within 48 business hours)");
let t = take(
  wf.create({ at: at("2025-09-17T18:00:00Z"), actor: seller, id: "T-1", tenant: "store-9" }),
  "create",
);
report(tracker.report(t.sla ?? fail(), at("2025-09-17T18:00:00Z")), "at creation:");
const estimate = estimateResolution(tracker, t.sla ?? fail(), at("2025-09-17T18:00:00Z"));
console.log(`  R001-4 estimated resolution shown to the seller: ${show(estimate?.at ?? null)}`);

// 2. The host schedules one job per ticket, at nextWakeUp: here the first-reply warning.
const wake = wf.nextWakeUp(t)?.toISOString() ?? null;
console.log(`  the host schedules its next sweep at ${show(wake)} (wf.nextWakeUp)`);

// 3. Mon 22 Sep 10:00: the agent replies publicly and asks for details.
console.log("\nMon 22 Sep 10:00 — the agent replies and asks for the order number");
t = take(
  wf.apply(t, {
    type: "comment",
    at: at("2025-09-22T13:00:00Z"),
    actor: agent,
    body: "¿Nos indica el pedido?",
  }),
  "reply",
);
t = take(wf.apply(t, { type: "ask", at: at("2025-09-22T13:00:00Z"), actor: agent }), "ask");
report(tracker.report(t.sla ?? fail(), at("2025-09-22T13:00:00Z")), "after the reply:");

// 4. Fri 26 Sep 17:30: the seller answers; the resolution clock resumes.
console.log("\nFri 26 Sep 17:30 — the seller answers (the resolution clock was paused)");
t = take(
  wf.apply(t, { type: "comment", at: at("2025-09-26T20:30:00Z"), actor: seller, body: "PO-88" }),
  "answer",
);
report(tracker.report(t.sla ?? fail(), at("2025-09-26T20:30:00Z")), "after the answer:");

// 5. The agent raises the priority to urgent (R003-4): new targets, elapsed kept.
console.log(
  "\nFri 26 Sep 17:45 — the agent marks it urgent: 2 h next reply, 24 h wall-clock resolution",
);
t = take(
  wf.apply(t, {
    type: "set_field",
    at: at("2025-09-26T20:45:00Z"),
    actor: agent,
    field: "priority",
    value: "urgent",
  }),
  "priority",
);
report(tracker.report(t.sla ?? fail(), at("2025-09-26T20:45:00Z")), "re-targeted:");

// 6. Nobody answers over the weekend. A sweep on Sunday: the 24/7 resolution
// target has run through Saturday; the next reply counts business hours only.
console.log("\nSun 28 Sep 12:00 — a sweep (the host's job, at any time)");
t = take(wf.advance(t, at("2025-09-28T15:00:00Z")), "sweep");
console.log(`  next wake-up: ${show(wf.nextWakeUp(t)?.toISOString() ?? null)}`);
console.log(
  "\nMon 29 Sep 11:00 — the next sweep: the next reply breached at 10:30, in business time",
);
t = take(wf.advance(t, at("2025-09-29T14:00:00Z")), "sweep");

// 7. Why is the resolution deadline where it is?
const now = at("2025-09-29T14:00:00Z");
console.log("\nWhy (explainSla, resolution):");
for (const s of explainSla(tracker, log, "resolution", now).segments) {
  const closed = (s.days ?? [])
    .filter((d) => d.reason !== undefined)
    .map((d) => `${d.date} ${d.name ?? d.reason}`);
  console.log(
    `  ${show(s.from)} → ${show(s.to)}  ${s.run.padEnd(7)} ${s.status.padEnd(9)} counted ${hours(s.counted).padStart(7)}${s.paused ? `, paused ${hours(s.paused)}` : ""}${closed.length ? `  closed: ${closed.join(", ")}` : ""}`,
  );
}
report(tracker.report(t.sla ?? fail(), now), "Mon 29 Sep 11:00:");

// 8. The history replays to the same ticket, and a reporting job gets the same clocks.
const json: TicketEvent[] = JSON.parse(JSON.stringify(log));
const replayed = JSON.stringify(wf.replay(json)) === JSON.stringify(t);
const folded = JSON.stringify(tracker.fold(json)) === JSON.stringify(t.sla);
console.log(
  `\n${log.length} events; replay equals live: ${replayed ? "yes" : "NO"}; fold(events) equals ticket.sla: ${folded ? "yes" : "NO"}`,
);
if (!replayed || !folded) process.exitCode = 1;

function fail(): never {
  throw new Error("unexpected: no SLA state");
}
