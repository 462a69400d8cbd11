#!/usr/bin/env bash
# Fuzzes every parser of outside data with libFuzzer + ASan + UBSan for a fixed time each.
#
#   tests/fuzz/run-fuzzers.sh [seconds-per-target] [target ...]     # default 60 s, all targets
#
# Needs clang-14 and libclang-rt-14-dev (Debian 12; not needed by the normal build). Builds in
# build-fuzz/ (override with BUILD_DIR), starts from the seeds in tests/fuzz/corpus/<target>/ and
# keeps what it learns in build-fuzz/corpus/<target>/ (the checked-in seeds are not touched).
# A crash, leak, timeout (> 10 s for one input) or broken invariant stops that target, writes
# the input to build-fuzz/findings/<target>/ and makes the script exit non-zero. To keep a
# reproducer as a regression test, copy it into tests/fuzz/corpus/<target>/: the normal build's
# CTest (fuzz-replay-<target>) replays every file there.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
SECONDS_EACH="${1:-60}"
shift || true
BUILD_DIR="${BUILD_DIR:-$ROOT/build-fuzz}"
JOBS="${JOBS:-$(nproc)}"
ALL=(status_body error_body request_file preset_file file_name zip_entries)
TARGETS=("$@")
[ "${#TARGETS[@]}" -eq 0 ] && TARGETS=("${ALL[@]}")

command -v clang++-14 >/dev/null || {
    echo "clang++-14 is missing: sudo apt-get install clang-14 libclang-rt-14-dev" >&2
    exit 2
}
SAN="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DCMAKE_C_FLAGS="$SAN" -DCMAKE_CXX_FLAGS="$SAN" \
    -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DEXPORTSTUDIO_FUZZ=ON \
    -DEXPORTSTUDIO_BUILD_GUI=ON >/dev/null # tests/ui needs Qt Widgets at configure time
cmake --build "$BUILD_DIR" -j"$JOBS" --target "${TARGETS[@]/#/fuzz_}"

# Qt is not instrumented; its one-time allocations are not ours to report.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"
export QT_QPA_PLATFORM=offscreen

status=0
summary=()
for target in "${TARGETS[@]}"; do
    corpus="$BUILD_DIR/corpus/$target"
    findings="$BUILD_DIR/findings/$target"
    mkdir -p "$corpus" "$findings"
    log="$BUILD_DIR/fuzz-$target.log"
    echo "== fuzz_$target for ${SECONDS_EACH}s (log: $log)"
    if "$BUILD_DIR/tests/fuzz/fuzz_$target" "$corpus" "$ROOT/tests/fuzz/corpus/$target" \
        -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
        -artifact_prefix="$findings/" -print_final_stats=1 >"$log" 2>&1; then
        result="ok"
    else
        result="FAILED: see $log and $findings/"
        status=1
    fi
    runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)"
    cov="$(grep -o 'cov: [0-9]*' "$log" | tail -1)"
    line="fuzz_$target: ${runs:-?} runs, ${cov:-cov: ?}, corpus $(ls "$corpus" | wc -l) files, $result"
    echo "$line"
    summary+=("$line")
done
echo
echo "== summary (${SECONDS_EACH}s each, $(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1))"
printf '%s\n' "${summary[@]}"
exit $status
