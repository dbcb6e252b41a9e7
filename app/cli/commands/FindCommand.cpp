// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "audit/AuditLog.h"
#include "records/Nir.h"
#include "records/PatientSearch.h"
#include "vault/Vault.h"

#include <QLocale>

namespace relais::cli {
namespace commands {
extern const CommandInfo find;
}

namespace {

class FindCommand : public VaultCommand
{
public:
    FindCommand()
        : VaultCommand(commands::find, Cli::tr("search patients as the search box does"))
    {
        argument({QStringLiteral("QUERY"), Cli::tr("A name, a date of birth, or digits of a NIR or phone."),
            true, true, Cli::tr("find needs a query: a name, a date of birth or digits of a NIR or phone")});
    }

protected:
    int runUnlocked(Vault& vault) override
    {
        auto result = PatientSearch(vault.db())
                          .search(positional().join(u' '), qBound(1, value(m_limit).toInt(), 1000));
        if (!result)
            return report(result.error());
        (void)vault.audit().append(QStringLiteral("patient.search"), QString(), QString(),
            QStringLiteral("results=%1").arg(result->total));
        const QLocale locale;
        for (const PatientHit& h : std::as_const(result->hits))
            out() << h.id << '\t' << h.displayName() << '\t'
                  << locale.toString(h.birthDate, QLocale::ShortFormat) << '\t' << sexCode(h.sex) << '\t'
                  << identityStatusCode(h.identityStatus) << '\t' << Nir::format(h.matricule) << Qt::endl;
        QTextStream(stderr) << Cli::tr("%1 match(es), %2 shown").arg(result->total).arg(result->hits.size())
                            << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_limit = option(limitOption(Cli::tr("At most N matches.")));
};

} // namespace

const CommandInfo commands::find {"find", false, &make<FindCommand>};

} // namespace relais::cli
