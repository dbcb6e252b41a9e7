// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/FhirClient.h"

#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "sync/Conflict.h"
#include "sync/FhirExport.h"
#include "sync/PossibleDuplicates.h"
#include "sync/SyncSettings.h"
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

#include <cstring>

#include <sodium.h>

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

// The version a server gave a resource it stored: ETag, then location, then the resource.
QString versionOf(const QJsonObject& answer)
{
    const QJsonObject response = answer.value(u"response"_s).toObject();
    QString etag = response.value(u"etag"_s).toString();
    if (!etag.isEmpty()) {
        etag.remove(u"W/"_s);
        etag.remove(u'"');
        return etag;
    }
    const QString location = response.value(u"location"_s).toString();
    if (const qsizetype h = location.indexOf(u"/_history/"_s); h > 0)
        return location.mid(h + 10).section(u'/', 0, 0);
    return answer.value(u"resource"_s)[u"meta"_s][u"versionId"_s].toString();
}

// The 3-digit code that starts a Bundle.entry.response.status ("201 Created", "200"), 0 if none.
int entryStatus(const QJsonValue& entry)
{
    const QString status = entry[u"response"_s][u"status"_s].toString().trimmed();
    if (status.size() < 3 || (status.size() > 3 && status.at(3) != u' '))
        return 0;
    bool ok = false;
    const int code = status.left(3).toInt(&ok);
    return ok ? code : 0;
}

// Where the server put an entry's resource: "Encounter/123" (no version), from response.location
// or, failing that, the resource it returned.
QString locationOf(const QJsonValue& entry)
{
    QString location = entry[u"response"_s][u"location"_s].toString();
    if (const qsizetype h = location.indexOf(u"/_history"_s); h > 0)
        location.truncate(h);
    // An absolute location ("https://ehr/fhir/Encounter/123") is kept as its last two segments.
    if (location.contains(u"://"_s))
        location = location.section(u'/', -2);
    if (location.isEmpty()) {
        const QJsonValue r = entry[u"resource"_s];
        if (!r[u"resourceType"_s].toString().isEmpty() && !r[u"id"_s].toString().isEmpty())
            location = r[u"resourceType"_s].toString() + u'/' + r[u"id"_s].toString();
    }
    return location;
}

} // namespace

QString FhirClient::checkTransactionResponse(const QByteArray& body, const QString& contentType, qsizetype sent,
                                             QJsonArray* answers)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        QString start = QString::fromUtf8(body.left(120)).simplified();
        if (body.size() > 120)
            start += u'…';
        return tr("the answer is not FHIR JSON (%1: \"%2\"); a proxy or a login page may be in the way")
            .arg(contentType.isEmpty() ? tr("no content type") : contentType, start);
    }
    const QJsonObject o = doc.object();
    const QString type = o.value(u"resourceType"_s).toString();
    if (type != u"Bundle"_s)
        return type.isEmpty() ? tr("the answer is JSON without a resourceType, not a FHIR transaction-response")
                              : tr("the answer is a FHIR %1, not a Bundle of type transaction-response").arg(type);
    const QString bundleType = o.value(u"type"_s).toString();
    if (bundleType != u"transaction-response"_s)
        return tr("the answer is a Bundle of type \"%1\", not \"transaction-response\"").arg(bundleType);
    const QJsonArray entries = o.value(u"entry"_s).toArray();
    if (entries.size() != sent)
        return tr("the transaction-response has %1 entries for the %2 sent").arg(entries.size()).arg(sent);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const int status = entryStatus(entries.at(i));
        if (status >= 200 && status < 300)
            continue;
        const QJsonObject outcome = entries.at(i)[u"response"_s][u"outcome"_s].toObject();
        const QString said = outcome.isEmpty() ? QString() : outcomeText(QJsonDocument(outcome).toJson());
        if (!status)
            return tr("entry %1 of the transaction-response has no valid status").arg(i + 1);
        return said.isEmpty() ? tr("entry %1 of the transaction-response has status %2").arg(i + 1).arg(status)
                              : tr("entry %1 of the transaction-response has status %2: %3").arg(i + 1).arg(status).arg(said);
    }
    if (answers)
        *answers = entries;
    return {};
}

