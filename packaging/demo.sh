#!/usr/bin/env bash
# Headless demo: starts the built-in HubSpot sandbox on a free port, runs one VIEW export through
# export-studio-cli against it, prints the saved files and the first lines of the CSV, and stops
# the sandbox. Usage: packaging/demo.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
sandbox="$build/app/sandbox/server/hubspot-sandbox"
cli="$build/app/cli/export-studio-cli"
for program in "$sandbox" "$cli"; do
  if [ ! -x "$program" ]; then
    echo "demo: $program is missing; build first (packaging/build.sh $build)." >&2
    exit 1
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/export-studio-demo.XXXXXX")
sandbox_pid=""
cleanup() {
  if [ -n "$sandbox_pid" ]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
}
trap cleanup EXIT

# The sandbox prints "listening on http://127.0.0.1:PORT" as its first line.
"$sandbox" --port 0 --clock-speed 20 >"$work/sandbox.out" 2>"$work/sandbox.err" &
sandbox_pid=$!
api=""
for _ in $(seq 1 100); do
  line=$(head -n 1 "$work/sandbox.out" 2>/dev/null || true)
  case "$line" in
    "listening on "*) api=${line#listening on }; break ;;
  esac
  if ! kill -0 "$sandbox_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [ -z "$api" ]; then
  echo "demo: the sandbox did not start:" >&2
  cat "$work/sandbox.err" >&2
  exit 1
fi
echo "Sandbox running at $api"

cat >"$work/request.json" <<'JSON'
{
  "exportType": "VIEW",
  "exportName": "Demo contacts",
  "format": "CSV",
  "language": "EN",
  "objectType": "CONTACT",
  "objectProperties": ["email", "firstname", "lastname", "city"],
  "publicCrmSearchRequest": {
    "filterGroups": [ { "filters": [ { "propertyName": "email", "operator": "HAS_PROPERTY" } ] } ],
    "sorts": [ { "propertyName": "lastname", "order": "ASC" } ]
  }
}
JSON

echo "Exporting (request: $work/request.json) ..."
status=0
HUBSPOT_ACCESS_TOKEN=sandbox-token "$cli" export --request "$work/request.json" \
  --api-base "$api" --out "$work/out" --state-dir "$work/state" >"$work/files.txt" || status=$?
if [ "$status" -ne 0 ]; then
  echo "demo: the export failed (exit $status)." >&2
  exit "$status"
fi

echo
echo "Saved files:"
cat "$work/files.txt"
while IFS= read -r file; do
  case "$file" in
    *.csv)
      echo
      echo "First lines of $(basename "$file"):"
      head -n 5 "$file"
      ;;
  esac
done <"$work/files.txt"
echo
echo "Everything is in $work"
