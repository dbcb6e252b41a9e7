// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "interop/Inbox.h"
#include "interop/SnapshotImporter.h"
#include "storage/Schema.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace relais;
using relais::test::secret;

// relais-cli as the practice's IT person runs it: exit codes and one-line reasons.
class TestCli : public QObject
{
    Q_OBJECT

    using Run = test::CliRun;

    QTemporaryDir m_dir;
    QString m_passFile;
    int m_n = 0;

    Run cli(const QStringList& args, const QByteArray& stdinData = {})
    {
        return test::runCli(args, m_dir.filePath(QStringLiteral("xdg")), stdinData);
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(content);
        return path;
    }

    // A fresh vault; returns its path and (optionally) the recovery key printed by init.
    QString initVault(QString* recovery = nullptr)
    {
        const QString path = m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--passphrase-file"),
                           m_passFile, QStringLiteral("--insecure-fast-kdf"), QStringLiteral("--label"),
                           QStringLiteral("Dr Cli")});
        if (r.code != 0)
            qWarning() << r.err;
        const auto m = QRegularExpression(QStringLiteral("([0-9A-Z]{4}(-[0-9A-Z]{4}){7})")).match(r.out);
        if (recovery)
            *recovery = m.captured(1);
        return path;
    }

    QStringList open(const QString& path) const
    {
        return {QStringLiteral("--vault"), path, QStringLiteral("--passphrase-file"), m_passFile};
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_passFile = writeFile(QStringLiteral("pass.txt"), QByteArray(test::kPassphrase) + "\n");
    }

    void version()
    {
        const Run r = cli({QStringLiteral("--version")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.startsWith(QLatin1String("relais-cli ")));
        QVERIFY2(r.out.contains(QLatin1String("SQLCipher 4.6")), qPrintable(r.out));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("explode")};
        QTest::newRow("two commands") << QStringList{QStringLiteral("init"), QStringLiteral("verify")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("verify"), QStringLiteral("--frobnicate")};
        QTest::newRow("passphrase as argument") << QStringList{QStringLiteral("verify"), QStringLiteral("--passphrase=hunter2")};
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        const Run r = cli(args);
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.startsWith(QLatin1String("relais-cli: ")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);  // one line
        QVERIFY(!r.err.contains(QLatin1String("hunter2")));
    }

    void initPrintsRecoveryKeyOnce()
    {
        QString recovery;
        const QString path = initVault(&recovery);
        QVERIFY(QFile::exists(path));
        QCOMPARE(recovery.size(), 39);
        // A second init on the same path is refused and leaves the vault alone.
        const Run again = cli(QStringList{QStringLiteral("init")} + open(path) + QStringList{QStringLiteral("--insecure-fast-kdf")});
        QCOMPARE(again.code, 1);
        QVERIFY(again.err.contains(path));
        QCOMPARE(cli(QStringList{QStringLiteral("verify")} + open(path)).code, 0);
    }

    void initRefusesWeakPassphrase()
    {
        const QString weak = writeFile(QStringLiteral("weak.txt"), "azerty\n");
        const QString path = m_dir.filePath(QStringLiteral("weak/relais.vault"));
        const Run r = cli({QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--passphrase-file"), weak,
                           QStringLiteral("--insecure-fast-kdf")});
        QCOMPARE(r.code, 1);
        QVERIFY(!QFile::exists(path));
    }

    void verifyOk()
    {
        const QString path = initVault();
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(path));
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("OK")));
    }

    void passphraseFromStdin()
    {
        const QString path = initVault();
        const Run r = cli({QStringLiteral("verify"), QStringLiteral("--vault"), path}, QByteArray(test::kPassphrase) + "\n");
        QCOMPARE(r.code, 0);
    }

    void wrongPassphraseIs3()
    {
        const QString path = initVault();
        const QString bad = writeFile(QStringLiteral("bad.txt"), "definitely not it\n");
        const Run r = cli({QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--passphrase-file"), bad});
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QLatin1String("Wrong passphrase")));
        QVERIFY(!r.err.contains(QLatin1String("definitely")));
    }

    void wrongPassphraseInFrench()
    {
        const QString path = initVault();
        const QString bad = writeFile(QStringLiteral("bad.txt"), "definitely not it\n");
        const Run r = cli({QStringLiteral("verify"), QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--vault"),
                           path, QStringLiteral("--passphrase-file"), bad});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("Phrase de passe incorrecte")), qPrintable(r.err));
    }

    void recoveryKey()
    {
        QString recovery;
        const QString path = initVault(&recovery);
        const QString good = writeFile(QStringLiteral("rec.txt"), recovery.toLower().toUtf8() + "\n");
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--recovery-key-file"), good}).code, 0);
        const QString bad = writeFile(QStringLiteral("rec-bad.txt"), "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH\n");
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--recovery-key-file"), bad}).code, 3);
    }

    void missingVaultIs4()
    {
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(m_dir.filePath(QStringLiteral("absent.vault"))));
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QLatin1String("absent.vault")));
    }

    void corruptHeaderIs4()
    {
        const QString path = initVault();
        QFile f(KeyHeader::pathFor(path));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{ not json");
        f.close();
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(path));
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QLatin1String(".keys")));
    }

    void corruptVaultFileIs4()
    {
        const QString path = initVault();
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.seek(4096 + 100);  // inside the second page
        f.write(QByteArray(64, '\xAA'));
        f.close();
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(path));
        QCOMPARE(r.code, 4);
    }

    void newerSchemaIs4()
    {
        const QString path = initVault();
        {
            auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, SystemClock::instance());
            QVERIFY(v);
            QVERIFY((*v)->db().exec(QStringLiteral("PRAGMA user_version = 999")));
        }
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(path));
        QCOMPARE(r.code, 4);
        QVERIFY(r.err.contains(QLatin1String("newer")));
    }

    void tamperedAuditIs4AndNamesTheEntry()
    {
        const QString path = initVault();
        {
            auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, SystemClock::instance());
            QVERIFY(v);
            QVERIFY((*v)->db().exec(QStringLiteral("DROP TRIGGER audit_log_no_update;"
                                                   "UPDATE audit_log SET object_id = 'x' WHERE seq = 2")));
        }
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(path));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("#2")), qPrintable(r.err));
    }

    void rolledBackVaultIs4()
    {
        const QString path = initVault();
        QCOMPARE(cli(QStringList{QStringLiteral("verify")} + open(path)).code, 0);
        const QString old = path + QStringLiteral(".old");
        QVERIFY(QFile::copy(path, old));
        for (int i = 0; i < 2; ++i)
            QCOMPARE(cli(QStringList{QStringLiteral("verify")} + open(path)).code, 0);
        // The vault file (and any WAL) put back from the copy; the key header left as it is.
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
            QFile::remove(path + suffix);
        QVERIFY(QFile::copy(old, path));
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(path));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("older copy")), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
        const Run fr = cli(QStringList{QStringLiteral("verify"), QStringLiteral("--lang"), QStringLiteral("fr")} + open(path));
        QCOMPARE(fr.code, 0);  // said once; the trail now holds an "audit.rollback" entry
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, SystemClock::instance());
        QVERIFY(v);
        auto n = (*v)->db().scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.rollback'"));
        QCOMPARE(n->toInt(), 1);
    }

    void rolledBackVaultInFrench()
    {
        const QString path = initVault();
        const QString old = path + QStringLiteral(".old");
        QVERIFY(QFile::copy(path, old));
        QCOMPARE(cli(QStringList{QStringLiteral("verify")} + open(path)).code, 0);
        QFile::remove(path);
        QVERIFY(QFile::copy(old, path));
        const Run r = cli(QStringList{QStringLiteral("verify"), QStringLiteral("--lang"), QStringLiteral("fr")} + open(path));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QStringLiteral("copie plus ancienne")), qPrintable(r.err));
    }

    void demoAddsPatientsAppointmentsAndOneAuditEntry()
    {
        const QString path = initVault();
        const Run r = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("3"),
                                      QStringLiteral("--insecure-fast-kdf")}
                          + open(path));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("3 demo patients added")), qPrintable(r.out));
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, SystemClock::instance());
        QVERIFY(v);
        // The 3 invented patients, and those the appointment list brings (newcomers included).
        QVERIFY((*v)->db().scalar(QStringLiteral("SELECT count(*) FROM patient"))->toInt() >= 3);
        QVERIFY((*v)->db().scalar(QStringLiteral("SELECT count(*) FROM appointment"))->toInt() > 0);
        QCOMPARE((*v)->db()
                     .scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'demo.fill' "
                                            "AND detail = 'count=3'"))
                     ->toInt(),
                 1);
    }

    void printPdfIsReadableByItsOwnerOnly()
    {
        const QString path = initVault();
        Run r = cli(QStringList{QStringLiteral("demo"), QStringLiteral("--patients"), QStringLiteral("30"),
                                QStringLiteral("--insecure-fast-kdf")}
                    + open(path));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli(QStringList{QStringLiteral("prescriptions")} + open(path));
        QVERIFY2(r.code == 0 && !r.out.isEmpty(), qPrintable(r.err));
        const QString id = r.out.section(QLatin1Char('\t'), 0, 0).trimmed();
        // Even over an existing file that anyone could read.
        const QString pdf = writeFile(QStringLiteral("ordonnance.pdf"), "old");
        QVERIFY(QFile::setPermissions(pdf, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ReadOther));
        r = cli(QStringList{QStringLiteral("print"), QStringLiteral("--prescription"), id, QStringLiteral("--pdf"), pdf}
                + open(path));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
        struct stat st{};
        QCOMPARE(::stat(QFile::encodeName(pdf).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, SystemClock::instance());
        QVERIFY(v);
        auto audited = (*v)->db().scalar(
            QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'print.pdf_file' AND object_id = '%1'").arg(id));
        QCOMPARE(audited->toInt(), 1);
    }

    void passwdChangesOneSlot()
    {
        const QString path = initVault();
        const QString next = writeFile(QStringLiteral("next.txt"), "une toute nouvelle phrase de passe solide\n");
        const Run r = cli(QStringList{QStringLiteral("passwd"), QStringLiteral("--new-passphrase-file"), next,
                                      QStringLiteral("--insecure-fast-kdf")}
                          + open(path));
        QCOMPARE(r.code, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("verify")} + open(path)).code, 3);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--passphrase-file"), next}).code, 0);
    }

    void passwdFromStdinTwoLines()
    {
        const QString path = initVault();
        const Run r = cli({QStringLiteral("passwd"), QStringLiteral("--vault"), path, QStringLiteral("--insecure-fast-kdf")},
                          QByteArray(test::kPassphrase) + "\nune autre phrase de passe bien longue\n");
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--vault"), path},
                     "une autre phrase de passe bien longue\n").code, 0);
    }

    void passwdAddsASlot()
    {
        const QString path = initVault();
        const QString second = writeFile(QStringLiteral("second.txt"), "la phrase du docteur remplaçant du mardi\n");
        const Run r = cli(QStringList{QStringLiteral("passwd"), QStringLiteral("--add"), QStringLiteral("Dr Remplaçant"),
                                      QStringLiteral("--new-passphrase-file"), second, QStringLiteral("--insecure-fast-kdf")}
                          + open(path));
        QCOMPARE(r.code, 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--slot"),
                      QStringLiteral("Dr Remplaçant"), QStringLiteral("--passphrase-file"), second}).code, 0);
        QCOMPARE(cli(QStringList{QStringLiteral("verify")} + open(path)).code, 0);  // the first still works
    }

    void passwdWithRecoveryKeyResetsForgottenPassphrase()
    {
        QString recovery;
        const QString path = initVault(&recovery);
        const QString rec = writeFile(QStringLiteral("rec.txt"), recovery.toUtf8() + "\n");
        const QString next = writeFile(QStringLiteral("next2.txt"), "phrase choisie apres un oubli complet\n");
        QCOMPARE(cli({QStringLiteral("passwd"), QStringLiteral("--vault"), path, QStringLiteral("--recovery-key-file"), rec,
                      QStringLiteral("--new-passphrase-file"), next, QStringLiteral("--insecure-fast-kdf")}).code, 0);
        QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--passphrase-file"), next}).code, 0);
    }

    void rateLimitAfterThreeFailures()
    {
        const QString path = initVault();
        const QString bad = writeFile(QStringLiteral("bad.txt"), "nope nope nope\n");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli({QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--passphrase-file"), bad}).code, 3);
        const Run r = cli(QStringList{QStringLiteral("verify")} + open(path));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("wait")), qPrintable(r.err));
    }

    // import: a full export says how many patients it will mark absent before committing; a file
    // nested 150,000 levels is an error naming the line (not a crash), and is not sealed either.
    void importSaysTheAbsentCountAndRefusesDeepNesting()
    {
        const QString path = initVault();
        const auto patientLine = [](const char* id, const char* family) -> QByteArray {
            return QByteArray("{\"resourceType\":\"Patient\",\"id\":\"") + id + "\",\"name\":[{\"family\":\"" + family
                + "\",\"given\":[\"Jean\"]}],\"gender\":\"male\",\"birthDate\":\"1970-01-01\"}\n";
        };
        const QString both = writeFile(QStringLiteral("both.ndjson"), patientLine("a1", "Durand") + patientLine("a2", "Martin"));
        QCOMPARE(cli(QStringList{QStringLiteral("import")} + open(path) + QStringList{both}).code, 0);
        const QString one = writeFile(QStringLiteral("one.ndjson"), patientLine("a1", "Durand"));
        const Run r = cli(QStringList{QStringLiteral("import")} + open(path) + QStringList{one});
        QCOMPARE(r.code, 0);
        const qsizetype said = r.out.indexOf(QLatin1String("Full export: 1 patient(s) of the vault are not in it"));
        QVERIFY2(said >= 0, qPrintable(r.out));
        QVERIFY(said < r.out.indexOf(QLatin1String("Imported:")));

        const QString deep = writeFile(QStringLiteral("deep.ndjson"), patientLine("a1", "Durand") + "{\"resourceType\":\"Patient\",\"id\":\"a3\",\"x\":"
                                                                          + QByteArray(150000, '[') + QByteArray(150000, ']') + "}\n");
        const Run refused = cli(QStringList{QStringLiteral("import")} + open(path) + QStringList{deep});
        QVERIFY2(refused.code > 0, qPrintable(refused.err));  // an error, not a signal
        QVERIFY2(refused.err.contains(QLatin1String("deep.ndjson, line 2")) && refused.err.contains(QLatin1String("64 levels")),
                 qPrintable(refused.err));
        QCOMPARE(cli(QStringList{QStringLiteral("import")} + open(path)).code, 0);  // publishes the inbox key beside the vault
        const Run notSealed = cli({QStringLiteral("import"), QStringLiteral("--inbox"), QFileInfo(path).dir().filePath(QStringLiteral("inbox")), deep});
        QVERIFY(notSealed.code > 0);
        QVERIFY(notSealed.err.contains(QLatin1String("64 levels")));
        QVERIFY(QDir(QFileInfo(path).dir().filePath(QStringLiteral("inbox"))).entryList({QStringLiteral("*.sealed")}).isEmpty());

        // Sealed all the same (another tool): the merge sets it aside with its reason, once.
        const QString inbox = QFileInfo(path).dir().filePath(QStringLiteral("inbox"));
        QVERIFY(Inbox::seal(inbox, *SnapshotImporter::sourcesFromPaths({deep})));
        const Run merged = cli(QStringList{QStringLiteral("import")} + open(path));
        QVERIFY(merged.code > 0);
        QVERIFY2(merged.err.contains(QLatin1String("deep.ndjson, line 2")) && merged.err.contains(QLatin1String("set aside as")),
                 qPrintable(merged.err));
        const Run later = cli(QStringList{QStringLiteral("import")} + open(path));
        QCOMPARE(later.code, 0);
        QVERIFY2(later.out.contains(QLatin1String("Set aside earlier, not tried again")) && later.out.contains(QLatin1String("64 levels")),
                 qPrintable(later.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
