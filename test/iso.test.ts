// Issue 15: wherever plazo takes an instant, an ISO 8601 string with Z or an
// explicit offset is accepted too and means the same instant as the Date;
// a string without an offset (or a local date, or a date that does not
// exist) is an InvalidArgumentError naming the field.
import { fc, test as fcTest } from "@fast-check/vitest";
import { InvalidArgumentError } from "plazo";
import { createDesk } from "plazo/desk";
import { definePreset, retailMarketplaceCL } from "plazo/presets";
import { estimateResolution, explainSla } from "plazo/sla";
import { createMemoryStore, sweep } from "plazo/store";
import { describe, expect, it } from "vitest";
import { epochMs } from "../src/iso.js";
import { agent, replyWf, seller } from "./sla/fixtures.js";
import { supportPortal as wf } from "./workflow/workflows.js";

const T = Date.UTC(2025, 8, 17, 15); // Wed 17 Sep 2025, 12:00 in Santiago
/** Three spellings of T besides the Date. */
const SPELLINGS = [
  "2025-09-17T12:00:00-03:00",
  "2025-09-17T15:00:00.000Z",
  "2025-09-17 15:00:00+00",
];
const REFUSED: [string, RegExp][] = [
  ["2025-09-17T12:00", /an offset is required/],
  ["2025-09-17", /a local date is not an instant/],
  ["2025-02-30T12:00Z", /that date or time does not exist/],
  ["mañana", /ISO 8601 string with Z or an offset/],
];

/** The field an InvalidArgumentError thrown by `call` names, and its message. */
function refusal(call: () => unknown): { field: string; message: string } {
  try {
    call();
  } catch (e) {
    if (e instanceof InvalidArgumentError) return { field: e.field, message: e.message };
    throw e;
  }
  throw new Error("did not throw");
}

const created = wf.create({
  at: new Date(T),
  actor: seller,
  id: "T-1",
  tenant: seller.tenant ?? "",
});
if (!created.ok) throw new Error("fixture");
const ticket = created.ticket;
const asked = wf.apply(ticket, { type: "ask", at: new Date(T + 3_600_000), actor: agent });
if (!asked.ok) throw new Error("fixture");
const askedTicket = asked.ticket;
const opened = replyWf.create({ at: T, actor: seller, id: "S", tenant: "store-9" });
if (!opened.ok || opened.ticket.sla === undefined) throw new Error("fixture");
const openedSla = opened.ticket.sla;

describe("epochMs", () => {
  it.each(SPELLINGS)("%s is the instant of the Date", (s) => {
    expect(epochMs(s, "now")).toBe(T);
  });
  it.each(REFUSED)("%s is refused naming the field, saying why", (s, why) => {
    const r = refusal(() => epochMs(s, "command.at"));
    expect(r.field).toBe("command.at");
    expect(r.message).toMatch(why);
  });
  it("a string past the Date range is an OutOfRangeError", () => {
    expect(() => epochMs("+275761-01-01T00:00:00Z", "now")).toThrow(/past the range of a Date/);
  });
});

