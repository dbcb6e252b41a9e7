// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/SnapshotStatus.h"

#include "widgets/StatusLabel.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "interop/SnapshotImporter.h"

#include <QTimer>

namespace relais::ui {

SnapshotStatus::SnapshotStatus(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("statusSnapshot"));
    setContentsMargins(6, 0, 6, 0);
    // The age grows while Relais stays open: the colour must follow.
    m_tick = new QTimer(this);
    m_tick->setInterval(60 * 1000);
    connect(m_tick, &QTimer::timeout, this, &SnapshotStatus::render);
}

SnapshotStatus::Age SnapshotStatus::ageOf(const QDateTime& snapshotUtc, const QDateTime& nowUtc)
{
    if (!snapshotUtc.isValid())
        return Age::None;
    const qint64 secs = snapshotUtc.secsTo(nowUtc);
    if (secs >= kOldSecs)
        return Age::Old;
    if (secs >= kStaleSecs)
        return Age::Stale;
    return Age::Fresh;
}

void SnapshotStatus::refresh(Vault& vault, const Clock& clock)
{
    m_clock = &clock;
    m_snapshotUtc = SnapshotImporter::snapshotTime(vault).value_or(QDateTime());
    render();
    m_tick->start();
}

void SnapshotStatus::clearSession()
{
    m_tick->stop();
    m_clock = nullptr;
    m_snapshotUtc = {};
    m_age = Age::None;
    clear();
    setToolTip({});
    setStyleSheet({});
}

void SnapshotStatus::render()
{
    if (!m_clock)
        return;
    m_age = ageOf(m_snapshotUtc, m_clock->nowUtc());
    const QString base = QStringLiteral("QLabel { border-radius: 4px; padding: 1px 8px; %1 }");
    switch (m_age) {
    case Age::None:
        setText(tr("No imported data"));
        setToolTip(tr("No export of the practice software has been imported into this vault yet: only what was "
                      "entered in Relais is here. Use File → Import an export of the practice software."));
        setStyleSheet(base.arg(statusBadgeStyle(StatusKind::Warning)));
        return;
    case Age::Fresh:
        setStyleSheet(base.arg(QString()));
        break;
    case Age::Stale:
        setStyleSheet(base.arg(statusBadgeStyle(StatusKind::Warning)));
        break;
    case Age::Old:
        setStyleSheet(base.arg(statusBadgeStyle(StatusKind::Error)));
        break;
    }
    const QDateTime local = m_snapshotUtc.toLocalTime();
    setText(tr("Data of %1 at %2")
                .arg(local.toString(QStringLiteral("dd/MM/yyyy")), local.toString(QStringLiteral("HH:mm"))));
    const qint64 hours = m_snapshotUtc.secsTo(m_clock->nowUtc()) / 3600;
    QString tip = tr("The records come from the practice software's export taken then (%n hour(s) ago). Anything "
                     "entered there since is not in Relais.",
                     nullptr, int(hours));
    if (m_age != Age::Fresh)
        tip += QLatin1Char('\n')
            + tr("Check recent results, prescriptions and allergies with the patient: the export is more than %n "
                 "hour(s) old.",
                 nullptr, m_age == Age::Old ? int(kOldSecs / 3600) : int(kStaleSecs / 3600));
    setToolTip(tip);
}

} // namespace relais::ui
