// Refusals: the result of a command the workflow does not take, with a
// message in the caller's locale and instants in the calendar's time zone.
import { msOf } from "../iso.js";
import { type Locale, labelIn } from "../locale.js";
import { eventLabel, type RefusalParams, refusalMessage } from "./messages.js";
import type { WorkflowContext } from "./operations.js";
import type { ApplyResult, Refusal, RefusalCode } from "./types.js";

/** What a refusal says besides its code, message and status. */
export type RefusalExtra = Omit<Refusal, "code" | "message" | "status">;

const localFormats = new Map<string, Intl.DateTimeFormat>();
/** "YYYY-MM-DD HH:mm" in `timeZone` (messages only). */
function local(at: string, timeZone: string): string {
  let f = localFormats.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    });
    localFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(msOf(at)).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}${timeZone === "UTC" ? " UTC" : ""}`;
}

/** A refused result for a ticket in `status`; `at` is the command's instant, for the message. */
export function refuse(
  ctx: WorkflowContext,
  locale: Locale,
  code: RefusalCode,
  status: string,
  extra: RefusalExtra = {},
  at?: string,
): ApplyResult {
  // Another tenant's ticket: nothing about it, not even its status.
  if (code === "tenant_mismatch")
    return { ok: false, error: { code, message: refusalMessage(code, locale, { status: "" }) } };
  const zone = ctx.c.calendar?.timeZone ?? "UTC";
  const { statuses, transitions } = ctx.definition;
  const label = statuses[status]?.label;
  const params: RefusalParams = {
    status: label === undefined ? status : labelIn(label, locale),
    event: extra.event === undefined ? undefined : eventLabel(transitions, extra.event, locale),
    role: extra.role,
    guard: extra.guard,
    when:
      (at ?? extra.closedAt) === undefined
        ? undefined
        : local((at ?? extra.closedAt) as string, zone),
    last: extra.lastAt === undefined ? undefined : local(extra.lastAt, zone),
  };
  return {
    ok: false,
    error: { code, message: refusalMessage(code, locale, params), status, ...extra },
  };
}
