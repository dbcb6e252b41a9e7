// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "prescribing/Prescription.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace relais {

class Vault;
class Database;
struct Patient;

// Prescriptions in the vault. Created validated; frozen once printed, the printed PDF kept as
// a BLOB so that a reprint gives the same bytes. Audited with ids only, never text.
class PrescriptionStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionStore)

public:
    explicit PrescriptionStore(Vault& vault);

    // Validates against the patient (read from the vault) and stores; "prescription.create".
    Result<qint64> create(Prescription rx);
    Result<Prescription> get(qint64 id);

    struct Summary
    {
        qint64 id = 0;
        QDate date;
        qint64 patientId = 0;
        QString patientName;
        qint64 practitionerId = 0;
        QString practitionerName;
        Prescription::Kind kind = Prescription::Kind::Medicines;
        int lines = 0;
        bool printed = false;
    };
    // Newest first; `patientIds` empty = every patient.
    Result<QList<Summary>> list(const QList<qint64>& patientIds = {}, int limit = 1000);
    Result<QList<qint64>> forConsultation(qint64 consultationId);

    // Keeps the first printed PDF; "prescription.print". Refused if one is stored already.
    Result<void> storePdf(qint64 id, const QByteArray& pdf, int pages);
    // The stored PDF, if printed; `audit` writes "prescription.reprint".
    Result<std::optional<QByteArray>> storedPdf(qint64 id, bool audit = true);

    // The purge (Purge), within its transaction: how many printed PDFs those prescriptions keep,
    // then their removal (PDFs go with them).
    Result<int> pdfCount(const QList<qint64>& ids);
    Result<void> purge(const QList<qint64>& ids);

    // "Renew current treatments": one line per current treatment of the patient, in order.
    static QList<PrescriptionLine> renewalLines(const Patient& patient);

private:
    Vault& m_vault;
    Database& m_db;
};

} // namespace relais
