// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "SyncFixtures.h"
#include "common/Language.h"
#include "sync/Handover.h"
#include "sync/Worksheet.h"

#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtEndian>

#include <sodium.h>

#include <sys/stat.h>

using namespace relais;
using relais::test::secret;

namespace {
constexpr auto kExportPass = "tapis volant cerise quarante";

int mode(const QString& path)
{
    struct stat st{};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

// Everything under dir, hidden entries included, as relative paths.
QStringList tree(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

// An archive in the export's format written by hand (magic, salt, KDF parameters, secretstream
// header, length-prefixed frames, the last FINAL), to feed the reader what the exporter never makes.
QByteArray handMadeArchive(const QList<QPair<QString, QByteArray>>& files, const char* passphrase)
{
    const KdfParams params = KdfParams::fastForTests();
    QByteArray salt(crypto_pwhash_SALTBYTES, '\x07');
    auto key = deriveKey(secret(passphrase), salt, params);
    if (!key)
        return {};
    const auto le64 = [](quint64 v) {
        QByteArray b(8, Qt::Uninitialized);
        qToLittleEndian(v, b.data());
        return b;
    };
    crypto_secretstream_xchacha20poly1305_state state;
    unsigned char header[crypto_secretstream_xchacha20poly1305_HEADERBYTES];
    crypto_secretstream_xchacha20poly1305_init_push(&state, header, key->data());
    QByteArray out = QByteArray("RLSXPRT1") + salt + le64(params.opsLimit) + le64(params.memLimitBytes)
        + QByteArray(reinterpret_cast<const char*>(header), sizeof header);
    QByteArray plain;
    for (const auto& [name, data] : files) {
        const QByteArray n = name.toUtf8();
        QByteArray len(4, Qt::Uninitialized);
        qToLittleEndian(quint32(n.size()), len.data());
        plain += len + n + le64(quint64(data.size())) + data;
    }
    QByteArray cipher(plain.size() + crypto_secretstream_xchacha20poly1305_ABYTES, Qt::Uninitialized);
    crypto_secretstream_xchacha20poly1305_push(&state, reinterpret_cast<unsigned char*>(cipher.data()), nullptr,
                                               reinterpret_cast<const unsigned char*>(plain.constData()),
                                               std::size_t(plain.size()), nullptr, 0,
                                               crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    QByteArray len(4, Qt::Uninitialized);
    qToLittleEndian(quint32(cipher.size()), len.data());
    return out + len + cipher;
}

QByteArray manifestOf(const QList<QPair<QString, QByteArray>>& files)
{
    QJsonArray list;
    for (const auto& [name, data] : files)
        list.append(QJsonObject{{"name", name}, {"size", double(data.size())},
                                {"sha256", QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())}});
    return QJsonDocument(QJsonObject{{"format", "relais-export/1"}, {"files", list}}).toJson();
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHandover : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_french;  // the catalogue read directly, to know what the worksheet must say

    QString fr(const char* context, const char* source) const
    {
        const QString t = m_french.translate(context, source);
        if (t.isEmpty())
            qFatal("no French for %s", source);
        return t;
    }
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(7, 0), Qt::UTC)};
    std::unique_ptr<Vault> m_vault;
    test::Outage m_outage;
    int m_handMade = 0;

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList& args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("LC_ALL", "C.UTF-8");
        env.insert("XDG_DATA_HOME", m_dir.filePath("xdg"));
        p.setProcessEnvironment(env);
        p.start(RELAIS_CLI_PATH, args);
        if (!p.waitForStarted())
            return {};
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
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
        // The interface in English, as a GP may choose: the worksheet and the CSV stay French.
        QCOMPARE(installTranslations("en"), QString("en"));
        QVERIFY(m_french.load(":/i18n/relais_fr.qm"));
        auto c = Vault::create(m_dir.filePath("h/relais.vault"), "Dr H", secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        m_vault = std::move(c->vault);
        m_outage = test::makeOutage(*m_vault);
        QVERIFY(m_outage.localPatient > 0);
    }

    void exportThenOpenGivesEveryFileMatchingTheManifest()
    {
        const QString out = m_dir.filePath("out1");
        auto s = Handover::exportTo(*m_vault, out, secret(kExportPass), KdfParams::fastForTests());
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        QCOMPARE(s->patients, 2);
        QCOMPARE(s->consultations, 2);
        QCOMPARE(s->prescriptions, 2);
        QCOMPARE(QDir(out).entryList(QDir::Files), QStringList{QFileInfo(s->archivePath).fileName()});
        // Nothing readable in clear.
        const QByteArray raw = readAll(s->archivePath);
        QVERIFY(!raw.contains("Bundle"));
        QVERIFY(!raw.contains("%PDF"));

        const QString opened = m_dir.filePath("opened1");
        auto files = Handover::open(s->archivePath, secret(kExportPass), opened);
        QVERIFY2(files, files ? "" : qPrintable(files.error().message));
        QVERIFY(files->contains("manifest.json"));
        QVERIFY(files->contains("reconciliation.csv"));
        QVERIFY(files->contains(QString("pdf/HÉNIN Zoé — 1954-03-12 — 2026-11-23.pdf")));
        QVERIFY(files->contains(QString("pdf/N'DIAYE Maël — 2025-05-10 — 2026-11-23.pdf")));
        QCOMPARE(files->filter("fhir/").size(), 2);

        const QJsonObject manifest = QJsonDocument::fromJson(readAll(opened + "/manifest.json")).object();
        QCOMPARE(manifest["files"].toArray().size(), files->size() - 1);
        for (const QJsonValue& f : manifest["files"].toArray())
            QCOMPARE(QCryptographicHash::hash(readAll(opened + "/" + f["name"].toString()), QCryptographicHash::Sha256).toHex(),
                     f["sha256"].toString().toLatin1());
        const QJsonObject bundle = QJsonDocument::fromJson(readAll(opened + "/" + files->filter("fhir/").first())).object();
        QCOMPARE(bundle["type"].toString(), "transaction");
        QVERIFY(readAll(opened + "/" + files->filter("HÉNIN").first()).startsWith("%PDF"));

        const QString csv = QString::fromUtf8(readAll(opened + "/reconciliation.csv"));
        QCOMPARE(csv.count("\r\n"), 1 + 5);  // header + patient, 2 consultations, 2 prescriptions
        QVERIFY(csv.contains("HÉNIN Zoé"));
        QVERIFY(csv.contains("ehr-42"));

        auto audit = m_vault->db().scalar("SELECT count(*) FROM audit_log WHERE action = 'sync.export'");
        QCOMPARE(audit->toInt(), 1);
    }

    void wrongPassphraseAndDamageAreNamed()
    {
        auto s = Handover::exportTo(*m_vault, m_dir.filePath("out2"), secret(kExportPass), KdfParams::fastForTests());
        QVERIFY(s);
        auto wrong = Handover::open(s->archivePath, secret("pas la bonne phrase"), m_dir.filePath("opened2"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, ErrorKind::WrongSecret);
        QVERIFY(!QDir(m_dir.filePath("opened2")).exists() || QDir(m_dir.filePath("opened2")).isEmpty());

        QByteArray raw = readAll(s->archivePath);
        const QString cut = writeFile("cut.relais-export", raw.left(raw.size() - 100));
        auto truncated = Handover::open(cut, secret(kExportPass), m_dir.filePath("opened3"));
        QVERIFY(!truncated);
        QVERIFY2(truncated.error().message.contains("cut short") || truncated.error().message.contains("damaged"),
                 qPrintable(truncated.error().message));
    }

    void openedFilesArePrivate()
    {
        auto s = Handover::exportTo(*m_vault, m_dir.filePath("out-modes"), secret(kExportPass), KdfParams::fastForTests());
        QVERIFY(s);
        const QString opened = m_dir.filePath("modes/opened");
        auto files = Handover::open(s->archivePath, secret(kExportPass), opened);
        QVERIFY2(files, files ? "" : qPrintable(files.error().message));
        QCOMPARE(mode(opened), 0700);
        QCOMPARE(mode(opened + "/fhir"), 0700);
        QCOMPARE(mode(opened + "/pdf"), 0700);
        for (const QString& f : std::as_const(*files))
            QVERIFY2(mode(opened + '/' + f) == 0600, qPrintable(f));
        // Moved, not copied: nothing else beside the folder.
        QCOMPARE(tree(m_dir.filePath("modes")).filter(QRegularExpression("^[^/]+$")), QStringList{"opened"});

        // An empty folder that already exists is taken; one that holds anything is refused.
        QVERIFY(QDir().mkpath(m_dir.filePath("modes/empty")));
        QVERIFY(Handover::open(s->archivePath, secret(kExportPass), m_dir.filePath("modes/empty")));
        QCOMPARE(mode(m_dir.filePath("modes/empty")), 0700);
        auto again = Handover::open(s->archivePath, secret(kExportPass), opened);
        QVERIFY(!again);
        QVERIFY2(again.error().message.contains("not an empty folder"), qPrintable(again.error().message));
    }

    void damagedArchivesLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("reason");
        QTest::newRow("cut in the last block") << "cut" << "cut short";
        QTest::newRow("cut after a block") << "cut-frame" << "cut short";
        QTest::newRow("byte flipped near the end") << "tamper" << "fails authentication";
        QTest::newRow("bytes after the final block") << "trailing" << "data after its end";
        QTest::newRow("wrong passphrase") << "passphrase" << "Wrong passphrase";
    }

    void damagedArchivesLeaveNothingBehind()
    {
        QFETCH(QString, damage);
        QFETCH(QString, reason);
        static Result<Handover::Summary> s = Handover::exportTo(*m_vault, m_dir.filePath("out-damage"), secret(kExportPass),
                                                                KdfParams::fastForTests());
        QVERIFY(s);
        QByteArray raw = readAll(s->archivePath);
        QVERIFY(raw.size() > 70 * 1024);  // several blocks: files were complete before the damage
        if (damage == "cut")
            raw.chop(100);
        else if (damage == "cut-frame")
            raw.truncate(raw.size() - 300);
        else if (damage == "tamper")
            raw[raw.size() - 40] = char(raw.at(raw.size() - 40) ^ 0x5a);
        else if (damage == "trailing")
            raw += "PK\x03\x04 extra";
        const QString archive = writeFile("damaged-" + damage + ".relais-export", raw);
        const QString parent = m_dir.filePath("damaged-" + damage);
        QVERIFY(QDir().mkpath(parent));
        auto opened = Handover::open(archive, secret(damage == "passphrase" ? "pas la bonne phrase" : kExportPass),
                                     parent + "/out");
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(reason), qPrintable(opened.error().message));
        // No file, no folder, no temporary folder: nothing in clear was left.
        QCOMPARE(tree(parent), QStringList());

        // The same through the command line: exit 1 (3 for the passphrase), nothing left.
        const QString pass = writeFile("export-pass-damage.txt",
                                       damage == "passphrase" ? QByteArray("pas la bonne phrase") : QByteArray(kExportPass));
        const Run r = cli({"open-export", archive, "--export-passphrase-file", pass, "--out", parent + "/cli"});
        QCOMPARE(r.code, damage == "passphrase" ? 3 : 1);
        QCOMPARE(tree(parent), QStringList());
    }

