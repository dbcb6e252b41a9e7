// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/DocumentLanguage.h"
#include "common/PrivateFile.h"
#include "readiness/Drill.h"
#include "readiness/DrillReport.h"
#include "readiness/DrillStore.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo drill;
}

namespace {

// The automatic steps of the drill; the manual ones (find a patient, record a consultation) are
// rehearsed in the application and listed as not run.
class DrillCommand : public VaultCommand
{
public:
    DrillCommand()
        : VaultCommand(commands::drill,
            Cli::tr("the outage drill's automatic steps; keeps the report and writes it; exit 6 when a step "
                    "failed"))
    { }

protected:
    // The secret is kept for the drill's own unlock and restore steps.
    int run() override
    {
        if (!hasFonts())
            return noFonts();
        auto secret = readUnlockSecret();
        if (!secret)
            return report(secret.error());
        auto vault = Vault::open(vaultPath(), *secret, slotKind(), SystemClock::instance(), slot());
        if (!vault)
            return report(vault.error());
        auto drill = Drill::start(**vault);
        if (!drill)
            return report(drill.error());
        (*drill)->unlock(*secret, slotKind(), slot());
        const DualText manual = dualText([] { return Cli::tr("Manual step: rehearsed in the application (File → Outage drill), not by relais-cli"); });
        (*drill)->skip(DrillStep::FindPatient, manual);
        (*drill)->skip(DrillStep::Consultation, manual);
        (*drill)->printPrescription();
        (*drill)->exportAndOpen();
        const QString folder = isSet(m_backups) ? value(m_backups) : Backup::folder(**vault);
        (*drill)->restoreLatestBackup(folder, *secret, slotKind(), slot());
        (*drill)->checkReadiness();
        const DrillRun run = (*drill)->run({(*vault)->slotLabel()});
        return keep(**vault, run);
    }

private:
    int keep(Vault& vault, const DrillRun& run)
    {
        auto pdf = DrillReport::pdf(run);
        if (!pdf)
            return report(pdf.error());
        if (auto r = PrivateFile::write(value(m_report), *pdf); !r)
            return report(r.error());
        auto kept = DrillStore(vault).keep(run, *pdf);
        if (!kept)
            return report(kept.error());
        for (const DrillStepResult& s : run.steps)
            out() << QStringLiteral("[%1] %2 — %3 s / %4 s — %5")
                         .arg(DrillStepResult::outcomeWord(s.outcome), DrillStepResult::stepName(s.step))
                         .arg(double(s.elapsedMs) / 1000.0, 0, 'f', 1)
                         .arg(s.targetSecs)
                         .arg(s.detail)
                  << Qt::endl;
        for (const QString& a : DrillReport::actions(run, true))
            out() << Cli::tr("To do: %1").arg(a) << Qt::endl;
        out() << Cli::tr("Drill report written to %1 and kept in the vault (#%2)")
                     .arg(value(m_report))
                     .arg(*kept)
              << Qt::endl;
        return run.passed() ? Cli::Ok : Cli::DrillFailed;
    }

    const QCommandLineOption m_report = required(
        {QStringLiteral("report"), Cli::tr("Write the drill report (PDF) to FILE."), QStringLiteral("FILE")},
        Cli::tr("drill needs --report FILE.pdf"));
    const QCommandLineOption m_backups = option({QStringLiteral("backups"),
        Cli::tr(
            "The backup folder whose latest backup is restored (default: the application's backup folder)."),
        QStringLiteral("DIR")});
};

} // namespace

const CommandInfo commands::drill {"drill", true, &make<DrillCommand>};

} // namespace relais::cli
