// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "prescribing/Practitioner.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace relais {

class Vault;
class Database;

// A practitioner the EHR's export names (FHIR Practitioner, table ehr_practitioner): the authors
// of imported consultations, and a head start for a prescriber's profile (fromEhr).
struct EhrPractitioner
{
    QString sourceId;
    QString name;  // "Dr Camille Roche"
    QString surname;
    QString givenNames;
    QString rpps;
    QString specialty;
    QString address;  // lines joined by '\n'
    QString postalCode;
    QString city;
    QString phone;
    QString email;
};

// Prescribers in the vault, and the practitioners of the EHR (ehr_practitioner). Create and update are audited (row id only).
class PractitionerStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::PractitionerStore)

public:
    explicit PractitionerStore(Vault& vault);

    // Normalises and validates (message naming the field); an RPPS already present is refused.
    Result<qint64> create(Practitioner p);
    Result<void> update(Practitioner p);
    Result<Practitioner> get(qint64 id);
    Result<QList<Practitioner>> list();
    // The practitioners the EHR snapshot names (FHIR Practitioner) that are not here yet (by
    // RPPS), as a head start for a new one: not saved, not validated (AM number, city… to add).
    Result<QList<Practitioner>> fromEhr();
    // The import of the EHR's practitioners: by source id; the same content hash → nothing.
    enum class Write { Created, Updated, Unchanged };
    Result<Write> upsertEhr(const EhrPractitioner& p, const QString& sourceHash);
    // Source id → name of every EHR practitioner kept.
    Result<QHash<QString, QString>> ehrNames();
    // The practitioner linked to a key slot, if any.
    Result<std::optional<Practitioner>> forSlot(const QString& slotId);
    // Ties a key slot to one prescriber (0: to none): any other prescriber it was tied to is
    // untied in the same transaction. The link lives in the vault, keyed by the slot id, not in
    // the key header: it travels with the vault through backups, and the header's authenticated
    // slot fields stay as they were (older headers open unchanged). Audited (slot and row id).
    Result<void> linkSlot(const QString& slotId, qint64 practitionerId);

private:
    Result<QList<Practitioner>> query(const QString& where, const QVariantList& args);

    Vault& m_vault;
    Database& m_db;
};

} // namespace relais
