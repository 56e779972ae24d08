// The store conformance suite against PostgreSQL: PGlite always (no server
// needed), and the real server of DATABASE_URL when set (CI starts one).
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { createPostgresStore, type PostgresStore } from "plazo/store/postgres";
import { storeConformance } from "plazo/store/testing";
import { afterAll, beforeAll, describe, it } from "vitest";

const url = process.env.DATABASE_URL;
let schemas = 0;
const fresh = () => `conformance_${process.pid}_${++schemas}`;
const drop = (store: unknown) =>
  `DROP SCHEMA IF EXISTS "${(store as PostgresStore).schema}" CASCADE`;

describe("postgres store conformance, on PGlite", () => {
  let db: PGlite;
  beforeAll(async () => {
    db = await PGlite.create();
  }, 60_000);
  afterAll(() => db?.close());
  for (const c of storeConformance({
    store: async () => {
      const store = createPostgresStore({ db, schema: fresh() });
      await store.migrate();
      return store;
    },
    cleanup: async (store) => void (await db.exec(drop(store))),
  }))
    it(c.name, () => c.run(), 60_000);
});

describe.runIf(url)("postgres store conformance, on the server of DATABASE_URL", () => {
  let pool: pg.Pool;
  beforeAll(() => {
    pool = new pg.Pool({ connectionString: url, max: 16 });
  });
  afterAll(() => pool?.end());
  for (const c of storeConformance({
    store: async () => {
      const store = createPostgresStore({ db: pool, schema: fresh() });
      await store.migrate();
      return store;
    },
    cleanup: async (store) => void (await pool.query(drop(store))),
  }))
    it(c.name, () => c.run(), 60_000);
});

if (!url)
  describe("postgres store conformance, on a real server", () => {
    if (process.env.CI)
      it("CI runs it: DATABASE_URL must be set (.ci/run starts a server)", () => {
        throw new Error("DATABASE_URL is not set: CI must not skip the PostgreSQL tests");
      });
    else
      it.skip("skipped: DATABASE_URL is not set (.ci/run starts a server and sets it)", () => {});
  });
