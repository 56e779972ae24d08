import type { Label, Locale } from "../locale.js";

export type { Label, Locale };

interface FieldBase {
  /** Shown in messages and forms. */
  readonly label: Label;
  /** Must be present (also forced by `requireAll`). Default false. */
  readonly required?: boolean;
}

/**
 * Short text, trimmed; `max` defaults to 200.
 *
 * @example
 * ```ts
 * const subject: TextField = { kind: "text", label: "Asunto", required: true, max: 150 };
 * ```
 */
export interface TextField extends FieldBase {
  readonly kind: "text";
  readonly min?: number;
  readonly max?: number;
}
/**
 * Long text, trimmed; `max` defaults to 10 000.
 *
 * @example
 * ```ts
 * const description: LongTextField = { kind: "longText", label: "Descripción", min: 20 };
 * ```
 */
export interface LongTextField extends FieldBase {
  readonly kind: "longText";
  readonly min?: number;
  readonly max?: number;
}
/**
 * One option (or several with `multiple`) among `options`, by key.
 *
 * @example
 * ```ts
 * const impact: ChoiceField = { kind: "choice", label: "Impacto", options: { low: "Bajo", high: "Alto" } };
 * ```
 */
export interface ChoiceField extends FieldBase {
  readonly kind: "choice";
  readonly options: Readonly<Record<string, Label>>;
  readonly multiple?: boolean;
}
/**
 * A boolean; `default` applies when the input omits it (R003-3's consent).
 *
 * @example
 * ```ts
 * const consent: BooleanField = { kind: "boolean", label: "Compartir la solución", default: true };
 * ```
 */
export interface BooleanField extends FieldBase {
  readonly kind: "boolean";
  readonly default?: boolean;
}
/**
 * An e-mail address, trimmed and lower-cased.
 *
 * @example
 * ```ts
 * const contact: EmailField = { kind: "email", label: "Correo" };
 * ```
 */
export interface EmailField extends FieldBase {
  readonly kind: "email";
}
/**
 * An identifier (order number, SKU…) matching `pattern` as a whole, trimmed.
 *
 * @example
 * ```ts
 * const order: IdentifierField = { kind: "identifier", label: "Pedido", pattern: "[0-9]{10}", example: "2000012345" };
 * ```
 */
export interface IdentifierField extends FieldBase {
  readonly kind: "identifier";
  /** Regular expression source, matched against the whole value, e.g. `"[0-9]{10}"`. */
  readonly pattern: string;
  /** A valid example shown in the error message, e.g. `"2000012345"`. */
  readonly example?: string;
}
/**
 * A finite number, optionally an integer within bounds. Numeric strings are accepted.
 *
 * @example
 * ```ts
 * const units: NumberField = { kind: "number", label: "Unidades", min: 1, integer: true };
 * ```
 */
export interface NumberField extends FieldBase {
  readonly kind: "number";
  readonly min?: number;
  readonly max?: number;
  readonly integer?: boolean;
}
/**
 * A local date `YYYY-MM-DD`, optionally within bounds.
 *
 * @example
 * ```ts
 * const since: DateField = { kind: "date", label: "Desde", min: "2025-01-01" };
 * ```
 */
export interface DateField extends FieldBase {
  readonly kind: "date";
  readonly min?: string;
  readonly max?: string;
}
/**
 * A file type by MIME type and extensions; both must agree.
 *
 * @example
 * ```ts
 * const csv: FileType = { mime: "text/csv", extensions: ["csv"] };
 * ```
 */
export interface FileType {
  /** e.g. `"image/png"` or `"image/*"`. */
  readonly mime: string;
  /** Lower-case extensions without dot, e.g. `["png"]`. */
  readonly extensions: readonly string[];
}
/**
 * Files uploaded by the host, described by their metadata.
 *
 * @example
 * ```ts
 * const files: AttachmentsField = { kind: "attachments", label: "Anexos", maxFileSize: 3 * 1_048_576, accept: [...fileTypes.images] };
 * ```
 */
export interface AttachmentsField extends FieldBase {
  readonly kind: "attachments";
  /** Per-file limit in bytes (R000-3: 3 MB). */
  readonly maxFileSize?: number;
  readonly maxFiles?: number;
  readonly maxTotalSize?: number;
  /** Allowed types; `"any"` (default) allows every type (R003-3). */
  readonly accept?: readonly FileType[] | "any";
}

