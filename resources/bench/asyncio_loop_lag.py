# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
#
# `concurrency-lab bench loop-lag`, the Python side: COUNT asyncio tasks each waking every PERIOD
# seconds (asyncio.sleep) for SECONDS, their starts staggered uniformly over the first PERIOD so
# they are not all in phase. Beside them a heartbeat task sleeps HEARTBEAT seconds at a time and
# measures how late each wake comes (lag = now - (previous wake + HEARTBEAT), at least 0), as
# Lab::EventLoopMonitor does; percentiles use the same nearest-rank rule. Standard library only;
# ends with the run (plus one PERIOD). Prints one JSON line.
# Usage: python3 asyncio_loop_lag.py [COUNT [SECONDS [PERIOD [HEARTBEAT]]]]
import asyncio
import json
import math
import platform
import resource
import sys
import time


def percentile(samples, p):
    if not samples:
        return 0.0
    ordered = sorted(samples)
    rank = math.ceil(p * len(ordered) / 100.0)
    return ordered[min(len(ordered) - 1, max(1, rank) - 1)]


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def run(count, seconds, period, heartbeat):
    state = {"wakes": 0, "running": count, "beating": True}
    samples = []
    start = time.monotonic()
    end = start + seconds

    async def beat():
        last = time.monotonic()
        while state["beating"]:
            await asyncio.sleep(heartbeat)
            now = time.monotonic()
            samples.append(max(0.0, now - (last + heartbeat)))
            last = now

    async def sleeper(offset):
        await asyncio.sleep(offset)
        while time.monotonic() < end:
            await asyncio.sleep(period)
            state["wakes"] += 1

    heart = asyncio.create_task(beat())
    await asyncio.gather(*(sleeper(period * i / count) for i in range(count)))
    state["beating"] = False
    await heart
    return state["wakes"], samples, time.monotonic() - start


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 5.0
    period = float(sys.argv[3]) if len(sys.argv) > 3 else 0.1
    heartbeat = float(sys.argv[4]) if len(sys.argv) > 4 else 0.005
    cpu_start = cpu_seconds()
    wakes, samples, wall = asyncio.run(run(count, seconds, period, heartbeat))
    print(json.dumps({
        "count": count,
        "seconds": seconds,
        "heartbeatMs": heartbeat * 1e3,
        "samples": len(samples),
        "lagP50Ms": percentile(samples, 50) * 1e3,
        "lagP99Ms": percentile(samples, 99) * 1e3,
        "lagMaxMs": max(samples, default=0.0) * 1e3,
        "wakes": wakes,
        "wallSeconds": wall,
        "cpuPercent": (cpu_seconds() - cpu_start) / wall * 100,
        "peakRssKiB": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "python": platform.python_version(),
    }))


if __name__ == "__main__":
    main()
