# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""Blocking work off the event loop: a thread pool via run_in_executor, and a plain thread."""
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def slow_square(n):
    time.sleep(0.3 * n)  # a blocking call, harmless on a worker thread
    return n * n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2) as pool:
        jobs = [loop.run_in_executor(pool, slow_square, n) for n in (1, 2, 3, 4)]
        print("squares:", await asyncio.gather(*jobs))
    helper = threading.Thread(target=slow_square, args=(2,), name="helper")
    helper.start()
    await loop.run_in_executor(None, helper.join)
    print("helper thread done")


asyncio.run(main())
