import { defineForm, type FormDefinition, InvalidArgumentError } from "plazo/forms";
import { describe, expect, it } from "vitest";
import { sellerHelp } from "./definitions.js";

function fieldOf(def: unknown): string {
  try {
    defineForm(def as FormDefinition);
  } catch (e) {
    if (e instanceof InvalidArgumentError)
      return `${e.field} | ${e.message.slice(e.field.length + 2)}`;
    throw e;
  }
  return "no error";
}

const text = { kind: "text", label: "Asunto" } as const;

describe("defineForm refuses a definition that cannot work, naming the path", () => {
  it.each([
    ["not an object", null, /^definition \| /],
    ["empty form", {}, /^fields \| .*needs fields/],
    [
      "unknown kind",
      { fields: { a: { kind: "colour", label: "A" } } },
      /^fields\.a\.kind \| unknown kind "colour"/,
    ],
    ["missing label", { fields: { a: { kind: "text" } } }, /^fields\.a\.label \| /],
    [
      "partial label",
      { fields: { a: { kind: "text", label: { es: "A", en: "A" } } } },
      /^fields\.a\.label \| /,
    ],
    [
      "min > max",
      { fields: { a: { ...text, min: 10, max: 5 } } },
      /^fields\.a\.min \| is greater than max/,
    ],
    [
      "bad pattern",
      { fields: { a: { kind: "identifier", label: "A", pattern: "([" } } },
      /^fields\.a\.pattern \| is not a valid regular expression/,
    ],
    [
      "example off pattern",
      { fields: { a: { kind: "identifier", label: "A", pattern: "[0-9]+", example: "abc" } } },
      /^fields\.a\.example \| /,
    ],
    [
      "empty options",
      { fields: { a: { kind: "choice", label: "A", options: {} } } },
      /^fields\.a\.options \| /,
    ],
    [
      "reserved key __proto__",
      JSON.parse('{"fields":{"__proto__":{"kind":"text","label":"A"}}}'),
      /^fields\.__proto__ \| .*reserved/,
    ],
    ["reserved key category", { fields: { category: text } }, /^fields\.category \| .*reserved/],
    [
      "reserved option key",
      { fields: { a: { kind: "choice", label: "A", options: { constructor: "x" } } } },
      /^fields\.a\.options\.constructor \| /,
    ],
    [
      "bad MIME",
      {
        fields: {
          f: { kind: "attachments", label: "F", accept: [{ mime: "PNG", extensions: ["png"] }] },
        },
      },
      /^fields\.f\.accept\[0\]\.mime \| /,
    ],
    [
      "bad size",
      { fields: { f: { kind: "attachments", label: "F", maxFileSize: -1 } } },
      /^fields\.f\.maxFileSize \| /,
    ],
    [
      "duplicate key across nodes",
      {
        taxonomy: {
          label: "T",
          options: {
            a: { label: "A", fields: { x: text } },
            b: { label: "B", fields: { x: text } },
          },
        },
      },
      /^taxonomy\.options\.b\.fields\.x \| duplicate field key/,
    ],
    ["empty taxonomy", { taxonomy: { label: "T", options: {} } }, /^taxonomy\.options \| /],
    [
      "rule on unknown field",
      { ...sellerHelp, rules: [{ when: { category: ["order"] }, require: ["invoice"] }] },
      /^rules\[0\]\.require\[0\] \| unknown field "invoice"/,
    ],
    [
      "rule on unknown category",
      { ...sellerHelp, rules: [{ when: { category: ["refund"] }, require: ["subject"] }] },
      /^rules\[0\]\.when\.category \| /,
    ],
    [
      "rule on unknown option",
      {
        fields: { t: { kind: "choice", label: "T", options: { a: "A" } }, x: text },
        rules: [{ when: { field: "t", equals: "b" }, require: ["x"] }],
      },
      /^rules\[0\]\.when\.equals \| /,
    ],
    [
      "rule that can never apply",
      { ...sellerHelp, rules: [{ when: { category: ["order"] }, require: ["sku"] }] },
      /^rules\[0\] \| can never apply: "sku" belongs to category product/,
    ],
    [
      "requireOneOf of one",
      { ...sellerHelp, rules: [{ when: { category: ["product"] }, requireOneOf: ["sku"] }] },
      /^rules\[0\]\.requireOneOf \| /,
    ],
    [
      "requireFile on text",
      {
        ...sellerHelp,
        rules: [
          {
            when: { category: ["order"] },
            requireFile: { field: "subject", types: [{ mime: "text/csv", extensions: ["csv"] }] },
          },
        ],
      },
      /^rules\[0\]\.requireFile\.field \| /,
    ],
    [
      "priority table with holes",
      {
        fields: {
          a: { kind: "choice", label: "A", options: { x: "X", y: "Y" } },
          b: { kind: "choice", label: "B", options: { p: "P" } },
        },
        priority: { from: ["a", "b"], table: { x: { p: "high" } } },
      },
      /^priority\.otherwise \| the table leaves out y\/p/,
    ],
    [
      "priority from a text field",
      { fields: { a: text, b: text }, priority: { from: ["a", "b"], table: {} } },
      /^priority\.from\[0\] \| /,
    ],
  ])("%s", (_label, def, expected) => {
    expect(fieldOf(def)).toMatch(expected);
  });

  it("the definition is kept as given, plain data", () => {
    const form = defineForm(sellerHelp);
    expect(form.definition).toBe(sellerHelp);
    expect(JSON.parse(JSON.stringify(form.definition))).toEqual(sellerHelp);
  });
});
