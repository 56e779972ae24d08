// The store conformance suite (plazo/store/testing) against the memory store.
import { createMemoryStore } from "plazo/store";
import { storeConformance } from "plazo/store/testing";
import { describe, it } from "vitest";

describe("memory store conformance", () => {
  for (const c of storeConformance({ store: () => createMemoryStore() })) it(c.name, () => c.run());
});
