#!/usr/bin/env bash
# Runs clang-tidy (the checked-in .clang-tidy) over the application sources (app/, ui/) using a
# build's compile_commands.json, and prints the number of findings per check.
#
#   tests/security/run-clang-tidy.sh [build-dir] [path-filter-regex]
#       build-dir          default ./build (configure it first: cmake --preset default)
#       path-filter-regex  default '^<repo>/(app|ui)/.*\.cpp$'
#
# Full output: <build-dir>/clang-tidy.log. Exit status 0 unless clang-tidy itself could not run;
# findings are reported, not fatal (CI compares the count against the last known figure).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD_DIR="${1:-$ROOT/build}"
FILTER="${2:-^$ROOT/(app|ui)/.*\.cpp$}"
TIDY="$(command -v clang-tidy-14 || command -v clang-tidy || true)"
[ -n "$TIDY" ] || { echo "clang-tidy is missing: sudo apt-get install clang-tidy-14" >&2; exit 2; }
DB="$BUILD_DIR/compile_commands.json"
[ -f "$DB" ] || { echo "no $DB: configure the build first (cmake --preset default)" >&2; exit 2; }

# The sources in the database that match the filter (so no moc/qrc output from the build dir).
mapfile -t FILES < <(python3 - "$DB" "$FILTER" <<'PY'
import json, re, sys
db, pattern = sys.argv[1], re.compile(sys.argv[2])
seen = set()
for entry in json.load(open(db)):
    f = entry["file"]
    if "_autogen" in f or f in seen:
        continue
    if pattern.search(f):
        seen.add(f)
        print(f)
PY
)
echo "clang-tidy: $("$TIDY" --version | sed -n 's/.*version \([0-9.]*\).*/\1/p' | head -1) on ${#FILES[@]} files from $DB"
LOG="$BUILD_DIR/clang-tidy.log"
OUT="$BUILD_DIR/clang-tidy.d"
rm -rf "$OUT"
mkdir -p "$OUT"
JOBS="${JOBS:-$(nproc)}"
# One clang-tidy per file, each into its own log, so one crash or failure (xargs would stop at a
# signal) costs only that file; the failures are listed at the end. gcc-only warning flags in the
# database are tolerated.
export TIDY BUILD_DIR OUT
printf '%s\n' "${FILES[@]}" | xargs -P "$JOBS" -I{} sh -c '
    log="$OUT/$(printf %s "$1" | tr / _).log"
    "$TIDY" -p "$BUILD_DIR" --quiet \
        --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-unused-command-line-argument \
        "$1" >"$log" 2>"$log.err" || echo "$1 (exit $?)" >>"$OUT/failed.txt"
    exit 0' _ {}
cat "$OUT"/*.log >"$LOG" 2>/dev/null || true

# One finding per "file:line:col: warning: ... [check]" line, each location counted once.
echo
echo "findings per check:"
grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$LOG" | sort -u |
    sed -E 's/.*\[([a-z0-9.,-]+)\]$/\1/' | sort | uniq -c | sort -rn || echo "  none"
total="$(grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$LOG" | sort -u | wc -l)"
echo "total: $total (details: $LOG)"
if [ -s "$OUT/failed.txt" ]; then
    echo "clang-tidy could not finish on (see $OUT/*.err):"
    sed 's/^/  /' "$OUT/failed.txt"
fi