FhirClient::FhirClient(Vault& vault, Config config, Outbox::RetryPolicy policy)
    : m_vault(vault), m_config(std::move(config)), m_policy(policy)
{
}

FhirClient::~FhirClient() { wipeAuthorization(); }

void FhirClient::wipeAuthorization()
{
    // constData(): no detach, so the bytes the request shared are the ones zeroed.
    if (!m_authorization.isEmpty())
        sodium_memzero(const_cast<char*>(m_authorization.constData()), std::size_t(m_authorization.size()));
    m_authorization = QByteArray();
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

Result<void> FhirClient::storeToken(Vault& vault, QByteArrayView token)
{
    return SyncSettings::storeToken(vault, token);
}

Result<SecureBytes> FhirClient::storedToken(Vault& vault)
{
    return SyncSettings::storedToken(vault);
}

Result<FhirClient::Report> FhirClient::syncDue(const std::function<void(int, int)>& progress)
{
    if (auto r = checkUrl(m_config.baseUrl); !r)
        return std::unexpected(r.error());
    Outbox box(m_vault, m_vault.clock(), m_policy);
    auto due = box.duePatients();
    if (!due)
        return std::unexpected(due.error());
    Report total;
    int done = 0;
    if (progress)
        progress(0, int(due->size()));
    for (qint64 pid : std::as_const(*due)) {
        auto duplicates = PossibleDuplicates::find(m_vault, pid);
        if (!duplicates)
            return std::unexpected(duplicates.error());
        for (const PossibleDuplicate& d : std::as_const(*duplicates))
            total.possibleDuplicates.append(d.describe());
        auto r = pushPatient(pid);
        if (!r)
            return std::unexpected(r.error());
        total.patients += r->patients;
        total.acknowledged += r->acknowledged;
        total.failed += r->failed;
        total.conflicts += r->conflicts;
        total.errors += r->errors;
        if (progress)
            progress(++done, int(due->size()));
    }
    (void)m_vault.audit().append(u"sync.push"_s, QString(), QString(),
                                 u"bundles=%1 acknowledged=%2 failed=%3 conflicts=%4"_s.arg(total.patients)
                                     .arg(total.acknowledged).arg(total.failed).arg(total.conflicts));
    return total;
}

Result<QNetworkRequest> FhirClient::makeRequest(const QUrl& url)
{
    auto token = storedToken(m_vault);
    if (!token)
        return std::unexpected(token.error());
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray(FhirExport::kMimeType));
    request.setRawHeader("Accept", FhirExport::kMimeType);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    wipeAuthorization();  // the previous request is over
    if (!token->isEmpty()) {
        static constexpr QByteArrayView kBearer("Bearer ");
        m_authorization = QByteArray(kBearer.size() + qsizetype(token->size()), Qt::Uninitialized);
        std::memcpy(m_authorization.data(), kBearer.data(), std::size_t(kBearer.size()));
        std::memcpy(m_authorization.data() + kBearer.size(), token->data(), token->size());
        request.setRawHeader("Authorization", m_authorization);  // shares the buffer wiped later
    }
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
    return request;
}

