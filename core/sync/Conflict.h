// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/Patient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace relais {

class Vault;

// A change to an imported patient that the EHR refused because its record changed there since
// the snapshot (If-Match on the snapshot's version answered 412/409): both versions, kept until
// the user chooses one. Only the patient entry waits; the patient's consultations and
// prescriptions are still sent, referencing the EHR's patient by its id (the disagreement is
// about identity and contact details, not about who the patient is).
struct PatientConflict
{
    qint64 outboxId = 0;
    qint64 patientId = 0;
    QString serverRef;      // "Patient/ehr-42"
    QJsonObject local;      // FHIR Patient as Relais sent it
    QJsonObject remote;     // FHIR Patient as the EHR has it now
    QString remoteVersion;  // its meta.versionId
    QDateTime detectedUtc;
};

// One line of the side-by-side comparison.
struct ConflictRow
{
    QString field;   // translated label ("Birth name")
    QString local;
    QString remote;
    bool differs = false;
};

class ConflictStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::ConflictStore)

public:
    explicit ConflictStore(Vault& vault);

    // Records (or replaces) the conflict of an outbox entry and puts the entry in conflict.
    Result<void> record(qint64 outboxId, const QString& serverRef, const QJsonObject& local,
                        const QJsonObject& remote, const QString& error);
    Result<PatientConflict> get(qint64 outboxId);
    Result<QList<PatientConflict>> list();

    // Keep Relais's version: the next sync sends it again, conditioned (If-Match) on the EHR's
    // current version, so that it replaces exactly what was compared (if the EHR's version could
    // not be read, the next refusal reads it again).
    Result<void> keepRelais(qint64 outboxId);
    // Take the EHR's version: the local patient's traits and contact become the EHR's, nothing
    // is sent, the entry is acknowledged.
    Result<void> takeEhr(qint64 outboxId);

    // The identity and contact fields of two FHIR Patients, one row each.
    static QList<ConflictRow> compare(const QJsonObject& local, const QJsonObject& remote);
    // Identity and contact read from a FHIR Patient (as FhirExport writes them, and as EHRs do).
    static Patient traitsFromFhir(const QJsonObject& resource);

private:
    Result<void> settle(qint64 outboxId, qint64 patientId, const QString& action);

    Vault& m_vault;
};

} // namespace relais
