// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "records/AddPartDialog.h"
#include "records/ChartWidget.h"
#include "records/DuplicateDialog.h"
#include "session/MainWindow.h"
#include "widgets/MessageBar.h"
#include "records/PatientEditorDialog.h"
#include "PatientFixtures.h"
#include "records/PatientHitModel.h"
#include "records/PatientSearchWidget.h"
#include "records/PatientWorkspace.h"
#include "session/SessionController.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "session/UnlockDialog.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "records/Communes.h"
#include "demo/DemoData.h"
#include "records/Nir.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace relais;
using relais::test::child;
using relais::test::saveShot;
using relais::test::lastAuditEntry;
using namespace relais::ui;
using relais::test::henin;
using relais::test::kPassphrase;
using relais::test::simple;

namespace {

// Runs `check` on the modal dialog that `trigger` opens with exec().
template <typename D>
void onModal(const std::function<void()>& trigger, const std::function<void(D*)>& check)
{
    bool seen = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        seen = true;
        check(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
    trigger();
    QVERIFY2(seen, "the expected dialog did not open");
}

} // namespace

class TstPatientGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FakeClock m_clock;  // 23/11/2026
    qint64 m_henin = 0;
    qint64 m_evrard = 0;
    qint64 m_ndiaye = 0;
    QString m_heninNir;

    QDate today() const { return m_clock.nowUtc().date(); }

    std::unique_ptr<SessionController> unlockedSession() { return test::unlockedSession(m_path, m_clock, {1240, 780}); }

    static PatientWorkspace* workspace(SessionController& s) { return s.mainWindow()->workspace(); }
    static QLineEdit* searchBox(SessionController& s) { return workspace(s)->searchWidget()->searchBox(); }
    static PatientHitModel* results(SessionController& s) { return workspace(s)->searchWidget()->model(); }

    static qint64 patientCount(SessionController& s) { return *s.patientStore()->count(); }

    // Opens the new-patient form from the search pane and fills the identity.
    static PatientEditorDialog* newPatientForm(SessionController& s, const QString& name, const QString& given, Sex sex,
                                               const QString& born, const QString& nir = {})
    {
        child<QPushButton>(workspace(s), "newPatient")->click();
        PatientEditorDialog* editor = workspace(s)->editor();
        if (!editor)
            qFatal("no editor");
        child<QLineEdit>(editor, "birthName")->setText(name);
        // keyClicks() types ASCII only; the first given name follows the list as it is typed.
        auto* givenNames = child<QLineEdit>(editor, "givenNames");
        givenNames->setText(given);
        emit givenNames->textEdited(given);
        auto* sexBox = child<QComboBox>(editor, "sex");
        sexBox->setCurrentIndex(sexBox->findData(int(sex)));
        child<QLineEdit>(editor, "birthDate")->setText(born);
        child<QLineEdit>(editor, "nir")->setText(nir);
        return editor;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-patient-gui"));
        QSettings().clear();
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("relais.vault"));

