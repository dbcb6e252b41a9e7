// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "audit/AuditLog.h"
#include "prescribing/PrescriptionStore.h"
#include "records/PatientSearch.h"
#include "vault/Vault.h"

#include <QLocale>

namespace relais::cli {
namespace commands {
extern const CommandInfo prescriptions;
}

namespace {

class PrescriptionsCommand : public VaultCommand
{
public:
    PrescriptionsCommand()
        : VaultCommand(commands::prescriptions, Cli::tr("list prescriptions (id, date, patient, prescriber)"))
    {
        argument({QStringLiteral("QUERY"),
            Cli::tr("Only the prescriptions of the patients this search finds."), false, true});
    }

protected:
    int runUnlocked(Vault& vault) override
    {
        const QString words = positional().join(u' ');
        QList<qint64> patients;
        if (!words.isEmpty()) {
            auto found = PatientSearch(vault.db()).search(words, 1000);
            if (!found)
                return report(found.error());
            for (const PatientHit& h : std::as_const(found->hits))
                patients.append(h.id);
            if (patients.isEmpty()) {
                QTextStream(stderr) << Cli::tr("No patient matches \"%1\"").arg(words) << Qt::endl;
                return Cli::Ok;
            }
        }
        auto list = PrescriptionStore(vault).list(patients, qBound(1, value(m_limit).toInt(), 100000));
        if (!list)
            return report(list.error());
        (void)vault.audit().append(QStringLiteral("prescription.list"), QString(), QString(),
            QStringLiteral("results=%1").arg(list->size()));
        const QLocale locale;
        for (const PrescriptionStore::Summary& s : std::as_const(*list))
            out() << s.id << '\t' << locale.toString(s.date, QLocale::ShortFormat) << '\t' << s.patientName
                  << '\t' << s.practitionerName << Qt::endl;
        QTextStream(stderr) << Cli::tr("%n prescription(s)", nullptr, int(list->size())) << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_limit
        = option(limitOption(Cli::tr("At most N prescriptions, the latest first.")));
};

} // namespace

const CommandInfo commands::prescriptions {"prescriptions", false, &make<PrescriptionsCommand>};

} // namespace relais::cli
