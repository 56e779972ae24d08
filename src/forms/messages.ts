import { frozen } from "../check.js";
import type { Locale } from "../locale.js";
import type { IssueCode } from "./types.js";

/** Parameters a message may use. */
export interface MessageParams {
  label?: string;
  min?: number | string;
  max?: number | string;
  example?: string;
  file?: string;
  fields?: string;
}

type Template = (p: MessageParams) => string;
const q = {
  es: (s?: string) => `«${s}»`,
  pt: (s?: string) => `“${s}”`,
  en: (s?: string) => `“${s}”`,
};
const mb = (n?: number | string) => `${Math.round((Number(n) / 1_048_576) * 10) / 10} MB`;

const catalog: Record<Locale, Record<IssueCode, Template>> = {
  es: {
    not_an_object: () => "El formulario debe ser un objeto con sus campos.",
    required: (p) => `El campo ${q.es(p.label)} es obligatorio.`,
    one_of_required: (p) => `Indica al menos uno de estos campos: ${p.fields}.`,
    invalid_type: (p) => `El valor de ${q.es(p.label)} no es del tipo esperado.`,
    too_short: (p) => `${q.es(p.label)} debe tener al menos ${p.min} caracteres.`,
    too_long: (p) => `${q.es(p.label)} puede tener como máximo ${p.max} caracteres.`,
    invalid_option: (p) => `Elige una opción válida para ${q.es(p.label)}.`,
    invalid_email: (p) => `${q.es(p.label)} no es un correo electrónico válido.`,
    invalid_format: (p) =>
      `${q.es(p.label)} no tiene el formato esperado${p.example ? ` (por ejemplo ${p.example})` : ""}.`,
    too_small: (p) => `${q.es(p.label)} debe ser como mínimo ${p.min}.`,
    too_big: (p) => `${q.es(p.label)} debe ser como máximo ${p.max}.`,
    not_integer: (p) => `${q.es(p.label)} debe ser un número entero.`,
    invalid_date: (p) =>
      `${q.es(p.label)} debe ser una fecha AAAA-MM-DD válida${p.min || p.max ? ` entre ${p.min ?? "…"} y ${p.max ?? "…"}` : ""}.`,
    invalid_category: (p) => `La categoría elegida en ${q.es(p.label)} no existe.`,
    incomplete_category: (p) => `Completa la selección de ${q.es(p.label)}.`,
    too_many_files: (p) => `Puedes adjuntar como máximo ${p.max} archivos.`,
    file_too_large: (p) => `El archivo ${q.es(p.file)} supera el máximo de ${mb(p.max)}.`,
    total_too_large: (p) => `Los archivos adjuntos superan en total ${mb(p.max)}.`,
    file_type_not_allowed: (p) => `El tipo del archivo ${q.es(p.file)} no está permitido.`,
    unsafe_file_name: (p) =>
      `El nombre del archivo ${q.es(p.file)} no es seguro; cámbialo y vuelve a subirlo.`,
    file_required: (p) => `Adjunta un archivo del tipo requerido en ${q.es(p.label)}.`,
    upload_failed: (p) =>
      `No se pudo subir ${q.es(p.file)}; inténtalo de nuevo, el resto del formulario se conserva.`,
    upload_pending: (p) => `${q.es(p.file)} aún se está subiendo; espera a que termine.`,
  },
  pt: {
    not_an_object: () => "O formulário deve ser um objeto com seus campos.",
    required: (p) => `O campo ${q.pt(p.label)} é obrigatório.`,
    one_of_required: (p) => `Informe pelo menos um destes campos: ${p.fields}.`,
    invalid_type: (p) => `O valor de ${q.pt(p.label)} não é do tipo esperado.`,
    too_short: (p) => `${q.pt(p.label)} deve ter pelo menos ${p.min} caracteres.`,
    too_long: (p) => `${q.pt(p.label)} pode ter no máximo ${p.max} caracteres.`,
    invalid_option: (p) => `Escolha uma opção válida para ${q.pt(p.label)}.`,
    invalid_email: (p) => `${q.pt(p.label)} não é um e-mail válido.`,
    invalid_format: (p) =>
      `${q.pt(p.label)} não está no formato esperado${p.example ? ` (por exemplo ${p.example})` : ""}.`,
    too_small: (p) => `${q.pt(p.label)} deve ser no mínimo ${p.min}.`,
    too_big: (p) => `${q.pt(p.label)} deve ser no máximo ${p.max}.`,
    not_integer: (p) => `${q.pt(p.label)} deve ser um número inteiro.`,
    invalid_date: (p) =>
      `${q.pt(p.label)} deve ser uma data AAAA-MM-DD válida${p.min || p.max ? ` entre ${p.min ?? "…"} e ${p.max ?? "…"}` : ""}.`,
    invalid_category: (p) => `A categoria escolhida em ${q.pt(p.label)} não existe.`,
    incomplete_category: (p) => `Complete a seleção de ${q.pt(p.label)}.`,
    too_many_files: (p) => `Você pode anexar no máximo ${p.max} arquivos.`,
    file_too_large: (p) => `O arquivo ${q.pt(p.file)} excede o máximo de ${mb(p.max)}.`,
    total_too_large: (p) => `Os anexos excedem no total ${mb(p.max)}.`,
    file_type_not_allowed: (p) => `O tipo do arquivo ${q.pt(p.file)} não é permitido.`,
    unsafe_file_name: (p) =>
      `O nome do arquivo ${q.pt(p.file)} não é seguro; renomeie e envie de novo.`,
    file_required: (p) => `Anexe um arquivo do tipo exigido em ${q.pt(p.label)}.`,
    upload_failed: (p) =>
      `Não foi possível enviar ${q.pt(p.file)}; tente de novo, o resto do formulário é mantido.`,
    upload_pending: (p) => `${q.pt(p.file)} ainda está sendo enviado; aguarde terminar.`,
  },
  en: {
    not_an_object: () => "The form must be an object with its fields.",
    required: (p) => `${q.en(p.label)} is required.`,
    one_of_required: (p) => `Give at least one of these fields: ${p.fields}.`,
    invalid_type: (p) => `The value of ${q.en(p.label)} has the wrong type.`,
    too_short: (p) => `${q.en(p.label)} must have at least ${p.min} characters.`,
    too_long: (p) => `${q.en(p.label)} can have at most ${p.max} characters.`,
    invalid_option: (p) => `Choose a valid option for ${q.en(p.label)}.`,
    invalid_email: (p) => `${q.en(p.label)} is not a valid e-mail address.`,
    invalid_format: (p) =>
      `${q.en(p.label)} does not have the expected format${p.example ? ` (for example ${p.example})` : ""}.`,
    too_small: (p) => `${q.en(p.label)} must be at least ${p.min}.`,
    too_big: (p) => `${q.en(p.label)} must be at most ${p.max}.`,
    not_integer: (p) => `${q.en(p.label)} must be a whole number.`,
    invalid_date: (p) =>
      `${q.en(p.label)} must be a valid YYYY-MM-DD date${p.min || p.max ? ` between ${p.min ?? "…"} and ${p.max ?? "…"}` : ""}.`,
    invalid_category: (p) => `The category chosen in ${q.en(p.label)} does not exist.`,
    incomplete_category: (p) => `Complete the choice of ${q.en(p.label)}.`,
    too_many_files: (p) => `You can attach at most ${p.max} files.`,
    file_too_large: (p) => `The file ${q.en(p.file)} is over the ${mb(p.max)} limit.`,
    total_too_large: (p) => `The attachments exceed ${mb(p.max)} in total.`,
    file_type_not_allowed: (p) => `The type of ${q.en(p.file)} is not allowed.`,
    unsafe_file_name: (p) =>
      `The file name ${q.en(p.file)} is unsafe; rename it and upload it again.`,
    file_required: (p) => `Attach a file of the required type in ${q.en(p.label)}.`,
    upload_failed: (p) =>
      `${q.en(p.file)} could not be uploaded; try again, the rest of the form is kept.`,
    upload_pending: (p) => `${q.en(p.file)} is still uploading; wait for it to finish.`,
  },
};

/** Every issue code, for exhaustiveness checks. */
export const ISSUE_CODES: readonly IssueCode[] = /* @__PURE__ */ frozen(
  Object.keys(catalog.en) as IssueCode[],
);

/** The message for `code` in `locale`. */
export function message(code: IssueCode, locale: Locale, params: MessageParams): string {
  return catalog[locale][code](params);
}

/** `s` in `locale`'s quotation marks. */
export function quote(locale: Locale, s: string): string {
  return q[locale](s);
}

export { labelIn } from "../locale.js";
