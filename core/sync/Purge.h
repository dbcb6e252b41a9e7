// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// Data minimisation once the EHR has everything: removes from the vault what was recorded in
// Relais during the outage (final consultations with their revisions and vitals, prescriptions
// with their printed PDFs) when every outbox entry of it is acknowledged, and was so more than
// N days ago. A consultation goes together with its prescriptions or not at all. Never touches
// anything not yet acknowledged, nor what came from the EHR's snapshot, nor patients.
class Purge
{
    Q_DECLARE_TR_FUNCTIONS(relais::Purge)

public:
    static constexpr int kDefaultDays = 30;

    struct Counts
    {
        int patients = 0;       // whose records are concerned (none is removed)
        int consultations = 0;
        int revisions = 0;      // earlier versions of those consultations
        int prescriptions = 0;
        int pdfs = 0;           // printed PDFs kept for identical reprints
        bool isEmpty() const { return consultations == 0 && prescriptions == 0; }
    };

    explicit Purge(Vault& vault);

    // What run() would remove now, changing nothing.
    Result<Counts> preview(int olderThanDays);
    // Removes it and its outbox entries in one transaction, with an audit event carrying the counts.
    Result<Counts> run(int olderThanDays);

private:
    struct Selection
    {
        QList<qint64> consultations;
        QList<qint64> prescriptions;
        Counts counts;
    };
    Result<Selection> select(int olderThanDays);

    Vault& m_vault;
};

} // namespace relais
