// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "vault/Vault.h"

#include <optional>

namespace relais::cli {
namespace commands {
extern const CommandInfo passwd;
}

namespace {

class PasswdCommand : public VaultCommand
{
public:
    PasswdCommand()
        : VaultCommand(commands::passwd, Cli::tr("change a slot's passphrase, or add a slot with --add"))
    {
        redescribe(m_slot,
            Cli::tr("Key slot (practitioner) to unlock with and change; with the recovery key, the "
                    "passphrase slot to reset (default: the first)."));
    }

protected:
    int prepare() override
    {
        if (isSet(m_add) && slotGiven() && withRecoveryKey())
            return usage(Cli::tr("--add and --slot cannot be combined with the recovery key"));
        return -1;
    }

    int runUnlocked(Vault& vault) override
    {
        auto next = readNewPassphrase(m_newPassFile, Cli::tr("New passphrase: "), m_allowWeak);
        if (!next)
            return report(next.error());
        if (isSet(m_add)) {
            auto id = vault.addSlot(value(m_add), SlotKind::Passphrase, *next, kdf(m_fastKdf));
            if (!id)
                return report(id.error());
            out() << Cli::tr("Key slot \"%1\" added").arg(value(m_add)) << Qt::endl;
            return Cli::Ok;
        }
        // Unlocked with the recovery key: the passphrase slot to reset is the one named, or the first.
        QString target = vault.slotId();
        if (withRecoveryKey() || slotGiven()) {
            std::optional<KeySlot> chosen;
            if (slotGiven() && withRecoveryKey())
                chosen = vault.findSlot(slot());
            else if (withRecoveryKey())
                for (const KeySlot& s : vault.keySlots())
                    if (s.kind == SlotKind::Passphrase && !chosen)
                        chosen = s;
            if (chosen)
                target = chosen->id;
            else if (withRecoveryKey())
                return report({ErrorKind::Invalid, Cli::tr("No passphrase slot to reset")});
        }
        if (auto r = vault.changeSecret(target, *next, kdf(m_fastKdf)); !r)
            return report(r.error());
        out() << Cli::tr("Passphrase changed for key slot \"%1\"").arg(vault.findSlot(target)->label)
              << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_newPassFile = option({QStringLiteral("new-passphrase-file"),
        Cli::tr("Read the new passphrase from FILE (default: standard input)."), QStringLiteral("FILE")});
    const QCommandLineOption m_add = option({QStringLiteral("add"),
        Cli::tr("Add a new passphrase slot named LABEL instead of changing one."), QStringLiteral("LABEL")});
    const QCommandLineOption m_allowWeak = option(allowWeakOption());
    const QCommandLineOption m_fastKdf = option(fastKdfOption());
};

} // namespace

const CommandInfo commands::passwd {"passwd", false, &make<PasswdCommand>};

} // namespace relais::cli
