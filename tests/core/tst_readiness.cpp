// SPDX-License-Identifier: GPL-3.0-or-later
#include "../prescribing/Fixtures.h"
#include "FakeClock.h"
#include "TestSupport.h"
#include "audit/AuditLog.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "drugs/DrugReference.h"
#include "interop/Inbox.h"
#include "prescribing/PractitionerStore.h"
#include "readiness/Drill.h"
#include "readiness/DrillStore.h"
#include "readiness/NightlyTask.h"
#include "readiness/Readiness.h"
#include "storage/Sqlite.h"
#include "sync/Outbox.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace relais;
using relais::test::doctor;
using relais::test::secret;

Q_DECLARE_METATYPE(relais::ReadinessColour)

// The readiness check: each item green / amber / red at its thresholds (injected clock), the
// practice's own thresholds, the worst colour, and relais-cli check's exit codes.
class TestReadiness : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;

    struct Made
    {
        QString path;
        std::unique_ptr<Vault> vault;
    };

    Made makeVault(const Clock& clock)
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n));
        auto c = Vault::create(path, QStringLiteral("Dr Test"), secret(test::kPassphrase), KdfParams::fastForTests(), clock);
        if (!c)
            qFatal("create failed: %s", qPrintable(c.error().message));
        return {path, std::move(c->vault)};
    }
    Made makeVault() { return makeVault(m_clock); }

    static void setSnapshot(Vault& v, const QDateTime& t)
    {
        auto st = v.db().prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('snapshot_utc', ?)"));
        QVERIFY(st);
        st->bind(1, t.toString(Qt::ISODate));
        QVERIFY(st->run());
    }

    static ReadinessItem item(Vault& v, const QString& id)
    {
        for (const ReadinessItem& i : Readiness(v).items())
            if (i.id == id)
                return i;
        qWarning() << "no item" << id;
        return {};
    }

    static QString bdpmDir() { return QStringLiteral(RELAIS_TEST_SOURCE_DIR "/../resources/demo/bdpm"); }

    // Everything green at the clock's time: snapshot now, a verified backup, the sheet and a
    // test page printed, a complete prescriber, a drug reference, nothing in the outbox or the
    // inbox (and this machine's disk has room).
    void makeReady(Vault& v, const Clock& clock)
    {
        setSnapshot(v, clock.nowUtc());
        QVERIFY(PractitionerStore(v).create(doctor()));
        QVERIFY(v.audit().append(QString::fromLatin1(AuditAction::RecoverySheetPrint)));
        DrillRun drill;
        drill.finishedUtc = clock.nowUtc();
        QVERIFY(DrillStore(v).keep(drill, QByteArrayLiteral("%PDF-1.4")));
        QVERIFY(v.audit().append(QString::fromLatin1(AuditAction::PrinterTestPage), QStringLiteral("printer"),
                                 QStringLiteral("Cabinet")));
        auto ref = DrugReference::refresh(bdpmDir(), DrugReference::pathBeside(v.path()));
        QVERIFY2(ref, ref ? "" : qPrintable(ref.error().message));
        auto b = Backup::create(v, m_dir.filePath(QStringLiteral("backups%1").arg(++m_n)));
        QVERIFY2(b, b ? "" : qPrintable(b.error().message));
    }

    using Run = test::CliRun;

    Run cli(const QStringList& args)
    {
        return test::runCli(args, m_dir.filePath(QStringLiteral("xdg")));
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)); }

    void snapshotAge_data()
    {
        QTest::addColumn<int>("ageMinutes");  // -1: never imported
        QTest::addColumn<ReadinessColour>("colour");
        QTest::newRow("never") << -1 << ReadinessColour::Red;
        QTest::newRow("just now") << 0 << ReadinessColour::Green;
        QTest::newRow("24 h") << 24 * 60 << ReadinessColour::Green;
        QTest::newRow("24 h 1 min") << 24 * 60 + 1 << ReadinessColour::Amber;
        QTest::newRow("72 h") << 72 * 60 << ReadinessColour::Amber;
        QTest::newRow("72 h 1 min") << 72 * 60 + 1 << ReadinessColour::Red;
        QTest::newRow("a month") << 30 * 24 * 60 << ReadinessColour::Red;
    }
    void snapshotAge()
    {
        QFETCH(int, ageMinutes);
        QFETCH(ReadinessColour, colour);
        Made m = makeVault();
        if (ageMinutes >= 0)
            setSnapshot(*m.vault, m_clock.nowUtc().addSecs(-60LL * ageMinutes));
        const ReadinessItem i = item(*m.vault, QStringLiteral("snapshot"));
        QCOMPARE(i.colour, colour);
        QVERIFY(!i.fact.isEmpty());
        QCOMPARE(i.nextAction.isEmpty(), colour == ReadinessColour::Green);
        QCOMPARE(i.action, colour == ReadinessColour::Green ? ReadinessItem::Action::None : ReadinessItem::Action::Import);
    }

    void changedThresholds()
    {
        Made m = makeVault();
        Vault& v = *m.vault;
        QCOMPARE(*ReadinessThresholds::load(v), ReadinessThresholds{});
        ReadinessThresholds t;
        t.snapshotGreenHours = 12;
        t.snapshotAmberHours = 48;
        t.backupGreenDays = 2;
        t.backupAmberDays = 3;
        QVERIFY(t.save(v));
        QCOMPARE(*ReadinessThresholds::load(v), t);

        setSnapshot(v, m_clock.nowUtc().addSecs(-12 * 3600));
        QCOMPARE(item(v, QStringLiteral("snapshot")).colour, ReadinessColour::Green);
        setSnapshot(v, m_clock.nowUtc().addSecs(-13 * 3600));
        QCOMPARE(item(v, QStringLiteral("snapshot")).colour, ReadinessColour::Amber);
        setSnapshot(v, m_clock.nowUtc().addSecs(-49 * 3600));
        QCOMPARE(item(v, QStringLiteral("snapshot")).colour, ReadinessColour::Red);

        QVERIFY(Backup::create(v, m_dir.filePath(QStringLiteral("tb"))));
        m_clock.advanceSecs(2 * 86400);
        QCOMPARE(item(v, QStringLiteral("backup")).colour, ReadinessColour::Green);
        m_clock.advanceSecs(3600);
        QCOMPARE(item(v, QStringLiteral("backup")).colour, ReadinessColour::Amber);
        m_clock.advanceSecs(86400);
        QCOMPARE(item(v, QStringLiteral("backup")).colour, ReadinessColour::Red);

        // Refused with the field named; what was saved stays.
        ReadinessThresholds bad = t;
        bad.snapshotGreenHours = 50;
        auto r = bad.save(v);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("snapshot_green_hours")), qPrintable(r.error().message));
        bad = t;
        bad.backupAmberDays = 0;
        r = bad.save(v);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("backup_amber_days")), qPrintable(r.error().message));
        QCOMPARE(*ReadinessThresholds::load(v), t);

        // A damaged value in the vault reads as the default.
        QVERIFY(v.db().exec(QStringLiteral("UPDATE meta SET value = '{\"snapshot_green_hours\":-3,"
                                           "\"snapshot_amber_hours\":\"x\",\"backup_green_days\":5}' "
                                           "WHERE key = 'readiness_thresholds'")));
        ReadinessThresholds expected;
        expected.backupGreenDays = 5;
        QCOMPARE(*ReadinessThresholds::load(v), expected);
    }

    void backupAge_data()
    {
        QTest::addColumn<qint64>("ageSecs");  // -1: no backup
        QTest::addColumn<ReadinessColour>("colour");
        QTest::newRow("none") << qint64(-1) << ReadinessColour::Red;
        QTest::newRow("just made") << qint64(0) << ReadinessColour::Green;
        QTest::newRow("7 days") << qint64(7 * 86400) << ReadinessColour::Green;
        QTest::newRow("7 days 1 s") << qint64(7 * 86400 + 1) << ReadinessColour::Amber;
        QTest::newRow("30 days") << qint64(30 * 86400) << ReadinessColour::Amber;
        QTest::newRow("30 days 1 s") << qint64(30 * 86400 + 1) << ReadinessColour::Red;
    }
    void backupAge()
    {
        QFETCH(qint64, ageSecs);
        QFETCH(ReadinessColour, colour);
        Made m = makeVault();
        if (ageSecs >= 0) {
            auto b = Backup::create(*m.vault, m_dir.filePath(QStringLiteral("b%1").arg(++m_n)));
            QVERIFY2(b, b ? "" : qPrintable(b.error().message));
            m_clock.advanceSecs(ageSecs);
        }
        const ReadinessItem i = item(*m.vault, QStringLiteral("backup"));
        QCOMPARE(i.colour, colour);
        QCOMPARE(i.action, colour == ReadinessColour::Green ? ReadinessItem::Action::None : ReadinessItem::Action::Backup);
    }

    void recoverySheet()
    {
        Made m = makeVault();
        ReadinessItem i = item(*m.vault, QStringLiteral("recovery_sheet"));
        QCOMPARE(i.colour, ReadinessColour::Red);
        QCOMPARE(i.action, ReadinessItem::Action::PrintRecoverySheet);
        // Other events do not count; found beyond the first page of the trail.
        for (int k = 0; k < 1200; ++k)
            QVERIFY(m.vault->audit().append(QStringLiteral("vault.verify")));
        QCOMPARE(item(*m.vault, QStringLiteral("recovery_sheet")).colour, ReadinessColour::Red);
        QVERIFY(m.vault->audit().append(QString::fromLatin1(AuditAction::RecoverySheetPrint)));
        i = item(*m.vault, QStringLiteral("recovery_sheet"));
        QCOMPARE(i.colour, ReadinessColour::Green);
        QCOMPARE(i.action, ReadinessItem::Action::None);
    }

    void practitioners()
    {
        Made m = makeVault();
        QCOMPARE(item(*m.vault, QStringLiteral("practitioners")).colour, ReadinessColour::Red);
        auto id = PractitionerStore(*m.vault).create(doctor());
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        QCOMPARE(item(*m.vault, QStringLiteral("practitioners")).colour, ReadinessColour::Green);
        // A profile left incomplete (an older vault, an edit outside Relais): named, with what is missing.
        QVERIFY(m.vault->db().exec(QStringLiteral("UPDATE practitioner SET phone = '', am_number = '', finess = ''")));
        const ReadinessItem i = item(*m.vault, QStringLiteral("practitioners"));
        QCOMPARE(i.colour, ReadinessColour::Red);
        QCOMPARE(i.action, ReadinessItem::Action::Practitioners);
        QVERIFY2(i.fact.contains(QLatin1String("ROCHE")) && i.fact.contains(QLatin1String("phone"))
                     && i.fact.contains(QLatin1String("AM or FINESS")) && !i.fact.contains(QLatin1String("RPPS")),
                 qPrintable(i.fact));
    }

    void inbox()
    {
        Made m = makeVault();
        const QString dir = Inbox::defaultDir(m.path);
        QCOMPARE(item(*m.vault, QStringLiteral("inbox")).colour, ReadinessColour::Green);
        QVERIFY(Inbox::publish(*m.vault, dir));
        QCOMPARE(item(*m.vault, QStringLiteral("inbox")).colour, ReadinessColour::Green);
        // A damaged sealed file waiting: amber until the merge tries it, then quarantined: red.
        QFile f(QDir(dir).filePath(QStringLiteral("snapshot-20261122T230000Z.sealed")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("RELAISS1") + QByteArray(200, 'x'));
        f.close();
        ReadinessItem i = item(*m.vault, QStringLiteral("inbox"));
        QCOMPARE(i.colour, ReadinessColour::Amber);
        QCOMPARE(i.action, ReadinessItem::Action::Import);
        const Inbox::Merged merged = Inbox::mergeAll(*m.vault, dir);
        QCOMPARE(merged.quarantined.size(), 1);
        i = item(*m.vault, QStringLiteral("inbox"));
        QCOMPARE(i.colour, ReadinessColour::Red);
        QVERIFY2(i.fact.contains(QLatin1String("set aside")), qPrintable(i.fact));
        QVERIFY(QFile::remove(merged.quarantined.first()));
        QCOMPARE(item(*m.vault, QStringLiteral("inbox")).colour, ReadinessColour::Green);
    }

    void outbox()
    {
        Made m = makeVault();
        Vault& v = *m.vault;
        QCOMPARE(item(v, QStringLiteral("outbox")).colour, ReadinessColour::Green);
        QVERIFY(DemoData(7).fill(v, 3, m_clock.nowUtc()));
        QVERIFY(v.db().exec(QStringLiteral("UPDATE patient SET changed_locally = 1")));
        Outbox box(v, m_clock);
        auto entries = box.entries();
        QVERIFY(entries);
        QVERIFY(entries->size() >= 2);
        ReadinessItem i = item(v, QStringLiteral("outbox"));
        QCOMPARE(i.colour, ReadinessColour::Amber);
        QCOMPARE(i.action, ReadinessItem::Action::Sync);
        QHash<qint64, QString> ids;
        for (const OutboxEntry& e : std::as_const(*entries))
            ids.insert(e.id, QStringLiteral("Resource/%1").arg(e.id));
        QVERIFY(box.markFailed({entries->at(0)}, QStringLiteral("HTTP 400"), false));
        QCOMPARE(item(v, QStringLiteral("outbox")).colour, ReadinessColour::Red);
        QVERIFY(box.markAcknowledged(entries->mid(0, 1), ids));
        QVERIFY(box.markConflict({entries->at(1)}, QStringLiteral("changed in the EHR")));
        QCOMPARE(item(v, QStringLiteral("outbox")).colour, ReadinessColour::Red);
        QVERIFY(box.markAcknowledged(*entries, ids));
        i = item(v, QStringLiteral("outbox"));
        QCOMPARE(i.colour, ReadinessColour::Green);
        QCOMPARE(i.action, ReadinessItem::Action::None);
    }

    void testPage_data()
    {
        QTest::addColumn<qint64>("ageSecs");  // -1: never printed
        QTest::addColumn<ReadinessColour>("colour");
        QTest::newRow("never") << qint64(-1) << ReadinessColour::Red;
        QTest::newRow("just printed") << qint64(0) << ReadinessColour::Green;
        QTest::newRow("30 days") << qint64(30 * 86400) << ReadinessColour::Green;
        QTest::newRow("30 days 1 s") << qint64(30 * 86400 + 1) << ReadinessColour::Amber;
        QTest::newRow("a year") << qint64(365 * 86400) << ReadinessColour::Amber;
    }
    void testPage()
    {
        QFETCH(qint64, ageSecs);
        QFETCH(ReadinessColour, colour);
        Made m = makeVault();
        // Other prints do not count.
        QVERIFY(m.vault->audit().append(QString::fromLatin1(AuditAction::RecoverySheetPrint)));
        if (ageSecs >= 0) {
            QVERIFY(m.vault->audit().append(QString::fromLatin1(AuditAction::PrinterTestPage), QStringLiteral("printer"),
                                            QStringLiteral("Cabinet")));
            m_clock.advanceSecs(ageSecs);
        }
        const ReadinessItem i = item(*m.vault, QStringLiteral("test_page"));
        QCOMPARE(i.colour, colour);
        QCOMPARE(i.nextAction.isEmpty(), colour == ReadinessColour::Green);
        QCOMPARE(i.action, colour == ReadinessColour::Green ? ReadinessItem::Action::None : ReadinessItem::Action::PrintTestPage);
    }

    void drugReference_data()
    {
        QTest::addColumn<bool>("present");
        QTest::addColumn<int>("months");   // clock set this many months after the import …
        QTest::addColumn<qint64>("plusSecs");  // … plus this
        QTest::addColumn<ReadinessColour>("colour");
        QTest::newRow("none") << false << 0 << qint64(0) << ReadinessColour::Red;
        QTest::newRow("just imported") << true << 0 << qint64(0) << ReadinessColour::Green;
        QTest::newRow("3 months") << true << 3 << qint64(0) << ReadinessColour::Green;
        QTest::newRow("3 months 1 s") << true << 3 << qint64(1) << ReadinessColour::Amber;
        QTest::newRow("a year") << true << 12 << qint64(0) << ReadinessColour::Amber;
    }
    void drugReference()
    {
        QFETCH(bool, present);
        QFETCH(int, months);
        QFETCH(qint64, plusSecs);
        QFETCH(ReadinessColour, colour);
        Made m = makeVault();
        const QString path = DrugReference::pathBeside(m.path);
        if (present) {
            QVERIFY(DrugReference::refresh(bdpmDir(), path));
            auto ref = DrugReference::open(path);
            QVERIFY(ref);
            m_clock.set((*ref)->importedUtc().addMonths(months).addSecs(plusSecs));
        }
        const ReadinessItem i = item(*m.vault, QStringLiteral("drug_reference"));
        QCOMPARE(i.colour, colour);
        QCOMPARE(i.action, colour == ReadinessColour::Green ? ReadinessItem::Action::None : ReadinessItem::Action::DrugReference);
        // A damaged file: red, named.
        if (present) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(4096, 'z'));
            f.close();
            const ReadinessItem bad = item(*m.vault, QStringLiteral("drug_reference"));
            QCOMPARE(bad.colour, ReadinessColour::Red);
            QVERIFY2(bad.fact.contains(QLatin1String("drug reference")), qPrintable(bad.fact));
        }
    }

    void diskSpace_data()
    {
        QTest::addColumn<qint64>("freeMb");  // -1: cannot be read
        QTest::addColumn<ReadinessColour>("colour");
        QTest::newRow("unreadable") << qint64(-1) << ReadinessColour::Red;
        QTest::newRow("50 GB") << qint64(50000) << ReadinessColour::Green;
        QTest::newRow("2048 MB") << qint64(2048) << ReadinessColour::Green;
        QTest::newRow("2047 MB") << qint64(2047) << ReadinessColour::Amber;
        QTest::newRow("500 MB") << qint64(500) << ReadinessColour::Amber;
        QTest::newRow("499 MB") << qint64(499) << ReadinessColour::Red;
        QTest::newRow("full") << qint64(0) << ReadinessColour::Red;
    }
    void diskSpace()
    {
        QFETCH(qint64, freeMb);
        QFETCH(ReadinessColour, colour);
        Made m = makeVault();
        Readiness r(*m.vault);
        QString asked;
        r.setFreeSpaceProbe([&](const QString& dir) {
            asked = dir;
            return freeMb < 0 ? qint64(-1) : freeMb * 1024 * 1024 + 1000;
        });
        ReadinessItem i;
        for (const ReadinessItem& it : r.items())
            if (it.id == QLatin1String("disk_space"))
                i = it;
        QCOMPARE(i.id, QStringLiteral("disk_space"));
        QCOMPARE(asked, QFileInfo(m.path).absolutePath());
        QCOMPARE(i.colour, colour);
        QCOMPARE(i.nextAction.isEmpty(), colour == ReadinessColour::Green);
        // The real disk is read without a probe.
        QVERIFY(!item(*m.vault, QStringLiteral("disk_space")).fact.isEmpty());
    }

    void newThresholds()
    {
        Made m = makeVault();
        Vault& v = *m.vault;
        ReadinessThresholds t;
        QCOMPARE(t.value(QStringLiteral("test_page_days")), 30);
        QCOMPARE(t.value(QStringLiteral("drug_reference_months")), 3);
        QCOMPARE(t.value(QStringLiteral("disk_amber_mb")), 2048);
        QCOMPARE(t.value(QStringLiteral("disk_red_mb")), 500);
        QCOMPARE(t.value(QStringLiteral("nonsense")), -1);
        for (const QString& name : ReadinessThresholds::names())
            QVERIFY2(t.value(name) > 0, qPrintable(name));
        QVERIFY(t.set(QStringLiteral("test_page_days=7")));
        QVERIFY(t.set(QStringLiteral("disk_red_mb=100")));
        QVERIFY(t.save(v));
        QCOMPARE(*ReadinessThresholds::load(v), t);
        QVERIFY(v.audit().append(QString::fromLatin1(AuditAction::PrinterTestPage)));
        m_clock.advanceSecs(7 * 86400);
        QCOMPARE(item(v, QStringLiteral("test_page")).colour, ReadinessColour::Green);
        m_clock.advanceSecs(1);
        QCOMPARE(item(v, QStringLiteral("test_page")).colour, ReadinessColour::Amber);
        // Red above amber is refused, named; so is zero; what was saved stays.
        ReadinessThresholds bad = t;
        QVERIFY(bad.set(QStringLiteral("disk_red_mb=3000")));
        auto r = bad.save(v);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("disk_red_mb")), qPrintable(r.error().message));
        bad = t;
        bad.drugReferenceMonths = 0;
        r = bad.check();
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("drug_reference_months")), qPrintable(r.error().message));
        QCOMPARE(*ReadinessThresholds::load(v), t);
    }

    void nightlyTaskSystemd()
    {
        const QString home = m_dir.filePath(QStringLiteral("config-%1").arg(++m_n));
        const NightlyTask::Paths paths{QStringLiteral("/srv/EHR export/100%"), QStringLiteral("/home/dr \"x\"/inbox"),
                                       QStringLiteral("/opt/relais/bin/relais-cli")};
        // XDG_CONFIG_HOME is honoured.
        const QByteArray saved = qgetenv("XDG_CONFIG_HOME");
        qputenv("XDG_CONFIG_HOME", home.toUtf8());
        auto w = NightlyTask::writeSystemd(paths);
        qputenv("XDG_CONFIG_HOME", saved);
        QVERIFY2(w, w ? "" : qPrintable(w.error().message));
        const QString dir = home + QStringLiteral("/systemd/user");
        QCOMPARE(w->files, (QStringList{dir + QStringLiteral("/relais-import.service"), dir + QStringLiteral("/relais-import.timer")}));
        QVERIFY2(w->enableCommand.contains(QLatin1String("systemctl --user enable --now relais-import.timer")),
                 qPrintable(w->enableCommand));
        QFile service(w->files.at(0));
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(service.readAll());
        QVERIFY2(text.contains(QLatin1String("Environment=\"EXPORT_DIR=/srv/EHR export/100%%\"\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("Environment=\"INBOX_DIR=/home/dr \\\"x\\\"/inbox\"\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("ExecStart=\"/opt/relais/bin/relais-cli\" import --inbox ${INBOX_DIR} ${EXPORT_DIR}\n")),
                 qPrintable(text));
        QVERIFY(!text.contains(QLatin1String("%h")));
        // The same directives as the files shipped in packaging/.
        const auto keys = [](const QString& t) {
            QStringList out;
            for (const QString& line : t.split(QLatin1Char('\n'))) {
                if (line.startsWith(u'#') || !line.contains(u'='))
                    continue;
                out.append(line.left(line.indexOf(u'=')).trimmed());
            }
            return out;
        };
        for (const auto& [written, shipped] : {std::pair{w->files.at(0), QStringLiteral("relais-import.service")},
                                               std::pair{w->files.at(1), QStringLiteral("relais-import.timer")}}) {
            QFile a(written);
            QFile b(QStringLiteral(RELAIS_TEST_SOURCE_DIR "/../packaging/systemd/") + shipped);
            QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
            QCOMPARE(keys(QString::fromUtf8(a.readAll())), keys(QString::fromUtf8(b.readAll())));
        }
        // Again: the files are replaced, not appended to.
        auto again = NightlyTask::writeSystemd(paths, home);
        QVERIFY(again);
        QFile s2(again->files.at(0));
        QVERIFY(s2.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(s2.readAll()), text);
        // A relative path or a line break is refused, named, nothing written.
        const QString other = m_dir.filePath(QStringLiteral("config-bad"));
        auto bad = NightlyTask::writeSystemd({QStringLiteral("ehr"), paths.inboxDir, paths.cliPath}, other);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("export folder")), qPrintable(bad.error().message));
        bad = NightlyTask::writeSystemd({paths.exportDir, QStringLiteral("/a\nExecStart=/bin/sh"), paths.cliPath}, other);
        QVERIFY(!bad);
        QVERIFY(!QFileInfo::exists(other));
    }

    void nightlyTaskWindows()
    {
        const QString folder = m_dir.filePath(QStringLiteral("win-%1").arg(++m_n));
        const NightlyTask::Paths paths{QStringLiteral("/srv/EHR export/o'brien & co"), QStringLiteral("/data/inbox"),
                                       QStringLiteral("/opt/Relais/relais-cli.exe")};
        auto w = NightlyTask::writeWindows(paths, folder);
        QVERIFY2(w, w ? "" : qPrintable(w.error().message));
        QCOMPARE(w->files, QStringList{folder + QStringLiteral("/relais-import.xml")});
        QVERIFY2(w->enableCommand.startsWith(QLatin1String("schtasks /Create /TN \"Relais import\" /XML ")), qPrintable(w->enableCommand));
        QFile f(w->files.first());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.startsWith("\xFF\xFE"));
        QCOMPARE(bytes.size() % 2, 0);
        const QString xml = QString::fromUtf16(reinterpret_cast<const char16_t*>(bytes.constData() + 2), (bytes.size() - 2) / 2);
        QXmlStreamReader reader(xml);
        QString command;
        QString arguments;
        while (!reader.atEnd()) {
            if (reader.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (reader.name() == QLatin1String("Command"))
                command = reader.readElementText();
            else if (reader.name() == QLatin1String("Arguments"))
                arguments = reader.readElementText();
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
        QCOMPARE(command, QStringLiteral("powershell.exe"));
        QVERIFY2(arguments.contains(QLatin1String("'/opt/Relais/relais-cli.exe' import --inbox '/data/inbox' "
                                                  "'/srv/EHR export/o''brien & co'")),
                 qPrintable(arguments));
        QVERIFY2(arguments.contains(QLatin1String("Get-ChildItem '/srv/EHR export/o''brien & co' -File")), qPrintable(arguments));
    }

    void firstStartAndExportFolder()
    {
        Made m = makeVault();
        Vault& vault = *m.vault;
        QVERIFY(!FirstStart::pending(vault));
        QVERIFY(FirstStart::setPending(vault, true));
        QVERIFY(FirstStart::pending(vault));
        QVERIFY(FirstStart::setPending(vault, false));
        QVERIFY(!FirstStart::pending(vault));
        QCOMPARE(NightlyTask::exportFolder(vault), QString());
        QVERIFY(!NightlyTask::setExportFolder(vault, QStringLiteral("relative")));
        QVERIFY(NightlyTask::setExportFolder(vault, QStringLiteral("/srv/ehr/")));
        QCOMPARE(NightlyTask::exportFolder(vault), QStringLiteral("/srv/ehr"));
    }

    // The demo's appointments come through its EHR export (CSV), dated from the demo's clock:
    // today and tomorrow, each linked to a demo patient; again the next day, the new dates.
    void demoAppointments()
    {
        Made m = makeVault();
        QVERIFY(DemoData(2026).fill(*m.vault, 40, m_clock.nowUtc()));
        for (int day = 0; day < 2; ++day) {
            const QDateTime now = m_clock.nowUtc().addDays(day);
            auto n = DemoData(2026).addAppointments(*m.vault, now);
            QVERIFY2(n, n ? "" : qPrintable(n.error().message));
            QVERIFY(*n >= 10);
            const QDate today = now.toLocalTime().date();
            auto q = m.vault->db().prepare(QStringLiteral("SELECT start_utc, patient_id FROM appointment"));
            QVERIFY(q);
            int onToday = 0, onTomorrow = 0, linked = 0;
            QVERIFY(q->each([&](const Statement& s) {
                const QDate d = QDateTime::fromString(s.text(0), Qt::ISODate).toLocalTime().date();
                onToday += d == today;
                onTomorrow += d == today.addDays(1);
                linked += !s.value(1).isNull() && d >= today;
            }));
            QVERIFY2(onToday >= 5 && onTomorrow >= 5, qPrintable(QStringLiteral("%1 %2").arg(onToday).arg(onTomorrow)));
            QCOMPARE(linked, onToday + onTomorrow);
        }
        // No patient of the demo was marked absent by this partial export.
        QCOMPARE(m.vault->db().scalar(QStringLiteral("SELECT count(*) FROM patient WHERE absent_since_utc IS NOT NULL"))->toInt(), 0);
    }

    void worstColour()
    {
        QCOMPARE(Readiness::worst({}), ReadinessColour::Green);
        ReadinessItem g{QStringLiteral("a"), ReadinessColour::Green, {}, {}, {}};
        ReadinessItem a{QStringLiteral("b"), ReadinessColour::Amber, {}, {}, {}};
        ReadinessItem r{QStringLiteral("c"), ReadinessColour::Red, {}, {}, {}};
        QCOMPARE(Readiness::worst({g, g}), ReadinessColour::Green);
        QCOMPARE(Readiness::worst({g, a, g}), ReadinessColour::Amber);
        QCOMPARE(Readiness::worst({r, a, g}), ReadinessColour::Red);
        QCOMPARE(Readiness::worst({a, g, r}), ReadinessColour::Red);

        // A whole vault: red when new, green when ready, amber when its snapshot ages.
        Made m = makeVault();
        QCOMPARE(Readiness::worst(Readiness(*m.vault).items()), ReadinessColour::Red);
        makeReady(*m.vault, m_clock);
        const QList<ReadinessItem> items = Readiness(*m.vault).items();
        QCOMPARE(items.size(), 10);
        for (const ReadinessItem& i : items)
            QVERIFY2(i.colour == ReadinessColour::Green, qPrintable(Readiness::line(i)));
        QCOMPARE(Readiness::worst(items), ReadinessColour::Green);
        m_clock.advanceSecs(25 * 3600);
        QCOMPARE(Readiness::worst(Readiness(*m.vault).items()), ReadinessColour::Amber);
        QVERIFY(Readiness::line(items.first()).startsWith(QLatin1String("[GREEN] ")));
    }

    void cliExitCodes()
    {
        const QString pass = m_dir.filePath(QStringLiteral("pass.txt"));
        {
            QFile f(pass);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(test::kPassphrase) + '\n');
        }
        // A new vault: red lines, exit 5.
        Made fresh = makeVault(SystemClock::instance());
        fresh.vault.reset();
        Run r = cli({QStringLiteral("check"), QStringLiteral("--vault"), fresh.path, QStringLiteral("--passphrase-file"), pass,
                     QStringLiteral("--lang"), QStringLiteral("en")});
        QCOMPARE(r.code, 5);
        QCOMPARE(r.out.count(QLatin1Char('\n')), 10);
        QVERIFY2(r.out.contains(u"[RED] No verified backup — "), qPrintable(r.out));

        // Ready: every line green, exit 0; French words.
        Made ready = makeVault(SystemClock::instance());
        makeReady(*ready.vault, SystemClock::instance());
        ready.vault.reset();
        r = cli({QStringLiteral("check"), QStringLiteral("--vault"), ready.path, QStringLiteral("--passphrase-file"), pass,
                 QStringLiteral("--lang"), QStringLiteral("fr")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 10);
        for (const QString& l : lines)
            QVERIFY2(l.startsWith(QLatin1String("[VERT] ")), qPrintable(l));

        // The practice's limits, kept in the vault: a 30 h old snapshot is amber (exit 0), red once
        // amber ends at 24 h (exit 5, and still at the next check); a bad limit is refused, named.
        {
            auto v = Vault::open(ready.path, secret(test::kPassphrase), SlotKind::Passphrase, SystemClock::instance());
            QVERIFY(v);
            setSnapshot(**v, QDateTime::currentDateTimeUtc().addSecs(-30 * 3600));
        }
        const QStringList check{QStringLiteral("check"), QStringLiteral("--vault"), ready.path,
                                QStringLiteral("--passphrase-file"), pass, QStringLiteral("--lang"), QStringLiteral("en")};
        r = cli(check);
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("[AMBER] ")), qPrintable(r.out));
        r = cli(check + QStringList{QStringLiteral("--threshold"), QStringLiteral("snapshot_green_hours=12"),
                                    QStringLiteral("--threshold"), QStringLiteral("snapshot_amber_hours=24")});
        QCOMPARE(r.code, 5);
        QVERIFY2(r.out.startsWith(QLatin1String("[RED] ")), qPrintable(r.out));
        QCOMPARE(cli(check).code, 5);
        r = cli(check + QStringList{QStringLiteral("--threshold"), QStringLiteral("backup_green_days=40")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("backup_green_days")), qPrintable(r.err));
        r = cli(check + QStringList{QStringLiteral("--threshold"), QStringLiteral("disk_days=3")});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("disk_days")), qPrintable(r.err));
        r = cli(check + QStringList{QStringLiteral("--threshold"), QStringLiteral("snapshot_amber_hours=72")});
        QCOMPARE(r.code, 0);

        // Wrong passphrase: the usual code, nothing printed on stdout.
        const QString wrong = m_dir.filePath(QStringLiteral("wrong.txt"));
        {
            QFile f(wrong);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("not the passphrase\n");
        }
        r = cli({QStringLiteral("check"), QStringLiteral("--vault"), ready.path, QStringLiteral("--passphrase-file"), wrong});
        QCOMPARE(r.code, 3);
        QVERIFY(r.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
