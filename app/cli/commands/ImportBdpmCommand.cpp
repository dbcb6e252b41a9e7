// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "drugs/DrugReference.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo importBdpm;
}

namespace {

// Public data: no passphrase, the reference file sits beside the vault.
class ImportBdpmCommand : public Command
{
public:
    ImportBdpmCommand()
        : Command(commands::importBdpm,
            Cli::tr("build the drug reference beside the vault from the BDPM files "
                    "(no passphrase)"))
    { }

protected:
    int run() override
    {
        const QString path = DrugReference::pathBeside(vaultPath(m_vault));
        auto done = DrugReference::refresh(value(m_dir), path);
        if (!done)
            return report(done.error());
        for (const BdpmProblem& p : std::as_const(done->problems))
            QTextStream(stderr) << formatBdpmProblem(p) << Qt::endl;
        out() << Cli::tr(
            "%1 medicines and %2 presentations imported into %3 (BDPM files of %4); %5 malformed row(s) "
            "left out")
                     .arg(done->medicines)
                     .arg(done->presentations)
                     .arg(path, done->sourceDate.toString(QStringLiteral("dd/MM/yyyy")))
                     .arg(done->problems.size())
              << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_dir = required(
        {QStringLiteral("dir"), Cli::tr("The folder holding the BDPM files."), QStringLiteral("DIR")},
        Cli::tr("import-bdpm needs --dir DIR, the folder holding the BDPM files"));
    const QCommandLineOption m_vault = option(vaultOption());
};

} // namespace

const CommandInfo commands::importBdpm {"import-bdpm", false, &make<ImportBdpmCommand>};

} // namespace relais::cli
