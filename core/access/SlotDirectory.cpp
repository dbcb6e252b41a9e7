// SPDX-License-Identifier: GPL-3.0-or-later
#include "access/SlotDirectory.h"

#include "prescribing/PractitionerStore.h"
#include "vault/Vault.h"

namespace relais {

Result<QList<SlotRow>> SlotDirectory::read(Vault& vault)
{
    auto practitioners = PractitionerStore(vault).list();
    if (!practitioners)
        return std::unexpected(practitioners.error());
    auto unlocks = vault.audit().lastUnlocks();
    if (!unlocks)
        return std::unexpected(unlocks.error());
    QList<SlotRow> rows;
    for (const KeySlot& s : vault.keySlots()) {
        SlotRow row;
        row.slot = s;
        row.current = s.id == vault.slotId();
        row.lastUsedUtc = unlocks->value(s.id);
        for (const Practitioner& p : std::as_const(*practitioners))
            if (p.slotId == s.id)
                row.practitioner = p;
        rows.append(row);
    }
    return rows;
}

QString SlotDirectory::kindWords(SlotKind kind)
{
    return kind == SlotKind::Recovery ? tr("Recovery key") : tr("Passphrase");
}

} // namespace relais
