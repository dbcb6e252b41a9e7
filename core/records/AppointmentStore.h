// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

class Database;
class Vault;

// An appointment the practice software had booked (imported: FHIR Appointment or the CSV list).
struct Appointment
{
    qint64 id = 0;
    QString sourceId;
    qint64 patientId = 0;  // 0: not linked to a patient of the vault
    QDateTime startUtc;
    QDateTime endUtc;      // invalid: no end given
    QString status;        // FHIR code: "booked", "cancelled", "noshow", "fulfilled", "arrived"…
    QString description;
    QString patientLabel;  // as the EHR named the patient (CSV lists, unknown patients)
};

// The one owner of the `appointment` table: the import writes it, the day list reads it.
class AppointmentStore
{
public:
    explicit AppointmentStore(Vault& vault);

    // The appointments starting in [fromUtc, toUtc), by start time.
    Result<QList<Appointment>> between(const QDateTime& fromUtc, const QDateTime& toUtc);

    enum class Write { Created, Updated, Unchanged };
    // By source id: the same content hash → nothing; otherwise inserted or replaced. An empty
    // status is written "booked".
    Result<Write> upsertImported(const Appointment& a, const QString& sourceHash);

private:
    Database& m_db;
};

} // namespace relais