/**
 * A form field. Its `kind` decides the value's type.
 *
 * @example
 * ```ts
 * const order: Field = { kind: "identifier", label: "Pedido", pattern: "[0-9]{10}" };
 * ```
 */
export type Field =
  | TextField
  | LongTextField
  | ChoiceField
  | BooleanField
  | EmailField
  | IdentifierField
  | NumberField
  | DateField
  | AttachmentsField;

/**
 * A level of a taxonomy: its label and its options, each a node that can add
 * fields and hold a deeper level.
 *
 * @example
 * ```ts
 * const level: Taxonomy = { label: "Tema", options: { finance: { label: "Financeiro" } } };
 * ```
 */
export interface Taxonomy {
  readonly label: Label;
  readonly options: Readonly<Record<string, TaxonomyNode>>;
}
/**
 * One option of a {@link Taxonomy}.
 *
 * @example
 * ```ts
 * const order: TaxonomyNode = { label: "Pedido", fields: { orderNumber: { kind: "identifier", label: "Pedido", pattern: "[0-9]+" } } };
 * ```
 */
export interface TaxonomyNode {
  readonly label: Label;
  /** Fields this node adds (keys unique across the whole form). */
  readonly fields?: Readonly<Record<string, Field>>;
  /** The next level; a node without one is a leaf. */
  readonly children?: Taxonomy;
}

/**
 * When a rule applies: the chosen category starts with `category`, or a
 * field has a value (`equals` a choice key, or is present at all).
 *
 * @example
 * ```ts
 * const onOrders: Condition = { category: ["order"] };
 * const onSheets: Condition = { field: "topic", equals: "spreadsheet" };
 * ```
 */
export type Condition =
  | { readonly category: readonly string[] }
  | { readonly field: string; readonly equals?: string };

/**
 * A conditional requirement.
 *
 * @example
 * ```ts
 * const r000_4: Rule = { when: { category: ["product"] }, requireOneOf: ["sku", "productId"] };
 * ```
 */
export type Rule =
  | { readonly when: Condition; readonly require: readonly string[] }
  | { readonly when: Condition; readonly requireOneOf: readonly string[] }
  | {
      readonly when: Condition;
      readonly requireFile: { readonly field: string; readonly types: readonly FileType[] };
    };

/**
 * Priority from answers: `table[a][b]` for `from: [a, b]` choice fields.
 *
 * @example
 * ```ts
 * const p: PriorityRule = { from: ["impact", "users"], table: { critical: { all: "urgent" } }, otherwise: "normal" };
 * ```
 */
export interface PriorityRule {
  readonly from: readonly [string, string];
  readonly table: Readonly<Record<string, Readonly<Record<string, string>>>>;
  /** Priority for combinations the table leaves out. */
  readonly otherwise?: string;
}

/**
 * A form: fields for every ticket, an optional taxonomy whose path adds
 * fields, conditional rules and a priority table. Plain data.
 *
 * @example
 * ```ts
 * const def = { fields: { subject: { kind: "text", label: "Asunto", required: true } } } satisfies FormDefinition;
 * ```
 */
export interface FormDefinition {
  readonly fields?: Readonly<Record<string, Field>>;
  readonly taxonomy?: Taxonomy;
  readonly rules?: readonly Rule[];
  readonly priority?: PriorityRule;
  /** Every field reachable on the chosen path is mandatory (R000-1). */
  readonly requireAll?: boolean;
}

/**
 * Attachment metadata, as the host's upload step reports it.
 *
 * @example
 * ```ts
 * const file: Attachment = { name: "stock.xlsx", size: 48_213, type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
 * ```
 */
export interface Attachment {
  readonly name: string;
  /** Bytes. */
  readonly size: number;
  /** MIME type. */
  readonly type: string;
  /** The host's reference to the stored file. */
  readonly id?: string;
  /** Upload state; `"failed"` and `"pending"` are reported as recoverable issues. */
  readonly status?: "uploaded" | "pending" | "failed";
}

/**
 * Stable issue codes of {@link Issue}.
 *
 * @example
 * ```ts
 * if (!r.ok && r.issues.some((i) => i.code === "upload_failed")) retryUploads();
 * ```
 */
export type IssueCode =
  | "not_an_object"
  | "required"
  | "one_of_required"
  | "invalid_type"
  | "too_short"
  | "too_long"
  | "invalid_option"
  | "invalid_email"
  | "invalid_format"
  | "too_small"
  | "too_big"
  | "not_integer"
  | "invalid_date"
  | "invalid_category"
  | "incomplete_category"
  | "too_many_files"
  | "file_too_large"
  | "total_too_large"
  | "file_type_not_allowed"
  | "unsafe_file_name"
  | "file_required"
  | "upload_failed"
  | "upload_pending";

