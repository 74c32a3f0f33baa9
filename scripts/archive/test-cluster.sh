#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the archive tests. It listens on 127.0.0.1:PORT, where
# every login needs a password (scram-sha-256), and on a socket in FOLDER, where the `postgres`
# superuser logs in without one (for this script only). The tests log in over TCP as the role
# `groundwork` (may create databases, nothing more) with a password this script makes up; so a
# test can also log in with a wrong one and see the refusal.
# Prints the connection string, password included, on stdout (export it as GROUNDWORK_TEST_PG);
# progress goes to stderr.
#   GROUNDWORK_TEST_PG=$(bash scripts/archive/test-cluster.sh start [FOLDER] [PORT])
#   bash scripts/archive/test-cluster.sh stop FOLDER
# initdb refuses to run as root: as root the cluster runs as the `postgres` user Debian's package
# creates; as anyone else it runs as that user.
set -euo pipefail
action=${1:-start}
dir=${2:-${TMPDIR:-/tmp}/groundwork-pg-$$}
port=${3:-54329}
bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$bin/initdb" ] || { echo "no PostgreSQL server binaries (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$dir"; fi
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o "-p $port -k $dir -c listen_addresses=127.0.0.1" >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    # Hex only: nothing to escape in SQL or in a URL.
    password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
    as_owner "$bin/psql" -q -X -v ON_ERROR_STOP=1 -h "$dir" -p "$port" -U postgres -d postgres >&2 <<SQL
CREATE ROLE groundwork LOGIN CREATEDB PASSWORD '$password';
CREATE DATABASE groundwork_test OWNER groundwork;
SQL
    printf 'postgresql://groundwork:%s@127.0.0.1:%s/groundwork_test\n' "$password" "$port"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -w stop -m fast >&2
    ;;
  *)
    echo "usage: test-cluster.sh start|stop [FOLDER] [PORT]" >&2
    exit 2
    ;;
esac