        auto created = Vault::create(m_path, QStringLiteral("Dr Marie Martin"), relais::test::secret(kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        PatientStore store(*created->vault);
        QVERIFY(DemoData(2026).fill(store, 200, today()));
        const Patient zoe = henin();
        m_heninNir = zoe.matricule;
        auto id = store.insertRaw(zoe);
        QVERIFY(id);
        m_henin = *id;

        Patient evrard = simple(QStringLiteral("Évrard"), QStringLiteral("Noël"), Sex::Male, QDate(1948, 12, 25));
        evrard.origin = Origin::Imported;
        evrard.sourceId = QStringLiteral("EHR-1002");
        evrard.identityStatus = IdentityStatus::Qual;
        evrard.matricule = DemoData::makeNir(1, 48, 12, QStringLiteral("2B"), 33, 7);
        id = store.insertRaw(evrard);
        QVERIFY(id);
        m_evrard = *id;

        // Her grandson: "henin" finds two people.
        QVERIFY(store.create(simple(QStringLiteral("Hénin"), QStringLiteral("Louis"), Sex::Male, QDate(1998, 5, 3)),
                             IdentityStatus::Vali));
        Patient leGoff = simple(QStringLiteral("Le Goff-Martin"), QStringLiteral("Anne"), Sex::Female, QDate(1980, 7, 14));
        QVERIFY(store.create(leGoff, IdentityStatus::Vali));
        id = store.create(simple(QStringLiteral("N'Diaye"), QStringLiteral("Mamadou"), Sex::Male, QDate(1975, 1, 30)),
                          IdentityStatus::Prov);
        QVERIFY(id);
        m_ndiaye = *id;
    }

    void cleanupTestCase() { QSettings().clear(); }

    void unlockingPutsTheCursorInTheSearchBox()
    {
        auto s = unlockedSession();
        QVERIFY(s->mainWindow()->isVisible());
        QCOMPARE(s->mainWindow()->focusWidget(), searchBox(*s));
        QVERIFY(child<QLabel>(workspace(*s), "chartPlaceholder")->isVisible());
        // Before typing, the pane says how many patients there are and what to type.
        QVERIFY2(child<QLabel>(workspace(*s), "resultCount")->text().contains(QStringLiteral("205")),
                 qPrintable(child<QLabel>(workspace(*s), "resultCount")->text()));
    }

    void typingANameListsTheBestMatchesFirstWithACount()
    {
        auto s = unlockedSession();
        QTest::keyClicks(searchBox(*s), QStringLiteral("henin"));
        PatientSearch reference(s->vault()->db());
        auto expected = reference.search(QStringLiteral("henin"));
        QVERIFY(expected);
        QVERIFY(expected->total >= 1);
        PatientHitModel* model = results(*s);
        QCOMPARE(model->rowCount(), expected->hits.size());
        for (int row = 0; row < model->rowCount(); ++row)
            QCOMPARE(model->idAt(row), expected->hits.at(row).id);
        QVERIFY(model->index(0).data().toString().startsWith(QStringLiteral("HÉNIN")));
        const QString count = child<QLabel>(workspace(*s), "resultCount")->text();
        QVERIFY2(count.contains(QString::number(expected->total)), qPrintable(count));
        // The first hit is selected: Enter would open it.
        QCOMPARE(workspace(*s)->searchWidget()->selectedId(), expected->hits.first().id);

        // Hénin Zoé's row shows her date of birth, age, formatted NIR and where the record comes from.
        int zoe = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->idAt(row) == m_henin)
                zoe = row;
        QVERIFY(zoe >= 0);
        const QString detail = model->index(zoe).data(PatientHitModel::DetailRole).toString();
        for (const QString& part : {QStringLiteral("12/03/1954"), QStringLiteral("72 ans"), Nir::format(m_heninNir)})
            QVERIFY2(detail.contains(part), qPrintable(detail));
        QVERIFY(model->index(zoe).data(PatientHitModel::OriginRole).toString().contains(QStringLiteral("import")));
        QCOMPARE(model->index(zoe).data(PatientHitModel::StatusCodeRole).toString(), QStringLiteral("RECUP"));
        saveShot(*s->mainWindow(), "search-fr.png");
    }

    void aShortQueryShowsFiftyAndSaysToTypeMore()
    {
        auto s = unlockedSession();
        QTest::keyClicks(searchBox(*s), QStringLiteral("m"));
        PatientSearch reference(s->vault()->db());
        auto expected = reference.search(QStringLiteral("m"));
        QVERIFY(expected);
        QVERIFY2(expected->total > 50, "the demo data should have more than 50 patients with an M");
        QCOMPARE(results(*s)->rowCount(), 50);
        const QString count = child<QLabel>(workspace(*s), "resultCount")->text();
        QVERIFY2(count.contains(QStringLiteral("50")) && count.contains(QString::number(expected->total)), qPrintable(count));
    }

