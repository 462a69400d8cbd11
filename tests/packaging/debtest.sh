#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata, unpacks it into a scratch root (dpkg -x) and
# runs the programs from there. The binaries in it must be stripped, and their symbols must be in
# the export-studio-dbgsym package beside it, under the build id gdb looks them up by.
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$build"
cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $deb"
ddeb=$(ls "$scratch"/out/export-studio-dbgsym_*.ddeb 2>/dev/null || true)
[ -n "$ddeb" ] || { echo "FAIL: no export-studio-dbgsym package beside the .deb:"; ls -l "$scratch/out"; exit 1; }
echo "symbols: $ddeb"
ls -l "$deb" "$ddeb"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
depends=$(dpkg-deb --field "$deb" Depends)
for lib in libqt6core6 libquazip1-qt6 libqt6keychain1 libsecret-1-0; do
  case "$depends" in *"$lib"*) ;; *) echo "FAIL: Depends lacks $lib: $depends"; exit 1 ;; esac
done
dpkg -x "$deb" "$scratch/root"
for f in usr/bin/export-studio-cli usr/bin/hubspot-sandbox usr/bin/export-studio \
         usr/share/applications/io.github.exportstudio.ExportStudio.desktop \
         usr/share/metainfo/io.github.exportstudio.ExportStudio.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/io.github.exportstudio.ExportStudio.svg \
         usr/share/icons/hicolor/48x48/apps/io.github.exportstudio.ExportStudio.png \
         usr/share/man/man1/export-studio-cli.1; do
  [ -e "$scratch/root/$f" ] || { echo "FAIL: the package lacks /$f"; exit 1; }
done
# Stripped: no symbol table and no DWARF in the shipped binaries; the dbgsym package holds the
# DWARF of each one under its build id, and depends on this very version of the package.
dpkg -x "$ddeb" "$scratch/dbg"
[ "$(dpkg-deb --field "$ddeb" Package)" = export-studio-dbgsym ] || { echo "FAIL: dbgsym package name"; exit 1; }
version=$(dpkg-deb --field "$deb" Version)
case "$(dpkg-deb --field "$ddeb" Depends)" in
  *"export-studio (= $version)"*) ;;
  *) echo "FAIL: dbgsym Depends: $(dpkg-deb --field "$ddeb" Depends)"; exit 1 ;;
esac
for bin in export-studio export-studio-cli hubspot-sandbox; do
  f="$scratch/root/usr/bin/$bin"
  sections=$(LC_ALL=C readelf -S --wide "$f")
  if grep -qE ' \.(symtab|debug_info) ' <<<"$sections"; then
    echo "FAIL: /usr/bin/$bin is not stripped ($(stat -c %s "$f") bytes)"; exit 1
  fi
  id=$(LC_ALL=C readelf -n "$f" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')
  [ -n "$id" ] || { echo "FAIL: /usr/bin/$bin has no build id"; exit 1; }
  debug="$scratch/dbg/usr/lib/debug/.build-id/${id:0:2}/${id:2}.debug"
  [ -f "$debug" ] || { echo "FAIL: the dbgsym package lacks the symbols of /usr/bin/$bin ($debug)"; exit 1; }
  # (Into a variable first: grep -q would close the pipe early, and pipefail count readelf's
  # SIGPIPE as a failure.)
  debug_sections=$(LC_ALL=C readelf -S --wide "$debug")
  grep -q ' \.debug_info ' <<<"$debug_sections" || { echo "FAIL: $debug holds no DWARF"; exit 1; }
  echo "/usr/bin/$bin: stripped, $(stat -c %s "$f") bytes; symbols $(stat -c %s "$debug") bytes"
done
# The help is read whole before grep looks at it: `prog --help | grep -q` lets grep quit at the
# first match, and the program's next write then dies of SIGPIPE, which pipefail reports as a
# failure (a long help text, a loaded machine).
cli_help=$("$scratch/root/usr/bin/export-studio-cli" --help) || { echo "FAIL: export-studio-cli --help exited $?"; exit 1; }
grep -q export <<<"$cli_help" || { echo "FAIL: export-studio-cli --help"; exit 1; }
sandbox_help=$("$scratch/root/usr/bin/hubspot-sandbox" --help) || { echo "FAIL: hubspot-sandbox --help exited $?"; exit 1; }
grep -q -- --port <<<"$sandbox_help" || { echo "FAIL: hubspot-sandbox --help"; exit 1; }
echo "1 passed, 0 failed"
