// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace relais::test {

// The loopback FHIR server of tests/sync/fhir-server (medplum, in memory), installed with
// `npm ci` into the build tree the first time. start() says why when it cannot run.
class FhirTestServer
{
public:
    // CI sets RELAIS_REQUIRE_FHIR_SERVER=1: there, a server that cannot start fails the tests
    // instead of skipping them (a green run must have pushed to a real server).
    static bool required() { return qEnvironmentVariableIntValue("RELAIS_REQUIRE_FHIR_SERVER") == 1; }

    ~FhirTestServer() { stop(); }

    bool start(QString* why, const QString& token = {})
    {
        const QString node = QStandardPaths::findExecutable("node");
        const QString npm = QStandardPaths::findExecutable("npm");
        if (node.isEmpty() || npm.isEmpty()) {
            *why = "node and npm are not installed (the sync tests need Node.js 20 for the medplum test server)";
            return false;
        }
        QProcess v;
        v.start(node, {"--version"});
        v.waitForFinished(10000);
        const int major = QString::fromLatin1(v.readAllStandardOutput()).mid(1).section('.', 0, 0).toInt();
        if (major < 20) {
            *why = QString("Node.js %1 is too old for the medplum test server (20 or newer)").arg(major);
            return false;
        }
        const QString src = QStringLiteral(RELAIS_TEST_SOURCE_DIR) + "/sync/fhir-server";
        const QString dir = QStringLiteral(RELAIS_TEST_BINARY_DIR) + "/sync/fhir-server";
        QDir().mkpath(dir);
        for (const char* f : {"package.json", "package-lock.json", "server.js"}) {
            QFile::remove(dir + "/" + f);
            QFile::copy(src + "/" + f, dir + "/" + f);
        }
        if (!QFile::exists(dir + "/node_modules/@medplum/fhir-router/package.json")) {
            QProcess install;
            install.setWorkingDirectory(dir);
            install.start(npm, {"ci", "--no-audit", "--no-fund", "--loglevel=error"});
            if (!install.waitForFinished(300000) || install.exitCode() != 0) {
                *why = "npm ci for the medplum test server failed (no registry access?): "
                    + QString::fromUtf8(install.readAllStandardError()).left(400);
                return false;
            }
        }
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FHIR_TOKEN", token);
        m_process.setProcessEnvironment(env);
        m_process.setWorkingDirectory(dir);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(node, {"server.js"});
        QByteArray out;
        while (m_process.waitForReadyRead(60000)) {
            out += m_process.readAllStandardOutput();
            if (out.contains('\n'))
                break;
        }
        if (!out.startsWith("LISTENING ")) {
            *why = "the medplum test server did not start: " + QString::fromUtf8(m_process.readAllStandardError()).left(400);
            stop();
            return false;
        }
        m_port = out.mid(10).trimmed().toInt();
        return true;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    QString baseUrl() const { return QString("http://127.0.0.1:%1/").arg(m_port); }

    // Control and statistics, by a blocking request through curl-free Qt: see tst_sync.
    int port() const { return m_port; }

    // Writes a resource the EHR already holds (its own patients, which the Bundles reference and
    // the server checks) with a PUT to path ("Patient/ehr-42"). Returns the HTTP status.
    int put(const QString& path, const QJsonObject& resource, const QString& token = {}) const
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(baseUrl() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/fhir+json");
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply* r = nam.put(req, QJsonDocument(resource).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!r->isFinished())
            loop.exec();
        const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r->deleteLater();
        return status;
    }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace relais::test

// In a test function: skips when the loopback server could not start, or fails when it is required.
#define RELAIS_REQUIRE_SERVER(running, why)                                                                  \
    do {                                                                                                     \
        if (!(running)) {                                                                                    \
            if (relais::test::FhirTestServer::required())                                                    \
                QFAIL(qPrintable(QStringLiteral("FHIR test server required but unavailable: ") + (why)));    \
            QSKIP(qPrintable(QStringLiteral("FHIR test server unavailable: ") + (why)));                     \
        }                                                                                                    \
    } while (false)
