// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QLabel>

class QTimer;

namespace relais {
class Clock;
class Vault;
}

namespace relais::ui {

// The status-bar label that says how old the imported records are: "Data of 21/11/2026 at
// 23:00", amber past a day, red past three days, because the GP must know what may be missing.
class SnapshotStatus : public QLabel
{
    Q_OBJECT

public:
    enum class Age { None, Fresh, Stale, Old };
    static constexpr qint64 kStaleSecs = 24 * 3600;
    static constexpr qint64 kOldSecs = 72 * 3600;

    explicit SnapshotStatus(QWidget* parent = nullptr);

    static Age ageOf(const QDateTime& snapshotUtc, const QDateTime& nowUtc);
    // Reads meta.snapshot_utc again (after unlock and after every import).
    void refresh(Vault& vault, const Clock& clock);
    void clearSession();

    Age age() const { return m_age; }
    QDateTime snapshotUtc() const { return m_snapshotUtc; }

private:
    void render();

    const Clock* m_clock = nullptr;
    QDateTime m_snapshotUtc;
    Age m_age = Age::None;
    QTimer* m_tick = nullptr;
};

} // namespace relais::ui
