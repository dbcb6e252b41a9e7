// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

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

    std::unique_ptr<Vault> openVault(const QString& path)
    {
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        if (!v)
            qFatal("%s", qPrintable(v.error().message));
        return std::move(*v);
    }

    // The vault file and its WAL, as a backup tool or a copy by hand takes them.
    static void copyVaultFiles(const QString& from, const QString& to)
    {
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")}) {
            QFile::remove(to + suffix);
            if (suffix != QLatin1String("-shm") && QFile::exists(from + suffix))
                QVERIFY(QFile::copy(from + suffix, to + suffix));
        }
    }

    static qint64 sealedSeq(const QString& vaultPath)
    {
        auto h = KeyHeader::load(KeyHeader::pathFor(vaultPath));
        return h && h->auditHead ? h->auditHead->seq : -1;
    }

    static void editHeader(const QString& vaultPath, const std::function<void(QJsonObject&)>& edit)
    {
        QFile f(KeyHeader::pathFor(vaultPath));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
        f.close();
        edit(root);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(root).toJson());
    }

    QString freshVault(const QString& name, int extra)
    {
        const QString path = m_dir.filePath(name + QStringLiteral("/relais.vault"));
        auto c = Vault::create(path, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        if (!c)
            qFatal("%s", qPrintable(c.error().message));
        for (int i = 0; i < extra; ++i)
            (void)c->vault->audit().append(QStringLiteral("test.event"));
        return path;
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

    void vaultFilePutBackFromAnOlderCopyIsDetected()
    {
        const QString path = freshVault(QStringLiteral("rollback"), 3);
        const QString old = m_dir.filePath(QStringLiteral("rollback/old.vault"));
        qint64 last = 0;
        {
            auto v = openVault(path);
            copyVaultFiles(path, old);  // a hot copy: main file and WAL, while it is open
            QVERIFY(QFile::exists(old + QStringLiteral("-wal")));
            for (int i = 0; i < 6; ++i)
                QVERIFY(v->audit().append(QStringLiteral("test.after_copy")));
            last = v->audit().head()->seq;
            QCOMPARE(sealedSeq(path), last);  // sealed after each append
        }
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
            | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(KeyHeader::pathFor(path)) & others, QFileDevice::Permissions());
        copyVaultFiles(old, path);  // the vault put back, its key header left as it is
        {
            auto v = openVault(path);
            const QString warning = v->auditRollbackWarning();
            QVERIFY2(warning.contains(QStringLiteral("older copy")) && warning.contains(QStringLiteral("#%1").arg(last)),
                     qPrintable(warning));
            QVERIFY(v->audit().verify().ok);  // the chain alone cannot see it: it is whole, only shorter
            const Vault::IntegrityReport rep = v->checkIntegrity();
            QVERIFY(!rep.ok);
            QCOMPARE(rep.message, warning);
            bool recorded = false;
            const auto entries = v->audit().entries();
            QVERIFY(entries);
            for (const AuditEntry& e : *entries)
                recorded = recorded
                    || (e.action == QLatin1String(AuditAction::Rollback)
                        && e.detail == QStringLiteral("header_seq=%1 vault_seq=%2").arg(last).arg(last - 6));
            QVERIFY(recorded);
        }
        // Said once, kept in the trail: the next unlock is quiet and the trail verifies.
        auto v = openVault(path);
        QVERIFY(v->auditRollbackWarning().isEmpty());
        QVERIFY(v->checkIntegrity().ok);
    }

    void divergedTrailIsDetected()
    {
        const QString path = freshVault(QStringLiteral("fork"), 2);
        const QString header = KeyHeader::pathFor(path);
        const QString old = m_dir.filePath(QStringLiteral("fork/old.vault"));
        copyVaultFiles(path, old);
        QVERIFY(QFile::copy(header, old + QStringLiteral(".keys")));
        {
            auto v = openVault(path);
            QVERIFY(v->audit().append(QStringLiteral("test.real")));
        }
        const QString newer = m_dir.filePath(QStringLiteral("fork/newer.keys"));
        QVERIFY(QFile::copy(header, newer));
        // Both files put back together: not detectable (the documented limit)...
        copyVaultFiles(old, path);
        QFile::remove(header);
        QVERIFY(QFile::copy(old + QStringLiteral(".keys"), header));
        {
            auto v = openVault(path);
            QVERIFY(v->auditRollbackWarning().isEmpty());
            for (int i = 0; i < 5; ++i)
                QVERIFY(v->audit().append(QStringLiteral("test.other_history")));
        }
        // ...but a trail that went on elsewhere differs at the entry the newer header sealed.
        QFile::remove(header);
        QVERIFY(QFile::copy(newer, header));
        auto v = openVault(path);
        QVERIFY2(v->auditRollbackWarning().contains(QStringLiteral("not the one")), qPrintable(v->auditRollbackWarning()));
    }

    void sealInTheKeyHeaderIsAuthenticatedAndOptional()
    {
        const QString path = freshVault(QStringLiteral("seal"), 1);
        QVERIFY(sealedSeq(path) > 0);
        // Raised by hand (to make the vault look rolled back, or to hide one): the tag fails.
        editHeader(path, [](QJsonObject& root) {
            QJsonObject a = root.value(QStringLiteral("audit_head")).toObject();
            a.insert(QStringLiteral("seq"), a.value(QStringLiteral("seq")).toInteger() + 5);
            root.insert(QStringLiteral("audit_head"), a);
        });
        {
            auto v = openVault(path);
            QVERIFY2(v->auditRollbackWarning().contains(QStringLiteral("edited")), qPrintable(v->auditRollbackWarning()));
        }
        // A header written before the seal existed: nothing to check, the seal is added.
        editHeader(path, [](QJsonObject& root) { root.remove(QStringLiteral("audit_head")); });
        QCOMPARE(sealedSeq(path), -1);
        auto v = openVault(path);
        QVERIFY(v->auditRollbackWarning().isEmpty());
        QCOMPARE(sealedSeq(path), v->audit().head()->seq);
    }

    void sealIsNeverAheadOfTheVault()
    {
        const QString path = freshVault(QStringLiteral("ahead"), 0);
        auto v = openVault(path);
        const qint64 committed = v->audit().head()->seq;
        QCOMPARE(sealedSeq(path), committed);
        {
            // Appends inside a caller's transaction that is then rolled back: never sealed.
            Transaction tx(v->db());
            QVERIFY(tx.begin());
            for (int i = 0; i < 3; ++i)
                QVERIFY(v->audit().append(QStringLiteral("test.rolled_back")));
            QCOMPARE(sealedSeq(path), committed);
        }
        QCOMPARE(v->audit().head()->seq, committed);
        {
            // Committed by the caller: sealed at the next own append, or at lock.
            Transaction tx(v->db());
            QVERIFY(tx.begin());
            QVERIFY(v->audit().append(QStringLiteral("test.joined")));
            QVERIFY(tx.commit());
            QCOMPARE(sealedSeq(path), committed);
        }
        v->lock();
        QCOMPARE(sealedSeq(path), committed + 1);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
