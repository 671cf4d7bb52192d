#!/usr/bin/env bash
# Polis developer entry point for Debian 12 (root, or a user with sudo).
#   installer/dev.sh run    install what is missing, build (Release), open the Heraklion sample project
#   installer/dev.sh test   install what is missing, build (Release), run the whole test suite (ctest)
#   installer/dev.sh translations   refresh app/i18n/*.ts from the sources (lupdate); translate what it reports
# Both are idempotent: a second run installs nothing and rebuilds only what changed.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${POLIS_BUILD_DIR:-$root/build}

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_packages() {
  local missing=()
  while read -r pkg; do
    [ -z "$pkg" ] && continue
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done < <(grep -v '^\s*#' "$root/installer/debian-packages.txt")
  if [ "${#missing[@]}" -gt 0 ]; then
    echo "== Installing missing Debian packages: ${missing[*]}"
    as_root apt-get update -q
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
  fi
}

build_polis() {
  if [ ! -f "$build/CMakeCache.txt" ]; then
    local launcher=()
    # ccache, when the developer has it, makes rebuilds in several work trees cheap; CI builds without it.
    command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}"
  fi
  cmake --build "$build" -j "$(nproc)"
}

case "${1:-}" in
  run)
    install_packages
    build_polis
    exec "$build/bin/polis" "$root/sample-data/heraklion.polis"
    ;;
  test)
    install_packages
    build_polis
    cd "$build"
    exec ctest --output-on-failure -j "$(nproc)" --timeout 900
    ;;
  translations)
    install_packages
    [ -f "$build/CMakeCache.txt" ] || build_polis
    cmake --build "$build" --target update_translations
    cd "$build"
    ctest -R '^i18n\.complete$' --output-on-failure || true # lists what is left to translate
    ;;
  *)
    echo "usage: installer/dev.sh run|test|translations" >&2
    exit 2
    ;;
esac
