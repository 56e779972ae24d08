// The checks of what a caller passes in: options, create commands and
// commands, each mistake an InvalidArgumentError naming the property.
import { fail as bad, describe, isObject, json } from "../check.js";
import { epochMs } from "../iso.js";
import { type Locale, resolveLocale } from "../locale.js";
import type { CompiledWorkflow } from "./definition.js";
import { iso } from "./engine.js";
import { checkActor, checkAttachments } from "./events.js";
import type {
  Actor,
  ApplyOptions,
  AttachmentInfo,
  Command,
  CreateCommand,
  JsonObject,
  TicketDetails,
} from "./types.js";

/** The options object of a call: undefined or an object; throws naming `path` otherwise. */
function optionsOf(v: unknown, path: string): { readonly locale?: unknown } {
  if (v === undefined) return {};
  if (!isObject(v))
    return bad(path, `expected an options object such as { locale: "en" }, got ${describe(v)}`);
  return v;
}

/** The locale of a call's options (`options.locale`), resolved. */
export function localeOf(options: ApplyOptions | undefined): Locale {
  return resolveLocale(optionsOf(options, "options").locale, "options.locale");
}

/** A comment's body, visibility and attachments, checked. */
export type CommentPayload = {
  body: string;
  visibility: "public" | "internal";
  attachments: readonly AttachmentInfo[];
};
/** A `set_field` command's field name and value, checked. */
export type FieldPayload = { name: string; value: JsonObject[string] };

/** A command checked: its actor, its instant (ms and canonical) and the payload of its type. */
export interface CheckedCommand {
  readonly command: Command;
  readonly actor: Actor;
  readonly atMs: number;
  readonly at: string;
  /** For `comment`. */
  readonly comment: CommentPayload | undefined;
  /** For `set_field`. */
  readonly field: FieldPayload | undefined;
}

/** Checks a command's own properties; throws InvalidArgumentError naming the bad one. */
export function checkCommand(c: CompiledWorkflow, command: Command): CheckedCommand {
  if (!isObject(command))
    bad("command", `expected a command { type, at, actor, … }, got ${describe(command)}`);
  const actor = checkActor(command.actor, "command.actor", true);
  const atMs = epochMs(command.at, "command.at");
  const at = iso(atMs, "command.at");
  const type = command.type;
  if (typeof type !== "string" || !c.events.has(type))
    bad(
      "command.type",
      `unknown event ${describe(type)}; this workflow knows ${[...c.events].join(", ")}`,
    );
  const comment = type === "comment" ? commentPayload(command) : undefined;
  const field = type === "set_field" ? fieldPayload(command) : undefined;
  // Every command may carry data: a comment or field change that also takes a transition
  // copies it into status_changed, so it is checked for them too.
  checkData(command);
  return { command, actor, atMs, at, comment, field };
}

/** A comment command's body, visibility (public by default) and attachments. */
function commentPayload(command: Command): CommentPayload {
  const cm = command as Extract<Command, { type: "comment" }>;
  if (typeof cm.body !== "string") bad("command.body", "expected a string");
  const visibility = cm.visibility ?? "public";
  if (visibility !== "public" && visibility !== "internal")
    bad("command.visibility", 'expected "public" or "internal"');
  return {
    body: cm.body,
    visibility,
    attachments: checkAttachments(cm.attachments, "command.attachments"),
  };
}

/** A set_field command's field and JSON value; the ticket's own fields have fixed types. */
function fieldPayload(command: Command): FieldPayload {
  const sf = command as Extract<Command, { type: "set_field" }>;
  if (typeof sf.field !== "string" || sf.field === "" || sf.field === "__proto__")
    bad("command.field", "expected a field name");
  json(sf.value, "command.value");
  if (
    (sf.field === "reference" || sf.field === "channel") &&
    sf.value !== null &&
    typeof sf.value !== "string"
  )
    bad("command.value", `${sf.field} is a string or null`);
  if (
    sf.field === "category" &&
    (!Array.isArray(sf.value) || sf.value.some((s) => typeof s !== "string"))
  )
    bad("command.value", "category is an array of keys");
  return { name: sf.field, value: sf.value };
}

/** A command's optional data: a JSON object. */
function checkData(command: Command): void {
  if ("data" in command && command.data !== undefined) {
    if (!isObject(command.data)) bad("command.data", "expected an object");
    json(command.data, "command.data");
  }
}

/** A create command checked: its actor, its instant and the details of the new ticket. */
export function checkCreateCommand(command: CreateCommand): {
  readonly actor: Actor;
  readonly atMs: number;
  readonly at: string;
  readonly details: TicketDetails;
} {
  if (!isObject(command))
    bad(
      "command",
      `expected a create command { at, actor, id, tenant, … }, got ${describe(command)}`,
    );
  const actor = checkActor(command.actor, "command.actor", true);
  const atMs = epochMs(command.at, "command.at");
  const at = iso(atMs, "command.at");
  for (const k of ["id", "tenant"] as const)
    if (typeof command[k] !== "string" || command[k] === "")
      bad(`command.${k}`, "expected a non-empty string");
  const requester = command.requester ?? actor.id;
  if (typeof requester !== "string" || requester === "")
    bad("command.requester", "expected a non-empty string");
  const category = command.category ?? [];
  if (!Array.isArray(category) || category.some((s) => typeof s !== "string"))
    bad("command.category", "expected an array of category keys");
  for (const k of ["reference", "channel"] as const)
    if (command[k] != null && typeof command[k] !== "string")
      bad(`command.${k}`, "expected a string or null");
  const fields = command.fields ?? {};
  if (!isObject(fields)) bad("command.fields", "expected an object");
  json(fields, "command.fields");
  const details: TicketDetails = {
    id: command.id,
    tenant: command.tenant,
    requester,
    category: [...category],
    reference: command.reference ?? null,
    channel: command.channel ?? null,
    fields,
  };
  return { actor, atMs, at, details };
}
