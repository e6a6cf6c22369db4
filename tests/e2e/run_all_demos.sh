#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# End to end, in a real X server (tests/e2e/with-xvfb.sh): the real binary opens each demo, runs it
# (time-scaled) and quits. A demo passes only on its own result line (the coroutines demo has its
# prediction skipped through the window, with the keyboard, as a person would), a trace written,
# and a screenshot taken while the window is up that is not blank. No fixed waits: each step waits
# for what it needs (the window shown, a picture drawn, the process gone), with a deadline.
set -euo pipefail
binary=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The app remembers its settings between runs: this run keeps its own, starting from the
# defaults, and leaves the user's (and the next run's) alone.
export XDG_CONFIG_HOME="$work/config"

# What each demo's result line must say: its own outcome, not a hint or an error.
result_pattern() {
    case $1 in
    plates) echo '^plates: [0-9]+ plates, [0-9]+ hands, .* up, [0-9]+ fallen' ;;
    latency) echo '^latency: [0-9]+ rows? measured' ;;
    spinner) echo '^spinner: Answer: 42 after' ;;
    countdown) echo '^countdown: total: [0-9.]+ s' ;;
    coroutines) echo '^coroutines: [0-9]\. .*: finished after [0-9]+ step' ;;
    flags) echo '^flags: .*: [0-9]+ flags downloaded, 0 not found, 0 errors' ;;
    chess) echo '^chess: .*games ended at [0-9:]+' ;;
    scale) echo '^scale: [0-9,]+ coroutines: [0-9,]+ finished in' ;;
    primes) echo '^primes: checked 20 in [0-9.]+ s' ;;
    trace) echo '^trace: The program exited with status 0\. [0-9]+ tasks' ;;
    *) echo "^$1: " ;;
    esac
}

# Screenshots until one is not blank (more than 16 colours), while the process lives; 60 s at most.
screenshot_while_up() {
    local demo=$1 pid=$2 deadline=$((SECONDS + 60)) colours
    while kill -0 "$pid" 2>/dev/null && [ "$SECONDS" -lt "$deadline" ]; do
        if import -window root "$work/$demo.png" 2>/dev/null; then
            colours=$(convert "$work/$demo.png" -format %k info: 2>/dev/null || echo 0)
            [ "${colours:-0}" -gt 16 ] && return 0
        fi
    done
    return 1
}

failures=0
passes=0
for demo in $("$binary" --list-demos); do
    log="$work/$demo.log"
    if [ "$demo" = coroutines ]; then
        # It waits for a prediction: tick "Skip the prediction" (Alt+K) and press Run (Alt+R).
        "$binary" --demo "$demo" --quit-after-run --time-scale 0.1 --trace "$work/$demo.json" >"$log" 2>&1 &
        pid=$!
        win=$(timeout 60 xdotool search --sync --onlyvisible --name "^Concurrency Lab$" 2>/dev/null | head -1 || true)
        if [ -n "$win" ]; then
            xdotool windowfocus --sync "$win" 2>/dev/null || true
            xdotool key --window "$win" --clearmodifiers alt+k alt+r
        fi
    else
        "$binary" --demo "$demo" --run --quit-after-run --time-scale 0.1 --trace "$work/$demo.json" >"$log" 2>&1 &
        pid=$!
    fi
    shot_ok=no
    screenshot_while_up "$demo" "$pid" && shot_ok=yes
    status=0
    timeout 120 tail --pid=$pid -f /dev/null || status=$?
    wait $pid || status=$?
    # A sanitizer build reports on stderr: any report fails the demo.
    report=no
    grep -qE "ERROR: AddressSanitizer|runtime error:|LeakSanitizer|WARNING: ThreadSanitizer" "$log" && report=yes
    result=no
    grep -qE "$(result_pattern "$demo")" "$log" && result=yes
    if [ "$status" -eq 0 ] && [ "$result" = yes ] && [ -s "$work/$demo.json" ] && [ "$shot_ok" = yes ] \
        && [ "$report" = no ]; then
        echo "PASS $demo: $(grep "^$demo: " "$log")"
        passes=$((passes + 1))
    else
        echo "FAIL $demo (exit $status, its result line: $result, screenshot non-blank: $shot_ok, sanitizer report: $report)"
        cat "$log"
        failures=$((failures + 1))
    fi
done
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ] && [ "$passes" -gt 0 ]
