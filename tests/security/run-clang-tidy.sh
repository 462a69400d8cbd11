#!/usr/bin/env bash
# Runs clang-tidy (the checked-in .clang-tidy) over the sources (app/, ui/, tests/) using a
# build's compile_commands.json, and prints the findings and their number per check. CI runs it
# after packaging/test.sh (.ci/run), so build/ is configured and its generated headers exist.
#
#   tests/security/run-clang-tidy.sh [build-dir] [path-filter-regex]
#       build-dir          default ./build (build it first: packaging/test.sh or cmake --build)
#       path-filter-regex  default '^<repo>/(app|ui|tests)/.*\.cpp$'
#   JOBS=N                 parallel clang-tidy processes (default: nproc)
#
# Full output: <build-dir>/clang-tidy.log. Exit status: 0 when there is no finding, 1 when there
# is at least one (or clang-tidy failed on a file), 2 when it cannot run at all. A finding is fixed
# in the code; where a check is wrong about a line, a NOLINT(check) with the reason next to it.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD_DIR="${1:-$ROOT/build}"
FILTER="${2:-^$ROOT/(app|ui|tests)/.*\.cpp$}"
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
#
# The clang static analyzer (clang-analyzer-*) is three quarters of clang-tidy's time (24 s of
# CPU against 6.5 s on exportqueue.cpp). It runs on app/ (engine, sandbox, CLI: parsers, buffers,
# files, the code where a null or leaked pointer hides); ui/ and tests/ get every other check, so
# the whole tree fits a CI stage on 2 cores. TIDY_ANALYZER=all runs it on every file.
export TIDY BUILD_DIR OUT ROOT
export TIDY_ANALYZER="${TIDY_ANALYZER:-app}"
start=$(date +%s)
# app/ first: its files are the slow ones, so they should not be the tail of the run.
printf '%s\n' "${FILES[@]}" | awk -v app="$ROOT/app/" \
    'index($0, app) == 1 { print; next } { rest[++n] = $0 } END { for (i = 1; i <= n; ++i) print rest[i] }' |
    xargs -P "$JOBS" -I{} sh -c '
    log="$OUT/$(printf %s "$1" | tr / _).log"
    scope=""
    case "$1" in
        "$ROOT"/app/*) ;;
        *) [ "$TIDY_ANALYZER" = all ] || scope="--checks=-clang-analyzer-*" ;;
    esac
    "$TIDY" -p "$BUILD_DIR" --quiet $scope \
        --extra-arg=-Wno-unknown-warning-option --extra-arg=-Wno-unused-command-line-argument \
        "$1" >"$log" 2>"$log.err" || echo "$1 (exit $?)" >>"$OUT/failed.txt"
    exit 0' _ {}
cat "$OUT"/*.log >"$LOG" 2>/dev/null || true
echo "clang-tidy took $(($(date +%s) - start)) s with $JOBS jobs"

# One finding per "file:line:col: warning: ... [check]" line, each location counted once.
echo
echo "findings per check:"
grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$LOG" | sort -u |
    sed -E 's/.*\[([a-z0-9.,-]+)\]$/\1/' | sort | uniq -c | sort -rn || echo "  none"
total="$( (grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$LOG" || true) |
    sort -u | wc -l)"
if [ "$total" -gt 0 ]; then
    echo
    echo "findings:"
    grep -E '^/.*:[0-9]+:[0-9]+: (warning|error): .*\[[a-z0-9.,-]+\]$' "$LOG" | sort -u |
        sed "s|^$ROOT/||"
fi
echo "total: $total (details: $LOG)"
status=0
[ "$total" -eq 0 ] || status=1
if [ -s "$OUT/failed.txt" ]; then
    echo "clang-tidy could not finish on (see $OUT/*.err):"
    sed 's/^/  /' "$OUT/failed.txt"
    status=1
fi
exit $status
