// Business-day timers at a time of day (issue 15): R000-10 as users phrase
// it, "a reminder every business day at 09:00 while the ticket waits, closed
// at the end of the 3rd business day".
import { fc } from "@fast-check/vitest";
import { InvalidArgumentError } from "plazo";
import { type Calendar, createCalendar, officeHours, wholeBusinessDays } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { defineWorkflow, type WorkflowDefinition } from "plazo/workflow";
import { describe, expect, it } from "vitest";

const timeZone = "America/Santiago";
const office = createCalendar({ timeZone, hours: officeHours, holidays: { country: CL } });
const wholeDays = createCalendar({ timeZone, hours: wholeBusinessDays, holidays: { country: CL } });
const notify = { type: "notify", to: "requester", template: "reminder" } as const;

const definition = (at: string, close: "end" | undefined = "end") =>
  ({
    initial: "open",
    statuses: {
      open: { category: "open", label: "Open" },
      waiting: {
        category: "waiting_on_requester",
        label: "Waiting",
        timers: [
          // R000-10: three business days to answer, a reminder every business day.
          {
            name: "auto_close",
            after: close === undefined ? { businessDays: 3 } : { businessDays: 3, at: close },
            fire: "close_inactive",
          },
          { name: "reminder", every: { businessDays: 1, at }, effects: [notify] },
        ],
      },
      closed: { category: "closed", label: "Closed", final: true },
    },
    transitions: [
      { event: "request_info", from: "open", to: "waiting", roles: ["agent"] },
      { event: "comment", from: "waiting", to: "open", roles: ["requester"] },
      { event: "close_inactive", from: "waiting", to: "closed", roles: ["system"] },
    ],
  }) as WorkflowDefinition;

const agent = { id: "a-1", role: "agent" } as const;
const requester = { id: "s-1", role: "requester", tenant: "acme" } as const;

/** What fires from asking at `askedAt` until the ticket closes: `${instant} ${what}`. */
function lifeAfterAsking(calendar: Calendar, askedAt: string, at = "09:00") {
  const wf = defineWorkflow(definition(at), { calendar });
  const created = wf.create({
    at: Date.parse(askedAt) - 60_000,
    actor: requester,
    id: "t",
    tenant: "acme",
  });
  if (!created.ok) throw new Error(created.error.code);
  const asked = wf.apply(created.ticket, {
    type: "request_info",
    at: Date.parse(askedAt),
    actor: agent,
  });
  if (!asked.ok) throw new Error(asked.error.code);
  const swept = wf.advance(asked.ticket, Date.parse(askedAt) + 30 * 86_400_000);
  const fired = swept.events
    .filter((e) => e.type === "timer_fired")
    .map((e) => `${e.at} ${(e as { timer: string }).timer}`);
  return { fired, wf, events: [...created.events, ...asked.events, ...swept.events], swept };
}

describe("R000-10 with a reminder every business day at 09:00", () => {
  it("asked Wed 17 Sep 2025 11:00 in Santiago: reminders Mon, Tue, Wed at 09:00 (18-19 are Fiestas Patrias), closed at Wed's close", () => {
    expect(lifeAfterAsking(office, "2025-09-17T11:00:00-03:00").fired).toEqual([
      "2025-09-22T12:00:00.000Z reminder", // Mon 22 09:00 -03:00
      "2025-09-23T12:00:00.000Z reminder",
      "2025-09-24T12:00:00.000Z reminder",
      "2025-09-24T21:00:00.000Z auto_close", // Wed 24 18:00, end of office hours
    ]);
  });

  it("on whole business days the close is midnight, and the reminders are still at 09:00", () => {
    expect(lifeAfterAsking(wholeDays, "2025-09-17T11:00:00-03:00").fired).toEqual([
      "2025-09-22T12:00:00.000Z reminder",
      "2025-09-23T12:00:00.000Z reminder",
      "2025-09-24T12:00:00.000Z reminder",
      "2025-09-25T03:00:00.000Z auto_close", // Thu 25 00:00 local: the end of Wed 24
    ]);
  });

  it("asked on Friday evening: the asking day does not count, Monday is the first day", () => {
    // Fri 3 Oct 2025 23:30 -03:00; Mon 6, Tue 7, Wed 8 Oct.
    expect(lifeAfterAsking(office, "2025-10-03T23:30:00-03:00", "08:30").fired).toEqual([
      "2025-10-06T11:30:00.000Z reminder",
      "2025-10-07T11:30:00.000Z reminder",
      "2025-10-08T11:30:00.000Z reminder",
      "2025-10-08T21:00:00.000Z auto_close",
    ]);
  });

  it('at: "end" is the close, as with no at', () => {
    const end = defineWorkflow(definition("09:00", "end"), { calendar: office });
    const plain = defineWorkflow(definition("09:00", undefined), { calendar: office });
    const at = Date.parse("2025-09-17T11:00:00-03:00");
    const walk = (wf: typeof end) => {
      const c = wf.create({ at, actor: requester, id: "t", tenant: "acme" });
      if (!c.ok) throw new Error(c.error.code);
      const r = wf.apply(c.ticket, { type: "request_info", at, actor: agent });
      if (!r.ok) throw new Error(r.error.code);
      return r.ticket.timers;
    };
    expect(walk(end)).toEqual(walk(plain));
  });

  it("an answer stops the reminders", () => {
    const { wf, events } = lifeAfterAsking(office, "2025-09-17T11:00:00-03:00");
    const asked = wf.replay(events.slice(0, 2));
    const answered = wf.apply(asked, {
      type: "comment",
      at: Date.parse("2025-09-22T10:00:00-03:00"),
      actor: requester,
      body: "Here it is",
    });
    if (!answered.ok) throw new Error(answered.error.code);
    expect(answered.ticket.status).toBe("open");
    expect(answered.ticket.timers).toEqual([]);
    expect(answered.events.filter((e) => e.type === "timer_fired").map((e) => e.at)).toEqual([
      "2025-09-22T12:00:00.000Z",
    ]); // Monday's 09:00 reminder came before the answer
  });

  it("the diagram says the time of day", () => {
    const wf = defineWorkflow(definition("09:00"), { calendar: office });
    expect(wf.toMermaid()).toContain("every 1 business day at 09:00");
    expect(wf.toMermaid()).toContain("after 3 business days →");
  });
});

