# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""The countdown lab: four countdowns as asyncio tasks; --blocking uses time.sleep instead."""
import asyncio
import sys
import time

BLOCKING = "--blocking" in sys.argv
START = time.perf_counter()


async def countdown(label, delay):
    tabs = (ord(label) - ord("A")) * "\t"
    for n in range(3, 0, -1):
        if BLOCKING:
            time.sleep(delay)  # blocks the event loop: no other task runs meanwhile
        else:
            await asyncio.sleep(delay)
        print("%7.4fs %s%s = %d" % (time.perf_counter() - START, tabs, label, n))


async def main():
    tasks = [asyncio.create_task(countdown(label, delay), name=label)
             for label, delay in (("A", 0.7), ("B", 2), ("C", 0.3), ("D", 1))]
    await asyncio.gather(*tasks)


asyncio.run(main())
print("total: %.2fs" % (time.perf_counter() - START))
