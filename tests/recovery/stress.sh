#!/usr/bin/env bash
# Runs both kill -9 crash-recovery tests (tst_crashrecovery: the CLI, tst_guicrashrecovery: the
# desktop app) N times, each round with a fresh random seed, and stops at the first failure,
# printing the seed that replays it. A plain run of the suite uses one fixed seed (the same kill
# points every time); this is where new kill points are explored.
#   tests/recovery/stress.sh N                 (after a build in build/, or BUILD_DIR=…)
#   ES_RECOVERY_SEED=SEED ctest --test-dir build -R '^tst_crashrecovery$' --output-on-failure
set -euo pipefail
rounds=${1:?usage: tests/recovery/stress.sh N}
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-"$root/build"}
[ -f "$build/CTestTestfile.cmake" ] || { echo "no build in $build: run packaging/test.sh (or set BUILD_DIR)" >&2; exit 2; }
logs=$(mktemp -d "${TMPDIR:-/tmp}/es-stress.XXXXXX")
start=$(date +%s)
for ((round = 1; round <= rounds; ++round)); do
  seed=$(( (RANDOM << 15 | RANDOM) % 1000000 ))
  echo "round $round/$rounds: seed $seed"
  # The two tests run side by side (each kills its own processes), as they do in the suite.
  if ! ES_RECOVERY_SEED=$seed xvfb-run -a -s "-screen 0 1600x1000x24" \
      ctest --test-dir "$build" -R '^tst_(gui)?crashrecovery$' --parallel 2 --timeout 600 \
      --output-on-failure >"$logs/round-$round.log" 2>&1; then
    cat "$logs/round-$round.log"
    echo "FAILED in round $round after $(($(date +%s) - start)) s; replay with:"
    echo "  ES_RECOVERY_SEED=$seed ctest --test-dir $build -R '^tst_(gui)?crashrecovery\$' --output-on-failure"
    exit 1
  fi
  grep -h "crash recovery: seed" "$logs/round-$round.log" | sed 's/^/  /' || true
done
echo "stress: $rounds rounds of both crash tests passed in $(($(date +%s) - start)) s (logs: $logs)"
