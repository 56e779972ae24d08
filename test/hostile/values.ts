// Hostile values and helpers shared by the hostile-input suites (issue 17):
// what a host's users and its database can hand over where plazo expects
// instants, names, options, tickets or commands. Every object is deeply
// frozen, so a library function that mutates its input throws a TypeError
// (strict mode) and fails the suite's "only PlazoError" property. Each module
// suite adds its own values to these through `hostileOf`.
import fc from "fast-check";
import { PlazoError } from "plazo";

/**
 * Freezes `v` and everything reachable from it, cycles included, without
 * recursion (a value 100,000 arrays deep is frozen too).
 */
export function deepFreeze<T>(v: T): T {
  const seen = new Set<unknown>();
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if ((typeof x !== "object" && typeof x !== "function") || x === null || seen.has(x)) continue;
    seen.add(x);
    for (const k of Reflect.ownKeys(x)) {
      const d = Object.getOwnPropertyDescriptor(x, k);
      if (d && "value" in d) stack.push(d.value);
    }
    try {
      Object.freeze(x);
    } catch (e) {
      // A typed array with elements cannot be frozen; no suite writes to one.
      if (!ArrayBuffer.isView(x)) throw e;
    }
  }
  return v;
}

/** `extra`'s entries, then each of `selfKeys` pointing back at the object itself. */
export function cyclic(
  extra: Record<string, unknown> = {},
  selfKeys: readonly string[] = ["self"],
): Record<string, unknown> {
  const o: Record<string, unknown> = { ...extra };
  for (const k of selfKeys) o[k] = o;
  return o;
}

/** A null-prototype object with `entries` (no inherited `toString`, `constructor`...). */
export const nullProto = (entries: Record<string, unknown> = {}): Record<string, unknown> =>
  Object.assign(Object.create(null) as Record<string, unknown>, entries);

/** The own property names of each of `prototypes`, to detect pollution. */
export const prototypeKeys = (prototypes: readonly object[] = [Object.prototype]): string =>
  prototypes.map((p) => Reflect.ownKeys(p).map(String).sort().join(",")).join("|");

/** What `thrown` answers when its call returned instead of throwing. */
export const RETURNED: unique symbol = Symbol("returned without throwing");

/** What `call` threw, or RETURNED if it returned. */
export function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (e) {
    return e;
  }
  return RETURNED;
}

/** Whether an outcome of `thrown` keeps the error contract: no throw, or a PlazoError naming a field. */
export const keepsContract = (e: unknown): boolean =>
  e === RETURNED || (e instanceof PlazoError && typeof e.field === "string" && e.field !== "");

/** What was thrown, in a few words, for a failure message. */
export function describeThrown(e: unknown): string {
  if (e === RETURNED) return "nothing";
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  try {
    return String(e);
  } catch {
    return Object.prototype.toString.call(e); // a null-prototype object
  }
}

/**
 * The error `call` throws, which must be a `kind` (a PlazoError by default)
 * whose message is `"<field>: <what is wrong>"`; fails the test otherwise.
 */
export function errorOf<K extends typeof PlazoError>(
  call: () => unknown,
  kind: K = PlazoError as K,
): InstanceType<K> {
  const e = thrown(call);
  if (!(e instanceof kind))
    throw new Error(`expected a ${kind.name}, got ${describeThrown(e)}`, { cause: e });
  if (!e.message.startsWith(`${e.field}: `) || e.message.length <= e.field.length + 2)
    throw new Error(`the message does not describe ${e.field}: ${e.message}`);
  return e as InstanceType<K>;
}

/** The `field` of the error `call` throws, as `errorOf` checks it. */
export const fieldOf = (call: () => unknown, kind: typeof PlazoError = PlazoError): string =>
  errorOf(call, kind).field;

/** Plain scalars and edge numbers and strings, for every suite. */
export const HOSTILE_SCALARS: readonly unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  1,
  -1,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 2,
  9e15,
  -9e15,
  8.64e15,
  8.64e15 + 1,
  -8639999983035001,
  1e300,
  1n,
  -(2n ** 70n),
  Symbol("hostile"),
  "",
  " ",
  "x",
  "CL",
  "__proto__",
  "constructor",
  "toString",
  "es",
  "pt-BR",
  "fr",
  "2025-09-10T15:00:00",
  "2025-09-10T15:00:00Z",
  "+275760-09-13T00:00:00.001Z",
  "+275760-09-13T00:00:01.000Z",
  "\u0000",
  "\ud800",
  "🙂".repeat(50),
  "a".repeat(10_000),
];

/** Makers of objects and arrays, built fresh for each run (and frozen by `hostileOf`). */
export const HOSTILE_OBJECTS: readonly (() => unknown)[] = [
  () => ({}),
  () => [],
  () => [1, "a", null],
  () => new Array(3),
  () => cyclic({ kind: "text", at: 0 }),
  () => nullProto({ hours: 1 }),
  () =>
    JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
    ),
  () => ({ hours: 1n }),
  () => ({ hours: -0 }),
  () => ({ businessDays: Number.NaN }),
  () => ({ seconds: Number.POSITIVE_INFINITY }),
  () => ({ timers: {}, updatedAt: "x", status: "new" }),
  () => ({ timers: [{ due: "x" }] }),
  () => ({ type: 1n, at: 0, actor: { role: 1n } }),
  () => ({ type: "comment", at: Object.create(null), actor: { role: "agent", id: "a" } }),
  () => new Date(Number.NaN),
  () => new Date(8.64e15),
  () => new Date(-8.64e15),
  () => Object.create(Date.prototype),
  () => new Map([["a", 1]]),
  () => /x/g,
  () => () => 1,
  () => new Proxy({}, {}),
];

/** One hostile value: a shared or extra scalar, or a fresh frozen shared or extra object. */
export const hostileOf = (
  extraScalars: readonly unknown[] = [],
  extraObjects: readonly (() => unknown)[] = [],
): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom<unknown>(...HOSTILE_SCALARS, ...extraScalars),
    fc
      .constantFrom<() => unknown>(...HOSTILE_OBJECTS, ...extraObjects)
      .map((make) => deepFreeze(make())),
  );

/** One hostile value: a scalar, or a fresh frozen object. */
export const hostile: fc.Arbitrary<unknown> = hostileOf();

/** Up to `max` hostile arguments. */
export const hostileArgs = (max = 3): fc.Arbitrary<unknown[]> =>
  fc.array(hostile, { minLength: 0, maxLength: max });
