/**
 * Holiday tables per country, generated from date-holidays plus plazo's
 * cited corrections (docs/holidays.md). Each table is a separate named
 * export, so a bundle carries only the countries it imports.
 *
 * @example
 * ```ts
 * import { createCalendar, officeHours } from "plazo/calendar";
 * import { BR } from "plazo/holidays";
 * const sp = createCalendar({ timeZone: "America/Sao_Paulo", hours: officeHours, holidays: { country: BR, subdivision: "SP" } });
 * ```
 * @module plazo/holidays
 */
export { AR } from "./data/AR.js";
export { BO } from "./data/BO.js";
export { BR } from "./data/BR.js";
export { CL } from "./data/CL.js";
export { CO } from "./data/CO.js";
export { CR } from "./data/CR.js";
export { DO } from "./data/DO.js";
export { EC } from "./data/EC.js";
export { GT } from "./data/GT.js";
export { HN } from "./data/HN.js";
export { MX } from "./data/MX.js";
export { NI } from "./data/NI.js";
export { PA } from "./data/PA.js";
export { PE } from "./data/PE.js";
export { PY } from "./data/PY.js";
export { SV } from "./data/SV.js";
export { UY } from "./data/UY.js";
export { VE } from "./data/VE.js";
export {
  AR_PARTIAL_DAYS,
  BR_BANK_PARTIAL_DAYS,
  BR_PARTIAL_DAYS,
  type PartialDay,
  type PartialDayDate,
  type PartialDayHours,
  type PartialDayRule,
  type PartialDayYears,
  partialDayExceptions,
  partialDays,
} from "./partialDays.js";
export type { HolidaySubdivision, HolidayTable, HolidayType } from "./table.js";
