# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
#
# `concurrency-lab bench sleep`, the Python side: COUNT asyncio tasks, all started at once, each
# awaiting one asyncio.sleep(SECONDS). Measures the wall time from starting the first task to the
# last one waking, and this process's peak RSS (resource.getrusage, KiB on Linux), as the C++
# worker does for Lab::sleepFor. Standard library only; gives up after a minute past the sleep.
# Prints one JSON line. Usage: python3 asyncio_sleepers.py [COUNT [SECONDS]]
import asyncio
import json
import platform
import resource
import sys
import time


def current_rss_kib():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


async def run(count, seconds):
    loop = asyncio.get_running_loop()
    all_awake = loop.create_future()
    state = {"remaining": count, "last_wake": 0.0}

    async def sleeper():
        await asyncio.sleep(seconds)
        state["remaining"] -= 1
        if state["remaining"] == 0:
            state["last_wake"] = time.perf_counter()
            all_awake.set_result(None)

    start = time.perf_counter()
    # The loop keeps only weak references to tasks, so they are kept here until they finish.
    tasks = [asyncio.create_task(sleeper()) for _ in range(count)]
    started = time.perf_counter()
    await asyncio.wait_for(all_awake, timeout=seconds + 60)
    del tasks
    return state["last_wake"] - start, started - start


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 0.1
    baseline = current_rss_kib()
    wall, start = asyncio.run(run(count, seconds))
    print(json.dumps({
        "count": count,
        "sleepSeconds": seconds,
        "wallSeconds": wall,
        "startSeconds": start,
        "baselineRssKiB": baseline,
        "peakRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "python": platform.python_version(),
    }))


if __name__ == "__main__":
    main()
