// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "../../sync/FhirTestServer.h"
#include "../../sync/SyncFixtures.h"
#include "sync/ConflictDialog.h"
#include "records/PatientStore.h"
#include "sync/Conflict.h"
#include "records/ChartWidget.h"
#include "consultation/ConsultationEditor.h"
#include "GuiTestSupport.h"
#include "sync/HandoverExportDialog.h"
#include "session/MainWindow.h"
#include "records/PatientSearchWidget.h"
#include "records/PatientWorkspace.h"
#include "prescribing/PrescriptionEditor.h"
#include "prescribing/PrescriptionLauncher.h"
#include "sync/PurgeDialog.h"
#include "session/SessionController.h"
#include "sync/SyncPanel.h"
#include "sync/SyncServerDialog.h"
#include "sync/SyncStatus.h"
#include "records/TimelineWidget.h"
#include "session/UnlockDialog.h"
#include "common/Language.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "sync/Conflict.h"
#include "sync/FhirClient.h"
#include "sync/Handover.h"
#include "sync/Outbox.h"
#include "sync/Purge.h"
#include "sync/SyncSettings.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTableWidget>
#include <QDoubleSpinBox>
#include <QPrinter>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace relais;
using namespace relais::ui;
using relais::test::child;
using relais::test::kPassphrase;
using relais::test::saveShot;
using relais::test::secret;

namespace {
constexpr auto kToken = "jeton-de-test-0123456789";
constexpr auto kExportPassphrase = "phare persil violon novembre";
}

class TstSyncGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime(QDate(2026, 11, 23), QTime(8, 0), Qt::UTC)};
    test::FhirTestServer m_server;
    bool m_serverRunning = false;
    QString m_serverWhy;
    int m_n = 0;
    test::Outage m_o;

    // A vault after an outage (two patients, each with a consultation and a prescription: five
    // outbox entries); `prepare` may change it before it is locked for the session to unlock.
    QString outageVault(const std::function<void(Vault&)>& prepare = {})
    {
        const QString path = m_dir.filePath(QString("v%1/relais.vault").arg(++m_n));
        auto created = Vault::create(path, "Dr Marie Martin", secret(kPassphrase), KdfParams::fastForTests(), m_clock);
        if (!created)
            qFatal("vault not created");
        m_o = test::makeOutage(*created->vault);
        if (m_o.localPatient == 0)
            qFatal("outage not recorded");
        if (prepare)
            prepare(*created->vault);
        created->vault->lock();
        return path;
    }

    std::unique_ptr<SessionController> unlockedSession(const QString& path) { return test::unlockedSession(path, m_clock); }

    static SyncStatus* status(SessionController& s) { return s.mainWindow()->syncStatus(); }

    // Opens the panel the way the GP does: a click on the count in the status bar.
    static SyncPanel* openPanel(SessionController& s)
    {
        status(s)->click();
        SyncPanel* panel = s.syncPanel();
        if (!panel)
            qFatal("the status bar opened no panel");
        return panel;
    }

    static QString cell(SyncPanel* panel, int row, int column) { return panel->table()->item(row, column)->text(); }

    static int rowOf(SyncPanel* panel, qint64 entryId)
    {
        for (int row = 0; row < panel->table()->rowCount(); ++row)
            if (panel->table()->item(row, 0)->data(Qt::UserRole).toLongLong() == entryId)
                return row;
        return -1;
    }

    Outbox outbox(Vault& v) { return Outbox(v, m_clock); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName("Relais");
        QCoreApplication::setApplicationName("relais-tst-sync-gui");
        QSettings().clear();
        QCOMPARE(installTranslations("fr"), QString("fr"));
        QVERIFY(m_dir.isValid());
        m_serverRunning = m_server.start(&m_serverWhy, kToken);
        if (m_serverRunning) {  // the EHR holds its own patient (the server checks references)
            const QJsonObject ehr{{"resourceType", "Patient"}, {"id", "ehr-42"},
                                  {"name", QJsonArray{QJsonObject{{"family", "N'Diaye"}, {"given", QJsonArray{"Maël"}}}}}};
            const int status = m_server.put("Patient/ehr-42", ehr, kToken);
            QVERIFY2(status == 200 || status == 201, qPrintable(QString::number(status)));
        }
    }

    void cleanupTestCase() { QSettings().clear(); }

    void statusBarCountsWhatIsOwed()
    {
        auto s = unlockedSession(outageVault());
        SyncStatus* count = status(*s);
        QVERIFY(count->isVisible());
        QCOMPARE(count->waiting(), 5);
        QCOMPARE(count->text(), SyncStatus::tr("%n item(s) to hand back", nullptr, 5));

        // A consultation finalised for N'Diaye Maël: one more item, at once.
        QLineEdit* box = s->mainWindow()->workspace()->searchWidget()->searchBox();
        QTest::keyClicks(box, "ndiaye mael");
        QTest::keyClick(box, Qt::Key_Return);
        QCOMPARE(s->mainWindow()->workspace()->chart()->patient().id, m_o.importedPatient);
        s->mainWindow()->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(s->mainWindow()));
        QTest::keyClick(s->mainWindow(), Qt::Key_N, Qt::ControlModifier);
        ConsultationEditor* editor = s->mainWindow()->workspace()->chart()->timeline()->editor();
        QVERIFY2(editor, "Ctrl+N opened no consultation");
        // A new window is activated by a queued event: let it arrive, as a real session would.
        QVERIFY(QTest::qWaitFor([&] { return editor->isActiveWindow(); }));
        QTest::keyClicks(child<QLineEdit>(editor, "reason"), "Otite, controle");
        QTest::keyClicks(child<QPlainTextEdit>(editor, "conclusion"), "Otite guerie");
        QTest::keyClicks(child<QPlainTextEdit>(editor, "plan"), "Rien");
        QCOMPARE(count->waiting(), 5);  // a draft is not owed yet
        QPointer<ConsultationEditor> guard(editor);
        QTest::keyClick(child<QPlainTextEdit>(editor, "plan"), Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY2(!guard || !guard->isVisible(), guard ? qPrintable(guard->errorText()) : "");
        QCOMPARE(count->waiting(), 6);
        QCOMPARE(count->text(), SyncStatus::tr("%n item(s) to hand back", nullptr, 6));
        saveShot(*s->mainWindow(), "sync-status-bar-fr.png");

        // A certificate written and printed for him: one more.
        child<QAction>(s->mainWindow(), "actionPrescribe")->trigger();
        QPointer<PrescriptionEditor> rx = s->mainWindow()->workspace()->prescriptions()->editor();
        QVERIFY(rx);
        auto* kind = child<QComboBox>(rx.data(), "kind");
        kind->setCurrentIndex(kind->findData(int(Prescription::Kind::Certificate)));
        child<QPlainTextEdit>(rx.data(), "documentBody")->setPlainText("Certifie que l'enfant peut aller en creche.");
        child<QDoubleSpinBox>(rx.data(), "weight")->setValue(11.4);  // required for a child
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath("certificate.pdf"));
        QVERIFY2(rx->saveAndPrint(&printer), qPrintable(rx->message()));
        QCOMPARE(count->waiting(), 7);
        rx->reject();

        // Received by the EHR (by another Relais, say): counted again at the next unlock.
        QVERIFY(outbox(*s->vault()).markAcknowledged(outbox(*s->vault()).entries().value(), {}));
        s->lock();
        QVERIFY(count->text().isEmpty());  // nothing of the session stays on screen
        QVERIFY(!count->isVisibleTo(s->mainWindow()));
        test::unlock(*s);
        QCOMPARE(count->waiting(), 0);
        QCOMPARE(count->text(), SyncStatus::tr("Everything handed back"));
    }

    void panelListsEveryEntryInWordsAndMarksProblems()
    {
        qint64 failedId = 0, conflictId = 0, pendingId = 0;
        auto s = unlockedSession(outageVault([&](Vault& v) {
            const auto local = outbox(v).entries(m_o.localPatient).value();
            const auto imported = outbox(v).entries(m_o.importedPatient).value();
            QVERIFY(outbox(v).markFailed({local.last()}, "HTTP 400: MedicationRequest.dosageInstruction: texte requis", false));
            QVERIFY(outbox(v).markConflict({imported.first()}, "HTTP 412: version 3 attendue, 4 trouvée"));
            failedId = local.last().id;
            conflictId = imported.first().id;
            pendingId = local.first().id;
        }));
        QCOMPARE(status(*s)->problems(), 2);
        SyncPanel* panel = openPanel(*s);
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->windowTitle(), SyncPanel::tr("Synchronisation"));
        const AuditEntry audit = test::lastAuditEntry(*s->vault());
        QCOMPARE(audit.action, QString("sync.view"));
        QCOMPARE(audit.detail, QString("entries=5"));

        QTableWidget* table = panel->table();
        QCOMPARE(table->rowCount(), 5);
        for (int row = 0; row < table->rowCount(); ++row) {
            const auto e = panel->entry(table->item(row, 0)->data(Qt::UserRole).toLongLong());
            QVERIFY(e);
            QCOMPARE(cell(panel, row, SyncPanel::State), SyncPanel::stateName(e->state));
            QCOMPARE(cell(panel, row, SyncPanel::Type), SyncPanel::kindName(e->kind));
            QVERIFY(!cell(panel, row, SyncPanel::Date).isEmpty());
            QVERIFY2(cell(panel, row, SyncPanel::Patient).contains(e->patientId == m_o.localPatient ? "HÉNIN Zoé" : "N'DIAYE Maël"),
                     qPrintable(cell(panel, row, SyncPanel::Patient)));
        }
        const int failedRow = rowOf(panel, failedId);
        const int conflictRow = rowOf(panel, conflictId);
        QCOMPARE(cell(panel, failedRow, SyncPanel::Type), SyncPanel::kindName(OutboxEntry::Kind::Prescription));
        QCOMPARE(cell(panel, failedRow, SyncPanel::State), SyncPanel::stateName(OutboxEntry::State::Failed));
        QVERIFY(cell(panel, failedRow, SyncPanel::Error).contains("texte requis"));
        QCOMPARE(cell(panel, failedRow, SyncPanel::NextRetry), SyncPanel::tr("after Retry"));
        QCOMPARE(table->item(failedRow, SyncPanel::State)->background().color(), QColor(0xfd, 0xe2, 0xe1));
        QCOMPARE(table->item(conflictRow, SyncPanel::Patient)->background().color(), QColor(0xff, 0xe9, 0xb3));
        QCOMPARE(table->item(conflictRow, SyncPanel::State)->font().bold(), true);
        QCOMPARE(cell(panel, rowOf(panel, pendingId), SyncPanel::State), SyncPanel::stateName(OutboxEntry::State::Pending));
        QCOMPARE(table->item(rowOf(panel, pendingId), SyncPanel::State)->background().style(), Qt::NoBrush);

        // The next action in one sentence, without a manual.
        QVERIFY2(panel->summaryText().startsWith(SyncPanel::tr(
                     "%n item(s) wait to be handed back. Send them to the practice software or export a handover folder.",
                     nullptr, 5)),
                 qPrintable(panel->summaryText()));
        QVERIFY(panel->summaryText().contains(SyncPanel::tr(
            "No server is set up yet: enter its address in Server settings…, or export a handover folder.")));
        QVERIFY(child<QPushButton>(panel, "retry")->isEnabled());

        // A conflict row offers the comparison; until it exists, the server's words are shown.
        QSignalSpy compare(panel, &SyncPanel::compareRequested);
        auto* button = child<QPushButton>(panel, qPrintable(QString("compare-%1").arg(conflictId)));
        QCOMPARE(table->cellWidget(conflictRow, SyncPanel::Action), button);
        saveShot(*panel, "sync-panel-fr.png");
        button->click();
        QCOMPARE(compare.count(), 1);
        QCOMPARE(compare.first().first().toLongLong(), conflictId);
        auto* message = child<QMessageBox>(panel, "conflictMessage");
        QVERIFY(message->informativeText().contains("version 3 attendue"));
        message->accept();

        // Retry: the failed one is due again now (no server yet: it waits for "Send now").
        child<QPushButton>(panel, "retry")->click();
        QCOMPARE(panel->entry(failedId)->nextRetryUtc, m_clock.nowUtc());
        QVERIFY(outbox(*s->vault()).duePatients()->contains(m_o.localPatient));
        QCOMPARE(cell(panel, rowOf(panel, failedId), SyncPanel::NextRetry), SyncPanel::tr("at the next send"));
        QVERIFY(panel->resultText().contains(SyncPanel::tr("Send now")));
        child<QPushButton>(panel, "close")->click();
        QTRY_VERIFY(!s->syncPanel());
    }

    void aKeptConflictOpensBothVersionsSideBySide()
    {
        qint64 conflictId = 0;
        auto s = unlockedSession(outageVault([&](Vault& v) {
            const auto imported = outbox(v).entries(m_o.importedPatient).value();
            conflictId = imported.first().id;
            const auto stored = PatientStore(v).get(m_o.importedPatient);
            QVERIFY(stored);
            const QString birthDate = stored->birthDate.toString(Qt::ISODate);
            const QString gender = stored->sex == Sex::Male ? "male" : "female";
            const QJsonObject local{{"resourceType", "Patient"}, {"gender", gender}, {"birthDate", birthDate},
                                    {"name", QJsonArray{QJsonObject{{"use", "official"}, {"family", "N'DIAYE"}, {"given", QJsonArray{"Maël"}}}}},
                                    {"telecom", QJsonArray{QJsonObject{{"system", "phone"}, {"value", "+33 6 11 22 33 44"}}}}};
            const QJsonObject remote{{"resourceType", "Patient"}, {"id", "ehr-7"}, {"meta", QJsonObject{{"versionId", "4"}}},
                                     {"gender", gender}, {"birthDate", birthDate},
                                     {"name", QJsonArray{QJsonObject{{"use", "official"}, {"family", "N'DIAYE"}, {"given", QJsonArray{"Maël"}}}}},
                                     {"telecom", QJsonArray{QJsonObject{{"system", "phone"}, {"value", "+33 6 99 88 77 66"}}}}};
            QVERIFY(ConflictStore(v).record(conflictId, "Patient/ehr-7", local, remote, "HTTP 412: version 3 attendue, 4 trouvée"));
        }));
        SyncPanel* panel = openPanel(*s);
        child<QPushButton>(panel, qPrintable(QString("compare-%1").arg(conflictId)))->click();
        auto* dialog = panel->findChild<ConflictDialog*>();
        QVERIFY(dialog);
        QVERIFY(dialog->loaded());
        QTRY_VERIFY(dialog->isVisible());
        auto* rows = child<QTableWidget>(dialog, "conflictRows");
        bool phoneDiffers = false;
        for (int r = 0; r < rows->rowCount(); ++r)
            for (int c = 0; c < rows->columnCount(); ++c)
                if (rows->item(r, c) && rows->item(r, c)->text().contains("99 88 77 66"))
                    phoneDiffers = true;
        QVERIFY(phoneDiffers);
        saveShot(*dialog, "sync-conflict-from-panel-fr.png");
        // Taking the EHR's version settles it: the panel and the status bar count again.
        const int before = status(*s)->problems();
        child<QPushButton>(dialog, "takeEhr")->click();
        QVERIFY2(!child<QLabel>(dialog, "conflictError")->isVisible(), qPrintable(child<QLabel>(dialog, "conflictError")->text()));
        QTRY_COMPARE(panel->entry(conflictId)->state, OutboxEntry::State::Acknowledged);
        QCOMPARE(status(*s)->problems(), before - 1);
    }

    void frenchStateWords_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("french");
        QTest::newRow("pending") << int(OutboxEntry::State::Pending) << "En attente";
        QTest::newRow("sending") << int(OutboxEntry::State::Sending) << "En cours d'envoi";
        QTest::newRow("sent") << int(OutboxEntry::State::Sent) << "Envoyé";
        QTest::newRow("acknowledged") << int(OutboxEntry::State::Acknowledged) << "Reçu par le logiciel métier";
        QTest::newRow("failed") << int(OutboxEntry::State::Failed) << "Échec";
        QTest::newRow("conflict") << int(OutboxEntry::State::Conflict) << "Conflit";
    }
    void frenchStateWords()
    {
        QFETCH(int, state);
        QFETCH(QString, french);
        const QString shown = SyncPanel::stateName(OutboxEntry::State(state));
        if (SyncPanel::stateName(OutboxEntry::State::Pending) == QString("Waiting"))
            QSKIP("the French translation of the Synchronisation panel is not generated yet (lupdate, then translate)");
        QCOMPARE(shown, french);
    }

    void exportHandoverThroughThePanel()
    {
        auto s = unlockedSession(outageVault());
        SyncPanel* panel = openPanel(*s);
        child<QPushButton>(panel, "exportHandover")->click();
        HandoverExportDialog* dialog = panel->exportDialog();
        QVERIFY(dialog);
        const QString out = m_dir.filePath("usb");
        dialog->setFolder(out);
        auto* exportButton = child<QPushButton>(dialog, "export");
        QTest::keyClicks(child<QLineEdit>(dialog, "passphrase"), "motdepasse");
        QVERIFY(!exportButton->isEnabled());  // too weak
        QVERIFY(child<QLabel>(dialog, "reason")->isVisible());
        child<QLineEdit>(dialog, "passphrase")->clear();
        QTest::keyClicks(child<QLineEdit>(dialog, "passphrase"), kExportPassphrase);
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmation"), "phare persil violon");
        QVERIFY(!exportButton->isEnabled());  // not the same twice
        QTest::keyClicks(child<QLineEdit>(dialog, "confirmation"), " novembre");
        QVERIFY(exportButton->isEnabled());
        saveShot(*dialog, "sync-export-dialog-fr.png");

        QSignalSpy busy(panel, &SyncPanel::busyChanged);
        QSignalSpy progress(child<QProgressBar>(dialog, "exportProgress"), &QProgressBar::valueChanged);
        exportButton->click();
        QCOMPARE(busy.count(), 2);  // on, then off: no auto-lock under the export
        QVERIFY(progress.count() >= 1);
        QCOMPARE(child<QProgressBar>(dialog, "exportProgress")->maximum(), 2);  // two patients
        const QString archive = dialog->archivePath();
        QVERIFY(QFile::exists(archive));
        QVERIFY(archive.startsWith(out));
        QVERIFY(child<QLabel>(dialog, "result")->text().contains(QDir::toNativeSeparators(archive).toHtmlEscaped()));
        QVERIFY(child<QLineEdit>(dialog, "passphrase")->text().isEmpty());  // not kept in the widget
        saveShot(*dialog, "sync-export-done-fr.png");
        QCOMPARE(test::lastAuditEntry(*s->vault()).action, QString("sync.export"));

        auto files = Handover::open(archive, secret(kExportPassphrase), m_dir.filePath("opened"));
        QVERIFY2(files, files ? "" : qPrintable(files.error().message));
        QVERIFY(files->contains("manifest.json"));
        QVERIFY(files->contains("reconciliation.csv"));
        QCOMPARE(files->filter("pdf/").size(), 2);
        QVERIFY(!Handover::open(archive, secret("pas la bonne phrase du tout"), m_dir.filePath("wrong")));
        child<QPushButton>(dialog, "close")->click();
        QVERIFY(panel->resultText().contains(archive));
    }

    void sendNowAcknowledgesEverything()
    {
        RELAIS_REQUIRE_SERVER(m_serverRunning, m_serverWhy);
        auto s = unlockedSession(outageVault());
        SyncPanel* panel = openPanel(*s);
        QCOMPARE(status(*s)->waiting(), 5);

        // The server: an address in clear over the network is refused, with the reason.
        child<QPushButton>(panel, "serverSettings")->click();
        SyncServerDialog* settings = panel->serverDialog();
        QVERIFY(settings);
        QTest::keyClicks(child<QLineEdit>(settings, "url"), "http://ehr.example.fr/fhir/");
        child<QPushButton>(settings, "save")->click();
        QVERIFY2(settings->errorText().contains("https://"), qPrintable(settings->errorText()));  // refused, said why
        QVERIFY(settings->isVisible());
        QLineEdit* url = child<QLineEdit>(settings, "url");
        url->selectAll();
        QTest::keyClicks(url, m_server.baseUrl());
        QVERIFY(settings->errorText().isEmpty());  // the reproach goes once the address is being corrected
        QTest::keyClicks(child<QLineEdit>(settings, "token"), kToken);
        saveShot(*settings, "sync-server-dialog-fr.png");
        child<QPushButton>(settings, "save")->click();
        QTRY_VERIFY(!panel->serverDialog());
        QCOMPARE(SyncSettings::load(*s->vault())->baseUrl, QUrl(m_server.baseUrl()));
        QCOMPARE(FhirClient::storedToken(*s->vault())->view().toByteArray(), QByteArray(kToken));
        // The token is in the vault only, never in the settings.
        QSettings settingsFile;
        for (const QString& key : settingsFile.allKeys())
            QVERIFY2(!settingsFile.value(key).toString().contains(kToken), qPrintable(key));

        QSignalSpy progress(child<QProgressBar>(panel, "syncProgress"), &QProgressBar::valueChanged);
        QSignalSpy changed(panel, &SyncPanel::outboxChanged);
        child<QPushButton>(panel, "sendNow")->click();
        QVERIFY2(!panel->resultText().isEmpty(), "no result shown");
        QVERIFY2(panel->resultText().contains(SyncPanel::tr("%1 received, %2 failed, %3 in conflict.").arg(2).arg(0).arg(0)),
                 qPrintable(panel->resultText()));
        QVERIFY(progress.count() >= 2);  // patient by patient
        QCOMPARE(child<QProgressBar>(panel, "syncProgress")->value(), 2);
        QCOMPARE(changed.count(), 1);
        for (int row = 0; row < panel->table()->rowCount(); ++row)
            QCOMPARE(cell(panel, row, SyncPanel::State), SyncPanel::stateName(OutboxEntry::State::Acknowledged));
        QCOMPARE(outbox(*s->vault()).counts()->of(OutboxEntry::State::Acknowledged), 5);
        QCOMPARE(status(*s)->waiting(), 0);
        QCOMPARE(status(*s)->text(), SyncStatus::tr("Everything handed back"));
        QCOMPARE(panel->summaryText(), SyncPanel::tr("Everything was received by the practice software. Once it has been "
                                                     "checked there, you may purge the outage records from this computer "
                                                     "(Purge…)."));
        QVERIFY(!child<QPushButton>(panel, "sendNow")->isEnabled());
        saveShot(*panel, "sync-panel-sent-fr.png");
    }

    void purgeRemovesWhatWasReceivedLongAgoAfterConfirmation()
    {
        qint64 kept = 0;
        auto s = unlockedSession(outageVault([&](Vault& v) {
            // Everything received except N'Diaye Maël's prescription; then 31 days pass.
            auto all = outbox(v).entries().value();
            const OutboxEntry failed = all.last();
            QCOMPARE(failed.kind, OutboxEntry::Kind::Prescription);
            all.removeLast();
            QVERIFY(outbox(v).markAcknowledged(all, {}));
            QVERIFY(outbox(v).markFailed({failed}, "HTTP 400: refusé", false));
            kept = failed.recordId;
            m_clock.advanceSecs(31 * 86400);
        }));
        SyncPanel* panel = openPanel(*s);
        QCOMPARE(panel->table()->rowCount(), 5);
        child<QPushButton>(panel, "purge")->click();
        PurgeDialog* dialog = panel->purgeDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->daysBox()->value(), 30);
        auto* preview = child<QLabel>(dialog, "preview");
        // Only the local patient's visit goes: the other waits for its prescription.
        QVERIFY2(preview->text().contains(PurgeDialog::tr("%n consultation(s)", nullptr, 1)), qPrintable(preview->text()));
        QVERIFY(preview->text().contains(PurgeDialog::tr("%n prescription(s)", nullptr, 1)));
        dialog->daysBox()->setValue(40);
        QVERIFY(!child<QPushButton>(dialog, "purgeButton")->isEnabled());  // nothing that old
        dialog->daysBox()->setValue(30);
        saveShot(*dialog, "sync-purge-dialog-fr.png");

        // Cancelled: nothing goes.
        child<QPushButton>(dialog, "purgeButton")->click();
        QVERIFY(dialog->confirmation());
        dialog->confirmation()->reject();
        QCOMPARE(s->vault()->db().scalar(QString("SELECT count(*) FROM consultation WHERE id = %1").arg(m_o.consultations[0]))->toInt(), 1);

        child<QPushButton>(dialog, "purgeButton")->click();
        QMessageBox* confirm = dialog->confirmation();
        QVERIFY(confirm);
        QVERIFY(confirm->text().contains(PurgeDialog::tr("%n consultation(s)", nullptr, 1)));
        saveShot(*confirm, "sync-purge-confirm-fr.png");
        child<QPushButton>(confirm, "confirmPurge")->click();
        QTRY_VERIFY(child<QLabel>(dialog, "result")->isVisible());
        QVERIFY(child<QLabel>(dialog, "result")->text().contains(PurgeDialog::tr("%n consultation(s)", nullptr, 1)));

        Database& db = s->vault()->db();
        QCOMPARE(db.scalar(QString("SELECT count(*) FROM consultation WHERE id = %1").arg(m_o.consultations[0]))->toInt(), 0);
        QCOMPARE(db.scalar(QString("SELECT count(*) FROM prescription WHERE id = %1").arg(m_o.prescriptions[0]))->toInt(), 0);
        QCOMPARE(db.scalar(QString("SELECT count(*) FROM consultation WHERE id = %1").arg(m_o.consultations[1]))->toInt(), 1);
        QCOMPARE(db.scalar(QString("SELECT count(*) FROM prescription WHERE id = %1").arg(kept))->toInt(), 1);
        QCOMPARE(db.scalar("SELECT count(*) FROM patient")->toInt(), 2);
        const AuditEntry audit = test::lastAuditEntry(*s->vault());
        QCOMPARE(audit.action, QString("sync.purge"));
        QVERIFY2(audit.detail.contains("consultations=1") && audit.detail.contains("prescriptions=1"), qPrintable(audit.detail));
        QCOMPARE(panel->table()->rowCount(), 3);  // the panel follows
        saveShot(*dialog, "sync-purge-done-fr.png");
        dialog->reject();
    }
};

QTEST_MAIN(TstSyncGui)
#include "tst_sync_gui.moc"
