// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "readiness/Readiness.h"
#include "vault/Vault.h"

namespace relais::cli {
namespace commands {
extern const CommandInfo check;
}

namespace {

class CheckCommand : public VaultCommand
{
public:
    CheckCommand()
        : VaultCommand(
            commands::check, Cli::tr("the readiness check, one line per item; exit 5 when one is red"))
    { }

protected:
    int runUnlocked(Vault& vault) override
    {
        if (isSet(m_threshold)) {
            auto limits = ReadinessThresholds::load(vault);
            if (!limits)
                return report(limits.error());
            for (const QString& a : values(m_threshold))
                if (auto r = limits->set(a); !r)
                    return usage(r.error().message);
            if (auto r = limits->save(vault); !r)
                return usage(r.error().message);
        }
        const QList<ReadinessItem> items = Readiness(vault).items();
        for (const ReadinessItem& item : items)
            out() << Readiness::line(item) << Qt::endl;
        return Readiness::worst(items) == ReadinessColour::Red ? Cli::NotReady : Cli::Ok;
    }

private:
    const QCommandLineOption m_threshold = option({QStringLiteral("threshold"),
        Cli::tr("Change a limit of the practice and keep it in the vault, NAME=VALUE (snapshot_green_hours, "
                "snapshot_amber_hours, backup_green_days, backup_amber_days, drill_green_days); repeatable."),
        QStringLiteral("NAME=VALUE")});
};

} // namespace

const CommandInfo commands::check {"check", false, &make<CheckCommand>};

} // namespace relais::cli
