// Evolving: the events an accepted command appends to the step's draft,
// each folded into the draft's ticket as it is pushed.
import type { CheckedCommand, FieldPayload } from "./commands.js";
import { APPLY_SLA, type CompiledTransition, type CompiledWorkflow } from "./definition.js";
import { type Draft, push, take } from "./engine.js";
import type { Actor, JsonObject } from "./types.js";

/** The fields `set_field` changes on the ticket itself; any other name is a key of `fields`. */
const TICKET_FIELDS = new Set(["reference", "channel", "category"]);

/** Appends what an accepted command records (an SLA pin, a comment, a field change), then its transition. */
export function evolveDraft(
  c: CompiledWorkflow,
  d: Draft,
  cmd: CheckedCommand,
  transition: CompiledTransition | null,
): void {
  const { command, actor, at, atMs } = cmd;
  if (command.type === APPLY_SLA) {
    const reason = (command as { data?: { reason?: unknown } }).data?.reason;
    pinSlaPolicy(c, d, actor, at, atMs, reason);
    return;
  }
  if (cmd.comment !== undefined) push(c, d, { type: "comment", at, actor, ...cmd.comment }, atMs);
  else if (cmd.field !== undefined) changeField(c, d, cmd.field, actor, at, atMs);
  if (transition === null) return;
  const data = "data" in command ? (command.data as JsonObject | undefined) : undefined;
  take(c, d, transition, actor, at, atMs, data);
}

/** Appends `sla_applied`: the workflow's current SLA policy pinned on the ticket, with a reason if a string. */
export function pinSlaPolicy(
  c: CompiledWorkflow,
  d: Draft,
  actor: Actor,
  at: string,
  atMs: number,
  reason: unknown,
): void {
  const { name: policy, version } = (c.sla as NonNullable<typeof c.sla>).policy;
  push(
    c,
    d,
    {
      type: "sla_applied",
      at,
      actor,
      policy,
      version,
      ...(typeof reason === "string" ? { reason } : {}),
    },
    atMs,
  );
}

/** Appends `field_changed` with the field's previous value (null when it had none). */
function changeField(
  c: CompiledWorkflow,
  d: Draft,
  field: FieldPayload,
  actor: Actor,
  at: string,
  atMs: number,
): void {
  const t = d.ticket;
  const previous = TICKET_FIELDS.has(field.name)
    ? t[field.name as "reference"]
    : ((Object.hasOwn(t.fields, field.name) ? t.fields[field.name] : null) ?? null);
  push(
    c,
    d,
    { type: "field_changed", at, actor, field: field.name, value: field.value, previous },
    atMs,
  );
}
