// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "sync/Handover.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo openExport;
}

namespace {

class OpenExportCommand : public Command
{
public:
    OpenExportCommand()
        : Command(commands::openExport, Cli::tr("decrypt an export archive (no vault needed)"))
    {
        argument({QStringLiteral("ARCHIVE"), Cli::tr("The archive written by export."), true, false,
            Cli::tr("open-export needs the archive and --out DIR")});
    }

protected:
    int run() override
    {
        auto pass = readSecret(m_exportPassFile, Cli::tr("Passphrase of the export: "));
        if (!pass)
            return report(pass.error());
        auto files = Handover::open(positional().first(), *pass, value(m_out));
        if (!files)
            return report(files.error());
        for (const QString& f : std::as_const(*files))
            out() << f << Qt::endl;
        QTextStream(stderr) << Cli::tr("%1 file(s) written to %2, all matching the manifest")
                                   .arg(files->size())
                                   .arg(value(m_out))
                            << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_out = required(outOption(Cli::tr("The folder to write into (new or empty).")),
        Cli::tr("open-export needs the archive and --out DIR"));
    const QCommandLineOption m_exportPassFile = option(exportPassphraseFileOption());
};

} // namespace

const CommandInfo commands::openExport {"open-export", false, &make<OpenExportCommand>};

} // namespace relais::cli
