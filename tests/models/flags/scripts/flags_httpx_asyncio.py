#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
"""Download flags the way Fluent Python's flags2_asyncio.py does: httpx.AsyncClient, a semaphore,
asyncio.as_completed, GIF URLs in lower case, the bytes saved as CC.gif.

usage: flags_httpx_asyncio.py BASE_URL DEST_DIR [CC ...]
"""
import asyncio
import sys
import time
from pathlib import Path

import httpx

POP20_CC = 'CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR'.split()


async def get_flag(client, base_url, cc):
    url = f'{base_url}/{cc}/{cc}.gif'.lower()
    resp = await client.get(url, timeout=6.1, follow_redirects=True)
    resp.raise_for_status()
    return resp.content


async def download_one(client, base_url, cc, semaphore, dest):
    async with semaphore:
        image = await get_flag(client, base_url, cc)
    await asyncio.to_thread((dest / f'{cc}.gif').write_bytes, image)
    return cc


async def supervisor(base_url, dest, cc_list, concur_req):
    semaphore = asyncio.Semaphore(concur_req)
    async with httpx.AsyncClient() as client:
        to_do = [download_one(client, base_url, cc, semaphore, dest) for cc in sorted(cc_list)]
        done = []
        for coro in asyncio.as_completed(to_do):
            done.append(await coro)
            print(done[-1], end=' ', flush=True)
    return len(done)


def main():
    base_url, dest = sys.argv[1], Path(sys.argv[2])
    cc_list = sys.argv[3:] or POP20_CC
    dest.mkdir(exist_ok=True)
    t0 = time.perf_counter()
    count = asyncio.run(supervisor(base_url, dest, cc_list, 20))
    print(f'\n{count} flags downloaded in {time.perf_counter() - t0:.2f}s')


if __name__ == '__main__':
    main()
