// SPDX-License-Identifier: GPL-3.0-or-later
#include "../prescribing/Fixtures.h"
#include "FakeClock.h"
#include "TestSupport.h"
#include "access/SlotDirectory.h"
#include "audit/AuditLog.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "prescribing/PractitionerStore.h"
#include "readiness/Readiness.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace relais;
using relais::test::doctor;
using relais::test::secret;

namespace {

constexpr auto kPassB = "lighthouse parsley violin november";
constexpr auto kPassB2 = "harbour cinnamon trumpet october";

bool opens(const QString& path, const char* pass, SlotKind kind, const Clock& clock)
{
    return bool(Vault::open(path, secret(pass), kind, clock));
}

ReadinessItem practitionersItem(Vault& v)
{
    for (const ReadinessItem& i : Readiness(v).items())
        if (i.id == QLatin1String("practitioners"))
            return i;
    return {};
}

QList<AuditEntry> slotEntries(Vault& v)
{
    AuditFilter f;
    f.objectType = QStringLiteral("slot");
    f.newestFirst = false;
    QList<AuditEntry> out;
    for (const char* a : {AuditAction::SlotAdd, AuditAction::SlotChange, AuditAction::SlotRemove}) {
        f.action = QString::fromLatin1(a);
        f.objectType.clear();
        auto page = v.audit().page(f, std::nullopt, 100);
        if (page)
            out += *page;
    }
    return out;
}

} // namespace

