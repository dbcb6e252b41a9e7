// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/FhirClient.h"

#include "sync/FhirExport.h"
#include "vault/Sqlite.h"
#include "vault/Vault.h"

#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "relais.sync")

namespace relais {

using namespace Qt::StringLiterals;

namespace {

// The server's own words: the OperationOutcome's issues, else the start of the body.
QString outcomeText(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QStringList parts;
    for (const QJsonValue& issue : o.value(u"issue"_s).toArray()) {
        QString text = issue[u"details"_s][u"text"_s].toString();
        if (text.isEmpty())
            text = issue[u"diagnostics"_s].toString();
        if (text.isEmpty())
            text = issue[u"code"_s].toString();
        if (!issue[u"expression"_s].toArray().isEmpty())
            text += u" ("_s + issue[u"expression"_s].toArray().first().toString() + u')';
        parts.append(text);
    }
    if (!parts.isEmpty())
        return parts.join(u"; "_s);
    return QString::fromUtf8(body.left(300)).simplified();
}

} // namespace

FhirClient::FhirClient(Vault& vault, Config config, Outbox::RetryPolicy policy)
    : m_vault(vault), m_config(std::move(config)), m_policy(policy)
{
}

Result<void> FhirClient::checkUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return fail(ErrorKind::Invalid, tr("The server address \"%1\" is not a valid URL").arg(url.toString()));
    if (url.scheme() == u"https"_s)
        return {};
    if (url.scheme() == u"http"_s && QHostAddress(url.host()) == QHostAddress(QHostAddress::LocalHost))
        return {};
    return fail(ErrorKind::Invalid,
                tr("The server address must start with https:// (patient data never travels unencrypted); "
                   "http:// is accepted only for 127.0.0.1"));
}

Result<void> FhirClient::storeToken(Database& db, const QString& token)
{
    auto q = db.prepare(u"INSERT OR REPLACE INTO sync_setting (key, value) VALUES ('bearer_token', ?)"_s);
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, token);
    return q->run();
}

Result<QString> FhirClient::storedToken(Database& db)
{
    auto v = db.scalar(u"SELECT value FROM sync_setting WHERE key = 'bearer_token'"_s);
    if (!v)
        return std::unexpected(v.error());
    return v->toString();
}

Result<FhirClient::Report> FhirClient::syncDue()
{
    if (auto r = checkUrl(m_config.baseUrl); !r)
        return std::unexpected(r.error());
    Outbox box(m_vault.db(), m_vault.clock(), m_policy);
    auto due = box.duePatients();
    if (!due)
        return std::unexpected(due.error());
    Report total;
    for (qint64 pid : std::as_const(*due)) {
        auto r = pushPatient(pid);
        if (!r)
            return std::unexpected(r.error());
        total.patients += r->patients;
        total.acknowledged += r->acknowledged;
        total.failed += r->failed;
        total.conflicts += r->conflicts;
        total.errors += r->errors;
    }
    (void)m_vault.audit().append(u"sync.push"_s, QString(), QString(),
                                 u"bundles=%1 acknowledged=%2 failed=%3 conflicts=%4"_s.arg(total.patients)
                                     .arg(total.acknowledged).arg(total.failed).arg(total.conflicts));
    return total;
}

Result<FhirClient::Report> FhirClient::pushPatient(qint64 patientId)
{
    if (auto r = checkUrl(m_config.baseUrl); !r)
        return std::unexpected(r.error());
    Outbox box(m_vault.db(), m_vault.clock(), m_policy);
    auto entries = box.unsent(patientId);
    if (!entries)
        return std::unexpected(entries.error());
    Report report;
    if (entries->isEmpty())
        return report;
    auto bundle = FhirExport(m_vault).build(patientId, *entries);
    if (!bundle)
        return std::unexpected(bundle.error());
    auto token = storedToken(m_vault.db());
    if (!token)
        return std::unexpected(token.error());

    QNetworkRequest request(m_config.baseUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(FhirExport::kMimeType));
    request.setRawHeader("Accept", FhirExport::kMimeType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!token->isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token->toUtf8());
    if (m_config.baseUrl.scheme() == u"https"_s) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!m_config.caFile.isEmpty()) {
            const auto certs = QSslCertificate::fromPath(m_config.caFile, QSsl::Pem);
            if (certs.isEmpty())
                return fail(ErrorKind::Invalid, tr("No certificate could be read from %1").arg(m_config.caFile));
            ssl.addCaCertificates(certs);
        }
        request.setSslConfiguration(ssl);
    }

    if (auto r = box.markSending(*entries); !r)
        return std::unexpected(r.error());
    report.patients = 1;
    QNetworkAccessManager nam;
    QEventLoop loop;
    QNetworkReply* reply = nam.post(request, FhirExport::toJson(bundle->bundle));
    bool uploaded = false;
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [&](qint64 sent, qint64 total) {
        if (!uploaded && total > 0 && sent == total) {
            uploaded = true;
            (void)box.markSent(*entries);  // from here, "sent but no reply" if nothing comes back
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    timer.start(m_config.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    timer.stop();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString who = tr("patient %1").arg(patientId);
    Result<void> written;
    if (timedOut || status == 0) {
        const QString why = timedOut ? tr("no answer within %1 s").arg(m_config.timeoutMs / 1000) : reply->errorString();
        // A certificate problem needs a person; other network errors heal by themselves.
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        written = box.markFailed(*entries, why, !tls);
        report.failed = 1;
        report.errors.append(u"%1: %2"_s.arg(who, why));
    } else if (status >= 200 && status < 300) {
        const QJsonArray answers = QJsonDocument::fromJson(body).object().value(u"entry"_s).toArray();
        QHash<qint64, QString> ids;
        for (qsizetype i = 0; i < answers.size() && i < bundle->outboxIdOfEntry.size(); ++i) {
            if (!bundle->outboxIdOfEntry.at(i))
                continue;
            QString location = answers.at(i)[u"response"_s][u"location"_s].toString();
            if (const qsizetype h = location.indexOf(u"/_history"_s); h > 0)
                location.truncate(h);
            ids.insert(bundle->outboxIdOfEntry.at(i), location);
        }
        written = box.markAcknowledged(*entries, ids);
        report.acknowledged = 1;
    } else {
        const QString why = u"HTTP %1: %2"_s.arg(status).arg(outcomeText(body));
        if (status == 409 || status == 412) {
            written = box.markConflict(*entries, why);
            report.conflicts = 1;
        } else {
            written = box.markFailed(*entries, why, status >= 500 || status == 429 || status == 408);
            report.failed = 1;
        }
        report.errors.append(u"%1: %2"_s.arg(who, why));
    }
    reply->deleteLater();
    qCInfo(lcSync) << "bundle for patient" << patientId << "entries" << entries->size() << "status" << status;
    if (!written)
        return std::unexpected(written.error());
    return report;
}

} // namespace relais