Result<QJsonObject> FhirClient::read(const QString& reference)
{
    QUrl base = m_config.baseUrl;  // "https://ehr/fhir" + "Patient/1": keep the "fhir" segment
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    auto request = makeRequest(base.resolved(QUrl(reference)));
    if (!request)
        return std::unexpected(request.error());
    QNetworkAccessManager nam;
    QEventLoop loop;
    QNetworkReply* reply = nam.get(*request);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    timer.start(m_config.timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    wipeAuthorization();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    const QString error = reply->errorString();
    reply->deleteLater();
    if (status != 200)
        return fail(ErrorKind::Other, tr("Reading %1 from the EHR failed: %2")
                                          .arg(reference, status ? u"HTTP %1: %2"_s.arg(status).arg(outcomeText(body)) : error));
    const QJsonObject resource = QJsonDocument::fromJson(body).object();
    if (resource.value(u"resourceType"_s).toString() != reference.section(u'/', 0, 0))
        return fail(ErrorKind::Other, tr("Reading %1 from the EHR failed: the answer is not that FHIR resource (%2)")
                                          .arg(reference, QString::fromUtf8(body.left(120)).simplified()));
    return resource;
}

Result<FhirClient::Report> FhirClient::pushPatient(qint64 patientId)
{
    if (auto r = checkUrl(m_config.baseUrl); !r)
        return std::unexpected(r.error());
    Outbox box(m_vault, m_vault.clock(), m_policy);
    auto unsent = box.unsent(patientId);
    if (!unsent)
        return std::unexpected(unsent.error());
    // An entry in conflict waits for the user's choice (sync/Conflict); the rest goes.
    QList<OutboxEntry> entries;
    for (const OutboxEntry& e : std::as_const(*unsent))
        if (e.state != OutboxEntry::State::Conflict)
            entries.append(e);
    Report report;
    if (entries.isEmpty())
        return report;
    FhirExport exporter(m_vault);
    exporter.setUseEhrIds(FhirExport::sameServerAsSnapshot(m_vault, m_config.baseUrl));
    auto bundle = exporter.build(patientId, entries);
    if (!bundle)
        return std::unexpected(bundle.error());
    if (bundle->outboxIdOfEntry.isEmpty()) {
        // Only records with no FHIR form (a certificate, a document for an already-sent patient):
        // nothing to send, and an empty transaction would be refused for ever. They go on paper.
        report.patients = 1;
        report.acknowledged = 1;
        if (auto r = box.markAcknowledged(entries, {}); !r)
            return std::unexpected(r.error());
        qCInfo(lcSync) << "patient" << patientId << "entries" << entries.size() << "have no FHIR form: nothing sent";
        return report;
    }
    auto made = makeRequest(m_config.baseUrl);
    if (!made)
        return std::unexpected(made.error());
    const QNetworkRequest request = *made;

    if (auto r = box.markSending(entries); !r)
        return std::unexpected(r.error());
    report.patients = 1;
    QNetworkAccessManager nam;
    QEventLoop loop;
    QNetworkReply* reply = nam.post(request, FhirExport::toJson(bundle->bundle));
    bool uploaded = false;
    QObject::connect(reply, &QNetworkReply::uploadProgress, reply, [&](qint64 sent, qint64 total) {
        if (!uploaded && total > 0 && sent == total) {
            uploaded = true;
            (void)box.markSent(entries);  // from here, "sent but no reply" if nothing comes back
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
    wipeAuthorization();

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString who = tr("patient %1").arg(patientId);
    Result<void> written;
    // Only the EHR's own transaction-response, entry for entry, says the records are stored.
    QJsonArray answers;
    QString notReceived;
    if (!timedOut && status >= 200 && status < 300)
        notReceived = checkTransactionResponse(body, reply->header(QNetworkRequest::ContentTypeHeader).toString(),
                                               bundle->outboxIdOfEntry.size(), &answers);
    if (timedOut || status == 0) {
        const QString why = timedOut ? tr("no answer within %1 s").arg(m_config.timeoutMs / 1000) : reply->errorString();
        // A certificate problem needs a person; other network errors heal by themselves.
        const bool tls = reply->error() == QNetworkReply::SslHandshakeFailedError;
        written = box.markFailed(entries, why, !tls);
        report.failed = 1;
        report.errors.append(u"%1: %2"_s.arg(who, why));
    } else if (!notReceived.isEmpty()) {
        // A 2xx that is not the EHR's transaction-response (a captive portal, a proxy, a server
        // answering for part of it): nothing is known to be stored; sent again after the back-off
        // (the conditional creates and updates make that safe).
        const QString why = tr("HTTP %1 but not received: %2").arg(status).arg(notReceived);
        written = box.markFailed(entries, why, true);
        report.failed = 1;
        report.errors.append(u"%1: %2"_s.arg(who, why));
    } else if (status >= 200 && status < 300) {
        QHash<qint64, QString> ids;
        for (qsizetype i = 0; i < answers.size() && i < bundle->outboxIdOfEntry.size(); ++i) {
            if (!bundle->outboxIdOfEntry.at(i))
                continue;
            const QString location = locationOf(answers.at(i));
            ids.insert(bundle->outboxIdOfEntry.at(i), location);
            if (bundle->outboxIdOfEntry.at(i) == bundle->conditionedPatientOutboxId) {
                // The EHR's new version: a later change is conditioned on it.
                const QString version = versionOf(answers.at(i).toObject());
                if (!version.isEmpty())
                    (void)PatientStore(m_vault).setSourceVersion(patientId, version);
            }
        }
        written = box.markAcknowledged(entries, ids);
        report.acknowledged = 1;
    } else {
        const bool redirected = status >= 300 && status < 400;  // a login page or proxy in the way: it passes
        const QString why = redirected ? tr("HTTP %1: redirected to %2, not received (a login page or a proxy may be in the way)")
                                             .arg(status)
                                             .arg(reply->header(QNetworkRequest::LocationHeader).toUrl().toString())
                                       : u"HTTP %1: %2"_s.arg(status).arg(outcomeText(body));
        if ((status == 409 || status == 412) && bundle->conditionedPatientOutboxId) {
            // The If-Match on the imported patient's version failed: the EHR changed it. Keep both
            // versions for the user, and send the rest of the patient's records without it.
            QList<OutboxEntry> others;
            for (const OutboxEntry& e : std::as_const(entries))
                if (e.id != bundle->conditionedPatientOutboxId)
                    others.append(e);
            auto remote = read(bundle->conditionedPatientRef);
            QJsonObject remoteResource = remote ? *remote : QJsonObject();
            written = ConflictStore(m_vault).record(bundle->conditionedPatientOutboxId, bundle->conditionedPatientRef,
                                                    bundle->conditionedPatient, remoteResource,
                                                    remote ? why : u"%1 (%2)"_s.arg(why, remote.error().message));
            if (written && !others.isEmpty()) {
                // Back to pending (the refused Bundle stored nothing of them), then sent again.
                written = box.markPending(others);
            }
            report.conflicts = 1;
            report.errors.append(u"%1: %2"_s.arg(who, why));
            reply->deleteLater();
            qCInfo(lcSync) << "bundle for patient" << patientId << "conflict on outbox entry" << bundle->conditionedPatientOutboxId;
            if (!written)
                return std::unexpected(written.error());
            if (others.isEmpty())
                return report;
            auto rest = pushPatient(patientId);
            if (!rest)
                return rest;
            report.patients += rest->patients;
            report.acknowledged += rest->acknowledged;
            report.failed += rest->failed;
            report.conflicts += rest->conflicts;
            report.errors += rest->errors;
            return report;
        }
        if (status == 409 || status == 412) {
            written = box.markConflict(entries, why);
            report.conflicts = 1;
        } else {
            written = box.markFailed(entries, why, status >= 500 || status == 429 || status == 408 || redirected);
            report.failed = 1;
        }
        report.errors.append(u"%1: %2"_s.arg(who, why));
    }
    reply->deleteLater();
    qCInfo(lcSync) << "bundle for patient" << patientId << "entries" << entries.size() << "status" << status;
    if (!written)
        return std::unexpected(written.error());
    return report;
}

} // namespace relais
