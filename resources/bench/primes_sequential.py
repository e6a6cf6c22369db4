# SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
# SPDX-License-Identifier: MIT
#
# `concurrency-lab bench primes`, the Python side: the numbers given on the command line checked
# one after another by trial division by odd numbers up to isqrt(n), as the primes demo's
# sequential mode does in C++ (and Fluent Python's sequential.py in Python). Measures the wall
# time of the whole loop with time.perf_counter. Standard library only. Prints one JSON line.
# Usage: python3 primes_sequential.py N [N ...]
import json
import math
import platform
import sys
import time


def trial_division(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    for divisor in range(3, math.isqrt(n) + 1, 2):
        if n % divisor == 0:
            return False
    return True


def main(argv):
    numbers = [int(arg) for arg in argv[1:]]
    start = time.perf_counter()
    primes = sum(1 for n in numbers if trial_division(n))
    wall = time.perf_counter() - start
    print(json.dumps({"checked": len(numbers), "primes": primes, "wallSeconds": wall,
                      "python": platform.python_version()}))


if __name__ == "__main__":
    main(sys.argv)
