// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "FhirTestServer.h"
#include "SyncFixtures.h"
#include "audit/AuditLog.h"
#include "sync/Conflict.h"
#include "sync/FhirClient.h"
#include "sync/FhirExport.h"
#include "sync/Purge.h"
#include "sync/SyncSettings.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QProcess>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace relais;
using relais::test::secret;

namespace {
constexpr auto kToken = "jeton-de-test-0123456789";
}

class TestSync : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    test::Outage m_outage;
    test::FhirTestServer m_server;
    bool m_running = false;
    QString m_why;
    int m_n = 0;

    QJsonObject control(const QByteArray& method, const QString& path, const QJsonObject& body = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_server.baseUrl() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
        QNetworkReply* r = nam.sendCustomRequest(req, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
        r->deleteLater();
        return o;
    }
    // The FHIR API itself, as the EHR's other users would use it (bearer token).
    QJsonObject fhir(const QByteArray& method, const QString& path, const QJsonObject& body = {}, int* status = nullptr)
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_server.baseUrl() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, "application/fhir+json");
        req.setRawHeader("Authorization", QByteArray("Bearer ") + kToken);
        QNetworkReply* r = nam.sendCustomRequest(req, method, method == "GET" ? QByteArray() : QJsonDocument(body).toJson());
        QEventLoop loop;
        QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        if (status)
            *status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject o = QJsonDocument::fromJson(r->readAll()).object();
        r->deleteLater();
        return o;
    }
    QJsonArray found(const QString& search)
    {
        QJsonArray out;
        for (const QJsonValue& e : fhir("GET", search)["entry"].toArray())
            out.append(e["resource"]);
        return out;
    }
    QString lastAuditAction()
    {
        return m_vault->db().scalar("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1")->toString();
    }
    QString sourceVersion(qint64 patientId)
    {
        return m_vault->db().scalar(QString("SELECT coalesce(source_version, '') FROM patient WHERE id = %1").arg(patientId))->toString();
    }
    OutboxEntry patientEntry(qint64 patientId)
    {
        const auto list = outbox().entries(patientId);
        for (const OutboxEntry& e : *list)
            if (e.kind == OutboxEntry::Kind::Patient)
                return e;
        return {};
    }
    // The EHR's record of the imported patient as the snapshot saw it (returns its version), then
    // changed in the EHR during the outage (city, phone) and in Relais (mobile): a conflict waiting.
    QString changeInBothPlaces(QString* snapshotVersion = nullptr)
    {
        QJsonObject ehr{{"resourceType", "Patient"}, {"id", "ehr-42"}, {"gender", "male"}, {"birthDate", "2025-05-10"},
                        {"name", QJsonArray{QJsonObject{{"use", "official"}, {"family", "N'Diaye"}, {"given", QJsonArray{"Maël"}}}}}};
        int status = 0;
        const QString v1 = fhir("PUT", "Patient/ehr-42", ehr, &status).value("meta")["versionId"].toString();
        if (status != 200 || v1.isEmpty())
            return {};
        if (snapshotVersion)
            *snapshotVersion = v1;
        if (!m_vault->db().exec(QString("UPDATE patient SET source_version = '%1' WHERE id = %2").arg(v1).arg(m_outage.importedPatient)))
            return {};
        ehr["address"] = QJsonArray{QJsonObject{{"line", QJsonArray{"3 rue Garibaldi"}}, {"postalCode", "69003"}, {"city", "Lyon"}}};
        ehr["telecom"] = QJsonArray{QJsonObject{{"system", "phone"}, {"use", "home"}, {"value", "04 78 00 00 00"}}};
        const QString v2 = fhir("PUT", "Patient/ehr-42", ehr, &status).value("meta")["versionId"].toString();
        if (status != 200 || v2 == v1)
            return {};
        PatientStore ps(*m_vault);
        Patient p = *ps.get(m_outage.importedPatient);
        p.mobile = "06 11 22 33 44";
        if (!ps.update(p, p.identityStatus))
            return {};
        return v2;
    }
    QJsonObject counts() { return control("GET", "_control/stats")["counts"].toObject(); }
    int count(const QJsonObject& before, const QString& type) { return counts()[type].toInt() - before[type].toInt(); }

    void freshVault()
    {
        auto c = Vault::create(m_dir.filePath(QString("s%1/relais.vault").arg(++m_n)), "Dr S", secret(test::kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
        m_outage = test::makeOutage(*m_vault);
        QVERIFY(m_outage.localPatient > 0);
        QVERIFY(FhirClient::storeToken(*m_vault, kToken));
        // The EHR holds its own patient (the validating server checks every reference to it).
        int status = 0;
        if (fhir("GET", "Patient/ehr-42", {}, &status).isEmpty() || status != 200) {
            const QJsonObject ehr{{"resourceType", "Patient"}, {"id", "ehr-42"}, {"gender", "male"}, {"birthDate", "2025-05-10"},
                                  {"name", QJsonArray{QJsonObject{{"use", "official"}, {"family", "N'Diaye"}, {"given", QJsonArray{"Maël"}}}}}};
            fhir("PUT", "Patient/ehr-42", ehr, &status);
            QVERIFY2(status == 200 || status == 201, qPrintable(QString::number(status)));
        }
    }
    FhirClient client(int timeoutMs = 60000)
    {
        return FhirClient(*m_vault, FhirClient::Config{QUrl(m_server.baseUrl()), {}, timeoutMs});
    }
    Outbox outbox() { return Outbox(*m_vault, m_clock); }
    QString issuesText(const QJsonObject& outcome)
    {
        QStringList out;
        for (const QJsonValue& i : outcome["issue"].toArray())
            out.append(i["details"]["text"].toString() + " @ " + i["expression"][0].toString());
        return out.join('\n');
    }
    // The EHR holds the patients of its own snapshot, by the ids the Bundles reference them with
    // (checked by the server). Returns the version given to `versionOf`.
    QString seedImportedPatients(qint64 versionOf)
    {
        auto q = m_vault->db().prepare("SELECT DISTINCT o.patient_id FROM outbox o JOIN patient p ON p.id = o.patient_id "
                                       "WHERE p.origin = 'imported' ORDER BY 1");
        QList<qint64> ids;
        if (!q || !q->each([&](const Statement& st) { ids.append(st.integer(0)); }))
            return {};
        QString version;
        for (qint64 id : std::as_const(ids)) {
            const Patient p = *PatientStore(*m_vault).get(id);
            const QJsonObject ehr{{"resourceType", "Patient"}, {"id", p.sourceId}, {"birthDate", p.birthDate.toString(Qt::ISODate)},
                                  {"gender", p.sex == Sex::Female ? "female" : "male"},
                                  {"name", QJsonArray{QJsonObject{{"family", p.birthName}, {"given", QJsonArray{p.firstGivenName}}}}}};
            int status = 0;
            const QJsonObject stored = fhir("PUT", "Patient/" + p.sourceId, ehr, &status);
            if (status != 200 && status != 201) {
                qWarning() << status << issuesText(stored);
                return {};
            }
            if (id == versionOf)
                version = stored["meta"]["versionId"].toString();
        }
        return version;
    }
    void expectOneCopyOfEverything(const QJsonObject& before)
    {
        QCOMPARE(count(before, "Patient"), 1);  // the imported patient is the EHR's own
        QCOMPARE(count(before, "Encounter"), 2);
        QCOMPARE(count(before, "Observation"), 14);
        QCOMPARE(count(before, "Condition"), 2);
        QCOMPARE(count(before, "MedicationRequest"), 2);
        QCOMPARE(count(before, "DocumentReference"), 2);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_running = m_server.start(&m_why, kToken);
    }
    void init()
    {
        const QString name = QTest::currentTestFunction();
        if (name != "onlyEncryptedOrLoopback" && name != "onlyATransactionResponseAcknowledges")
            RELAIS_REQUIRE_SERVER(m_running, m_why);
    }

    void onlyEncryptedOrLoopback()
    {
        QVERIFY(FhirClient::checkUrl(QUrl("https://ehr.example.fr/fhir/")));
        QVERIFY(FhirClient::checkUrl(QUrl("http://127.0.0.1:8080/fhir/")));
        auto refused = FhirClient::checkUrl(QUrl("http://ehr.example.fr/fhir/"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("https://"));
        QVERIFY(!FhirClient::checkUrl(QUrl("http://192.168.1.10/fhir/")));
    }

    // What FhirClient takes as the EHR's acknowledgement of a Bundle of two entries.
    void onlyATransactionResponseAcknowledges_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("why");  // empty: acknowledged
        const QByteArray ok = R"({"resourceType":"Bundle","type":"transaction-response","entry":[)"
                              R"({"response":{"status":"201 Created","location":"https://ehr/fhir/Patient/7/_history/1"}},)"
                              R"({"response":{"status":"200"}}]})";
        QTest::newRow("201 Created and 200") << ok << QString();
        QTest::newRow("HTML") << QByteArray("<html><body>Wi-Fi</body></html>") << "not FHIR JSON (text/html: \"<html>";
        QTest::newRow("empty body") << QByteArray() << "not FHIR JSON";
        QTest::newRow("JSON, not FHIR") << QByteArray(R"({"ok":true})") << "JSON without a resourceType";
        QTest::newRow("an OperationOutcome")
            << QByteArray(R"({"resourceType":"OperationOutcome","issue":[]})") << "is a FHIR OperationOutcome, not a Bundle";
        QTest::newRow("a batch-response")
            << QByteArray(ok).replace("transaction-response", "batch-response") << "of type \"batch-response\"";
        QTest::newRow("one entry") << QByteArray(R"({"resourceType":"Bundle","type":"transaction-response",)"
                                                 R"("entry":[{"response":{"status":"201"}}]})")
                                   << "has 1 entries for the 2 sent";
        QTest::newRow("no entries") << QByteArray(R"({"resourceType":"Bundle","type":"transaction-response"})")
                                    << "has 0 entries for the 2 sent";
        QTest::newRow("a 404 entry") << QByteArray(ok).replace(R"("200")", R"("404 Not Found")")
                                     << "entry 2 of the transaction-response has status 404";
        QTest::newRow("a status that is no status") << QByteArray(ok).replace(R"("200")", R"("2000")")
                                                    << "entry 2 of the transaction-response has no valid status";
        QTest::newRow("no response") << QByteArray(ok).replace(R"({"response":{"status":"200"}})", "{}")
                                     << "entry 2 of the transaction-response has no valid status";
    }
    void onlyATransactionResponseAcknowledges()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, why);
        QJsonArray answers;
        const QString said = FhirClient::checkTransactionResponse(body, body.startsWith("<") ? "text/html" : "", 2, &answers);
        if (why.isEmpty()) {
            QVERIFY2(said.isEmpty(), qPrintable(said));
            QCOMPARE(answers.size(), 2);
        } else {
            QVERIFY2(said.contains(why), qPrintable(said));
            QVERIFY(answers.isEmpty());
        }
    }

    void pushThenPushAgainCreatesOneCopy()
    {
        freshVault();
        const QJsonObject before = counts();
        auto r = client().syncDue();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->acknowledged == 2, qPrintable(r->errors.join('\n')));
        expectOneCopyOfEverything(before);
        const auto entries = outbox().entries();  // kept alive for the loop
        QVERIFY(entries);
        for (const OutboxEntry& e : *entries) {
            QCOMPARE(e.state, OutboxEntry::State::Acknowledged);
            if (e.kind != OutboxEntry::Kind::Prescription)
                QVERIFY2(!e.serverId.isEmpty(), qPrintable(outboxKindCode(e.kind)));
        }
        QCOMPARE(outbox().entries(m_outage.localPatient)->first().serverId.section('/', 0, 0), QString("Patient"));
        QCOMPARE(outbox().duePatients()->size(), 0);

        // Sent again as if the acknowledgement had been lost: the server creates nothing twice.
        QVERIFY(m_vault->db().exec("UPDATE outbox SET state = 'pending'"));
        r = client().syncDue();
        QVERIFY(r && r->acknowledged == 2);
        expectOneCopyOfEverything(before);
        QVERIFY(m_vault->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.push'")->toInt() == 2);
    }

    void unavailableBeforeCommitRetriesAfterBackoff()
    {
        freshVault();
        const QJsonObject before = counts();
        control("POST", "_control/fail", {{"status", 503}, {"when", "before"}, {"count", 2}});
        auto r = client().syncDue();
        QVERIFY(r);
        QCOMPARE(r->failed, 2);
        QCOMPARE(count(before, "Encounter"), 0);
        const OutboxEntry e = outbox().entries(m_outage.localPatient)->first();
        QCOMPARE(e.state, OutboxEntry::State::Failed);
        QVERIFY2(e.lastError.startsWith("HTTP 503"), qPrintable(e.lastError));
        QCOMPARE(e.nextRetryUtc, m_clock.nowUtc().addSecs(25));
        QCOMPARE(client().syncDue()->patients, 0);  // not before the back-off
        m_clock.advanceSecs(25);
        r = client().syncDue();
        QVERIFY(r && r->acknowledged == 2);
        expectOneCopyOfEverything(before);
    }

    void unavailableAfterCommitDoesNotDuplicate()
    {
        freshVault();
        const QJsonObject before = counts();
        control("POST", "_control/fail", {{"status", 503}, {"when", "after"}, {"count", 2}});
        auto r = client().syncDue();
        QVERIFY(r && r->failed == 2);
        expectOneCopyOfEverything(before);  // stored, but the answer said otherwise
        m_clock.advanceSecs(25);
        r = client().syncDue();
        QVERIFY(r && r->acknowledged == 2);
        expectOneCopyOfEverything(before);
    }

    void refusedBundleShowsTheOperationOutcome()
    {
        freshVault();
        control("POST", "_control/fail",
                {{"status", 400}, {"when", "before"}, {"count", 1}, {"outcome", "Patient.birthDate: date invalide"}});
        auto r = client().pushPatient(m_outage.localPatient);
        QVERIFY(r);
        QCOMPARE(r->failed, 1);
        QVERIFY2(r->errors.first().contains("HTTP 400: Patient.birthDate: date invalide"), qPrintable(r->errors.first()));
        const OutboxEntry e = outbox().entries(m_outage.localPatient)->first();
        QCOMPARE(e.state, OutboxEntry::State::Failed);
        QVERIFY(e.nextRetryUtc.isNull());  // not retried by itself
        QCOMPARE(*outbox().duePatients(), QList<qint64>{m_outage.importedPatient});
    }

    // The settings, the token and the audit entry: all or nothing, the same from the dialog and the CLI.
    void syncSettingsSaveIsAuditedAndAllOrNothing()
    {
        freshVault();
        const auto lastAudit = [this] { return m_vault->audit().lastOf("sync.settings"); };
        QVERIFY(!*lastAudit());
        SyncSettings bad;
        bad.baseUrl = QUrl("http://ehr.example.fr/fhir/");
        auto refused = SyncSettings::save(*m_vault, bad, QByteArrayView("nouveau-jeton"));
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains("https://"));
        QCOMPARE(SyncSettings::storedToken(*m_vault)->view().toByteArray(), QByteArray(kToken));  // kept
        QVERIFY(SyncSettings::load(*m_vault)->baseUrl.isEmpty());
        QVERIFY(!*lastAudit());

        SyncSettings good;
        good.baseUrl = QUrl(m_server.baseUrl());
        QVERIFY(SyncSettings::save(*m_vault, good, std::nullopt));
        QCOMPARE(SyncSettings::load(*m_vault)->baseUrl, QUrl(m_server.baseUrl()));
        QCOMPARE(SyncSettings::storedToken(*m_vault)->view().toByteArray(), QByteArray(kToken));
        QCOMPARE((*lastAudit())->detail, QString("token=kept"));
        QVERIFY(SyncSettings::save(*m_vault, std::nullopt, QByteArrayView("autre-jeton")));
        QCOMPARE(SyncSettings::storedToken(*m_vault)->view().toByteArray(), QByteArray("autre-jeton"));
        QCOMPARE((*lastAudit())->detail, QString("token=changed"));
        QCOMPARE(SyncSettings::load(*m_vault)->baseUrl, QUrl(m_server.baseUrl()));  // settings not given: kept
    }

    // relais-cli sync --token-file stores the token through SyncSettings::save: audited, and used.
    void cliTokenFileIsStoredAndAudited()
    {
        freshVault();
        QVERIFY(FhirClient::storeToken(*m_vault, "pas-le-bon"));
        const QString path = m_vault->path();
        m_vault->lock();
        QFile pass(m_dir.filePath("token-pass.txt"));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(test::kPassphrase);
        pass.close();
        QFile token(m_dir.filePath("token.txt"));
        QVERIFY(token.open(QIODevice::WriteOnly));
        token.write(QByteArray(kToken) + "\n");
        token.close();
        QProcess p;
        p.start(RELAIS_CLI_PATH, {"sync", "--vault", path, "--passphrase-file", pass.fileName(), "--server", m_server.baseUrl(),
                                  "--token-file", token.fileName()});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, qPrintable(QString::fromUtf8(p.readAllStandardError()).right(400)));
        auto reopened = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(reopened);
        m_vault = std::move(*reopened);
        QCOMPARE(SyncSettings::storedToken(*m_vault)->view().toByteArray(), QByteArray(kToken));
        auto audited = m_vault->audit().lastOf("sync.settings");
        QVERIFY(audited && *audited);
        QCOMPARE((*audited)->detail, QString("token=changed"));
        QVERIFY(SyncSettings::load(*m_vault)->baseUrl.isEmpty());  // the CLI's --server is not saved
    }

    void killedWhileWaitingForTheReplyResumesWithoutDuplicates()
    {
        freshVault();
        const QJsonObject before = counts();
        const QString path = m_vault->path();
        m_vault->lock();  // relais-cli opens it
        QFile pass(m_dir.filePath("kill-pass.txt"));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(test::kPassphrase);
        pass.close();
        // The first Bundle goes through; the second is stored but never answered.
        control("POST", "_control/fail", {{"pass", true}});
        control("POST", "_control/fail", {{"hang", true}, {"when", "after"}});
        const QStringList args{"sync", "--vault", path, "--passphrase-file", pass.fileName(), "--server", m_server.baseUrl()};
        QProcess p;
        p.start(RELAIS_CLI_PATH, args);
        QVERIFY(p.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(count(before, "Encounter"), 2, 60000);  // both stored
        QTest::qWait(500);
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));

        QProcess again;
        again.start(RELAIS_CLI_PATH, args);
        QVERIFY(again.waitForFinished(120000));
        QVERIFY2(again.exitCode() == 0, qPrintable(QString::fromUtf8(again.readAllStandardError()).right(400)));
        QVERIFY2(QString::fromUtf8(again.readAllStandardOutput()).contains("1 Bundle(s) sent: 1 accepted"), "only the unanswered one again");
        expectOneCopyOfEverything(before);
        auto reopened = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(reopened);
        m_vault = std::move(*reopened);
        QCOMPARE(outbox().counts()->of(OutboxEntry::State::Acknowledged), outbox().entries()->size());
    }

    void changedImportedPatientIsSentIfMatchAndAConflictKeepsBothVersions()
    {
        freshVault();
        QString snapshot;
        const QString ehrVersion = changeInBothPlaces(&snapshot);
        QVERIFY(!ehrVersion.isEmpty());
        const OutboxEntry mine = patientEntry(m_outage.importedPatient);
        QCOMPARE(mine.state, OutboxEntry::State::Pending);
        const QJsonObject before = counts();

        auto r = client().syncDue();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->conflicts, 1);
        QVERIFY2(r->errors.join('\n').contains("412"), qPrintable(r->errors.join('\n')));
        // Only the patient waits: both patients' consultations and prescriptions went.
        QCOMPARE(r->acknowledged, 2);
        QCOMPARE(patientEntry(m_outage.importedPatient).state, OutboxEntry::State::Conflict);
        const auto imported = outbox().entries(m_outage.importedPatient);  // kept alive for the loop
        for (const OutboxEntry& e : *imported)
            if (e.kind != OutboxEntry::Kind::Patient)
                QCOMPARE(e.state, OutboxEntry::State::Acknowledged);
        expectOneCopyOfEverything(before);
        QCOMPARE(outbox().duePatients()->size(), 0);  // a conflict is not retried by itself
        // The EHR's record was left as the EHR had it.
        QCOMPARE(fhir("GET", "Patient/ehr-42").value("meta")["versionId"].toString(), ehrVersion);

        auto c = ConflictStore(*m_vault).get(mine.id);
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->patientId, m_outage.importedPatient);
        QCOMPARE(c->serverRef, QString("Patient/ehr-42"));
        QCOMPARE(c->remoteVersion, ehrVersion);
        QCOMPARE(ConflictStore::traitsFromFhir(c->remote).city, QString("Lyon"));
        QCOMPARE(ConflictStore::traitsFromFhir(c->local).mobile, QString("06 11 22 33 44"));
        QStringList differing;
        for (const ConflictRow& row : ConflictStore::compare(c->local, c->remote))
            if (row.differs)
                differing.append(row.field);
        QCOMPARE(differing, (QStringList{"Address", "Postal code", "City", "Phone", "Mobile"}));

        // Keep Relais's version: sent again, conditioned on the version just compared.
        QVERIFY(ConflictStore(*m_vault).keepRelais(mine.id));
        QCOMPARE(lastAuditAction(), QString("sync.conflict.keep_relais"));
        QCOMPARE(sourceVersion(m_outage.importedPatient), ehrVersion);
        r = client().syncDue();
        QVERIFY(r);
        QVERIFY2(r->acknowledged == 1 && r->conflicts == 0, qPrintable(r->errors.join('\n')));
        const QJsonObject now = fhir("GET", "Patient/ehr-42");
        QCOMPARE(ConflictStore::traitsFromFhir(now).mobile, QString("06 11 22 33 44"));
        QVERIFY(now["meta"]["versionId"].toString() != ehrVersion);
        // The next change is conditioned on the version the EHR gave ours.
        QCOMPARE(sourceVersion(m_outage.importedPatient), now["meta"]["versionId"].toString());
        QCOMPARE(outbox().counts()->of(OutboxEntry::State::Acknowledged), outbox().entries()->size());
        QVERIFY(ConflictStore(*m_vault).list()->isEmpty());
        QCOMPARE(count(before, "Patient"), 1);  // updated in place, never re-created
    }

    void takingTheEhrVersionReplacesTheLocalDetails()
    {
        freshVault();
        const QString ehrVersion = changeInBothPlaces();
        QVERIFY(!ehrVersion.isEmpty());
        auto r = client().syncDue();
        QVERIFY(r && r->conflicts == 1);
        const OutboxEntry mine = patientEntry(m_outage.importedPatient);
        QVERIFY(ConflictStore(*m_vault).takeEhr(mine.id));
        QCOMPARE(lastAuditAction(), QString("sync.conflict.take_ehr"));
        const Patient p = *PatientStore(*m_vault).get(m_outage.importedPatient);
        QCOMPARE(p.city, QString("Lyon"));
        QCOMPARE(p.phone, QString("04 78 00 00 00"));
        QVERIFY(p.mobile.isEmpty());
        QVERIFY(!p.changedLocally);
        const OutboxEntry after = patientEntry(m_outage.importedPatient);
        QCOMPARE(after.state, OutboxEntry::State::Acknowledged);
        QCOMPARE(after.serverId, QString("Patient/ehr-42"));
        QCOMPARE(sourceVersion(m_outage.importedPatient), ehrVersion);
        QCOMPARE(client().syncDue()->patients, 0);  // nothing left to send
        QCOMPARE(fhir("GET", "Patient/ehr-42").value("meta")["versionId"].toString(), ehrVersion);
    }

    // An allergy added in Relais to a patient whose EHR record changed meanwhile: taking the
    // EHR's version of the identity does not drop the allergy; it goes alone, the EHR's Patient
    // left as it is.
    void takingTheEhrVersionStillSendsTheAllergyAddedInRelais()
    {
        freshVault();
        const QString ehrVersion = changeInBothPlaces();
        QVERIFY(!ehrVersion.isEmpty());
        Allergy a;
        a.substance = "Amoxicilline";
        a.reaction = "urticaire";
        a.severity = "high";
        auto added = PatientStore(*m_vault).add(m_outage.importedPatient, a);
        QVERIFY2(added.has_value(), added ? "" : qPrintable(added.error().message));
        auto r = client().syncDue();
        QVERIFY(r && r->conflicts == 1);
        const OutboxEntry mine = patientEntry(m_outage.importedPatient);
        QVERIFY(ConflictStore(*m_vault).takeEhr(mine.id));
        QCOMPARE(patientEntry(m_outage.importedPatient).state, OutboxEntry::State::Pending);
        QVERIFY(!PatientStore(*m_vault).get(m_outage.importedPatient)->changedLocally);

        r = client().syncDue();
        QVERIFY2(r && r->acknowledged == 1 && r->conflicts == 0, r ? qPrintable(r->errors.join('\n')) : "");
        const OutboxEntry after = patientEntry(m_outage.importedPatient);
        QCOMPARE(after.state, OutboxEntry::State::Acknowledged);
        QCOMPARE(after.serverId, QString("Patient/ehr-42"));  // kept: the Bundle carried no Patient
        QCOMPARE(fhir("GET", "Patient/ehr-42").value("meta")["versionId"].toString(), ehrVersion);  // untouched
        const QJsonObject found = fhir("GET", "AllergyIntolerance?patient=Patient/ehr-42");
        QStringList substances;
        for (const QJsonValue& e : found["entry"].toArray())
            substances.append(e["resource"]["code"]["text"].toString());
        QVERIFY2(substances.contains("Amoxicilline"), qPrintable(substances.join(", ")));
        QCOMPARE(client().syncDue()->patients, 0);  // nothing left to send
    }

    void correctedConsultationLeavesExactlyTheCorrectedSet()
    {
        freshVault();
        const QJsonObject before = counts();
        QVERIFY(client().syncDue()->acknowledged == 2);
        ConsultationStore cs(*m_vault);
        const qint64 id = m_outage.consultations.first();
        // First correction: a second diagnosis.
        Consultation c = *cs.get(id);
        c.diagnoses.append(Diagnosis{"Asthme", "J45.9"});
        QVERIFY(cs.correct(c, "diagnostic oublié"));
        auto r = client().syncDue();
        QVERIFY2(r && r->acknowledged == 1, r ? qPrintable(r->errors.join('\n')) : "");
        // Second correction: another weight, no temperature, the first diagnosis dropped.
        c = *cs.get(id);
        c.vitals.weightKg = 66.0;
        c.vitals.temperatureC.reset();
        c.diagnoses.removeFirst();
        QVERIFY(cs.correct(c, "erreur de saisie"));
        r = client().syncDue();
        QVERIFY2(r && r->acknowledged == 1, r ? qPrintable(r->errors.join('\n')) : "");

        QString encounter;
        const auto local = outbox().entries(m_outage.localPatient);  // kept alive for the loop
        for (const OutboxEntry& e : *local)
            if (e.kind == OutboxEntry::Kind::Consultation)
                encounter = e.serverId;
        QVERIFY(encounter.startsWith("Encounter/"));
        const QJsonArray observations = found("Observation?encounter=" + encounter + "&_count=100");
        QCOMPARE(observations.size(), 6);
        QStringList codes;
        for (const QJsonValue& o : observations) {
            codes.append(o["code"]["coding"][qsizetype(0)]["code"].toString());
            if (codes.last() == "29463-7")
                QCOMPARE(o["valueQuantity"]["value"].toDouble(), 66.0);
        }
        QVERIFY(codes.contains("29463-7"));
        QVERIFY(!codes.contains("8310-5"));  // the temperature the correction removed
        const QJsonArray conditions = found("Condition?encounter=" + encounter + "&_count=100");
        QCOMPARE(conditions.size(), 1);
        QCOMPARE(conditions.first()["code"]["coding"][qsizetype(0)]["code"].toString(), QString("J45.9"));
        // One copy of each in all: the other consultation's 7 + these 6; its 1 + this 1.
        QCOMPARE(count(before, "Encounter"), 2);
        QCOMPARE(count(before, "Observation"), 13);
        QCOMPARE(count(before, "Condition"), 2);
        QCOMPARE(count(before, "MedicationRequest"), 2);
        QCOMPARE(count(before, "DocumentReference"), 4);  // the report of each version

        // Sent once more (lost acknowledgement): nothing changes.
        QVERIFY(m_vault->db().exec("UPDATE outbox SET state = 'pending'"));
        QVERIFY(client().syncDue()->acknowledged == 2);
        QCOMPARE(count(before, "Observation"), 13);
        QCOMPARE(count(before, "Condition"), 2);
    }

    void possibleDuplicatesAreReportedNotMerged()
    {
        freshVault();
        Patient again = test::child();  // typed again in Relais: the imported patient's traits
        again.birthName = "N'DIAYE";     // case and accents aside
        auto id = PatientStore(*m_vault).create(again, IdentityStatus::Prov);
        QVERIFY(id);
        const QJsonObject before = counts();
        auto r = client().syncDue();
        QVERIFY(r && r->acknowledged == 3);
        QCOMPARE(r->possibleDuplicates.size(), 1);
        QVERIFY2(r->possibleDuplicates.first().contains("possible duplicate of N'DIAYE"), qPrintable(r->possibleDuplicates.first()));
        QVERIFY(r->possibleDuplicates.first().contains("same name, given name and date of birth"));
        QCOMPARE(count(before, "Patient"), 2);  // created as typed, not merged into the EHR's

        // The command line says it too.
        QVERIFY(m_vault->db().exec("UPDATE outbox SET state = 'pending'"));
        const QString path = m_vault->path();
        m_vault->lock();
        QFile pass(m_dir.filePath("dup-pass.txt"));
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(test::kPassphrase);
        pass.close();
        QProcess cli;
        cli.start(RELAIS_CLI_PATH, {"sync", "--vault", path, "--passphrase-file", pass.fileName(), "--server", m_server.baseUrl()});
        QVERIFY(cli.waitForFinished(120000));
        const QString out = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(cli.exitCode() == 0, qPrintable(QString::fromUtf8(cli.readAllStandardError()).right(400)));
        QVERIFY2(out.contains("To check in the EHR: N'DIAYE Maël (10/05/2025), created in Relais, possible duplicate of"), qPrintable(out));
    }

    void aPatientChangedAgainAfterSendingIsUpdatedNotLost()
    {
        freshVault();
        const QJsonObject before = counts();
        auto r = client().syncDue();
        QVERIFY(r && r->acknowledged == 2);
        const QString serverRef = patientEntry(m_outage.localPatient).serverId;
        QVERIFY(serverRef.startsWith("Patient/"));

        // Changed in Relais after the EHR received it: owed again, and the change must arrive.
        PatientStore ps(*m_vault);
        Patient p = *ps.get(m_outage.localPatient);
        p.mobile = "06 98 76 54 32";
        QVERIFY(ps.update(p, p.identityStatus));
        QCOMPARE(patientEntry(m_outage.localPatient).state, OutboxEntry::State::Pending);
        r = client().syncDue();
        QVERIFY2(r && r->acknowledged == 1, r ? qPrintable(r->errors.join('\n')) : "");
        QCOMPARE(patientEntry(m_outage.localPatient).state, OutboxEntry::State::Acknowledged);
        QCOMPARE(count(before, "Patient"), 1);  // updated, not created again
        const QJsonObject onServer = fhir("GET", serverRef);
        QVERIFY2(QJsonDocument(onServer["telecom"].toArray()).toJson().contains("98 76 54 32"),
                 QJsonDocument(onServer).toJson().constData());
    }

    void anImportedPatientWithoutInsGoesToAnotherServerOnRelaisIdentifier()
    {
        freshVault();
        // The snapshot came from another EHR: its ids mean nothing on this server, and the imported
        // patient (a child with no social-security number) has no INS to be found by.
        QVERIFY(FhirExport::setSnapshotServer(*m_vault, QUrl("https://ehr.example.fr/fhir")));
        PatientStore ps(*m_vault);
        Patient p = *ps.get(m_outage.importedPatient);
        QVERIFY(p.matricule.isEmpty());
        p.mobile = "06 11 22 33 44";
        QVERIFY(ps.update(p, p.identityStatus));
        const QJsonObject before = counts();
        auto r = client().syncDue();
        QVERIFY2(r && r->acknowledged == 2, r ? qPrintable(r->errors.join('\n')) : "");
        const OutboxEntry e = patientEntry(m_outage.importedPatient);
        QCOMPARE(e.state, OutboxEntry::State::Acknowledged);
        QVERIFY2(e.serverId.startsWith("Patient/"), qPrintable(e.serverId));  // really sent, not just marked
        QVERIFY(!e.serverId.contains("ehr-"));
        const QJsonObject onServer = fhir("GET", e.serverId);
        QVERIFY(QJsonDocument(onServer["telecom"].toArray()).toJson().contains("11 22 33 44"));
        // Their consultation points at that patient.
        const QJsonArray encounters = found(QString("Encounter?subject=%1").arg(e.serverId));
        QCOMPARE(encounters.size(), 1);
        QCOMPARE(count(before, "Patient"), 2);

        // Sent again (reply lost): still one copy of each.
        QVERIFY(m_vault->db().exec("UPDATE outbox SET state = 'pending'"));
        r = client().syncDue();
        QVERIFY(r && r->acknowledged == 2);
        QCOMPARE(count(before, "Patient"), 2);
        QCOMPARE(count(before, "Encounter"), 2);
    }

    void allergiesAndHistoryAddedInRelaisGoBackOnce()
    {
        freshVault();
        PatientStore ps(*m_vault);
        Allergy a;
        a.substance = "Amoxicilline";
        a.reaction = "urticaire géante";
        a.severity = "high";
        QVERIFY(ps.add(m_outage.localPatient, a));
        Antecedent h;
        h.label = "Appendicectomie";
        h.kind = Antecedent::Kind::Surgical;
        h.date = QDate(1990, 6, 1);
        QVERIFY(ps.add(m_outage.localPatient, h));
        Antecedent family;
        family.label = "Diabète de type 2 (mère)";
        family.kind = Antecedent::Kind::Family;
        QVERIFY(ps.add(m_outage.localPatient, family));
        const QJsonObject before = counts();
        auto r = client().syncDue();
        QVERIFY2(r && r->acknowledged == 2, r ? qPrintable(r->errors.join('\n')) : "");
        QCOMPARE(count(before, "AllergyIntolerance"), 1);
        QCOMPARE(count(before, "Condition"), 3);  // the two diagnoses and the surgical history, not the family one
        const QString patientRef = patientEntry(m_outage.localPatient).serverId;
        const QJsonArray allergies = found(QString("AllergyIntolerance?patient=%1").arg(patientRef));
        QCOMPARE(allergies.size(), 1);
        QCOMPARE(allergies.first()["code"]["text"].toString(), QString("Amoxicilline"));
        QCOMPARE(allergies.first()["criticality"].toString(), QString("high"));
        QCOMPARE(allergies.first()["reaction"][0]["manifestation"][0]["text"].toString(), QString("urticaire géante"));
        const QJsonArray history = found(QString("Condition?subject=%1&category=problem-list-item").arg(patientRef));
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first()["onsetDateTime"].toString(), QString("1990-06-01"));

        // Sent again (reply lost): nothing twice.
        QVERIFY(m_vault->db().exec("UPDATE outbox SET state = 'pending'"));
        r = client().syncDue();
        QVERIFY(r && r->acknowledged == 2);
        QCOMPARE(count(before, "AllergyIntolerance"), 1);
        QCOMPARE(count(before, "Condition"), 3);
    }

    // The loopback server refuses what a strict EHR refuses, so that the pushes below mean something.
    void theTestServerRefusesWhatAStrictEhrRefuses()
    {
        int status = 0;
        const QJsonObject emptyLine{{"resourceType", "Patient"}, {"id", "strict-1"},
                                    {"address", QJsonArray{QJsonObject{{"line", QJsonArray{""}}, {"city", "Lyon"}}}}};
        QString said = issuesText(fhir("PUT", "Patient/strict-1", emptyLine, &status));
        QCOMPARE(status, 400);
        QVERIFY2(said.contains("String must contain non-whitespace content @ Patient.address[0].line[0]"), qPrintable(said));

        const QJsonObject before = counts();
        const QJsonObject patient{{"resourceType", "Patient"}, {"name", QJsonArray{QJsonObject{{"family", "Strict"}}}}};
        const QJsonObject encounter{{"resourceType", "Encounter"}, {"status", "finished"},
                                    {"class", QJsonObject{{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"}, {"code", "AMB"}}},
                                    {"subject", QJsonObject{{"reference", "Patient/absent-42"}}}};
        const QJsonObject observation{{"resourceType", "Observation"}, {"status", "final"}, {"code", QJsonObject{{"text", "Poids"}}},
                                      {"valueQuantity", QJsonObject{{"value", 60}}}, {"dataAbsentReason", QJsonObject{{"text", "?"}}},
                                      {"subject", QJsonObject{{"reference", "urn:uuid:0b7e1a52-0000-4000-8000-000000000001"}}}};
        const auto entry = [](const QJsonObject& r, int n) {
            return QJsonObject{{"fullUrl", QString("urn:uuid:0b7e1a52-0000-4000-8000-00000000000%1").arg(n)}, {"resource", r},
                               {"request", QJsonObject{{"method", "POST"}, {"url", r["resourceType"]}}}};
        };
        const QJsonObject bundle{{"resourceType", "Bundle"}, {"type", "transaction"},
                                 {"entry", QJsonArray{entry(patient, 1), entry(encounter, 2), entry(observation, 3)}}};
        said = issuesText(fhir("POST", "", bundle, &status));
        QCOMPARE(status, 400);
        QVERIFY2(said.contains("Bundle.entry[1].resource (Encounter): reference Patient/absent-42 does not exist on this server"),
                 qPrintable(said));
        QVERIFY2(said.contains("Bundle.entry[2].resource (Observation): Constraint obs-6 not met"), qPrintable(said));
        QCOMPARE(count(before, "Patient"), 0);  // refused whole: nothing stored
        QCOMPARE(counts()["Encounter"].toInt(), before["Encounter"].toInt());
    }

    // The demo vault's whole outbox (partial addresses, blanks, children, secure prescriptions,
    // corrected consultations, an imported patient corrected in Relais) through the validating
    // server: nothing refused; every acknowledgement then lost and everything sent again: nothing
    // twice.
    void theWholeDemoOutboxGoesThroughAValidatingServer()
    {
        m_vault.reset();
        auto created = Vault::create(m_dir.filePath("demo/relais.vault"), "Dr D", secret(test::kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        m_vault = std::move(created->vault);
        const test::DemoOutage demo = test::makeDemoOutage(*m_vault, 200);  // `relais-cli demo`'s default
        QVERIFY(demo.ok);
        QVERIFY(FhirClient::storeToken(*m_vault, kToken));
        const QString version = seedImportedPatients(demo.changedImported);
        QVERIFY(!version.isEmpty());
        QVERIFY(m_vault->db().exec(QString("UPDATE patient SET source_version = '%1' WHERE id = %2").arg(version).arg(demo.changedImported)));

        // One copy of each: a Patient per patient created in Relais, an Encounter and a report per
        // consultation (corrections update in place), a MedicationRequest per medicine line.
        const auto scalar = [&](const QString& sql) { return m_vault->db().scalar(sql)->toInt(); };
        const int localPatients = scalar("SELECT count(*) FROM outbox o JOIN patient p ON p.id = o.record_id "
                                         "WHERE o.kind = 'patient' AND p.origin = 'local'");
        const int consultations = scalar("SELECT count(*) FROM outbox WHERE kind = 'consultation'");
        int lines = 0;
        int secure = 0;
        int allergies = 0;
        const auto all = outbox().entries();  // kept alive for the loop
        for (const OutboxEntry& e : *all) {
            if (e.kind == OutboxEntry::Kind::Patient) {
                const Patient p = *PatientStore(*m_vault).get(e.patientId);
                for (const Allergy& a : p.allergies)
                    allergies += a.origin == Origin::Local;
            }
            if (e.kind != OutboxEntry::Kind::Prescription)
                continue;
            const Prescription rx = *PrescriptionStore(*m_vault).get(e.recordId);
            if (rx.kind == Prescription::Kind::Medicines)
                lines += int(rx.lines.size());
            secure += rx.layout == Prescription::Layout::Secure;
        }
        QVERIFY(localPatients >= 10 && consultations >= 10 && lines >= 20 && secure >= 1 && allergies >= 2);
        QVERIFY(m_vault->db().scalar(QString("SELECT count(*) FROM consultation_revision WHERE consultation_id = %1")
                                         .arg(demo.corrected.first()))->toInt() >= 3);

        const QJsonObject before = counts();
        auto r = client().syncDue();
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QVERIFY2(r->failed == 0 && r->conflicts == 0, qPrintable(r->errors.mid(0, 5).join('\n')));
        QCOMPARE(r->acknowledged, r->patients);
        QCOMPARE(outbox().counts()->of(OutboxEntry::State::Acknowledged), int(all->size()));
        qInfo("demo outbox: %d entries in %d Bundles, all acknowledged", int(all->size()), r->patients);
        QCOMPARE(count(before, "Patient"), localPatients);
        QCOMPARE(count(before, "Encounter"), consultations);
        QCOMPARE(count(before, "DocumentReference"), consultations);
        QCOMPARE(count(before, "MedicationRequest"), lines);
        QVERIFY(count(before, "Observation") > consultations);
        QVERIFY(count(before, "Condition") > 0);
        QCOMPARE(count(before, "AllergyIntolerance"), allergies);

        // As the EHR has them: the town without a street, the address corrected in Relais.
        const QJsonObject townOnly = fhir("GET", patientEntry(demo.townOnly).serverId);
        QCOMPARE(townOnly["address"].toArray(), (QJsonArray{QJsonObject{{"city", "Lyon"}, {"country", "FR"}}}));
        const QString ehrId = PatientStore(*m_vault).get(demo.changedImported)->sourceId;
        const QJsonObject changed = fhir("GET", "Patient/" + ehrId);
        QCOMPARE(changed["address"][0]["line"].toArray(), QJsonArray{"5 rue Mercière"});
        QVERIFY(changed["meta"]["versionId"].toString() != version);

        // Every acknowledgement lost: all sent again, nothing twice.
        const QJsonObject once = counts();
        QVERIFY(m_vault->db().exec("UPDATE outbox SET state = 'pending'"));
        r = client().syncDue();
        QVERIFY2(r && r->failed == 0 && r->conflicts == 0, r ? qPrintable(r->errors.mid(0, 5).join('\n')) : "");
        QCOMPARE(r->acknowledged, r->patients);
        QCOMPARE(counts(), once);
        QCOMPARE(outbox().counts()->of(OutboxEntry::State::Acknowledged), int(all->size()));
    }

    // A 2xx that is not the EHR's transaction-response acknowledges nothing: the entries fail
    // with the reason, are sent again after the back-off, and nothing can be purged meanwhile.
    void aReplyThatIsNotTheEhrsAcknowledgesNothing_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<QString>("reason");
        const QString notReceived = "HTTP 200 but not received: ";
        QTest::newRow("captive portal, 200 text/html")
            << "_control/portal" << QJsonObject{{"on", true}}
            << notReceived + "the answer is not FHIR JSON (text/html; charset=utf-8: \"<!DOCTYPE html>";
        QTest::newRow("captive portal, 302 to its login page")
            << "_control/portal" << QJsonObject{{"on", true}, {"redirect", true}}
            << "HTTP 302: redirected to http://127.0.0.1/portail/connexion, not received";
        QTest::newRow("transaction-response with an entry missing")
            << "_control/fail" << QJsonObject{{"reply", "drop-entry"}, {"count", 2}}
            << notReceived + "the transaction-response has 11 entries for the 12 sent";
        QTest::newRow("transaction-response with an entry refused")
            << "_control/fail" << QJsonObject{{"reply", "entry-status"}, {"status", 422}, {"entry", 1}, {"count", 2}}
            << notReceived + "entry 2 of the transaction-response has status 422: Injected 422 on entry 1";
    }
    void aReplyThatIsNotTheEhrsAcknowledgesNothing()
    {
        QFETCH(QString, endpoint);
        QFETCH(QJsonObject, fault);
        QFETCH(QString, reason);
        freshVault();
        const QJsonObject before = counts();
        control("POST", endpoint, fault);
        auto r = client().syncDue();
        control("POST", "_control/portal", {{"on", false}});
        QVERIFY(r);
        QCOMPARE(r->acknowledged, 0);
        QCOMPARE(r->failed, 2);
        QVERIFY2(r->errors.first().contains(reason), qPrintable(r->errors.join('\n')));
        const auto entries = outbox().entries();  // kept alive for the loop
        QCOMPARE(entries->size(), 5);  // a patient, two consultations, two prescriptions
        for (const OutboxEntry& e : *entries) {
            QCOMPARE(e.state, OutboxEntry::State::Failed);
            QVERIFY(e.serverId.isEmpty());
            if (e.patientId == m_outage.localPatient)  // its Bundle: 12 entries (the other one has 11)
                QVERIFY2(e.lastError.startsWith(reason), qPrintable(e.lastError));
            QCOMPARE(e.nextRetryUtc, m_clock.nowUtc().addSecs(25));
        }
        auto purged = Purge(*m_vault).run(0);
        QVERIFY(purged && purged->isEmpty());
        QCOMPARE(outbox().entries()->size(), 5);

        QCOMPARE(client().syncDue()->patients, 0);  // not before the back-off
        m_clock.advanceSecs(25);
        r = client().syncDue();
        QVERIFY2(r && r->acknowledged == 2, r ? qPrintable(r->errors.join('\n')) : "");
        expectOneCopyOfEverything(before);  // what the server stored the first time was matched
        QVERIFY(!Purge(*m_vault).preview(0)->isEmpty());  // what would have been purged
    }

    // A certificate written after the patient's records were received has no FHIR form: nothing
    // to send (an empty transaction would be refused for ever), it is not left owed.
    void aRecordWithoutFhirFormAloneIsNotSentNorLeftOwed()
    {
        freshVault();
        QVERIFY(client().syncDue()->acknowledged == 2);
        const int transactions = control("GET", "_control/stats")["transactions"].toInt();
        Prescription certificate;
        certificate.kind = Prescription::Kind::Certificate;
        certificate.date = m_clock.nowUtc().date();
        certificate.practitionerId = m_outage.doctorId;
        certificate.patientId = m_outage.localPatient;
        certificate.body = "Certificat de non contre-indication à la pratique du sport.";
        auto id = PrescriptionStore(*m_vault).create(certificate);
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(*outbox().duePatients(), QList<qint64>{m_outage.localPatient});
        auto r = client().syncDue();
        QVERIFY(r && r->acknowledged == 1 && r->failed == 0);
        QCOMPARE(control("GET", "_control/stats")["transactions"].toInt(), transactions);
        QCOMPARE(outbox().counts()->of(OutboxEntry::State::Acknowledged), outbox().entries()->size());
    }

    void wrongTokenIsRefusedAndNoReplyTimesOut()
    {
        freshVault();
        QVERIFY(FhirClient::storeToken(*m_vault, "pas-le-bon"));
        auto r = client().pushPatient(m_outage.localPatient);
        QVERIFY(r && r->failed == 1);
        QVERIFY2(r->errors.first().contains("401"), qPrintable(r->errors.first()));
        QVERIFY(FhirClient::storeToken(*m_vault, kToken));

        control("POST", "_control/hang", {{"count", 1}});
        r = client(1500).pushPatient(m_outage.importedPatient);
        QVERIFY(r && r->failed == 1);
        const OutboxEntry e = outbox().entries(m_outage.importedPatient)->first();
        QVERIFY2(e.lastError.contains("no answer"), qPrintable(e.lastError));
        QCOMPARE(e.nextRetryUtc, m_clock.nowUtc().addSecs(25));
    }
};

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
