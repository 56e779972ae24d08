/**
 * `plazo/desk`: the layer a host's HTTP handlers call, tying a preset's
 * form, workflow and SLA to a store.
 *
 * @example
 * ```ts
 * import { createDesk } from "plazo/desk";
 * const desk = createDesk({ preset: definePreset(retailMarketplaceCL), store: createPostgresStore({ db: pool }) });
 * ```
 *
 * @module plazo/desk
 */
export { InvalidArgumentError, PlazoError } from "../errors.js";
export { createDesk } from "./createDesk.js";
export { filterNotifications } from "./notifications.js";
export type {
  ActRequest,
  Desk,
  DeskOptions,
  NotificationPreferences,
  OpenRequest,
  OpenResult,
  SweepResult,
} from "./types.js";
