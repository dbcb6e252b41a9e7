// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace relais {

class Vault;

// The audit trail as people read it, the same for the viewer, `relais-cli audit` and the PDF:
// local time, practitioner (the slot's label), action in words, object. A patient's name is
// looked up in the vault when a row is shown (never stored in the trail), and only when asked.
class AuditTable
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditTable)

public:
    enum Column { Time, Practitioner, Action, Object, ColumnCount };

    explicit AuditTable(Vault& vault);

    static QStringList headers();
    QString cell(const AuditEntry& e, Column c, bool patientNames);
    QStringList row(const AuditEntry& e, bool patientNames);
    // The slot's label: from the key header, or for a slot removed since, from the trail's
    // slot.add/slot.remove entries; otherwise the start of its id.
    QString slotLabel(const QString& slotId) const;
    // The patient's name for display ("" when none: deleted or unreadable). Not audited: the
    // journal's opening is.
    QString patientName(qint64 id);
    // Looks up the names of the patients these entries are about, in one query.
    void prefetchNames(const QList<AuditEntry>& entries);
    // Slot labels known to the table (id → label): the viewer's filter.
    const QHash<QString, QString>& slotLabels() const { return m_labels; }
    // "2026-12-04 20:41:07" in local time.
    static QString localTime(const QDateTime& utc);

private:
    Vault& m_vault;
    QHash<QString, QString> m_labels;
    QHash<qint64, QString> m_names;
};

} // namespace relais
