#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# with-xvfb.sh WIDTHxHEIGHTxDEPTH COMMAND [ARGS...]: runs COMMAND in an X server of its own. Xvfb
# picks a free display itself and names it on a descriptor (-displayfd), so tests running side
# by side (ctest -j2) never share a display, and it is stopped when COMMAND ends.
set -uo pipefail
screen=$1
shift
dir=$(mktemp -d)
mkfifo "$dir/display"
Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
stop() {
    kill "$xvfb" 2>/dev/null
    wait "$xvfb" 2>/dev/null
    rm -rf "$dir"
}
trap stop EXIT
display=
read -r -t 60 display <"$dir/display"
if [ -z "$display" ]; then
    echo "with-xvfb: Xvfb did not start within 60 s"
    cat "$dir/xvfb.log"
    exit 1
fi
export DISPLAY=":$display"
status=0
"$@" || status=$?
exit "$status"
