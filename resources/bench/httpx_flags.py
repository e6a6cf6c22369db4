# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
#
# `concurrency-lab bench pytrace`, the book's own client: downloads every flag CODE from BASE_URL
# the way Fluent Python's flags_asyncio.py does (one httpx.AsyncClient, a coroutine per flag
# gathered at once, the GIF URL in lower case, the bytes saved to a file as CC.gif), and prints
# the JSON line asyncio_flags.py prints. Needs httpx (Debian: python3-httpx); without it, prints a
# "skipped" line. Usage: python3 httpx_flags.py BASE_URL CODE [CODE ...]
import asyncio
import json
import platform
import sys
import tempfile
import time
from pathlib import Path

try:
    import httpx
except ImportError:
    print(json.dumps({"skipped": "python3-httpx is not installed: the book's client cannot run"}))
    sys.exit(0)

TIMEOUT = 6.1  # the book's


async def download_one(client, base_url, dest, code):
    url = f"{base_url.rstrip('/')}/{code}/{code}.gif".lower()
    try:
        response = await client.get(url, timeout=TIMEOUT, follow_redirects=True)
    except httpx.HTTPError:
        return "error"
    if response.status_code == 404:
        return "not found"
    if response.status_code != 200 or not response.content.startswith(b"GIF8"):
        return "error"
    (dest / f"{code}.gif").write_bytes(response.content)
    return "ok"


async def supervisor(base_url, dest, codes):
    async with httpx.AsyncClient() as client:
        return await asyncio.gather(*(download_one(client, base_url, dest, code) for code in sorted(codes)))


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: httpx_flags.py BASE_URL CODE [CODE ...]")
    codes = sys.argv[2:]
    with tempfile.TemporaryDirectory(prefix="concurrency-lab-flags-") as folder:
        start = time.perf_counter()
        outcomes = asyncio.run(supervisor(sys.argv[1], Path(folder), codes))
        wall = time.perf_counter() - start
    print(json.dumps({
        "count": len(codes),
        "wallSeconds": wall,
        "ok": outcomes.count("ok"),
        "notFound": outcomes.count("not found"),
        "errors": outcomes.count("error"),
        "python": platform.python_version(),
    }))


if __name__ == "__main__":
    main()
