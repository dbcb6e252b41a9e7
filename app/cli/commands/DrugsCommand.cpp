// SPDX-License-Identifier: GPL-3.0-or-later
#include "Command.h"
#include "drugs/DrugReference.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo drugs;
}

namespace {

class DrugsCommand : public Command
{
public:
    DrugsCommand()
        : Command(
            commands::drugs, Cli::tr("search the drug reference (substance, brand, CIS or CIP), best first"))
    {
        argument({QStringLiteral("QUERY"), Cli::tr("A substance, a brand, or a CIS or CIP code."), true, true,
            Cli::tr("drugs needs a query: a substance, a brand or a CIS or CIP code")});
    }

protected:
    int run() override
    {
        auto ref = DrugReference::open(DrugReference::pathBeside(vaultPath(m_vault)));
        if (!ref)
            return report(ref.error());
        auto hits = (*ref)->search(positional().join(u' '), qBound(1, value(m_limit).toInt(), 1000));
        if (!hits)
            return report(hits.error());
        for (const DrugHit& h : std::as_const(*hits))
            out() << h.cis << '\t' << h.display() << Qt::endl;
        QTextStream(stderr) << Cli::tr("%1 match(es); %2").arg(hits->size()).arg((*ref)->describe())
                            << Qt::endl;
        return Cli::Ok;
    }

private:
    const QCommandLineOption m_vault = option(vaultOption());
    const QCommandLineOption m_limit = option(limitOption(Cli::tr("At most N matches.")));
};

} // namespace

const CommandInfo commands::drugs {"drugs", false, &make<DrugsCommand>};

} // namespace relais::cli
