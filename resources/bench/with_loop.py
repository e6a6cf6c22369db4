# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
#
# `concurrency-lab bench loops`, the Python side: runs one of the other bench scripts unchanged on
# the event loop named by LOOP, as the talk's uvloop slide does (the same code, another loop):
# "asyncio" keeps the default loop, "uvloop" installs uvloop's policy first (Debian's
# python3-uvloop). Then it runs SCRIPT as __main__ with ARGS, takes the JSON line it prints and
# prints it again with "loop" (the loop class that ran) added. Standard library + uvloop only.
# Usage: python3 with_loop.py asyncio|uvloop SCRIPT [ARGS ...]
import asyncio
import contextlib
import io
import json
import runpy
import sys


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("asyncio", "uvloop"):
        sys.exit("usage: with_loop.py asyncio|uvloop SCRIPT [ARGS ...]")
    loop_name, script = sys.argv[1], sys.argv[2]
    if loop_name == "uvloop":
        try:
            import uvloop
        except ImportError:
            print(json.dumps({"skipped": "uvloop is not installed for this python (Debian: python3-uvloop)"}))
            return
        asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    seen = {}
    policy = asyncio.get_event_loop_policy()
    new_loop = policy.new_event_loop

    def recording_new_loop():
        loop = new_loop()
        seen["loop"] = f"{type(loop).__module__}.{type(loop).__name__}"
        return loop

    policy.new_event_loop = recording_new_loop
    sys.argv = [script] + sys.argv[3:]
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        runpy.run_path(script, run_name="__main__")
    lines = [line for line in output.getvalue().splitlines() if line.startswith("{")]
    if not lines:
        sys.exit(f"{script} printed no JSON result")
    result = json.loads(lines[-1])
    result["loop"] = seen.get("loop", "unknown")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
