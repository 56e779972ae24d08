#!/usr/bin/env bash
# A throw-away PostgreSQL cluster with durability ON (fsync, full_page_writes,
# synchronous_commit), for bench/store's second append figure. Prints its URL;
# stop it with ../shared/scripts/stop-test-postgres.sh PORT (same layout).
set -euo pipefail
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
PORT="$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
DIR="$(mktemp -d "/tmp/pgtest-${PORT}.XXXXXX")"
echo "$DIR" > "/tmp/pgtest-${PORT}.dir"
AS=()
if [ "$(id -u)" = "0" ]; then chown postgres: "$DIR"; AS=(runuser -u postgres --); fi
"${AS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U postgres -A trust -E UTF8 --locale=C >"$DIR/initdb.log" 2>&1
"${AS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c fsync=on -c synchronous_commit=on -c full_page_writes=on" \
  start >&2
echo "postgres://postgres@127.0.0.1:${PORT}/postgres"
