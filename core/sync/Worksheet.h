// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sync/PossibleDuplicates.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

class Vault;

// The reconciliation worksheet of a handover, printed: A4, the practice's header, one line per
// item with a box to tick once it is entered or filed in the EHR (date, patient, type, the PDF's
// file name, state), then the patients created in Relais that may already exist in the EHR.
class Worksheet
{
    Q_DECLARE_TR_FUNCTIONS(relais::Worksheet)

public:
    struct Row
    {
        QString date;     // "2026-11-23" (may be empty: a patient change)
        QString patient;  // "HÉNIN Zoé, 12/03/1954"
        QString type;     // French, as the whole sheet: "Consultation"
        QString pdf;      // file name in pdf/ (may be empty)
        QString state;    // French: "à saisir dans le logiciel métier"
    };

    // In French whatever the interface (DocumentLanguage), as the sheet and the CSV.
    static QString typeText(const QString& kindCode);          // "consultation" → "Consultation"
    static QString stateText(const QString& stateCode, bool received);

    // One cell of reconciliation.csv (`;`-separated): quoted when it holds `;`, `"`, CR or LF,
    // and prefixed with `'` when it starts with `=`, `+`, `-`, `@`, tab or CR, so that a
    // spreadsheet shows it as text instead of running it as a formula (OWASP, CSV injection).
    static QString csvCell(const QString& text);

    // The PDF. created: when the handover was made (shown in the header).
    static Result<QByteArray> render(Vault& vault, const QList<Row>& rows, const QList<PossibleDuplicate>& duplicates,
                                     const QDateTime& created);
};

} // namespace relais
