// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "backup/Backup.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo verifyBackup;
}

namespace {

class VerifyBackupCommand : public VaultCommand
{
public:
    VerifyBackupCommand()
        : VaultCommand(commands::verifyBackup,
            Cli::tr("check a backup with a passphrase (or the recovery key) of its key header"),
            Takes::SecretOnly)
    {
        argument({QStringLiteral("BACKUP"), Cli::tr("The backup's folder."), true, false,
            Cli::tr("verify-backup needs the backup folder: verify-backup BACKUP")});
    }

protected:
    int run() override
    {
        auto secret = readUnlockSecret();
        if (!secret)
            return report(secret.error());
        const QString backup = positional().first();
        auto v = Backup::verify(backup, *secret, slotKind(), slot());
        if (!v)
            return report(v.error());
        out() << Cli::tr(
            "OK: backup %1 verified (files, encryption, structure, %2 audit entries, %3 row(s) as in its "
            "manifest), made %4")
                     .arg(backup)
                     .arg(v->auditEntries)
                     .arg(v->manifest.totalRows())
                     .arg(v->manifest.createdUtc.toLocalTime().toString(Qt::ISODate))
              << Qt::endl;
        return Cli::Ok;
    }
};

} // namespace

const CommandInfo commands::verifyBackup {"verify-backup", false, &make<VerifyBackupCommand>};

} // namespace relais::cli
