// Issue 13: a misspelled key anywhere in a form definition is refused with
// the path of the key and, when one is close, the key that was meant.
import { defineForm, fileTypes, InvalidArgumentError } from "plazo/forms";
import { describe, expect, it } from "vitest";

const text = { kind: "text", label: "Asunto" } as const;
const node = { label: "Producto", fields: { sku: text } };

function refusal(definition: unknown): { field: string; message: string } {
  try {
    defineForm(definition as never);
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidArgumentError);
    return { field: (e as InvalidArgumentError).field, message: (e as Error).message };
  }
  throw new Error("defineForm accepted the definition");
}

describe("unknown keys in a form definition", () => {
  it.each<[string, unknown, string, string | RegExp]>([
    [
      "a field's requried",
      { fields: { subject: { ...text, requried: true } } },
      "fields.subject.requried",
      'did you mean "required"',
    ],
    [
      "the top level's field",
      { field: { subject: text } },
      "definition.field",
      'did you mean "fields"',
    ],
    [
      "the top level's requireal",
      { fields: { subject: text }, requireal: true },
      "definition.requireal",
      'did you mean "requireAll"',
    ],
    [
      "a key of another kind",
      { fields: { subject: { ...text, pattern: "[0-9]+" } } },
      "fields.subject.pattern",
      /expected one of "kind", "label", "required", "min", "max"/,
    ],
    [
      "a choice's option",
      { fields: { c: { kind: "choice", label: "C", option: { a: "A" } } } },
      "fields.c.option",
      'did you mean "options"',
    ],
    [
      "an attachments field's maxFileSise",
      { fields: { f: { kind: "attachments", label: "F", maxFileSise: 10 } } },
      "fields.f.maxFileSise",
      'did you mean "maxFileSize"',
    ],
    [
      "an accepted type's mimes",
      {
        fields: {
          f: {
            kind: "attachments",
            label: "F",
            accept: [{ mimes: "image/png", extensions: ["png"] }],
          },
        },
      },
      "fields.f.accept[0].mimes",
      'did you mean "mime"',
    ],
    [
      "a level's option",
      { taxonomy: { label: "Motivo", option: { product: node } } },
      "taxonomy",
      /expected \{ label, options \}/,
    ],
    [
      "a level's extra key",
      { taxonomy: { label: "Motivo", options: { product: node }, lable: "x" } },
      "taxonomy.lable",
      'did you mean "label"',
    ],
    [
      "a node's options instead of children",
      {
        taxonomy: {
          label: "Motivo",
          options: { product: { ...node, options: { a: { label: "A" } } } },
        },
      },
      "taxonomy.options.product.options",
      "a node's next level goes in children: { label, options }",
    ],
    [
      "a node's feilds",
      {
        taxonomy: { label: "Motivo", options: { product: { label: "P", feilds: { sku: text } } } },
      },
      "taxonomy.options.product.feilds",
      'did you mean "fields"',
    ],
    [
      "a rule's requireOneof",
      {
        fields: { a: text, b: text },
        rules: [{ when: { field: "a" }, require: ["b"], requireOneof: ["a", "b"] }],
      },
      "rules[0].requireOneof",
      'did you mean "requireOneOf"',
    ],
    [
      "a condition's equal",
      {
        fields: { c: { kind: "choice", label: "C", options: { a: "A" } }, b: text },
        rules: [{ when: { field: "c", equal: "a" }, require: ["b"] }],
      },
      "rules[0].when.equal",
      'did you mean "equals"',
    ],
    [
      "a category condition's extra key",
      {
        taxonomy: { label: "M", options: { product: node } },
        rules: [{ when: { category: ["product"], field: "sku" }, require: ["sku"] }],
      },
      "rules[0].when.field",
      /expected one of "category"/,
    ],
    [
      "a requireFile's type",
      {
        fields: { f: { kind: "attachments", label: "F" } },
        rules: [{ when: { field: "f" }, requireFile: { field: "f", type: fileTypes.pdf } }],
      },
      "rules[0].requireFile.type",
      'did you mean "types"',
    ],
    [
      "a priority's otherwize",
      {
        fields: {
          a: { kind: "choice", label: "A", options: { x: "X" } },
          b: { kind: "choice", label: "B", options: { y: "Y" } },
        },
        priority: { from: ["a", "b"], table: { x: { y: "high" } }, otherwize: "low" },
      },
      "priority.otherwize",
      'did you mean "otherwise"',
    ],
  ])("%s", (_what, definition, field, message) => {
    const r = refusal(definition);
    expect(r.field).toBe(field);
    expect(r.message).toMatch(message);
  });

  it("a label's unknown locale", () => {
    const r = refusal({
      fields: {
        subject: {
          kind: "text",
          label: { es: "Asunto", pt: "Assunto", en: "Subject", fr: "Sujet" },
        },
      },
    });
    expect(r.field).toBe("fields.subject.label.fr");
    expect(r.message).toMatch(/expected one of "es", "pt", "en"/);
  });

  it("a key nothing resembles gets the list of known keys and no guess", () => {
    const r = refusal({ fields: { subject: { ...text, placeholder: "…" } } });
    expect(r.field).toBe("fields.subject.placeholder");
    expect(r.message).not.toMatch(/did you mean/);
    expect(r.message).toMatch(/expected one of "kind", "label", "required", "min", "max"/);
  });

  it("a three-level taxonomy with children compiles (R001-1)", () => {
    const form = defineForm({
      taxonomy: {
        label: "Tipo",
        options: {
          claim: {
            label: "Reclamo",
            children: {
              label: "Área",
              options: {
                logistics: {
                  label: "Logística",
                  children: { label: "Causa", options: { late: { label: "Atraso" } } },
                },
              },
            },
          },
        },
      },
    });
    expect(form.parse({ category: ["claim", "logistics", "late"] }).ok).toBe(true);
    expect(form.parse({ category: ["claim", "logistics"] }).ok).toBe(false);
  });
});
