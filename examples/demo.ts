// npm run demo: one seller ticket's life on the retail marketplace preset
// (platform 000, Chile), through plazo/desk and its memory store, across
// Fiestas Patrias 2025 (Thu 18 and Fri 19 September are holidays). Every
// deadline is business time; every line cites the rule it shows.
import { createDesk } from "plazo/desk";
import { definePreset, retailMarketplaceCL } from "plazo/presets";
import type { Command, Deadline, Effect, Step, Ticket } from "plazo/workflow";

const preset = definePreset(retailMarketplaceCL);
const desk = createDesk({ preset });
const { calendar } = preset;
const timeZone = calendar.timeZone;
const tenant = "tienda-sur";
const seller = { role: "requester", id: "seller-77", tenant } as const;
const agent = { role: "agent", id: "agent-3" } as const;
const pad = "".padEnd(22);

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
const santiago = (local: string) => new Date(`${local}-03:00`);

function printEffects(effects: readonly Effect[], ticket: Ticket) {
  for (const fx of effects) {
    const mail = preset.render(fx, ticket);
    const what = mail ? `«${mail.subject}»` : `${fx.type}${fx.metric ? ` ${fx.metric}` : ""}`;
    console.log(`${show(fx.at)}   ✉  to the ${fx.to ?? "host"}: ${what}`);
  }
}

function printDeadlines(deadlines: readonly Deadline[], since: string) {
  for (const d of deadlines) {
    if (d.kind === "sla_warning") continue;
    // Which holidays the span skips, from the calendar's own explanation.
    const from = Date.parse(since);
    const skipped = calendar
      .explain(from, { milliseconds: calendar.between(from, Date.parse(d.at)) })
      .days.filter((day) => day.reason === "holiday")
      .map((day) => day.name);
    const what =
      d.kind === "window"
        ? `the seller may appeal until`
        : d.kind === "timer"
          ? `${d.name}${d.fires ? ` → ${d.fires}` : ""}`
          : `SLA ${d.name} due`;
    const skips = skipped.length ? ` (skips ${[...new Set(skipped)].join(", ")})` : "";
    console.log(`${pad}   ⏱  ${what.padEnd(30)} ${show(d.at).trim()}${skips}`);
  }
}

/** A status's label in Spanish, the preset's locale. */
function labelOf(status: string): string {
  const label = (preset.definition.workflow.statuses as Record<string, { label: unknown }>)[status]
    ?.label;
  return typeof label === "string" ? label : ((label as { es?: string } | undefined)?.es ?? status);
}

function printStep(step: Step, from?: Ticket) {
  for (const e of step.events)
    if (e.type === "timer_fired") console.log(`${show(e.at)}   ⏰ ${e.timer}`);
    else if (e.type === "status_changed") console.log(`${show(e.at)}   → ${labelOf(e.to)}`);
  printEffects(step.effects, step.ticket);
  if (step.ticket.statusSince !== from?.statusSince)
    printDeadlines(step.deadlines, step.ticket.statusSince);
}

/**
 * The host's scheduler: it sleeps until the ticket's next wake-up
 * (`workflow.nextWakeUp`, kept by the store) and sweeps then, so every timer
 * fires at its own instant, before the next action.
 */
async function scheduler(until: Date) {
  for (;;) {
    const loaded = await desk.store.load(tenant, "1042");
    const wake = loaded.ok ? preset.workflow.nextWakeUp(loaded.ticket) : null;
    if (wake === null || wake > until) return;
    const { steps } = await desk.sweep({ now: wake });
    if (steps.length === 0) return;
    console.log(`\n${show(wake)} The host's sweeper wakes up (desk.sweep)`);
    for (const step of steps) printStep(step, loaded.ok ? loaded.ticket : undefined);
  }
}

async function act(local: string, what: string, command: Record<string, unknown>) {
  const at = santiago(local);
  await scheduler(at);
  console.log(`\n${show(at)} ${what}`);
  const before = await desk.store.load(tenant, "1042");
  const r = await desk.act({ tenant, id: "1042", command: { ...command, at } as Command });
  if (!r.ok) {
    const reason = "error" in r ? r.error.message : r.code;
    console.log(`${pad}   ✖  refused: ${reason}`);
    return;
  }
  printStep(r.step, before.ok ? before.ticket : undefined);
}

console.log(`plazo demo: the retail marketplace preset (${preset.definition.name}), ${timeZone}`);
console.log("─".repeat(86));

const opening = santiago("2025-09-16T16:30");
console.log(`\n${show(opening)} Seller submits the form without the spreadsheet (R000-5)`);
const input = {
  category: ["spreadsheet"],
  subject: "No puedo subir la planilla de stock",
  description: "La carga masiva falla con un error genérico.",
};
const refused = await desk.open({ tenant, id: "1042", actor: seller, at: opening, input });
if (!refused.ok && refused.code === "invalid_form")
  for (const issue of refused.issues) console.log(`${pad}   ✖  ${issue.message}`);

console.log(`\n${show(opening)} Seller attaches it and submits again`);
const sheet = {
  name: "stock.xlsx",
  size: 48_213,
  type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};
const opened = await desk.open({
  tenant,
  id: "1042",
  actor: seller,
  at: opening,
  input: { ...input, attachments: [sheet] },
  idempotencyKey: "form-1042",
});
if (!opened.ok) throw new Error(opened.code);
console.log(
  `${pad}   ✔  case ${opened.summary.caseNumber}: ${opened.summary.reason.join(" › ")} (R001-2)`,
);
printEffects(opened.effects, opened.ticket); // R000-7
printDeadlines(opened.deadlines, opened.ticket.createdAt); // R000-9

await act(
  "2025-09-17T11:00",
  "Agent asks for the template version (R000-10; answers R000-9 in time)",
  {
    type: "request_info",
    actor: agent,
  },
);
await act("2025-09-23T10:10", "Seller replies with the details", {
  type: "comment",
  actor: seller,
  body: "Uso la plantilla de agosto.",
});
await act("2025-09-23T17:45", "Agent rejects: the template is outdated (R000-11)", {
  type: "reject",
  actor: agent,
});
await act("2025-09-25T12:00", "Seller appeals in the ticket's notes, in time", {
  type: "comment",
  actor: seller,
  body: "La plantilla es la vigente, revisen por favor.",
});
await act("2025-09-26T17:00", "Agent fixes the upload and closes the case (R000-12)", {
  type: "close",
  actor: agent,
});
await act("2025-09-29T09:00", "Seller tries to write again (R000-12)", {
  type: "comment",
  actor: seller,
  body: "¿Pueden reabrirlo?",
});

const history = await desk.history(tenant, "1042");
const final = await desk.store.load(tenant, "1042");
if (history.ok && final.ok) {
  const replayed = preset.workflow.replay(history.events);
  const same = JSON.stringify(replayed) === JSON.stringify(final.ticket);
  console.log(
    `\nHistory (R001-6): ${history.events.length} events, version ${final.ticket.version}; replaying them gives the stored ticket: ${same ? "yes" : "NO"}`,
  );
  if (!same) process.exitCode = 1;
}
console.log(`\nThe preset's workflow as Mermaid (preset.toMermaid()), first lines:`);
console.log(preset.toMermaid().split("\n").slice(0, 6).join("\n"));
