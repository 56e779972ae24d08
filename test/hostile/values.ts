// Hostile values for the cross-entry fuzz suite: what a host's users and its
// database can hand over where plazo expects instants, names, options,
// tickets or commands. Every object is deeply frozen, so a library function
// that mutates its input throws a TypeError (strict mode) and fails the
// suite's "only PlazoError" property.
import fc from "fast-check";

/** Freezes `v` and everything reachable from it (cycles included). */
export function deepFreeze<T>(v: T, seen = new Set<unknown>()): T {
  if ((typeof v !== "object" && typeof v !== "function") || v === null || seen.has(v)) return v;
  seen.add(v);
  for (const k of Reflect.ownKeys(v as object)) {
    const d = Object.getOwnPropertyDescriptor(v, k);
    if (d && "value" in d) deepFreeze(d.value, seen);
  }
  return Object.freeze(v);
}

function cyclic(): Record<string, unknown> {
  const o: Record<string, unknown> = { kind: "text", at: 0 };
  o.self = o;
  return o;
}

function nullProto(): Record<string, unknown> {
  const o = Object.create(null) as Record<string, unknown>;
  o.hours = 1;
  return o;
}

/** Plain scalars and edge numbers. */
const scalars = fc.constantFrom<unknown>(
  undefined,
  null,
  true,
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
  9e15,
  -9e15,
  8.64e15 + 1,
  -8639999983035001,
  1e300,
  1n,
  -(2n ** 70n),
  Symbol("hostile"),
  "",
  "x",
  "CL",
  "__proto__",
  "constructor",
  "toString",
  "fr",
  "2025-09-10T15:00:00",
  "2025-09-10T15:00:00Z",
  "+275760-09-13T00:00:01.000Z",
  "\u0000",
  "\ud800",
  "🙂".repeat(50),
  "a".repeat(10_000),
);

/** Objects and arrays built fresh for each run (frozen). */
const objects = fc.constantFrom<() => unknown>(
  () => ({}),
  () => [],
  () => [1, "a", null],
  () => cyclic(),
  () => nullProto(),
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
  () => new Map([["a", 1]]),
  () => () => 1,
  () => new Proxy({}, {}),
);

/** One hostile value: a scalar, or a fresh frozen object. */
export const hostile: fc.Arbitrary<unknown> = fc.oneof(
  scalars,
  objects.map((make) => deepFreeze(make())),
);

/** Up to `max` hostile arguments. */
export const hostileArgs = (max = 3): fc.Arbitrary<unknown[]> =>
  fc.array(hostile, { minLength: 0, maxLength: max });

/** The own property names of Object.prototype, to detect pollution. */
export const prototypeKeys = (): string =>
  Reflect.ownKeys(Object.prototype).map(String).sort().join(",");
