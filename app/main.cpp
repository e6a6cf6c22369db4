// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "app/commandline.h"

int main(int argc, char **argv)
{
    return Lab::runConcurrencyLab(argc, argv);
}
