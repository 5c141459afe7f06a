#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL 15 cluster; CRAMPWISE_TEST_PG_URL points at it.
# The cluster lives in a temporary folder owned by an unprivileged user (initdb refuses root),
# listens on a free loopback port with its socket in that folder, and is stopped and removed
# whatever happens to the command.
set -euo pipefail
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
RUNAS=()
PGUSER_NAME=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
  RUNAS=(runuser -u nobody --)
  PGUSER_NAME=nobody
fi
DIR=$(mktemp -d /tmp/crampwise-pg.XXXXXX)
chmod 755 "$DIR"
[ "$(id -u)" -eq 0 ] && chown nobody "$DIR"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
cleanup() {
  "${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT INT TERM
"${RUNAS[@]}" "$PGBIN/initdb" -D "$DIR/data" -U "$PGUSER_NAME" -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
"${RUNAS[@]}" "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -t 60 \
  -o "-p $PORT -k $DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
"${RUNAS[@]}" "$PGBIN/createdb" -h "$DIR" -p "$PORT" -U "$PGUSER_NAME" crampwise_test
export CRAMPWISE_TEST_PG_URL="postgresql+psycopg://$PGUSER_NAME@127.0.0.1:$PORT/crampwise_test"
export CRAMPWISE_TEST_PG_ADMIN_URL="postgresql+psycopg://$PGUSER_NAME@127.0.0.1:$PORT/postgres"
echo "PostgreSQL 15 test cluster on 127.0.0.1:$PORT" >&2
set +e
"$@"
status=$?
set -e
exit $status
