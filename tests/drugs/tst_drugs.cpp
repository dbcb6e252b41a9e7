// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"
#include "drugs/BdpmReader.h"
#include "drugs/DrugReference.h"
#include "storage/Sqlite.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;

namespace {

// Rows written exactly as the ANSM publishes them: tabs, no header, a trailing tab, CRLF or LF.
void write(const QString& dir, const QString& name, const QStringList& lines, bool win1252 = false,
           const char* eol = "\n")
{
    QFile f(QDir(dir).filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    const QString text = lines.join(QString::fromLatin1(eol)) + QString::fromLatin1(eol);
    if (win1252) {
        QStringEncoder enc("Windows-1252");
        const QByteArray bytes = enc(text);
        QVERIFY(!enc.hasError());
        f.write(bytes);
    } else {
        f.write(text.toUtf8());
    }
}

QString med(const QString& cis, const QString& name, const QString& form, const QString& amm = "Autorisation active",
            const QString& marketing = "Commercialisée")
{
    return QStringList{cis, name, form, "orale", amm, "Procédure nationale", marketing, "15/03/1990", "", "",
                       " SANOFI AVENTIS FRANCE", "Non"}.join('\t') + '\t';
}

QString pres(const QString& cis, const QString& cip7, const QString& cip13, const QString& admin = "Présentation active",
             const QString& marketing = "Déclaration de commercialisation")
{
    return QStringList{cis, cip7, "plaquette(s) PVC aluminium de 16 comprimé(s)", admin, marketing, "16/03/2011", cip13,
                       "oui", "65%", "1,16", "2,18", "1,02", ""}.join('\t');
}

QString compo(const QString& cis, const QString& substance, const QString& strength, const QString& nature, int link,
              const QString& element = "comprimé")
{
    return QStringList{cis, element, "42215", substance, strength, "un comprimé", nature, QString::number(link)}.join('\t')
           + '\t';
}

// A small but complete set: brands, generics, a combination with FT, a stupéfiant, a withdrawn one.
void writeSet(const QString& dir)
{
    write(dir, "CIS_bdpm.txt",
          {med("60000001", "DOLIPRANE 500 mg, comprimé", "comprimé"),
           med("60000002", "AMOXICILLINE BIOGARAN 500 mg, gélule", "gélule"),
           "",
           med("60000003", "CLAMOXYL 1 g, comprimé dispersible", "comprimé dispersible"),
           med("60000004", "AUGMENTIN 500 mg/62,5 mg, poudre pour suspension buvable", "poudre pour suspension buvable"),
           "60000099\tTROP COURT\tcomprimé",
           med("ABC00005", "CODE FAUX 10 mg, comprimé", "comprimé"),
           med("60000005", "SKENAN LP 10 mg, microgranules à libération prolongée en gélule", "gélule"),
           med("60000006", "AMOXICILLINE ANCIENNE 500 mg, gélule", "gélule", "Autorisation retirée",
               "Non commercialisée"),
           med("60000007", "EFFERALGANMED 1 g, comprimé effervescent", "comprimé effervescent"),
           med("60000008", "DAFALGAN 500 mg, comprimé", "comprimé"),
           "   "},
          false, "\r\n");
    write(dir, "CIS_CIP_bdpm.txt",
          {pres("60000001", "3000001", "3400930000001"), pres("60000002", "3000002", "3400930000002"),
           pres("60000003", "3000003", "3400930000003"), pres("60000004", "3000004", "3400930000004"),
           pres("60000005", "3000005", "3400930000005"),
           pres("60000006", "3000006", "3400930000006", "Présentation abrogée", "Déclaration d'arrêt de commercialisation"),
           pres("60000007", "3000007", "3400930000007")});
    // Composition in Windows-1252, as older downloads were.
    write(dir, "CIS_COMPO_bdpm.txt",
          {compo("60000001", "PARACÉTAMOL", "500 mg", "SA", 1),
           compo("60000002", "AMOXICILLINE TRIHYDRATÉE", "574,00 mg", "SA", 1),
           compo("60000002", "AMOXICILLINE", "500,00 mg", "FT", 1),
           compo("60000003", "AMOXICILLINE", "1 g", "SA", 1),
           compo("60000004", "AMOXICILLINE TRIHYDRATÉE", "574 mg", "SA", 1),
           compo("60000004", "AMOXICILLINE", "500 mg", "FT", 1),
           compo("60000004", "CLAVULANATE DE POTASSIUM", "74,5 mg", "SA", 2),
           compo("60000004", "ACIDE CLAVULANIQUE", "62,50 mg", "FT", 2),
           "60000004\tBAD",
           compo("60000005", "SULFATE DE MORPHINE", "10 mg", "SA", 1),
           compo("60000006", "AMOXICILLINE", "500 mg", "SA", 1),
           compo("60000007", "PARACÉTAMOL", "1000 mg", "SA", 1),
           compo("60000008", "PARACÉTAMOL", "500,0 mg", "SA", 1)},
          true);
    write(dir, "CIS_CPD_bdpm.txt",
          {"60000005\tprescription sur ordonnance sécurisée\t", "60000005\tstupéfiant",
           "60000005\tprescription limitée à 28 jours", "60000002\tliste I", "6000\tliste I"});
}

QStringList names(const QList<DrugHit>& hits)
{
    QStringList out;
    for (const DrugHit& h : hits)
        out << QString::number(h.cis);
    return out;
}

} // namespace

class TestDrugs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void encodingDetectedPerFile()
    {
        bool win = true;
        QCOMPARE(BdpmReader::decode(QString("PARACÉTAMOL").toUtf8(), &win), QString("PARACÉTAMOL"));
        QVERIFY(!win);
        QCOMPARE(BdpmReader::decode(QByteArray("PARAC\xC9TAMOL"), &win), QString("PARACÉTAMOL"));
        QVERIFY(win);
    }

