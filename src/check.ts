import { InvalidArgumentError } from "./errors.js";

/** Throws InvalidArgumentError for `path`: the checks of definitions and commands. */
export function fail(path: string, msg: string): never {
  throw new InvalidArgumentError(path, msg);
}

/** A non-null, non-array object. */
export const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
