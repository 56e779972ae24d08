// R000-10 and R000-11 of ../shared/domain-rules.md, expressed with { businessDays }.

import { createCalendar, officeHours, wholeBusinessDays } from "plazo/calendar";
import { CL } from "plazo/holidays";
import { describe, expect, it } from "vitest";

const at = (iso: string) => new Date(iso);
const whole = createCalendar({
  timeZone: "America/Santiago",
  hours: wholeBusinessDays,
  holidays: { country: CL },
});
const office = createCalendar({
  timeZone: "America/Santiago",
  hours: officeHours,
  holidays: { country: CL },
});

describe("business days", () => {
  it("R000-10: info requested Wed 17 Sep 2025 10:00; 3 business days skip Fiestas Patrias", () => {
    // Thu 18, Fri 19 holidays; Mon 22 (1), Tue 23 (2), Wed 24 (3): until the end of Wednesday 24
    const asked = at("2025-09-17T13:00:00Z");
    expect(whole.add(asked, { businessDays: 3 })).toEqual(at("2025-09-25T03:00:00Z")); // 24:00 (-03)
    expect(office.add(asked, { businessDays: 3 })).toEqual(at("2025-09-24T21:00:00Z")); // 18:00
  });

  it("R000-11: rejected Thu 17 Apr 2025 16:00; 2 business days skip Holy Friday and Saturday", () => {
    // Fri 18 and Sat 19 holidays, Sun; Mon 21 (1), Tue 22 (2): until the end of Tuesday 22
    const rejected = at("2025-04-17T20:00:00Z");
    expect(whole.add(rejected, { businessDays: 2 })).toEqual(at("2025-04-23T04:00:00Z")); // 24:00 (-04)
  });

  it("start's own day never counts, even when it is a closed day", () => {
    // Sat 20 Sep: Mon 22 is the first business day after
    expect(office.add(at("2025-09-20T15:00:00Z"), { businessDays: 1 })).toEqual(
      at("2025-09-22T21:00:00Z"),
    );
  });

  it("negative business days give the opening of an earlier business day", () => {
    // From Mon 22 Sep: Wed 17 is 1 business day before (18-19 holidays, weekend)
    expect(office.add(at("2025-09-22T15:00:00Z"), { businessDays: -1 })).toEqual(
      at("2025-09-17T12:00:00Z"),
    );
  });

  it("0 business days is the start itself", () => {
    const t = at("2025-09-20T15:00:00Z");
    expect(office.add(t, { businessDays: 0 })).toEqual(t);
  });

  it("endOfBusinessDay: that day's close, or the next business day's when closed", () => {
    expect(office.endOfBusinessDay("2025-09-17")).toEqual(at("2025-09-17T21:00:00Z"));
    expect(office.endOfBusinessDay("2025-09-18")).toEqual(at("2025-09-22T21:00:00Z"));
    expect(whole.endOfBusinessDay(at("2025-09-17T13:00:00Z"))).toEqual(at("2025-09-18T03:00:00Z"));
  });

  it("isBusinessDay reads a local date string in the calendar's zone, not as UTC midnight", () => {
    // date-holidays reads '2025-04-18' as UTC midnight (17 Apr in Santiago) and says "not a holiday"
    expect(office.isBusinessDay("2025-04-18")).toBe(false);
    expect(office.isBusinessDay("2025-04-17")).toBe(true);
    // an instant late on 17 Apr local (02:00Z on the 18th) is still the 17th
    expect(office.isBusinessDay(at("2025-04-18T02:00:00Z"))).toBe(true);
  });
});
