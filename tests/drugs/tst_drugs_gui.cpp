// SPDX-License-Identifier: GPL-3.0-or-later
// The DCI field of a prescription line with and without a BDPM reference beside the vault.
#include "prescribing/DrugCompleter.h"
#include "prescribing/DrugReferenceDialog.h"
#include "../ui/GuiTestSupport.h"
#include "prescribing/PrescriptionLineWidget.h"
#include "TestSupport.h"
#include "drugs/DrugReference.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace relais;
using namespace relais::ui;

namespace {

void write(const QString& dir, const char* name, const QStringList& lines)
{
    QFile f(QDir(dir).filePath(QString::fromLatin1(name)));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write((lines.join('\n') + '\n').toUtf8());
}

QString med(const QString& cis, const QString& name, const QString& form)
{
    return QStringList{cis, name, form, "orale", "Autorisation active", "Procédure nationale", "Commercialisée",
                       "15/03/1990", "", "", " LABO", "Non"}.join('\t') + '\t';
}

} // namespace

class TestDrugsGui : public QObject
{
    Q_OBJECT

private slots:
    void freeTextWithoutReference()
    {
        QTemporaryDir dir;
        DrugCompleter::setVaultPath(dir.filePath("relais.vault"));
        PrescriptionLineWidget w(false);
        QVERIFY(!w.drugCompleter());
        w.findChild<QLineEdit*>("dci")->setText("MACROGOL 4000");
        QCOMPARE(w.line().dci, QString("MACROGOL 4000"));
        QVERIFY(!w.findChild<QLabel*>("bdpmReference")->isVisibleTo(&w));
    }

    void completerFillsTheLine()
    {
        QTemporaryDir dir;
        write(dir.path(), "CIS_bdpm.txt",
              {med("60000001", "DOLIPRANE 500 mg, comprimé", "comprimé"),
               med("60000005", "SKENAN LP 10 mg, microgranules à libération prolongée en gélule", "gélule")});
        write(dir.path(), "CIS_CIP_bdpm.txt", {});
        write(dir.path(), "CIS_COMPO_bdpm.txt",
              {"60000001\tcomprimé\t1\tPARACÉTAMOL\t500 mg\tun comprimé\tSA\t1\t",
               "60000005\tgélule\t2\tSULFATE DE MORPHINE\t10,0 mg\tune gélule\tSA\t1\t"});
        write(dir.path(), "CIS_CPD_bdpm.txt", {"60000005\tprescription sur ordonnance sécurisée"});
        const QString vault = dir.filePath("relais.vault");
        QVERIFY(DrugReference::refresh(dir.path(), DrugReference::pathBeside(vault)));
        DrugCompleter::setVaultPath(vault);

        PrescriptionLineWidget w(false);
        w.show();
        QVERIFY(w.drugCompleter());
        auto* label = w.findChild<QLabel*>("bdpmReference");
        QVERIFY(label->isVisible());
        QVERIFY(label->text().startsWith("BDPM reference of "));

        auto* dci = w.findChild<QLineEdit*>("dci");
        dci->setFocus();
        QTest::keyClicks(dci, "doli");
        QCOMPARE(w.drugCompleter()->hits().size(), 1);
        QVERIFY(w.drugCompleter()->popup()->isVisible());
        // As a click in the popup does.
        emit w.drugCompleter()->activated(w.drugCompleter()->completionModel()->index(0, 0));
        PrescriptionLine l = w.line();
        QCOMPARE(l.dci, QString("PARACÉTAMOL"));
        QCOMPARE(l.strength, QString("500 mg"));
        QCOMPARE(l.form, QString("comprimé"));
        QCOMPARE(l.route, QString("orale"));
        QVERIFY(l.brand.isEmpty());
        QVERIFY(!l.stupefiant);

        dci->clear();
        QTest::keyClicks(dci, "sken");
        QCOMPARE(w.drugCompleter()->hits().size(), 1);
        w.drugCompleter()->lookUp("SKÉN");  // accents as the GP may type them
        QCOMPARE(w.drugCompleter()->hits().size(), 1);
        w.choose(w.drugCompleter()->hits().first());
        l = w.line();
        QCOMPARE(l.dci, QString("SULFATE DE MORPHINE"));
        QCOMPARE(l.strength, QString("10 mg"));
        // The conditions say "ordonnance sécurisée" (not "stupéfiant"): secure paper from the reference.
        QVERIFY(l.securePaper);
        QVERIFY(l.needsSecurePaper());
    }

