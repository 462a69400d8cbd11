#!/usr/bin/env bash
# The sanitizer stage of CI (.ci/run runs it after packaging/test.sh when CI=true): configures
# and builds the `asan` preset (Debug, AddressSanitizer + UndefinedBehaviorSanitizer, in
# build-asan/) and runs the test suite with the `asan` test preset under Xvfb.
#   - ASan and UBSan stop the process at the first finding, so a finding fails its test.
#   - LeakSanitizer is on; tests/sanitizers/lsan.supp names the third-party leaks it ignores.
#   - The whole suite runs. A test labelled `nosan` would be left out (none is: the slowest, the
#     fault matrix, takes about a minute under ASan); such a label must say why where it is set.
# Extra arguments go to ctest (e.g. packaging/test-sanitizers.sh -R tst_unpacker).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
"$root/packaging/install-deps.sh"

# Warnings are not errors here: stage 1 (packaging/test.sh) builds the same code with -Werror.
start=$(date +%s)
cmake --preset asan >/dev/null
cmake --build --preset asan --parallel "$(nproc)"
built=$(date +%s)
echo "sanitizer build: $((built - start)) s"

status=0
xvfb-run -a -s "-screen 0 1600x1000x24" \
  ctest --preset asan --parallel "$(nproc)" "$@" || status=$?
echo "sanitizer tests: $(($(date +%s) - built)) s"
exit $status
