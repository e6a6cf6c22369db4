# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Three countdowns as asyncio tasks; with "blocking", time.sleep blocks the loop instead.
import asyncio
import sys
import time

BLOCKING = "blocking" in sys.argv


async def countdown(label, delay):
    for n in range(3, 0, -1):
        if BLOCKING:
            time.sleep(delay)
        else:
            await asyncio.sleep(delay)
        print(label, n, flush=True)


async def main():
    await asyncio.gather(*(asyncio.create_task(countdown(label, delay), name=label)
                           for label, delay in (("A", 0.07), ("B", 0.2), ("C", 0.12))))


asyncio.run(main())
