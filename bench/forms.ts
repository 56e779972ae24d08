// npm run bench (second part): plazo/forms parse of the R003-3 technical form
// against a hand-written classic zod schema of the same form, same inputs.
import { z } from "zod";
import { defineForm } from "../src/forms/index.js";
import { supportPortal, technicalInput } from "../test/forms/definitions.js";
import { opsPerSecond } from "./opsPerSecond.js";

const MB = 1_048_576;
const form = defineForm(supportPortal);
const priority = supportPortal.priority.table;

const handWritten = z
  .object({
    name: z.string().trim().min(2).max(120),
    account: z
      .string()
      .trim()
      .regex(/^(?:[a-z0-9-]{3,40})$/u),
    category: z.tuple([z.literal("technical")]),
    problemType: z.enum(["malfunction", "question", "configuration"]),
    subject: z.string().trim().min(5).max(150),
    impact: z.enum(["auxiliary", "important", "critical"]),
    affectedUsers: z.enum(["admins", "shoppers", "all"]),
    experience: z.enum(["learning", "proficient", "advanced"]),
    description: z.string().trim().min(20).max(5000),
    files: z
      .array(
        z.object({
          name: z.string().min(1).max(255),
          size: z
            .number()
            .nonnegative()
            .max(20 * MB),
          type: z.string(),
          id: z.string().optional(),
          status: z.enum(["uploaded", "pending", "failed"]).optional(),
        }),
      )
      .max(10)
      .optional(),
    shareSolution: z.boolean().default(true),
  })
  .transform((v) => ({ ...v, priority: priority[v.impact][v.affectedUsers] }));

// Realistic variety: valid tickets with 0-3 files, and one in four invalid.
const inputs = Array.from({ length: 256 }, (_, i) => {
  const files = Array.from({ length: i % 4 }, (_, k) => ({
    name: `captura-${k}.png`,
    size: 1000 * (k + 1),
    type: "image/png",
    id: `f${k}`,
  }));
  const base = { ...technicalInput, subject: `${technicalInput.subject} #${i}`, files };
  return i % 4 === 3 ? { ...base, impact: "huge", description: "corto" } : base;
});

// Both must agree on which inputs are valid.
for (const input of inputs) {
  if (form.parse(input).ok !== handWritten.safeParse(input).success)
    throw new Error("the two schemas disagree");
}

const plazo = opsPerSecond((i) => form.parse(inputs[i]), inputs.length);
const zod = opsPerSecond((i) => handWritten.safeParse(inputs[i]), inputs.length);
const schema = opsPerSecond((i) => form.schema.safeParse(inputs[i]), inputs.length);
const row = (name: string, ops: number) =>
  console.log(`${name.padEnd(44)} ${Math.round(ops).toLocaleString("en").padStart(10)} forms/s`);
console.log(`\nR003-3 technical form, 256 inputs (1 in 4 invalid), median of 15 runs`);
row("plazo form.parse", plazo);
row("hand-written classic zod safeParse", zod);
row("plazo form.schema (zod/mini) safeParse", schema);
const ratio = zod / plazo;
console.log(
  `plazo takes ${ratio.toFixed(2)}x the hand-written schema's time (target <= 1.5x): ${ratio <= 1.5 ? "met" : "MISSED"}`,
);

// Compiling large definitions: defineForm and toJSONSchema of a taxonomy at
// the depth limit (32 levels, a field on each) and of a bushy one (10 x 10 x
// 10 = 1,110 nodes, a field on each), and refusing one 10,000 levels deep.
// Fewer calls than opsPerSecond: one compile takes tens of microseconds.
function rate(fn: () => unknown, calls: number): number {
  for (let i = 0; i < calls; i++) fn();
  const samples: number[] = [];
  for (let s = 0; s < 15; s++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn();
    samples.push(calls / (Number(process.hrtime.bigint() - start) / 1e9));
  }
  return samples.sort((a, b) => a - b)[7] as number;
}

type Node = { label: string; fields?: Record<string, unknown>; children?: Level };
type Level = { label: string; options: Record<string, Node> };

/** A chain `levels` deep, a text field on every node. */
function chain(levels: number): { taxonomy: Level } {
  let node: Node = { label: "Hoja", fields: { f0: { kind: "text", label: "F" } } };
  for (let i = 1; i < levels; i++)
    node = {
      label: `Nivel ${i}`,
      fields: { [`f${i}`]: { kind: "text", label: "F", required: true } },
      children: { label: `Nivel ${i}`, options: { [`k${i}`]: node } },
    };
  return { taxonomy: { label: "Motivo", options: { k0: node } } };
}

/** `width` options on each of `levels` levels, a text field on every node. */
function bushy(width: number, levels: number): { taxonomy: Level } {
  let n = 0;
  const level = (depth: number): Level => {
    const options: Record<string, Node> = {};
    for (let i = 0; i < width; i++) {
      const key = `o${i}`;
      const node: Node = { label: key, fields: { [`f${n++}`]: { kind: "text", label: "F" } } };
      if (depth < levels) node.children = level(depth + 1);
      options[key] = node;
    }
    return { label: `Nivel ${depth}`, options };
  };
  return { taxonomy: level(1) };
}

const compileRow = (name: string, ops: number) =>
  console.log(`${name.padEnd(44)} ${Math.round(ops).toLocaleString("en").padStart(10)} ops/s`);
const deep = chain(32);
const large = bushy(10, 3);
const tooDeep = chain(10_000);
const deepForm = defineForm(deep as never);
const largeForm = defineForm(large as never);
console.log("\nCompiling large definitions, median of 15 runs");
compileRow(
  "defineForm, 32 levels deep",
  rate(() => defineForm(deep as never), 500),
);
compileRow(
  "toJSONSchema, 32 levels deep",
  rate(() => deepForm.toJSONSchema(), 500),
);
compileRow(
  "defineForm, 1,110 nodes (10 x 10 x 10)",
  rate(() => defineForm(large as never), 20),
);
compileRow(
  "toJSONSchema, 1,110 nodes",
  rate(() => largeForm.toJSONSchema(), 20),
);
compileRow(
  "defineForm refusing 10,000 levels",
  rate(() => {
    try {
      defineForm(tooDeep as never);
    } catch (e) {
      return e;
    }
    throw new Error("a 10,000-level taxonomy was accepted");
  }, 50),
);
