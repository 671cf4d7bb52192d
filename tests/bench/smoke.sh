#!/usr/bin/env bash
# Keeps polis-bench working: a tiny city, one frame, one query, a small locator index, one GUI stall run (smoke.sh POLIS_BENCH [POLIS]). Checks the output's keys and counts, not timings.
set -euo pipefail
bench=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
gen=$("$bench" gen-city --buildings 2000 -o "$work/city.gpkg" --seed 7)
echo "$gen"
case "$gen" in *'"buildings": 2000'*) ;; *) echo "FAIL: gen-city did not report 2000 buildings"; exit 1 ;; esac
out=$("$bench" render "$work/city.gpkg" --size 640x480 --frames 1)
echo "$out"
for key in features gdal_read_s open_s first_frame_s full_redraw_ms window_redraw_ms peak_rss_mb median p95; do
  case "$out" in *"\"$key\""*) ;; *) echo "FAIL: render output lacks $key"; exit 1 ;; esac
done
# Polis holds exactly the features GDAL iterates.
features=$(sed -E 's/.*"features": ([0-9]+).*/\1/' <<< "$out")
gdal=$(sed -E 's/.*"gdal_features": ([0-9]+).*/\1/' <<< "$out")
[ "$features" = "$gdal" ] || { echo "FAIL: polis read $features features, GDAL $gdal"; exit 1; }
# The query benchmark: the engine and GEOS alone agree (exit 0 only then), and every figure is printed.
polis=${2:-polis}
query=$("$bench" query "$work/city.gpkg" "$polis")
echo "$query"
for key in count geos_count load_ms query_ms geos_only_ms polis_process_ms ogrinfo_sqlite_rtree_ms; do
  case "$query" in *"\"$key\""*) ;; *) echo "FAIL: query output lacks $key"; exit 1 ;; esac
done
case "$query" in *'"polis_process_ms": -1'*) echo "FAIL: polis query failed"; exit 1 ;; esac
# The locator benchmark: every generated name indexed (exit 0 only then), each query timed.
locator=$("$bench" locator --features 2000)
echo "$locator"
for key in keys build_ms common_prefix exact latin none wgs84 epsg raw_scan_ms; do
  case "$locator" in *"\"$key\""*) ;; *) echo "FAIL: locator output lacks $key"; exit 1 ;; esac
done
grep -q '"exact": {"ms": [0-9.]*, "results": 1}' <<< "$locator" || { echo "FAIL: locator did not find the exact name once"; exit 1; }
# The GUI stall benchmark: the real window on a tiny city project with scenarios, every action measured.
"$bench" gen-city --buildings 2000 -o "$work/city.gpkg" --seed 7 --project "$work/city.polis"
"$bench" gen-city --buildings 500 -o "$work/more.gpkg" --seed 8 >/dev/null
stall=$("$bench" gui-stall "$work/city.polis" --add "$work/more.gpkg" --save "$work/saved.polis" --steps 4 --timeout 60)
echo "$stall"
num='[0-9]+(\.[0-9]+)?'
for action in open pan_zoom switch_scenarios compare save add_layer; do
  grep -Eq "\"$action\": \{\"p50_ms\": $num, \"p99_ms\": $num, \"max_ms\": $num, \"ticks\": [1-9][0-9]*, \"wall_ms\": $num, \"timeout\": false" <<< "$stall" ||
    { echo "FAIL: gui-stall output lacks a finished $action with its figures"; exit 1; }
done
grep -Eq '"features": [1-9][0-9]*' <<< "$stall" || { echo "FAIL: gui-stall read no features"; exit 1; }
grep -q '"scenarios": \["baseline", "densify", "demolish", "reshape"\]' <<< "$stall" || { echo "FAIL: gui-stall saw no scenarios"; exit 1; }
[ -f "$work/saved.polis" ] || { echo "FAIL: gui-stall did not save $work/saved.polis"; exit 1; }
