#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the whole suite headless.
# Extra arguments go to ctest (e.g. packaging/test.sh -R model).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-"$root/build"}
"$root/packaging/build.sh" "$build"
cd "$build"
# Widget tests run offscreen (set per test); screenshot tests need a real X server, so the whole
# run sits under Xvfb.
xvfb-run -a -s "-screen 0 1600x1000x24" \
  ctest --output-on-failure --parallel "$(nproc)" --timeout 600 "$@"
