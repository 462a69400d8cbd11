#!/usr/bin/env bash
# Installs the .deb the way a user does, `apt-get install ./export-studio_*.deb`, into a bare
# Debian 12 root (debootstrap's minbase: no Qt, no QuaZip, nothing of ours), so that a missing or
# wrong Depends fails here instead of on a user's machine. Then, inside that root, the packaged
# sandbox serves and the packaged CLI exports a filtered XLSX and a CSV from it, and the files
# are checked.
#   tests/packaging/bare-root-install.sh BUILD_DIR
# Needs root (debootstrap, chroot) and Debian's mirror; .ci/run runs it as a CI stage. A root
# that is already bootstrapped can be reused with ES_BARE_ROOT=DIR (it is never deleted then).
set -euo pipefail
build=${1:?usage: tests/packaging/bare-root-install.sh BUILD_DIR}
build=$(cd "$build" && pwd)
[ "$(id -u)" = 0 ] || { echo "bare-root-install: needs root (debootstrap and chroot)" >&2; exit 2; }
mirror=${ES_DEBIAN_MIRROR:-http://deb.debian.org/debian}

scratch=$(mktemp -d "${TMPDIR:-/tmp}/es-bare-root.XXXXXX")
sandbox_pid=
cleanup() {
  [ -n "$sandbox_pid" ] && kill "$sandbox_pid" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT

if ! command -v debootstrap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap >/dev/null
fi

echo "building the package"
(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/export-studio_*.deb)

root=${ES_BARE_ROOT:-"$scratch/root"}
if [ ! -x "$root/usr/bin/apt-get" ]; then
  echo "bootstrapping a bare Debian 12 root in $root"
  start=$(date +%s)
  debootstrap --variant=minbase bookworm "$root" "$mirror" >"$scratch/debootstrap.log" 2>&1 ||
    { tail -20 "$scratch/debootstrap.log"; exit 1; }
  echo "  bootstrapped in $(($(date +%s) - start)) s"
fi
# The root starts without Qt: a library the package needs but does not declare would otherwise
# be found and hide the fault.
if chroot "$root" dpkg-query -W -f='${Status}' libqt6core6 2>/dev/null | grep -q 'ok installed'; then
  [ -n "${ES_BARE_ROOT:-}" ] || { echo "FAIL: the fresh root already has Qt"; exit 1; }
  echo "note: the reused root $root already has Qt installed; the install below proves less"
fi

cp "$deb" "$root/tmp/"
start=$(date +%s)
if ! chroot "$root" /bin/sh -c "apt-get update -q && DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends /tmp/$(basename "$deb")" >"$scratch/apt.log" 2>&1; then
  tail -30 "$scratch/apt.log"
  echo "FAIL: apt-get install ./$(basename "$deb") on a bare Debian 12 root"
  exit 1
fi
echo "apt-get install ./$(basename "$deb"): $(grep -c '^Setting up' "$scratch/apt.log") packages set up in $(($(date +%s) - start)) s"

# The packaged sandbox and CLI, run inside the root: only what the package and its declared
# dependencies brought can be loaded there.
chroot "$root" /usr/bin/hubspot-sandbox --port 0 >"$scratch/sandbox.out" 2>"$scratch/sandbox.err" &
sandbox_pid=$!
for _ in $(seq 1 300); do
  grep -q '^listening on ' "$scratch/sandbox.out" && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$scratch/sandbox.err"; echo "FAIL: the packaged sandbox exited"; exit 1; }
  sleep 0.1
done
api=$(sed -n 's/^listening on \(http[^ ]*\).*/\1/p' "$scratch/sandbox.out")
[ -n "$api" ] || { echo "FAIL: the packaged sandbox never said where it listens"; exit 1; }
echo "packaged sandbox: $api"

rm -rf "$root/tmp/es-out" "$root/tmp/es-state"
mkdir -p "$root/tmp/es-out" "$root/tmp/es-state"
cat >"$root/tmp/customers.json" <<'EOF'
{"exportType": "VIEW", "format": "XLSX", "exportName": "Customers", "language": "EN",
 "objectType": "CONTACT", "objectProperties": ["email", "firstname", "lifecyclestage"],
 "publicCrmSearchRequest": {"filterGroups": [
   {"filters": [{"propertyName": "lifecyclestage", "operator": "EQ", "value": "customer"}]}],
  "filters": [], "sorts": []}}
EOF
sed -e 's/"XLSX"/"CSV"/' -e 's/"Customers"/"Customers CSV"/' "$root/tmp/customers.json" >"$root/tmp/customers-csv.json"
for request in customers customers-csv; do
  if ! chroot "$root" /usr/bin/env HUBSPOT_ACCESS_TOKEN=sandbox-token \
      /usr/bin/export-studio-cli export --request "/tmp/$request.json" --api-base "$api" \
      --out /tmp/es-out --state-dir /tmp/es-state --json >"$scratch/$request.json" 2>"$scratch/$request.err"; then
    cat "$scratch/$request.err"
    echo "FAIL: the packaged CLI could not export $request on the packaged sandbox"
    exit 1
  fi
done
# The files hold what the sandbox says it exported: the CSV's data rows equal the export's
# recordCount, and the XLSX is a zip with a worksheet (python3 is not in the root; the host's
# reads the files).
python3 - "$root/tmp/es-out" "$scratch/customers.json" "$scratch/customers-csv.json" <<'EOF'
import csv, json, os, sys, zipfile
out, xlsx_summary, csv_summary = sys.argv[1:4]
files = sorted(os.listdir(out))
xlsx = [f for f in files if f.endswith(".xlsx")]
csvs = [f for f in files if f.endswith(".csv")]
assert len(xlsx) == 1 and len(csvs) == 1, f"expected one XLSX and one CSV, found {files}"
with zipfile.ZipFile(os.path.join(out, xlsx[0])) as z:
    assert "xl/worksheets/sheet1.xml" in z.namelist(), z.namelist()
with open(os.path.join(out, csvs[0]), newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
summary = json.load(open(csv_summary))
reported = summary.get("recordCount")
assert rows and "Email" in rows[0] and "Lifecycle Stage" in rows[0], f"unexpected header {rows[:1]}"
assert reported is not None and len(rows) - 1 == reported, f"{len(rows) - 1} rows, HubSpot reported {reported}"
assert len(rows) > 1, "the filtered export is empty"
print(f"exported in the bare root: {xlsx[0]}, {csvs[0]} ({len(rows) - 1} records, as reported)")
EOF
echo "1 passed, 0 failed"
