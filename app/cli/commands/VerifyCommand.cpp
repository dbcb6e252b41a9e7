// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "audit/AuditLog.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo verify;
}

namespace {

class VerifyCommand : public VaultCommand
{
public:
    VerifyCommand()
        : VaultCommand(commands::verify, Cli::tr("check encryption, structure and the audit chain"))
    { }

protected:
    int runUnlocked(Vault& vault) override
    {
        const Vault::IntegrityReport rep = vault.checkIntegrity();
        if (!rep.ok)
            return report({ErrorKind::VaultCorrupt, rep.message});
        (void)vault.audit().append(QString::fromLatin1(AuditAction::Verify), QString(), QString(),
            QStringLiteral("entries=%1").arg(rep.audit.entries));
        out() << Cli::tr("OK: encryption and structure verified; %1").arg(rep.message) << Qt::endl;
        out() << lastBackupLine(vault) << Qt::endl;
        return Cli::Ok;
    }
};

} // namespace

const CommandInfo commands::verify {"verify", false, &make<VerifyCommand>};

} // namespace relais::cli
