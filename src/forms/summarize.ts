import type { CompiledLevel, Plan } from "./definition.js";
import { labelIn } from "./messages.js";
import type { Attachment, Locale } from "./types.js";

/**
 * A parsed ticket described for people: see {@link Form.summarize}.
 *
 * @example
 * ```ts
 * const { reason, fields }: Summary = form.summarize(value, { locale: "es" });
 * ```
 */
export interface Summary {
  /** Labels of the chosen category path, e.g. `["Reclamo", "Logística", "Atraso"]`. */
  readonly reason: readonly string[];
  /** Each present field, in definition order, with its label and a display value. */
  readonly fields: readonly {
    readonly key: string;
    readonly label: string;
    readonly value: string;
  }[];
}

const YES = { es: "Sí", pt: "Sim", en: "Yes" };
const NO = { es: "No", pt: "Não", en: "No" };

/** Describes a parsed value in `locale`: reason labels and field label/value pairs. */
export function summarize(plan: Plan, value: Record<string, unknown>, locale: Locale): Summary {
  const reason: string[] = [];
  const fields = [...plan.root];
  const category = Array.isArray(value.category) ? value.category : [];
  let level: CompiledLevel | undefined = plan.taxonomy;
  for (const key of category) {
    const node = level && typeof key === "string" ? level.options[key] : undefined;
    if (!node) break;
    reason.push(labelIn(node.label, locale));
    fields.push(...node.fields);
    level = node.children;
  }
  const out: { key: string; label: string; value: string }[] = [];
  for (const f of fields) {
    const v = Object.hasOwn(value, f.key) ? value[f.key] : undefined;
    if (v === undefined) continue;
    let shown: string;
    if (f.def.kind === "choice") {
      const options = f.def.options;
      const keys = Array.isArray(v) ? v : [v];
      shown = keys
        .map((k) =>
          typeof k === "string" && Object.hasOwn(options, k)
            ? labelIn(options[k] as string, locale)
            : String(k),
        )
        .join(", ");
    } else if (f.def.kind === "boolean") shown = v ? YES[locale] : NO[locale];
    else if (f.def.kind === "attachments")
      shown = (v as Attachment[]).map((a) => a.name).join(", ");
    else shown = String(v);
    out.push({ key: f.key, label: labelIn(f.def.label, locale), value: shown });
  }
  return { reason, fields: out };
}
