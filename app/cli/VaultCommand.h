// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "vault/KeyHeader.h"

#include <memory>

namespace relais {
class Vault;
}

namespace relais::cli {

// A command that unlocks a vault: --vault, the passphrase (--passphrase-file or standard input) or
// the recovery key (--recovery-key-file), and --slot. run() calls prepare() (checks that need no
// vault), unlocks, reports an unlock error once (exit 3 wrong secret, 4 vault missing or damaged)
// and hands the open vault to runUnlocked(). Commands that unlock otherwise (restore, drill)
// override run() and use readUnlockSecret().
class VaultCommand : public Command
{
protected:
    enum class Takes { VaultAndSecret, SecretOnly };
    VaultCommand(const CommandInfo& info, QString description, Takes takes = Takes::VaultAndSecret);

    int run() override;
    // Before unlocking: an exit code to stop with, or -1 to go on.
    virtual int prepare() { return -1; }
    virtual int runUnlocked(Vault& vault);

    QString vaultPath() const { return Command::vaultPath(m_vault); }
    QString slot() const { return value(m_slot); }
    bool slotGiven() const { return isSet(m_slot); }
    bool withRecoveryKey() const { return isSet(m_recoveryFile); }
    SlotKind slotKind() const { return withRecoveryKey() ? SlotKind::Recovery : SlotKind::Passphrase; }
    // The recovery key from its file, or the passphrase from its file or standard input.
    Result<SecureBytes> readUnlockSecret() const;
    // --slot names the slot to unlock with, unless `slotIsFilter` (audit: whose entries to show).
    Result<std::unique_ptr<Vault>> unlock() const;
    // "Last verified backup: …", as verify and backup end.
    static QString lastBackupLine(Vault& vault);

    bool m_slotIsFilter = false;
    const QCommandLineOption m_vault;
    const QCommandLineOption m_passFile = option(passphraseFileOption());
    const QCommandLineOption m_recoveryFile;
    const QCommandLineOption m_slot;
};

} // namespace relais::cli
