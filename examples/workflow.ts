// npm run example:workflow: the README's plazo/workflow walk-through, runnable.
// 003's support portal (R003-8 to R003-10) on a Chilean office-hours calendar.
import { createCalendar, officeHours } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { defineWorkflow, type TicketEvent } from "plazo/workflow";

const calendar = createCalendar({
  timeZone: "America/Santiago",
  hours: officeHours,
  holidays: { country: CL },
});
const label = (es: string, pt: string, en: string) => ({ es, pt, en });

const wf = defineWorkflow(
  {
    initial: "open",
    statuses: {
      open: { category: "open", label: label("Abierto", "Aberto", "Open") },
      awaiting: {
        category: "waiting_on_requester",
        label: label("Esperando respuesta", "Aguardando resposta", "Awaiting response"),
      },
      solved: {
        category: "solved",
        label: label("Resuelto", "Resolvido", "Solved"),
        comments: ["requester", "agent"],
        timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }], // R003-9
      },
      closed: { category: "closed", label: label("Cerrado", "Fechado", "Closed"), final: true },
    },
    transitions: [
      { event: "ask", from: "open", to: "awaiting", roles: ["agent"] },
      { event: "comment", from: "awaiting", to: "open", roles: ["requester"] },
      {
        event: "solve",
        from: ["open", "awaiting"],
        to: "solved",
        roles: ["agent", "requester"],
        effects: [{ type: "send_survey", to: "requester" }],
      },
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
  { calendar },
);

const seller = { role: "requester", id: "u-17", tenant: "store-9" } as const;
const agent = { role: "agent", id: "a-3" } as const;
const log: TicketEvent[] = [];

// 1. Open a ticket (Mon 15 Sep 2025, 10:00 in Santiago).
const created = wf.create({
  at: new Date("2025-09-15T13:00:00Z"),
  actor: seller,
  id: "S-1",
  tenant: "store-9",
});
if (!created.ok) throw new Error(created.error.message);
log.push(...created.events);

// 2. The agent solves it on Wed 17 Sep at 12:00: a survey goes out, and 27 office hours
//    later (skipping Fiestas Patrias and the weekend) it closes by itself.
const solved = wf.apply(created.ticket, {
  type: "solve",
  at: new Date("2025-09-17T15:00:00Z"),
  actor: agent,
});
if (!solved.ok) throw new Error(solved.error.message);
log.push(...solved.events);
console.log(
  "effects:",
  solved.effects.map((e) => `${e.type} → ${e.to}`),
);
console.log(
  "deadlines:",
  solved.deadlines.map((d) => `${d.kind} ${d.name} at ${d.at}`),
);
console.log("schedule one job at:", wf.nextWakeUp(solved.ticket)?.toISOString());

// 3. Another account's user cannot touch it; a refusal is a value with a code and a message.
const intruder = wf.apply(
  solved.ticket,
  {
    type: "comment",
    at: new Date("2025-09-22T12:00:00Z"),
    actor: { ...seller, tenant: "store-1" },
    body: "hola",
  },
  { locale: "en" },
);
if (!intruder.ok) console.log("refused:", intruder.error.code, "-", intruder.error.message);

// 4. The scheduler wakes at the deadline: advance fires the auto-close.
const swept = wf.advance(solved.ticket, new Date("2025-09-24T15:00:00Z"));
log.push(...swept.events);
console.log(
  "after the sweep:",
  swept.ticket.status,
  swept.events.map((e) => e.type),
);

// 5. Too late to reopen: R003-9.
const late = wf.apply(swept.ticket, {
  type: "comment",
  at: new Date("2025-09-24T16:00:00Z"),
  actor: seller,
  body: "¿Hola?",
});
if (!late.ok) console.log("refused:", late.error.code, "-", late.error.message);

// 6. The events are the history: store them as JSON, replay them into the same ticket.
const replayed = wf.replay(JSON.parse(JSON.stringify(log)));
console.log(
  `replay of ${log.length} events equals the live ticket:`,
  JSON.stringify(replayed) === JSON.stringify(swept.ticket),
);

// 7. Draw it: paste into any Mermaid viewer.
console.log(wf.toMermaid({ locale: "en" }));
