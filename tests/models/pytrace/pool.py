# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Blocking jobs on a two-thread pool, awaited from a coroutine; then a plain thread.
import asyncio
import threading
import time
from concurrent.futures import ThreadPoolExecutor


def job(n):
    time.sleep(0.05 * n)
    return n


async def main():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(2) as pool:
        print(await asyncio.gather(*(loop.run_in_executor(pool, job, n) for n in (1, 2, 3))))
    helper = threading.Thread(target=job, args=(1,), name="helper")
    helper.start()
    helper.join()


asyncio.run(main())