class TstSlots : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;
    FakeClock m_clock;

    QString freshPath() { return m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // One row per operation: what is done with practitioner A's session, then which secrets
    // open the vault afterwards.
    void operations_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<bool>("succeeds");
        QTest::addColumn<bool>("aOpens");
        QTest::addColumn<bool>("bOpens");
        QTest::addColumn<bool>("b2Opens");
        QTest::addColumn<bool>("oldRecoveryOpens");
        QTest::addColumn<QString>("audited");

        QTest::newRow("add B") << "add" << true << true << true << false << true << "slot.add";
        QTest::newRow("change B's passphrase") << "change" << true << true << false << true << true << "slot.change";
        QTest::newRow("remove B") << "remove" << true << true << false << false << true << "slot.remove";
        QTest::newRow("remove the last passphrase: refused") << "removeLast" << false << true << false << false << true
                                                             << "";
        QTest::newRow("remove the slot that unlocked: refused") << "removeCurrent" << false << true << true << false
                                                                << true << "";
        QTest::newRow("new recovery key revokes the old") << "recovery" << true << true << true << false << false
                                                          << "slot.remove";
    }

    void operations()
    {
        QFETCH(QString, op);
        QFETCH(bool, succeeds);
        QFETCH(bool, aOpens);
        QFETCH(bool, bOpens);
        QFETCH(bool, b2Opens);
        QFETCH(bool, oldRecoveryOpens);
        QFETCH(QString, audited);

        const QString path = freshPath();
        auto created = Vault::create(path, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(),
                                     m_clock);
        QVERIFY(created);
        const QByteArray oldRecovery = created->recoveryKey.view().toByteArray();
        Vault& v = *created->vault;
        const KdfParams fast = KdfParams::fastForTests();
        QString bId;
        const int beforeAdd = int(slotEntries(v).size());
        if (op != QLatin1String("removeLast")) {
            auto b = v.addSlot(QStringLiteral("Dr B"), SlotKind::Passphrase, secret(kPassB), fast);
            QVERIFY2(b, b ? "" : qPrintable(b.error().message));
            bId = *b;
        }
        const int before = op == QLatin1String("add") ? beforeAdd : int(slotEntries(v).size());
        Result<void> r;
        QByteArray newRecovery;
        if (op == QLatin1String("change")) {
            r = v.changeSecret(bId, secret(kPassB2), fast);
        } else if (op == QLatin1String("remove")) {
            r = v.removeSlot(bId);
        } else if (op == QLatin1String("removeLast")) {
            r = v.removeSlot(v.slotId());
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QLatin1String("last passphrase")), qPrintable(r.error().message));
        } else if (op == QLatin1String("removeCurrent")) {
            r = v.removeSlot(v.slotId());
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QLatin1String("Dr A")), qPrintable(r.error().message));
        } else if (op == QLatin1String("recovery")) {
            auto k = v.replaceRecoveryKey(fast);
            QVERIFY2(k, k ? "" : qPrintable(k.error().message));
            newRecovery = k->view().toByteArray();
            QCOMPARE(std::count_if(v.keySlots().cbegin(), v.keySlots().cend(),
                                   [](const KeySlot& s) { return s.kind == SlotKind::Recovery; }),
                     1);
        }
        QCOMPARE(bool(r), succeeds);
        const QList<AuditEntry> after = slotEntries(v);
        if (audited.isEmpty()) {
            QCOMPARE(after.size(), before);  // a refusal changes nothing and records nothing
        } else {
            QVERIFY(after.size() > before);
            const bool found = std::any_of(after.cbegin(), after.cend(), [&](const AuditEntry& e) {
                return e.action == audited && e.detail.contains(QLatin1String("label="));
            });
            QVERIFY(found);
            // Slot ids and labels only: never a secret.
            for (const AuditEntry& e : after)
                QVERIFY(!e.detail.contains(QLatin1String(kPassB)) && !e.detail.contains(QLatin1String(kPassB2)));
        }
        v.lock();

        QCOMPARE(opens(path, test::kPassphrase, SlotKind::Passphrase, m_clock), aOpens);
        QCOMPARE(opens(path, kPassB, SlotKind::Passphrase, m_clock), bOpens);
        QCOMPARE(opens(path, kPassB2, SlotKind::Passphrase, m_clock), b2Opens);
        QCOMPARE(bool(Vault::open(path, SecureBytes(oldRecovery.constData(), oldRecovery.size()), SlotKind::Recovery,
                                  m_clock)),
                 oldRecoveryOpens);
        if (!newRecovery.isEmpty())
            QVERIFY(Vault::open(path, SecureBytes(newRecovery.constData(), newRecovery.size()), SlotKind::Recovery, m_clock));
    }

    void checkSecretTellsTheCurrentPassphrase()
    {
        auto c = Vault::create(freshPath(), QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(),
                               m_clock);
        QVERIFY(c);
        QVERIFY(c->vault->checkSecret(c->vault->slotId(), secret(test::kPassphrase)));
        auto wrong = c->vault->checkSecret(c->vault->slotId(), secret(kPassB));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::WrongSecret);
    }

    // The directory: prescriber link, last unlock from the trail, the current slot; the link and
    // the label come back with a restored backup, and so does the last use.
    void directoryAndBackupRestore()
    {
        const QString path = freshPath();
        FakeClock clock;
        QString bId;
        qint64 bDoctor = 0;
        QString backupDir;
        {
            auto c = Vault::create(path, QStringLiteral("Dr A"), secret(test::kPassphrase), KdfParams::fastForTests(), clock);
            QVERIFY(c);
            Vault& v = *c->vault;
            auto b = v.addSlot(QStringLiteral("Dr B"), SlotKind::Passphrase, secret(kPassB), KdfParams::fastForTests());
            QVERIFY(b);
            bId = *b;
            PractitionerStore store(v);
            auto a = store.create(doctor("Aubert", "10001234565"));
            QVERIFY(a);
            auto d = store.create(doctor("Bernard", "10009876540"));
            QVERIFY(d);
            bDoctor = *d;
            // A: two prescribers, one without a passphrase of their own yet.
            const ReadinessItem amber = practitionersItem(v);
            QCOMPARE(amber.colour, ReadinessColour::Amber);
            QVERIFY2(amber.fact.contains(QLatin1String("AUBERT")) && amber.fact.contains(QLatin1String("BERNARD")),
                     qPrintable(amber.fact));
            QVERIFY(store.linkSlot(bId, bDoctor));
            QVERIFY(store.linkSlot(v.slotId(), *a));
            QCOMPARE(practitionersItem(v).colour, ReadinessColour::Green);
            // Linking B's slot to another prescriber unties it from the first.
            QVERIFY(store.linkSlot(bId, *a));
            QVERIFY(!(*store.get(bDoctor)).slotId.size());
            QVERIFY(store.linkSlot(bId, bDoctor));
        }
        clock.advanceSecs(3600);
        {
            auto v = Vault::open(path, secret(kPassB), SlotKind::Passphrase, clock);
            QVERIFY(v);
            QCOMPARE((*v)->slotId(), bId);
            auto rows = SlotDirectory::read(**v);
            QVERIFY(rows);
            QCOMPARE(rows->size(), 3);
            const auto row = std::find_if(rows->cbegin(), rows->cend(), [&](const SlotRow& r) { return r.slot.id == bId; });
            QVERIFY(row != rows->cend());
            QVERIFY(row->current);
            QCOMPARE(row->slot.label, QStringLiteral("Dr B"));
            QVERIFY(row->practitioner);
            QCOMPARE(row->practitioner->id, bDoctor);
            QCOMPARE(row->lastUsedUtc, clock.nowUtc());
            const auto recovery = std::find_if(rows->cbegin(), rows->cend(),
                                               [](const SlotRow& r) { return r.slot.kind == SlotKind::Recovery; });
            QVERIFY(!recovery->lastUsedUtc.isValid());
            auto made = Backup::create(**v, m_dir.filePath(QStringLiteral("backups%1").arg(m_n)));
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            backupDir = made->path;
            // After the backup: B's link is dropped in the live vault.
            QVERIFY(PractitionerStore(**v).linkSlot(bId, 0));
        }
        auto restored = Backup::restore(backupDir, path, secret(test::kPassphrase), SlotKind::Passphrase, clock);
        QVERIFY2(restored, restored ? "" : qPrintable(restored.error().message));
        auto v = Vault::open(path, secret(kPassB), SlotKind::Passphrase, clock);
        QVERIFY(v);
        auto rows = SlotDirectory::read(**v);
        QVERIFY(rows);
        const auto row = std::find_if(rows->cbegin(), rows->cend(), [&](const SlotRow& r) { return r.slot.id == bId; });
        QVERIFY(row != rows->cend());
        QCOMPARE(row->slot.label, QStringLiteral("Dr B"));
        QVERIFY(row->practitioner);
        QCOMPARE(row->practitioner->id, bDoctor);
    }
};

QTEST_GUILESS_MAIN(TstSlots)
#include "tst_slots.moc"
