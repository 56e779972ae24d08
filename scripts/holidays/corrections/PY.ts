/**
 * PY: corrections to date-holidays 3.37.0, each citing its legal source.
 * Research: test/fixtures/holidays/PY.md.
 */
import type { Correction } from "../corrections.js";

export const PY: readonly Correction[] = [];
