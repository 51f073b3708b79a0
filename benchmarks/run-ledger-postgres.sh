#!/usr/bin/env bash
# The ledger's transfer workload side by side with PostgreSQL (issue 6): installs Debian's
# postgresql if missing, starts a throwaway cluster bound to 127.0.0.1 only, then
#  1. PostgresStoreComparison: the same ledger on the embedded file store and on the PostgreSQL
#     journal store (saruar-storage-postgresql), batch API and 64 single-command submitters;
#  2. PostgresComparison: the workload hand-written in SQL (balances and entries tables, one
#     transaction per transfer with row locks, durable commits) against the file ledger.
# Not part of the unit tests. Environment: SARUAR_PG_PORT (default 55432), SARUAR_PG_DIR (default
# /tmp/saruar-pg), THREADS (64), SECONDS_TO_RUN (10), SQL_COMPARISON (1; 0 skips step 2).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${SARUAR_PG_PORT:-55432}"
DATA="${SARUAR_PG_DIR:-/tmp/saruar-pg}"
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
fi
PGBIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [ ! -f "$DATA/PG_VERSION" ]; then
  mkdir -p "$DATA"
  [ "$(id -u)" = 0 ] && chown postgres: "$DATA"
  as_pg "$PGBIN/initdb" -D "$DATA" -A trust -U postgres >/dev/null
fi
as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k /tmp -c max_connections=200" start
trap 'as_pg "$PGBIN/pg_ctl" -D "$DATA" -m fast stop >/dev/null' EXIT
./mvnw -B -q -pl benchmarks -am package -DskipTests
mkdir -p benchmarks/results/tmp
java -Xmx6g -cp benchmarks/target/saruar-benchmarks.jar kz.saruar.benchmarks.ledger.PostgresStoreComparison \
  "jdbc:postgresql://127.0.0.1:$PORT/postgres?user=postgres" "${SECONDS_TO_RUN:-10}" "${THREADS:-64}" \
  | tee benchmarks/results/tmp/ledger-postgres-store.txt
if [ "${SQL_COMPARISON:-1}" != 0 ]; then
  java -Xmx6g -cp benchmarks/target/saruar-benchmarks.jar kz.saruar.benchmarks.ledger.PostgresComparison \
    "jdbc:postgresql://127.0.0.1:$PORT/postgres" postgres "${THREADS:-64}" "${SECONDS_TO_RUN:-10}" \
    | tee benchmarks/results/tmp/ledger-postgres.txt
fi
