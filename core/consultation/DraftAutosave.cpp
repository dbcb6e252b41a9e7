// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/DraftAutosave.h"

#include "common/Clock.h"
#include "consultation/ConsultationStore.h"

namespace relais {

DraftAutosave::DraftAutosave(ConsultationStore& store, const Clock& clock, qint64 intervalSecs)
    : m_store(store), m_clock(clock), m_interval(intervalSecs)
{
}

Result<bool> DraftAutosave::edited(const Consultation& draft)
{
    m_latest = draft;
    if (!m_dirty) {
        m_dirty = true;
        m_firstUnsaved = m_clock.nowUtc();
    }
    return tick();
}

Result<bool> DraftAutosave::tick()
{
    if (!m_dirty || m_firstUnsaved.secsTo(m_clock.nowUtc()) < m_interval)
        return false;
    return save();
}

Result<bool> DraftAutosave::flush() { return m_dirty ? save() : Result<bool>(false); }

Result<bool> DraftAutosave::save()
{
    if (auto r = m_store.saveDraft(m_latest); !r)
        return std::unexpected(r.error());
    m_dirty = false;
    m_lastSave = m_clock.nowUtc();
    return true;
}

} // namespace relais
