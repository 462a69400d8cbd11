#!/usr/bin/env bash
# Builds the .deb with CPack, checks its metadata, unpacks it into a scratch root (dpkg -x) and
# runs the programs from there.
set -euo pipefail
build=$1
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cd "$build"
cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1 || { cat "$scratch/cpack.log"; exit 1; }
deb=$(ls "$scratch"/out/*.deb)
echo "package: $deb"
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
"$scratch/root/usr/bin/export-studio-cli" --help | grep -q export || { echo "FAIL: export-studio-cli --help"; exit 1; }
"$scratch/root/usr/bin/hubspot-sandbox" --help | grep -q -- --port || { echo "FAIL: hubspot-sandbox --help"; exit 1; }
echo "1 passed, 0 failed"
