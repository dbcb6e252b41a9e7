// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "vault/IdleTimer.h"
#include "vault/KeyHeader.h"
#include "vault/PassphraseStrength.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using relais::test::secret;

Q_DECLARE_METATYPE(relais::ErrorKind)

class TestKeyHeader : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
    QString m_vault;
    QByteArray m_goodHeader;

    void writeHeader(const QByteArray& bytes)
    {
        QFile f(KeyHeader::pathFor(m_vault));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(bytes);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_vault = m_dir.filePath(QStringLiteral("relais.vault"));
        auto c = Vault::create(m_vault, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(),
                               m_clock);
        QVERIFY(c);
        QFile f(KeyHeader::pathFor(m_vault));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_goodHeader = f.readAll();
    }

    void init() { writeHeader(m_goodHeader); }

    void corruptHeader_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<relais::ErrorKind>("kind");
        const QJsonObject good = QJsonDocument::fromJson(m_goodHeader).object();
        const auto variant = [&](auto mutate) {
            QJsonObject o = good;
            mutate(o);
            return QJsonDocument(o).toJson();
        };
        const auto slotVariant = [&](auto mutate) {
            return variant([&](QJsonObject& o) {
                QJsonArray list = o.value(QStringLiteral("slots")).toArray();
                QJsonObject s = list.at(0).toObject();
                mutate(s);
                list[0] = s;
                o[QStringLiteral("slots")] = list;
            });
        };
        QTest::newRow("empty file") << QByteArray() << ErrorKind::VaultCorrupt;
        QTest::newRow("garbage") << QByteArray("\x00\x01\x02garbage", 10) << ErrorKind::VaultCorrupt;
        QTest::newRow("truncated") << m_goodHeader.left(m_goodHeader.size() / 2) << ErrorKind::VaultCorrupt;
        QTest::newRow("json array") << QByteArray("[1,2]") << ErrorKind::VaultCorrupt;
        QTest::newRow("other format") << variant([](QJsonObject& o) { o[QStringLiteral("format")] = QStringLiteral("x"); })
                                      << ErrorKind::VaultCorrupt;
        QTest::newRow("newer format") << variant([](QJsonObject& o) { o[QStringLiteral("version")] = 99; })
                                      << ErrorKind::VaultTooNew;
        QTest::newRow("no slots") << variant([](QJsonObject& o) { o[QStringLiteral("slots")] = QJsonArray(); })
                                  << ErrorKind::VaultCorrupt;
        QTest::newRow("bad vault id") << variant([](QJsonObject& o) { o[QStringLiteral("vault_id")] = QStringLiteral("x"); })
                                      << ErrorKind::VaultCorrupt;
        QTest::newRow("bad base64") << slotVariant([](QJsonObject& s) { s[QStringLiteral("salt")] = QStringLiteral("!!!"); })
                                    << ErrorKind::VaultCorrupt;
        QTest::newRow("short wrapped key")
            << slotVariant([](QJsonObject& s) { s[QStringLiteral("wrapped_key")] = QStringLiteral("AAAA"); })
            << ErrorKind::VaultCorrupt;
        QTest::newRow("unknown kind") << slotVariant([](QJsonObject& s) { s[QStringLiteral("kind")] = QStringLiteral("x"); })
                                      << ErrorKind::VaultCorrupt;
        QTest::newRow("absurd memory")
            << slotVariant([](QJsonObject& s) {
                   QJsonObject k = s.value(QStringLiteral("kdf")).toObject();
                   k[QStringLiteral("mem")] = 1;
                   s[QStringLiteral("kdf")] = k;
               })
            << ErrorKind::VaultCorrupt;
        // Authenticated fields: tampering makes the slot fail like a wrong passphrase.
        QTest::newRow("label tampered")
            << slotVariant([](QJsonObject& s) { s[QStringLiteral("label")] = QStringLiteral("Mallory"); })
            << ErrorKind::WrongSecret;
        QTest::newRow("kdf weakened")
            << slotVariant([](QJsonObject& s) {
                   QJsonObject k = s.value(QStringLiteral("kdf")).toObject();
                   k[QStringLiteral("ops")] = 2;
                   s[QStringLiteral("kdf")] = k;
               })
            << ErrorKind::WrongSecret;
        QTest::newRow("wrapped key flipped")
            << slotVariant([](QJsonObject& s) {
                   QByteArray w = QByteArray::fromBase64(s.value(QStringLiteral("wrapped_key")).toString().toLatin1());
                   w[3] = char(w[3] ^ 0x01);
                   s[QStringLiteral("wrapped_key")] = QString::fromLatin1(w.toBase64());
               })
            << ErrorKind::WrongSecret;
    }

    void corruptHeader()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(relais::ErrorKind, kind);
        writeHeader(bytes);
        auto v = Vault::open(m_vault, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, kind);
        if (kind != ErrorKind::WrongSecret)
            QVERIFY2(v.error().message.contains(KeyHeader::pathFor(m_vault)), qPrintable(v.error().message));
    }

    void goodHeaderStillOpens()
    {
        // Reset the failure counter the corrupt rows left, as an earlier successful unlock would.
        auto h = KeyHeader::load(KeyHeader::pathFor(m_vault));
        QVERIFY(h);
        QVERIFY(h->save(KeyHeader::pathFor(m_vault)));
        m_clock.advanceSecs(3600);
        auto v = Vault::open(m_vault, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
    }

    void saveIsAtomicAndPrivate()
    {
        auto h = KeyHeader::load(KeyHeader::pathFor(m_vault));
        QVERIFY(h);
        QVERIFY(h->save(KeyHeader::pathFor(m_vault)));
        const QStringList files = QDir(m_dir.path()).entryList(QDir::Files);
        for (const QString& f : files)
            QVERIFY2(!f.contains(QLatin1String(".keys.")), qPrintable(f));  // no temp file left
        QCOMPARE(QFile::permissions(KeyHeader::pathFor(m_vault)) & (QFile::ReadGroup | QFile::ReadOther),
                 QFileDevice::Permissions());
        // Writing into a folder that does not exist fails with a message, the old file is untouched.
        auto r = h->save(m_dir.filePath(QStringLiteral("missing/dir/x.keys")));
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("x.keys")));
    }

    void auditHeadSealIsKeptAndADamagedOneDoesNotLockOut()
    {
        const QString path = KeyHeader::pathFor(m_vault);
        auto h = KeyHeader::load(path);
        QVERIFY(h && h->auditHead);
        QVERIFY(!h->auditHead->damaged);
        QVERIFY(h->auditHead->seq >= 2);
        QCOMPARE(h->auditHead->entryMac.size(), 32);
        QCOMPARE(h->auditHead->tag.size(), 32);
        QVERIFY(h->save(path));
        auto again = KeyHeader::load(path);
        QVERIFY(again && again->auditHead);
        QCOMPARE(again->auditHead->seq, h->auditHead->seq);
        QCOMPARE(again->auditHead->entryMac, h->auditHead->entryMac);
        QCOMPARE(again->auditHead->tag, h->auditHead->tag);

        // Unreadable: the header still loads and the vault still opens, with a warning.
        QJsonObject o = QJsonDocument::fromJson(m_goodHeader).object();
        QJsonObject a = o.value(QStringLiteral("audit_head")).toObject();
        a[QStringLiteral("mac")] = QStringLiteral("!!!");
        o[QStringLiteral("audit_head")] = a;
        writeHeader(QJsonDocument(o).toJson());
        auto damaged = KeyHeader::load(path);
        QVERIFY(damaged && damaged->auditHead);
        QVERIFY(damaged->auditHead->damaged);
        auto v = Vault::open(m_vault, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
        QVERIFY(!(*v)->auditRollbackWarning().isEmpty());
    }

    void recoveryKeyNormalize_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<QByteArray>("canonical");
        QTest::newRow("as printed") << QByteArray("7K3M-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345")
                                    << QByteArray("7K3MABCDEFGHJKMNPQRSTVWXYZ012345");
        QTest::newRow("lower, spaces") << QByteArray("7k3m abcd efgh jkmn pqrs tvwx yz01 2345")
                                       << QByteArray("7K3MABCDEFGHJKMNPQRSTVWXYZ012345");
        QTest::newRow("O and I typed") << QByteArray("7K3M-ABCD-EFGH-JKMN-PQRS-TVWX-YZOI-2345")
                                       << QByteArray("7K3MABCDEFGHJKMNPQRSTVWXYZ012345");
        QTest::newRow("too short") << QByteArray("7K3M-ABCD") << QByteArray();
        QTest::newRow("too long") << QByteArray("7K3M-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6") << QByteArray();
        QTest::newRow("U not in alphabet") << QByteArray("UK3M-ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345") << QByteArray();
    }

    void recoveryKeyNormalize()
    {
        QFETCH(QByteArray, typed);
        QFETCH(QByteArray, canonical);
        const SecureBytes n = RecoveryKey::normalize(SecureBytes(typed.constData(), std::size_t(typed.size())));
        QCOMPARE(n.view().toByteArray(), canonical);
    }

    void recoveryKeysAreRandomAndWellFormed()
    {
        const SecureBytes a = RecoveryKey::generate();
        const SecureBytes b = RecoveryKey::generate();
        QCOMPARE(a.size(), std::size_t(39));
        QVERIFY(!a.equals(b));
        QCOMPARE(RecoveryKey::normalize(a).size(), std::size_t(32));
    }

    void passphraseStrength_data()
    {
        QTest::addColumn<QByteArray>("passphrase");
        QTest::addColumn<bool>("acceptable");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("azerty") << QByteArray("azerty") << false;
        QTest::newRow("keyboard walk") << QByteArray("azertyuiop123") << false;
        QTest::newRow("practice word") << QByteArray("Cabinet2026!") << false;
        QTest::newRow("four words") << QByteArray("correct horse battery staple relais") << true;
        QTest::newRow("french sentence") << QByteArray("le chat de la voisine mange des tomates") << true;
    }

    void passphraseStrength()
    {
        QFETCH(QByteArray, passphrase);
        QFETCH(bool, acceptable);
        const auto s = PassphraseStrength::evaluate(SecureBytes(passphrase.constData(), std::size_t(passphrase.size())));
        QVERIFY2(s.acceptable() == acceptable, qPrintable(QStringLiteral("%1 bits").arg(s.bits)));
        QVERIFY(!s.describe().isEmpty());
    }

    void idleTimerUsesTheInjectedClock()
    {
        FakeClock clock;
        IdleTimer idle(clock, 300);
        QVERIFY(!idle.expired());
        clock.advanceSecs(299);
        QCOMPARE(idle.remainingSecs(), 1);
        idle.activity();
        clock.advanceSecs(299);
        QVERIFY(!idle.expired());
        clock.advanceSecs(1);
        QVERIFY(idle.expired());
        idle.setDelaySecs(5);  // never below 30 s
        QCOMPARE(idle.delaySecs(), 30);
    }

    void calibrationMeetsTheFloor()
    {
        const KdfParams p = KdfParams::calibrate(0.05);
        QVERIFY(p.isValid());
        QVERIFY(p.memLimitBytes >= KdfParams::kMinProductionMem);
        QVERIFY(p.opsLimit >= 1);
    }
};

QTEST_GUILESS_MAIN(TestKeyHeader)
#include "tst_keyheader.moc"
