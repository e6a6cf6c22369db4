# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
#
# `concurrency-lab bench flags`, the Python side: downloads every flag CODE from BASE_URL at once,
# one asyncio task per flag, each a raw HTTP/1.1 GET over asyncio.open_connection with
# `Connection: close` (what aiohttp or httpx do without keep-alive: one fresh connection per
# flag). Standard library only. Measures the wall time from starting the first task to the last
# one ending, as the C++ worker times FlagDownloader, and counts the outcomes as the book does.
# Prints one JSON line. Usage: python3 asyncio_flags.py BASE_URL CODE [CODE ...]
import asyncio
import json
import platform
import sys
import time
import urllib.parse

TIMEOUT = 3.1  # the book's second edition; the same client timeout as ours


async def get(host, port, path):
    """Returns (status, body) of one GET; raises on a connection error or a malformed answer."""
    reader, writer = await asyncio.open_connection(host, port)
    try:
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nConnection: close\r\n\r\n".encode("ascii"))
        await writer.drain()
        answer = await reader.read()  # the server closes after the answer (Connection: close)
    finally:
        writer.close()
    head, _, body = answer.partition(b"\r\n\r\n")
    status_line = head.split(b"\r\n", 1)[0].split()
    if len(status_line) < 2 or not status_line[0].startswith(b"HTTP/"):
        raise ValueError(f"no HTTP answer for {path}")
    status = int(status_line[1])
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length" and len(body) != int(value):
            raise ValueError(f"short body for {path}")
    return status, body


async def download_one(host, port, prefix, code):
    cc = code.lower()
    try:
        status, body = await asyncio.wait_for(get(host, port, f"{prefix}{cc}/{cc}.png"), TIMEOUT)
    except (OSError, ValueError, asyncio.TimeoutError):
        return "error"
    if status == 404:
        return "not found"
    return "ok" if status == 200 and body.startswith(b"\x89PNG") else "error"


async def run(base_url, codes):
    url = urllib.parse.urlsplit(base_url)
    prefix = url.path if url.path.endswith("/") else url.path + "/"
    start = time.perf_counter()
    outcomes = await asyncio.gather(*(download_one(url.hostname, url.port or 80, prefix, code) for code in codes))
    return time.perf_counter() - start, outcomes


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: asyncio_flags.py BASE_URL CODE [CODE ...]")
    codes = sys.argv[2:]
    wall, outcomes = asyncio.run(run(sys.argv[1], codes))
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
