import { type Locale, labelIn } from "../locale.js";
import type { Clock, Span, WorkflowDefinition } from "./types.js";

const RESERVED = new Set([
  "end",
  "graph",
  "subgraph",
  "flowchart",
  "style",
  "class",
  "classdef",
  "click",
  "linkstyle",
  "default",
  "direction",
]);
const text = (s: string) => `"${s.replaceAll('"', "#quot;")}"`;

/** A span as a short English phrase: "3 business days", "1 business day at 09:00", "27h business", "1d wall". */
export function describeSpan(span: Span, clock: Clock = "business"): string {
  if ("businessDays" in span) {
    const at = span.at === undefined || span.at === "end" ? "" : ` at ${span.at}`;
    return `${span.businessDays} business day${span.businessDays === 1 ? "" : "s"}${at}`;
  }
  const parts = [
    [span.days, "d"],
    [span.hours, "h"],
    [span.minutes, "min"],
    [span.seconds, "s"],
    [span.milliseconds, "ms"],
  ]
    .filter(([n]) => n !== undefined && n !== 0)
    .map(([n, unit]) => `${n}${unit}`);
  return `${parts.join(" ")} ${clock === "wall" ? "wall" : "business"}`;
}

/** The workflow as a Mermaid flowchart (see Workflow.toMermaid). */
export function toMermaid(def: WorkflowDefinition, locale: Locale): string {
  const names = Object.keys(def.statuses);
  const ids = new Map(
    names.map((n, i) => [
      n,
      /^[A-Za-z][A-Za-z0-9_]*$/.test(n) && !RESERVED.has(n.toLowerCase()) ? n : `s${i}`,
    ]),
  );
  const id = (n: string) => ids.get(n) as string;
  const lines = ["flowchart LR", `  start__(( )) --> ${id(def.initial)}`];
  for (const n of names) {
    const s = def.statuses[n];
    if (s === undefined) continue;
    const label = text(
      `${labelIn(s.label, locale)}${labelIn(s.label, locale).toLowerCase() === n.toLowerCase() ? "" : ` (${n})`}`,
    );
    lines.push(s.final ? `  ${id(n)}(((${label})))` : `  ${id(n)}[${label}]`);
  }
  for (const t of def.transitions) {
    const window = t.window ? ` within ${describeSpan(t.window.within, t.window.clock)}` : "";
    const guards = t.guards?.length ? ` [${t.guards.join(", ")}]` : "";
    const label = text(`${t.event} (${t.roles.join(", ")})${guards}${window}`);
    for (const from of typeof t.from === "string" ? [t.from] : t.from)
      lines.push(`  ${id(from)} -->|${label}| ${id(t.to)}`);
  }
  for (const n of names)
    for (const tm of def.statuses[n]?.timers ?? []) {
      const when = tm.every
        ? `every ${describeSpan(tm.every, tm.clock)}${tm.times ? ` ×${tm.times}` : ""}`
        : `after ${describeSpan(tm.after ?? {}, tm.clock)}`;
      const effects = (tm.effects ?? []).map((e) => e.template ?? e.type);
      const target = tm.fire
        ? def.transitions.find(
            (t) =>
              t.event === tm.fire &&
              t.roles.includes("system") &&
              (t.from === n || (typeof t.from !== "string" && t.from.includes(n))),
          )?.to
        : undefined;
      const what = [tm.fire, ...effects].filter(Boolean).join(", ");
      lines.push(`  ${id(n)} -.->|${text(`⏱ ${tm.name}: ${when} → ${what}`)}| ${id(target ?? n)}`);
    }
  return `${lines.join("\n")}\n`;
}
