#!/usr/bin/env bash
# polis query against PostGIS on the same data: a throwaway PostgreSQL cluster (initdb/pg_ctl as a non-root
# user, in a temporary folder, on a loopback port), the generated city loaded with ogr2ogr, and the ids of
# `polis query` compared with PostGIS's ST_DWithin / ST_Intersects / ST_Within / ST_Touches, both reading the
# GeoPackage and reading PostGIS itself (GDAL's PostgreSQL driver with the GiST index).
# Usage: postgis_compare.sh POLIS POLIS_BENCH. Exit 77 (skipped) when PostgreSQL or PostGIS is missing.
set -euo pipefail
polis=$1
bench=$2
source "$(dirname "$0")/pg_server.sh"

"$bench" gen-city --buildings 20000 -o "$work/city.gpkg" --seed 11 > /dev/null
ogr2ogr -f PostgreSQL "PG:$pg" "$work/city.gpkg" buildings -preserve_fid -lco FID=fid -lco GEOMETRY_NAME=geom

fail=0
# check NAME SQL_PREDICATE POLIS_ARGS...: the fids PostGIS finds must be exactly those polis finds.
check() {
  local name=$1 predicate=$2
  shift 2
  psql -At -d "$pg" -c "SELECT fid FROM buildings b WHERE $predicate ORDER BY fid" > "$work/expected"
  for layer in "$work/city.gpkg:buildings" "PG:$pg tables=buildings"; do
    "$polis" query --layer "$layer" "$@" | tail -n +2 > "$work/got"
    if ! cmp -s "$work/expected" "$work/got"; then
      echo "FAIL: $name on $layer: PostGIS $(wc -l < "$work/expected") ids, polis $(wc -l < "$work/got")"
      diff "$work/expected" "$work/got" | head -5
      fail=1
    else
      echo "ok: $name on ${layer%% *}: $(wc -l < "$work/got") ids"
    fi
  done
  [ -s "$work/expected" ] || { echo "FAIL: $name: the fixture matches nothing"; fail=1; }
}

# A route across the city and a district polygon, in the Greek Grid like the city.
route='LINESTRING(606000 3910500,607500 3911800,608200 3911600,609500 3913400)'
district='POLYGON((607000 3911000,608500 3911000,608500 3912500,607000 3912500,607000 3911000))'
printf 'id,WKT\n1,"%s"\n' "$route" > "$work/route.csv"
printf 'id,WKT\n1,"%s"\n' "$district" > "$work/district.csv"
srs=$(gdalsrsinfo -o wkt1 EPSG:2100)
echo "$srs" > "$work/route.prj"
echo "$srs" > "$work/district.prj"
r="ST_GeomFromText('$route', 2100)"
d="ST_GeomFromText('$district', 2100)"

check "dwithin 200 m" "ST_DWithin(b.geom, $r, 200)" --op dwithin --distance 200 --with "$work/route.csv"
check "dwithin 12.5 m" "ST_DWithin(b.geom, $r, 12.5)" --op dwithin --distance 12.5 --with "$work/route.csv"
check "intersects route" "ST_Intersects(b.geom, $r)" --op intersects --with "$work/route.csv"
check "within district" "ST_Within(b.geom, $d)" --op within --with "$work/district.csv"
check "intersects district" "ST_Intersects(b.geom, $d)" --op intersects --with "$work/district.csv"
# The attribute filter is OGR's (issue 18): the same rows as PostgreSQL's WHERE for an ordinary expression ...
check "tall in district" "ST_Intersects(b.geom, $d) AND floors >= 3" --op intersects --with "$work/district.csv" \
  --where "floors >= 3"
# ... and a server function is refused by OGR's parser, never sent: the server's statement log shows none.
psql -q -d "$pg" -c "ALTER SYSTEM SET log_statement = 'all'" -c "SELECT pg_reload_conf()" > /dev/null
for layer in "$work/city.gpkg:buildings" "PG:$pg tables=buildings"; do
  if out=$("$polis" query --layer "$layer" --op intersects --with "$work/district.csv" --count \
      --where "pg_read_file('/etc/passwd') IS NOT NULL" 2>&1); then
    echo "FAIL: pg_read_file filter accepted on ${layer%% *}: $out"; fail=1
  elif ! grep -q "refused" <<< "$out" || ! grep -q "buildings" <<< "$out"; then
    echo "FAIL: pg_read_file filter on ${layer%% *}: no message naming the layer and the refusal: $out"; fail=1
  else
    echo "ok: pg_read_file filter refused on ${layer%% *}"
  fi
done
if grep -q "pg_read_file" "$work/pg/server.log"; then
  echo "FAIL: the server received pg_read_file"; grep "pg_read_file" "$work/pg/server.log" | head -3; fail=1
fi
exit $fail
