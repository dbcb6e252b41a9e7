// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncStatus.h"

#include "widgets/StatusLabel.h"

#include "common/Logging.h"
#include "sync/Outbox.h"
#include "vault/Vault.h"

namespace relais::ui {

SyncStatus::SyncStatus(QWidget* parent) : QPushButton(parent)
{
    setObjectName(QStringLiteral("statusSync"));
    setFlat(true);
    setCursor(Qt::PointingHandCursor);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void SyncStatus::refresh(Vault& vault)
{
    m_waiting = m_problems = 0;
    int total = 0;
    if (auto counts = Outbox(vault, vault.clock()).counts()) {
        total = counts->total();
        m_waiting = counts->unacknowledged();
        m_problems = counts->needingAttention();
    } else {
        qCWarning(lcUi) << "outbox not counted";
    }
    setVisible(total > 0);
    const QString base = QStringLiteral("QPushButton { border-radius: 4px; padding: 1px 8px; %1 }");
    if (m_waiting == 0) {
        setText(tr("Everything handed back"));
        setToolTip(tr("The practice software has received everything recorded in Relais. Click to see the list."));
        setStyleSheet(base.arg(QString()));
        return;
    }
    setText(tr("%n item(s) to hand back", nullptr, m_waiting));
    QString tip = tr("Consultations, prescriptions and patient changes recorded in Relais that the practice software has "
                     "not received yet. Click to send them or to export a handover folder.");
    if (m_problems > 0) {
        tip += QLatin1Char('\n') + tr("%n of them need attention (failed or in conflict).", nullptr, m_problems);
        setStyleSheet(base.arg(statusBadgeStyle(StatusKind::Warning)));
    } else {
        setStyleSheet(base.arg(QStringLiteral("font-weight: bold;")));
    }
    setToolTip(tip);
}

void SyncStatus::clearSession()
{
    m_waiting = m_problems = 0;
    setText({});
    setToolTip({});
    hide();
}

} // namespace relais::ui
