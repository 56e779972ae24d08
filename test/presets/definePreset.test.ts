// definePreset and a built preset under malformed arguments: a PlazoError
// naming the field, never a TypeError (found by test/hostile/entries.test.ts).
import { definePreset, InvalidArgumentError, retailMarketplaceCL } from "plazo/presets";
import { describe, expect, it } from "vitest";

const preset = definePreset(retailMarketplaceCL);
const fieldOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return (e as InvalidArgumentError).field;
  }
  throw new Error("did not throw");
};

describe("definePreset and its preset refuse malformed arguments by name", () => {
  it("categoryOf: a status that is not a known name", () => {
    expect(fieldOf(() => preset.categoryOf({ toString: () => "open" } as never))).toBe("status");
    expect(fieldOf(() => preset.categoryOf("nope"))).toBe("status");
    expect(preset.categoryOf("waiting")).toBe("waiting_on_requester");
  });

  it("render: the effect, the ticket and its fields", () => {
    const ticket = { id: "T-1", status: "open", fields: { subject: "Hola", description: "x" } };
    expect(fieldOf(() => preset.render(undefined as never, ticket))).toBe("effect");
    expect(fieldOf(() => preset.render({ template: "closed" }, null as never))).toBe("ticket");
    expect(
      fieldOf(() => preset.render({ template: "closed" }, { ...ticket, fields: 1 } as never)),
    ).toBe("ticket.fields");
    expect(preset.render({ template: "closed" }, ticket)?.subject).toBe("Caso T-1 cerrado");
  });

  it("definePreset: the definition and its parts, named by their path", () => {
    expect(fieldOf(() => definePreset(null as never))).toBe("preset");
    expect(fieldOf(() => definePreset({ ...retailMarketplaceCL, locale: "fr" } as never))).toBe(
      "locale",
    );
    expect(
      fieldOf(() =>
        definePreset({
          ...retailMarketplaceCL,
          form: { ...retailMarketplaceCL.form, fields: { subject: { kind: "txt", label: "A" } } },
        } as never),
      ),
    ).toBe("form.fields.subject.kind");
    expect(fieldOf(() => definePreset({ ...retailMarketplaceCL, templates: {} } as never))).toBe(
      "workflow.onCreate[0].template",
    );
  });
});
