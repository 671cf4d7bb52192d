# Sourced by the PostgreSQL tests: a throwaway PostgreSQL cluster with PostGIS (initdb/pg_ctl as a non-root
# user, in a temporary folder, on a loopback port), stopped and removed on exit. Sets $work (the folder),
# $port, $pgbin and $pg (a libpq connection string for the superuser "polis"). Exits 77 (skipped) when
# PostgreSQL or PostGIS is missing.
pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$pgbin" ] || ! ls /usr/share/postgresql/*/extension/postgis.control > /dev/null 2>&1; then
  echo "SKIP: PostgreSQL with PostGIS is not installed (installer/debian-packages.txt lists it)"
  exit 77
fi

work=$(mktemp -d)
chmod 755 "$work"
as_user() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
port=$((20000 + $$ % 20000))
cleanup() {
  as_user "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop > /dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
mkdir "$work/pg"
[ "$(id -u)" = 0 ] && chown nobody "$work/pg"
as_user "$pgbin/initdb" -D "$work/pg" -A trust -U polis > "$work/initdb.log"
as_user "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $work/pg -c fsync=off" start > /dev/null
pg="host=127.0.0.1 port=$port dbname=postgres user=polis"
psql -q -d "$pg" -c "CREATE EXTENSION postgis" > /dev/null
