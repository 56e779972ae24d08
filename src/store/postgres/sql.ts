// The statements of the PostgreSQL store. Each port call is one statement
// (data-modifying CTEs), so it is atomic on its own and joins the host's
// transaction when the host passes a client inside one.

/** The statements for the schema `s` (already quoted). */
export function statements(s: string) {
  const ticketColumns =
    "tenant, id, version, status, category, requester, reference, updated_at, wake_at, state";
  return {
    /** $1-$10 the snapshot columns, $11 the idempotency key, $12 the events' JSON. */
    create: `WITH t AS (
  INSERT INTO ${s}.tickets (${ticketColumns}, create_key, create_hash)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9::timestamptz, $10::jsonb, $11, md5($12::text))
  ON CONFLICT DO NOTHING
  RETURNING tenant, id
), e AS (
  INSERT INTO ${s}.events (tenant, ticket_id, seq, body)
  SELECT t.tenant, t.id, (x.body->>'seq')::integer, x.body
  FROM t, jsonb_array_elements(($12::text)::jsonb) AS x(body)
)
SELECT count(*)::integer AS created FROM t`,
    /** Who holds the id or the key after `create` inserted nothing. */
    createdBefore: `SELECT state, create_key = $3 AS by_key, create_hash = md5($4::text) AS same
FROM ${s}.tickets WHERE tenant = $1 AND (create_key = $3 OR id = $2)
ORDER BY (create_key = $3) DESC NULLS LAST LIMIT 1`,
    /** $1 tenant, $2 id, $3 command key, $4 expected version, $5-$12 the snapshot, $13 the events' JSON. */
    append: `WITH done AS (
  SELECT version FROM ${s}.commands WHERE tenant = $1 AND ticket_id = $2 AND key = $3
), u AS (
  UPDATE ${s}.tickets SET version = $5, status = $6, category = $7, requester = $8, reference = $9,
    updated_at = $10::timestamptz, wake_at = $11::timestamptz, state = $12::jsonb
  WHERE tenant = $1 AND id = $2 AND version = $4 AND NOT EXISTS (SELECT 1 FROM done)
  RETURNING tenant, id, version
), e AS (
  INSERT INTO ${s}.events (tenant, ticket_id, seq, body)
  SELECT u.tenant, u.id, (x.body->>'seq')::integer, x.body
  FROM u, jsonb_array_elements(($13::text)::jsonb) AS x(body)
), k AS (
  INSERT INTO ${s}.commands (tenant, ticket_id, key, version)
  SELECT u.tenant, u.id, $3, u.version FROM u WHERE $3::text IS NOT NULL
)
SELECT (SELECT version FROM u) AS appended, (SELECT version FROM done) AS done`,
    version: `SELECT version FROM ${s}.tickets WHERE tenant = $1 AND id = $2`,
    commandVersion: `SELECT version FROM ${s}.commands WHERE tenant = $1 AND ticket_id = $2 AND key = $3`,
    load: `SELECT state FROM ${s}.tickets WHERE tenant = $1 AND id = $2`,
    events: `SELECT e.body FROM ${s}.tickets t
LEFT JOIN ${s}.events e ON e.tenant = t.tenant AND e.ticket_id = t.id AND e.seq >= $3
WHERE t.tenant = $1 AND t.id = $2 ORDER BY e.seq`,
    counts: `SELECT count(*) FILTER (WHERE category = 'waiting_on_requester')::integer AS waiting,
  count(*) FILTER (WHERE category IN ('new', 'open', 'waiting_on_requester', 'on_hold'))::integer AS open,
  count(*)::integer AS total
FROM ${s}.tickets WHERE tenant = $1 AND requester = $2`,
    /** $1 now, $2 limit, $3 lease in ms. */
    claimDue: `WITH due AS (
  SELECT tenant, id, wake_at FROM ${s}.tickets
  WHERE wake_at <= $1::timestamptz ORDER BY wake_at LIMIT $2
  FOR UPDATE SKIP LOCKED
)
UPDATE ${s}.tickets t SET wake_at = $1::timestamptz + $3::bigint * interval '1 millisecond'
FROM due WHERE t.tenant = due.tenant AND t.id = due.id
RETURNING t.state, due.wake_at AS was`,
    /** $1 after tx, $2 after position, $3 limit, $4 tenant or null. */
    feed: `SELECT tenant, ticket_id, body, tx::text AS tx, position::text AS position
FROM ${s}.events
WHERE (tx, position) > ($1::xid8, $2::bigint)
  AND tx < pg_snapshot_xmin(pg_current_snapshot())
  AND ($4::text IS NULL OR tenant = $4)
ORDER BY tx, position LIMIT $3`,
  };
}

/** A query of tickets: the WHERE clause and its values, built from the filters present. */
export function ticketQuery(
  s: string,
  q: {
    tenant: string;
    status?: readonly string[] | undefined;
    category?: readonly string[] | undefined;
    requester?: string | undefined;
    reference?: string | undefined;
    since?: string | undefined;
    after?: { updatedAt: string; id: string } | undefined;
    limit: number;
  },
): { text: string; values: unknown[] } {
  const values: unknown[] = [q.tenant];
  const where = ["tenant = $1"];
  const param = (v: unknown) => `$${values.push(v)}`;
  if (q.status !== undefined) where.push(`status = ANY(${param(q.status)}::text[])`);
  if (q.category !== undefined) where.push(`category = ANY(${param(q.category)}::text[])`);
  if (q.requester !== undefined) where.push(`requester = ${param(q.requester)}`);
  if (q.reference !== undefined) where.push(`reference = ${param(q.reference)}`);
  if (q.since !== undefined) where.push(`updated_at >= ${param(q.since)}::timestamptz`);
  if (q.after !== undefined) {
    const at = param(q.after.updatedAt);
    const id = param(q.after.id);
    where.push(
      `updated_at <= ${at}::timestamptz AND (updated_at < ${at}::timestamptz OR id > ${id})`,
    );
  }
  const text = `SELECT state FROM ${s}.tickets WHERE ${where.join(" AND ")}
ORDER BY updated_at DESC, id LIMIT ${param(q.limit + 1)}`;
  return { text, values };
}
