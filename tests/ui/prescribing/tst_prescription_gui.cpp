// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "records/ChartWidget.h"
#include "session/MainWindow.h"
#include "records/PatientWorkspace.h"
#include "print/PdfPreview.h"
#include "prescribing/PractitionerDialog.h"
#include "prescribing/PrescriptionEditor.h"
#include "prescribing/PrescriptionHistory.h"
#include "prescribing/PrescriptionLauncher.h"
#include "prescribing/PrescriptionLineWidget.h"
#include "print/PrintSettingsDialog.h"
#include "session/SessionController.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "session/UnlockDialog.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "consultation/ConsultationStore.h"
#include "interop/SnapshotImporter.h"
#include "prescribing/PractitionerId.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionRules.h"
#include "prescribing/PrescriptionStore.h"
#include "print/PrintSettings.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QFile>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QMessageBox>
#include <QTimer>
#include <QAbstractButton>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QAction>
#include <QtTest>

#include <poppler-qt6.h>

using namespace relais;
using relais::test::child;
using relais::test::saveShot;
using namespace relais::ui;
using relais::test::kPassphrase;

namespace {

Treatment treatment(const QString& dci, const QString& strength, const QString& posology, bool ald)
{
    Treatment t;
    t.dci = dci;
    t.strength = strength;
    t.form = QStringLiteral("comprimé");
    t.route = QStringLiteral("orale");
    t.posology = posology;
    t.duration = QStringLiteral("1 mois");
    t.renewals = 2;
    t.ald = ald;
    return t;
}

// Fills a line as the GP types it: substance, strength, form, one tablet morning and evening, 7 days.
void typeLine(PrescriptionLineWidget* w, const QString& dci, const QString& strength)
{
    child<QLineEdit>(w, "dci")->setText(dci);
    child<QLineEdit>(w, "strength")->setText(strength);
    child<QLineEdit>(w, "form")->setText(QStringLiteral("comprimé"));
    child<QDoubleSpinBox>(w, "quantity")->setValue(1);
    child<QLineEdit>(w, "unit")->setText(QStringLiteral("comprimé"));
    child<QCheckBox>(w, "morning")->setChecked(true);
    child<QCheckBox>(w, "evening")->setChecked(true);
    child<QSpinBox>(w, "duration")->setValue(7);
}

bool waitForPreview(PdfPreview* preview)
{
    QSignalSpy spy(preview, &PdfPreview::rendered);
    return spy.wait(10000) && preview->error().isEmpty() && !preview->pages().isEmpty();
}

bool isBlank(const QImage& image)
{
    const QRgb first = image.pixel(0, 0);
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            if (image.pixel(x, y) != first)
                return false;
    return true;
}

QString pdfText(const QByteArray& pdf)
{
    auto doc = Poppler::Document::loadFromData(pdf);
    QString text;
    for (int i = 0; doc && i < doc->numPages(); ++i)
        text += doc->page(i)->text(QRectF());
    return text;
}

QString lastAuditAction(Vault& vault)
{
    QString action;
    qint64 after = 0;
    for (;;) {
        auto page = vault.audit().entries(after, 1000);
        if (!page || page->isEmpty())
            return action;
        action = page->last().action;
        after = page->last().seq;
    }
}

} // namespace

class TstPrescriptionGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;  // 23/11/2026
    std::unique_ptr<Vault> m_vault;
    Patient m_zoe;
    Patient m_mael;

    std::unique_ptr<PrescriptionEditor> editorFor(const Patient& p)
    {
        auto editor = std::make_unique<PrescriptionEditor>(*m_vault, m_clock, p);
        editor->resize(1280, 800);
        editor->show();
        return editor;
    }

    Patient reread(qint64 id) { return *PatientStore(*m_vault).get(id); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-prescription-gui"));
        QSettings().clear();
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY(m_dir.isValid());
        auto created = Vault::create(m_dir.filePath(QStringLiteral("relais.vault")), QStringLiteral("Dr Camille Roche"),
                                     relais::test::secret(kPassphrase), KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        m_vault = std::move(created->vault);

        Practitioner d;
        d.surname = QStringLiteral("Roche");
        d.givenNames = QStringLiteral("Camille");
        d.title = QStringLiteral("Docteur en médecine");
        d.specialty = QStringLiteral("Médecine générale");
        d.rpps = QStringLiteral("10001234565");
        d.amNumber = QStringLiteral("691234567");
        d.address = QStringLiteral("12 rue des Tanneurs\n69003 Lyon");
        d.city = QStringLiteral("Lyon");
        d.phone = QStringLiteral("04 78 12 34 56");
        d.email = QStringLiteral("cabinet.roche@example.fr");
        QVERIFY(PractitionerStore(*m_vault).create(d));

        PatientStore store(*m_vault);
        Patient zoe;
        zoe.birthName = QStringLiteral("Hénin");
        zoe.firstGivenName = QStringLiteral("Zoé");
        zoe.birthGivenNames = {zoe.firstGivenName};
        zoe.sex = Sex::Female;
        zoe.birthDate = QDate(1954, 3, 12);
        Ald diabetes;
        diabetes.label = QStringLiteral("Diabète de type 2");
        diabetes.start = QDate(2015, 1, 1);
        zoe.alds = {diabetes};
        Allergy codeine;
        codeine.substance = QStringLiteral("Codéine");
        codeine.reaction = QStringLiteral("vomissements");
        codeine.severity = QStringLiteral("low");
        zoe.allergies = {codeine};
        zoe.treatments = {treatment(QStringLiteral("METFORMINE"), QStringLiteral("1000 mg"),
                                    QStringLiteral("1 comprimé matin et soir"), true),
                          treatment(QStringLiteral("RAMIPRIL"), QStringLiteral("5 mg"), QStringLiteral("1 comprimé le matin"),
                                    false),
                          treatment(QStringLiteral("ATORVASTATINE"), QStringLiteral("20 mg"),
                                    QStringLiteral("1 comprimé le soir"), false)};
        auto id = store.insertRaw(zoe);
        QVERIFY(id);
        m_zoe = reread(*id);

        Patient mael;
        mael.birthName = QStringLiteral("N'Diaye");
        mael.firstGivenName = QStringLiteral("Maël");
        mael.birthGivenNames = {mael.firstGivenName};
        mael.sex = Sex::Male;
        mael.birthDate = QDate(2025, 5, 10);
        Measurement older;
        older.date = QDate(2026, 6, 1);
        older.weightKg = 9.8;
        Measurement latest;
        latest.date = QDate(2026, 11, 2);
        latest.weightKg = 11.2;
        mael.measurements = {latest, older};
        id = store.insertRaw(mael);
        QVERIFY(id);
        m_mael = reread(*id);
    }

    void cleanupTestCase() { QSettings().clear(); }

    void practitionerDialogRefusesAWrongRppsKey()
    {
        PractitionerDialog dialog(*m_vault);
        dialog.resize(820, 520);
        dialog.show();
        child<QPushButton>(&dialog, "newPractitioner")->click();
        child<QLineEdit>(&dialog, "surname")->setText(QStringLiteral("Lefèvre"));
        child<QLineEdit>(&dialog, "givenNames")->setText(QStringLiteral("Hugo"));
        child<QLineEdit>(&dialog, "title")->setText(QStringLiteral("Docteur en médecine"));
        child<QLineEdit>(&dialog, "specialty")->setText(QStringLiteral("Médecine générale"));
        const QString body = QStringLiteral("1000987654");
        const int key = PractitionerId::luhnKey(body);
        child<QLineEdit>(&dialog, "rpps")->setText(body + QString::number((key + 1) % 10));
        child<QLineEdit>(&dialog, "amNumber")->setText(QStringLiteral("691234568"));
        child<QPlainTextEdit>(&dialog, "address")->setPlainText(QStringLiteral("3 place Bellecour\n69002 Lyon"));
        child<QLineEdit>(&dialog, "city")->setText(QStringLiteral("Lyon"));
        child<QLineEdit>(&dialog, "phone")->setText(QStringLiteral("04 78 00 11 22"));
        child<QLineEdit>(&dialog, "email")->setText(QStringLiteral("h.lefevre@example.fr"));
        QVERIFY(!dialog.save());
        QVERIFY2(dialog.message().contains(QStringLiteral("RPPS")) && dialog.message().contains(QStringLiteral("Luhn")),
                 qPrintable(dialog.message()));
        QVERIFY(child<QLabel>(&dialog, "practitionerMessage")->isVisible());
        saveShot(dialog, "practitioner-dialog-fr.png");

        child<QLineEdit>(&dialog, "rpps")->setText(body + QString::number(key));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        auto list = PractitionerStore(*m_vault).list();
        QVERIFY(list);
        QCOMPARE(list->size(), 2);
        bool found = false;
        for (const Practitioner& p : *list)
            found = found || (p.rpps == body + QString::number(key) && p.phone.startsWith(QStringLiteral("+33")));
        QVERIFY(found);
    }

    // A practitioner of the EHR snapshot is one click away from the form, checked before adding,
    // and no longer offered once added.
    void aPractitionerOfTheSnapshotFillsTheForm()
    {
        const QString body = QStringLiteral("1000555444");
        const QString rpps = body + QString::number(PractitionerId::luhnKey(body));
        const QJsonObject dr{{"resourceType", "Practitioner"}, {"id", "ehr-dr-7"},
                             {"identifier", QJsonArray{QJsonObject{{"system", "https://rpps.esante.gouv.fr"}, {"value", rpps}}}},
                             {"name", QJsonArray{QJsonObject{{"family", "Lefort"}, {"given", QJsonArray{"Inès"}}, {"prefix", QJsonArray{"Dr"}}}}},
                             {"qualification", QJsonArray{QJsonObject{{"code", QJsonObject{{"text", "Médecine générale"}}}}}},
                             {"telecom", QJsonArray{QJsonObject{{"system", "phone"}, {"value", "04 72 00 00 01"}}}},
                             {"address", QJsonArray{QJsonObject{{"line", QJsonArray{"5 quai Saint-Vincent"}}, {"postalCode", "69001"}, {"city", "Lyon"}}}}};
        QFile f(m_dir.filePath(QStringLiteral("Practitioner.ndjson")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(dr).toJson(QJsonDocument::Compact) + '\n');
        f.close();
        SnapshotImporter::Options partial;
        partial.fullSnapshot = false;
        auto sources = SnapshotImporter::sourcesFromPaths({f.fileName()});
        QVERIFY(sources);
        auto imported = SnapshotImporter(*m_vault).run(*sources, partial);
        QVERIFY2(imported.has_value(), imported ? "" : qPrintable(imported.error().message));

        PractitionerDialog dialog(*m_vault);
        dialog.resize(820, 520);
        dialog.show();
        auto* fromEhr = child<QPushButton>(&dialog, "practitionerFromEhr");
        QVERIFY(fromEhr->isVisible());
        QCOMPARE(fromEhr->menu()->actions().size(), 1);
        QVERIFY(fromEhr->menu()->actions().first()->text().contains(rpps));
        fromEhr->menu()->actions().first()->trigger();
        QCOMPARE(child<QLineEdit>(&dialog, "surname")->text(), QStringLiteral("Lefort"));
        QCOMPARE(child<QLineEdit>(&dialog, "givenNames")->text(), QStringLiteral("Inès"));
        QCOMPARE(child<QLineEdit>(&dialog, "rpps")->text(), rpps);
        QCOMPARE(child<QLineEdit>(&dialog, "city")->text(), QStringLiteral("Lyon"));
        QCOMPARE(child<QPlainTextEdit>(&dialog, "address")->toPlainText(), QStringLiteral("5 quai Saint-Vincent\n69001 Lyon"));
        QVERIFY(dialog.message().contains(QStringLiteral("logiciel métier")));  // French: check it, complete it
        QVERIFY(child<QLineEdit>(&dialog, "amNumber")->hasFocus() || !dialog.isActiveWindow());
        saveShot(dialog, "practitioner-from-ehr-fr.png");
        QVERIFY(!dialog.save());  // the AM number and e-mail are not in the export
        QVERIFY2(dialog.message().contains(QStringLiteral("AM")), qPrintable(dialog.message()));
        child<QLineEdit>(&dialog, "amNumber")->setText(QStringLiteral("691234569"));
        child<QLineEdit>(&dialog, "email")->setText(QStringLiteral("i.lefort@example.fr"));
        QVERIFY2(dialog.save(), qPrintable(dialog.message()));
        QVERIFY(fromEhr->isHidden());
        const auto list = PractitionerStore(*m_vault).list();
        QVERIFY(list);
        bool found = false;
        for (const Practitioner& p : *list)
            found = found || (p.rpps == rpps && p.surname == QStringLiteral("Lefort"));
        QVERIFY(found);
    }

    void thePrinterCalibrationIsKeptPerPrinter()
    {
        PrintSettingsDialog dialog(*m_vault);
        child<QComboBox>(&dialog, "printer")->setCurrentText(QStringLiteral("Cabinet-Laser"));
        child<QDoubleSpinBox>(&dialog, "offsetX")->setValue(1.5);
        child<QDoubleSpinBox>(&dialog, "offsetY")->setValue(-2);
        QVERIFY(dialog.save());
        auto c = PrintSettings(*m_vault).calibration(QStringLiteral("Cabinet-Laser"));
        QVERIFY(c);
        QCOMPARE(c->dxMm, 1.5);
        QCOMPARE(c->dyMm, -2.0);
        QCOMPARE(PrintSettings(*m_vault).calibration(QStringLiteral("Autre"))->dxMm, 0.0);
    }

    void renewingFillsTheLinesFromTheTreatments()
    {
        auto editor = editorFor(m_zoe);
        // The allergies stay in sight while prescribing.
        QVERIFY(child<QLabel>(editor.get(), "editorPatient")->text().contains(QStringLiteral("Codéine")));
        editor->renewTreatments();
        QCOMPARE(editor->lines().size(), m_zoe.treatments.size());
        for (int i = 0; i < m_zoe.treatments.size(); ++i) {
            const PrescriptionLine l = editor->lines().at(i)->line();
            QCOMPARE(l.dci, m_zoe.treatments.at(i).dci);
            QCOMPARE(l.strength, m_zoe.treatments.at(i).strength);
            QCOMPARE(l.renewals, 2);
        }
        QVERIFY(editor->lines().first()->line().ald);  // the patient's ALD zone is kept
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
    }

    void typingALineUpdatesThePreview()
    {
        auto editor = editorFor(m_zoe);
        PrescriptionLineWidget* line = editor->addLine();
        QVERIFY(waitForPreview(editor->preview()));
        const QByteArray before = editor->preview()->pdf();
        QTest::keyClicks(child<QLineEdit>(line, "dci"), QStringLiteral("AMOXICILLINE"));
        QVERIFY(waitForPreview(editor->preview()));
        QVERIFY(editor->preview()->pdf() != before);
        QVERIFY(!isBlank(editor->preview()->pages().first()));
        QVERIFY(pdfText(editor->preview()->pdf()).contains(QStringLiteral("AMOXICILLINE")));
        // The sentence built from the structure is offered where the GP would rewrite it.
        typeLine(line, QStringLiteral("AMOXICILLINE"), QStringLiteral("1 g"));
        QVERIFY(child<QLineEdit>(line, "posologyText")->placeholderText().contains(QStringLiteral("matin")));
    }

    void aStupefiantOnPlainPaperIsRefusedUntilTheSecureLayout()
    {
        auto editor = editorFor(m_zoe);
        PrescriptionLine oxy;
        oxy.dci = QStringLiteral("OXYCODONE");
        oxy.strength = QStringLiteral("10 mg");
        oxy.form = QStringLiteral("comprimé à libération prolongée");
        oxy.route = QStringLiteral("orale");
        oxy.posology.quantity = 2;
        oxy.posology.unit = QStringLiteral("comprimé");
        oxy.posology.moments = Posology::Morning | Posology::Evening;
        oxy.durationValue = 14;
        oxy.stupefiant = true;
        PrescriptionLineWidget* line = editor->addLine(oxy);
        const QString refusal = editor->message();
        QVERIFY2(refusal.startsWith(PrescriptionRules::lineLabel(oxy, 1)), qPrintable(refusal));
        QVERIFY(child<QLabel>(editor.get(), "prescriptionMessage")->text() == refusal);
        auto* useSecure = child<QPushButton>(editor.get(), "useSecureLayout");
        QVERIFY(useSecure->isVisible());
        QVERIFY(waitForPreview(editor->preview()));
        saveShot(*editor, "prescription-stupefiant-refused-fr.png");
        QVERIFY(!editor->saveAndPrint(nullptr));
        QCOMPARE(PrescriptionStore(*m_vault).list({m_zoe.id})->size(), 0);

        useSecure->click();
        QCOMPARE(editor->prescription().layout, Prescription::Layout::Secure);
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
        QVERIFY(!useSecure->isVisible());
        QVERIFY(line->line().stupefiant);
        QVERIFY(waitForPreview(editor->preview()));
        // Doses in words on the secure paper.
        QVERIFY2(pdfText(editor->preview()->pdf()).contains(QStringLiteral("deux")), qPrintable(pdfText(editor->preview()->pdf())));
        saveShot(*editor, "prescription-stupefiant-secure-fr.png");
    }

    void nonSubstitutableNeedsAReason()
    {
        auto editor = editorFor(m_zoe);
        PrescriptionLineWidget* line = editor->addLine();
        typeLine(line, QStringLiteral("LÉVOTHYROXINE"), QStringLiteral("75 microgrammes"));
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
        child<QLineEdit>(line, "brand")->setText(QStringLiteral("LEVOTHYROX"));
        child<QCheckBox>(line, "nonSubstitutable")->setChecked(true);
        const QString refusal = editor->message();
        QVERIFY2(refusal.startsWith(PrescriptionRules::lineLabel(line->line(), 1)) && refusal.contains(QStringLiteral("MTE")),
                 qPrintable(refusal));
        QPrinter printer;
        QVERIFY(!editor->saveAndPrint(&printer));
        auto* reason = child<QComboBox>(line, "nonSubstitutableReason");
        reason->setCurrentIndex(reason->findData(int(NonSubstitutable::Mte)));
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
        // MTE belongs to the closed list: not for bisoprolol.
        child<QLineEdit>(line, "dci")->setText(QStringLiteral("BISOPROLOL"));
        QVERIFY2(editor->message().contains(QStringLiteral("12 novembre 2019")), qPrintable(editor->message()));
        // CIF asks for the excipient, in a field shown only then.
        QVERIFY(child<QLineEdit>(line, "cifExcipient")->isHidden());
        reason->setCurrentIndex(reason->findData(int(NonSubstitutable::Cif)));
        QVERIFY(!child<QLineEdit>(line, "cifExcipient")->isHidden());
        QVERIFY2(!editor->message().isEmpty(), "CIF without its excipient accepted");
        child<QLineEdit>(line, "cifExcipient")->setText(QStringLiteral("lactose"));
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
    }

    // Ctrl+P opens an editor with one empty line; renewing replaces it (an untouched empty line is
    // never part of the prescription), and the renewed lines can be saved at once.
    void renewingReplacesTheEmptyFirstLine()
    {
        auto editor = editorFor(m_zoe);
        editor->addLine();  // what the chart's Ctrl+P opens with
        QCOMPARE(editor->prescription().lines.size(), 0);  // untouched: not part of the prescription
        auto* renew = child<QPushButton>(editor.get(), "renewTreatments");
        QCOMPARE(renew->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QVERIFY(renew->toolTip().contains(QKeySequence(Qt::CTRL | Qt::Key_R).toString(QKeySequence::NativeText)));
        renew->click();
        QCOMPARE(editor->lines().size(), m_zoe.treatments.size());
        QCOMPARE(editor->lines().first()->line().dci, m_zoe.treatments.first().dci);
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
        QCOMPARE(editor->prescription().lines.size(), m_zoe.treatments.size());
    }

    // A weight implausible for the age is flagged beside the field.
    void anImplausibleWeightIsFlagged()
    {
        auto editor = editorFor(m_zoe);  // 72 years old
        auto* weight = child<QDoubleSpinBox>(editor.get(), "weight");
        auto* warning = child<QLabel>(editor.get(), "weightWarning");
        weight->setValue(20);
        QVERIFY(warning->isVisibleTo(editor.get()));
        QVERIFY2(warning->text().contains(QStringLiteral("20")), qPrintable(warning->text()));
        weight->setValue(64);
        QVERIFY(!warning->isVisibleTo(editor.get()));
    }

    // "74 kg (23/05/2025)" in the chart box while a later consultation weighed 58 kg: the latest
    // measurement wins everywhere, whatever recorded it (chart box, plot, prescription editor).
    void theChartAndTheEditorShowTheSameLatestWeight()
    {
        PatientStore store(*m_vault);
        Patient p;
        p.birthName = QStringLiteral("Bertin");
        p.firstGivenName = QStringLiteral("Lucie");
        p.birthGivenNames = {p.firstGivenName};
        p.sex = Sex::Female;
        p.birthDate = QDate(1952, 4, 2);
        Measurement old;
        old.date = QDate(2025, 5, 23);
        old.weightKg = 74;
        p.measurements = {old};
        auto id = store.insertRaw(p);
        QVERIFY(id);
        Consultation c;
        c.patientId = *id;
        c.status = Consultation::Status::Final;
        c.startedUtc = QDateTime(QDate(2026, 10, 2), QTime(9, 0), Qt::UTC);
        c.finalisedUtc = c.startedUtc.addSecs(900);
        c.reason = QStringLiteral("Suivi");
        c.vitals.weightKg = 58;
        QVERIFY(ConsultationStore(*m_vault).insertRaw(c));

        auto editor = editorFor(reread(*id));
        QCOMPARE(child<QDoubleSpinBox>(editor.get(), "weight")->value(), 58.0);
        ChartWidget chart;
        chart.attach(store, m_clock);
        QVERIFY(chart.openPatient(*id).isEmpty());
        const QString box = child<QLabel>(&chart, "measurements")->text();
        QVERIFY2(box.contains(QStringLiteral("<b>58 kg")), qPrintable(box));
        QVERIFY2(box.contains(QStringLiteral("02/10/2026")), qPrintable(box));
    }

    void aChildsWeightComesFromTheLatestMeasurement()
    {
        auto editor = editorFor(m_mael);
        QCOMPARE(child<QDoubleSpinBox>(editor.get(), "weight")->value(), 11.2);
        QVERIFY(!child<QLabel>(editor.get(), "weightNote")->text().isEmpty());
        QVERIFY(!child<QCheckBox>(editor->addLine(), "ald")->isVisibleTo(editor.get()));  // no ALD
    }

    void savingAndPrintingWritesThePdf()
    {
        auto editor = editorFor(m_zoe);
        typeLine(editor->addLine(), QStringLiteral("AMOXICILLINE"), QStringLiteral("1 g"));
        typeLine(editor->addLine(), QStringLiteral("PARACÉTAMOL"), QStringLiteral("1 g"));
        PrescriptionLineWidget* third = editor->addLine();
        typeLine(third, QStringLiteral("IBUPROFÈNE"), QStringLiteral("200 mg"));
        child<QLineEdit>(third, "posologyText")->setText(QStringLiteral("1 comprimé si douleur, maximum 3 par jour"));
        child<QPlainTextEdit>(editor.get(), "comments")->setPlainText(QStringLiteral("Boire abondamment."));
        QVERIFY(waitForPreview(editor->preview()));
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
        saveShot(*editor, "prescription-editor-fr.png");

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString file = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(file);
        QVERIFY2(editor->saveAndPrint(&printer), qPrintable(editor->message()));
        QVERIFY(editor->savedId() > 0);
        QFile out(file);
        QVERIFY(out.open(QIODevice::ReadOnly));
        const QString text = pdfText(out.readAll());
        QVERIFY2(text.contains(QStringLiteral("AMOXICILLINE")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("HÉNIN"), Qt::CaseInsensitive), qPrintable(text));
        QCOMPARE(lastAuditAction(*m_vault), QStringLiteral("prescription.print"));
        auto stored = PrescriptionStore(*m_vault).storedPdf(editor->savedId(), false);
        QVERIFY(stored && *stored);
        QVERIFY(pdfText(**stored).contains(QStringLiteral("IBUPROFÈNE")));
    }

    void theChartOpensTheEditorAndLockingClosesIt()
    {
        SessionController session(m_dir.filePath(QStringLiteral("relais.vault")), m_clock, KdfParams::fastForTests());
        session.start();
        test::unlock(session, kPassphrase, QSize());
        MainWindow* window = session.mainWindow();
        PatientWorkspace* workspace = window->workspace();
        auto* prescribe = child<QAction>(window, "actionPrescribe");
        QVERIFY(!prescribe->isEnabled());  // no chart open
        workspace->openPatient(m_zoe.id);
        QVERIFY(prescribe->isEnabled());
        QCOMPARE(prescribe->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_P));
        prescribe->trigger();
        QPointer<PrescriptionEditor> editor = workspace->prescriptions()->editor();
        QVERIFY(editor && editor->isVisible());
        QCOMPARE(editor->lines().size(), 1);
        editor->reject();
        QTRY_VERIFY(!editor);

        child<QPushButton>(workspace, "renewTreatments")->click();
        editor = workspace->prescriptions()->editor();
        QVERIFY(editor);
        QCOMPARE(editor->lines().size(), m_zoe.treatments.size());
        session.lock();
        QVERIFY(!editor || !editor->isVisible());
    }

    void reprintingFromTheHistoryGivesTheStoredBytes()
    {
        // A certificate, saved but not printed yet, beside the printed prescription.
        auto editor = editorFor(m_zoe);
        auto* kind = child<QComboBox>(editor.get(), "kind");
        kind->setCurrentIndex(kind->findData(int(Prescription::Kind::Certificate)));
        child<QPlainTextEdit>(editor.get(), "documentBody")
            ->setPlainText(QStringLiteral("Certifie que l'état de santé de Mme Hénin ne contre-indique pas la marche."));
        QVERIFY(waitForPreview(editor->preview()));
        saveShot(*editor, "prescription-certificate-fr.png");
        QPrinter first(QPrinter::HighResolution);
        first.setOutputFormat(QPrinter::PdfFormat);
        first.setOutputFileName(m_dir.filePath(QStringLiteral("certificate.pdf")));
        QVERIFY2(editor->saveAndPrint(&first), qPrintable(editor->message()));

        PrescriptionHistory history(*m_vault, m_zoe.id);
        history.resize(1040, 700);
        history.show();
        QCOMPARE(history.count(), 2);
        auto list = PrescriptionStore(*m_vault).list({m_zoe.id});
        QVERIFY(list);
        int medicinesRow = list->first().kind == Prescription::Kind::Medicines ? 0 : 1;
        const qint64 id = list->at(medicinesRow).id;
        history.select(medicinesRow);
        QVERIFY(waitForPreview(history.preview()));
        saveShot(history, "prescription-history-fr.png");
        const QByteArray stored = **PrescriptionStore(*m_vault).storedPdf(id, false);
        QCOMPARE(history.preview()->pdf(), stored);

        QPrinter again(QPrinter::HighResolution);
        again.setOutputFormat(QPrinter::PdfFormat);
        again.setOutputFileName(m_dir.filePath(QStringLiteral("reprint.pdf")));
        auto reprinted = history.printSelected(&again);
        QVERIFY2(reprinted, qPrintable(reprinted ? QString() : reprinted.error().message));
        QCOMPARE(*reprinted, stored);
        QCOMPARE(lastAuditAction(*m_vault), QStringLiteral("prescription.reprint"));
        QVERIFY(QFileInfo(m_dir.filePath(QStringLiteral("reprint.pdf"))).size() > 0);
        QCOMPARE(**PrescriptionStore(*m_vault).storedPdf(id, false), stored);  // unchanged
    }
    void aKnownAllergyIsShownOnTheLineAndConfirmedBeforeSaving()
    {
        // Zoé is allergic to codeine; tramadol is an opioid like it, paracetamol is not.
        auto editor = editorFor(m_zoe);
        PrescriptionLineWidget* paracetamol = editor->lines().isEmpty() ? editor->addLine() : editor->lines().first();
        typeLine(paracetamol, QStringLiteral("PARACÉTAMOL"), QStringLiteral("1 g"));
        PrescriptionLineWidget* tramadol = editor->addLine();
        typeLine(tramadol, QStringLiteral("TRAMADOL"), QStringLiteral("50 mg"));
        QVERIFY(waitForPreview(editor->preview()));
        QVERIFY(!child<QLabel>(paracetamol, "allergyWarning")->isVisibleTo(editor.get()));
        auto* warning = child<QLabel>(tramadol, "allergyWarning");
        QVERIFY(warning->isVisibleTo(editor.get()));
        QVERIFY2(warning->text().contains(QStringLiteral("Codéine")), qPrintable(warning->text()));
        tramadol->ensurePolished();
        saveShot(*editor, "prescription-allergy-fr.png");

        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("allergy.pdf")));
        const qint64 before = PrescriptionStore(*m_vault).list({m_zoe.id})->size();
        // First the GP goes back: nothing is saved.
        QString asked;
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            asked = box->informativeText();
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::RejectRole)
                    b->click();
        });
        // Tramadol is written on secure paper since March 2025.
        child<QPushButton>(editor.get(), "useSecureLayout")->click();
        QVERIFY2(editor->message().isEmpty(), qPrintable(editor->message()));
        QVERIFY(!editor->saveAndPrint(&printer));
        QVERIFY2(asked.contains(QStringLiteral("TRAMADOL")) && asked.contains(QStringLiteral("Codéine")), qPrintable(asked));
        QVERIFY2(!asked.contains(QStringLiteral("PARACÉTAMOL")), qPrintable(asked));
        QCOMPARE(editor->savedId(), 0);
        QCOMPARE(PrescriptionStore(*m_vault).list({m_zoe.id})->size(), before);
        QVERIFY(!child<QLabel>(editor.get(), "prescriptionMessage")->text().isEmpty());

        // Then confirms: saved, printed, and the audit trail says which line was confirmed.
        QTimer::singleShot(0, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        });
        QVERIFY2(editor->saveAndPrint(&printer), qPrintable(editor->message()));
        QVERIFY(editor->savedId() > 0);
        bool audited = false;
        const auto entries = m_vault->audit().entries(0, 100000);
        QVERIFY(entries);
        for (const AuditEntry& e : *entries)
            if (e.action == QLatin1String("prescription.create") && e.objectId == QString::number(editor->savedId()))
                audited = e.detail.contains(QStringLiteral("allergy_confirmed=2"));
        QVERIFY(audited);
    }
};

QTEST_MAIN(TstPrescriptionGui)
#include "tst_prescription_gui.moc"
