// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "common/Clock.h"
#include "storage/Schema.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n)); }

    Vault::Created make(const QString& path)
    {
        auto c = Vault::create(path, QStringLiteral("Dr Test"), secret(test::kPassphrase), KdfParams::fastForTests(),
                               m_clock);
        if (!c)
            qFatal("create failed: %s", qPrintable(c.error().message));
        return std::move(*c);
    }

    static QList<QString> actions(Vault& v)
    {
        QList<QString> out;
        const auto entries = v.audit().entries();
        for (const AuditEntry& e : *entries)
            out.append(e.action);
        return out;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createThenOpen()
    {
        const QString path = freshPath();
        {
            auto c = make(path);
            QVERIFY(c.vault->isUnlocked());
            QVERIFY(QFile::exists(path));
            QVERIFY(QFile::exists(KeyHeader::pathFor(path)));
            QCOMPARE(c.vault->keySlots().size(), 2);
            QVERIFY(!RecoveryKey::normalize(c.recoveryKey).isEmpty());
            QVERIFY(c.vault->db().exec(QStringLiteral("CREATE TABLE t(x TEXT); INSERT INTO t VALUES('kept')")));
        }
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
        QCOMPARE((*v)->db().scalar(QStringLiteral("SELECT x FROM t"))->toString(), QStringLiteral("kept"));
        QCOMPARE((*v)->slotLabel(), QStringLiteral("Dr Test"));
        QCOMPARE(actions(**v), (QList<QString>{QStringLiteral("vault.create"), QStringLiteral("slot.add"), QStringLiteral("vault.unlock")}));
        QCOMPARE((*v)->db().scalar(QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
        QCOMPARE((*v)->db().scalar(QStringLiteral("PRAGMA synchronous"))->toInt(), 2);   // FULL
        QCOMPARE((*v)->db().scalar(QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
        QCOMPARE((*v)->db().scalar(QStringLiteral("PRAGMA secure_delete"))->toInt(), 1);
        QCOMPARE((*v)->db().scalar(QStringLiteral("PRAGMA temp_store"))->toInt(), 2);    // MEMORY
        QVERIFY((*v)->db().scalar(QStringLiteral("PRAGMA cipher_version"))->toString().startsWith(QLatin1String("4.6")));
        QCOMPARE(*Schema::currentVersion((*v)->db()), Schema::latestVersion());
    }

    void createRefusesExistingOrEmpty()
    {
        const QString path = freshPath();
        make(path);
        auto again = Vault::create(path, QStringLiteral("x"), secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, ErrorKind::Invalid);
        auto empty = Vault::create(freshPath(), QStringLiteral("x"), SecureBytes(), KdfParams::fastForTests(), m_clock);
        QVERIFY(!empty);
    }

    void wrongPassphraseIsCountedThenAudited()
    {
        const QString path = freshPath();
        make(path);
        for (int i = 0; i < 2; ++i) {
            auto bad = Vault::open(path, secret("not the passphrase"), SlotKind::Passphrase, m_clock);
            QVERIFY(!bad);
            QCOMPARE(bad.error().kind, ErrorKind::WrongSecret);
            QVERIFY(bad.error().message.contains(path));
            QVERIFY(!bad.error().message.contains(QLatin1String("not the passphrase")));
        }
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(v);
        QCOMPARE((*v)->failedAttemptsBeforeUnlock().size(), 2);
        QCOMPARE(actions(**v).count(QStringLiteral("vault.unlock_failed")), 2);
        // Forgotten once audited.
        QCOMPARE(KeyHeader::load(KeyHeader::pathFor(path))->failedUnlocksUtc.size(), 0);
    }

    void backoffGrowsAfterThreeFailures()
    {
        QCOMPARE(Vault::backoffSecsForFailures(2), 0);
        QCOMPARE(Vault::backoffSecsForFailures(3), 5);
        QCOMPARE(Vault::backoffSecsForFailures(4), 10);
        QCOMPARE(Vault::backoffSecsForFailures(5), 20);
        QCOMPARE(Vault::backoffSecsForFailures(50), 300);

        const QString path = freshPath();
        make(path);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!Vault::open(path, secret("wrong"), SlotKind::Passphrase, m_clock));
        QCOMPARE(Vault::retryDelaySecs(path, m_clock), 5);
        auto limited = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!limited);
        QCOMPARE(limited.error().kind, ErrorKind::RateLimited);
        m_clock.advanceSecs(5);
        QCOMPARE(Vault::retryDelaySecs(path, m_clock), 0);
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
        QCOMPARE((*v)->failedAttemptsBeforeUnlock().size(), 3);
    }

    void changePassphraseRewritesOneSlotOnly()
    {
        const QString path = freshPath();
        QByteArray fileSaltBefore;
        QByteArray recoverySlotBefore;
        {
            auto c = make(path);
            QVERIFY(c.vault->db().exec(QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(42)")));
            recoverySlotBefore = c.vault->keySlots().at(1).wrappedKey;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            fileSaltBefore = f.read(16);
            const QString slotId = c.vault->slotId();
            QVERIFY(c.vault->changeSecret(slotId, secret("a brand new passphrase for the practice"),
                                          KdfParams::fastForTests()));
            QCOMPARE(c.vault->slotId(), slotId);
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.read(16), fileSaltBefore);  // data not re-encrypted
        auto old = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!old);
        QCOMPARE(old.error().kind, ErrorKind::WrongSecret);
        auto v = Vault::open(path, secret("a brand new passphrase for the practice"), SlotKind::Passphrase, m_clock);
        QVERIFY(v);
        QCOMPARE((*v)->db().scalar(QStringLiteral("SELECT x FROM t"))->toInt(), 42);
        QCOMPARE((*v)->keySlots().at(1).wrappedKey, recoverySlotBefore);
        QVERIFY(actions(**v).contains(QStringLiteral("slot.change")));
    }

    void addSlotForSecondPractitioner()
    {
        const QString path = freshPath();
        {
            auto c = make(path);
            auto id = c.vault->addSlot(QStringLiteral("Dr Second"), SlotKind::Passphrase,
                                       secret("second practitioner passphrase here"), KdfParams::fastForTests());
            QVERIFY(id);
            QVERIFY(!c.vault->addSlot(QStringLiteral("Dr Second"), SlotKind::Passphrase, secret("x y z w"),
                                      KdfParams::fastForTests()));
        }
        auto v = Vault::open(path, secret("second practitioner passphrase here"), SlotKind::Passphrase, m_clock);
        QVERIFY(v);
        QCOMPARE((*v)->slotLabel(), QStringLiteral("Dr Second"));
        // Audit entries name the slot that unlocked.
        QCOMPARE((*v)->audit().entries()->last().slot, (*v)->slotId());
        // Restricting to a named slot.
        auto wrongSlot = Vault::open(path, secret("second practitioner passphrase here"), SlotKind::Passphrase, m_clock,
                                     QStringLiteral("Dr Test"));
        QVERIFY(!wrongSlot);
        auto noSlot = Vault::open(path, secret("x"), SlotKind::Passphrase, m_clock, QStringLiteral("Nobody"));
        QCOMPARE(noSlot.error().kind, ErrorKind::Invalid);
    }

    void removeSlotKeepsLastPassphrase()
    {
        auto c = make(freshPath());
        const QString first = c.vault->slotId();
        QVERIFY(!c.vault->removeSlot(first));  // the only passphrase slot
        auto second = c.vault->addSlot(QStringLiteral("B"), SlotKind::Passphrase, secret("another long passphrase"),
                                       KdfParams::fastForTests());
        QVERIFY(c.vault->removeSlot(*second));
        QCOMPARE(c.vault->keySlots().size(), 2);
    }

    void recoveryKeyOpensAndIsForgiving()
    {
        const QString path = freshPath();
        QByteArray typed;
        {
            auto c = make(path);
            typed = c.recoveryKey.view().toByteArray().toLower().replace('-', ' ').replace('0', 'o');
        }
        auto v = Vault::open(path, SecureBytes(typed.constData(), std::size_t(typed.size())), SlotKind::Recovery, m_clock);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
        // The recovery key is not a passphrase.
        auto asPass = Vault::open(path, SecureBytes(typed.constData(), std::size_t(typed.size())), SlotKind::Passphrase,
                                  m_clock);
        QVERIFY(!asPass);
        auto wrong = Vault::open(path, secret("AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH"), SlotKind::Recovery, m_clock);
        QCOMPARE(wrong.error().kind, ErrorKind::WrongSecret);
    }

    void missingFilesAreNamed()
    {
        auto none = Vault::open(m_dir.filePath(QStringLiteral("nothing.vault")), secret("x"), SlotKind::Passphrase, m_clock);
        QCOMPARE(none.error().kind, ErrorKind::VaultMissing);
        QVERIFY(none.error().message.contains(QLatin1String("nothing.vault")));

        const QString path = freshPath();
        make(path);
        QVERIFY(QFile::rename(KeyHeader::pathFor(path), KeyHeader::pathFor(path) + QStringLiteral(".bak")));
        auto noHeader = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QCOMPARE(noHeader.error().kind, ErrorKind::VaultCorrupt);
        QVERIFY(noHeader.error().message.contains(QLatin1String(".keys")));
    }

    void headerOfAnotherVaultIsRefused()
    {
        const QString a = freshPath();
        const QString b = freshPath();
        make(a);
        make(b);
        QFile::remove(KeyHeader::pathFor(a));
        QVERIFY(QFile::copy(KeyHeader::pathFor(b), KeyHeader::pathFor(a)));
        auto v = Vault::open(a, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, ErrorKind::VaultCorrupt);
    }

    void plaintextDatabaseIsRefused()
    {
        const QString path = freshPath();
        make(path);
        // Replace the vault by an unencrypted SQLite file with the same name.
        QFile::remove(path);
        {
            auto plain = Database::open(path, nullptr, true);
            QVERIFY(plain);
            QVERIFY(plain->exec(QStringLiteral("CREATE TABLE t(x)")));
        }
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, ErrorKind::VaultCorrupt);
        QVERIFY(v.error().message.contains(QLatin1String("NOT encrypted")));
    }

    void newerSchemaIsRefused()
    {
        const QString path = freshPath();
        {
            auto c = make(path);
            QVERIFY(c.vault->db().exec(QStringLiteral("PRAGMA user_version = %1").arg(Schema::latestVersion() + 1)));
        }
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, ErrorKind::VaultTooNew);
        QVERIFY(v.error().message.contains(QLatin1String("newer")));
    }

    void lockWipesKeyAndClosesDatabase()
    {
        auto c = make(freshPath());
        QVERIFY(c.vault->isUnlocked());
        c.vault->lock();
        QVERIFY(!c.vault->isUnlocked());
        QVERIFY(!c.vault->db().isOpen());
        QVERIFY(!c.vault->addSlot(QStringLiteral("x"), SlotKind::Passphrase, secret("abc def ghi"),
                                  KdfParams::fastForTests()));
    }

    void integrityCheckPasses()
    {
        auto c = make(freshPath());
        const auto rep = c.vault->checkIntegrity();
        QVERIFY2(rep.ok, qPrintable(rep.message));
        QCOMPARE(rep.audit.entries, 2);
    }
};

QTEST_GUILESS_MAIN(TestVault)
#include "tst_vault.moc"
