// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace Lab {

/** Trial division by odd numbers up to √n, as Fluent Python's is_prime: slow on purpose. */
bool isPrime(quint64 n);

/** ⌊√n⌋, exact for every 64-bit n. */
quint64 integerSqrt(quint64 n);

/** Deterministic Miller–Rabin for 64-bit numbers: fast, used only to pick test numbers. */
bool isPrimeFast(quint64 n);

/**
 * A prime whose isPrime() check takes about @p seconds on this machine: measures how many trial
 * divisions per second this CPU does, then picks the first prime above the size that needs
 * that many divisions.
 */
quint64 primeTakingAbout(double seconds);

} // namespace Lab
