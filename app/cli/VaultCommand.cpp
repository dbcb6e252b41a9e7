// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"

#include "SecretInput.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "vault/Vault.h"

namespace relais::cli {

VaultCommand::VaultCommand(const CommandInfo& info, QString description, Takes takes)
    : Command(info, std::move(description))
    , m_vault(takes == Takes::VaultAndSecret ? option(vaultOption()) : vaultOption())
    , m_recoveryFile(option({QStringLiteral("recovery-key-file"),
          Cli::tr("Unlock with the recovery key read from FILE instead of a passphrase."),
          QStringLiteral("FILE")}))
    , m_slot(option({QStringLiteral("slot"), Cli::tr("Key slot (practitioner) to unlock with."),
          QStringLiteral("LABEL")}))
{ }

Result<SecureBytes> VaultCommand::readUnlockSecret() const
{
    return withRecoveryKey() ? SecretInput::fromFile(value(m_recoveryFile))
                             : readSecret(m_passFile, Cli::tr("Passphrase: "));
}

Result<std::unique_ptr<Vault>> VaultCommand::unlock() const
{
    auto secret = readUnlockSecret();
    if (!secret)
        return std::unexpected(secret.error());
    return Vault::open(
        vaultPath(), *secret, slotKind(), SystemClock::instance(), m_slotIsFilter ? QString() : slot());
}

QString VaultCommand::lastBackupLine(Vault& vault)
{
    const auto last = Backup::lastVerified(vault);
    return last ? Cli::tr("Last verified backup: %1").arg(last->toLocalTime().toString(Qt::ISODate))
                : Cli::tr("Last verified backup: none");
}

int VaultCommand::run()
{
    if (const int stop = prepare(); stop >= 0)
        return stop;
    auto vault = unlock();
    if (!vault)
        return report(vault.error());
    return runUnlocked(**vault);
}

int VaultCommand::runUnlocked(Vault&)
{
    return Cli::Other; // a command that overrides run() does not come here
}

} // namespace relais::cli