describe("a time of day is checked", () => {
  const refused = (span: unknown) => {
    try {
      defineWorkflow(
        {
          ...definition("09:00"),
          statuses: {
            ...definition("09:00").statuses,
            waiting: {
              category: "waiting_on_requester",
              label: "W",
              timers: [{ name: "t", every: span, effects: [notify] }],
            },
          },
        } as WorkflowDefinition,
        { calendar: office },
      );
    } catch (e) {
      if (e instanceof InvalidArgumentError) return `${e.field}: ${e.message}`;
      throw e;
    }
    return "accepted";
  };
  it.each([
    [{ businessDays: 1, at: "9:00" }, "statuses.waiting.timers[0].every.at"],
    [{ businessDays: 1, at: "24:00" }, "statuses.waiting.timers[0].every.at"],
    [{ businessDays: 1, at: "09:60" }, "statuses.waiting.timers[0].every.at"],
    [{ businessDays: 1, at: 9 }, "statuses.waiting.timers[0].every.at"],
    [{ businessDays: 1, at: "start" }, "statuses.waiting.timers[0].every.at"],
    [{ hours: 24, at: "09:00" }, "statuses.waiting.timers[0].every.at"],
  ])("%j is refused, naming %s", (span, field) => {
    expect(refused(span)).toMatch(new RegExp(`^${field.replaceAll(/[.[\]]/g, "\\$&")}: `));
  });
  it("the message of a span in hours with at says what at goes with", () => {
    expect(refused({ hours: 24, at: "09:00" })).toContain("at goes with businessDays");
  });
  it.each(["00:00", "09:00", "23:59", "end"])("%s is accepted", (at) => {
    expect(refused({ businessDays: 1, at })).toBe("accepted");
  });
});

describe("properties of every-business-day reminders at a time of day", () => {
  const localParts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  });
  const local = (iso: string) => {
    const p = Object.fromEntries(
      localParts.formatToParts(Date.parse(iso)).map((x) => [x.type, x.value]),
    );
    return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
  };
  const askedAt = fc
    .integer({ min: Date.parse("2020-01-01T00:00:00Z"), max: Date.parse("2030-12-01T00:00:00Z") })
    .map((t) => new Date(t).toISOString());
  const hhmm = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

  it("each reminder is at HH:MM local time on a business day, one per business day, in order, and replay equals live", () => {
    fc.assert(
      fc.property(askedAt, hhmm, fc.constantFrom(office, wholeDays), (asked, at, calendar) => {
        const { fired, wf, events, swept } = lifeAfterAsking(calendar, asked, at);
        const reminders = fired
          .filter((f) => f.endsWith(" reminder"))
          .map((f) => f.split(" ")[0] as string);
        const close = fired.find((f) => f.endsWith(" auto_close"))?.split(" ")[0] as string;
        const days = reminders.map((r) => local(r).date);
        expect(reminders.map((r) => local(r).time)).toEqual(reminders.map(() => at));
        for (const d of days) expect(calendar.isBusinessDay(d)).toBe(true);
        expect(new Set(days).size).toBe(days.length);
        // The three business days after the asking day, each with its reminder, all before the close.
        const askedDay = local(asked).date;
        expect(days.every((d) => d > askedDay)).toBe(true);
        // A reminder on the 3rd day comes only when HH:MM is before that day's close.
        const closeLocal = local(close);
        const closeDay = local(new Date(Date.parse(close) - 1).toISOString()).date;
        const third = closeLocal.date !== closeDay || at < closeLocal.time;
        expect(days.length).toBe(third ? 3 : 2);
        expect(days.every((d) => d <= closeDay)).toBe(true);
        expect(
          reminders.every(
            (r) => Date.parse(r) < Date.parse(close) && Date.parse(r) > Date.parse(asked),
          ),
        ).toBe(true);
        expect([...reminders].sort()).toEqual(reminders);
        expect(wf.replay(events)).toEqual(swept.ticket);
      }),
      { numRuns: 150 },
    );
  });
});
