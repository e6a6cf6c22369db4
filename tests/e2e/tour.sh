#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# A real-window tour (in an X server of its own, tests/e2e/with-xvfb.sh): the real binary, driven only from outside with xdotool
# keys and mouse as a person would, visits every demo and presses Run; the blocking modes
# (Spinner: blocking sleep and prime check on the GUI thread; Countdown and Flags sequential with
# "Block the event loop" on) must leave a window that answers again afterwards (a screenshot taken
# during the freeze and one after it differ); the process must stay alive throughout; finally a
# long run is started and the window is closed mid-run with Ctrl+Q: the process must exit 0.
# Presenter mode: F11 enters it and Esc leaves it, the screen changing each time, and the window
# answers afterwards. A sanitizer report in the application's output fails the tour. No fixed
# waits: every step waits for what it needs to see on screen (a change, or the screen standing
# still), with a generous deadline.
set -uo pipefail
binary=$1
for tool in xdotool import; do
    command -v "$tool" >/dev/null || { echo "tour: $tool is missing"; echo "0 passed, 1 failed"; exit 1; }
done
work=$(mktemp -d)
# The app remembers its settings between runs: this run keeps its own, starting from the
# defaults, and leaves the user's (and the next run's) alone.
export XDG_CONFIG_HOME="$work/config"
pid=
cleanup() {
    [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && kill "$pid" 2>/dev/null
    rm -rf "$work"
}
trap cleanup EXIT
start=$(date +%s)
passes=0
failures=0
visited=0
recovered=0
pass() { echo "PASS $*"; passes=$((passes + 1)); }
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
elapsed() { echo $(($(date +%s) - start)); }

# A screenshot as raw pixels (no PNG timestamps): two shots are equal iff the screen is.
# (Called as $(shot), in a subshell: each shot gets a fresh file of its own.)
shot() {
    local file
    file=$(mktemp "$work/shot.XXXXXX")
    import -window root -depth 8 "rgb:$file" 2>/dev/null || : >"$file"
    echo "$file"
}
differs() { [ -s "$1" ] && [ -s "$2" ] && ! cmp -s "$1" "$2"; }
alive() { kill -0 "$pid" 2>/dev/null; }

# Waits until the screen differs from shot $1, at most $2 s; prints the new shot. (A screenshot
# takes a good part of a second here, which paces the loop.)
wait_change() {
    local ref=$1 deadline=$((SECONDS + $2)) now
    while [ "$SECONDS" -lt "$deadline" ] && alive; do
        now=$(shot)
        if differs "$ref" "$now"; then
            echo "$now"
            return 0
        fi
        rm -f "$now"
    done
    return 1
}
# Waits until two screenshots in a row are equal (a run ended, nothing animates), at most $1 s.
wait_still() {
    local deadline=$((SECONDS + $1)) a b
    a=$(shot)
    while [ "$SECONDS" -lt "$deadline" ] && alive; do
        b=$(shot)
        if [ -s "$a" ] && cmp -s "$a" "$b"; then
            rm -f "$a" "$b"
            return 0
        fi
        rm -f "$a"
        a=$b
    done
    rm -f "$a"
    return 1
}

# Focus the window (no window manager: focus is set directly, retried for up to 10 s).
focus() {
    local deadline=$((SECONDS + 10))
    while [ "$SECONDS" -lt "$deadline" ]; do
        xdotool windowfocus --sync "$win" 2>/dev/null && [ "$(xdotool getwindowfocus 2>/dev/null)" = "$win" ] && return 0
    done
    # Some toolkits report a child window as focused: good enough if the focus call itself worked.
    xdotool windowfocus "$win" 2>/dev/null
}
# Keys reach the window in order; whoever needs their effect waits for it on screen.
key() { focus; xdotool key --clearmodifiers --delay 60 "$@"; }

# Select demo number $1 (0-based) as a person would: click the demo list, Home, then Down n times;
# waits until the page changed on screen (it returns 1 if it did not within 10 s).
select_demo() {
    local index=$1 i before page
    before=$(shot)
    focus
    # The list is at the left edge, below the menu bar: click its first row.
    xdotool mousemove --window "$win" 40 60 click 1
    key Home
    for ((i = 0; i < index; i++)); do key Down; done
    page=$(wait_change "$before" 10) || { rm -f "$before"; return 1; }
    rm -f "$before" "$page"
}

# Press Run and check the window answers again after the blocking period: the screen changes
# after Run (at the latest when the freeze ends) and then changes again (the run's end shows),
# which a frozen window cannot do.
blocking_run() {
    local label=$1 limit=$2 before first second start=$SECONDS
    rm -f "$work"/shot.*
    before=$(shot)
    key alt+r
    if first=$(wait_change "$before" "$limit") && second=$(wait_change "$first" "$limit") && alive; then
        pass "$label: window answered again after ~$((SECONDS - start)) s"
        recovered=$((recovered + 1))
        return 0
    fi
    alive || { fail "$label: the process died"; return 1; }
    fail "$label: the window did not repaint within $limit s after the blocking period"
    return 1
}

demos=($("$binary" --list-demos))
index_of() {
    local i
    for i in "${!demos[@]}"; do [ "${demos[$i]}" = "$1" ] && { echo "$i"; return; }; done
    echo -1
}

"$binary" --time-scale 0.3 >"$work/app.log" 2>&1 &
pid=$!
win=$(timeout 60 xdotool search --sync --onlyvisible --name "^Concurrency Lab$" 2>/dev/null | head -1 || true)
if [ -z "$win" ]; then
    fail "the window did not show within 60 s"
    cat "$work/app.log"
    echo "$passes passed, $failures failed"
    exit 1
fi
xdotool windowsize --sync "$win" 1600 1000 windowmove --sync "$win" 0 0 2>/dev/null
wait_still 20
focus

# 1. Every demo: select it in the list (the page must change on screen), press Run.
for i in "${!demos[@]}"; do
    demo=${demos[$i]}
    rm -f "$work"/shot.*
    if ! select_demo "$i" && [ "$i" -gt 0 ]; then
        fail "$demo: selecting it in the demo list changed nothing on screen"
        continue
    fi
    wait_still 10 # the page is drawn
    visited=$((visited + 1))
    page=$(shot)
    if [ "$demo" = coroutines ]; then
        key alt+k # it waits for a prediction: "Skip the prediction"
    fi
    key alt+r
    ran=$(wait_change "$page" 20) && ran=yes || ran=no
    if ! alive; then
        fail "$demo: the process died after Run"
        break
    fi
    if [ "$ran" = yes ]; then
        pass "$demo: visited and run"
    else
        fail "$demo: pressing Run changed nothing on screen within 20 s"
    fi
done

# 2. The blocking modes.
if alive && [ "$(index_of spinner)" -ge 0 ]; then
    select_demo "$(index_of spinner)"
    wait_still 20 # a previous run (default mode, ~1 s) ends
    key alt+m Home # "Blocking sleep on the GUI thread"
    blocking_run "spinner/blocking sleep" 20
    wait_still 20
    key alt+m Home Down Down Down # "Prime check on the GUI thread (CPU)"
    blocking_run "spinner/prime check on the GUI thread" 30
fi
if alive && [ "$(index_of countdown)" -ge 0 ]; then
    select_demo "$(index_of countdown)"
    wait_still 20
    key alt+b # "Block the event loop" on
    blocking_run "countdown/blocking" 20
    key alt+b # back off
fi
if alive && [ "$(index_of flags)" -ge 0 ]; then
    select_demo "$(index_of flags)"
    wait_still 20
    key alt+m Home # "Sequential"
    key alt+b      # "Block the event loop" (enabled in Sequential only)
    blocking_run "flags/sequential blocking" 40
    key alt+b
fi

# 2b. Presenter mode: F11 in, Esc out; the window answers afterwards (another demo shows).
if alive; then
    select_demo 0
    wait_still 20
    rm -f "$work"/shot.*
    normal=$(shot)
    key F11
    presenter=$(wait_change "$normal" 10) || presenter=
    if ! alive; then
        fail "presenter mode: the process died after F11"
    elif [ -z "$presenter" ]; then
        fail "presenter mode: F11 changed nothing on screen"
    else
        wait_still 10
        presenter=$(shot)
        key Escape
        back=$(wait_change "$presenter" 10) || back=
        wait_still 10
        if ! alive; then
            fail "presenter mode: the process died after Esc"
        elif [ -z "$back" ]; then
            fail "presenter mode: Esc changed nothing on screen"
        elif ! select_demo 1; then
            fail "presenter mode: after Esc the window did not answer (selecting a demo changed nothing)"
        else
            pass "presenter mode: F11 entered it, Esc left it, the window answers"
        fi
    fi
fi

# 3. A long run (the chess exhibition), then close the window mid-run with Ctrl+Q.
long=$(index_of chess)
[ "$long" -ge 0 ] || long=$((${#demos[@]} - 1))
status=none
if alive; then
    select_demo "$long"
    wait_still 20
    page=$(shot)
    key alt+r
    midrun=no
    # Running: the screen changes after Run, and goes on changing.
    a=$(wait_change "$page" 20) && wait_change "$a" 10 >/dev/null && midrun=yes
    if ! alive; then
        fail "${demos[$long]}: the process died during the long run"
    else
        key ctrl+q
        closedby=Ctrl+Q
        timeout 30 tail --pid="$pid" -f /dev/null
        if alive; then
            closedby="WM_DELETE_WINDOW (Ctrl+Q did not close it)"
            # Fall back once on the window manager's way (WM_DELETE_WINDOW), then give up.
            xdotool windowclose "$win" 2>/dev/null || xdotool key --window "$win" ctrl+q
            timeout 15 tail --pid="$pid" -f /dev/null
        fi
        if alive; then
            fail "closing the window mid-run: the process is still running after 45 s"
            kill "$pid" 2>/dev/null
            wait "$pid" 2>/dev/null
            status=killed
        else
            wait "$pid"
            status=$?
            if [ "$status" -eq 0 ]; then
                pass "${demos[$long]}: window closed mid-run with $closedby (still animating: $midrun), exit 0"
            else
                fail "${demos[$long]}: window closed mid-run, exit $status"
            fi
        fi
    fi
else
    fail "the process died before the end of the tour"
    wait "$pid"
    status=$?
fi
pid=

# A sanitizer build reports on stderr: any report is a failure.
if grep -qE "ERROR: AddressSanitizer|runtime error:|LeakSanitizer|WARNING: ThreadSanitizer" "$work/app.log"; then
    fail "a sanitizer reported an error (see the application output)"
fi

if [ "$failures" -gt 0 ]; then
    echo "--- application output ---"
    cat "$work/app.log"
fi
echo "tour: $visited demos visited, $recovered blocking periods recovered, exit $status, $(elapsed) s"
echo "$passes passed, $failures failed"
[ "$failures" -eq 0 ] && [ "$passes" -gt 0 ]
