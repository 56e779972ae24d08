import { frozen } from "../check.js";
import { type Label, type Locale, labelIn } from "../locale.js";
import type { RefusalCode, Role } from "./types.js";

const builtInEvents: Record<string, Record<Locale, string>> = {
  comment: { es: "comentar", pt: "comentar", en: "comment" },
  set_field: { es: "cambiar un campo", pt: "alterar um campo", en: "change a field" },
  apply_sla: { es: "aplicar el SLA", pt: "aplicar o SLA", en: "apply the SLA" },
};

/**
 * What an event is called in a message: the first label a transition gives
 * it, the built-in name of `comment`, `set_field` and `apply_sla`, or the
 * name with spaces for underscores.
 */
export function eventLabel(
  transitions: readonly { readonly event: string; readonly label?: Label }[],
  event: string,
  locale: Locale,
): string {
  for (const t of transitions)
    if (t.event === event && t.label !== undefined) return labelIn(t.label, locale);
  const builtIn = Object.hasOwn(builtInEvents, event) ? builtInEvents[event] : undefined;
  return builtIn ? builtIn[locale] : event.replace(/_/g, " ");
}

/** What a refusal message may mention, already in the message's locale. */
export interface RefusalParams {
  status: string;
  event?: string | undefined;
  role?: Role | undefined;
  guard?: string | undefined;
  /** Local "YYYY-MM-DD HH:mm" in the workflow's zone. */
  when?: string | undefined;
  last?: string | undefined;
}

const roleNames: Record<Locale, Record<Role, string>> = {
  es: { requester: "solicitante", agent: "agente", system: "sistema", admin: "administrador" },
  pt: { requester: "solicitante", agent: "agente", system: "sistema", admin: "administrador" },
  en: { requester: "requester", agent: "agent", system: "system", admin: "admin" },
};
/** "an agent", "a requester". */
const an = (noun: string, a: "A" | "a") => `${a}${/^[aeiou]/.test(noun) ? "n" : ""} ${noun}`;
type Template = (p: RefusalParams, role: string) => string;

const catalog: Record<Locale, Record<RefusalCode, Template>> = {
  es: {
    transition_not_allowed: (p) =>
      `La acción «${p.event}» no es posible en el estado «${p.status}».`,
    role_not_allowed: (p, r) =>
      `Un ${r} no puede realizar «${p.event}» en el estado «${p.status}».`,
    guard_failed: (p) => `No se cumple la condición «${p.guard}» para «${p.event}».`,
    window_closed: (p) => `El plazo para «${p.event}» venció el ${p.when}.`,
    ticket_closed: (p) => `El ticket está «${p.status}» y ya no admite cambios ni comentarios.`,
    comments_not_accepted: (p, r) =>
      `En el estado «${p.status}» no se admiten comentarios de un ${r}.`,
    time_went_backwards: (p) =>
      `La hora indicada (${p.when}) es anterior al último evento del ticket (${p.last}).`,
    tenant_mismatch: () => "Este ticket pertenece a otra cuenta.",
  },
  pt: {
    transition_not_allowed: (p) => `A ação “${p.event}” não é possível no status “${p.status}”.`,
    role_not_allowed: (p, r) => `Um ${r} não pode realizar “${p.event}” no status “${p.status}”.`,
    guard_failed: (p) => `A condição “${p.guard}” para “${p.event}” não foi atendida.`,
    window_closed: (p) => `O prazo para “${p.event}” venceu em ${p.when}.`,
    ticket_closed: (p) =>
      `O ticket está “${p.status}” e não aceita mais alterações nem comentários.`,
    comments_not_accepted: (p, r) =>
      `No status “${p.status}” não são aceitos comentários de um ${r}.`,
    time_went_backwards: (p) =>
      `O horário informado (${p.when}) é anterior ao último evento do ticket (${p.last}).`,
    tenant_mismatch: () => "Este ticket pertence a outra conta.",
  },
  en: {
    transition_not_allowed: (p) => `“${p.event}” is not possible in status “${p.status}”.`,
    role_not_allowed: (p, r) => `${an(r, "A")} cannot do “${p.event}” in status “${p.status}”.`,
    guard_failed: (p) => `The condition “${p.guard}” for “${p.event}” is not met.`,
    window_closed: (p) => `The time to “${p.event}” ran out on ${p.when}.`,
    ticket_closed: (p) => `The ticket is “${p.status}” and accepts no more changes or comments.`,
    comments_not_accepted: (p, r) => `Status “${p.status}” accepts no comments from ${an(r, "a")}.`,
    time_went_backwards: (p) =>
      `The given time (${p.when}) is before the ticket's last event (${p.last}).`,
    tenant_mismatch: () => "This ticket belongs to another account.",
  },
};

/**
 * Every refusal code, for exhaustiveness checks.
 *
 * @example
 * ```ts
 * for (const code of REFUSAL_CODES) assert(myTranslations[code]);
 * ```
 */
export const REFUSAL_CODES: readonly RefusalCode[] = /* @__PURE__ */ frozen(
  Object.keys(catalog.en) as RefusalCode[],
);

/** The message for a refusal in `locale`. */
export function refusalMessage(code: RefusalCode, locale: Locale, params: RefusalParams): string {
  return catalog[locale][code](params, params.role ? roleNames[locale][params.role] : "");
}
