// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "common/Clock.h"
#include "readiness/Drill.h"
#include "readiness/DrillReport.h"
#include "readiness/DrillStore.h"
#include "readiness/NightlyTask.h"
#include "demo/DemoFill.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo demo;
}

namespace {

class DemoCommand : public VaultCommand
{
public:
    DemoCommand()
        : VaultCommand(
            commands::demo, Cli::tr("add invented patients (demo data) to a vault, creating it if needed"))
    { }

protected:
    int run() override
    {
        bool ok = false;
        const int count = value(m_patients).toInt(&ok);
        const quint32 seed = value(m_seed).toUInt();
        // 0 on an existing demo vault: only today's and tomorrow's appointments, again.
        if (!ok || count < 0 || count > 1000000 || (count == 0 && !Vault::exists(vaultPath())))
            return usage(Cli::tr(
                "--patients takes a number from 1 to 1000000 (0 on an existing vault: appointments only)"));
        std::unique_ptr<Vault> vault;
        if (!Vault::exists(vaultPath())) {
            auto pass = readSecret(m_passFile, Cli::tr("New passphrase: "));
            if (!pass)
                return report(pass.error());
            auto created = Vault::create(vaultPath(), QStringLiteral("Praticien de démonstration"), *pass,
                kdf(m_fastKdf), SystemClock::instance());
            if (!created)
                return report(created.error());
            out() << Cli::tr("Vault created: %1").arg(vaultPath()) << Qt::endl
                  << Cli::tr("Recovery key (shown once; write it down and keep it in the practice safe):")
                  << Qt::endl
                  << QString::fromLatin1(created->recoveryKey.view().toByteArray()) << Qt::endl;
            vault = std::move(created->vault);
            // A newcomer's first unlock opens the setup assistant, as after creating a vault in Relais.
            if (auto r = FirstStart::setPending(*vault, true); !r)
                return report(r.error());
        } else {
            auto opened = unlock();
            if (!opened)
                return report(opened.error());
            vault = std::move(*opened);
        }
        return fill(*vault, count, seed);
    }

private:
    int fill(Vault& vault, int count, quint32 seed)
    {
        QTextStream err(stderr);
        auto added = DemoFill::run(vault, seed, count, SystemClock::instance().nowUtc(), [&](int done) {
            err << Cli::tr("demo: %1 / %2 patients").arg(done).arg(count) << '\r' << Qt::flush;
        });
        err << Qt::endl;
        if (!added)
            return report(added.error());
        // A past drill report, as a practice that rehearses would have one (invented too).
        if (auto kept = DrillStore(vault).list(); kept && kept->isEmpty()) {
            const DrillRun past
                = Drill::example(vault, SystemClock::instance().nowUtc().addDays(-41), vault.slotLabel());
            auto pdf = DrillReport::pdf(past);
            if (!pdf)
                return report(pdf.error());
            if (auto r = DrillStore(vault).keep(past, *pdf); !r)
                return report(r.error());
        }
        out() << Cli::tr("%1 demo patients added (invented data, demo NIRs)").arg(added->patients) << Qt::endl
              << Cli::tr("%1 demo appointments today and tomorrow").arg(added->appointments) << Qt::endl;
        return Cli::Ok;
    }

    const QCommandLineOption m_patients = option({QStringLiteral("patients"),
        Cli::tr("Number of invented patients to add."), QStringLiteral("N"), QStringLiteral("200")});
    const QCommandLineOption m_seed
        = option({QStringLiteral("seed"), Cli::tr("Seed of the generator (same seed, same patients)."),
            QStringLiteral("N"), QStringLiteral("2026")});
    const QCommandLineOption m_fastKdf = option(fastKdfOption());
};

} // namespace

const CommandInfo commands::demo {"demo", true, &make<DemoCommand>};

} // namespace relais::cli
