#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# End to end, in a real X server (run under xvfb-run): the real binary opens each demo, runs it
# (time-scaled) and quits; a screenshot taken while the window is up must not be blank.
set -euo pipefail
binary=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The app remembers its settings between runs: this run keeps its own, starting from the
# defaults, and leaves the user's (and the next run's) alone.
export XDG_CONFIG_HOME="$work/config"
failures=0
passes=0
for demo in $("$binary" --list-demos); do
    log="$work/$demo.log"
    "$binary" --demo "$demo" --run --quit-after-run --time-scale 0.1 --trace "$work/$demo.json" >"$log" 2>&1 &
    pid=$!
    # Screenshot while the window is up (the run takes well under a second at this scale).
    sleep 0.6
    shot_ok=no
    if command -v import >/dev/null && import -window root "$work/$demo.png" 2>/dev/null; then
        colours=$(convert "$work/$demo.png" -format %k info: 2>/dev/null || echo 0)
        [ "${colours:-0}" -gt 16 ] && shot_ok=yes
    fi
    status=0
    timeout 120 tail --pid=$pid -f /dev/null || status=$?
    wait $pid || status=$?
    # A sanitizer build reports on stderr: any report fails the demo.
    report=no
    grep -qE "ERROR: AddressSanitizer|runtime error:|LeakSanitizer|WARNING: ThreadSanitizer" "$log" && report=yes
    if [ "$status" -eq 0 ] && grep -q "^$demo: " "$log" && [ -s "$work/$demo.json" ] && [ "$shot_ok" = yes ] \
        && [ "$report" = no ]; then
        echo "PASS $demo: $(grep "^$demo: " "$log")"
        passes=$((passes + 1))
    else
        echo "FAIL $demo (exit $status, screenshot non-blank: $shot_ok, sanitizer report: $report)"
        cat "$log"
        failures=$((failures + 1))
    fi
done
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ] && [ "$passes" -gt 0 ]