describe("every entry that takes an instant takes its ISO string", () => {
  const solvedAt = T + 2 * 3_600_000;
  const solve = (at: unknown) =>
    wf.apply(askedTicket, { type: "solve", at, actor: agent } as never);

  it.each(SPELLINGS)("command.at %s: the same step as with the Date", (s) => {
    expect(wf.apply(ticket, { type: "ask", at: s, actor: agent })).toEqual(
      wf.apply(ticket, { type: "ask", at: new Date(T), actor: agent }),
    );
  });
  it.each(SPELLINGS)("create's at %s: the same ticket", (s) => {
    expect(wf.create({ at: s, actor: seller, id: "T-1", tenant: seller.tenant ?? "" })).toEqual(
      created,
    );
  });
  it("advance and due take the ticket's own ISO strings", () => {
    const solved = solve(new Date(solvedAt));
    if (!solved.ok) throw new Error("fixture");
    const later = "2025-10-01T12:00:00-03:00";
    expect(wf.advance(solved.ticket, later)).toEqual(
      wf.advance(solved.ticket, new Date(Date.parse(later))),
    );
    expect(wf.advance(solved.ticket, later).ticket.status).toBe("closed");
    expect(wf.due(solved.ticket, later)).toEqual(wf.due(solved.ticket, Date.parse(later)));
    expect(wf.advance(solved.ticket, solved.ticket.statusSince).events).toEqual([]);
  });
  it("the SLA report, explain and estimate take ISO strings", () => {
    const c = replyWf.create({ at: new Date(T), actor: seller, id: "S-1", tenant: "store-9" });
    if (!c.ok || c.ticket.sla === undefined) throw new Error("fixture");
    const sla = replyWf.sla;
    if (sla === undefined) throw new Error("fixture");
    const s = "2025-09-18T10:00:00-03:00";
    const d = new Date(Date.parse(s));
    expect(sla.report(c.ticket.sla, s)).toEqual(sla.report(c.ticket.sla, d));
    expect(explainSla(sla, c.events, "first_reply", s)).toEqual(
      explainSla(sla, c.events, "first_reply", d),
    );
    expect(estimateResolution(sla, c.ticket.sla, s)).toEqual(
      estimateResolution(sla, c.ticket.sla, d),
    );
  });
  it("the desk's open and sweep and the store's sweep take ISO strings", async () => {
    const preset = definePreset(retailMarketplaceCL);
    const input = {
      category: ["other"],
      subject: "Consulta",
      description: "Una consulta general.",
    };
    const actor = { role: "requester", id: "seller-77", tenant: "tienda-sur" } as const;
    const results = [];
    for (const at of ["2025-09-16T10:00:00-03:00", new Date("2025-09-16T13:00:00Z")]) {
      const desk = createDesk({ preset });
      const r = await desk.open({ tenant: "tienda-sur", id: "C-1", actor, at, input });
      const swept = await desk.sweep({ now: "2025-10-30T12:00:00-03:00" });
      const store = createMemoryStore();
      const again = await sweep(store, desk.preset.workflow, { now: "2025-10-30T15:00:00Z" });
      results.push({ r, swept, again });
    }
    expect(results[0]).toEqual(results[1]);
    expect(results[0]?.r.ok).toBe(true);
  });
});

describe("a string without an offset is refused naming the field", () => {
  const sla = replyWf.sla;
  if (sla === undefined) throw new Error("fixture");
  const calls: [string, string, (s: string) => unknown][] = [
    ["apply", "command.at", (s) => wf.apply(ticket, { type: "ask", at: s, actor: agent })],
    [
      "create",
      "command.at",
      (s) => wf.create({ at: s, actor: seller, id: "X", tenant: "store-9" }),
    ],
    ["advance", "now", (s) => wf.advance(ticket, s)],
    ["due", "now", (s) => wf.due(ticket, s)],
    ["report", "now", (s) => sla.report(openedSla, s)],
    ["estimate", "at", (s) => estimateResolution(sla, {}, s)],
  ];
  for (const [name, field, call] of calls)
    it.each(REFUSED)(`${name}(%s) names ${field}`, (s, why) => {
      const r = refusal(() => call(s));
      expect(r.field).toBe(field);
      expect(r.message).toMatch(why);
    });
  it("sweep names options.now, before touching the store", async () => {
    await expect(sweep(createMemoryStore(), wf, { now: "2025-09-17T12:00" })).rejects.toMatchObject(
      { field: "options.now", message: expect.stringMatching(/offset/) },
    );
  });
});

describe("property: an instant's ISO spelling in any offset gives the same step", () => {
  fcTest.prop(
    [
      fc.integer({ min: Date.UTC(2025, 8, 17, 16), max: Date.UTC(2030, 11, 31) }),
      fc.integer({ min: -14 * 60, max: 14 * 60 }),
    ],
    { numRuns: 200 },
  )("apply and advance agree with the Date", (ms, offsetMin) => {
    const local = new Date(ms + offsetMin * 60_000).toISOString().slice(0, 23);
    const sign = offsetMin < 0 ? "-" : "+";
    const a = Math.abs(offsetMin);
    const s = `${local}${sign}${String(Math.floor(a / 60)).padStart(2, "0")}:${String(a % 60).padStart(2, "0")}`;
    expect(epochMs(s, "now")).toBe(ms);
    expect(wf.apply(askedTicket, { type: "solve", at: s, actor: agent })).toEqual(
      solveWithDate(ms),
    );
    expect(wf.advance(askedTicket, s)).toEqual(wf.advance(askedTicket, new Date(ms)));
  });
});

function solveWithDate(ms: number) {
  return wf.apply(askedTicket, { type: "solve", at: new Date(ms), actor: agent });
}
