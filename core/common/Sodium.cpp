// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace relais {

void ensureSodium()
{
    static const bool ok = sodium_init() >= 0;
    if (!ok) {
        std::fputs("relais: libsodium failed to initialise\n", stderr);
        std::abort();
    }
}

} // namespace relais
