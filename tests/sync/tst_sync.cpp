// SPDX-License-Identifier: GPL-3.0-or-later
#include "FhirTestServer.h"
#include "SyncFixtures.h"
#include "sync/FhirClient.h"

#include <QEventLoop>
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
        QVERIFY(FhirClient::storeToken(m_vault->db(), kToken));
    }
    FhirClient client(int timeoutMs = 60000)
    {
        return FhirClient(*m_vault, FhirClient::Config{QUrl(m_server.baseUrl()), {}, timeoutMs});
    }
    Outbox outbox() { return Outbox(m_vault->db(), m_clock); }
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
        if (!m_running && QString(QTest::currentTestFunction()) != "onlyEncryptedOrLoopback")
            QSKIP(qPrintable("FHIR test server unavailable: " + m_why));
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
        QCOMPARE(outbox().counts()->value("acknowledged"), outbox().entries()->size());
    }

    void wrongTokenIsRefusedAndNoReplyTimesOut()
    {
        freshVault();
        QVERIFY(FhirClient::storeToken(m_vault->db(), "pas-le-bon"));
        auto r = client().pushPatient(m_outage.localPatient);
        QVERIFY(r && r->failed == 1);
        QVERIFY2(r->errors.first().contains("401"), qPrintable(r->errors.first()));
        QVERIFY(FhirClient::storeToken(m_vault->db(), kToken));

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
