// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consultation/Consultation.h"

#include <QDateTime>

namespace relais {

class Clock;
class ConsultationStore;

// Decides when a draft being typed is written to the vault: at most `intervalSecs` after the
// first unsaved change (so a crash loses at most that much typing), and at once on a focus
// change, a lock or a close. The UI calls edited() on each change and tick() every second.
class DraftAutosave
{
public:
    static constexpr qint64 kIntervalSecs = 5;

    DraftAutosave(ConsultationStore& store, const Clock& clock, qint64 intervalSecs = kIntervalSecs);

    // The current text of the draft; saved now if the interval has passed.
    Result<bool> edited(const Consultation& draft);
    // Saves if something is pending and the interval has passed (typing stopped).
    Result<bool> tick();
    // Saves now if anything is pending (focus change, lock, close).
    Result<bool> flush();
    bool pending() const { return m_dirty; }
    QDateTime lastSavedUtc() const { return m_lastSave; }

private:
    Result<bool> save();

    ConsultationStore& m_store;
    const Clock& m_clock;
    qint64 m_interval;
    Consultation m_latest;
    bool m_dirty = false;
    QDateTime m_firstUnsaved;
    QDateTime m_lastSave;
};

} // namespace relais
