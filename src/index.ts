/**
 * plazo: the rules of a support ticket's life. The root entry re-exports
 * every module but `plazo/store/testing`; import subpaths (`plazo/calendar`, `plazo/holidays`) to
 * keep bundles small.
 *
 * @example
 * ```ts
 * import { createCalendar, officeHours, CL } from "plazo";
 * const cal = createCalendar({ timeZone: "America/Santiago", hours: officeHours, holidays: { country: CL } });
 * ```
 * @module plazo
 */
export * from "./calendar/index.js";
export * from "./forms/index.js";
export * from "./holidays/index.js";
export * from "./sla/index.js";
export * from "./store/index.js";
export * from "./workflow/index.js";