    void damagedReferenceSaysSo()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath("relais.vault");
        QFile f(DrugReference::pathBeside(vault));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a database at all, but long enough to be looked at");
        f.close();
        DrugCompleter::setVaultPath(vault);
        PrescriptionLineWidget w(false);
        QVERIFY(!w.drugCompleter());
        auto* label = w.findChild<QLabel*>("bdpmReference");
        QCOMPARE(label->text(), QString("No drug reference"));
        QVERIFY(!label->toolTip().isEmpty());
    }
    void referenceDialogUpdatesFromAFolderAndKeepsTheOldOneOnFailure()
    {
        QTemporaryDir dir;
        const QString vault = dir.filePath("relais.vault");
        DrugCompleter::setVaultPath(vault);
        QCOMPARE(DrugCompleter::referencePath(), DrugReference::pathBeside(vault));
        DrugReferenceDialog dialog(DrugCompleter::referencePath());
        dialog.show();
        QVERIFY(dialog.statusText().contains("No drug reference yet"));
        QVERIFY(!dialog.findChild<QPushButton*>("refreshReference")->isEnabled());  // no folder yet

        // A folder without the four files: said, nothing written.
        const QString bdpm = dir.filePath("bdpm");
        QVERIFY(QDir().mkpath(bdpm));
        write(bdpm, "CIS_bdpm.txt", {med("60000001", "DOLIPRANE 500 mg, comprimé", "comprimé")});
        dialog.setFolder(bdpm);
        dialog.findChild<QPushButton*>("refreshReference")->click();
        QVERIFY2(dialog.resultText().contains("CIS_CIP_bdpm.txt") && dialog.resultText().contains("CIS_COMPO_bdpm.txt"),
                 qPrintable(dialog.resultText()));
        QVERIFY(!QFile::exists(DrugReference::pathBeside(vault)));

        // The four files: built on a worker thread, then described.
        write(bdpm, "CIS_CIP_bdpm.txt", {});
        write(bdpm, "CIS_COMPO_bdpm.txt", {"60000001\tcomprimé\t1\tPARACÉTAMOL\t500 mg\tun comprimé\tSA\t1\t",
                                          "garbage line"});
        write(bdpm, "CIS_CPD_bdpm.txt", {});
        QSignalSpy done(&dialog, &DrugReferenceDialog::refreshed);
        dialog.findChild<QPushButton*>("refreshReference")->click();
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.findChild<QPushButton*>("close")->isEnabled());
        QVERIFY(done.wait(30000));
        QVERIFY(!dialog.isBusy());
        QVERIFY2(dialog.resultText().contains(DrugReferenceDialog::tr("Updated: %n medicine(s), %1 presentation(s) (files of %2).", nullptr, 1).section(u',', 0, 0)), qPrintable(dialog.resultText()));
        QVERIFY2(dialog.resultText().contains("CIS_COMPO_bdpm.txt:2"), qPrintable(dialog.resultText()));  // the bad row, named
        QVERIFY2(dialog.statusText().startsWith("BDPM reference of"), qPrintable(dialog.statusText()));
        test::saveShot(dialog, "drug-reference-dialog.png");
        auto ref = DrugReference::open(DrugReference::pathBeside(vault));
        QVERIFY(ref);
        QCOMPARE((*ref)->medicineCount(), 1);

        // A damaged file in the folder: the old reference stays as it was.
        write(bdpm, "CIS_bdpm.txt", {"not\ta\tmedicine"});
        QByteArray before;
        {
            QFile f(DrugReference::pathBeside(vault));
            QVERIFY(f.open(QIODevice::ReadOnly));
            before = f.readAll();
        }
        QSignalSpy finished(&dialog, &DrugReferenceDialog::refreshed);
        dialog.findChild<QPushButton*>("refreshReference")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
        QFile after(DrugReference::pathBeside(vault));
        QVERIFY(after.open(QIODevice::ReadOnly));
        QVERIFY(finished.isEmpty());  // no medicine could be read: refused
        QVERIFY2(dialog.resultText().contains("not changed"), qPrintable(dialog.resultText()));
        QCOMPARE(after.readAll(), before);
    }
};

QTEST_MAIN(TestDrugsGui)
#include "tst_drugs_gui.moc"
