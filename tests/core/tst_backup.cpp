// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "TestSupport.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "storage/Schema.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace relais;
using relais::test::secret;

// Backups that are known to restore: written beside, verified, renamed; refused when they are
// not this vault's, too new or altered; rotated; restored with the old vault kept aside.
class TestBackup : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;

    struct Made
    {
        QString path;
        std::unique_ptr<Vault> vault;
        QString recovery;
    };

    Made makeVault(int patients = 30)
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n));
        auto c = Vault::create(path, QStringLiteral("Dr Test"), secret(test::kPassphrase), KdfParams::fastForTests(),
                               m_clock);
        if (!c)
            qFatal("create failed: %s", qPrintable(c.error().message));
        if (patients > 0 && !DemoData(7).fill(*c->vault, patients, m_clock.nowUtc()))
            qFatal("demo data failed");
        return {path, std::move(c->vault), QString::fromLatin1(c->recoveryKey.view().toByteArray())};
    }

    QString freshFolder() { return m_dir.filePath(QStringLiteral("backups%1").arg(++m_n)); }

    static std::unique_ptr<Vault> openVault(const QString& path, const QString& secretText = {},
                                            SlotKind kind = SlotKind::Passphrase, const Clock& clock = SystemClock::instance())
    {
        auto v = Vault::open(path, secret(secretText.isEmpty() ? test::kPassphrase : qPrintable(secretText)), kind, clock);
        if (!v) {
            qWarning() << v.error().message;
            return nullptr;
        }
        return std::move(*v);
    }

    // Every row of a table, in id order, as text: "same rows" compared whole.
    static QByteArray dump(Database& db, const QString& table)
    {
        QByteArray all;
        auto q = db.prepare(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(table));
        if (!q)
            return "error";
        (void)q->each([&](const Statement& s) {
            for (int c = 0; c < s.columnCount(); ++c)
                all += s.value(c).toString().toUtf8() + '\x1f';
            all += '\n';
        });
        return QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex();
    }

    static QByteArray fileHash(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static void flipByte(const QString& path, qint64 at)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(at < 0 ? f.size() + at : at));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(at < 0 ? f.size() + at : at));
        QVERIFY(f.putChar(char(c ^ 0x01)));
    }

    static QStringList hiddenEntries(const QString& folder)
    {
        return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    static QStringList actions(Vault& v)
    {
        QStringList out;
        const auto entries = v.audit().entries();  // kept: a range-for over *temporary would dangle
        for (const AuditEntry& e : *entries)
            out.append(e.action);
        return out;
    }

    using Run = test::CliRun;

    Run cli(const QStringList& args)
    {
        return test::runCli(args, m_dir.filePath(QStringLiteral("xdg")));
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init() { m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)); }

    void backupVerifiesAndOpensWithEitherSecret()
    {
        Made m = makeVault();
        const QString folder = freshFolder();
        QVERIFY(!Backup::lastVerified(*m.vault));
        auto made = Backup::create(*m.vault, folder);
        QVERIFY2(made, made ? "" : qPrintable(made.error().message));
        QCOMPARE(Backup::list(folder), QStringList{made->path});
        QCOMPARE(QFileInfo(made->path).fileName(), QStringLiteral("relais-backup-20261123T090000Z"));
        QCOMPARE(hiddenEntries(folder), QStringList{QFileInfo(made->path).fileName()});  // no partial left
        const qint64 patientRows = m.vault->db().scalar(QStringLiteral("SELECT count(*) FROM patient"))->toLongLong();
        QVERIFY(patientRows >= 30);
        QCOMPARE(made->manifest.rowCounts.value(QStringLiteral("patient")), patientRows);
        QVERIFY(made->manifest.auditSeq >= 2);
        QCOMPARE(Backup::lastVerified(*m.vault), m_clock.nowUtc());
        const QStringList acts = actions(*m.vault);
        QVERIFY(acts.contains(QStringLiteral("vault.backup")));
        QVERIFY(acts.contains(QStringLiteral("vault.backup_verify")));

        // Nothing in clear: the copy is encrypted, the manifest names no patient.
        QFile db(QDir(made->path).filePath(QLatin1String(Backup::kVaultFile)));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(db.read(16) != QByteArray("SQLite format 3", 16));
        QFile mf(QDir(made->path).filePath(QLatin1String(Backup::kManifestFile)));
        QVERIFY(mf.open(QIODevice::ReadOnly));
        const QByteArray manifestText = mf.readAll();
        const QString someone = m.vault->db().scalar(QStringLiteral("SELECT birth_name FROM patient LIMIT 1"))->toString();
        QVERIFY(!someone.isEmpty());
        QVERIFY(!manifestText.contains(someone.toUtf8()));
        QVERIFY(manifestText.contains("\"vault_id\""));

        auto byPass = Backup::verify(made->path, secret(test::kPassphrase), SlotKind::Passphrase);
        QVERIFY2(byPass, byPass ? "" : qPrintable(byPass.error().message));
        QCOMPARE(byPass->manifest.totalRows(), made->manifest.totalRows());
        auto byRecovery = Backup::verify(made->path, secret(qPrintable(m.recovery.toLower())), SlotKind::Recovery);
        QVERIFY2(byRecovery, byRecovery ? "" : qPrintable(byRecovery.error().message));
        auto wrong = Backup::verify(made->path, secret("not the passphrase"), SlotKind::Passphrase);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::WrongSecret);
        // Verifying changed nothing in the backup.
        QVERIFY(Backup::verify(made->path, secret(test::kPassphrase), SlotKind::Passphrase));

        // Copies of the backup open as vaults with the same passphrase and the recovery key: same rows.
        const QByteArray patients = dump(m.vault->db(), QStringLiteral("patient"));
        const QByteArray consultations = dump(m.vault->db(), QStringLiteral("consultation"));
        for (const SlotKind kind : {SlotKind::Passphrase, SlotKind::Recovery}) {
            const QString copyDir = m_dir.filePath(QStringLiteral("copy%1").arg(++m_n));
            QVERIFY(QDir().mkpath(copyDir));
            for (const QString& f : {QString::fromLatin1(Backup::kVaultFile), Backup::headerFile()})
                QVERIFY(QFile::copy(QDir(made->path).filePath(f), QDir(copyDir).filePath(f)));
            auto copy = openVault(QDir(copyDir).filePath(QLatin1String(Backup::kVaultFile)),
                                  kind == SlotKind::Recovery ? m.recovery : QString(), kind);
            QVERIFY(copy);
            QVERIFY(copy->auditRollbackWarning().isEmpty());
            QCOMPARE(dump(copy->db(), QStringLiteral("patient")), patients);
            QCOMPARE(dump(copy->db(), QStringLiteral("consultation")), consultations);
            QVERIFY(copy->checkIntegrity().ok);
        }
    }

    void backupWhileAnotherConnectionWrites()
    {
        Made m = makeVault(10);
        auto writer = openVault(m.path);  // a second connection to the same vault file
        QVERIFY(writer);
        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::thread t([&] {
            while (!stop.load()) {
                if (writer->audit().append(QStringLiteral("test.concurrent")))
                    ++written;
            }
        });
        const QString folder = freshFolder();
        QStringList made;
        for (int i = 0; i < 4 || (written.load() < 20 && i < 200); ++i) {
            auto b = Backup::create(*m.vault, folder, Backup::Options{BackupRotation{1000, 0, 0}, {}, {}});
            if (!b) {
                stop = true;
                t.join();
                QFAIL(qPrintable(b.error().message));
            }
            made.append(b->path);
            m_clock.advanceSecs(24 * 3600);  // one a day: the rotation keeps them all
        }
        stop = true;
        t.join();
        QVERIFY2(written.load() >= 20, qPrintable(QString::number(written.load())));
        // Each copy is one consistent state: it verifies, and its trail ends where its manifest says.
        for (const QString& p : std::as_const(made)) {
            auto v = Backup::verify(p, secret(test::kPassphrase), SlotKind::Passphrase);
            QVERIFY2(v, v ? "" : qPrintable(v.error().message));
            QCOMPARE(v->auditEntries, v->manifest.auditSeq);
        }
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }

    void tamperedBackupNamesTheFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<qint64>("offset");
        QTest::addColumn<QString>("named");
        QTest::newRow("vault page") << QString::fromLatin1(Backup::kVaultFile) << qint64(4096 + 200)
                                    << QStringLiteral("relais.vault in the backup");
        QTest::newRow("vault last byte") << QString::fromLatin1(Backup::kVaultFile) << qint64(-1)
                                         << QStringLiteral("relais.vault in the backup");
        QTest::newRow("key header") << Backup::headerFile() << qint64(40) << QStringLiteral("relais.vault.keys");
    }

    void tamperedBackupNamesTheFile()
    {
        QFETCH(QString, file);
        QFETCH(qint64, offset);
        QFETCH(QString, named);
        Made m = makeVault(5);
        auto made = Backup::create(*m.vault, freshFolder());
        QVERIFY(made);
        flipByte(QDir(made->path).filePath(file), offset);
        auto v = Backup::verify(made->path, secret(test::kPassphrase), SlotKind::Passphrase);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, ErrorKind::VaultCorrupt);
        QVERIFY2(v.error().message.contains(named), qPrintable(v.error().message));
        QVERIFY(v.error().message.contains(made->path));
    }

    void editedManifestIsFound()
    {
        Made m = makeVault(5);
        auto made = Backup::create(*m.vault, freshFolder());
        QVERIFY(made);
        const QString mp = QDir(made->path).filePath(QLatin1String(Backup::kManifestFile));
        QFile f(mp);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray text = f.readAll();
        f.close();
        const qint64 rows = made->manifest.rowCounts.value(QStringLiteral("patient"));
        const QByteArray was = "\"patient\": " + QByteArray::number(rows) + ',';
        QVERIFY2(text.contains(was), text.constData());
        text.replace(was, QByteArray("\"patient\": " + QByteArray::number(rows + 1) + ','));
        writeFile(QDir(m_dir.path()).relativeFilePath(mp), text);
        auto v = Backup::verify(made->path, secret(test::kPassphrase), SlotKind::Passphrase);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, ErrorKind::VaultCorrupt);
        QVERIFY2(v.error().message.contains(QLatin1String("manifest")), qPrintable(v.error().message));
        // And a missing file is named.
        QVERIFY(QFile::remove(mp));
        v = Backup::verify(made->path, secret(test::kPassphrase), SlotKind::Passphrase);
        QVERIFY(!v);
        QVERIFY2(v.error().message.contains(QLatin1String("manifest.json is missing")), qPrintable(v.error().message));
    }

    void backupOfAnotherVaultIsRefusedAtRestore()
    {
        Made a = makeVault(5);
        Made b = makeVault(3);
        auto made = Backup::create(*b.vault, freshFolder());
        QVERIFY(made);
        a.vault->lock();
        const QByteArray before = fileHash(a.path);
        const QByteArray headerBefore = fileHash(KeyHeader::pathFor(a.path));
        auto r = Backup::restore(made->path, a.path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QVERIFY2(r.error().message.contains(QLatin1String("another vault")), qPrintable(r.error().message));
        QCOMPARE(fileHash(a.path), before);
        QCOMPARE(fileHash(KeyHeader::pathFor(a.path)), headerBefore);
        QCOMPARE(QDir(QFileInfo(a.path).absolutePath()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("relais.vault"), QStringLiteral("relais.vault.keys")}));
    }

    void newerSchemaIsRefused()
    {
        Made m = makeVault(5);
        auto made = Backup::create(*m.vault, freshFolder());
        QVERIFY(made);
        m.vault->lock();
        const int older = Schema::latestVersion() - 1;  // this build, as an older Relais sees the backup
        auto v = Backup::verify(made->path, secret(test::kPassphrase), SlotKind::Passphrase, {}, older);
        QVERIFY(!v);
        QCOMPARE(v.error().kind, ErrorKind::VaultTooNew);
        QVERIFY2(v.error().message.contains(QLatin1String("newer version")), qPrintable(v.error().message));
        const QByteArray before = fileHash(m.path);
        auto r = Backup::restore(made->path, m.path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock, {}, older);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::VaultTooNew);
        QCOMPARE(fileHash(m.path), before);
    }

    void restoreSwapsAndKeepsTheOldVaultAside()
    {
        Made m = makeVault(12);
        auto made = Backup::create(*m.vault, freshFolder());
        QVERIFY(made);
        const QByteArray patients = dump(m.vault->db(), QStringLiteral("patient"));
        // After the backup: work that the restore will take back.
        QVERIFY(m.vault->db().exec(QStringLiteral("DELETE FROM consultation")));
        for (int i = 0; i < 3; ++i)
            QVERIFY(m.vault->audit().append(QStringLiteral("test.after_backup")));
        m.vault->lock();
        m_clock.advanceSecs(3600);

        auto r = Backup::restore(made->path, m.path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(r->keptAside, m.path + QStringLiteral(".before-restore-20261123T100000Z"));
        QVERIFY(QFileInfo::exists(KeyHeader::pathFor(r->keptAside)));
        QVERIFY(!QFileInfo::exists(m.path + QStringLiteral(".restoring")));

        auto restored = openVault(m.path, {}, SlotKind::Passphrase, m_clock);
        QVERIFY(restored);
        QVERIFY2(restored->auditRollbackWarning().isEmpty(), qPrintable(restored->auditRollbackWarning()));
        QVERIFY(restored->checkIntegrity().ok);
        QCOMPARE(dump(restored->db(), QStringLiteral("patient")), patients);
        QVERIFY(restored->db().scalar(QStringLiteral("SELECT count(*) FROM consultation"))->toInt() > 0);
        const QStringList acts = actions(*restored);
        QVERIFY(!acts.contains(QStringLiteral("test.after_backup")));
        QCOMPARE(acts.count(QStringLiteral("vault.restore")), 1);
        QCOMPARE(Backup::lastVerified(*restored), QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
        restored.reset();

        auto aside = openVault(r->keptAside, {}, SlotKind::Passphrase, m_clock);
        QVERIFY(aside);
        QCOMPARE(actions(*aside).count(QStringLiteral("test.after_backup")), 3);
        QCOMPARE(aside->db().scalar(QStringLiteral("SELECT count(*) FROM consultation"))->toInt(), 0);
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }

    void restoreOfATamperedBackupChangesNothing()
    {
        Made m = makeVault(5);
        auto made = Backup::create(*m.vault, freshFolder());
        QVERIFY(made);
        m.vault->lock();
        flipByte(QDir(made->path).filePath(QLatin1String(Backup::kVaultFile)), 5000);
        const QStringList before = QDir(QFileInfo(m.path).absolutePath()).entryList(QDir::Files);
        const QByteArray hash = fileHash(m.path);
        auto r = Backup::restore(made->path, m.path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::VaultCorrupt);
        QCOMPARE(QDir(QFileInfo(m.path).absolutePath()).entryList(QDir::Files), before);
        QCOMPARE(fileHash(m.path), hash);
    }

    void rotation_data()
    {
        QTest::addColumn<int>("daily");
        QTest::addColumn<int>("weekly");
        QTest::addColumn<int>("monthly");
        QTest::addColumn<QStringList>("kept");
        // One backup a day at 02:00 UTC from 2025-10-31 to Friday 2026-12-04 (400 days).
        QTest::newRow("7 daily, 4 weekly, 12 monthly")
            << 7 << 4 << 12
            << QStringList{QStringLiteral("2026-12-04"), QStringLiteral("2026-12-03"), QStringLiteral("2026-12-02"),
                           QStringLiteral("2026-12-01"), QStringLiteral("2026-11-30"), QStringLiteral("2026-11-29"),
                           QStringLiteral("2026-11-28"), QStringLiteral("2026-11-22"), QStringLiteral("2026-11-15"),
                           QStringLiteral("2026-10-31"), QStringLiteral("2026-09-30"), QStringLiteral("2026-08-31"),
                           QStringLiteral("2026-07-31"), QStringLiteral("2026-06-30"), QStringLiteral("2026-05-31"),
                           QStringLiteral("2026-04-30"), QStringLiteral("2026-03-31"), QStringLiteral("2026-02-28"),
                           QStringLiteral("2026-01-31")};
        QTest::newRow("2 daily only") << 2 << 0 << 0
                                      << QStringList{QStringLiteral("2026-12-04"), QStringLiteral("2026-12-03")};
        QTest::newRow("1 daily, 2 weekly, 3 monthly")
            << 1 << 2 << 3
            << QStringList{QStringLiteral("2026-12-04"), QStringLiteral("2026-11-29"), QStringLiteral("2026-11-30"),
                           QStringLiteral("2026-10-31")};
    }

    void rotation()
    {
        QFETCH(int, daily);
        QFETCH(int, weekly);
        QFETCH(int, monthly);
        QFETCH(QStringList, kept);
        const BackupRotation policy{daily, weekly, monthly};
        const QDateTime first(QDate(2025, 10, 31), QTime(2, 0), Qt::UTC);
        QList<QDateTime> all;
        QList<QDateTime> incremental;  // pruned after every backup, as the practice runs it
        for (int day = 0; day < 400; ++day) {
            all.append(first.addDays(day));
            incremental.append(first.addDays(day));
            incremental = policy.keep(incremental);
            QVERIFY(incremental.size() <= daily + weekly + monthly);
            QCOMPARE(incremental.first(), first.addDays(day));  // the newest is always kept
        }
        QCOMPARE(all.last().date(), QDate(2026, 12, 4));
        QStringList got;
        for (const QDateTime& t : policy.keep(all))
            got.append(t.date().toString(Qt::ISODate));
        QStringList expected = kept;
        std::sort(expected.begin(), expected.end(), std::greater<>());
        QCOMPARE(got, expected);
        QCOMPARE(incremental, policy.keep(all));
    }

    void rotationRemovesFoldersOnDisk()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(21, 0), Qt::UTC));  // a Monday
        Made m = makeVault(3);
        const QString folder = freshFolder();
        Backup::Options options;
        options.rotation = BackupRotation{3, 2, 2};
        QStringList removed;
        for (int day = 0; day < 10; ++day) {  // Monday 23 November to Wednesday 2 December
            auto made = Backup::create(*m.vault, folder, options);
            QVERIFY2(made, made ? "" : qPrintable(made.error().message));
            removed += made->removed;
            m_clock.advanceSecs(24 * 3600);
        }
        QStringList names;
        for (const QString& p : Backup::list(folder))
            names.append(QFileInfo(p).fileName());
        // 3 days (2, 1 Dec, 30 Nov), this week and last (2 Dec, 29 Nov), this month and last (2 Dec, 30 Nov).
        QCOMPARE(names, (QStringList{QStringLiteral("relais-backup-20261202T210000Z"),
                                     QStringLiteral("relais-backup-20261201T210000Z"),
                                     QStringLiteral("relais-backup-20261130T210000Z"),
                                     QStringLiteral("relais-backup-20261129T210000Z")}));
        QCOMPARE(removed.size(), 6);
        QCOMPARE(hiddenEntries(folder).size(), 4);
        for (const QString& p : Backup::list(folder))
            QVERIFY(Backup::verify(p, secret(test::kPassphrase), SlotKind::Passphrase));
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }

    void settingsAndAutomaticDue()
    {
        Made m = makeVault(3);
        Vault& vault = *m.vault;
        // No folder chosen: never due (nothing to write to).
        QCOMPARE(Backup::folder(vault), QString());
        QVERIFY(!Backup::automaticDue(vault, m_clock));
        auto bad = Backup::setFolder(vault, QStringLiteral("backups"));
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("full path")), qPrintable(bad.error().message));
        const QString folder = freshFolder();
        QVERIFY(Backup::setFolder(vault, folder + QStringLiteral("/")));
        QCOMPARE(Backup::folder(vault), folder);
        QVERIFY(Backup::automaticDue(vault, m_clock));  // never backed up
        QVERIFY(Backup::create(*m.vault, Backup::folder(vault)));
        QVERIFY(!Backup::automaticDue(vault, m_clock));
        m_clock.advanceSecs(Backup::kAutomaticAgeSecs);  // exactly a day: not older than a day
        QVERIFY(!Backup::automaticDue(vault, m_clock));
        m_clock.advanceSecs(1);
        QVERIFY(Backup::automaticDue(vault, m_clock));
        QVERIFY(Backup::setFolder(vault, QString()));  // cleared: no automatic backup any more
        QVERIFY(!Backup::automaticDue(vault, m_clock));

        // The rotation counts kept in the vault; refused when out of range, named.
        QCOMPARE(*BackupRotation::load(vault), BackupRotation{});
        const BackupRotation mine{14, 8, 24};
        QVERIFY(mine.save(vault));
        QCOMPARE(*BackupRotation::load(vault), mine);
        auto r = BackupRotation{0, 4, 12}.save(vault);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("daily")), qPrintable(r.error().message));
        r = BackupRotation{7, -1, 12}.save(vault);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("weekly")), qPrintable(r.error().message));
        QCOMPARE(*BackupRotation::load(vault), mine);
        QVERIFY(vault.db().exec(QStringLiteral("UPDATE meta SET value = '{\"daily\":-5}' WHERE key = 'backup_rotation'")));
        QCOMPARE(*BackupRotation::load(vault), BackupRotation{});
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }

    void progressAndCancel()
    {
        Made m = makeVault(300);
        const QString folder = freshFolder();
        auto good = Backup::create(*m.vault, folder);
        QVERIFY(good);
        m_clock.advanceSecs(3600);
        QList<int> seen;
        Backup::Options options;
        options.progress = [&](int percent) {
            seen.append(percent);
            return true;
        };
        auto made = Backup::create(*m.vault, folder, options);
        QVERIFY(made);
        QVERIFY(!seen.isEmpty());
        QCOMPARE(seen.last(), 100);
        QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
        // Cancelled at the first step: an error, nothing new listed or left behind.
        m_clock.advanceSecs(3600);
        options.progress = [](int) { return false; };
        const QStringList before = hiddenEntries(folder);
        auto cancelled = Backup::create(*m.vault, folder, options);
        QVERIFY(!cancelled);
        QVERIFY2(cancelled.error().message.contains(QLatin1String("cancelled")), qPrintable(cancelled.error().message));
        QCOMPARE(hiddenEntries(folder), before);
        QCOMPARE(Backup::list(folder).first(), made->path);
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }

    // A backup killed (SIGKILL) at random moments, 24 times: what is listed always verifies,
    // and the newest listed is the last one reported done (or a newer complete one renamed
    // just before the kill); the previous good backup is never lost.
    void killedBackupNeverListsAHalfCopy()
    {
#ifdef Q_OS_WIN
        QSKIP("SIGKILL is POSIX");
#endif
        Made m = makeVault(1500);
        const QString folder = freshFolder();
        auto first = Backup::create(*m.vault, folder);
        QVERIFY(first);
        m.vault.reset();
        QString lastDone = first->path;
        QRandomGenerator rng(16);
        int killedInside = 0;
        for (int round = 0; round < 24; ++round) {
            QProcess writer;
            writer.start(QStringLiteral(BACKUP_WRITER_PATH), {m.path, QString::fromLatin1(test::kPassphrase), folder});
            QVERIFY(writer.waitForStarted());
            QByteArray out;
            while (!out.contains("begin\n")) {
                QVERIFY2(writer.waitForReadyRead(30000), writer.readAllStandardError().constData());
                out += writer.readAllStandardOutput();
            }
            // Somewhere inside the copy, the verification or the rename.
            QTest::qWait(0);
            QThread::usleep(rng.bounded(2000, 250000));
            writer.kill();  // SIGKILL
            QVERIFY(writer.waitForFinished(10000));
            out += writer.readAllStandardOutput();
            const QList<QByteArray> lines = out.split('\n');
            int begun = 0;
            for (const QByteArray& l : lines) {
                if (l == "begin")
                    ++begun;
                else if (l.startsWith("done "))
                    lastDone = QString::fromLocal8Bit(l.mid(5));
            }
            if (out.endsWith("begin\n"))
                ++killedInside;  // begun, not reported done
            QVERIFY(begun >= 1);
            const QStringList listed = Backup::list(folder);
            QVERIFY(!listed.isEmpty());
            // The last one reported done is listed, unless a newer complete one was renamed just
            // before the kill and the rotation (one a day) then removed it.
            const bool kept = listed.contains(lastDone);
            QVERIFY2(kept || QFileInfo(listed.first()).fileName() > QFileInfo(lastDone).fileName(), qPrintable(lastDone));
            // Newer than the last one reported: only a complete one, renamed after its check.
            for (const QString& p : kept ? listed : QStringList()) {
                if (p == lastDone)
                    break;
                QVERIFY2(QFileInfo(p).fileName() > QFileInfo(lastDone).fileName()
                             || Backup::timeOf(p) > Backup::timeOf(lastDone),
                         qPrintable(p));
            }
            // No half copy is listed: the newest verifies (the older ones were checked in earlier rounds).
            for (const QString& p : listed.mid(0, 1)) {
                auto v = Backup::verify(p, secret(test::kPassphrase), SlotKind::Passphrase);
                QVERIFY2(v, v ? "" : qPrintable(p + QStringLiteral(": ") + v.error().message));
            }
        }
        qInfo() << "killed inside a backup" << killedInside << "times out of 24";
        QVERIFY(killedInside >= 20);
        // The vault itself opens and checks after all this.
        auto v = openVault(m.path);
        QVERIFY(v);
        QVERIFY(v->checkIntegrity().ok);
        // The leftovers of the killed runs are never listed and are cleared by the next backup.
        auto next = Backup::create(*v, folder, Backup::Options{BackupRotation{1000, 0, 0}, {}, {}});
        QVERIFY2(next, next ? "" : qPrintable(next.error().message));
        for (const QString& e : hiddenEntries(folder))
            QVERIFY2(!e.endsWith(QLatin1String(".partial")), qPrintable(e));
    }

    void failedBackupLeavesThePreviousGoodOne()
    {
        Made m = makeVault(5);
        const QString folder = freshFolder();
        auto good = Backup::create(*m.vault, folder);
        QVERIFY(good);
        const QDateTime goodAt = m_clock.nowUtc();
        const QByteArray goodHash = fileHash(QDir(good->path).filePath(QLatin1String(Backup::kVaultFile)));
        // A leftover of a crashed run is never listed, and cleared by the next backup.
        QVERIFY(QDir().mkpath(QDir(folder).filePath(QStringLiteral(".relais-backup-20261122T090000Z.partial"))));
        QCOMPARE(Backup::list(folder), QStringList{good->path});

        m_clock.advanceSecs(24 * 3600);
        QVERIFY(m.vault->audit().append(QStringLiteral("test.more")));
        Backup::Options options;
        options.rotation = BackupRotation{1, 0, 0};  // would remove the previous one if this one succeeded
        bool hookRan = false;
        options.afterWrite = [&](const QString& partial) {
            hookRan = true;
            // Before the rename, the partial copy is not listed; a disk error damages it.
            if (Backup::list(folder) != QStringList{good->path})
                qWarning("partial copy listed");
            flipByte(QDir(partial).filePath(QLatin1String(Backup::kVaultFile)), 4096 + 300);
        };
        auto bad = Backup::create(*m.vault, folder, options);
        QVERIFY(hookRan);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(QLatin1String("previous backups are untouched")),
                 qPrintable(bad.error().message));
        QCOMPARE(Backup::list(folder), QStringList{good->path});
        QCOMPARE(hiddenEntries(folder), QStringList{QFileInfo(good->path).fileName()});
        QCOMPARE(fileHash(QDir(good->path).filePath(QLatin1String(Backup::kVaultFile))), goodHash);
        QVERIFY(Backup::verify(good->path, secret(test::kPassphrase), SlotKind::Passphrase));
        QCOMPARE(Backup::lastVerified(*m.vault), goodAt);
        QCOMPARE(actions(*m.vault).count(QStringLiteral("vault.backup")), 1);

        // The next good one replaces it (rotation 1 daily).
        auto next = Backup::create(*m.vault, folder, Backup::Options{options.rotation, {}});
        QVERIFY(next);
        QCOMPARE(Backup::list(folder), QStringList{next->path});
        QCOMPARE(Backup::lastVerified(*m.vault), m_clock.nowUtc());
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }

    void cliExitCodes()
    {
        Made m = makeVault(4);
        m.vault->lock();
        const QString pass = writeFile(QStringLiteral("pass.txt"), QByteArray(test::kPassphrase) + "\n");
        const QString bad = writeFile(QStringLiteral("bad.txt"), "definitely not it\n");
        const QString rec = writeFile(QStringLiteral("rec.txt"), m.recovery.toUtf8() + "\n");
        const QString folder = freshFolder();
        const QString vaultArg = QStringLiteral("--vault");
        const QString passArg = QStringLiteral("--passphrase-file");

        // backup
        QCOMPARE(cli({QStringLiteral("backup"), vaultArg, m.path, passArg, pass}).code, 2);  // no --to
        QCOMPARE(cli({QStringLiteral("backup"), vaultArg, m.path, passArg, pass, QStringLiteral("--to"), folder,
                      QStringLiteral("--keep"), QStringLiteral("7,4")})
                     .code,
                 2);
        QCOMPARE(cli({QStringLiteral("backup"), vaultArg, m.path, passArg, bad, QStringLiteral("--to"), folder}).code, 3);
        QCOMPARE(cli({QStringLiteral("backup"), vaultArg, m_dir.filePath(QStringLiteral("absent.vault")), passArg, pass,
                      QStringLiteral("--to"), folder})
                     .code,
                 4);
        QCOMPARE(cli({QStringLiteral("verify"), vaultArg, m.path, passArg, pass}).out.count(
                     QStringLiteral("Last verified backup: none")),
                 1);
        const Run ok = cli({QStringLiteral("backup"), vaultArg, m.path, passArg, pass, QStringLiteral("--to"), folder});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        QVERIFY(ok.out.contains(QLatin1String("Backup written and verified")));
        const QStringList backups = Backup::list(folder);
        QCOMPARE(backups.size(), 1);
        const QString b = backups.first();
        const Run verified = cli({QStringLiteral("verify"), vaultArg, m.path, passArg, pass});
        QCOMPARE(verified.code, 0);
        QVERIFY2(verified.out.contains(QLatin1String("Last verified backup: 20")), qPrintable(verified.out));

        // verify-backup
        QCOMPARE(cli({QStringLiteral("verify-backup"), passArg, pass}).code, 2);
        QCOMPARE(cli({QStringLiteral("verify-backup"), b, passArg, pass}).code, 0);
        QCOMPARE(cli({QStringLiteral("verify-backup"), b, QStringLiteral("--recovery-key-file"), rec}).code, 0);
        const Run wrong = cli({QStringLiteral("verify-backup"), b, passArg, bad});
        QCOMPARE(wrong.code, 3);
        QVERIFY(!wrong.err.contains(QLatin1String("definitely")));
        QCOMPARE(cli({QStringLiteral("verify-backup"), m_dir.filePath(QStringLiteral("nothing-here")), passArg, pass}).code, 4);

        // restore
        QCOMPARE(cli({QStringLiteral("restore"), vaultArg, m.path, passArg, pass}).code, 2);  // no --from
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--from"), b, vaultArg, m.path, passArg, bad}).code, 3);
        Made other = makeVault(1);
        other.vault->lock();
        const Run foreign = cli({QStringLiteral("restore"), QStringLiteral("--from"), b, vaultArg, other.path, passArg, pass});
        QCOMPARE(foreign.code, 1);
        QVERIFY2(foreign.err.contains(QLatin1String("another vault")), qPrintable(foreign.err));
        QCOMPARE(foreign.err.count(QLatin1Char('\n')), 1);
        const Run restored = cli({QStringLiteral("restore"), QStringLiteral("--from"), b, vaultArg, m.path, passArg, pass});
        QVERIFY2(restored.code == 0, qPrintable(restored.err));
        QVERIFY(restored.out.contains(QLatin1String("previous vault is kept as")));
        QCOMPARE(cli({QStringLiteral("verify"), vaultArg, m.path, passArg, pass}).code, 0);

        // A damaged backup: 4 for verify-backup and restore, naming the file.
        flipByte(QDir(b).filePath(QLatin1String(Backup::kVaultFile)), 4096 + 10);
        const Run damaged = cli({QStringLiteral("verify-backup"), b, passArg, pass});
        QCOMPARE(damaged.code, 4);
        QVERIFY2(damaged.err.contains(QLatin1String("relais.vault in the backup")), qPrintable(damaged.err));
        QCOMPARE(cli({QStringLiteral("restore"), QStringLiteral("--from"), b, vaultArg, m.path, passArg, pass}).code, 4);
        const Run fr = cli({QStringLiteral("verify-backup"), b, QStringLiteral("--lang"), QStringLiteral("fr"), passArg, pass});
        QCOMPARE(fr.code, 4);
        QVERIFY2(fr.err.contains(QStringLiteral("relais.vault dans la sauvegarde")), qPrintable(fr.err));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
