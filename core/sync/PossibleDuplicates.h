// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/PatientStore.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

class Vault;

// A patient created in Relais during the outage whose traits match another patient (same NIR,
// or same birth date, birth name and first given name, accents and case aside: the rule of
// PatientStore::findDuplicates). Listed on the worksheet and in the push report for a person
// to check in the EHR; never merged.
struct PossibleDuplicate
{
    qint64 patientId = 0;
    QString patientName;   // display name: for the worksheet and the user, never logged
    QDate birthDate;
    QList<PatientStore::Duplicate> matches;

    // "DUPONT Jean (12/03/1954), possible duplicate of DUPONT Jean (12/03/1954): same social-security number"
    QString describe() const;
};

class PossibleDuplicates
{
    Q_DECLARE_TR_FUNCTIONS(relais::PossibleDuplicates)

public:
    // Every patient with an outbox entry of kind patient, created in Relais, that has matches.
    static Result<QList<PossibleDuplicate>> find(Vault& vault, qint64 onlyPatientId = 0);
};

} // namespace relais
