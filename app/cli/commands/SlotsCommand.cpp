// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "access/AuditTable.h"
#include "access/SlotDirectory.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo slotList;
}

namespace {

class SlotsCommand : public VaultCommand
{
public:
    SlotsCommand()
        : VaultCommand(
            commands::slotList, Cli::tr("list the key slots: label, kind, prescriber, created, last used"))
    { }

protected:
    int runUnlocked(Vault& vault) override
    {
        auto rows = SlotDirectory::read(vault);
        if (!rows)
            return report(rows.error());
        out() << Cli::tr("Label") << '\t' << Cli::tr("Kind") << '\t' << Cli::tr("Prescriber") << '\t'
              << Cli::tr("Created on") << '\t' << Cli::tr("Last used") << Qt::endl;
        for (const SlotRow& r : std::as_const(*rows))
            out() << r.slot.label << '\t' << SlotDirectory::kindWords(r.slot.kind) << '\t'
                  << (r.practitioner ? r.practitioner->displayName() : QString()) << '\t'
                  << AuditTable::localTime(r.slot.createdUtc) << '\t'
                  << (r.lastUsedUtc.isValid() ? AuditTable::localTime(r.lastUsedUtc) : Cli::tr("never"))
                  << Qt::endl;
        return Cli::Ok;
    }
};

} // namespace

const CommandInfo commands::slotList {"slots", false, &make<SlotsCommand>};

} // namespace relais::cli
