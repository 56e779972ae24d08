// npm run demo: one seller ticket's life on a Chilean marketplace, driven by
// plazo/workflow and an SLA policy over Fiestas Patrias 2025. Every deadline
// is business time (rules R000-7 to R000-12, R001-4, R003-9 and R003-10).
import { createCalendar, wholeBusinessDays } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { defineSlaPolicy, estimateResolution } from "plazo/sla";
import { type Actor, type CommandOf, defineWorkflow, type Step, type Ticket } from "plazo/workflow";

const timeZone = "America/Santiago";
// "Días hábiles": whole days, Monday to Friday, without Chilean holidays.
const calendar = createCalendar({ timeZone, hours: wholeBusinessDays, holidays: { country: CL } });
const notify = (template: string) => ({ type: "notify", to: "requester", template }) as const;
// R000-9: an agent answers within 48 business hours; the resolution clock
// waits while the ticket waits on the seller (R000-10).
const sla = defineSlaPolicy({
  name: "seller-help",
  version: 1,
  metrics: {
    first_reply: { targets: [{ within: { hours: 48 } }], warnBefore: { hours: 8 } },
    resolution: { targets: [{ within: { businessDays: 10 } }] },
  },
});

const wf = defineWorkflow(
  {
    initial: "new",
    onCreate: [notify("confirmation")], // R000-7
    statuses: {
      new: { category: "new", label: "nuevo" },
      open: { category: "open", label: "abierto" },
      waiting: {
        category: "waiting_on_requester",
        label: "esperando al vendedor",
        timers: [
          // R000-10: 3 business days to answer, a reminder every business day.
          { name: "auto_close", after: { businessDays: 3 }, fire: "close_inactive" },
          { name: "reminder", every: { hours: 24 }, effects: [notify("reminder")] },
        ],
      },
      rejected: { category: "rejected", label: "rechazado" },
      solved: {
        category: "solved",
        label: "resuelto",
        onEnter: [{ type: "send_survey", to: "requester" }], // R003-10
        timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }], // R003-9
      },
      closed: {
        category: "closed",
        label: { es: "Cerrado", pt: "Fechado", en: "Closed" },
        final: true,
        onEnter: [notify("closed")],
      }, // R000-12
    },
    transitions: [
      { event: "request_info", from: ["new", "open"], to: "waiting", roles: ["agent"] },
      { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
      { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
      { event: "reject", from: ["new", "open"], to: "rejected", roles: ["agent"] },
      // R000-11: appeal by writing within 2 business days.
      {
        event: "comment",
        from: "rejected",
        to: "open",
        roles: ["requester"],
        window: { within: { businessDays: 2 } },
      },
      { event: "solve", from: ["new", "open"], to: "solved", roles: ["agent"] },
      // R003-9: a reply within 27 business hours reopens.
      {
        event: "comment",
        from: "solved",
        to: "open",
        roles: ["requester"],
        window: { within: { hours: 27 } },
      },
      { event: "close", from: ["solved", "rejected"], to: "closed", roles: ["system", "agent"] },
    ],
  },
  { calendar, sla },
);

const fmt = new Intl.DateTimeFormat("es-CL", {
  timeZone,
  weekday: "short",
  day: "2-digit",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
});
// A deadline at local midnight reads better as 23:59 of the day it ends.
const show = (at: string | Date) => {
  const ms = typeof at === "string" ? Date.parse(at) : at.getTime();
  return (fmt.format(ms).endsWith("00:00") ? fmt.format(ms - 60_000) : fmt.format(ms)).padEnd(22);
};
const seller: Actor = { role: "requester", id: "seller-77", tenant: "tienda-sur" };
const agent: Actor = { role: "agent", id: "agent-3" };
const events: Step["events"][number][] = [];

