/**
 * BO: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/BO.md.
 */
import type { Correction } from "../corrections.js";

export const BO: readonly Correction[] = [];
