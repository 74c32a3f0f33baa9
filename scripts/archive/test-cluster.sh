#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for the archive tests: a socket folder, no TCP, trust auth.
# Prints the connection string on stdout (export it as GROUNDWORK_TEST_PG); progress goes to stderr.
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
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w start -o "-p $port -k $dir -c listen_addresses=''" >&2 \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h "$dir" -p "$port" -U postgres groundwork_test >&2
    printf 'postgresql://postgres@/groundwork_test?host=%s&port=%s\n' "$dir" "$port"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir/data" -w stop -m fast >&2
    ;;
  *)
    echo "usage: test-cluster.sh start|stop [FOLDER] [PORT]" >&2
    exit 2
    ;;
esac