    void otherWaysOfTypingFindThePatient_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expectedName");
        QTest::newRow("date of birth") << QStringLiteral("12/03/1954") << QStringLiteral("HÉNIN");
        QTest::newRow("NIR digits") << QStringLiteral("2540375") << QStringLiteral("HÉNIN");
        QTest::newRow("hyphenated name") << QStringLiteral("le goff") << QStringLiteral("LE GOFF");
        QTest::newRow("apostrophe left out") << QStringLiteral("ndiaye") << QStringLiteral("N'DIAYE");
    }

    void otherWaysOfTypingFindThePatient()
    {
        QFETCH(QString, query);
        QFETCH(QString, expectedName);
        auto s = unlockedSession();
        QTest::keyClicks(searchBox(*s), query);
        QVERIFY(results(*s)->rowCount() >= 1);
        const QString first = results(*s)->index(0).data().toString();
        QVERIFY2(first.startsWith(expectedName), qPrintable(first));
    }

    void downThenEnterOpensTheSecondHit()
    {
        auto s = unlockedSession();
        QLineEdit* box = searchBox(*s);
        QTest::keyClicks(box, QStringLiteral("henin"));
        QVERIFY(results(*s)->rowCount() >= 2);
        const qint64 second = results(*s)->idAt(1);
        QTest::keyClick(box, Qt::Key_Down);
        QVERIFY(box->hasFocus() || s->mainWindow()->focusWidget() == box);  // the keyboard stays in the box
        QTest::keyClick(box, Qt::Key_Return);
        ChartWidget* chart = workspace(*s)->chart();
        QVERIFY(chart->hasPatient());
        QCOMPARE(chart->patient().id, second);
        const AuditEntry last = lastAuditEntry(*s->vault());
        QCOMPARE(last.action, QStringLiteral("patient.view"));
        QCOMPARE(last.objectId, QString::number(second));
    }

    void enterOpensTheChartWithTheAllergiesInRed()
    {
        auto s = unlockedSession();
        QTest::keyClicks(searchBox(*s), QStringLiteral("henin zoe 12/03/1954"));
        QCOMPARE(results(*s)->idAt(0), m_henin);
        QTest::keyClick(searchBox(*s), Qt::Key_Enter);

        ChartWidget* chart = workspace(*s)->chart();
        QCOMPARE(chart->patient().id, m_henin);
        QVERIFY(child<QLabel>(chart, "patientName")->text().startsWith(QStringLiteral("HÉNIN Zoé")));
        const QString facts = child<QLabel>(chart, "patientFacts")->text();
        QVERIFY2(facts.contains(henin().ageText(today())) && facts.contains(QStringLiteral("12/03/1954")), qPrintable(facts));
        QVERIFY(facts.contains(Nir::format(m_heninNir)));
        QVERIFY2(!facts.contains(QStringLiteral("aucun numéro")), qPrintable(facts));
        auto* allergies = child<QLabel>(chart, "allergies");
        QVERIFY(allergies->text().contains(QStringLiteral("Pénicillines")));
        QVERIFY(allergies->text().contains(QStringLiteral("Arachide")));
        QVERIFY2(allergies->styleSheet().contains(QStringLiteral("#b00020")), qPrintable(allergies->styleSheet()));
        QVERIFY(child<QLabel>(chart, "identityStatus")->text().startsWith(QStringLiteral("RECUP")));
        QVERIFY(!child<QLabel>(chart, "identityStatus")->toolTip().isEmpty());
        QVERIFY(child<QLabel>(chart, "demoBadge")->isVisible());
        QVERIFY(child<QLabel>(chart, "history")->text().contains(QStringLiteral("Appendicectomie")));
        QVERIFY(child<QLabel>(chart, "ald")->text().contains(QStringLiteral("15/01/2010")));
        const QString treatments = child<QLabel>(chart, "treatments")->text();
        QVERIFY(treatments.contains(QStringLiteral("METFORMINE 1000 mg comprimé")));
        QVERIFY(treatments.contains(QStringLiteral("MTE")));
        QVERIFY(child<QLabel>(chart, "measurements")->text().contains(QStringLiteral("71,2 kg")));
        QVERIFY(!child<QLabel>(chart, "consultations")->text().isEmpty());

        const AuditEntry last = lastAuditEntry(*s->vault());
        QCOMPARE(last.action, QStringLiteral("patient.view"));
        QCOMPARE(last.objectType, QStringLiteral("patient"));
        QCOMPARE(last.objectId, QString::number(m_henin));
        QVERIFY(s->mainWindow()->findChild<QAction*>(QStringLiteral("actionCorrectIdentity"))->isEnabled());
        saveShot(*s->mainWindow(), "chart-fr.png");
    }

    void escapeClearsTheSearch()
    {
        auto s = unlockedSession();
        QTest::keyClicks(searchBox(*s), QStringLiteral("henin"));
        QVERIFY(results(*s)->rowCount() > 0);
        QTest::keyClick(searchBox(*s), Qt::Key_Escape);
        QVERIFY(searchBox(*s)->text().isEmpty());
        QCOMPARE(results(*s)->rowCount(), 0);
        QVERIFY(!s->isLocked());
    }

    void ctrlFBringsTheCursorBackToTheSearchBox()
    {
        auto s = unlockedSession();
        QTest::keyClicks(searchBox(*s), QStringLiteral("henin"));
        QTest::keyClick(searchBox(*s), Qt::Key_Return);
        auto* correct = child<QPushButton>(workspace(*s)->chart(), "correctIdentity");
        correct->setFocus();
        QCOMPARE(s->mainWindow()->focusWidget(), correct);
        s->mainWindow()->findChild<QAction*>(QStringLiteral("actionFind"))->trigger();
        QCOMPARE(s->mainWindow()->focusWidget(), searchBox(*s));
        QCOMPARE(searchBox(*s)->selectedText(), QStringLiteral("henin"));  // typing replaces the old query
        QCOMPARE(s->mainWindow()->findChild<QAction*>(QStringLiteral("actionFind"))->shortcut(), QKeySequence(QStringLiteral("Ctrl+F")));
    }

    void aWrongNirKeyIsRefusedNamingTheField()
    {
        auto s = unlockedSession();
        const qint64 before = patientCount(*s);
        QString nir = DemoData::makeNir(1, 60, 2, QStringLiteral("69"), 123, 45);
        nir.replace(13, 2, nir.mid(13, 2) == u"00" ? QStringLiteral("01") : QStringLiteral("00"));
        PatientEditorDialog* editor = newPatientForm(*s, QStringLiteral("Quintard"), QStringLiteral("Léon Paul"), Sex::Male,
                                                     QStringLiteral("01/02/1960"), nir);
        QCOMPARE(child<QLineEdit>(editor, "firstGivenName")->text(), QStringLiteral("Léon"));
        child<QPushButton>(editor, "save")->click();

        auto* error = child<QLabel>(editor, "error");
        QVERIFY(error->isVisible());
        const QString field = PatientStore::tr("Social-security number (NIR)");
        QVERIFY2(error->text().contains(field), qPrintable(error->text()));
        QCOMPARE(editor->focusWidget(), child<QLineEdit>(editor, "nir"));
        QVERIFY(editor->isVisible());
        QCOMPARE(patientCount(*s), before);
        editor->resize(editor->width(), editor->sizeHint().height());
        saveShot(*editor, "patient-editor-fr.png");
        editor->reject();
    }

    void impossibleDatesAreRefused_data()
    {
        QTest::addColumn<QString>("born");
        QTest::newRow("no 31 February") << QStringLiteral("31/02/1954");
        QTest::newRow("not a date") << QStringLiteral("12/13");
        QTest::newRow("in the future") << QStringLiteral("01/01/2030");
        QTest::newRow("before 1890") << QStringLiteral("01/01/1850");
    }

    void impossibleDatesAreRefused()
    {
        QFETCH(QString, born);
        auto s = unlockedSession();
        const qint64 before = patientCount(*s);
        PatientEditorDialog* editor = newPatientForm(*s, QStringLiteral("Quintard"), QStringLiteral("Léon"), Sex::Male, born);
        child<QPushButton>(editor, "save")->click();
        QVERIFY(child<QLabel>(editor, "error")->isVisible());
        QCOMPARE(editor->focusWidget(), child<QLineEdit>(editor, "birthDate"));
        QCOMPARE(patientCount(*s), before);
        editor->reject();
    }

    void valiNeedsTheCompleteTraits()
    {
        auto s = unlockedSession();
        const qint64 before = patientCount(*s);
        PatientEditorDialog* editor = newPatientForm(*s, QStringLiteral("Quintard"), QStringLiteral("Léon"), Sex::Unknown,
                                                     QStringLiteral("01/02/1960"));
        auto* status = child<QComboBox>(editor, "status");
        status->setCurrentIndex(status->findData(int(IdentityStatus::Vali)));
        child<QPushButton>(editor, "save")->click();
        auto* error = child<QLabel>(editor, "error");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QStringLiteral("VALI")), qPrintable(error->text()));
        QCOMPARE(patientCount(*s), before);

        // A doubtful identity stays provisional whatever was chosen.
        child<QCheckBox>(editor, "doubtful")->click();
        QVERIFY(!status->isEnabled());
        QCOMPARE(status->currentData().toInt(), int(IdentityStatus::Prov));
        editor->reject();
    }

    void anObviousDuplicateIsAnnouncedAndTheExistingChartOffered()
    {
        auto s = unlockedSession();
        const qint64 before = patientCount(*s);
        PatientEditorDialog* editor = newPatientForm(*s, QStringLiteral("HENIN"), QStringLiteral("Zoe"), Sex::Female,
                                                     QStringLiteral("12031954"));
        bool listed = false;
        onModal<DuplicateDialog>([&] { child<QPushButton>(editor, "save")->click(); },
                                 [&](DuplicateDialog* ask) {
                                     listed = ask->selectedId() == m_henin;
                                     QVERIFY(child<QPushButton>(ask, "openExisting")->isDefault());
                                     saveShot(*ask, "duplicate-warning-fr.png");
                                     child<QPushButton>(ask, "openExisting")->click();
                                 });
        QVERIFY(listed);
        QVERIFY(!workspace(*s)->editor() || !workspace(*s)->editor()->isVisible());
        QCOMPARE(patientCount(*s), before);
        QCOMPARE(workspace(*s)->chart()->patient().id, m_henin);
        QCOMPARE(lastAuditEntry(*s->vault()).action, QStringLiteral("patient.view"));
    }

    void backFromTheDuplicateWarningKeepsTheFormAndCreateAnywayCreates()
    {
        auto s = unlockedSession();
        const qint64 before = patientCount(*s);
        PatientEditorDialog* editor = newPatientForm(*s, QStringLiteral("N'Diaye"), QStringLiteral("Mamadou"), Sex::Male,
                                                     QStringLiteral("30/01/1975"));
        onModal<DuplicateDialog>([&] { child<QPushButton>(editor, "save")->click(); },
                                 [](DuplicateDialog* ask) { child<QPushButton>(ask, "back")->click(); });
        QVERIFY(editor->isVisible());
        QCOMPARE(patientCount(*s), before);

        onModal<DuplicateDialog>([&] { child<QPushButton>(editor, "save")->click(); },
                                 [](DuplicateDialog* ask) { child<QPushButton>(ask, "createAnyway")->click(); });
        QCOMPARE(patientCount(*s), before + 1);
        QVERIFY(workspace(*s)->chart()->patient().id != m_ndiaye);
        QCOMPARE(workspace(*s)->chart()->patient().birthName, QStringLiteral("N'Diaye"));
    }

    void aCreatedPatientIsFoundRightAfter()
    {
        auto s = unlockedSession();
        const qint64 before = patientCount(*s);
        const QString nir = DemoData::makeNir(1, 60, 2, QStringLiteral("69"), 123, 45);
        PatientEditorDialog* editor = newPatientForm(*s, QStringLiteral("Quintard"), QStringLiteral("Léon"), Sex::Male,
                                                     QStringLiteral("1/2/1960"), nir);
        child<QLineEdit>(editor, "mobile")->setText(QStringLiteral("06 98 76 54 32"));
        child<QPushButton>(editor, "save")->click();
        QCOMPARE(patientCount(*s), before + 1);
        ChartWidget* chart = workspace(*s)->chart();
        QVERIFY(chart->hasPatient());
        const qint64 id = chart->patient().id;
        QCOMPARE(chart->patient().identityStatus, IdentityStatus::Prov);
        QCOMPARE(chart->patient().origin, Origin::Local);
        QCOMPARE(chart->patient().matricule, nir);
        QCOMPARE(chart->patient().birthDate, QDate(1960, 2, 1));

        QLineEdit* box = searchBox(*s);
        QCOMPARE(s->mainWindow()->focusWidget(), box);
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("quintard"));
        QCOMPARE(results(*s)->rowCount(), 1);
        QCOMPARE(results(*s)->idAt(0), id);
        QVERIFY(results(*s)->index(0).data(PatientHitModel::OriginRole).toString().contains(QStringLiteral("Relais")));
        QTest::keyClick(box, Qt::Key_Escape);
        QTest::keyClicks(box, QStringLiteral("0698"));  // by mobile number
        QCOMPARE(results(*s)->idAt(0), id);
    }

    void aNirNotMatchingTheSexIsAWarningOnly()
    {
        auto s = unlockedSession();
        const qint64 before = patientCount(*s);
        const QString maleNir = DemoData::makeNir(1, 85, 6, QStringLiteral("29"), 232, 11);
        PatientEditorDialog* editor = newPatientForm(*s, QStringLiteral("Kerbrat"), QStringLiteral("Maëlle"), Sex::Female,
                                                     QStringLiteral("04/06/1985"), maleNir);
        QVERIFY(editor->warningBar()->isVisible());
        QVERIFY(!editor->warningBar()->text().isEmpty());
        saveShot(*editor, "patient-editor-warning-fr.png");
        child<QPushButton>(editor, "save")->click();
        QCOMPARE(patientCount(*s), before + 1);
    }

    // The birth place's INSEE code names its commune as it is typed (COG), and on the chart.
    void theBirthPlaceShowsItsCommune()
    {
        auto s = unlockedSession();
        workspace(*s)->newPatient();
        PatientEditorDialog* editor = workspace(*s)->editor();
        QVERIFY(editor);
        auto* code = child<QLineEdit>(editor, "birthPlace");
        auto* name = child<QLabel>(editor, "birthPlaceName");
        code->setText(QStringLiteral("25042"));
        QCOMPARE(name->text(), QStringLiteral("Le Barboux"));
        code->setText(QStringLiteral("2A004"));
        QCOMPARE(name->text(), QStringLiteral("Ajaccio"));
        code->setText(QStringLiteral("99134"));
        QVERIFY2(name->text().contains(QStringLiteral("99xxx")), qPrintable(name->text()));
        editor->reject();
        const QString original = s->patientStore()->get(m_evrard)->birthPlaceInsee;
        const auto setPlace = [&](const QString& place) {
            auto upd = s->vault()->db().prepare(QStringLiteral("UPDATE patient SET birth_place_insee = ? WHERE id = ?"));
            if (!upd)
                return false;
            upd->bindAll({place, m_evrard});
            return bool(upd->run());
        };
        QVERIFY(setPlace(QStringLiteral("25042")));
        workspace(*s)->openPatient(m_evrard);
        const QString contact = child<QLabel>(workspace(*s)->chart(), "contact")->text();
        QVERIFY(setPlace(original));
        QVERIFY2(contact.contains(QStringLiteral("Le Barboux")) && contact.contains(QStringLiteral("25042")), qPrintable(contact));
    }

    void anImportedRecupIdentityIsKeptUntilATraitChanges()
    {
        auto s = unlockedSession();
        // Imported with the NSS the care is billed to (another person's number): shown beside
        // the INS, and kept when the identity is corrected in Relais.
        auto nss = s->vault()->db().prepare(QStringLiteral("UPDATE patient SET nss = ? WHERE id = ?"));
        QVERIFY(nss);
        nss->bindAll({m_heninNir, m_evrard});
        QVERIFY(nss->run());
        workspace(*s)->openPatient(m_evrard);
        const QString facts = child<QLabel>(workspace(*s)->chart(), "patientFacts")->text();
        QVERIFY2(facts.contains(QStringLiteral("assuré sous le n° ") + Nir::format(m_heninNir)), qPrintable(facts));
        workspace(*s)->correctIdentity();
        PatientEditorDialog* editor = workspace(*s)->editor();
        QVERIFY(editor);
        auto* status = child<QComboBox>(editor, "status");
        auto* info = child<QLabel>(editor, "statusInfo");
        QVERIFY(!status->isVisible());
        QVERIFY2(info->text().startsWith(QStringLiteral("QUAL")), qPrintable(info->text()));
        child<QLineEdit>(editor, "phone")->setText(QStringLiteral("04 95 00 00 00"));
        child<QPushButton>(editor, "save")->click();
        QVERIFY(!editor->isVisible());
        auto stored = s->patientStore()->get(m_evrard);
        QCOMPARE(stored->identityStatus, IdentityStatus::Qual);
        QCOMPARE(stored->phone, QStringLiteral("04 95 00 00 00"));
        QCOMPARE(stored->nss, m_heninNir);
        QVERIFY(child<QLabel>(workspace(*s)->chart(), "contact")->text().contains(QStringLiteral("04 95 00 00 00")));

        // A trait typed differently: the INSi status cannot stay; the GP chooses.
        workspace(*s)->correctIdentity();
        editor = workspace(*s)->editor();
        status = child<QComboBox>(editor, "status");
        child<QLineEdit>(editor, "birthDate")->setText(QStringLiteral("26/12/1948"));
        QVERIFY(status->isVisible());
        QVERIFY(child<QLabel>(editor, "statusInfo")->text().contains(QStringLiteral("QUAL")));
        status->setCurrentIndex(status->findData(int(IdentityStatus::Vali)));
        child<QPushButton>(editor, "save")->click();
        QCOMPARE(s->patientStore()->get(m_evrard)->identityStatus, IdentityStatus::Vali);
        QVERIFY(child<QLabel>(workspace(*s)->chart(), "identityStatus")->text().startsWith(QStringLiteral("VALI")));
    }

    void anAllergyAddedFromTheChartShowsInRed()
    {
        auto s = unlockedSession();
        workspace(*s)->openPatient(m_ndiaye);
        ChartWidget* chart = workspace(*s)->chart();
        auto* allergies = child<QLabel>(chart, "allergies");
        QVERIFY(allergies->styleSheet().isEmpty());  // "no known allergy" is not an alarm
        chart->addPart(PatientStore::Part::Allergy);
        auto* dialog = chart->findChild<AddPartDialog*>();
        QVERIFY(dialog);
        child<QPushButton>(dialog, "add")->click();  // nothing typed
        QVERIFY(child<QLabel>(dialog, "error")->isVisible());
        QVERIFY(dialog->isVisible());
        QTest::keyClicks(child<QLineEdit>(dialog, "substance"), QStringLiteral("Latex"));
        child<QPushButton>(dialog, "add")->click();
        QVERIFY(!dialog->isVisible());
        QVERIFY(allergies->text().contains(QStringLiteral("Latex")));
        QVERIFY(allergies->styleSheet().contains(QStringLiteral("#b00020")));

        chart->addPart(PatientStore::Part::Measurement);
        QPointer<AddPartDialog> weight;
        for (AddPartDialog* d : chart->findChildren<AddPartDialog*>())
            if (d->isVisible())
                weight = d;
        QVERIFY(weight);
        QTest::keyClicks(child<QLineEdit>(weight, "weight"), QStringLiteral("81,5"));
        QTest::keyClicks(child<QLineEdit>(weight, "height"), QStringLiteral("178"));
        child<QPushButton>(weight, "add")->click();
        QVERIFY(child<QLabel>(chart, "measurements")->text().contains(QStringLiteral("81,5 kg")));
    }

    void lockingLeavesNoPatientOnScreen()
    {
        auto s = unlockedSession();
        MainWindow* window = s->mainWindow();
        QTest::keyClicks(searchBox(*s), QStringLiteral("henin zoe"));
        QTest::keyClick(searchBox(*s), Qt::Key_Return);
        QVERIFY(workspace(*s)->chart()->hasPatient());
        workspace(*s)->correctIdentity();
        QPointer<PatientEditorDialog> editor = workspace(*s)->editor();
        QVERIFY(editor && editor->isVisible());

        s->lock();
        QVERIFY(s->isLocked());
        QVERIFY(!s->patientStore());
        QVERIFY(!editor || !editor->isVisible());
        QVERIFY(searchBox(*s)->text().isEmpty());
        QVERIFY(!searchBox(*s)->isUndoAvailable());
        QCOMPARE(results(*s)->rowCount(), 0);
        QVERIFY(!workspace(*s)->chart()->hasPatient());
        for (QLabel* label : window->findChildren<QLabel*>())
            QVERIFY2(!label->text().contains(QStringLiteral("HÉNIN"), Qt::CaseInsensitive), qPrintable(label->objectName()));

        test::unlock(*s, kPassphrase, QSize());
        QCOMPARE(window->focusWidget(), searchBox(*s));
        QTest::keyClicks(searchBox(*s), QStringLiteral("henin"));
        QVERIFY(results(*s)->rowCount() > 0);  // a fresh search after unlocking
    }
};

QTEST_MAIN(TstPatientGui)
#include "tst_patient_gui.moc"