    void manifestMustListExactlyTheFilesPresent_data()
    {
        using Files = QList<QPair<QString, QByteArray>>;
        QTest::addColumn<Files>("files");
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<QString>("reason");  // empty: opens
        const Files two{{"fhir/patient-1.json", "{}"}, {"reconciliation.csv", "a;b\r\n"}};
        QTest::newRow("as the exporter writes it") << two << manifestOf(two) << QString();
        QTest::newRow("a file the manifest does not list")
            << Files{two.at(0), two.at(1), {"pdf/extra.pdf", "%PDF"}} << manifestOf(two) << "is not in the manifest";
        QTest::newRow("a listed file missing") << Files{two.at(0)} << manifestOf(two) << "does not match the manifest";
        QTest::newRow("a file changed")
            << Files{two.at(0), {"reconciliation.csv", "=1+1"}} << manifestOf(two) << "does not match the manifest";
        QTest::newRow("the same name twice") << Files{two.at(0), two.at(0), two.at(1)} << manifestOf(two) << "file table";
        QTest::newRow("a name climbing out") << Files{{"../outside.json", "{}"}} << manifestOf({{"../outside.json", "{}"}})
                                           << "file table";
        QTest::newRow("an absolute name") << Files{{"/tmp/x.json", "{}"}} << manifestOf({{"/tmp/x.json", "{}"}})
                                        << "file table";
        QTest::newRow("no manifest") << two << QByteArray() << "no readable manifest";
    }

