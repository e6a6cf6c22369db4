// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "models/spinner/primes.h"

#include "models/core/clock.h"

#include <algorithm>
#include <cmath>

namespace Lab {

namespace {
// Odd divisors from..to (both odd) of n: the first one dividing n, or 0.
quint64 firstOddDivisorIn(quint64 n, quint64 from, quint64 to)
{
    for (quint64 d = from; d <= to; d += 2) {
        if (n % d == 0)
            return d;
    }
    return 0;
}

// Odd divisors 3, 5, … up to limit; returns the first one dividing n, or 0.
quint64 firstOddDivisor(quint64 n, quint64 limit)
{
    return firstOddDivisorIn(n, 3, limit);
}

quint64 isqrt(quint64 n)
{
    // √n < 2^32, but near 2^64 the double rounds up to 2^32: clamp so that r * r cannot overflow.
    constexpr quint64 maxRoot = 0xFFFF'FFFFULL;
    auto r = std::min(quint64(std::sqrt(double(n))), maxRoot);
    while (r * r > n)
        --r;
    while (r < maxRoot && (r + 1) * (r + 1) <= n)
        ++r;
    return r;
}

quint64 mulMod(quint64 a, quint64 b, quint64 m)
{
    return quint64((unsigned __int128)a * b % m);
}

quint64 powMod(quint64 base, quint64 exp, quint64 m)
{
    quint64 result = 1;
    base %= m;
    while (exp) {
        if (exp & 1)
            result = mulMod(result, base, m);
        base = mulMod(base, base, m);
        exp >>= 1;
    }
    return result;
}
} // namespace

quint64 integerSqrt(quint64 n)
{
    return isqrt(n);
}

bool isPrime(quint64 n)
{
    if (n < 2)
        return false;
    if (n < 4)
        return true;
    if (n % 2 == 0)
        return false;
    return firstOddDivisor(n, isqrt(n)) == 0;
}

bool isPrimeFast(quint64 n)
{
    if (n < 2)
        return false;
    for (quint64 p : {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
        if (n % p == 0)
            return n == p;
    }
    quint64 d = n - 1;
    int s = 0;
    while (d % 2 == 0) {
        d /= 2;
        ++s;
    }
    // These bases are enough for every n < 2^64.
    for (quint64 a : {2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37}) {
        quint64 x = powMod(a, d, n);
        if (x == 1 || x == n - 1)
            continue;
        bool composite = true;
        for (int r = 1; r < s && composite; ++r) {
            x = mulMod(x, x, n);
            composite = x != n - 1;
        }
        if (composite)
            return false;
    }
    return true;
}

namespace {
// The first prime whose isPrime() does about divisionsPerSecond * seconds divisions (√n / 2).
quint64 primeFor(double divisionsPerSecond, double seconds)
{
    const double root = 2.0 * divisionsPerSecond * std::max(0.0, seconds);
    const double target = std::min(root * root, 1.8e19);
    quint64 n = std::max<quint64>(3, quint64(target)) | 1;
    while (!isPrimeFast(n))
        n += 2;
    return n;
}
} // namespace

quint64 primeTakingAbout(double seconds)
{
    // Time a known number of divisions on a large prime (same operand size as the real check).
    constexpr quint64 probe = 1'000'000'000'000'000'003ULL; // prime
    constexpr quint64 probeDivisions = 2'000'000;
    const qint64 start = nowNs();
    volatile quint64 sink = firstOddDivisor(probe, 3 + 2 * probeDivisions);
    Q_UNUSED(sink);
    const double elapsed = std::max(1e-6, double(nowNs() - start) / 1e9);
    return primeFor(double(probeDivisions) / elapsed, seconds);
}

quint64 checkPrimeLasting(double seconds)
{
    const qint64 start = nowNs();
    const qint64 deadline = start + qint64(std::max(0.0, seconds) * 1e9);
    // Off by more than this share of the whole time: start over on a better-sized prime.
    const qint64 tolerance = qint64(std::max(0.0, seconds) * 1e9 * 0.04);
    quint64 n = primeTakingAbout(seconds);
    for (;;) {
        const qint64 numberStart = nowNs();
        const quint64 limit = isqrt(n);
        quint64 d = 3;
        quint64 chunk = 1 << 16; // divisions between two looks at the clock (~1 ms on a fast CPU)
        bool retarget = false;
        qint64 lookedAt = numberStart;
        double doneThen = 0;
        while (d <= limit) {
            const quint64 to = std::min(limit, d + 2 * (chunk - 1));
            if (firstOddDivisorIn(n, d, to | 1) != 0)
                return n; // not a prime after all: isPrimeFast never lets this happen
            d = (to | 1) + 2;
            const qint64 now = nowNs();
            const double done = double(d - 3) / 2.0; // divisions so far on this number
            const double total = double(limit) / 2.0;
            // The rate of the last chunk, not of the whole number: when other work lets go of the
            // CPU (or takes it), the projection follows at once instead of averaging it away.
            const double rate = (done - doneThen) / std::max<double>(1.0, double(now - lookedAt)); // per ns
            lookedAt = now;
            doneThen = done;
            const qint64 projectedEnd = now + qint64((total - done) / rate);
            // Look again in about a hundredth of the time, at least a millisecond apart.
            chunk = std::max<quint64>(1 << 12, quint64(rate * std::max(1e6, double(deadline - start) / 100.0)));
            const qint64 left = deadline - now;
            // Late: a smaller prime for the time left, up to the very end (a machine that got
            // busier late still ends on time). Early: only while there is time to size another.
            const bool late = projectedEnd - deadline > tolerance;
            const bool early = deadline - projectedEnd > tolerance && left > 20'000'000;
            if ((late || early) && now - numberStart > 10'000'000) {
                n = primeFor(rate * 1e9, double(std::max<qint64>(0, left)) / 1e9);
                retarget = true;
                break;
            }
        }
        if (retarget)
            continue;
        const qint64 now = nowNs();
        if (deadline - now <= tolerance)
            return n;
        // Done too soon: this prime was sized on a chunk in which other work held the CPU. Go on
        // with one for the time left, sized on the rate of the whole number just checked.
        const double rate = double(limit) / 2.0 / std::max<double>(1.0, double(now - numberStart));
        n = primeFor(rate * 1e9, double(deadline - now) / 1e9);
    }
}

} // namespace Lab
