// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "common/Clock.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo init;
}

namespace {

class InitCommand : public Command
{
public:
    InitCommand()
        : Command(commands::init, Cli::tr("create a new vault (prints the recovery key once)"))
    { }

protected:
    int run() override
    {
        const QString path = vaultPath(m_vault);
        if (Vault::exists(path))
            return report({ErrorKind::Invalid, Cli::tr("A vault already exists at %1").arg(path)});
        // The passphrase is read from the usual place (file or stdin) for init.
        auto pass = readNewPassphrase(m_passFile, Cli::tr("New passphrase: "), m_allowWeak);
        if (!pass)
            return report(pass.error());
        const QString label = isSet(m_label) ? value(m_label) : Cli::tr("Practitioner");
        auto created = Vault::create(path, label, *pass, kdf(m_fastKdf), SystemClock::instance());
        if (!created)
            return report(created.error());
        out() << Cli::tr("Vault created: %1").arg(path) << Qt::endl
              << Cli::tr("Recovery key (shown once; write it down and keep it in the practice safe):")
              << Qt::endl
              << QString::fromLatin1(created->recoveryKey.view().toByteArray()) << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_vault = option(vaultOption());
    const QCommandLineOption m_passFile = option(passphraseFileOption());
    const QCommandLineOption m_label = option({QStringLiteral("label"),
        Cli::tr("Name of the first key slot (the practitioner)."), QStringLiteral("LABEL")});
    const QCommandLineOption m_allowWeak = option(allowWeakOption());
    const QCommandLineOption m_fastKdf = option(fastKdfOption());
};

} // namespace

const CommandInfo commands::init {"init", false, &make<InitCommand>};

} // namespace relais::cli
