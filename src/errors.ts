/**
 * Base class of every error plazo throws. plazo throws only for programmer
 * errors (a malformed argument or definition); expected failures are returned
 * as values. `field` names the offending argument or definition path.
 *
 * @example
 * ```ts
 * import { PlazoError } from "plazo";
 * try {
 *   createCalendar({ timeZone: "Mars/Olympus", hours: officeHours });
 * } catch (e) {
 *   if (e instanceof PlazoError) console.log(e.field); // "timeZone"
 * }
 * ```
 */
export class PlazoError extends Error {
  /** The argument or definition path that is wrong, e.g. `"hours.mon[1]"`. */
  readonly field: string;

  constructor(field: string, message: string) {
    super(`${field}: ${message}`);
    this.name = new.target.name;
    this.field = field;
  }
}

/**
 * A malformed argument or definition: wrong type, bad format, unknown name,
 * overlapping intervals, a non-finite duration…
 *
 * @example
 * ```ts
 * cal.add(new Date("nope"), { hours: 1 }); // throws InvalidArgumentError, field "start"
 * ```
 */
export class InvalidArgumentError extends PlazoError {}

/**
 * A well-formed request outside what plazo can answer: a year outside the
 * supported range or outside the years a holiday table covers.
 *
 * @example
 * ```ts
 * cal.add(new Date("2199-12-30T00:00:00Z"), { hours: 100_000 }); // throws OutOfRangeError
 * ```
 */
export class OutOfRangeError extends PlazoError {}
