#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# The launcher entry and the AppStream metainfo pass the freedesktop validators (Debian's
# desktop-file-utils and appstream), its screenshots exist, and the icon is an SVG the desktop can draw.
set -euo pipefail
dir=$1
id=io.github.concurrencylab.ConcurrencyLab
desktop-file-validate "$dir/$id.desktop"
echo "PASS desktop-file-validate $id.desktop"
appstreamcli validate --no-net --pedantic "$dir/$id.metainfo.xml"
echo "PASS appstreamcli validate $id.metainfo.xml"
# Each screenshot the metainfo names is a picture in this tree (the URL's path after the branch).
root=$(cd "$dir/../.." && pwd)
for url in $(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$dir/$id.metainfo.xml"); do
    path=${url#*/main/}
    [ -s "$root/$path" ] || { echo "FAIL the metainfo shows $path, which is not in the tree"; exit 1; }
    echo "PASS screenshot $path"
done
if command -v rsvg-convert >/dev/null; then
    png=$(mktemp --suffix=.png)
    trap 'rm -f "$png"' EXIT
    rsvg-convert -w 32 -h 32 "$dir/$id.svg" -o "$png"
    echo "PASS rsvg-convert draws $id.svg"
else
    grep -q '<svg' "$dir/$id.svg"
    echo "PASS $id.svg is an SVG document (rsvg-convert not installed, not drawn)"
fi
