// npm run example:store: docs/store.md's walk-through, runnable. A seller
// portal keeps its tickets in plazo's memory store: idempotent creation,
// commands end to end, R001-3's indicators, a paged list, and two sweepers
// racing over the due tickets (003's auto-close, R003-9).
import { createCalendar, officeHours } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { createMemoryStore, runCommand, snapshotOf, sweep } from "plazo/store";
import { defineWorkflow } from "plazo/workflow";

const calendar = createCalendar({
  timeZone: "America/Santiago",
  hours: officeHours,
  holidays: { country: CL },
});
const wf = defineWorkflow(
  {
    initial: "open",
    statuses: {
      open: { category: "open", label: "Abierto" },
      awaiting: { category: "waiting_on_requester", label: "Esperando tu respuesta" },
      solved: {
        category: "solved",
        label: "Resuelto",
        timers: [{ name: "auto_close", after: { hours: 27 }, fire: "close" }], // R003-9
      },
      closed: { category: "closed", label: "Cerrado", final: true },
    },
    transitions: [
      { event: "ask", from: "open", to: "awaiting", roles: ["agent"] },
      { event: "comment", from: "awaiting", to: "open", roles: ["requester"] },
      { event: "solve", from: ["open", "awaiting"], to: "solved", roles: ["agent"] },
      { event: "close", from: "solved", to: "closed", roles: ["system"] },
    ],
  },
  { calendar },
);

const store = createMemoryStore();
const seller = { role: "requester", id: "u-17", tenant: "store-9" } as const;
const agent = { role: "agent", id: "a-3" } as const;
const monday = Date.UTC(2025, 10, 3, 13); // Mon 3 Nov 2025, 10:00 in Santiago
const HOUR = 3_600_000;

// 1. Six tickets from the form; the browser retries the first submission.
for (let i = 1; i <= 6; i++) {
  const r = wf.create({ at: monday, actor: seller, id: `T-${i}`, tenant: "store-9" });
  if (!r.ok) throw new Error(r.error.message);
  const input = { events: r.events, ...snapshotOf(wf, r.ticket) };
  const first = await store.create(input, { idempotencyKey: `form-${i}` });
  if (i === 1) {
    const retry = await store.create(input, { idempotencyKey: "form-1" });
    console.log(
      `T-1 created: ${first.ok && first.outcome}; the retried submission: ${retry.ok && retry.outcome}`,
    );
  }
}

// 2. Agents work: two tickets wait on the seller, three are solved.
const act = async (id: string, type: "ask" | "solve", at: number) => {
  const r = await runCommand(store, wf, {
    tenant: "store-9",
    id,
    command: { type, at, actor: agent },
  });
  if (!r.ok) throw new Error(`${type} ${id}: ${"error" in r ? r.error.code : r.code}`);
};
await act("T-1", "ask", monday + HOUR);
await act("T-2", "ask", monday + HOUR);
for (const id of ["T-3", "T-4", "T-5"]) await act(id, "solve", monday + 2 * HOUR);

// 3. R001-3: the seller's four indicators, and the list of what waits on them.
console.log(
  "R001-3 indicators for u-17:",
  await store.counts({ tenant: "store-9", requester: "u-17" }),
);
const waiting = await store.query({
  tenant: "store-9",
  category: ["waiting_on_requester"],
  limit: 1,
});
const next = await store.query({
  tenant: "store-9",
  category: ["waiting_on_requester"],
  limit: 1,
  cursor: waiting.cursor ?? "",
});
console.log(
  "Waiting on the seller, one per page:",
  [...waiting.items, ...next.items].map((t) => t.id).join(", "),
);

// 4. Thursday 13:00: two sweepers race; each solved ticket closes exactly once.
const thursday = new Date(Date.UTC(2025, 10, 6, 16));
const [a, b] = await Promise.all([
  sweep(store, wf, { now: thursday, limit: 2 }),
  sweep(store, wf, { now: thursday, limit: 2 }),
]);
const rest = await sweep(store, wf, { now: thursday });
const closed = [...a.steps, ...b.steps, ...rest.steps].map((s) => s.ticket.id).sort();
console.log(`Sweepers closed ${closed.join(", ")} (R003-9), each once`);
console.log(
  "R001-3 indicators after the sweep:",
  await store.counts({ tenant: "store-9", requester: "u-17" }),
);

// 5. Another tenant sees nothing of these tickets.
const other = await store.load("store-1", "T-1");
console.log(`store-1 loading T-1: ${other.ok ? "FOUND (wrong)" : other.code}`);
if (other.ok || closed.length !== 3) process.exitCode = 1;
