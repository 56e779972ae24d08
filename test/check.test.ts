// Issue 17: exported constants are shared by every caller of a process, so
// none of them can be changed by one caller under the others.
import { alwaysOpen, officeHours, wholeBusinessDays } from "plazo/calendar";
import { fileTypes } from "plazo/forms";
import { REFUSAL_CODES } from "plazo/workflow";
import { describe, expect, it } from "vitest";
import { ISSUE_CODES } from "../src/forms/messages.js";

function everyFrozen(v: unknown, path = "value"): string[] {
  if (typeof v !== "object" || v === null) return [];
  const own = Object.isFrozen(v) ? [] : [path];
  return [...own, ...Object.entries(v).flatMap(([k, x]) => everyFrozen(x, `${path}.${k}`))];
}

describe("exported constants are deeply frozen", () => {
  const constants = {
    officeHours,
    wholeBusinessDays,
    alwaysOpen,
    fileTypes,
    REFUSAL_CODES,
    ISSUE_CODES,
  };
  for (const [name, value] of Object.entries(constants))
    it(name, () => {
      expect(everyFrozen(value, name)).toEqual([]);
    });

  it("a caller's attempt to change one throws and leaves it unchanged", () => {
    const before = JSON.stringify(officeHours);
    expect(() => {
      (officeHours.mon as string[]).push("19:00-20:00");
    }).toThrow(TypeError);
    expect(() => {
      (REFUSAL_CODES as string[]).length = 0;
    }).toThrow(TypeError);
    expect(JSON.stringify(officeHours)).toBe(before);
    expect(REFUSAL_CODES.length).toBeGreaterThan(5);
  });

  it("a host still builds its own hours from them", () => {
    const saturdays = { ...officeHours, sat: ["09:00-13:00"] };
    expect(saturdays.sat).toEqual(["09:00-13:00"]);
    expect(saturdays.mon).toEqual(["09:00-18:00"]);
  });
});
