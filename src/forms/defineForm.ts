import * as z from "zod/mini";
import { describe, fail } from "../check.js";
import type { InvalidArgumentError } from "../errors.js";
import { resolveLocale } from "../locale.js";
import { compileDefinition } from "./definition.js";
import { toJSONSchema } from "./jsonSchema.js";
import { run } from "./parse.js";
import { type Summary, summarize } from "./summarize.js";
import type { FormDefinition, FormValue, Locale, ParseResult } from "./types.js";

/**
 * Options of {@link Form.parse}.
 *
 * @example
 * ```ts
 * form.parse(input, { locale: "pt" });
 * ```
 */
export interface ParseOptions {
  /**
   * Language of messages and titles: `"es"`, `"pt"`, `"en"` or a language
   * tag starting with one (`"pt-BR"`). Pass the user's language through:
   * `undefined`, `null` or any other string (`"fr"`) falls back to `"es"`.
   * Anything but a string throws {@link InvalidArgumentError} (`options.locale`).
   */
  readonly locale?: Locale | (string & {}) | null;
}

/**
 * A compiled form. Create one with {@link defineForm}.
 *
 * @example
 * ```ts
 * const r = form.parse(body, { locale: "pt" });
 * ```
 */
export interface Form<V> {
  /** The definition it was built from, unchanged (plain data: store it, diff it). */
  readonly definition: FormDefinition;
  /**
   * Validates any input: `{ ok: true, value }` with unknown keys dropped and
   * strings trimmed, or `{ ok: false, issues, partial }`. Never throws for
   * any `input` (it is the user's data: every problem is an issue); only
   * `options` that are not an object, or a `locale` that is not a string,
   * throw {@link InvalidArgumentError}.
   *
   * @example
   * ```ts
   * const r = form.parse({ subject: "  Hola  " });
   * if (r.ok) r.value.subject; // "Hola"
   * ```
   */
  parse(input: unknown, options?: ParseOptions): ParseResult<V>;
  /**
   * The same validation as a zod (mini) schema: Standard Schema compatible,
   * and composable in a host's classic zod schemas. Issue messages are in
   * Spanish, with the plazo code in `params.code`.
   *
   * @example
   * ```ts
   * import { z } from "zod";
   * const body = z.object({ ticket: form.schema, captcha: z.string() });
   * ```
   */
  readonly schema: z.ZodMiniType<V, unknown>;
  /**
   * JSON Schema (draft 2020-12) for front ends and OpenAPI, with titles in
   * `locale`; conditional requirements become `if`/`then`.
   *
   * @example
   * ```ts
   * const jsonSchema = form.toJSONSchema({ locale: "en" });
   * ```
   */
  toJSONSchema(options?: ParseOptions): Record<string, unknown>;
  /**
   * Describes a parsed value for people, in `locale`: the labels of the
   * chosen reason and each field's label and display value (option labels,
   * Sí/Sim/Yes, file names). For the confirmation a requester sees once
   * the form is complete (R001-2); the case number is the host's.
   *
   * `value` is a parsed value or one the host stored: `undefined`/`null`
   * fields count as absent and unknown keys or categories are skipped, but a
   * value of the wrong type throws {@link InvalidArgumentError} naming it
   * (`value`, `value.category`, `value.files[0].name`).
   *
   * @example
   * ```ts
   * const { reason, fields } = form.summarize(r.value, { locale: "es" });
   * console.log(`${reason.join(" › ")}: ${fields.map((f) => `${f.label}: ${f.value}`).join("; ")}`);
   * ```
   */
  summarize(value: V, options?: ParseOptions): Summary;
}

/** The locale of `options` by the shared policy; a non-object `options` is a programmer error. */
function localeOf(options: unknown): Locale {
  if (options === undefined || options === null) return resolveLocale(undefined);
  if (typeof options !== "object" || Array.isArray(options))
    fail("options", `expected { locale? }, got ${describe(options)}`);
  return resolveLocale((options as { locale?: unknown }).locale, "options.locale");
}

/**
 * Builds a form from a plain-data definition, validating the definition
 * itself: unknown fields in rules, duplicate keys, reserved keys, rules that
 * can never apply, incomplete priority tables throw
 * {@link InvalidArgumentError} naming the path.
 *
 * @example
 * ```ts
 * import { defineForm } from "plazo/forms";
 * const form = defineForm({
 *   fields: {
 *     subject: { kind: "text", label: { es: "Asunto", pt: "Assunto", en: "Subject" }, required: true },
 *     orderNumber: { kind: "identifier", label: "Pedido", pattern: "[0-9]{10}" },
 *   },
 * });
 * form.parse({ subject: "Pedido sin despacho", orderNumber: "2000012345" }); // { ok: true, value: … }
 * ```
 */
export function defineForm<const D extends FormDefinition>(definition: D): Form<FormValue<D>> {
  const plan = compileDefinition(definition);
  type V = FormValue<D>;
  const parse = (input: unknown, options?: ParseOptions): ParseResult<V> => {
    const locale = localeOf(options);
    try {
      const { issues, out } = run(plan, input, locale);
      return issues.length === 0
        ? { ok: true, value: out as V }
        : { ok: false, issues, partial: out as Partial<V> };
    } catch {
      // Only an exotic input (a proxy or a getter that throws) gets here.
      return {
        ok: false,
        issues: [{ path: [], code: "not_an_object", message: "El formulario no se pudo leer." }],
        partial: {},
      };
    }
  };
  let schema: z.ZodMiniType<V, unknown> | undefined;
  return {
    definition,
    parse,
    get schema() {
      schema ??= z.pipe(
        z.unknown(),
        z.transform((input: unknown, ctx): V => {
          const r = parse(input);
          if (r.ok) return r.value;
          for (const issue of r.issues) {
            ctx.issues.push({
              code: "custom",
              message: issue.message,
              path: [...issue.path],
              input,
              params: { code: issue.code },
            });
          }
          return z.NEVER as V;
        }),
      ) as unknown as z.ZodMiniType<V, unknown>;
      return schema;
    },
    toJSONSchema: (options) => toJSONSchema(plan, localeOf(options)),
    summarize: (value, options) => summarize(plan, value, localeOf(options)),
  };
}
