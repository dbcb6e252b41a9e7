// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>

#include <cstring>

namespace relais::test {

SecureBytes secret(const char* text) { return SecureBytes(text, std::strlen(text)); }

QString artefactDir()
{
    const QString dir = QStringLiteral(RELAIS_TEST_BINARY_DIR "/artefacts");
    QDir().mkpath(dir);
    return dir;
}

CliRun runCli(const QStringList& args, const QString& xdgDataHome, const QByteArray& stdinData)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), xdgDataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(RELAIS_CLI_PATH), args);
    if (!p.waitForStarted())
        return {};
    p.write(stdinData);
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace relais::test
