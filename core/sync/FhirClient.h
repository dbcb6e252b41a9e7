// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "sync/Outbox.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <functional>

namespace relais {

class Database;
class Vault;

// Sends what the outbox owes to the EHR's FHIR endpoint: one transaction Bundle per patient,
// POSTed to the base URL. Acknowledged (with the server's ids, from each entry's
// response.location) only on a 2xx carrying a FHIR Bundle of type transaction-response with as
// many entries as were sent, every one 2xx (201 created, 200 a conditional create or update that
// matched); any other 2xx (a captive portal's HTML, a proxy's page, an entry missing or refused)
// → failed with the reason in words, retried after the back-off. 3xx (redirects are not
// followed), 5xx, 429, timeouts and network errors → failed, retried after the back-off; other
// 4xx → failed with the server's OperationOutcome text, kept until the record changes or the
// user retries; 409/412 → conflict.
// A 409/412 on a Bundle carrying an imported patient's change conditioned on the snapshot's
// version (If-Match; medplum answers 412 "Precondition Failed") puts only that patient entry in
// conflict, with the EHR's current version read back (GET) and kept beside ours (ConflictStore);
// the patient's other records are then sent at once in a Bundle of their own.
// TLS is always verified (an extra CA file may be given); cleartext HTTP only to 127.0.0.1.
class FhirClient
{
    Q_DECLARE_TR_FUNCTIONS(relais::FhirClient)

public:
    struct Config
    {
        QUrl baseUrl;
        QString caFile;         // PEM, added to the system's CAs
        int timeoutMs = 120000; // per Bundle
    };

    struct Report
    {
        int patients = 0;       // Bundles tried
        int acknowledged = 0;   // Bundles accepted
        int failed = 0;
        int conflicts = 0;
        QStringList errors;     // one line per failed Bundle: patient id and the server's words
        // Patients created in Relais whose traits match another patient: sent (conditionally
        // on Relais's identifier), never merged; listed here and on the worksheet for a person to check.
        QStringList possibleDuplicates;
    };

    FhirClient(Vault& vault, Config config, Outbox::RetryPolicy policy = {});
    ~FhirClient();
    FhirClient(const FhirClient&) = delete;
    FhirClient& operator=(const FhirClient&) = delete;

    // Refuses what is not https, except http://127.0.0.1 (a local relay or a test server).
    static Result<void> checkUrl(const QUrl& url);

    // The bearer token lives in the vault (encrypted), never in settings or logs, and in memory
    // only in locked buffers, plus the one header of the request in flight (wiped after it).
    static Result<void> storeToken(Vault& vault, QByteArrayView token);
    static Result<SecureBytes> storedToken(Vault& vault);

    // Every patient due now; stops early only on a local error (vault, configuration).
    // progress(done, total) is called before the first Bundle and after each one.
    Result<Report> syncDue(const std::function<void(int done, int total)>& progress = {});
    // One patient's unsent entries as one Bundle.
    Result<Report> pushPatient(qint64 patientId);

    // GET of one resource ("Patient/ehr-42") from the server, with the same token and TLS rules.
    Result<QJsonObject> read(const QString& reference);

    // Empty when body is a transaction-response acknowledging all `sent` entries (then given in
    // *answers); otherwise what is wrong with it, in words (translated, for the sync panel).
    static QString checkTransactionResponse(const QByteArray& body, const QString& contentType, qsizetype sent,
                                            QJsonArray* answers = nullptr);

private:
    Result<QNetworkRequest> makeRequest(const QUrl& url);
    // Zeroes the Authorization header's buffer in place (shared with the finished request).
    void wipeAuthorization();

    Vault& m_vault;
    Config m_config;
    Outbox::RetryPolicy m_policy;
    QByteArray m_authorization;
};

} // namespace relais
