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