    void strength_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("tidy");
        QTest::newRow("hundredths") << "1,00 mg" << "1 mg";
        QTest::newRow("one decimal") << "2,50 mg" << "2,5 mg";
        QTest::newRow("kept") << "62,5 mg" << "62,5 mg";
        QTest::newRow("integer") << "500 mg" << "500 mg";
        QTest::newRow("small") << "0,05 mg" << "0,05 mg";
        QTest::newRow("per ml") << "2,40 g/100 ml" << "2,4 g/100 ml";
    }
    void strength()
    {
        QFETCH(QString, raw);
        QFETCH(QString, tidy);
        QCOMPARE(BdpmReader::tidyStrength(raw), tidy);
    }

    void prices()
    {
        QCOMPARE(BdpmReader::frenchNumber("2,18").value(), 2.18);
        QCOMPARE(BdpmReader::frenchNumber("1 234,56").value(), 1234.56);
        QCOMPARE(BdpmReader::frenchNumber("1.234,56").value(), 1234.56);
        QVERIFY(!BdpmReader::frenchNumber(""));
    }

    void dciFromComposition()
    {
        const QList<BdpmComponent> augmentin{
            {60000004, "comprimé", "1", "AMOXICILLINE TRIHYDRATÉE", "574 mg", "", "SA", 1},
            {60000004, "comprimé", "2", "AMOXICILLINE", "500,00 mg", "", "FT", 1},
            {60000004, "comprimé", "3", "CLAVULANATE DE POTASSIUM", "74,5 mg", "", "SA", 2},
            {60000004, "comprimé", "4", "ACIDE CLAVULANIQUE", "62,50 mg", "", "FT", 2}};
        const DciLine l = BdpmReader::dciLine(augmentin);
        QCOMPARE(l.dci, QString("AMOXICILLINE + ACIDE CLAVULANIQUE"));
        QCOMPARE(l.strength, QString("500 mg + 62,5 mg"));
        // A substance named in two elements of a kit is named once.
        const QList<BdpmComponent> kit{{1, "comprimé blanc", "1", "LÉVONORGESTREL", "0,15 mg", "", "SA", 1},
                                       {1, "comprimé jaune", "1", "LÉVONORGESTREL", "0,15 mg", "", "SA", 1}};
        QCOMPARE(BdpmReader::dciLine(kit).dci, QString("LÉVONORGESTREL"));
        QCOMPARE(BdpmReader::brandOf("DOLIPRANE 500 mg, comprimé"), QString("DOLIPRANE"));
        QCOMPARE(BdpmReader::brandOf("AMOXICILLINE BIOGARAN 500 mg, gélule"), QString("AMOXICILLINE BIOGARAN"));
    }

    void malformedRowsReportedRestImported()
    {
        QTemporaryDir dir;
        writeSet(dir.path());
        const QString refPath = DrugReference::pathBeside(dir.filePath("relais.vault"));
        QCOMPARE(QFileInfo(refPath).fileName(), QString("bdpm-reference.sqlite"));
        auto report = DrugReference::refresh(dir.path(), refPath);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->medicines, 8);
        QCOMPARE(report->presentations, 7);
        QStringList problems;
        for (const BdpmProblem& p : report->problems)
            problems << formatBdpmProblem(p);
        QCOMPARE(problems.size(), 4);
        QVERIFY2(problems.at(0).startsWith("CIS_bdpm.txt:6: expected 12 columns, found 3"), qPrintable(problems.join('\n')));
        QVERIFY2(problems.at(1).startsWith("CIS_bdpm.txt:7: the CIS code \"ABC00005\""), qPrintable(problems.join('\n')));
        QVERIFY2(problems.at(2).startsWith("CIS_COMPO_bdpm.txt:9:"), qPrintable(problems.join('\n')));
        QVERIFY2(problems.at(3).startsWith("CIS_CPD_bdpm.txt:5:"), qPrintable(problems.join('\n')));

        auto ref = DrugReference::open(refPath);
        QVERIFY2(ref, qPrintable(ref ? QString() : ref.error().message));
        QCOMPARE((*ref)->medicineCount(), 8);
        QCOMPARE((*ref)->sourceDate(), QFileInfo(dir.filePath("CIS_bdpm.txt")).lastModified().date());
        QVERIFY((*ref)->describe().startsWith("BDPM reference of "));
    }

    void searchAccentInsensitivePrefixes()
    {
        QTemporaryDir dir;
        writeSet(dir.path());
        const QString refPath = dir.filePath("bdpm-reference.sqlite");
        QVERIFY(DrugReference::refresh(dir.path(), refPath));
        auto ref = DrugReference::open(refPath);
        QVERIFY(ref);
        DrugReference& r = **ref;

        auto doli = r.search("doli");
        QVERIFY(doli);
        QCOMPARE(names(*doli), QStringList{"60000001"});
        const DrugHit& d = doli->first();
        QCOMPARE(d.dci, QString("PARACÉTAMOL"));  // read from the Windows-1252 composition
        QCOMPARE(d.strength, QString("500 mg"));
        QCOMPARE(d.form, QString("comprimé"));
        QCOMPARE(d.route, QString("orale"));
        QCOMPARE(d.brand, QString("DOLIPRANE"));
        const PrescriptionLine line = d.toLine(false);
        QCOMPARE(line.dci, QString("PARACÉTAMOL"));
        QVERIFY(line.brand.isEmpty());
        QCOMPARE(d.toLine(true).brand, QString("DOLIPRANE"));

        for (const QString q : {"parac", "PARACÉT", "paracét", "Paracetamol"}) {
            auto hits = r.search(q);
            QVERIFY(hits);
            QCOMPARE(hits->size(), 3);
        }
        QCOMPARE(names(*r.search("clamo")), QStringList{"60000003"});
        QCOMPARE(names(*r.search("60000004")), QStringList{"60000004"});
        QCOMPARE(names(*r.search("3400930000005")), QStringList{"60000005"});
        QCOMPARE(names(*r.search("3000007")), QStringList{"60000007"});
        QCOMPARE(names(*r.search("acide clavul")), QStringList{"60000004"});
        QCOMPARE(r.search("augmentin")->first().strength, QString("500 mg + 62,5 mg"));
        // The other brands holding the same medicine are named with it.
        const DrugHit biogaran = r.search("amoxicilline biogaran")->first();
        QCOMPARE(biogaran.otherBrands, QStringList{});
        QCOMPARE(d.otherBrands, QStringList{"DAFALGAN"});
        QVERIFY(d.display().endsWith("— DOLIPRANE (also DAFALGAN)"));
        const DrugHit efferalgan = r.search("efferalganmed")->first();
        QCOMPARE(efferalgan.dci, QString("PARACÉTAMOL"));
        QCOMPARE(efferalgan.strength, QString("1000 mg"));
        QVERIFY(r.search("zzz")->isEmpty());
        QVERIFY(r.search("\"*()")->isEmpty());  // FTS syntax in the query is not an error
    }

    void stupefiantFromConditions()
    {
        QTemporaryDir dir;
        writeSet(dir.path());
        const QString refPath = dir.filePath("bdpm-reference.sqlite");
        QVERIFY(DrugReference::refresh(dir.path(), refPath));
        auto ref = DrugReference::open(refPath);
        QVERIFY(ref);
        auto skenan = (*ref)->search("skenan");
        QVERIFY(skenan && skenan->size() == 1);
        QVERIFY(skenan->first().securePaper);
        QVERIFY(skenan->first().toLine(false).stupefiant);
        QVERIFY(skenan->first().toLine(false).needsSecurePaper());
        auto liste1 = (*ref)->search("amoxicilline biogaran");
        QVERIFY(liste1 && liste1->size() == 1);
        QVERIFY(!liste1->first().securePaper);  // "liste I" is not a secure prescription
        QVERIFY(BdpmReader::requiresSecurePaper("Prescription sur ORDONNANCE SECURISEE"));
        QVERIFY(BdpmReader::requiresSecurePaper("assimilé stupéfiant"));
        QVERIFY(!BdpmReader::requiresSecurePaper("réservé à l'usage hospitalier"));
    }

    // The demo's invented extract in the BDPM format (resources/demo/bdpm) imports without a
    // problem, and its prescribing conditions reach the lines: tramadol picked from the reference is
    // secure paper with its 12 weeks (renewals allowed within), oxycodone a stupéfiant.
    void demoSampleFeedsTheSubstanceRules()
    {
        QTemporaryDir dir;
        const QString sample = QStringLiteral(RELAIS_TEST_SOURCE_DIR "/../resources/demo/bdpm");
        const QString refPath = dir.filePath("bdpm-reference.sqlite");
        auto report = DrugReference::refresh(sample, refPath);
        QVERIFY2(report, qPrintable(report ? QString() : report.error().message));
        QCOMPARE(report->problems.size(), 0);
        QCOMPARE(report->medicines, 20);
        auto ref = DrugReference::open(refPath);
        QVERIFY(ref);
        auto tramadol = (*ref)->search("tramadol");
        QVERIFY(tramadol && !tramadol->isEmpty());
        PrescriptionLine l = tramadol->first().toLine(false);
        QVERIFY(!l.stupefiant);
        QVERIFY(l.securePaper);
        QCOMPARE(l.limitDays, 84);
        const LineRules rules = l.rules();
        QVERIFY(rules.securePaper && rules.inWords && rules.renewalAllowed);
        QCOMPARE(rules.maxTotalDays, 84);
        auto oxycodone = (*ref)->search("oxycodone");
        QVERIFY(oxycodone && !oxycodone->isEmpty());
        QVERIFY(oxycodone->first().toLine(false).stupefiant);
        QVERIFY(!oxycodone->first().toLine(false).rules().renewalAllowed);
        auto zolpidem = (*ref)->search("zolpidem");
        QVERIFY(zolpidem && !zolpidem->isEmpty());
        QCOMPARE(zolpidem->first().toLine(false).rules().maxDays, 28);
        QVERIFY(zolpidem->first().toLine(false).rules().source.contains(QStringLiteral("7 janvier 2017")));
    }

    void withdrawnRankedLastAndMarked()
    {
        QTemporaryDir dir;
        writeSet(dir.path());
        const QString refPath = dir.filePath("bdpm-reference.sqlite");
        QVERIFY(DrugReference::refresh(dir.path(), refPath));
        auto ref = DrugReference::open(refPath);
        QVERIFY(ref);
        auto amox = (*ref)->search("amox");
        QVERIFY(amox);
        QCOMPARE(amox->size(), 4);
        QCOMPARE(amox->last().cis, 60000006);
        QVERIFY(!amox->last().available);
        QCOMPARE(amox->last().status, QString("withdrawn"));
        QVERIFY(amox->last().display().endsWith("(withdrawn)"));
        for (qsizetype i = 0; i + 1 < amox->size(); ++i)
            QVERIFY(amox->at(i).available);
    }

    void refreshKeepsOldReferenceOnFailure()
    {
        QTemporaryDir dir;
        writeSet(dir.path());
        const QString refPath = dir.filePath("bdpm-reference.sqlite");
        QVERIFY(DrugReference::refresh(dir.path(), refPath));

        QTemporaryDir broken;
        writeSet(broken.path());
        QVERIFY(QFile::remove(broken.filePath("CIS_CPD_bdpm.txt")));
        auto missing = DrugReference::refresh(broken.path(), refPath);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains("CIS_CPD_bdpm.txt"));

        writeSet(broken.path());
        write(broken.path(), "CIS_bdpm.txt", {"garbage", "1\t2\t3", "ABCDEFGH\ta\tb\tc\td\te\tf\tg\th\ti\tj\tk"});
        auto allBad = DrugReference::refresh(broken.path(), refPath);
        QVERIFY(!allBad);
        QVERIFY(allBad.error().message.contains("3 malformed"));

        auto ref = DrugReference::open(refPath);
        QVERIFY2(ref, qPrintable(ref ? QString() : ref.error().message));
        QCOMPARE((*ref)->medicineCount(), 8);
        QVERIFY(!QFile::exists(refPath + ".building"));
    }

    void damagedReferenceRefused()
    {
        QTemporaryDir dir;
        writeSet(dir.path());
        const QString refPath = dir.filePath("bdpm-reference.sqlite");

        auto none = DrugReference::open(refPath);
        QVERIFY(!none);
        QCOMPARE(none.error().kind, ErrorKind::VaultMissing);

        QVERIFY(DrugReference::refresh(dir.path(), refPath));
        {  // a change behind Relais's back: still a valid SQLite file, but not what was imported
            auto db = Database::open(refPath, nullptr, false);
            QVERIFY(db);
            QVERIFY(db->exec("UPDATE medicine SET secure = 0 WHERE cis = 60000005"));
        }
        auto edited = DrugReference::open(refPath);
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ErrorKind::VaultCorrupt);
        QVERIFY2(edited.error().message.contains("damaged"), qPrintable(edited.error().message));

        QVERIFY(DrugReference::refresh(dir.path(), refPath));
        QVERIFY(DrugReference::open(refPath));
        {  // bytes overwritten on disk
            QFile f(refPath);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.size() > 8192);
            f.seek(f.size() / 2);
            f.write(QByteArray(4096, '\x5a'));
        }
        auto flipped = DrugReference::open(refPath);
        QVERIFY(!flipped);
        QCOMPARE(flipped.error().kind, ErrorKind::VaultCorrupt);
        QVERIFY2(flipped.error().message.contains("import the BDPM files again"), qPrintable(flipped.error().message));

        {  // not a database at all
            QFile f(refPath);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write("this is not a database");
        }
        auto garbage = DrugReference::open(refPath);
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().kind, ErrorKind::VaultCorrupt);
    }

    void cliImportAndSearch()
    {
        QTemporaryDir dir;
        writeSet(dir.path());
        const QString vault = dir.filePath("relais.vault");  // need not exist: public data only
        QProcess p;
        p.start(RELAIS_CLI_PATH, {"import-bdpm", "--dir", dir.path(), "--vault", vault});
        QVERIFY(p.waitForFinished(30000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QCOMPARE(p.exitCode(), 0);
        QVERIFY2(err.contains("CIS_bdpm.txt:6"), qPrintable(err));
        QVERIFY(QFile::exists(dir.filePath("bdpm-reference.sqlite")));

        p.start(RELAIS_CLI_PATH, {"drugs", "--vault", vault, "amox"});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split('\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.last().startsWith("60000006\t"));
        QVERIFY(lines.last().contains("withdrawn"));
    }
};

QTEST_GUILESS_MAIN(TestDrugs)
#include "tst_drugs.moc"
