import { describe } from "./check.js";
import { InvalidArgumentError } from "./errors.js";

/**
 * A locale plazo writes messages in.
 *
 * @example
 * ```ts
 * form.parse(input, { locale: "pt" satisfies Locale });
 * ```
 */
export type Locale = "es" | "pt" | "en";

/**
 * A label: one string for every locale, or one per locale.
 *
 * @example
 * ```ts
 * const label: Label = { es: "Número de pedido", pt: "Número do pedido", en: "Order number" };
 * ```
 */
export type Label = string | { readonly es: string; readonly pt: string; readonly en: string };

/** The locales plazo writes messages in, in order of preference. */
export const LOCALES: readonly Locale[] = ["es", "pt", "en"];

/** The locale used when none is given or the one given is not written. */
export const DEFAULT_LOCALE: Locale = "es";

/**
 * The locale to write messages in, from what a host passes through from its
 * user: `"es"`, `"pt"`, `"en"` or a language tag starting with one of them
 * (`"pt-BR"`, `"es_CL"`, `"EN-us"`) picks that locale; `undefined`, `null` or
 * any other string (`"fr"`, `"__proto__"`) falls back to `"es"`. Any other
 * type is a programmer error naming `field`.
 */
export function resolveLocale(v: unknown, field = "locale"): Locale {
  if (v === undefined || v === null) return DEFAULT_LOCALE;
  if (typeof v !== "string")
    throw new InvalidArgumentError(
      field,
      `expected a language tag such as "es" or "pt-BR", got ${describe(v)}`,
    );
  if (v === "es" || v === "pt" || v === "en") return v;
  const primary = v.slice(0, 3).toLowerCase();
  for (const l of LOCALES)
    if (primary === l || primary === `${l}-` || primary === `${l}_`) return l;
  return DEFAULT_LOCALE;
}

/** A label in `locale`. */
export function labelIn(label: Label, locale: Locale): string {
  return typeof label === "string" ? label : label[locale];
}

/** Whether `v` is a non-empty string or an object of non-empty es, pt and en strings. */
export function isLabel(v: unknown): v is Label {
  if (typeof v === "string") return v !== "";
  if (typeof v !== "object" || v === null) return false;
  const o = v as Record<string, unknown>;
  return LOCALES.every((l) => typeof o[l] === "string" && o[l] !== "");
}
