/**
 * Storage for tickets: the `TicketStore` port, an in-memory store, and two
 * helpers over any store: one command end to end, and the due sweep.
 *
 * @example
 * ```ts
 * import { createMemoryStore, runCommand, snapshotOf, sweep } from "plazo/store";
 * const store = createMemoryStore();
 * await sweep(store, wf, { now }); // now: the sweep job's time
 * ```
 * @module plazo/store
 */
export { InvalidArgumentError, PlazoError } from "../errors.js";
export { type RunResult, runCommand, snapshotOf, sweep } from "./helpers.js";
export { createMemoryStore } from "./memory.js";
export type {
  AppendInput,
  AppendResult,
  CreateInput,
  CreateResult,
  Snapshot,
  StoreRefusal,
  StoreRefusalCode,
  TicketCounts,
  TicketPage,
  TicketQuery,
  TicketStore,
} from "./types.js";
