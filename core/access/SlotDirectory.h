// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "prescribing/Practitioner.h"
#include "vault/KeyHeader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>

namespace relais {

class Vault;

// One line of Settings → Vault access and of `relais-cli slots`: a key slot with the prescriber
// it is tied to (practitioner.slot_id, in the vault) and its last successful unlock (from the
// audit trail, so both stay right after a restore: they travel with the vault file, the label
// with the key header beside it).
struct SlotRow
{
    KeySlot slot;
    std::optional<Practitioner> practitioner;
    QDateTime lastUsedUtc;  // invalid: never used to unlock
    bool current = false;   // the slot this session was unlocked with
};

class SlotDirectory
{
    Q_DECLARE_TR_FUNCTIONS(relais::SlotDirectory)

public:
    static Result<QList<SlotRow>> read(Vault& vault);
    // "Passphrase" / "Recovery key", translated.
    static QString kindWords(SlotKind kind);
};

} // namespace relais
