import { createCalendar } from "../calendar/createCalendar.js";
import { checkKeys, describe, fail, isName, isObject } from "../check.js";
import { PlazoError } from "../errors.js";
import { defineForm } from "../forms/defineForm.js";
import { isLabel, LOCALES, labelIn, resolveLocale } from "../locale.js";
import { defineSlaPolicy } from "../sla/defineSlaPolicy.js";
import { defineWorkflow } from "../workflow/defineWorkflow.js";
import type { EffectDefinition, WorkflowDefinition } from "../workflow/types.js";
import type { Preset, PresetDefinition, RenderedTemplate, TemplateDefinition } from "./types.js";

const KEYS = [
  "name",
  "description",
  "locale",
  "calendar",
  "agentCalendar",
  "form",
  "workflow",
  "sla",
  "templates",
  "desk",
  "rules",
];

/** Runs `build`; a PlazoError it throws is thrown again with `part.` before its field. */
function within<T>(part: string, build: () => T): T {
  try {
    return build();
  } catch (e) {
    if (!(e instanceof PlazoError)) throw e;
    const Kind = e.constructor as new (field: string, message: string) => PlazoError;
    throw new Kind(`${part}.${e.field}`, e.message.slice(e.field.length + 2));
  }
}

/** Every effect of a workflow definition, with its path. */
function effectsOf(wf: WorkflowDefinition): [string, EffectDefinition][] {
  const out: [string, EffectDefinition][] = [];
  const add = (path: string, list: readonly EffectDefinition[] | undefined) => {
    for (const [i, fx] of (list ?? []).entries()) out.push([`${path}[${i}]`, fx]);
  };
  add("workflow.onCreate", wf.onCreate);
  for (const [name, s] of Object.entries(wf.statuses)) {
    add(`workflow.statuses.${name}.onEnter`, s.onEnter);
    for (const [i, t] of (s.timers ?? []).entries())
      add(`workflow.statuses.${name}.timers[${i}].effects`, t.effects);
  }
  for (const [i, t] of wf.transitions.entries())
    add(`workflow.transitions[${i}].effects`, t.effects);
  return out;
}

function checkTemplates(def: PresetDefinition): void {
  if (!isObject(def.templates)) fail("templates", "expected { name: { subject, body } }");
  for (const [name, t] of Object.entries(def.templates)) {
    if (!isObject(t)) fail(`templates.${name}`, "expected { subject, body }");
    checkKeys(t, ["subject", "body"], `templates.${name}`);
    for (const k of ["subject", "body"] as const)
      if (!isLabel(t[k])) fail(`templates.${name}.${k}`, "expected a string or { es, pt, en }");
  }
  for (const [path, fx] of effectsOf(def.workflow))
    if (fx.template !== undefined && !Object.hasOwn(def.templates, fx.template))
      fail(`${path}.template`, `no template ${describe(fx.template)} in templates`);
}

/** Follows a path such as `workflow.statuses.waiting.timers[0]` in `root`. */
function resolves(root: unknown, path: string): boolean {
  let at: unknown = root;
  for (const part of path.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== "")) {
    if (!isObject(at) && !Array.isArray(at)) return false;
    if (!Object.hasOwn(at as object, part)) return false;
    at = (at as Record<string, unknown>)[part];
  }
  return true;
}

function checkRules(def: PresetDefinition): void {
  if (!isObject(def.rules)) fail("rules", "expected { ruleId: path (or paths) in the preset }");
  for (const [id, where] of Object.entries(def.rules)) {
    if (!/^R\d{3}-\d+$/.test(id)) fail(`rules.${id}`, 'expected a rule ID such as "R000-1"');
    const paths: readonly unknown[] = Array.isArray(where) ? where : [where];
    if (paths.length === 0) fail(`rules.${id}`, "expected a path or a list of paths");
    for (const path of paths)
      if (typeof path !== "string" || !resolves(def, path))
        fail(`rules.${id}`, `${describe(path)} is not a path in this preset`);
  }
}

