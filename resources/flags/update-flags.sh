#!/bin/sh
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
#
# Regenerates the flag images and country names the built-in flag server ships:
#   <cc>.png        160x120 indexed PNG (with alpha), one per ISO 3166-1 alpha-2 code that
#                   Debian's iso-flags-png-320x240 has a flag for (lower-case code)
#   countries.json  {"ad": "Andorra", ...} for exactly those codes, from Debian's iso-codes
# and checks that every code of the book's list (book-codes.txt) got an image.
#
# Needs (Debian 12): apt-get install iso-flags-png-320x240 iso-codes imagemagick jq
# Usage: resources/flags/update-flags.sh     (re-runnable; rewrites the files in place)
# Then re-run CMake's configure so the resource list picks up added or removed files.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
flags=${FLAGS_DIR:-/usr/share/iso-flags-png-320x240}
iso=${ISO_3166_JSON:-/usr/share/iso-codes/json/iso_3166-1.json}

[ -d "$flags" ] || { echo "missing $flags: apt-get install iso-flags-png-320x240" >&2; exit 1; }
[ -f "$iso" ] || { echo "missing $iso: apt-get install iso-codes" >&2; exit 1; }
command -v convert >/dev/null || { echo "missing convert: apt-get install imagemagick" >&2; exit 1; }
command -v jq >/dev/null || { echo "missing jq: apt-get install jq" >&2; exit 1; }

# ISO codes, lower case. The package also has non-ISO flags (eu, eo, zz, brl, _*): skipped.
iso_codes=$(jq -r '."3166-1"[].alpha_2 | ascii_downcase' "$iso" | sort)

rm -f "$here"/??.png
codes=""
for cc in $iso_codes; do
    src="$flags/$cc.png"
    [ -f "$src" ] || continue
    # Half size, 256 colours without dithering (it speckles the flags' shading); the palette
    # keeps the soft edges' alpha, but then the clear corners come out 1/255 opaque: clear them.
    convert "$src" -resize 160x120 -dither None -colors 256 -channel A -fx 'u < 0.02 ? 0 : u' +channel \
        -strip -define png:exclude-chunks=date,time "$here/$cc.png"
    codes="$codes $cc"
done

# Names: the short common name where iso-codes has one ("Bolivia", not "Bolivia,
# Plurinational State of"), otherwise the ISO name.
echo "$codes" | tr ' ' '\n' | grep . | jq -R . | jq -s --slurpfile iso "$iso" '
    ($iso[0]."3166-1" | map({key: (.alpha_2 | ascii_downcase), value: (.common_name // .name)}) | from_entries)
        as $names
    | map({key: ., value: $names[.]}) | from_entries' >"$here/countries.json"

missing=""
for cc in $(cat "$here/book-codes.txt"); do
    lower=$(echo "$cc" | tr 'A-Z' 'a-z')
    [ -f "$here/$lower.png" ] || missing="$missing $cc"
done
count=$(echo "$codes" | wc -w)
echo "$count flags written to $here"
if [ -n "$missing" ]; then
    echo "no flag image for book codes:$missing" >&2
    exit 1
fi
