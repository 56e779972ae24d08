// npm run bench (third part): plazo/workflow apply on a ticket with 50
// events against an equivalent XState v5 machine through its pure
// `transition` function, same commands, same run. Prints ops/s and the ratio.
import { assign, initialTransition, setup, transition } from "xstate";
import type { Actor } from "../src/workflow/index.js";
import { supportPortal as wf } from "../test/workflow/workflows.js";
import { opsPerSecond } from "./opsPerSecond.js";

const seller: Actor = { role: "requester", id: "u-1", tenant: "store-9" };
const agent: Actor = { role: "agent", id: "a-1" };
const HOUR = 3_600_000;

// The same lifecycle as test/workflow/workflows.ts's supportPortal (R003-8 to R003-10):
// role guards on every transition, a comment that reopens, a survey on solve, and the
// auto-close 27 hours after solved (XState counts wall time; plazo counts business time).
type Ev = { type: "ask" | "solve" | "close" | "comment"; actor: Actor; at: number; body?: string };
const machine = setup({
  types: {
    context: {} as { version: number; comments: number; updatedAt: number; statusSince: number },
    events: {} as Ev,
  },
  guards: {
    agent: ({ event }) => event.actor.role === "agent",
    requester: ({ event }) => event.actor.role === "requester",
    agentOrRequester: ({ event }) =>
      event.actor.role === "agent" || event.actor.role === "requester",
    forward: ({ context, event }) => event.at >= context.updatedAt,
  },
  actions: {
    record: assign(({ context, event }) => ({
      version: context.version + (event.type === "comment" ? 1 : 0) + 1,
      comments: context.comments + (event.type === "comment" ? 1 : 0),
      updatedAt: event.at,
    })),
    comment: assign(({ context, event }) => ({
      version: context.version + 1,
      comments: context.comments + 1,
      updatedAt: event.at,
    })),
    entered: assign(({ event }) => ({ statusSince: event.at })),
    survey: () => {},
  },
  delays: { reopenWindow: 27 * HOUR },
}).createMachine({
  id: "ticket",
  initial: "open",
  context: { version: 1, comments: 0, updatedAt: 0, statusSince: 0 },
  states: {
    open: {
      on: {
        ask: { guard: "agent", target: "awaiting", actions: ["record", "entered"] },
        solve: {
          guard: "agentOrRequester",
          target: "solved",
          actions: ["record", "entered", "survey"],
        },
        comment: { actions: "comment" },
      },
    },
    awaiting: {
      on: {
        comment: [
          { guard: "requester", target: "open", actions: ["record", "entered"] },
          { actions: "comment" },
        ],
        solve: {
          guard: "agentOrRequester",
          target: "solved",
          actions: ["record", "entered", "survey"],
        },
      },
    },
    solved: {
      after: { reopenWindow: { target: "closed" } },
      on: {
        comment: [
          { guard: "requester", target: "open", actions: ["record", "entered"] },
          { actions: "comment" },
        ],
      },
    },
    closed: { type: "final" },
  },
});

// A ticket with 50 events: created, then 16 × (agent asks, requester replies = 3 events),
// then one more comment.
const t0 = Date.UTC(2025, 10, 3, 13);
const created = wf.create({ at: t0, actor: seller, id: "T-1", tenant: "store-9" });
if (!created.ok) throw new Error("create refused");
let ticket = created.ticket;
let [snap] = initialTransition(machine);
let now = t0;
const tick = () => {
  now += HOUR;
  return now;
};
const toCommand = (ev: Ev): Parameters<typeof wf.apply>[1] =>
  ev.type === "comment"
    ? { type: "comment", at: ev.at, actor: ev.actor, body: ev.body ?? "" }
    : { type: ev.type, at: ev.at, actor: ev.actor };
const both = (ev: Ev) => {
  const r = wf.apply(ticket, toCommand(ev));
  if (!r.ok) throw new Error(`plazo refused ${ev.type}: ${r.error.code}`);
  ticket = r.ticket;
  [snap] = transition(machine, snap, ev);
  if (snap.value !== ticket.status)
    throw new Error(`disagree after ${ev.type}: ${String(snap.value)} vs ${ticket.status}`);
};
for (let i = 0; i < 16; i++) {
  both({ type: "ask", actor: agent, at: tick() });
  both({ type: "comment", actor: seller, at: tick(), body: `respuesta ${i}` });
}
both({ type: "comment", actor: agent, at: tick(), body: "nota" });
if (ticket.version !== 50 || snap.context.version !== 50)
  throw new Error(`expected 50 events, got ${ticket.version}`);

// Four commands on that ticket: accepted and refused, with and without a status change.
const later = now + HOUR;
const commands: Ev[] = [
  { type: "ask", actor: agent, at: later },
  { type: "solve", actor: agent, at: later },
  { type: "comment", actor: seller, at: later, body: "gracias" },
  { type: "ask", actor: seller, at: later }, // refused: a requester cannot ask
];
const plazoCommands = commands.map(toCommand);
// Both must agree on every command's outcome.
commands.forEach((c, i) => {
  const r = wf.apply(ticket, plazoCommands[i] as (typeof plazoCommands)[number]);
  const [next] = transition(machine, snap, c);
  const status = r.ok ? r.ticket.status : ticket.status;
  if (next.value !== status)
    throw new Error(`disagree on ${c.type}: ${String(next.value)} vs ${status}`);
});

const plazo = opsPerSecond(
  (i) => wf.apply(ticket, plazoCommands[i] as (typeof plazoCommands)[number]),
  commands.length,
);
// The same commands on a ticket as a host loads it from storage: a different object each
// call (parsed copies made beforehand), so its check where it enters is paid every time.
const loaded = Array.from(
  { length: 4096 },
  () => JSON.parse(JSON.stringify(ticket)) as typeof ticket,
);
const plazoLoaded = opsPerSecond(
  (i) =>
    wf.apply(
      loaded[i % loaded.length] as typeof ticket,
      plazoCommands[i % commands.length] as (typeof plazoCommands)[number],
    ),
  loaded.length,
);
const xstate = opsPerSecond((i) => transition(machine, snap, commands[i] as Ev), commands.length);
const row = (name: string, ops: number) =>
  console.log(`${name.padEnd(44)} ${Math.round(ops).toLocaleString("en").padStart(10)} commands/s`);
console.log("\nR003 lifecycle, a ticket with 50 events, 4 commands in rotation, median of 15 runs");
row("plazo wf.apply", plazo);
row("plazo wf.apply, ticket loaded from storage", plazoLoaded);
row("XState 5 transition(machine, snapshot, event)", xstate);
const ratio = plazo / xstate;
console.log(
  `plazo is ${ratio.toFixed(2)}x XState's throughput (target >= 1x): ${ratio >= 1 ? "met" : "MISSED"}`,
);
