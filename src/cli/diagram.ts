/**
 * `plazo diagram <file.json | preset>`: a workflow as a Mermaid flowchart.
 *
 * @module
 */
import { createCalendar } from "../calendar/createCalendar.js";
import { officeHours } from "../calendar/hours.js";
import { closestKey } from "../check.js";
import { PlazoError } from "../errors.js";
import type { Locale } from "../locale.js";
import {
  definePreset,
  departmentStoreMarketplaceCL,
  ecommerceSupportCO,
  fulfilmentPlatformMX,
  marketplaceBR,
  type PresetDefinition,
  retailMarketplaceCL,
} from "../presets/index.js";
import { defineWorkflow } from "../workflow/defineWorkflow.js";
import type { Guard, WorkflowDefinition } from "../workflow/types.js";
import type { CommandLine } from "./args.js";
import type { Command, CommandContext, CommandOutput } from "./command.js";
import { CliError } from "./errors.js";

/**
 * The presets `diagram` knows, by their export name in `plazo/presets`.
 *
 * @example
 * ```ts
 * Object.keys(PRESETS); // ["retailMarketplaceCL", "departmentStoreMarketplaceCL", …]
 * ```
 */
export const PRESETS: Readonly<Record<string, PresetDefinition>> = {
  retailMarketplaceCL,
  departmentStoreMarketplaceCL,
  fulfilmentPlatformMX,
  ecommerceSupportCO,
  marketplaceBR,
};

/** The preset named `source`: its export name or its definition's name, in any case. */
function findPreset(source: string): [string, PresetDefinition] | undefined {
  const s = source.toLowerCase();
  return Object.entries(PRESETS).find(
    ([key, p]) => key.toLowerCase() === s || p.name.toLowerCase() === s,
  );
}

/** Guard names a definition's transitions use: a JSON file cannot carry the functions. */
function guardNames(def: unknown): string[] {
  const transitions = (def as { transitions?: unknown } | null)?.transitions;
  if (!Array.isArray(transitions)) return [];
  return transitions.flatMap((t) => {
    const gs = (t as { guards?: unknown } | null)?.guards;
    return Array.isArray(gs) ? gs.filter((g): g is string => typeof g === "string") : [];
  });
}

/** The workflow definition in a parsed JSON file: the value itself, or its `workflow` key. */
function workflowOf(value: unknown): unknown {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return value;
  const o = value as Record<string, unknown>;
  return !("statuses" in o) && typeof o.workflow === "object" && o.workflow !== null
    ? o.workflow
    : value;
}

function fromFile(path: string, context: CommandContext): string {
  const looksLikePreset = /^[A-Za-z][A-Za-z0-9_-]*$/.test(path);
  let text: string;
  try {
    if (context.readFile === undefined) throw new Error("no file access");
    text = context.readFile(path);
  } catch (e) {
    if (looksLikePreset) {
      const suggestion = closestKey(path, Object.keys(PRESETS));
      throw new CliError("unknown_source", "source", {
        value: path,
        presets: Object.keys(PRESETS).join(", "),
        ...(suggestion === undefined ? {} : { suggestion }),
      });
    }
    const detail = (e as { code?: unknown }).code;
    throw new CliError("unreadable_file", "source", {
      path,
      detail: typeof detail === "string" ? detail : String((e as Error).message ?? e),
    });
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new CliError("bad_json", "source", { path, detail: (e as Error).message });
  }
  const def = workflowOf(value);
  const guards: Record<string, Guard> = {};
  for (const g of guardNames(def)) guards[g] = () => true;
  // Business-clock timers need a calendar to be defined; the diagram does not depend on it.
  const calendar = createCalendar({ timeZone: "UTC", hours: officeHours });
  try {
    return defineWorkflow(def as WorkflowDefinition, { calendar, guards }).toMermaid({
      locale: context.locale,
    });
  } catch (e) {
    if (e instanceof PlazoError)
      throw new CliError("bad_definition", "source", {
        path,
        field: e.field,
        detail: e.message.slice(e.field.length + 2),
      });
    throw e;
  }
}

/**
 * Runs `diagram`: the Mermaid flowchart of a preset (by export name, e.g.
 * `retailMarketplaceCL`, or definition name, e.g. `retail-marketplace-cl`),
 * in the preset's own locale unless `--lang` is given; or of a JSON file
 * holding a workflow definition (or an object with a `workflow` key), read
 * with the context's `readFile`, in the context's locale. The guards a file
 * names are shown by name (a file cannot hold their functions).
 *
 * @example
 * ```ts
 * const line = readCommandLine(["marketplaceBR"], diagramCommand.options, ["source"]);
 * diagram(line, { locale: "es", langGiven: false }).text; // "flowchart LR\n  start__(( )) --> …" in Portuguese
 * ```
 */
export function diagram(line: CommandLine, context: CommandContext): CommandOutput {
  const source = line.positionals[0] as string;
  const preset = findPreset(source);
  let mermaid: string;
  let locale: Locale;
  if (preset !== undefined) {
    const [, def] = preset;
    locale = context.langGiven ? context.locale : def.locale;
    mermaid = definePreset(def).toMermaid({ locale });
  } else {
    locale = context.locale;
    mermaid = fromFile(source, context);
  }
  return {
    text: mermaid,
    json: {
      source: preset === undefined ? source : preset[0],
      kind: preset === undefined ? "file" : "preset",
      locale,
      mermaid,
    },
  };
}

/**
 * The `diagram` command: `<file.json | preset>`.
 *
 * @example
 * ```ts
 * run(["diagram", "retailMarketplaceCL", "--lang", "en"]); // uses diagramCommand
 * ```
 */
export const diagramCommand: Command = {
  name: "diagram",
  options: {},
  positionals: ["source"],
  execute: diagram,
};
