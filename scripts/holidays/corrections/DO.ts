/**
 * DO: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/DO.md.
 */
import type { Correction } from "../corrections.js";

export const DO: readonly Correction[] = [];
