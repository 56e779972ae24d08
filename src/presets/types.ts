import type { Calendar, CalendarOptions } from "../calendar/types.js";
import type { Form } from "../forms/defineForm.js";
import type { FormDefinition } from "../forms/types.js";
import type { Label, Locale } from "../locale.js";
import type { SlaPolicy, SlaPolicyDefinition } from "../sla/types.js";
import type { Workflow } from "../workflow/defineWorkflow.js";
import type { StatusCategory, WorkflowDefinition } from "../workflow/types.js";

/**
 * A notification a preset's effects name by `template`: a subject and a body
 * in es, pt and en. `{id}`, `{status}` and `{field}` (any of the ticket's
 * fields, e.g. `{subject}`) are filled in by {@link Preset.render}.
 *
 * @example
 * ```ts
 * const confirmation: TemplateDefinition = {
 *   subject: { es: "Caso {id} recibido", pt: "Caso {id} recebido", en: "Case {id} received" },
 *   body: { es: "Asunto: {subject}", pt: "Assunto: {subject}", en: "Subject: {subject}" },
 * };
 * ```
 */
export interface TemplateDefinition {
  readonly subject: Label;
  readonly body: Label;
}

/**
 * How the desk reads a preset's tickets: which form field is the ticket's
 * reference (an order number), and whether a request with the same
 * reference and reason as an open one leads to that one (R002-2).
 *
 * @example
 * ```ts
 * const desk: DeskSettings = { referenceField: "orderNumber", duplicates: "same_reference_and_reason" };
 * ```
 */
export interface DeskSettings {
  /** The form field copied into the ticket's `reference` when the host gives none. */
  readonly referenceField?: string;
  /**
   * `"same_reference_and_reason"`: R002-2. Default: no duplicate check.
   * References compare exactly after trimming (the store filters on them):
   * normalise them (say, upper case) where the host reads them if users type
   * them in varying case.
   */
  readonly duplicates?: "same_reference_and_reason";
  /**
   * The statuses whose changes a requester may choose to be told about
   * (R002-7); effects of other statuses always go out.
   */
  readonly optionalNotifications?: readonly string[];
}

/**
 * A platform's rules as plain data, to read, copy and change: the calendar,
 * the form, the workflow, the SLA policy, the notification templates its
 * effects name, and where each domain rule lives (`rules`: rule ID → a path
 * in this object, e.g. `"workflow.statuses.waiting.timers"`, or several).
 *
 * @example
 * ```ts
 * import { definePreset, retailMarketplaceCL } from "plazo/presets";
 * const mine = definePreset({ ...retailMarketplaceCL, name: "my-store" });
 * ```
 */
export interface PresetDefinition {
  readonly name: string;
  readonly description: Label;
  /** The locale of the platform's users, for messages and templates. */
  readonly locale: Locale;
  readonly calendar: CalendarOptions;
  /** When agents are available (R002-8's live chat); default: `calendar`. */
  readonly agentCalendar?: CalendarOptions;
  readonly form: FormDefinition;
  readonly workflow: WorkflowDefinition;
  readonly sla?: SlaPolicyDefinition;
  readonly templates: { readonly [template: string]: TemplateDefinition };
  readonly desk?: DeskSettings;
  readonly rules: { readonly [ruleId: string]: string | readonly string[] };
}

/**
 * A rendered notification: subject and body in one locale.
 *
 * @example
 * ```ts
 * const { subject, body }: RenderedTemplate = preset.render(effect, ticket);
 * ```
 */
export interface RenderedTemplate {
  readonly template: string;
  readonly subject: string;
  readonly body: string;
}

/**
 * A preset, checked and built: its calendar, form, workflow and SLA policy,
 * ready for `createDesk` (`plazo/desk`) or for direct use.
 *
 * @example
 * ```ts
 * const p = definePreset(retailMarketplaceCL);
 * p.workflow.create({ at: receivedAt, actor, id: "T-1", tenant: "store-9" });
 * ```
 */
export interface Preset {
  readonly definition: PresetDefinition;
  readonly calendar: Calendar;
  readonly agentCalendar: Calendar;
  // biome-ignore lint/suspicious/noExplicitAny: a preset's form value type is the host's to narrow
  readonly form: Form<any>;
  readonly workflow: Workflow;
  readonly sla: SlaPolicy | undefined;
  /** The status category of a status of the workflow. */
  categoryOf(status: string): StatusCategory;
  /** The notification an effect names, in `locale` (default: the preset's). */
  render(
    effect: { readonly template?: string },
    ticket: { readonly id: string; readonly status: string; readonly fields: object },
    options?: { readonly locale?: string | null },
  ): RenderedTemplate | undefined;
  /** The workflow as Mermaid, as {@link Workflow.toMermaid}, in the preset's locale by default. */
  toMermaid(options?: { readonly locale?: string | null }): string;
}
