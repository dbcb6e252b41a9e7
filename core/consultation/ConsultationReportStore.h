// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consultation/Consultation.h"
#include "prescribing/Practitioner.h"
#include "records/Patient.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace relais {

class Database;
class Vault;

// Consultation reports kept in the vault, one per revision: rendered when the consultation is
// finalised or corrected (one PDF, ~10 ms, while the GP closes the consultation) so that the
// hand-back reuses the document as issued instead of rendering thousands at export time.
// A report kept from other inputs (patient identity or prescriber changed since) is rendered
// again and replaces it.
class ConsultationReportStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::ConsultationReportStore)

public:
    explicit ConsultationReportStore(Vault& vault);

    // The prescriber who signs the report: the one of the consultation's key slot, else the first
    // one of the vault; none when the vault has no prescriber.
    Result<std::optional<Practitioner>> prescriber(const Consultation& c);
    // The date printed on the report.
    static QDate reportDate(const Consultation& c) { return c.startedUtc.toLocalTime().date(); }

    // Renders and keeps the report of the consultation's current revision (if it is not kept
    // already from the same inputs). Without any prescriber in the vault: an Invalid error.
    Result<QByteArray> keep(qint64 consultationId);
    // The report of `c` as kept, or rendered and kept now.
    Result<QByteArray> pdf(const Consultation& c, const Practitioner& doctor, const Patient& patient);
    // The kept report of this revision, whatever its inputs (none: nullopt).
    Result<std::optional<QByteArray>> stored(qint64 consultationId, int revision);

    // SHA-256 of what the report shows.
    static QByteArray inputsHash(const Consultation& c, const Practitioner& doctor, const Patient& patient);

private:
    Vault& m_vault;
    Database& m_db;
};

} // namespace relais
