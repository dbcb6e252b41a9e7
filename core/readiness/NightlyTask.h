// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace relais {

class Database;
class Vault;

// The nightly task that seals the EHR's export into Relais's inbox: the user-level systemd
// timer and service (Linux) or the Task Scheduler XML (Windows) of packaging/, with the
// practice's real paths filled in. Both variants are generated on any OS (tests read them);
// nothing here talks to the system's scheduler. Owner of the vault's meta key
// `ehr_export_folder` (the folder the EHR exports into each evening).
class NightlyTask
{
    Q_DECLARE_TR_FUNCTIONS(relais::NightlyTask)

public:
    static constexpr auto kServiceFile = "relais-import.service";
    static constexpr auto kTimerFile = "relais-import.timer";
    static constexpr auto kWindowsFile = "relais-import.xml";
    static constexpr auto kExportFolderKey = "ehr_export_folder";

    struct Paths
    {
        QString exportDir;  // where the EHR drops its export
        QString inboxDir;   // Inbox::defaultDir of the vault
        QString cliPath;    // relais-cli
    };
    struct Written
    {
        QStringList files;
        QString enableCommand;  // what the practice runs once to turn it on
    };

    // Full paths, no line break or NUL: the message names the path refused.
    static Result<void> check(const Paths& paths);
    static QString systemdService(const Paths& paths);
    static QString systemdTimer();
    // UTF-16 (little-endian, with its byte-order mark), as schtasks /XML expects.
    static QByteArray windowsTask(const Paths& paths);

    // $XDG_CONFIG_HOME, or ~/.config when it is unset or not absolute.
    static QString configHome();
    // Writes the service and the timer into `configHome`/systemd/user/ (default: configHome()).
    static Result<Written> writeSystemd(const Paths& paths, const QString& configHome = {});
    // Writes relais-import.xml into `folder`.
    static Result<Written> writeWindows(const Paths& paths, const QString& folder);

    // relais-cli beside the running program if it is there, else the installed one.
    static QString defaultCliPath();

    static QString exportFolder(Vault& vault);
    static Result<void> setExportFolder(Vault& vault, const QString& folder);
};

// The setup assistant opens at the first start after a vault is created, once (owner of the
// vault's meta key `setup_assistant`).
struct FirstStart
{
    static constexpr auto kMetaKey = "setup_assistant";
    static bool pending(Vault& vault);
    static Result<void> setPending(Vault& vault, bool pending);
};

} // namespace relais
