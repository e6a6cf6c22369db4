# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""Downloads the 20 most populous countries' flags with asyncio streams, at most LIMIT at a time
(a semaphore, as Fluent Python's flags2_asyncio.py). Usage: flags.py [BASE_URL] [LIMIT]"""
import asyncio
import os
import sys
import time
from urllib.parse import urlsplit

POP20_CC = "CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR".split()
BASE_URL = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("LAB_FLAG_SERVER", "http://localhost:8001/flags")
LIMIT = int(sys.argv[2]) if len(sys.argv) > 2 else 3


async def get_flag(cc):
    url = urlsplit("%s/%s/%s.png" % (BASE_URL, cc.lower(), cc.lower()))
    reader, writer = await asyncio.open_connection(url.hostname, url.port or 80)
    writer.write(("GET %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\n\r\n" % (url.path, url.netloc)).encode())
    await writer.drain()
    status = (await reader.readline()).split()[1].decode()
    body = await reader.read()
    writer.close()
    return status, len(body)


async def download_one(semaphore, cc):
    async with semaphore:  # at most LIMIT downloads inside at once
        status, size = await get_flag(cc)
    print(cc, "OK" if status in ("200", "304") else "HTTP " + status, flush=True)


async def main():
    semaphore = asyncio.Semaphore(LIMIT)
    start = time.perf_counter()
    await asyncio.gather(*(download_one(semaphore, cc) for cc in sorted(POP20_CC)))
    print("%d flags downloaded in %.2fs" % (len(POP20_CC), time.perf_counter() - start))


asyncio.run(main())
