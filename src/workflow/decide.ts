// Deciding: which transition a checked command takes from the ticket's
// status, if any, or why the command is refused. Nothing changes here.

import type { CheckedCommand } from "./commands.js";
import { APPLY_SLA, type CompiledTransition, type CompiledWorkflow } from "./definition.js";
import { type Miss, select, statusOf } from "./engine.js";
import type { RefusalExtra } from "./refuse.js";
import type { RefusalCode, Role, Ticket } from "./types.js";

/** Why a command is refused: its code and what the refusal says besides. */
export interface Refused {
  readonly code: RefusalCode;
  readonly extra?: RefusalExtra;
}
/** A decision: the transition the command takes, null when it is only recorded, or a refusal. */
export type Verdict = CompiledTransition | null | Refused;

/** Decides `cmd` on ticket `t` (whose due timers have fired). */
export function decide(c: CompiledWorkflow, t: Ticket, cmd: CheckedCommand): Verdict {
  const st = statusOf(c, t.status, "ticket.status");
  if (st.final) return { code: "ticket_closed" };
  const { command, actor, comment } = cmd;
  const type = command.type;
  const role = actor.role;
  if (type === APPLY_SLA) return role === "requester" ? roleNotAllowed(type, role) : null;
  // Guards run before the comment's and the field's own checks.
  const choice = select(st, t, type, command, cmd.atMs);
  if (comment !== undefined) {
    if (comment.visibility === "internal" && role === "requester")
      return roleNotAllowed(type, role);
    if (!st.comments.has(role)) return { code: "comments_not_accepted", extra: { role } };
    return recordedOr(choice, type);
  }
  if (cmd.field !== undefined) {
    if (!c.editors.has(role)) return roleNotAllowed(type, role);
    return recordedOr(choice, type);
  }
  return "why" in choice ? missed(choice, type, role) : choice;
}

/** For a comment or a field change: the transition it also takes, none, or a closed window. */
function recordedOr(choice: CompiledTransition | Miss, event: string): Verdict {
  if (!("why" in choice)) return choice;
  if (choice.why === "window")
    return { code: "window_closed", extra: { event, closedAt: choice.closedAt } };
  return null;
}

/** The refusal of a command that is only an event, when no transition takes it. */
function missed(miss: Miss, event: string, role: Role): Refused {
  switch (miss.why) {
    case "none":
      return { code: "transition_not_allowed", extra: { event } };
    case "role":
      return roleNotAllowed(event, role);
    case "guard":
      return { code: "guard_failed", extra: { event, guard: miss.guard } };
    default:
      return { code: "window_closed", extra: { event, closedAt: miss.closedAt } };
  }
}

/** The refusal of `event` for `role`. */
function roleNotAllowed(event: string, role: Role): Refused {
  return { code: "role_not_allowed", extra: { event, role } };
}

/** Whether a verdict is a refusal. */
export const isRefused = (v: Verdict): v is Refused => v !== null && "code" in v;
