/**
 * `plazo/presets`: the five platforms of the domain rules as plain data
 * (`retailMarketplaceCL`, …), {@link definePreset} to check and build one,
 * and {@link createDesk}, the layer a host's HTTP handlers call.
 *
 * @example
 * ```ts
 * import { createDesk, definePreset, retailMarketplaceCL } from "plazo/presets";
 * const desk = createDesk({ preset: definePreset(retailMarketplaceCL) });
 * ```
 *
 * @module
 */
export { InvalidArgumentError, PlazoError } from "../errors.js";
export { definePreset } from "./definePreset.js";
export { retailMarketplaceCL } from "./retailMarketplaceCL.js";
export type {
  DeskSettings,
  Preset,
  PresetDefinition,
  RenderedTemplate,
  TemplateDefinition,
} from "./types.js";
