#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# `cmake --install` into a fresh prefix puts the binary, the launcher entry, the icon and the
# AppStream metainfo where desktops look, and they point at each other.
set -euo pipefail
cmake=$1
build=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
"$cmake" --install "$build" --prefix "$prefix" >/dev/null
id=io.github.concurrencylab.ConcurrencyLab
failures=0
check() {
    if [ "$1" "$2" ]; then
        echo "PASS $2"
    else
        echo "FAIL $2 (test $1)"
        failures=$((failures + 1))
    fi
}
check -x "$prefix/bin/concurrency-lab"
check -s "$prefix/share/applications/$id.desktop"
check -s "$prefix/share/icons/hicolor/scalable/apps/$id.svg"
check -s "$prefix/share/metainfo/$id.metainfo.xml"
[ "$failures" -eq 0 ] || exit 1

# The entry starts the installed binary and names the installed icon; the metainfo launches the entry.
desktop="$prefix/share/applications/$id.desktop"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
icon_name=$(sed -n 's/^Icon=//p' "$desktop")
[ -x "$prefix/bin/$exec_name" ] || { echo "FAIL Exec=$exec_name is not in $prefix/bin"; exit 1; }
[ -s "$prefix/share/icons/hicolor/scalable/apps/$icon_name.svg" ] || { echo "FAIL Icon=$icon_name not installed"; exit 1; }
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$prefix/share/metainfo/$id.metainfo.xml" ||
    { echo "FAIL the metainfo does not launch $id.desktop"; exit 1; }
# The installed binary runs (its version needs no display).
version=$("$prefix/bin/concurrency-lab" --version | head -n 1)
echo "PASS installed binary: $version"
grep -q "<release version=\"${version##* }\"" "$prefix/share/metainfo/$id.metainfo.xml" ||
    { echo "FAIL the metainfo has no release for version ${version##* }"; exit 1; }
echo "PASS the entry, the icon and the metainfo point at each other"
