#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# `concurrency-lab --screenshots DIR` in a real X server of its own (tests/e2e/with-xvfb.sh): one PNG per demo
# in the window and one in presenter mode, each a real picture (many colours, no two alike), every file it
# wrote named on stdout; a folder that is missing or is a file is refused with status 2.
set -euo pipefail
binary=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The pictures use the default knobs anyway; the language choice is read from the settings, so
# this run keeps its own (none) and the user's stay out of it.
export XDG_CONFIG_HOME="$work/config"
failures=0
fail() {
    echo "FAIL $*"
    failures=$((failures + 1))
}

shots="$work/shots"
mkdir "$shots"
status=0
"$binary" --screenshots "$shots" --time-scale 0.2 >"$work/out" 2>"$work/err" || status=$?
[ "$status" -eq 0 ] || { fail "exit status $status"; cat "$work/err"; }

demos=$("$binary" --list-demos)
expected="countdown-blocking"
for demo in $demos; do expected="$expected $demo presenter-$demo"; done
declare -A seen=()
for name in $expected; do
    png="$shots/$name.png"
    if [ ! -s "$png" ]; then
        fail "$name.png was not written"
        continue
    fi
    grep -qx "$png" "$work/out" || fail "$name.png is not named on stdout"
    info=$(identify -format '%m %w %h %k' "$png" 2>/dev/null || echo "none 0 0 0")
    read -r format width height colours <<<"$info"
    sum=$(md5sum <"$png" | cut -d' ' -f1)
    if [ "$format" != PNG ] || [ "$width" -lt 800 ] || [ "$height" -lt 500 ]; then
        fail "$name.png is $format ${width}x$height"
    elif [ "$colours" -le 200 ]; then
        fail "$name.png looks blank: $colours colours"
    elif [ -n "${seen[$sum]:-}" ]; then
        fail "$name.png is the same picture as ${seen[$sum]}.png"
    else
        echo "PASS $name.png: ${width}x$height, $colours colours"
    fi
    seen[$sum]=$name
done

# A folder that is not there, or is a file, is a usage error: status 2, a message, no window.
for bad in "$work/missing" "$work/out"; do
    status=0
    "$binary" --screenshots "$bad" >/dev/null 2>"$work/bad-err" || status=$?
    if [ "$status" -eq 2 ] && grep -q "cannot save screenshots to '$bad'" "$work/bad-err"; then
        echo "PASS refused $bad: $(head -1 "$work/bad-err")"
    else
        fail "--screenshots $bad: status $status, $(cat "$work/bad-err")"
    fi
done

echo "$failures failed"
[ "$failures" -eq 0 ]
