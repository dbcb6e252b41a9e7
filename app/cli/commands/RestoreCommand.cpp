// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "backup/Backup.h"
#include "common/Clock.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo restore;
}

namespace {

class RestoreCommand : public VaultCommand
{
public:
    RestoreCommand()
        : VaultCommand(commands::restore,
            Cli::tr("put a verified backup in place of the vault (the old one is kept aside)"))
    { }

protected:
    // The secret unlocks the backup: the vault in place may be the damaged one.
    int run() override
    {
        auto secret = readUnlockSecret();
        if (!secret)
            return report(secret.error());
        auto r = Backup::restore(
            value(m_from), vaultPath(), *secret, slotKind(), SystemClock::instance(), slot());
        if (!r)
            return report(r.error());
        out() << Cli::tr("Vault restored from %1 (made %2) into %3")
                     .arg(value(m_from), r->manifest.createdUtc.toLocalTime().toString(Qt::ISODate),
                         vaultPath())
              << Qt::endl;
        if (!r->keptAside.isEmpty())
            out() << Cli::tr("The previous vault is kept as %1").arg(r->keptAside) << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_from = required(
        {QStringLiteral("from"), Cli::tr("The backup folder to restore."), QStringLiteral("BACKUP")},
        Cli::tr("restore needs --from BACKUP"));
};

} // namespace

const CommandInfo commands::restore {"restore", false, &make<RestoreCommand>};

} // namespace relais::cli
