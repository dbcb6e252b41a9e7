// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "audit/AuditLog.h"
#include "common/PrivateFile.h"
#include "print/PrescriptionPrinter.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo print;
}

namespace {

class PrintCommand : public VaultCommand
{
public:
    PrintCommand()
        : VaultCommand(commands::print,
            Cli::tr("write a prescription's PDF (the stored one, or rendered and stored at "
                    "the first print)"))
    { }

protected:
    int prepare() override
    {
        bool ok = false;
        m_id = value(m_prescription).toLongLong(&ok);
        if (!ok || m_id <= 0)
            return usage(Cli::tr("print needs --prescription ID (a number, see the prescriptions command)"));
        return hasFonts() ? -1 : noFonts();
    }

    int runUnlocked(Vault& vault) override
    {
        auto pdf = PrescriptionPrinter(vault).pdf(m_id);
        if (!pdf)
            return report(pdf.error());
        // A prescription in clear: readable by its owner only (set before a byte is written).
        if (auto r = PrivateFile::write(value(m_pdf), *pdf); !r)
            return report(r.error());
        // A copy in clear outside the vault: recorded (the id, never the path, which may name the patient).
        (void)vault.audit().append(
            QStringLiteral("print.pdf_file"), QStringLiteral("prescription"), QString::number(m_id));
        out() << Cli::tr("Prescription %1 written to %2").arg(m_id).arg(value(m_pdf)) << Qt::endl;
        return Cli::Ok;
    }

private:
    qint64 m_id = 0;
    const QCommandLineOption m_prescription = required(
        {QStringLiteral("prescription"),
            Cli::tr("The prescription's number (see the prescriptions command)."), QStringLiteral("ID")},
        Cli::tr("print needs --prescription ID (a number, see the prescriptions command)"));
    const QCommandLineOption m_pdf = required(
        {QStringLiteral("pdf"), Cli::tr("Write the prescription's PDF to FILE (readable by its owner only)."),
            QStringLiteral("FILE")},
        Cli::tr("print needs --pdf FILE"));
};

} // namespace

const CommandInfo commands::print {"print", true, &make<PrintCommand>};

} // namespace relais::cli
