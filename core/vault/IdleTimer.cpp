// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/IdleTimer.h"

#include "common/Clock.h"

#include <algorithm>

namespace relais {

IdleTimer::IdleTimer(const Clock& clock, qint64 delaySecs)
    : m_clock(clock), m_delaySecs(std::max<qint64>(delaySecs, 30)), m_last(clock.nowUtc())
{
}

void IdleTimer::setDelaySecs(qint64 secs) { m_delaySecs = std::max<qint64>(secs, 30); }

void IdleTimer::activity() { m_last = m_clock.nowUtc(); }

qint64 IdleTimer::remainingSecs() const { return std::max<qint64>(0, m_delaySecs - m_last.secsTo(m_clock.nowUtc())); }

bool IdleTimer::expired() const { return remainingSecs() == 0; }

} // namespace relais
