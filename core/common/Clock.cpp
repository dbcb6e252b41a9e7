// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"

namespace relais {

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

} // namespace relais