    void manifestMustListExactlyTheFilesPresent()
    {
        using Files = QList<QPair<QString, QByteArray>>;
        QFETCH(Files, files);
        QFETCH(QByteArray, manifest);
        QFETCH(QString, reason);
        Files all = files;
        if (!manifest.isEmpty())
            all.append({"manifest.json", manifest});
        const QByteArray raw = handMadeArchive(all, kExportPass);
        QVERIFY(!raw.isEmpty());
        const QString archive = writeFile("hand-made.relais-export", raw);
        const QString parent = m_dir.filePath("hand-made-" + QString::number(++m_handMade));
        QVERIFY(QDir().mkpath(parent));
        auto opened = Handover::open(archive, secret(kExportPass), parent + "/out");
        if (reason.isEmpty()) {
            QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
            QCOMPARE(tree(parent).size(), 1 + files.size() + 2);  // out, its files, fhir/ and manifest.json
            return;
        }
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(reason), qPrintable(opened.error().message));
        QCOMPARE(tree(parent), QStringList());
        QVERIFY(!QFile::exists(m_dir.filePath("outside.json")));
    }

    void csvCellsCannotRunAsFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << "HÉNIN Zoé" << "HÉNIN Zoé";
        QTest::newRow("=") << "=1+1" << "'=1+1";
        QTest::newRow("+") << "+33 6 12" << "'+33 6 12";
        QTest::newRow("-") << "-2+3" << "'-2+3";
        QTest::newRow("@") << "@SUM(A1)" << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1" << "'\t=1";
        QTest::newRow("CR") << "\r=1" << "\"'\r=1\"";
        QTest::newRow("quoted formula") << "=HYPERLINK(\"http://x\";\"ok\")" << "\"'=HYPERLINK(\"\"http://x\"\";\"\"ok\"\")\"";
        QTest::newRow("inside is fine") << "a=b" << "a=b";
        QTest::newRow("empty") << "" << "";
    }

    void csvCellsCannotRunAsFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(Worksheet::csvCell(cell), written);
    }

    void worksheetCsvNeutralisesFormulas()
    {
        auto c = Vault::create(m_dir.filePath("csv/relais.vault"), "Dr C", secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        Vault& v = *c->vault;
        const test::Outage o = test::makeOutage(v);
        QVERIFY(o.localPatient > 0);
        auto q = v.db().prepare("UPDATE patient SET birth_name = ?, used_name = '' WHERE id = ?");
        QVERIFY(q);
        QVERIFY(q->bindAll({"=HYPERLINK(\"http://x.example\";\"ok\")", o.localPatient}).run());
        QVERIFY(v.db().exec("UPDATE outbox SET server_id = '-2+3+cmd|'' /C calc''!A0'"));

        auto s = Handover::exportTo(v, m_dir.filePath("out-csv"), secret(kExportPass), KdfParams::fastForTests());
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        const QString opened = m_dir.filePath("opened-csv");
        QVERIFY(Handover::open(s->archivePath, secret(kExportPass), opened));
        const QString csv = QString::fromUtf8(readAll(opened + "/reconciliation.csv"));
        QVERIFY2(csv.contains("\"'=HYPERLINK(\"\"HTTP://X.EXAMPLE\"\";\"\"OK\"\") "), qPrintable(csv));
        QVERIFY2(csv.contains(";'-2+3+cmd|' /C calc'!A0;"), qPrintable(csv));
        for (const QString& line : csv.split("\r\n", Qt::SkipEmptyParts))
            for (const char* start : {"=", "+", "-", "@"})
                QVERIFY2(!line.startsWith(QLatin1String(start)) && !line.contains(QString(u';').append(QLatin1String(start))), qPrintable(line));
    }

    void failedExportLeavesNoArchive()
    {
        // No prescriber: the reports cannot be printed and the export stops half way.
        auto c = Vault::create(m_dir.filePath("nodoc/relais.vault"), "Dr N", secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        Vault& v = *c->vault;
        PatientStore ps(v);
        for (int i = 0; i < 2; ++i) {
            auto pid = ps.create(test::adult(), IdentityStatus::Prov);
            QVERIFY(pid);
            ConsultationStore cs(v);
            auto id = cs.start(*pid);
            QVERIFY(id && cs.saveDraft(test::visit(*id, *pid)) && cs.finalise(*id));
        }
        const QString out = m_dir.filePath("out-failed");
        auto s = Handover::exportTo(v, out, secret(kExportPass), KdfParams::fastForTests());
        QVERIFY(!s);
        QVERIFY(s.error().message.contains("prescriber"));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void worksheetPdfListsEveryItemAndPossibleDuplicates()
    {
        auto c = Vault::create(m_dir.filePath("w/relais.vault"), "Dr W", secret(test::kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(c);
        Vault& v = *c->vault;
        const test::Outage o = test::makeOutage(v);
        QVERIFY(o.localPatient > 0);
        Patient again = test::child();  // the imported child typed again in Relais, in capitals
        again.birthName = "N'DIAYE";
        auto dup = PatientStore(v).create(again, IdentityStatus::Prov);
        QVERIFY(dup);

        auto s = Handover::exportTo(v, m_dir.filePath("out-w"), secret(kExportPass), KdfParams::fastForTests());
        QVERIFY2(s, s ? "" : qPrintable(s.error().message));
        const QString opened = m_dir.filePath("opened-w");
        auto files = Handover::open(s->archivePath, secret(kExportPass), opened);
        QVERIFY(files);
        QVERIFY(files->contains("reconciliation.pdf"));

        const QString csv = QString::fromUtf8(readAll(opened + "/reconciliation.csv"));
        const QString duplicateOf = fr("relais::PossibleDuplicates", "%1 (%2), created in Relais, possible duplicate of %3")
                                        .section("%3", 0, 0)
                                        .section(", ", 1);  // ", créé dans Relais, doublon possible de "
        const QString sameName = fr("relais::PatientStore", "same name, given name and date of birth");
        QVERIFY2(csv.contains(duplicateOf + "N'DIAYE Maël (10/05/2025)"), qPrintable(csv));
        QVERIFY2(csv.contains(sameName), qPrintable(csv));
        QCOMPARE(csv.count(duplicateOf), 1);
        QVERIFY(csv.startsWith(fr("relais::Handover", "Patient;Birth date;EHR id;Record;Local id;Date;State;Server id;PDF;To do")));
        QCOMPARE(csv.count(fr("relais::Handover", "to enter or attach in the EHR")), 6);
        for (const char* english : {"possible duplicate of", "same name", "Birth date", "to enter or attach"})
            QVERIFY2(!csv.contains(english), english);

        const QByteArray pdf = readAll(opened + "/reconciliation.pdf");
        auto doc = Poppler::Document::loadFromData(pdf);
        QVERIFY(doc);
        QVERIFY(doc->page(0)->pageSizeF().width() > 590 && doc->page(0)->pageSizeF().width() < 600);  // A4, points
        QString text;
        for (int i = 0; i < doc->numPages(); ++i)
            text += doc->page(i)->text(QRectF()) + '\n';
        // French whatever the interface.
        QVERIFY2(text.contains(fr("relais::Worksheet", "RECONCILIATION WORKSHEET")), qPrintable(text));
        QVERIFY(text.contains("12 rue des Tanneurs"));  // the practice's header
        QCOMPARE(text.count(fr("relais::Worksheet", "Consultation")), 2);
        QCOMPARE(text.count(fr("relais::Worksheet", "Prescription")), 2);
        // The local patient and the one typed again (the words wrap in their column: the first two).
        QCOMPARE(text.count(fr("relais::Worksheet", "Patient details").section(' ', 0, 1)), 2);
        QVERIFY(text.contains("HÉNIN Zoé, 12/03/1954"));
        QCOMPARE(text.count(fr("relais::Worksheet", "to enter in the EHR").section(' ', 0, 2)), 6);
        QVERIFY(text.contains(fr("relais::Worksheet", "Possible duplicates")));
        QVERIFY(text.simplified().contains(duplicateOf + "N'DIAYE Maël (10/05/2025)"));
        QVERIFY(text.contains("2026-11-23.pdf"));
        for (const char* english : {"RECONCILIATION WORKSHEET", "Patient details", "to enter in the EHR", "Possible duplicates",
                                    "possible duplicate of", "same name"})
            QVERIFY2(!text.contains(english), english);

        QProcess render;
        render.start("pdftoppm", {"-png", "-r", "70", "-f", "1", "-l", "1", opened + "/reconciliation.pdf",
                                  test::artefactDir() + "/handover-worksheet"});
        QVERIFY(render.waitForFinished(60000));
        QCOMPARE(render.exitCode(), 0);
    }

    void commandLineRoundTrip()
    {
        const QString vaultPath = m_vault->path();
        m_vault->lock();  // the command line opens it itself
        const QString pass = writeFile("pass.txt", test::kPassphrase);
        const QString exportPass = writeFile("export-pass.txt", kExportPass);
        const QString wrongPass = writeFile("wrong.txt", "ce n'est pas elle du tout");
        const QString out = m_dir.filePath("cli-out");
        Run r = cli({"export", "--vault", vaultPath, "--passphrase-file", pass, "--export-passphrase-file", exportPass,
                     "--out", out, "--insecure-fast-kdf"});
        QVERIFY2(r.code == 0, qPrintable(r.err.right(500)));
        const QStringList archives = QDir(out).entryList({"*.relais-export"}, QDir::Files);
        QCOMPARE(archives.size(), 1);
        const QString archive = QDir(out).filePath(archives.first());

        r = cli({"open-export", archive, "--export-passphrase-file", wrongPass, "--out", m_dir.filePath("cli-wrong")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("Wrong passphrase"), qPrintable(r.err));

        r = cli({"open-export", archive, "--export-passphrase-file", exportPass, "--out", m_dir.filePath("cli-opened")});
        QVERIFY2(r.code == 0, qPrintable(r.err.right(500)));
        QVERIFY(r.out.contains("reconciliation.csv"));
        QVERIFY(QFile::exists(m_dir.filePath("cli-opened/manifest.json")));
    }
};

QTEST_MAIN(TestHandover)
#include "tst_handover.moc"
