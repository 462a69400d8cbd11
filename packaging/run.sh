#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and starts Export Studio. With no
# HubSpot account configured it runs on the built-in sandbox; with no display it runs a headless
# demo export through the CLI against the sandbox instead of failing.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-"$root/build"}
"$root/packaging/build.sh" "$build"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$build/app/desktop/export-studio" ]; then
  exec "$build/app/desktop/export-studio" "$@"
fi
echo "No display found: running a headless demo export against the built-in sandbox." >&2
exec "$root/packaging/demo.sh" "$build"
