#!/usr/bin/env bash
# Builds the .deb and .tar.gz with CPack, extracts the .deb into a temporary root (dpkg-deb -x) and runs
# `polis --version` from there; checks the declared dependencies and the desktop integration files.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$build"
cpack -B "$work/out" > "$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
deb=$(ls "$work"/out/polis_*.deb)
ls "$work"/out/polis-*.tar.gz > /dev/null || { echo "FAIL: no .tar.gz package"; exit 1; }

dpkg-deb -x "$deb" "$work/root"
got=$("$work/root/usr/bin/polis" --version)
[ "$got" = "polis $version" ] || { echo "FAIL: polis --version printed '$got', expected 'polis $version'"; exit 1; }

depends=$(dpkg-deb -f "$deb" Depends)
for pkg in qml6-module-qtquick-controls qml6-module-qtquick-layouts libgdal32 libqt6quick6; do
  case "$depends" in
    *"$pkg"*) ;;
    *) echo "FAIL: Depends lacks $pkg: $depends"; exit 1 ;;
  esac
done
for f in usr/share/applications/polis.desktop usr/share/icons/hicolor/scalable/apps/polis.svg \
         usr/share/polis/sample-data/heraklion.polis; do
  [ -f "$work/root/$f" ] || { echo "FAIL: the package lacks /$f"; exit 1; }
done
# The packaged binary renders the packaged sample.
"$work/root/usr/bin/polis" render "$work/root/usr/share/polis/sample-data/heraklion.polis" -o "$work/map.png" > /dev/null
[ -s "$work/map.png" ] || { echo "FAIL: the packaged polis did not render the sample"; exit 1; }
echo "package ok: $(basename "$deb")"
