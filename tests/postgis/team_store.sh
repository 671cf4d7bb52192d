#!/usr/bin/env bash
# The team store: a project in a PostgreSQL schema (postgresql:// URI) against the same project as a file.
# Pushes the Heraklion sample, checks that info, render (pixel for pixel) and scenario indicators on the URI
# equal those on the file, and that pull gives back a file whose info equals the original's.
# Usage: team_store.sh POLIS SAMPLE_DIR. Exit 77 (skipped) when PostgreSQL or PostGIS is missing.
set -euo pipefail
polis=$1
sample=$2
source "$(dirname "$0")/pg_server.sh"

fail=0
ok() { echo "ok: $1"; }
bad() { echo "FAIL: $1"; fail=1; }
cp -r "$sample" "$work/sample"
file="$work/sample/heraklion.polis"
uri="postgresql://polis@127.0.0.1:$port/postgres?schema=heraklion"
embedded="postgresql://polis@127.0.0.1:$port/postgres?schema=heraklion_embedded"

# The layer descriptions of `polis info --json` by name, without the source (which names the file or the
# URI); `info data` leaves out the project's own polis_* tables, which the sample holds in an older form
# (fewer columns, rows) than this Polis writes.
info() { "$polis" info --json --tables "$2" | python3 -c '
import json, sys
layers = [l for l in json.load(sys.stdin)["layers"] if sys.argv[1] == "all" or not l["name"].startswith("polis_")]
print(json.dumps(sorted(layers, key=lambda l: l["name"]), indent=1, sort_keys=True))' "$1"; }

"$polis" project push "$file" "$uri"
"$polis" project push "$file" "$embedded" --embed
count=$(psql -At -d "$pg" -c "SELECT count(*) FROM heraklion_embedded.districts")
[ "$count" -gt 0 ] && ok "push --embed: districts in PostGIS ($count rows)" || bad "push --embed: no districts table"
gist=$(psql -At -d "$pg" -c "SELECT count(*) FROM pg_indexes WHERE schemaname = 'heraklion' AND tablename = 'planning' AND indexdef LIKE '%USING gist%'")
[ "$gist" = 1 ] && ok "the embedded layer has a GiST index" || bad "no GiST index on heraklion.planning"

info data "$file" > "$work/info.file"
info data "$uri" > "$work/info.uri"
grep -q '"name": "planning"' "$work/info.uri" || bad "info on the URI lacks the embedded layer"
cmp -s "$work/info.file" "$work/info.uri" && ok "info on the URI equals info on the file" \
  || { bad "info differs"; diff "$work/info.file" "$work/info.uri" | head -20 || true; }

# The project as info describes it (title, CRS, layers, scenarios, indicators), sources aside.
described() { "$polis" info --json "$1" | python3 -c '
import json, sys
p = json.load(sys.stdin)["project"]
for l in p["layers"]: l.pop("source"); l.pop("embedded")
print(json.dumps(p, indent=1, sort_keys=True))'; }
described "$file" > "$work/project.file"
described "$uri" > "$work/project.uri"
grep -q '"Airport to Kasteli + Pankritio marina"' "$work/project.uri" || bad "info on the URI lacks the scenarios"
cmp -s "$work/project.file" "$work/project.uri" && ok "info describes the project on the URI as on the file" \
  || { bad "project descriptions differ"; diff "$work/project.file" "$work/project.uri" | head -20 || true; }

"$polis" scenario indicators "$file" --json > "$work/ind.file"
"$polis" scenario indicators "$embedded" --allow-outside --json > "$work/ind.uri"
cmp -s "$work/ind.file" "$work/ind.uri" && ok "scenario indicators on the URI equal those on the file" \
  || { bad "indicators differ"; diff "$work/ind.file" "$work/ind.uri" | head -20 || true; }
grep -q '"values"' "$work/ind.file" || bad "the sample has no indicators to compare"

# The referenced files of a database project are outside any project folder: allowed explicitly. The
# baseline and a scenario (its changes applied to the embedded tables by their feature ids).
scenario=$("$polis" scenario list "$file" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["scenarios"][1]["name"])')
"$polis" render "$file" -o "$work/file.png" --size 600x450 > /dev/null
"$polis" render "$uri" --allow-outside -o "$work/uri.png" --size 600x450 > /dev/null
"$polis" render "$embedded" --allow-outside -o "$work/embedded.png" --size 600x450 > /dev/null
"$polis" render "$file" --scenario "$scenario" -o "$work/file_s.png" --size 600x450 > /dev/null
"$polis" render "$embedded" --scenario "$scenario" --allow-outside -o "$work/embedded_s.png" --size 600x450 > /dev/null
cmp -s "$work/file.png" "$work/file_s.png" && bad "the scenario «$scenario» draws like the baseline: nothing compared"
# Qt's PNG writer is deterministic (no time chunk): equal bytes = equal pixels, and any pixel that differs
# changes the bytes.
for pair in file:uri file:embedded file_s:embedded_s; do
  png=${pair#*:}
  cmp -s "$work/${pair%%:*}.png" "$work/$png.png" && ok "render of the $png project equals the file's, pixel for pixel" \
    || bad "render of the $png project differs from the file's"
done

for action in list diff; do
  args=("$action"); [ "$action" = diff ] && args+=(baseline "$scenario")
  "$polis" scenario "${args[0]}" "$file" "${args[@]:1}" --json | sed 's/"project": .*//' > "$work/$action.file"
  "$polis" scenario "${args[0]}" "$uri" "${args[@]:1}" --json | sed 's/"project": .*//' > "$work/$action.uri"
  cmp -s "$work/$action.file" "$work/$action.uri" && ok "scenario $action on the URI equals the file's" || bad "scenario $action differs"
done

"$polis" project pull "$uri" "$work/pulled.polis"
info data "$work/pulled.polis" > "$work/info.pulled"
cmp -s "$work/info.file" "$work/info.pulled" && ok "pull gives back a file whose info equals the original's" \
  || { bad "pulled info differs"; diff "$work/info.file" "$work/info.pulled" | head -20 || true; }
info all "$uri" > "$work/all.uri"
info all "$work/pulled.polis" > "$work/all.pulled"
cmp -s "$work/all.uri" "$work/all.pulled" && ok "the pulled file holds the project tables of the database" \
  || { bad "pulled project tables differ"; diff "$work/all.uri" "$work/all.pulled" | head -20 || true; }

# Two planners at once (two real processes) on different features of the same scenario: both land.
set_field() { "$polis" scenario set "$uri" "$scenario" --layer airports --json "$@"; }
value() { psql -At -d "$pg" -c "SELECT attributes FROM heraklion.polis_changes WHERE layer = 'Αερολιμένες' AND feature_fid = $1 AND scenario_id = (SELECT id FROM heraklion.polis_scenarios WHERE name = '$scenario')"; }
set_field --fid 1 --field status=anna_value > "$work/set1.json" &
set_field --fid 2 --field status=nikos_value > "$work/set2.json" &
wait
[ "$(value 1)" = '{"status":"anna_value"}' ] && [ "$(value 2)" = '{"status":"nikos_value"}' ] \
  && ok "two processes editing different features: both changes landed" \
  || bad "concurrent edits of different features: $(value 1) / $(value 2)"
# The same feature: the second planner's edit is based on a revision older than the first one's save.
base=$(python3 -c 'import json,sys; print(min(json.load(open(f))["revision"] for f in sys.argv[1:]) - 1)' "$work/set1.json" "$work/set2.json")
set_field --fid 1 --field status=first > /dev/null
if set_field --fid 1 --field status=second --base-revision "$base" > "$work/conflict.json" 2> "$work/conflict.err"; then
  bad "a stale --base-revision on the same feature was saved"
else
  code=$?
  [ "$code" = 1 ] && grep -q "feature 1 of layer Αερολιμένες" "$work/conflict.err" && grep -q "saved by polis" "$work/conflict.err" \
    && ok "the same feature with a stale base revision: exit 1 naming the feature and who saved it" \
    || { bad "conflict: exit $code"; cat "$work/conflict.err"; }
fi
[ "$(value 1)" = '{"status":"first"}' ] && ok "the first value stays" || bad "after the conflict: $(value 1)"

# Live updates: a second planner's open project hears of the save (LISTEN/NOTIFY) with the role's name.
"$polis" project watch "$uri" --count 1 --timeout 20 > "$work/watch.out" &
watcher=$!
for _ in $(seq 100); do grep -q . "$work/watch.out" 2> /dev/null && break; sleep 0.1; done
set_field --fid 3 --field status=watched > /dev/null
wait $watcher && grep -q "«$scenario» was changed by polis" "$work/watch.out" \
  && ok "the save reached a watching planner: $(tail -1 "$work/watch.out")" || { bad "no notice"; cat "$work/watch.out"; }

# A role that may only read (GRANT SELECT): opens, cannot save, is told so; nothing changes.
psql -q -d "$pg" -c "CREATE ROLE council LOGIN; GRANT USAGE ON SCHEMA heraklion TO council; GRANT SELECT ON ALL TABLES IN SCHEMA heraklion TO council"
reader="postgresql://council@127.0.0.1:$port/postgres?schema=heraklion"
"$polis" scenario list "$reader" > /dev/null && ok "a read-only role opens the project" || bad "the read-only role cannot open the project"
if "$polis" scenario set "$reader" "$scenario" --layer airports --fid 1 --field status=council 2> "$work/readonly.err"; then
  bad "a read-only role saved"
else
  grep -q "read-only" "$work/readonly.err" && ok "a read-only role's save is refused: $(head -1 "$work/readonly.err")" \
    || { bad "read-only refusal message"; cat "$work/readonly.err"; }
fi
[ "$(value 1)" = '{"status":"first"}' ] && ok "the refused save changed nothing" || bad "after the refused save: $(value 1)"
exit $fail
