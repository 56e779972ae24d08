import { fail, isObject } from "../../check.js";

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** The schema name, checked so it can be written into SQL as an identifier. */
export function schemaName(schema: unknown): string {
  if (typeof schema !== "string" || !SCHEMA_NAME.test(schema))
    fail("options.schema", 'expected a lower-case SQL identifier such as "plazo"');
  return schema;
}

/**
 * The SQL that creates plazo's tables and indexes in `schema` (default
 * `plazo`). Every statement is `IF NOT EXISTS`, so running it again, or from
 * several processes at once (an advisory lock serialises them), changes
 * nothing. For hosts that run their own migrator; `store.migrate()` runs
 * the same text. Needs PostgreSQL 13 or later.
 *
 * @example
 * ```ts
 * import { writeFileSync } from "node:fs";
 * import { postgresSchemaSql } from "plazo/store/postgres";
 * writeFileSync("migrations/0007_plazo.sql", postgresSchemaSql({ schema: "plazo" }));
 * ```
 */
export function postgresSchemaSql(options: { readonly schema?: string } = {}): string {
  if (!isObject(options)) fail("options", "expected { schema? }");
  const s = `"${schemaName(options.schema ?? "plazo")}"`;
  return `-- plazo/store/postgres: tickets (one snapshot row each), their events, command keys.
SELECT pg_advisory_xact_lock(hashtext('plazo.migrate.' || ${quote(s)}));
CREATE SCHEMA IF NOT EXISTS ${s};

CREATE TABLE IF NOT EXISTS ${s}.tickets (
  tenant      text        NOT NULL,
  id          text        NOT NULL,
  version     integer     NOT NULL CHECK (version >= 1),
  status      text        NOT NULL,
  category    text        NOT NULL,
  requester   text        NOT NULL,
  reference   text,
  updated_at  timestamptz NOT NULL,
  wake_at     timestamptz,
  state       jsonb       NOT NULL,
  create_key  text,
  create_hash text        NOT NULL,
  PRIMARY KEY (tenant, id)
);
CREATE UNIQUE INDEX IF NOT EXISTS tickets_create_key ON ${s}.tickets (tenant, create_key) WHERE create_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_recent       ON ${s}.tickets (tenant, updated_at DESC, id);
CREATE INDEX IF NOT EXISTS tickets_by_status    ON ${s}.tickets (tenant, status, updated_at DESC, id);
CREATE INDEX IF NOT EXISTS tickets_by_category  ON ${s}.tickets (tenant, category, updated_at DESC, id);
CREATE INDEX IF NOT EXISTS tickets_by_requester ON ${s}.tickets (tenant, requester, updated_at DESC, id) INCLUDE (category);
CREATE INDEX IF NOT EXISTS tickets_by_reference ON ${s}.tickets (tenant, reference) WHERE reference IS NOT NULL;
CREATE INDEX IF NOT EXISTS tickets_due          ON ${s}.tickets (wake_at) WHERE wake_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS ${s}.events (
  tenant    text    NOT NULL,
  ticket_id text    NOT NULL,
  seq       integer NOT NULL CHECK (seq >= 1),
  body      jsonb   NOT NULL,
  tx        xid8    NOT NULL DEFAULT pg_current_xact_id(),
  position  bigint  GENERATED ALWAYS AS IDENTITY,
  PRIMARY KEY (tenant, ticket_id, seq),
  FOREIGN KEY (tenant, ticket_id) REFERENCES ${s}.tickets (tenant, id) ON DELETE CASCADE
);
CREATE INDEX IF NOT EXISTS events_feed ON ${s}.events (tx, position);

CREATE TABLE IF NOT EXISTS ${s}.commands (
  tenant    text    NOT NULL,
  ticket_id text    NOT NULL,
  key       text    NOT NULL,
  version   integer NOT NULL,
  PRIMARY KEY (tenant, ticket_id, key),
  FOREIGN KEY (tenant, ticket_id) REFERENCES ${s}.tickets (tenant, id) ON DELETE CASCADE
);
`;
}

const quote = (identifier: string) => `'${identifier.replaceAll("'", "''")}'`;
