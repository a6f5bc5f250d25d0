#!/usr/bin/env bash
# Make a local PostgreSQL server available for the store tests (Debian's postgresql package).
# Idempotent: installs only when pg_lsclusters is missing, creates a cluster only when there is none,
# starts it only when it is down. Afterwards the tests connect with
#   MPP_TEST_PG_URL=postgres://postgres:postgres@127.0.0.1:5432/postgres   (the default)
# Stop it when done with: pg_ctlcluster <version> main stop
set -euo pipefail

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "postgres.sh: installing postgresql" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi

# First cluster listed: "<version> <name> <port> <status> ..." (header skipped with -h).
cluster_line() { pg_lsclusters -h | awk 'NR == 1 { print $1, $2, $3, $4 }'; }

if [[ -z "$(cluster_line)" ]]; then
  version="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
  echo "postgres.sh: no cluster, creating ${version}/main" >&2
  pg_createcluster "$version" main
fi

read -r version name port status <<<"$(cluster_line)"
if [[ "$status" != online* ]]; then
  echo "postgres.sh: starting cluster ${version}/${name}" >&2
  pg_ctlcluster "$version" "$name" start
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$port"; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$port"

# Over the local socket as the postgres OS user (peer authentication); cd so su does not warn.
(cd / && su postgres -c "psql -q -p $port -c \"ALTER USER postgres PASSWORD 'postgres';\"")
echo "postgres.sh: ready on 127.0.0.1:${port} (PostgreSQL ${version})" >&2
