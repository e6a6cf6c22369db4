# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
# Writes garbage into the trace socket among real events, starts a child, then hangs (or crashes).
import asyncio
import os
import subprocess
import sys

import _labtrace


async def main():
    _labtrace._flush()
    os.write(_labtrace._fd, b"garbage\x00\xff\tline\n" + b"x" * 10000 + b"\nS\t999\trunning\t1\tnobody\n")
    child = subprocess.Popen(["sleep", "60"])
    print("child", child.pid, flush=True)
    await asyncio.sleep(0.05)
    if "crash" in sys.argv:
        os.abort()
    await asyncio.sleep(3600)


asyncio.run(main())
