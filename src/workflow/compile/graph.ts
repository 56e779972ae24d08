// Checks on the workflow as a graph: transitions that can never be taken,
// windows two transitions would share, statuses no path reaches.
import { describe, fail } from "../../check.js";
import type { CompiledStatus, CompiledTransition } from "../definition.js";

/** A transition that an earlier one always takes first can never be taken. */
export function checkShadowed(statuses: ReadonlyMap<string, CompiledStatus>): void {
  for (const [name, st] of statuses)
    for (const ts of st.byEvent.values())
      ts.forEach((later, j) => {
        for (const earlier of ts.slice(0, j)) {
          if (earlier.guards.length > 0 || earlier.window !== undefined) continue;
          if ([...later.roles].every((r) => earlier.roles.has(r)))
            fail(
              `transitions[${later.index}]`,
              `duplicate: transitions[${earlier.index}] already takes ${describe(later.event)} from ${describe(name)} for the same roles, so this one can never be taken`,
            );
        }
      });
}

/** The same (event, to) twice from one status with windows would share one window. */
export function checkSharedWindows(statuses: ReadonlyMap<string, CompiledStatus>): void {
  for (const [name, st] of statuses) {
    const keys = new Set<string>();
    for (const t of st.windowed) {
      const key = `${t.event}\u0000${t.to}`;
      if (keys.has(key))
        fail(
          `transitions[${t.index}].window`,
          `another windowed transition takes ${describe(t.event)} from ${describe(name)} to ${describe(t.to)}`,
        );
      keys.add(key);
    }
  }
}

/** Every status must be reachable from the initial one. */
export function checkReachable(
  initial: string,
  names: readonly string[],
  leaving: ReadonlyMap<string, readonly CompiledTransition[]>,
): void {
  const reached = new Set([initial]);
  const queue = [initial];
  for (let s = queue.pop(); s !== undefined; s = queue.pop())
    for (const t of leaving.get(s) ?? [])
      if (!reached.has(t.to)) {
        reached.add(t.to);
        queue.push(t.to);
      }
  for (const name of names)
    if (!reached.has(name))
      fail(
        `statuses.${name}`,
        `unreachable: no path of transitions leads from ${describe(initial)} to it`,
      );
}
