// npm run backend: the reference seller-support backend on port 3000 (PORT).
// PostgreSQL when DATABASE_URL is set (tables created if missing), the
// memory store otherwise; a sweeper every 5 s (SWEEP_MS) fires due timers.
import { createBackend } from "./server.js";

async function storeFromEnv() {
  const url = process.env.DATABASE_URL;
  if (!url) return undefined;
  const { default: pg } = await import("pg");
  const { createPostgresStore } = await import("plazo/store/postgres");
  const store = createPostgresStore({ db: new pg.Pool({ connectionString: url }) });
  await store.migrate();
  return store;
}

const store = await storeFromEnv();
const backend = createBackend(store ? { store } : {});
const port = Number(process.env.PORT ?? 3000);
const stop = backend.startSweeper(Number(process.env.SWEEP_MS ?? 5000));
backend.server.listen(port, "127.0.0.1", () =>
  console.log(
    `plazo reference backend on http://127.0.0.1:${port} (${store ? "PostgreSQL" : "memory store"})`,
  ),
);
const shutdown = () => {
  stop();
  backend.server.close(() => process.exit(0));
};
process.on("SIGINT", shutdown);
process.on("SIGTERM", shutdown);
