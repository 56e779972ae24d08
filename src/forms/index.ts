/**
 * Ticket forms: one plain-data definition gives a validator with typed
 * results and es/pt/en messages, a zod (mini) schema and a JSON Schema.
 *
 * @example
 * ```ts
 * import { defineForm, fileTypes } from "plazo/forms";
 * const form = defineForm({ fields: { files: { kind: "attachments", label: "Anexos", accept: [...fileTypes.images] } } });
 * ```
 * @module plazo/forms
 */
export { InvalidArgumentError, PlazoError } from "../errors.js";
export { defineForm, type Form, type ParseOptions } from "./defineForm.js";
export { fileTypes } from "./files.js";
export { type DuplicateKey, findDuplicate } from "./findDuplicate.js";
export type { Summary } from "./summarize.js";
export type {
  Attachment,
  AttachmentsField,
  BooleanField,
  CategoryPath,
  ChoiceField,
  Condition,
  DateField,
  EmailField,
  Field,
  FileType,
  FormDefinition,
  FormValue,
  IdentifierField,
  Issue,
  IssueCode,
  Label,
  Locale,
  LongTextField,
  NumberField,
  ParseResult,
  PriorityRule,
  Rule,
  Taxonomy,
  TaxonomyNode,
  TextField,
} from "./types.js";
