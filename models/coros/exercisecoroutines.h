// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/coros/handcoroutine.h"

namespace Lab {

// The three hand-driven exercises of the "native coros" lab (LABS §1.5), as the driven coroutines.
// Their source is shown in the app: see the snippet markers in exercisecoroutines.cpp.

/** Exercise 1, inner: hands out 42 once. */
HandCoroutine<void> handOut42();
/** Exercise 1: awaits handOut42(). */
HandCoroutine<void> delegatingTo42();

/** Exercise 2, inner: hands out 1, 2 and 3. */
HandCoroutine<void> oneTwoThree();
/** Exercise 2: awaits oneTwoThree(). */
HandCoroutine<void> delegatingTo123();

/** Exercise 3, inner: hands out "Primed!", then ten times each of @p terms values sent in; returns the last × 10. */
HandCoroutine<int> times10(int terms);
/** Exercise 3: returns what times10(@p terms) returns. */
HandCoroutine<int> delegatingTimes10(int terms);

} // namespace Lab
