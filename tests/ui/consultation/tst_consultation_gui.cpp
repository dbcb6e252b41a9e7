// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "records/ChartWidget.h"
#include "consultation/ConsultationEditor.h"
#include "consultation/ConsultationText.h"
#include "session/MainWindow.h"
#include "PatientFixtures.h"
#include "records/PatientSearchWidget.h"
#include "records/PatientWorkspace.h"
#include "consultation/RevisionDialog.h"
#include "session/SessionController.h"
#include "GuiTestSupport.h"
#include "prescribing/PrescriptionStore.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionEditor.h"
#include "TestSupport.h"
#include "records/TimelineWidget.h"
#include "session/UnlockDialog.h"
#include "consultation/VitalsForm.h"
#include "consultation/VitalsPlot.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QLabel>
#include <QComboBox>
#include <QPrinter>
#include <QMessageBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace relais;
using relais::test::child;
using relais::test::saveShot;
using namespace relais::ui;
using relais::test::henin;
using relais::test::kPassphrase;

namespace {

const QDateTime kSnapshot(QDate(2026, 11, 21), QTime(23, 0), Qt::UTC);

} // namespace

class TstConsultationGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    FakeClock m_clock;  // 23/11/2026 09:00 UTC
    qint64 m_henin = 0;

    static constexpr QSize kWindow{1240, 860};
    std::unique_ptr<SessionController> unlockedSession() { return test::unlockedSession(m_path, m_clock, kWindow); }

    static PatientWorkspace* workspace(SessionController& s) { return s.mainWindow()->workspace(); }
    static TimelineWidget* timeline(SessionController& s) { return workspace(s)->chart()->timeline(); }

    // Opens Hénin Zoé's chart the way the GP does: her name in the search box, then Enter.
    void openHenin(SessionController& s)
    {
        QLineEdit* box = workspace(s)->searchWidget()->searchBox();
        box->selectAll();
        QTest::keyClicks(box, QStringLiteral("henin zoe"));
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(workspace(s)->chart()->patient().id, m_henin);
    }

    // Ctrl+N in the main window; returns the editor it opened.
    ConsultationEditor* pressCtrlN(SessionController& s)
    {
        s.mainWindow()->activateWindow();
        if (!QTest::qWaitForWindowActive(s.mainWindow()))
            qWarning("main window not active");
        QTest::keyClick(s.mainWindow(), Qt::Key_N, Qt::ControlModifier);
        ConsultationEditor* editor = timeline(s)->editor();
        // A new window is activated by a queued event: let it arrive, as a real session would.
        if (editor && !QTest::qWaitFor([&] { return editor->isActiveWindow(); }))
            qWarning("editor not active");
        return editor;
    }

    Consultation stored(SessionController& s, qint64 id)
    {
        auto c = ConsultationStore(*s.vault()).get(id);
        if (!c)
            qFatal("no consultation");
        return *c;
    }

    static void typeIn(QWidget* w, const QString& text)
    {
        w->setFocus();
        QTest::keyClicks(w, text);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-consultation-gui"));
        QSettings().clear();
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("relais.vault"));

        auto created = Vault::create(m_path, QStringLiteral("Dr Marie Martin"), relais::test::secret(kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        Vault& vault = *created->vault;
        PatientStore patients(vault);
        auto id = patients.insertRaw(henin());
        QVERIFY(id);
        m_henin = *id;

        // Her history in the EHR: three visits with weight and blood pressure.
        ConsultationStore visits(vault);
        const auto imported = [&](QDate date, const char* reason, const char* conclusion, double kg, double sys, double dia) {
            Consultation c;
            c.patientId = m_henin;
            c.origin = Origin::Imported;
            c.sourceId = QStringLiteral("enc-%1").arg(date.toString(Qt::ISODate));
            c.status = Consultation::Status::Final;
            c.startedUtc = QDateTime(date, QTime(10, 30), Qt::UTC);
            c.finalisedUtc = c.startedUtc;
            c.revision = 1;
            c.reason = QString::fromUtf8(reason);
            c.conclusion = QString::fromUtf8(conclusion);
            c.author = QStringLiteral("Dr Camille Roche");  // the EHR's Encounter.participant
            c.vitals.weightKg = kg;
            c.vitals.systolic = sys;
            c.vitals.diastolic = dia;
            QVERIFY(visits.insertRaw(c));
        };
        imported(QDate(2025, 9, 3), "Renouvellement diabète", "HbA1c 7,1 %. Poursuite.", 69.4, 142, 86);
        imported(QDate(2026, 3, 18), "Bronchite", "Bronchite aiguë, pas de signe de gravité.", 70.2, 138, 84);
        imported(QDate(2026, 9, 29), "Renouvellement HTA", "TA contrôlée.", 71.0, 131, 79);
        auto q = vault.db().prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('snapshot_utc', ?) "
                                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        QVERIFY(q);
        q->bind(1, kSnapshot.toString(Qt::ISODate));
        QVERIFY(q->run());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void ctrlNFromAnOpenChartStartsADraftDatedNow()
    {
        auto s = unlockedSession();
        openHenin(*s);
        ConsultationEditor* editor = pressCtrlN(*s);
        QVERIFY2(editor, "Ctrl+N opened no consultation");
        QCOMPARE(editor->mode(), ConsultationEditor::Mode::Draft);
        auto drafts = ConsultationStore(*s->vault()).drafts(m_henin);
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), 1);
        QCOMPARE(drafts->first().id, editor->consultationId());
        QCOMPARE(drafts->first().startedUtc, m_clock.nowUtc());
        // The cursor is in the reason at once: no mouse needed.
        QCOMPARE(QApplication::focusWidget(), child<QLineEdit>(editor, "reason"));
        QVERIFY(child<QLabel>(editor, "consultationTitle")->text().contains(QStringLiteral("HÉNIN")));
        QVERIFY(ConsultationStore(*s->vault()).discardDraft(editor->consultationId()));
        editor->close();
    }

    void typingIsSavedFiveSecondsLaterAndOnAFocusChange()
    {
        auto s = unlockedSession();
        openHenin(*s);
        ConsultationEditor* editor = pressCtrlN(*s);
        QVERIFY(editor);
        const qint64 id = editor->consultationId();
        typeIn(child<QLineEdit>(editor, "reason"), QStringLiteral("Toux depuis 5 jours"));
        QVERIFY(stored(*s, id).reason.isEmpty());  // not yet: at most five seconds at risk
        m_clock.advanceSecs(5);
        editor->autosaveTick();
        QCOMPARE(stored(*s, id).reason, QStringLiteral("Toux depuis 5 jours"));
        QVERIFY(child<QLabel>(editor, "savedStatus")->text().contains(QStringLiteral("09:00:05")));

        auto* exam = child<QPlainTextEdit>(editor, "examination");
        typeIn(exam, QStringLiteral("Auscultation normale"));
        QVERIFY(stored(*s, id).examination.isEmpty());
        QTest::keyClick(exam, Qt::Key_Tab);  // to the weight: a focus change saves at once
        QCOMPARE(QApplication::focusWidget(), editor->vitalsForm()->field(Vitals::Field::Weight));
        QCOMPARE(stored(*s, id).examination, QStringLiteral("Auscultation normale"));
        QVERIFY(ConsultationStore(*s->vault()).discardDraft(id) || true);
        editor->close();
    }

    void vitalsAreCheckedAsTheyAreTypedAndClosingFinalises()
    {
        auto s = unlockedSession();
        openHenin(*s);
        ConsultationEditor* editor = pressCtrlN(*s);
        QVERIFY(editor);
        const qint64 id = editor->consultationId();
        VitalsForm* vitals = editor->vitalsForm();
        typeIn(child<QLineEdit>(editor, "reason"), QStringLiteral("Fievre et toux"));
        typeIn(child<QPlainTextEdit>(editor, "examination"), QStringLiteral("Crepitants base droite"));
        typeIn(vitals->field(Vitals::Field::Weight), QStringLiteral("71,5"));
        typeIn(vitals->field(Vitals::Field::Height), QStringLiteral("162"));
        QCOMPARE(vitals->bmi()->text(), QStringLiteral("27,2 kg/m²"));  // live, French decimal comma
        typeIn(vitals->field(Vitals::Field::Systolic), QStringLiteral("128"));
        typeIn(vitals->field(Vitals::Field::Diastolic), QStringLiteral("76"));
        typeIn(vitals->field(Vitals::Field::Temperature), QStringLiteral("38,6"));
        typeIn(vitals->field(Vitals::Field::HeartRate), QStringLiteral("190"));
        typeIn(vitals->field(Vitals::Field::SpO2), QStringLiteral("120"));
        typeIn(child<QPlainTextEdit>(editor, "conclusion"), QStringLiteral("Pneumopathie probable"));
        auto* diagnoses = child<QPlainTextEdit>(editor, "diagnoses");
        typeIn(diagnoses, QStringLiteral("Pneumopathie (J18.9)"));
        QTest::keyClick(diagnoses, Qt::Key_Return);
        QTest::keyClicks(diagnoses, QStringLiteral("Fievre"));
        typeIn(child<QPlainTextEdit>(editor, "plan"), QStringLiteral("Amoxicilline 1 g x 3 pendant 7 jours. Revoir a 48 h."));

        // Unusual: a visible warning beside the field, not a refusal.
        Vitals fast;
        fast.heartRate = 190;
        QLabel* rateNote = vitals->note(Vitals::Field::HeartRate);
        QVERIFY(rateNote->isVisible());
        QVERIFY2(rateNote->text().contains(fast.check().first().message), qPrintable(rateNote->text()));
        QCOMPARE(rateNote->property("blocking").toBool(), false);
        // Impossible: shown in red beside the field, and closing is refused with the same message.
        Vitals impossible;
        impossible.spo2 = 120;
        const QString refusal = impossible.check().first().message;
        QLabel* spo2Note = vitals->note(Vitals::Field::SpO2);
        QVERIFY(spo2Note->isVisible());
        QVERIFY2(spo2Note->text().contains(refusal), qPrintable(spo2Note->text()));
        QCOMPARE(spo2Note->property("blocking").toBool(), true);
        saveShot(*editor, "consultation-editor-fr.png");

        QTest::keyClick(child<QPlainTextEdit>(editor, "plan"), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(editor->errorText(), refusal);
        QCOMPARE(stored(*s, id).status, Consultation::Status::Draft);

        QLineEdit* spo2 = vitals->field(Vitals::Field::SpO2);
        spo2->selectAll();
        typeIn(spo2, QStringLiteral("93"));
        QVERIFY(!spo2Note->isVisible());
        QPointer<ConsultationEditor> guard(editor);
        QTest::keyClick(child<QPlainTextEdit>(editor, "plan"), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!guard || !guard->isVisible());

        const Consultation done = stored(*s, id);
        QCOMPARE(done.status, Consultation::Status::Final);
        QCOMPARE(done.revision, 1);
        QCOMPARE(done.vitals.spo2, std::optional<double>(93));
        QCOMPARE(done.vitals.temperatureC, std::optional<double>(38.6));
        QCOMPARE(done.diagnoses.size(), 2);
        QCOMPARE(done.diagnoses.first().cim10, QStringLiteral("J18.9"));

        // The timeline: the new one first, marked as recorded in Relais, above the imported history.
        QListWidget* list = timeline(*s)->list();
        QCOMPARE(list->count(), 4);
        QCOMPARE(list->item(0)->data(Qt::UserRole).toLongLong(), id);
        QVERIFY2(list->item(0)->text().contains(ConsultationText::recordedNote()), qPrintable(list->item(0)->text()));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("Fievre et toux")));
        for (int row = 1; row < list->count(); ++row) {
            QCOMPARE(list->item(row)->data(Qt::UserRole + 1).toString(), QStringLiteral("imported"));
            QVERIFY2(list->item(row)->text().contains(ConsultationText::importedNote(kSnapshot)), qPrintable(list->item(row)->text()));
            QVERIFY(list->item(row)->text().contains(QStringLiteral("21/11/2026")));
            QVERIFY(list->item(row)->text().contains(QStringLiteral(" · Dr Camille Roche")));
        }
        QVERIFY(list->item(1)->text().contains(QStringLiteral("Renouvellement HTA")));
        // The plot has the measurements, the three imported visits and today's.
        QCOMPARE(timeline(*s)->plot()->points().size(), 7);  // with the three measurements of the fixture
        QCOMPARE(timeline(*s)->plot()->points().last().weightKg, std::optional<double>(71.5));
        workspace(*s)->searchWidget()->searchBox()->setFocus();
        saveShot(*s->mainWindow(), "timeline-fr.png");
    }

    void aCorrectionKeepsBothVersionsInTheRevisionDialog()
    {
        auto s = unlockedSession();
        openHenin(*s);
        QListWidget* list = timeline(*s)->list();
        QVERIFY(list->count() >= 1);
        const qint64 id = list->item(0)->data(Qt::UserRole).toLongLong();
        QCOMPARE(stored(*s, id).status, Consultation::Status::Final);
        list->setFocus();
        list->setCurrentRow(0);
        QTest::keyClick(list, Qt::Key_Return);
        ConsultationEditor* editor = timeline(*s)->editor();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isActiveWindow());
        QCOMPARE(editor->mode(), ConsultationEditor::Mode::ReadOnly);
        QVERIFY(child<QLineEdit>(editor, "reason")->isReadOnly());
        auto* correct = child<QPushButton>(editor, "correct");
        QVERIFY(correct->isVisible());
        correct->click();
        QCOMPARE(editor->mode(), ConsultationEditor::Mode::Correcting);

        auto* plan = child<QPlainTextEdit>(editor, "plan");
        plan->moveCursor(QTextCursor::End);
        typeIn(plan, QStringLiteral(" Radio thoracique."));
        QTest::keyClick(plan, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!editor->errorText().isEmpty());  // why is required
        QCOMPARE(stored(*s, id).revision, 1);
        typeIn(child<QLineEdit>(editor, "correctionWhy"), QStringLiteral("Oubli de la radio"));
        QTest::keyClick(plan, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(editor->errorText(), QString());
        QCOMPARE(editor->mode(), ConsultationEditor::Mode::ReadOnly);
        QCOMPARE(stored(*s, id).revision, 2);
        QVERIFY(stored(*s, id).plan.endsWith(QStringLiteral("Radio thoracique.")));
        QVERIFY(list->item(0)->text().contains(QStringLiteral("version 2")));

        child<QPushButton>(editor, "versions")->click();
        auto* dialog = editor->findChild<RevisionDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->list()->count(), 2);
        QVERIFY(dialog->list()->item(1)->text().contains(QStringLiteral("Oubli de la radio")));
        QVERIFY(dialog->list()->item(1)->text().contains(QStringLiteral("Dr Marie Martin")));
        QVERIFY(dialog->content()->toPlainText().contains(QStringLiteral("Radio thoracique.")));
        dialog->list()->setCurrentRow(0);
        QVERIFY(!dialog->content()->toPlainText().contains(QStringLiteral("Radio thoracique.")));
        QVERIFY(dialog->content()->toPlainText().contains(QStringLiteral("Amoxicilline")));
        dialog->list()->setCurrentRow(1);
        saveShot(*dialog, "revisions-fr.png");
        dialog->close();
        editor->close();
    }

    void escapeOnAnEmptyDraftAsksBeforeDiscardingIt()
    {
        auto s = unlockedSession();
        openHenin(*s);
        ConsultationEditor* editor = pressCtrlN(*s);
        QVERIFY(editor);
        const qint64 id = editor->consultationId();
        QPointer<ConsultationEditor> guard(editor);
        // First answer Cancel: the draft stays open; then Discard: it is gone.
        for (const auto answer : {QMessageBox::Cancel, QMessageBox::Discard}) {
            bool asked = false;
            QTimer::singleShot(0, [&] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box)
                    return;
                asked = true;
                box->button(answer)->click();
            });
            QTest::keyClick(child<QLineEdit>(editor, "reason"), Qt::Key_Escape);
            QVERIFY2(asked, "Esc on an empty draft did not ask");
            if (answer == QMessageBox::Cancel) {
                QVERIFY(guard && guard->isVisible());
                QCOMPARE(ConsultationStore(*s->vault()).drafts(m_henin)->size(), 1);
            }
        }
        QTRY_VERIFY(!guard || !guard->isVisible());
        QVERIFY(ConsultationStore(*s->vault()).drafts(m_henin)->isEmpty());
        QVERIFY(!ConsultationStore(*s->vault()).get(id));
    }

    void aPrescriptionWrittenFromTheConsultationBelongsToIt()
    {
        auto s = unlockedSession();
        {
            Practitioner d;
            d.surname = QStringLiteral("Martin");
            d.givenNames = QStringLiteral("Marie");
            d.title = QStringLiteral("Docteur en médecine");
            d.specialty = QStringLiteral("Médecine générale");
            d.rpps = QStringLiteral("10001234565");
            d.amNumber = QStringLiteral("691234567");
            d.address = QStringLiteral("3 place Bellecour\n69002 Lyon");
            d.city = QStringLiteral("Lyon");
            d.phone = QStringLiteral("04 78 00 11 22");
            d.email = QStringLiteral("m.martin@example.fr");
            if (PractitionerStore(*s->vault()).list()->isEmpty()) {
                auto created = PractitionerStore(*s->vault()).create(d);
                QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            }
        }
        openHenin(*s);
        ConsultationEditor* editor = pressCtrlN(*s);
        QVERIFY(editor);
        typeIn(child<QLineEdit>(editor, "reason"), QStringLiteral("Angine"));
        typeIn(child<QLineEdit>(editor, "weight"), QStringLiteral("61"));
        saveShot(*editor, "consultation-prescribe-button-fr.png");
        auto* button = child<QPushButton>(editor, "prescribe");
        QVERIFY(button->isVisible());
        button->click();
        auto* rx = editor->findChild<PrescriptionEditor*>();
        QVERIFY(rx);
        QTRY_VERIFY(rx->isVisible());
        // The draft was stored first: the prescription points at a consultation that exists.
        QCOMPARE(stored(*s, editor->consultationId()).reason, QStringLiteral("Angine"));
        QCOMPARE(rx->prescription().consultationId, editor->consultationId());
        QCOMPARE(rx->prescription().weightKg.value_or(0), 61.0);
        QCOMPARE(rx->lines().size(), 1);
        auto* kind = child<QComboBox>(rx, "kind");
        kind->setCurrentIndex(kind->findData(int(Prescription::Kind::Certificate)));
        child<QPlainTextEdit>(rx, "documentBody")->setPlainText(QStringLiteral("Dispense de sport pour 7 jours."));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("from-consultation.pdf")));
        QVERIFY2(rx->saveAndPrint(&printer), qPrintable(rx->message()));
        auto written = PrescriptionStore(*s->vault()).get(rx->savedId());
        QVERIFY(written);
        QCOMPARE(written->consultationId, editor->consultationId());
        rx->reject();
        QVERIFY(ConsultationStore(*s->vault()).discardDraft(editor->consultationId()) || true);
        editor->close();
    }

    void lockingWhileTypingSavesTheDraftAndReopeningOffersIt()
    {
        auto s = unlockedSession();
        openHenin(*s);
        ConsultationEditor* editor = pressCtrlN(*s);
        QVERIFY(editor);
        const qint64 id = editor->consultationId();
        typeIn(child<QLineEdit>(editor, "reason"), QStringLiteral("Douleur thoracique"));
        s->lock();  // idle, Ctrl+L or closing: all go through the same lock
        QVERIFY(s->isLocked());
        QVERIFY(!timeline(*s)->editor() || !timeline(*s)->editor()->isVisible());

        test::unlock(*s, kPassphrase, kWindow);
        openHenin(*s);
        QWidget* banner = timeline(*s)->draftBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(child<QLabel>(banner, "draftText")->text().contains(QStringLiteral("Douleur thoracique")),
                 qPrintable(child<QLabel>(banner, "draftText")->text()));
        ConsultationEditor* resumed = pressCtrlN(*s);
        QVERIFY(resumed);
        QCOMPARE(resumed->consultationId(), id);
        QCOMPARE(child<QLineEdit>(resumed, "reason")->text(), QStringLiteral("Douleur thoracique"));
        QVERIFY(!banner->isVisible());
        QVERIFY(ConsultationStore(*s->vault()).discardDraft(id) || true);
        resumed->close();
    }
};

QTEST_MAIN(TstConsultationGui)
#include "tst_consultation_gui.moc"
