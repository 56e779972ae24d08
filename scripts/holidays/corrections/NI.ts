/**
 * NI: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/NI.md.
 */
import type { Correction } from "../corrections.js";

export const NI: readonly Correction[] = [];
