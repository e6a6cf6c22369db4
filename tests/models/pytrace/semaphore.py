# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Ten downloads from the flag server given as argument, at most three at a time.
import asyncio
import sys
from urllib.parse import urlsplit

BASE = urlsplit(sys.argv[1])
CODES = "BD BR CD CN DE EG ET FR ID IN".split()


async def download(semaphore, cc):
    async with semaphore:
        reader, writer = await asyncio.open_connection(BASE.hostname, BASE.port)
        writer.write(("GET %s/%s/%s.png HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                      % (BASE.path, cc.lower(), cc.lower())).encode())
        await writer.drain()
        status = (await reader.readline()).split()[1]
        await reader.read()
        writer.close()
    print(cc, status.decode(), flush=True)


async def main():
    semaphore = asyncio.Semaphore(3)
    await asyncio.gather(*(asyncio.create_task(download(semaphore, cc), name=cc) for cc in CODES))


asyncio.run(main())
