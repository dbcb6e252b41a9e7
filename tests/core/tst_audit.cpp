// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "vault/Vault.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

// Someone holding the database key (not the audit MAC key derivation) edits the trail directly.
class TestAudit : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;

    std::unique_ptr<Vault> vaultWithEntries(int extra)
    {
        auto c = Vault::create(m_dir.filePath(QStringLiteral("a%1.vault").arg(++m_n)), QStringLiteral("Dr A"),
                               secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        for (int i = 0; i < extra; ++i) {
            m_clock.advanceSecs(1);
            (void)c->vault->audit().append(QStringLiteral("test.event"), QStringLiteral("patient"),
                                           QString::number(100 + i), QStringLiteral("n=%1").arg(i));
        }
        return std::move(c->vault);
    }

    static void tamper(Vault& v, const QString& sql)
    {
        QVERIFY(v.db().exec(QStringLiteral("DROP TRIGGER IF EXISTS audit_log_no_update;"
                                           "DROP TRIGGER IF EXISTS audit_log_no_delete;")
                            + sql));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void appendsAreChained()
    {
        auto v = vaultWithEntries(5);
        const AuditVerification r = v->audit().verify();
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.entries, 7);
        const auto entries = *v->audit().entries();
        QCOMPARE(entries.size(), 7);
        QCOMPARE(entries.at(2).action, QStringLiteral("test.event"));
        QCOMPARE(entries.at(2).objectId, QStringLiteral("100"));
        QCOMPARE(entries.at(2).slot, v->slotId());
        QVERIFY(entries.at(3).atUtc > entries.at(2).atUtc);
    }

    void appendOnlyTriggersRefuseChanges()
    {
        auto v = vaultWithEntries(1);
        QVERIFY(!v->db().exec(QStringLiteral("UPDATE audit_log SET action = 'x' WHERE seq = 1")));
        QVERIFY(!v->db().exec(QStringLiteral("DELETE FROM audit_log WHERE seq = 1")));
        QVERIFY(v->audit().verify().ok);
    }

    void tamperingIsDetected_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<qint64>("firstBroken");
        QTest::newRow("edit action") << QStringLiteral("UPDATE audit_log SET action = 'vault.unlock' WHERE seq = 4") << qint64(4);
        QTest::newRow("edit object id") << QStringLiteral("UPDATE audit_log SET object_id = '999' WHERE seq = 5") << qint64(5);
        QTest::newRow("edit time") << QStringLiteral("UPDATE audit_log SET at_utc = '2020-01-01T00:00:00.000Z' WHERE seq = 3")
                                   << qint64(3);
        QTest::newRow("delete middle") << QStringLiteral("DELETE FROM audit_log WHERE seq = 4") << qint64(4);
        QTest::newRow("delete first") << QStringLiteral("DELETE FROM audit_log WHERE seq = 1") << qint64(1);
        QTest::newRow("delete last") << QStringLiteral("DELETE FROM audit_log WHERE seq = 7") << qint64(7);
        QTest::newRow("reorder two") << QStringLiteral("UPDATE audit_log SET seq = -1 WHERE seq = 4;"
                                                       "UPDATE audit_log SET seq = 4 WHERE seq = 5;"
                                                       "UPDATE audit_log SET seq = 5 WHERE seq = -1;")
                                     << qint64(4);
        QTest::newRow("renumber after delete") << QStringLiteral("DELETE FROM audit_log WHERE seq = 3;"
                                                                 "UPDATE audit_log SET seq = seq - 1 WHERE seq > 3;")
                                               << qint64(3);
        QTest::newRow("forged mac copied") << QStringLiteral("UPDATE audit_log SET mac = (SELECT mac FROM audit_log "
                                                             "WHERE seq = 6) WHERE seq = 5")
                                           << qint64(5);
    }

    void tamperingIsDetected()
    {
        QFETCH(QString, sql);
        QFETCH(qint64, firstBroken);
        auto v = vaultWithEntries(5);
        tamper(*v, sql);
        const AuditVerification r = v->audit().verify();
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBrokenSeq, firstBroken);
        QVERIFY2(r.message.contains(QStringLiteral("#%1").arg(firstBroken)), qPrintable(r.message));
        QVERIFY(!v->checkIntegrity().ok);
    }

    void chainSurvivesReopen()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.vault"));
        {
            auto c = Vault::create(path, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(),
                                   m_clock);
            QVERIFY(c);
        }
        for (int i = 0; i < 3; ++i) {
            auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
            QVERIFY(v);
            QVERIFY((*v)->audit().append(QStringLiteral("test.reopen")));
            QVERIFY((*v)->audit().verify().ok);
        }
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
