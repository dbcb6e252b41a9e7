// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

// The audit trail's action ids in words, one table for the viewer, the command line and the
// PDF report: "patient.view" → "Record opened" ("Dossier consulté" in French). An id missing
// from the table is shown as it is stored.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditActions)

public:
    struct Known
    {
        QString id;
        QString words;
    };
    static QString words(const QString& actionId);
    // Every action the code writes, in words, sorted by its words (the viewer's filter).
    static QList<Known> all();
    // "patient" → "Patient", "prescription" → "Prescription" …
    static QString objectWords(const QString& objectType);
};

} // namespace relais
