/**
 * `plazo/presets`: the five platforms of the domain rules as plain data
 * (`retailMarketplaceCL`, …) and {@link definePreset} to check and build
 * one; `plazo/desk` ties a built preset to a store.
 *
 * @example
 * ```ts
 * import { createDesk } from "plazo/desk";
 * import { definePreset, retailMarketplaceCL } from "plazo/presets";
 * const desk = createDesk({ preset: definePreset(retailMarketplaceCL) });
 * ```
 *
 * @module plazo/presets
 */
export { InvalidArgumentError, PlazoError } from "../errors.js";
export { definePreset } from "./definePreset.js";
export { departmentStoreMarketplaceCL } from "./departmentStoreMarketplaceCL.js";
export { ecommerceSupportCO } from "./ecommerceSupportCO.js";
export { fulfilmentPlatformMX } from "./fulfilmentPlatformMX.js";
export { marketplaceBR } from "./marketplaceBR.js";
export { retailMarketplaceCL } from "./retailMarketplaceCL.js";
export type {
  DeskSettings,
  Preset,
  PresetDefinition,
  RenderedTemplate,
  TemplateDefinition,
} from "./types.js";
