// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "sync/Handover.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo exportArchive;
}

namespace {

class ExportCommand : public VaultCommand
{
public:
    ExportCommand()
        : VaultCommand(commands::exportArchive,
            Cli::tr("write what is owed to the EHR into one archive encrypted with a "
                    "new passphrase"))
    { }

protected:
    int prepare() override { return hasFonts() ? -1 : noFonts(); }

    int runUnlocked(Vault& vault) override
    {
        auto pass = readNewPassphrase(m_exportPassFile, Cli::tr("Passphrase for the export: "), m_allowWeak);
        if (!pass)
            return report(pass.error());
        QTextStream err(stderr);
        auto summary
            = Handover::exportTo(vault, value(m_out), *pass, kdf(m_fastKdf), [&](int done, int total) {
                  err << Cli::tr("export: %1 / %2 patients").arg(done).arg(total) << '\r' << Qt::flush;
              });
        err << Qt::endl;
        if (!summary)
            return report(summary.error());
        out() << Cli::tr("Export written: %1").arg(summary->archivePath) << Qt::endl
              << Cli::tr("%1 patient(s), %2 consultation(s), %3 prescription(s), %4 file(s)")
                     .arg(summary->patients)
                     .arg(summary->consultations)
                     .arg(summary->prescriptions)
                     .arg(summary->files)
              << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_out = required(
        outOption(Cli::tr("The folder to write the archive into.")), Cli::tr("export needs --out DIR"));
    const QCommandLineOption m_exportPassFile = option(exportPassphraseFileOption());
    const QCommandLineOption m_allowWeak = option(allowWeakOption());
    const QCommandLineOption m_fastKdf = option(fastKdfOption());
};

} // namespace

const CommandInfo commands::exportArchive {"export", true, &make<ExportCommand>};

} // namespace relais::cli
