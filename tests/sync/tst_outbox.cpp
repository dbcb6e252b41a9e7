// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "SyncFixtures.h"
#include "sync/Outbox.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

class TestOutbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    int m_n = 0;

    void freshVault()
    {
        auto c = Vault::create(m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n)), "Dr O", secret(test::kPassphrase),
                               KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
    }
    static QStringList describe(const QList<OutboxEntry>& list)
    {
        QStringList out;
        for (const OutboxEntry& e : list)
            out.append(outboxKindCode(e.kind) + u':' + outboxStateCode(e.state));
        return out;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void backoffGrowsFiveFoldUpToADay_data()
    {
        QTest::addColumn<int>("attempts");
        QTest::addColumn<qint64>("secs");
        QTest::newRow("first") << 1 << qint64(25);
        QTest::newRow("second") << 2 << qint64(125);
        QTest::newRow("third") << 3 << qint64(625);
        QTest::newRow("fifth") << 5 << qint64(15625);
        QTest::newRow("sixth") << 6 << qint64(78125);
        QTest::newRow("seventh, capped") << 7 << qint64(86400);
        QTest::newRow("twentieth") << 20 << qint64(86400);
    }
    void backoffGrowsFiveFoldUpToADay()
    {
        QFETCH(int, attempts);
        QFETCH(qint64, secs);
        QCOMPARE(Outbox::backoffSecs(attempts, {}), secs);
    }

    void everyRecordedThingHasAnEntryInDependencyOrder()
    {
        freshVault();
        const test::Outage o = test::makeOutage(*m_vault);
        QVERIFY(o.localPatient > 0);
        Outbox box(*m_vault, m_clock);
        // The imported patient, unchanged, owes nothing itself; its consultation and prescription do.
        auto local = box.entries(o.localPatient);
        QVERIFY(local);
        QCOMPARE(describe(*local), QStringList({"patient:pending", "consultation:pending", "prescription:pending"}));
        auto imported = box.entries(o.importedPatient);
        QVERIFY(imported);
        QCOMPARE(describe(*imported), QStringList({"consultation:pending", "prescription:pending"}));
        QCOMPARE(*box.duePatients(), QList<qint64>({o.localPatient, o.importedPatient}));

        // A draft owes nothing until finalised.
        ConsultationStore cs(*m_vault);
        auto draft = cs.start(o.importedPatient);
        QVERIFY(draft);
        QVERIFY(cs.saveDraft(test::visit(*draft, o.importedPatient)));
        QCOMPARE(box.entries(o.importedPatient)->size(), 2);
        QVERIFY(cs.finalise(*draft));
        QCOMPARE(box.entries(o.importedPatient)->size(), 3);
    }

    void acknowledgedUnlessChangedMeanwhile()
    {
        freshVault();
        const test::Outage o = test::makeOutage(*m_vault);
        Outbox box(*m_vault, m_clock);
        auto sending = box.unsent(o.localPatient);
        QVERIFY(sending);
        QVERIFY(box.markSending(*sending));
        QCOMPARE(describe(*box.entries(o.localPatient)),
                 QStringList({"patient:sending", "consultation:sending", "prescription:sending"}));
        // Interrupted while sending ("sent, no reply"): still due, sent again (idempotent on the server).
        QCOMPARE(*box.duePatients(), QList<qint64>({o.localPatient, o.importedPatient}));

        // The consultation is corrected while the bundle is on the wire.
        ConsultationStore cs(*m_vault);
        auto c = cs.get(o.consultations.first());
        QVERIFY(c);
        c->conclusion = QStringLiteral("Pneumopathie franche lobaire inférieure droite");
        QVERIFY(cs.correct(*c, QStringLiteral("radio")));

        QHash<qint64, QString> ids;
        for (const OutboxEntry& e : *sending)
            ids.insert(e.id, QStringLiteral("X/%1").arg(e.id));
        QVERIFY(box.markAcknowledged(*sending, ids));
        QCOMPARE(describe(*box.entries(o.localPatient)),
                 QStringList({"patient:acknowledged", "consultation:pending", "prescription:acknowledged"}));
        QCOMPARE(box.entries(o.localPatient)->at(0).serverId, QStringLiteral("X/%1").arg(sending->at(0).id));
        QCOMPARE(box.unsent(o.localPatient)->size(), 1);
    }

    void failuresBackOffAndClientErrorsWait()
    {
        freshVault();
        const test::Outage o = test::makeOutage(*m_vault);
        Outbox box(*m_vault, m_clock);
        auto first = box.unsent(o.localPatient);
        auto second = box.unsent(o.importedPatient);
        QVERIFY(box.markFailed(*first, QStringLiteral("HTTP 503"), true));
        QVERIFY(box.markFailed(*second, QStringLiteral("Invalid resource"), false));
        QCOMPARE(box.duePatients()->size(), 0);
        auto e = box.entries(o.localPatient)->first();
        QCOMPARE(e.attempts, 1);
        QCOMPARE(e.nextRetryUtc, m_clock.nowUtc().addSecs(25));
        QCOMPARE(e.lastError, QStringLiteral("HTTP 503"));
        m_clock.advanceSecs(25);
        QCOMPARE(*box.duePatients(), QList<qint64>({o.localPatient}));
        QVERIFY(box.markFailed(*box.unsent(o.localPatient), QStringLiteral("timeout"), true));
        QCOMPARE(box.entries(o.localPatient)->first().nextRetryUtc, m_clock.nowUtc().addSecs(125));
        // A refused bundle waits for a change or for the user.
        QVERIFY(box.entries(o.importedPatient)->first().nextRetryUtc.isNull());
        QVERIFY(box.retryNow());
        QCOMPARE(box.duePatients()->size(), 2);
        QCOMPARE(box.counts()->of(OutboxEntry::State::Failed), 5);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