/**
 * One problem with the input.
 *
 * @example
 * ```ts
 * // { path: ["orderNumber"], code: "required", message: "El campo «Número de pedido» es obligatorio." }
 * ```
 */
export interface Issue {
  readonly path: readonly (string | number)[];
  readonly code: IssueCode;
  readonly message: string;
  /** The user can fix it without retyping anything else (e.g. retry an upload, R002-3). */
  readonly recoverable?: true;
}

// ---------------------------------------------------------------- inference

type ValueOf<F> = F extends { readonly kind: "number" }
  ? number
  : F extends { readonly kind: "boolean" }
    ? boolean
    : F extends { readonly kind: "attachments" }
      ? Attachment[]
      : F extends { readonly kind: "choice"; readonly options: infer O; readonly multiple: true }
        ? (keyof O & string)[]
        : F extends { readonly kind: "choice"; readonly options: infer O }
          ? keyof O & string
          : string;

type NodeFields<T> = T extends { readonly options: infer O }
  ? {
      // {} rather than unknown: a union with unknown would swallow the other nodes' fields
      [K in keyof O]: (O[K] extends { readonly fields: infer F } ? F : Record<never, never>) &
        (O[K] extends { readonly children: infer C } ? NodeFields<C> : Record<never, never>);
    }[keyof O]
  : Record<never, never>;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/**
 * Category paths of a taxonomy, as tuples of keys.
 *
 * @example
 * ```ts
 * type Paths = CategoryPath<typeof definition.taxonomy>; // ["orders", "missing"] | ["other"]
 * ```
 */
export type CategoryPath<T> = T extends { readonly options: infer O }
  ? {
      [K in keyof O & string]: O[K] extends { readonly children: infer C }
        ? [K, ...CategoryPath<C>]
        : [K];
    }[keyof O & string]
  : never;

type RootFields<D> = D extends { readonly fields: infer F } ? F : Record<never, never>;
/** The field keys of the `requireOneOf` groups of definition `D`. */
type GroupedKeys<D> = D extends { readonly rules: readonly (infer R)[] }
  ? R extends { readonly requireOneOf: readonly (infer K)[] }
    ? K
    : never
  : never;
type RequiredKeys<F, All, Grouped> = {
  [K in keyof F]: All extends true
    ? K extends Grouped
      ? never
      : F[K] extends { readonly required: false }
        ? never
        : K
    : F[K] extends { readonly required: true }
      ? K
      : F[K] extends { readonly kind: "boolean"; readonly default: boolean }
        ? K
        : never;
}[keyof F];

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The type of a parsed value of form definition `D`: root fields (required
 * ones non-optional), fields of every taxonomy node (optional: they depend on
 * the path), `category` and `priority`.
 *
 * @example
 * ```ts
 * type Ticket = FormValue<typeof definition>;
 * ```
 */
export type FormValue<D> = Simplify<
  {
    [K in RequiredKeys<
      RootFields<D>,
      D extends { readonly requireAll: true } ? true : false,
      GroupedKeys<D>
    >]: ValueOf<RootFields<D>[K]>;
  } & {
    [K in Exclude<
      keyof RootFields<D>,
      RequiredKeys<
        RootFields<D>,
        D extends { readonly requireAll: true } ? true : false,
        GroupedKeys<D>
      >
    >]?: ValueOf<RootFields<D>[K]>;
  } & (D extends { readonly taxonomy: infer T }
      ? { category: CategoryPath<T> } & {
          [K in keyof UnionToIntersection<NodeFields<T>>]?: ValueOf<
            UnionToIntersection<NodeFields<T>>[K]
          >;
        }
      : unknown) &
    (D extends { readonly priority: { readonly table: infer P; readonly otherwise?: infer O } }
      ? { priority: { [A in keyof P]: P[A][keyof P[A]] }[keyof P] | (O extends string ? O : never) }
      : unknown)
>;

/**
 * What {@link Form.parse} returns. On failure, `partial` keeps every field
 * that passed, so nothing typed is lost.
 *
 * @example
 * ```ts
 * const r = form.parse(input, { locale: "pt" });
 * if (r.ok) save(r.value); else show(r.issues, r.partial);
 * ```
 */
export type ParseResult<V> =
  | { readonly ok: true; readonly value: V }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly partial: Partial<V> };
