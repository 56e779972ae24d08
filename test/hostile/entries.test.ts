// The README's error contract under a hostile caller, for every exported
// function of every entry and every method of the objects they return: a
// call either answers or throws a PlazoError naming a field (never a raw
// TypeError, never a hang: a hang shows as this test's timeout), inputs are
// never mutated (they are deeply frozen), Object.prototype is never
// polluted, and the shared calendar, workflow, form and store answer the
// same reference questions before and after the whole barrage.
import fc from "fast-check";
import { PlazoError } from "plazo";
import * as calendarEntry from "plazo/calendar";
import * as deskEntry from "plazo/desk";
import * as formsEntry from "plazo/forms";
import * as holidaysEntry from "plazo/holidays";
import * as presetsEntry from "plazo/presets";
import * as slaEntry from "plazo/sla";
import * as storeEntry from "plazo/store";
import * as postgresEntry from "plazo/store/postgres";
import * as testingEntry from "plazo/store/testing";
import * as workflowEntry from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { supportPortal as supportForm } from "../forms/definitions.js";
import { replyV1 } from "../sla/fixtures.js";
import { clOffice, supportPortal as wf } from "../workflow/workflows.js";
import { deepFreeze, hostile, hostileArgs, prototypeKeys } from "./values.js";

const SEED = 17;
const t0 = Date.UTC(2025, 8, 17, 15); // Wed 17 Sep 2025, 12:00 in Santiago
const seller = { role: "requester", id: "u-1", tenant: "store-9" } as const;
const agent = { role: "agent", id: "a-1" } as const;

type Call = () => unknown;

/** undefined if `call` answered (or resolved), else what it threw. */
async function outcome(call: Call): Promise<unknown> {
  try {
    const r = call();
    if (r !== null && typeof r === "object" && typeof (r as Promise<unknown>).then === "function")
      await r;
    return undefined;
  } catch (e) {
    return e;
  }
}

/** Whether a throw keeps the contract: a PlazoError naming a field. */
const keepsContract = (e: unknown): boolean =>
  e === undefined || (e instanceof PlazoError && typeof e.field === "string" && e.field !== "");

function describeThrow(e: unknown): string {
  return e instanceof Error ? `${e.constructor.name}: ${e.message.slice(0, 160)}` : String(e);
}

/** The exported functions of an entry module, error classes left out. */
function functionsOf(mod: Record<string, unknown>): [string, (...a: unknown[]) => unknown][] {
  return Object.entries(mod).filter(
    (e): e is [string, (...a: unknown[]) => unknown] =>
      typeof e[1] === "function" && !(e[1] === Error || e[1].prototype instanceof Error),
  );
}

/** The methods of an object plazo returned. */
function methodsOf(obj: object): [string, (...a: unknown[]) => unknown][] {
  return Object.entries(obj).filter(
    (e): e is [string, (...a: unknown[]) => unknown] => typeof e[1] === "function",
  );
}

const ticketResult = wf.create({ at: t0, actor: seller, id: "T-1", tenant: "store-9" });
if (!ticketResult.ok) throw new Error("the reference ticket was refused");
const ticket = deepFreeze(ticketResult.ticket);
const form = formsEntry.defineForm(supportForm as never);
const preset = presetsEntry.definePreset(presetsEntry.retailMarketplaceCL);

/** Valid arguments mixed in, so a call gets past its first check. */
const valid = fc.constantFrom<unknown>(
  t0,
  new Date(t0),
  { hours: 48 },
  { businessDays: 3 },
  ticket,
  deepFreeze({ type: "comment", at: t0 + 3_600_000, actor: agent, body: "hola" }),
  deepFreeze({ locale: "en" }),
  "store-9",
  "T-1",
  "en",
  wf,
  clOffice,
  storeEntry.createMemoryStore(),
);
const mixedArgs = fc.array(fc.oneof(hostile, valid), { minLength: 0, maxLength: 3 });

/** Reference questions whose answers must not change. */
async function referenceAnswers(store: storeEntry.TicketStore): Promise<string> {
  const loaded = await store.load("store-9", "T-1");
  return JSON.stringify([
    clOffice.add(t0, { hours: 48 }).toISOString(),
    clOffice.between(t0, Date.UTC(2025, 8, 24, 15)),
    clOffice.isOpen(Date.UTC(2025, 9, 1, 15)),
    clOffice.nextOpen(Date.UTC(2025, 8, 20, 15)).toISOString(),
    wf.apply(ticket, { type: "comment", at: t0 + 1, actor: agent, body: "x" }).ok,
    wf.nextWakeUp(ticket)?.toISOString() ?? null,
    form.parse({ name: "Ana" }).ok,
    loaded.ok && loaded.ticket.version,
    Object.keys(replyV1),
  ]);
}

async function fuzz(name: string, f: (...a: unknown[]) => unknown, self: unknown): Promise<void> {
  const before = prototypeKeys();
  await fc.assert(
    fc.asyncProperty(fc.oneof(hostileArgs(), mixedArgs), async (args) => {
      const e = await outcome(() => f.apply(self, args));
      if (!keepsContract(e)) throw new Error(`${name}(...) threw ${describeThrow(e)}`);
      expect(prototypeKeys()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }),
    { seed: SEED, numRuns: 150 },
  );
}

describe("every export and method keeps the error contract under hostile arguments", async () => {
  const store = storeEntry.createMemoryStore();
  const created = await store.create({
    events: ticketResult.ok ? ticketResult.events : [],
    ...storeEntry.snapshotOf(wf, ticket),
  });
  if (!created.ok) throw new Error("the reference ticket was not stored");
  const reference = await referenceAnswers(store);

  const entries: Record<string, Record<string, unknown>> = {
    "plazo/calendar": calendarEntry,
    "plazo/workflow": workflowEntry,
    "plazo/forms": formsEntry,
    "plazo/sla": slaEntry,
    "plazo/store": storeEntry,
    "plazo/store/postgres": postgresEntry,
    "plazo/store/testing": testingEntry,
    "plazo/holidays": holidaysEntry,
    "plazo/presets": presetsEntry,
    "plazo/desk": deskEntry,
  };
  for (const [entry, mod] of Object.entries(entries))
    for (const [name, f] of functionsOf(mod))
      it(`${entry}: ${name}`, () => fuzz(name, f, undefined));

  const instances: Record<string, object> = {
    calendar: clOffice,
    workflow: wf,
    form,
    "sla policy": replyV1,
    "memory store": store,
    preset,
    desk: deskEntry.createDesk({ preset }),
  };
  for (const [kind, obj] of Object.entries(instances))
    for (const [name, f] of methodsOf(obj)) it(`${kind}.${name}`, () => fuzz(name, f, obj));

  it("the shared objects answer the reference questions as before", async () => {
    expect(await referenceAnswers(store)).toBe(reference);
  });
});
