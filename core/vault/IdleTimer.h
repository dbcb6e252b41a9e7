// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace relais {

class Clock;

// Decides when an unattended session must lock. The UI reports activity and polls expired();
// the clock is injected so that tests move time instead of sleeping.
class IdleTimer
{
public:
    static constexpr qint64 kDefaultDelaySecs = 5 * 60;

    IdleTimer(const Clock& clock, qint64 delaySecs = kDefaultDelaySecs);

    void setDelaySecs(qint64 secs);
    qint64 delaySecs() const { return m_delaySecs; }
    void activity();
    bool expired() const;
    qint64 remainingSecs() const;

private:
    const Clock& m_clock;
    qint64 m_delaySecs;
    QDateTime m_last;
};

} // namespace relais
