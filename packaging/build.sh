#!/usr/bin/env bash
# Shared set-up for the README's commands: install what is missing, configure, build.
# Usage: packaging/build.sh [BUILD_DIR]   (default: build)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
"$root/packaging/install-deps.sh"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
generator=()
command -v ninja >/dev/null && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DEXPORTSTUDIO_WERROR=$werror
fi
cmake --build "$build" --parallel "$(nproc)"
