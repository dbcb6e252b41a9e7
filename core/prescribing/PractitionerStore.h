// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "prescribing/Practitioner.h"

#include <QCoreApplication>
#include <QList>

namespace relais {

class Vault;
class Database;

// Prescribers in the vault. Create and update are audited (row id only).
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
    // The practitioner linked to a key slot, if any.
    Result<std::optional<Practitioner>> forSlot(const QString& slotId);

private:
    Result<QList<Practitioner>> query(const QString& where, const QVariantList& args);

    Vault& m_vault;
    Database& m_db;
};

} // namespace relais
