#!/usr/bin/env bash
# Builds and runs every benchmark (every bench_* target: tests/bench and the GUI's QBENCHMARK
# programs), prints their figures with the machine they ran on, then one summary table with the
# results, the goals and the load average when each program started. Benchmarks are not tests:
# the script fails only when a program fails, never because a goal is missed.
#
#   tests/bench/run-benchmarks.sh            # build in ./build (RelWithDebInfo), run all
#   BUILD_DIR=/path/to/build tests/bench/run-benchmarks.sh
#   BENCH_ONLY='startup|transferpanel' tests/bench/run-benchmarks.sh      # a subset (regex)
#   BENCH_ARGS_bench_download="--rounds 3" tests/bench/run-benchmarks.sh   # per-program flags
#
# Needs curl, unzip and Xvfb (packaging/debian-packages.txt) and about 3 GiB free in $TMPDIR.
# Each program's full output is also kept in $BUILD_DIR/bench-logs/.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
JOBS="${JOBS:-$(nproc)}"
LOG_DIR="$BUILD_DIR/bench-logs"

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Every bench_* program in the tree (tests/bench and the GUI's QBENCHMARK programs).
mapfile -t BENCHES < <(cmake --build "$BUILD_DIR" --target help |
    sed -n 's/^\(bench_[A-Za-z0-9_]*\): phony$/\1/p' | grep -v '_autogen' |
    grep -E "${BENCH_ONLY:-.}" | sort -u)
if [ "${#BENCHES[@]}" -eq 0 ]; then
    echo "no bench_* targets in $BUILD_DIR (is BUILD_TESTING on? does BENCH_ONLY match?)" >&2
    exit 1
fi
cmake --build "$BUILD_DIR" --target "${BENCHES[@]}" -j"$JOBS"
mkdir -p "$LOG_DIR"

disk_of() { # the block device under a folder, its file system and whether it spins
    local dev fs name rota
    read -r dev fs < <(df -T "$1" | awk 'NR == 2 {print $1, $2}')
    name="$(basename "$(readlink -f "$dev")")"
    rota="$(cat "/sys/class/block/$name/queue/rotational" 2>/dev/null || echo '?')"
    case "$rota" in 0) rota="non-rotational" ;; 1) rota="reports rotational" ;; esac
    echo "$dev ($fs, $rota, $(df -h "$1" | awk 'NR == 2 {print $4}') free)"
}

MACHINE_CPU="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
echo "== machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu:     $MACHINE_CPU, $(nproc) cores"
echo "memory:  $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "kernel:  $(uname -r)"
echo "disk:    $(disk_of "${TMPDIR:-/tmp}") for ${TMPDIR:-/tmp}"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min; other work on the machine shows here)"
echo "tools:   $(curl --version | head -1 | cut -d' ' -f1-2), $(unzip -v | head -1 | cut -d' ' -f1-2), Qt $(qtpaths6 --qt-version 2>/dev/null || echo '?')"
echo "build:   $(sed -n 's/^CMAKE_BUILD_TYPE:STRING=//p' "$BUILD_DIR/CMakeCache.txt") in $BUILD_DIR"
echo "commit:  $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" # the in-process GUI benchmarks need no display
SUMMARY="$LOG_DIR/summary.tsv"
: >"$SUMMARY"
status=0
# Rows for the table from Qt Test's QBENCHMARK results ("RESULT : Class::function():" then
# "  3.6 msecs per iteration ..."; with -perf, "3,423,795 nsecs" of task-clock, i.e. CPU time).
qbenchmark_rows() { # log load
    awk -v load="$2" '
        /^RESULT : / { fn = $3; sub(/\(\):$/, "", fn); sub(/^.*::/, "", fn); next }
        fn != "" && /per iteration/ {
            value = $1; gsub(/,/, "", value); unit = $2; clock = "wall"
            if (unit == "nsecs") { value = sprintf("%.2f", value / 1e6); unit = "msecs"; clock = "CPU" }
            goal = (fn == "search") ? "≤ 5 ms" : "-"
            what = (fn == "search") ? "property search, 5,000 properties, per keystroke" \
                                    : "property picker, 5,000 properties: " fn
            printf "%s (%s)\t%s %s\t%s\t%s\n", what, clock, value, unit, goal, load
            fn = ""
        }' "$1"
}
for bench in "${BENCHES[@]}"; do
    exe="$(find "$BUILD_DIR" -type f -name "$bench" -perm -u+x | head -1)"
    var="BENCH_ARGS_$bench"
    load="$(cut -d' ' -f1 /proc/loadavg)"
    log="$LOG_DIR/$bench.log"
    echo
    echo "== $bench ${!var:-} (load $load)"
    # shellcheck disable=SC2086 # word splitting of the per-program flags is intended
    if ! "$exe" ${!var:-} 2>&1 | tee "$log"; then
        echo "$bench FAILED" >&2
        echo -e "$bench FAILED (see $log)\t-\t-\t$load" >>"$SUMMARY"
        status=1
        continue
    fi
    # "@summary<TAB>what<TAB>result<TAB>goal" lines become rows of the table.
    sed -n 's/^@summary\t//p' "$log" | sed "s/\$/\t$load/" >>"$SUMMARY"
    qbenchmark_rows "$log" "$load" >>"$SUMMARY"
    # The same QBENCHMARKs timed in CPU time (perf's task-clock): on a busy machine the wall
    # clock mostly measures the other processes.
    if grep -q '^RESULT : ' "$log" && [ -z "${!var:-}" ]; then
        load="$(cut -d' ' -f1 /proc/loadavg)"
        echo "== $bench -perf -perfcounter task-clock -iterations 20 (load $load)"
        if "$exe" -perf -perfcounter task-clock -iterations 20 2>&1 | tee "$LOG_DIR/$bench-cpu.log"; then
            qbenchmark_rows "$LOG_DIR/$bench-cpu.log" "$load" >>"$SUMMARY"
        else
            echo "$bench: no perf events here; only the wall-clock figures" >&2
        fi
    fi
done

echo
echo "== summary ($(date -u '+%Y-%m-%d %H:%M UTC'); $MACHINE_CPU, $(nproc) cores; medians of alternating rounds)"
awk -F'\t' '
    { rows[NR] = $0; w = length($1); if (w > width) width = w }
    END {
        printf "%-" width "s | %s | %s | %s\n", "benchmark", "result", "goal", "load at start"
        for (i = 1; i <= NR; ++i) {
            split(rows[i], f, "\t")
            printf "%-" width "s | %s | %s | %s\n", f[1], f[2], f[3], f[4]
        }
    }' "$SUMMARY"
exit $status
