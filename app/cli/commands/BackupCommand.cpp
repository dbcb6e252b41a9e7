// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommand.h"
#include "backup/Backup.h"
#include "vault/Vault.h"

#include <QFileInfo>

namespace relais::cli {
namespace commands {
extern const CommandInfo backup;
}

namespace {

class BackupCommand : public VaultCommand
{
public:
    BackupCommand()
        : VaultCommand(
            commands::backup, Cli::tr("write an encrypted copy of the vault, verify it, then rotate"))
    { }

protected:
    int prepare() override
    {
        m_keep.clear();
        for (const QString& k : value(m_keepOption).split(u',')) {
            bool ok = false;
            m_keep.append(k.trimmed().toInt(&ok));
            if (!ok || m_keep.last() < 0 || m_keep.last() > 1000)
                m_keep.clear();
            if (m_keep.isEmpty())
                break;
        }
        if (m_keep.size() != 3 || m_keep.at(0) < 1)
            return usage(Cli::tr(
                "--keep takes three numbers, daily,weekly,monthly (daily at least 1), for example 7,4,12"));
        return -1;
    }

    int runUnlocked(Vault& vault) override
    {
        // Without --to, the folder the practice chose; the first --to given becomes that folder.
        QString folder = Backup::folder(vault);
        if (isSet(m_to)) {
            const QString given = QFileInfo(value(m_to)).absoluteFilePath();
            if (folder.isEmpty())
                if (auto r = Backup::setFolder(vault, given); !r)
                    return report(r.error());
            folder = given;
        }
        if (folder.isEmpty())
            return usage(Cli::tr("backup needs --to DIR (no backup folder is chosen for this vault yet)"));
        Backup::Options options;
        if (isSet(m_keepOption)) {
            options.rotation = BackupRotation {m_keep.at(0), m_keep.at(1), m_keep.at(2)};
        } else {
            auto stored = BackupRotation::load(vault);
            if (!stored)
                return report(stored.error());
            options.rotation = *stored;
        }
        auto made = Backup::create(vault, folder, options);
        if (!made)
            return report(made.error());
        out() << Cli::tr("Backup written and verified: %1").arg(made->path) << Qt::endl
              << Cli::tr("%1 table(s), %2 row(s), audit trail up to #%3")
                     .arg(made->manifest.rowCounts.size())
                     .arg(made->manifest.totalRows())
                     .arg(made->manifest.auditSeq)
              << Qt::endl;
        for (const QString& r : std::as_const(made->removed))
            out() << Cli::tr("Removed by the rotation: %1").arg(r) << Qt::endl;
        out() << lastBackupLine(vault) << Qt::endl;
        return Cli::Ok;
    }

private:
    QList<int> m_keep;
    const QCommandLineOption m_to = option({QStringLiteral("to"),
        Cli::tr("The folder that receives the backups (needed the first time; then the vault's folder)."),
        QStringLiteral("DIR")});
    const QCommandLineOption m_keepOption = option({QStringLiteral("keep"),
        Cli::tr("Backups kept by the rotation, daily,weekly,monthly (default: the vault's counts)."),
        QStringLiteral("D,W,M"), QStringLiteral("7,4,12")});
};

} // namespace

const CommandInfo commands::backup {"backup", false, &make<BackupCommand>};

} // namespace relais::cli