function checkHead(def: PresetDefinition): void {
  if (!isObject(def)) fail("preset", `expected a preset definition, got ${describe(def)}`);
  checkKeys(def as unknown as Record<string, unknown>, KEYS, "preset");
  if (!isName(def.name)) fail("name", "expected a non-empty string");
  if (!isLabel(def.description)) fail("description", "expected a string or { es, pt, en }");
  if (!LOCALES.includes(def.locale)) fail("locale", `expected one of ${LOCALES.join(", ")}`);
  if (def.desk !== undefined) {
    if (!isObject(def.desk))
      fail("desk", "expected { referenceField?, duplicates?, optionalNotifications? }");
    checkKeys(def.desk, ["referenceField", "duplicates", "optionalNotifications"], "desk");
  }
}

/** `{id}`, `{status}` and `{field}` of `text` filled from `values`; unknown names stay as they are. */
const fill = (text: string, values: Readonly<Record<string, unknown>>) =>
  text.replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = Object.hasOwn(values, name) ? values[name] : undefined;
    return typeof v === "string" || typeof v === "number" ? String(v) : all;
  });

/**
 * Checks a {@link PresetDefinition} and builds it: the calendar, form,
 * workflow and SLA policy are defined as their own modules define them (an
 * error names the preset's path, e.g. `form.fields.subject.kind`), every
 * template an effect names exists, and every rule ID points at a path of
 * the preset.
 *
 * @example
 * ```ts
 * import { definePreset, retailMarketplaceCL } from "plazo/presets";
 * const preset = definePreset(retailMarketplaceCL);
 * const r = preset.form.parse(body, { locale: "es" });
 * ```
 */
export function definePreset(def: PresetDefinition): Preset {
  checkHead(def);
  const calendar = within("calendar", () => createCalendar(def.calendar));
  const agentCalendar =
    def.agentCalendar === undefined
      ? calendar
      : within("agentCalendar", () =>
          createCalendar(def.agentCalendar as PresetDefinition["calendar"]),
        );
  const form = within("form", () => defineForm(def.form));
  const sla =
    def.sla === undefined ? undefined : within("sla", () => defineSlaPolicy(def.sla as never));
  const workflow = within("workflow", () =>
    defineWorkflow(def.workflow, sla === undefined ? { calendar } : { calendar, sla }),
  );
  checkTemplates(def);
  checkRules(def);
  const statuses = def.workflow.statuses;
  const render = (
    effect: { readonly template?: string },
    ticket: { readonly id: string; readonly status: string; readonly fields: object },
    options?: { readonly locale?: string | null },
  ): RenderedTemplate | undefined => {
    if (!isObject(effect)) fail("effect", `expected an effect, got ${describe(effect)}`);
    if (!isObject(ticket) || !isName(ticket.id) || typeof ticket.status !== "string")
      fail("ticket", `expected a ticket { id, status, fields }, got ${describe(ticket)}`);
    if (!isObject(ticket.fields))
      fail("ticket.fields", `expected an object, got ${describe(ticket.fields)}`);
    if (options !== undefined && !isObject(options))
      fail("options", `expected { locale? }, got ${describe(options)}`);
    const name = effect.template;
    if (name === undefined || !Object.hasOwn(def.templates, name)) return undefined;
    const locale =
      options?.locale == null ? def.locale : resolveLocale(options.locale, "options.locale");
    const t = def.templates[name] as TemplateDefinition;
    const status = Object.hasOwn(statuses, ticket.status) ? statuses[ticket.status] : undefined;
    const values = {
      ...(ticket.fields as Record<string, unknown>),
      id: ticket.id,
      status: status ? labelIn(status.label, locale) : ticket.status,
    };
    return {
      template: name,
      subject: fill(labelIn(t.subject, locale), values),
      body: fill(labelIn(t.body, locale), values),
    };
  };
  return {
    definition: def,
    calendar,
    agentCalendar,
    form,
    workflow,
    sla,
    categoryOf: (status) => {
      if (typeof status !== "string" || !Object.hasOwn(statuses, status))
        fail("status", `unknown status ${describe(status)}`);
      return (statuses[status] as WorkflowDefinition["statuses"][string]).category;
    },
    render,
    toMermaid: (options) => workflow.toMermaid({ locale: options?.locale ?? def.locale }),
  };
}
