// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
// Anchor for the lab_resources library: the resources themselves are added by CMake.
namespace Lab {
int resourcesAnchor()
{
    return 0;
}
} // namespace Lab
