#!/usr/bin/env bash
# Keeps polis-bench working: a tiny city, one frame. Checks the output's keys and counts, not timings.
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
