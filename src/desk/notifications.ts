import { fail, isObject } from "../check.js";
import type { Effect } from "../workflow/types.js";
import type { NotificationPreferences } from "./types.js";

/**
 * The effects a requester chose to receive (R002-7): an effect addressed to
 * the requester on a status listed in `optional` goes out unless
 * `preferences[status]` is `false`; every other effect goes out as is.
 *
 * @example
 * ```ts
 * filterNotifications(step.effects, ["awaiting_reply", "open", "solved"], { open: false });
 * ```
 */
export function filterNotifications(
  effects: readonly Effect[],
  optional: readonly string[],
  preferences: NotificationPreferences,
): Effect[] {
  if (!Array.isArray(effects)) fail("effects", "expected a list of effects");
  if (!isObject(preferences)) fail("preferences", "expected { status: boolean }");
  for (const [status, on] of Object.entries(preferences))
    if (typeof on !== "boolean") fail(`preferences.${status}`, "expected a boolean");
  return effects.filter(
    (fx) =>
      fx.to !== "requester" ||
      !optional.includes(fx.status) ||
      !Object.hasOwn(preferences, fx.status) ||
      preferences[fx.status] !== false,
  );
}
