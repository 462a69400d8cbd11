#!/usr/bin/env bash
# Builds and runs every benchmark (every bench_* target: tests/bench and the GUI's) and prints their figures
# with the machine they ran on. Benchmarks are not tests: they pass unless a program fails.
#
#   tests/bench/run-benchmarks.sh            # build in ./build (RelWithDebInfo), run all
#   BUILD_DIR=/path/to/build tests/bench/run-benchmarks.sh
#   BENCH_ARGS_bench_download="--rounds 3" tests/bench/run-benchmarks.sh   # per-program flags
#
# Needs curl and unzip (packaging/debian-packages.txt) and about 3 GiB free in $TMPDIR.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BUILD_DIR="${BUILD_DIR:-$ROOT/build}"
JOBS="${JOBS:-$(nproc)}"

if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
fi
# Every bench_* program in the tree (tests/bench and the GUI's QBENCHMARK programs).
mapfile -t BENCHES < <(cmake --build "$BUILD_DIR" --target help |
    sed -n 's/^\(bench_[A-Za-z0-9_]*\): phony$/\1/p' | grep -v '_autogen' | sort -u)
if [ "${#BENCHES[@]}" -eq 0 ]; then
    echo "no bench_* targets in $BUILD_DIR (is BUILD_TESTING on?)" >&2
    exit 1
fi
cmake --build "$BUILD_DIR" --target "${BENCHES[@]}" -j"$JOBS"

echo "== machine"
echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "cpu:     $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1), nproc $(nproc)"
echo "memory:  $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
echo "kernel:  $(uname -r)"
echo "disk:    $(df -hT "${TMPDIR:-/tmp}" | awk 'NR == 2 {print $1 " (" $2 ")"}') for ${TMPDIR:-/tmp}"
echo "load:    $(cut -d' ' -f1-3 /proc/loadavg) (1/5/15 min)"
echo "tools:   $(curl --version | head -1 | cut -d' ' -f1-2), $(unzip -v | head -1 | cut -d' ' -f1-2)"
echo "commit:  $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)"

export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" # the GUI benchmarks need no display
status=0
for bench in "${BENCHES[@]}"; do
    exe="$(find "$BUILD_DIR" -type f -name "$bench" -perm -u+x | head -1)"
    var="BENCH_ARGS_$bench"
    echo
    echo "== $bench ${!var:-}"
    # shellcheck disable=SC2086 # word splitting of the per-program flags is intended
    if ! "$exe" ${!var:-}; then
        echo "$bench FAILED" >&2
        status=1
    fi
done
exit $status