function print(step: Step, from: Ticket | undefined) {
  const lines: [string, string][] = [];
  for (const e of step.events) {
    if (e.type === "timer_fired") lines.push([e.at, `⏰ timer ${e.timer}`]);
    if (e.type === "status_changed")
      lines.push([e.at, `→ status ${e.to}${e.actor.role === "system" ? " (automatic)" : ""}`]);
  }
  for (const fx of step.effects)
    lines.push([
      fx.at,
      `✉  ${fx.type}${fx.template ? ` ${fx.template}` : ""}${fx.metric ? ` ${fx.metric}` : ""}${fx.to ? ` → ${fx.to}` : ""}`,
    ]);
  // Effects follow the event that caused them (a stable sort by time).
  for (const [at, text] of lines.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    console.log(`${show(at)}   ${text}`);
  if (step.deadlines.length > 0 && step.ticket.statusSince !== from?.statusSince)
    for (const d of step.deadlines) {
      // Tickets hold ISO strings; the calendar takes Dates or epoch ms.
      const since = Date.parse(step.ticket.statusSince);
      const skipped = calendar
        .explain(since, { milliseconds: calendar.between(since, Date.parse(d.at)) })
        .days.filter((day) => day.reason === "holiday")
        .map((day) => day.name);
      const what =
        d.kind === "window"
          ? `window for "${d.name}" closes`
          : d.kind === "timer"
            ? `${d.name}${d.fires ? ` → ${d.fires}` : ""}`
            : `SLA ${d.name} ${d.kind === "sla_warning" ? "warning" : "breach"}`;
      console.log(
        `${"".padEnd(22)}   ⏱  ${what.padEnd(34)} ${show(d.at)}${skipped.length ? `(skips ${skipped.join(", ")})` : ""}`,
      );
    }
  events.push(...step.events);
}
function act(ticket: Ticket, what: string, command: CommandOf<typeof wf>): Ticket {
  console.log(`\n${show(command.at as Date)} ${what}`);
  const r = wf.apply(ticket, command);
  if (!r.ok) {
    console.log(
      `${"".padEnd(22)}   ✖  refused: ${r.error.code}\n${"".padEnd(22)}      es: ${r.error.message}`,
    );
    const pt = wf.apply(ticket, command, { locale: "pt" });
    if (!pt.ok) console.log(`${"".padEnd(22)}      pt: ${pt.error.message}`);
    return ticket;
  }
  print(r, ticket);
  return r.ticket;
}

console.log(
  `plazo demo: seller ticket #1042 on a Chilean marketplace, ${timeZone}\n${"─".repeat(86)}`,
);
const opened = "2025-09-16T19:30:00Z";
console.log(`\n${show(opened)} Seller opens #1042 «No puedo subir la planilla de stock» (R000-5)`);
const created = wf.create({
  at: new Date(opened),
  actor: seller,
  id: "1042",
  tenant: "tienda-sur",
});
if (!created.ok) throw new Error(created.error.message);
print(created, undefined);
const estimate =
  wf.sla && created.ticket.sla && estimateResolution(wf.sla, created.ticket.sla, new Date(opened));
if (estimate)
  console.log(
    `${"".padEnd(22)}   ⌛ estimated resolution shown to the seller (R001-4): ${show(estimate.at).trim()}`,
  );
let t: Ticket = created.ticket;

t = act(t, "Agent answers, a public comment (R000-9: the first reply is in time)", {
  at: new Date("2025-09-17T14:00:00Z"),
  type: "comment",
  actor: agent,
  body: "¿Puede adjuntar la planilla que intentó subir?",
});
t = act(t, "Agent asks for the spreadsheet (R000-10)", {
  at: new Date("2025-09-17T14:00:00Z"),
  type: "request_info",
  actor: agent,
});
t = act(t, "Seller replies with the spreadsheet", {
  at: new Date("2025-09-23T13:10:00Z"),
  type: "comment",
  actor: seller,
  body: "Adjunto la planilla",
  attachments: [{ name: "stock.xlsx", size: 48_213, type: "application/vnd.ms-excel" }],
});
t = act(t, "Agent rejects: the template is outdated (R000-11)", {
  at: new Date("2025-09-23T20:45:00Z"),
  type: "reject",
  actor: agent,
});
t = act(t, "Seller appeals in the ticket's notes, in time", {
  at: new Date("2025-09-25T15:00:00Z"),
  type: "comment",
  actor: seller,
  body: "La plantilla es la vigente",
});
t = act(t, "Agent fixes the upload and solves (R003-9, R003-10)", {
  at: new Date("2025-09-26T20:00:00Z"),
  type: "solve",
  actor: agent,
});

const sweep = "2025-09-30T12:00:00Z";
console.log(
  `\n${show(sweep)} The host's scheduler wakes up (it was told: ${show(wf.nextWakeUp(t) as Date).trim()})`,
);
const swept = wf.advance(t, new Date(sweep));
print(swept, t);
t = swept.ticket;
t = act(t, "Seller tries to write again (R000-12)", {
  at: new Date("2025-09-30T13:00:00Z"),
  type: "comment",
  actor: seller,
  body: "¿Pueden reabrirlo?",
});

if (wf.sla && t.sla) {
  console.log(`\nSLA report at ${show(sweep).trim()} (wf.sla.report):`);
  for (const m of Object.values(wf.sla.report(t.sla, new Date(sweep)).metrics)) {
    const days = (ms: number) => `${(ms / 86_400_000).toFixed(2)} business days`;
    console.log(
      `  ${m.metric.padEnd(12)} ${m.state.padEnd(9)} after ${days(m.elapsed)}${m.paused ? `, ${days(m.paused)} paused waiting on the seller` : ""}`,
    );
  }
}

console.log(`\nThe workflow as a Mermaid diagram (wf.toMermaid()), first lines:`);
console.log(wf.toMermaid().split("\n").slice(0, 6).join("\n"));

const same = JSON.stringify(wf.replay(JSON.parse(JSON.stringify(events)))) === JSON.stringify(t);
console.log(
  `\nHistory: ${events.length} JSON events, version ${t.version}; replaying them gives the same ticket: ${same ? "yes" : "NO"}`,
);
if (!same) process.exitCode = 1;
