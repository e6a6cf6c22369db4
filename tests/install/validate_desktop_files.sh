#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# The launcher entry and the AppStream metainfo pass the freedesktop validators (Debian's
# desktop-file-utils and appstream), and the icon is an SVG the desktop can draw. (No homepage or
# screenshot URLs: the project has no public address yet, and AppStream does not require them.)
set -euo pipefail
dir=$1
id=io.github.concurrencylab.ConcurrencyLab
desktop-file-validate "$dir/$id.desktop"
echo "PASS desktop-file-validate $id.desktop"
appstreamcli validate --no-net --pedantic "$dir/$id.metainfo.xml"
echo "PASS appstreamcli validate $id.metainfo.xml"
if command -v rsvg-convert >/dev/null; then
    png=$(mktemp --suffix=.png)
    trap 'rm -f "$png"' EXIT
    rsvg-convert -w 32 -h 32 "$dir/$id.svg" -o "$png"
    echo "PASS rsvg-convert draws $id.svg"
else
    grep -q '<svg' "$dir/$id.svg"
    echo "PASS $id.svg is an SVG document (rsvg-convert not installed, not drawn)"
fi
