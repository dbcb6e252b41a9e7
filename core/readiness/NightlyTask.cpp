// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/NightlyTask.h"

#include "storage/Sqlite.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace relais {

namespace {

// A value inside double quotes in a unit file: backslash and quote escaped, % doubled (specifier).
QString unitQuoted(const QString& s)
{
    QString out = s;
    out.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")).replace(u'%', QLatin1String("%%"));
    return u'"' + out + u'"';
}

// In Exec lines, $ also starts a variable.
QString execQuoted(const QString& s) { return unitQuoted(QString(s).replace(u'$', QLatin1String("$$"))); }

QString psQuoted(const QString& s) { return u'\'' + QString(s).replace(u'\'', QLatin1String("''")) + u'\''; }

QString xmlEscaped(const QString& s) { return s.toHtmlEscaped(); }

Result<void> writeText(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(ErrorKind::Io, NightlyTask::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace

Result<void> NightlyTask::check(const Paths& paths)
{
    const std::pair<QString, QString> named[] = {{tr("The EHR's export folder"), paths.exportDir},
                                                 {tr("The inbox folder"), paths.inboxDir},
                                                 {tr("relais-cli"), paths.cliPath}};
    for (const auto& [what, path] : named) {
        if (path.trimmed().isEmpty())
            return fail(ErrorKind::Invalid, tr("%1 is not given").arg(what));
        if (QDir::isRelativePath(path))
            return fail(ErrorKind::Invalid, tr("%1 must be a full path (it is \"%2\")").arg(what, path));
        if (path.contains(u'\n') || path.contains(u'\r') || path.contains(QChar(0)))
            return fail(ErrorKind::Invalid, tr("%1 contains a line break: refused").arg(what));
    }
    return {};
}

QString NightlyTask::systemdService(const Paths& p)
{
    return QStringLiteral(
               "# Written by Relais (setup assistant). Nightly: seal the EHR's export into Relais's inbox.\n"
               "# No passphrase is needed or stored here: the files are encrypted to the vault's public key\n"
               "# (published in the inbox at each unlock) and merged by Relais at the next unlock.\n"
               "[Unit]\n"
               "Description=Seal the EHR export into the Relais inbox\n"
               "\n"
               "[Service]\n"
               "Type=oneshot\n"
               "Environment=%1\n"
               "Environment=%2\n"
               "ExecStart=%3 import --inbox ${INBOX_DIR} ${EXPORT_DIR}\n"
               "# The export holds health data in the clear: remove it once sealed.\n"
               "ExecStartPost=/usr/bin/find ${EXPORT_DIR} -mindepth 1 -type f -delete\n"
               "UMask=0077\n"
               "NoNewPrivileges=yes\n"
               "PrivateTmp=yes\n")
        .arg(unitQuoted(QStringLiteral("EXPORT_DIR=") + QDir::cleanPath(p.exportDir)),
             unitQuoted(QStringLiteral("INBOX_DIR=") + QDir::cleanPath(p.inboxDir)), execQuoted(QDir::cleanPath(p.cliPath)));
}

QString NightlyTask::systemdTimer()
{
    return QStringLiteral("# Written by Relais (setup assistant).\n"
                          "[Unit]\n"
                          "Description=Nightly Relais snapshot (23:00)\n"
                          "\n"
                          "[Timer]\n"
                          "OnCalendar=*-*-* 23:00:00\n"
                          "Persistent=true\n"
                          "RandomizedDelaySec=10min\n"
                          "\n"
                          "[Install]\n"
                          "WantedBy=timers.target\n");
}

QByteArray NightlyTask::windowsTask(const Paths& p)
{
    const QString cli = QDir::toNativeSeparators(QDir::cleanPath(p.cliPath));
    const QString inbox = QDir::toNativeSeparators(QDir::cleanPath(p.inboxDir));
    const QString exportDir = QDir::toNativeSeparators(QDir::cleanPath(p.exportDir));
    const QString command = QStringLiteral("& %1 import --inbox %2 %3; if ($LASTEXITCODE -eq 0) { Get-ChildItem %3 -File | "
                                           "Remove-Item }")
                                .arg(psQuoted(cli), psQuoted(inbox), psQuoted(exportDir));
    const QString xml =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-16\"?>\r\n"
                       "<!-- Written by Relais (setup assistant). Nightly Relais snapshot for Windows Task Scheduler:\r\n"
                       "     schtasks /Create /TN \"Relais import\" /XML relais-import.xml\r\n"
                       "     Runs as the practice user; needs no passphrase (the files are sealed to the vault's public "
                       "key). -->\r\n"
                       "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\r\n"
                       "  <RegistrationInfo>\r\n"
                       "    <Description>Seal the EHR export into the Relais inbox; Relais merges it at the next "
                       "unlock.</Description>\r\n"
                       "  </RegistrationInfo>\r\n"
                       "  <Triggers>\r\n"
                       "    <CalendarTrigger>\r\n"
                       "      <StartBoundary>2026-01-01T23:00:00</StartBoundary>\r\n"
                       "      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>\r\n"
                       "    </CalendarTrigger>\r\n"
                       "  </Triggers>\r\n"
                       "  <Settings>\r\n"
                       "    <StartWhenAvailable>true</StartWhenAvailable>\r\n"
                       "    <ExecutionTimeLimit>PT2H</ExecutionTimeLimit>\r\n"
                       "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\r\n"
                       "  </Settings>\r\n"
                       "  <Actions Context=\"Author\">\r\n"
                       "    <Exec>\r\n"
                       "      <Command>powershell.exe</Command>\r\n"
                       "      <Arguments>-NoProfile -ExecutionPolicy Bypass -Command %1</Arguments>\r\n"
                       "    </Exec>\r\n"
                       "  </Actions>\r\n"
                       "</Task>\r\n")
            .arg(xmlEscaped(u'"' + QString(command).replace(u'"', QLatin1String("\\\"")) + u'"'));
    QByteArray out("\xFF\xFE", 2);
    for (const QChar c : xml) {
        const char16_t u = c.unicode();
        out.append(char(u & 0xFF));
        out.append(char(u >> 8));
    }
    return out;
}

QString NightlyTask::configHome()
{
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!xdg.isEmpty() && QDir::isAbsolutePath(xdg))
        return QDir::cleanPath(xdg);
    return QDir::home().filePath(QStringLiteral(".config"));
}

Result<NightlyTask::Written> NightlyTask::writeSystemd(const Paths& paths, const QString& configHome)
{
    if (auto r = check(paths); !r)
        return std::unexpected(r.error());
    const QString dir = QDir(configHome.isEmpty() ? NightlyTask::configHome() : configHome).filePath(QStringLiteral("systemd/user"));
    if (!QDir().mkpath(dir))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1").arg(dir));
    Written out;
    const std::pair<QString, QString> files[] = {{QString::fromLatin1(kServiceFile), systemdService(paths)},
                                                 {QString::fromLatin1(kTimerFile), systemdTimer()}};
    for (const auto& [name, text] : files) {
        const QString path = QDir(dir).filePath(name);
        if (auto r = writeText(path, text.toUtf8()); !r)
            return std::unexpected(r.error());
        out.files.append(path);
    }
    out.enableCommand = QStringLiteral("systemctl --user daemon-reload && systemctl --user enable --now %1")
                            .arg(QLatin1String(kTimerFile));
    return out;
}

Result<NightlyTask::Written> NightlyTask::writeWindows(const Paths& paths, const QString& folder)
{
    if (auto r = check(paths); !r)
        return std::unexpected(r.error());
    if (!QDir().mkpath(folder))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1").arg(folder));
    const QString path = QDir(folder).filePath(QLatin1String(kWindowsFile));
    if (auto r = writeText(path, windowsTask(paths)); !r)
        return std::unexpected(r.error());
    return Written{{path}, QStringLiteral("schtasks /Create /TN \"Relais import\" /XML \"%1\"").arg(QDir::toNativeSeparators(path))};
}

QString NightlyTask::defaultCliPath()
{
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("relais-cli.exe");
#else
    const QString name = QStringLiteral("relais-cli");
#endif
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    if (QFileInfo(beside).isExecutable())
        return beside;
#ifdef Q_OS_WIN
    return QStringLiteral("C:/Program Files/Relais/relais-cli.exe");
#else
    return QStringLiteral("/usr/bin/relais-cli");
#endif
}

QString NightlyTask::exportFolder(Vault& vault)
{
    return VaultMeta(vault).text(kExportFolderKey);
}

Result<void> NightlyTask::setExportFolder(Vault& vault, const QString& folder)
{
    if (QDir::isRelativePath(folder) || folder.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("The EHR's export folder must be a full path (it is \"%1\")").arg(folder));
    return VaultMeta(vault).set(kExportFolderKey, QDir::cleanPath(folder));
}

bool FirstStart::pending(Vault& vault)
{
    return VaultMeta(vault).text(kMetaKey) == QLatin1String("pending");
}

Result<void> FirstStart::setPending(Vault& vault, bool pending)
{
    return VaultMeta(vault).set(kMetaKey, pending ? QStringLiteral("pending") : QStringLiteral("done"));
}

} // namespace relais
