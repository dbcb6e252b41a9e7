// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "session/MainWindow.h"
#include "prescribing/PractitionerDialog.h"
#include "session/ReadinessDialog.h"
#include "session/VaultAccessDialog.h"
#include "session/SessionController.h"
#include "session/UnlockDialog.h"
#include "common/Clock.h"
#include "prescribing/PractitionerStore.h"
#include "print/PrintSettingsDialog.h"
#include "readiness/Readiness.h"
#include "session/ThresholdsDialog.h"
#include "session/VaultAccessDialog.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QPdfWriter>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTimer>
#include <QTemporaryDir>

using namespace relais;
using namespace relais::ui;
using relais::test::child;
using relais::test::secret;

// Fichier → État de préparation: one line per item with its colour and the action's button, the
// worst colour in the status bar.
class TestReadinessGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;

    QString makeVault(const std::function<void(Vault&)>& prepare = {})
    {
        return test::makeLockedVault(m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n)), m_clock, prepare);
    }

    std::unique_ptr<SessionController> unlockedSession(const QString& path) { return test::unlockedSession(path, m_clock); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void screenAndStatus()
    {
        // Snapshot fresh, sheet printed: green; no backup, no prescriber: red.
        const QString path = makeVault([this](Vault& v) {
            auto st = v.db().prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES ('snapshot_utc', ?)"));
            QVERIFY(st);
            st->bind(1, m_clock.nowUtc().addSecs(-3600).toString(Qt::ISODate));
            QVERIFY(st->run());
            QVERIFY(v.audit().append(QString::fromLatin1(AuditAction::RecoverySheetPrint)));
        });
        auto session = unlockedSession(path);
        MainWindow* main = session->mainWindow();
        auto* status = child<QPushButton>(main, "statusReadiness");
        QVERIFY(status->isVisible());
        QVERIFY2(status->text().contains(Readiness::colourWord(ReadinessColour::Red)), qPrintable(status->text()));

        child<QAction>(main, "actionReadiness")->trigger();
        ReadinessDialog* dialog = session->readinessDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->items().size(), 10);
        QCOMPARE(child<QLabel>(dialog, "readinessColour_snapshot")->text(), Readiness::colourWord(ReadinessColour::Green));
        QCOMPARE(child<QLabel>(dialog, "readinessColour_backup")->text(), Readiness::colourWord(ReadinessColour::Red));
        QCOMPARE(child<QLabel>(dialog, "readinessColour_practitioners")->text(),
                 Readiness::colourWord(ReadinessColour::Red));
        // Buttons only where something is to be done and Relais has a screen for it.
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("readinessAction_snapshot")));
        QVERIFY(!dialog->findChild<QPushButton*>(QStringLiteral("readinessAction_recovery_sheet")));  // green
        auto* backup = child<QPushButton>(dialog, "readinessAction_backup");
        QCOMPARE(backup->text(), ReadinessDialog::actionText(ReadinessItem::Action::Backup));
        QVERIFY(child<QLabel>(dialog, "readinessFact_backup")->text().contains(QLatin1String("No verified backup")));
        test::saveShot(*dialog, "readiness-dialog.png");

        // A button opens its screen beside the readiness screen.
        child<QPushButton>(dialog, "readinessAction_practitioners")->click();
        PractitionerDialog* practitioners = main->findChild<PractitionerDialog*>();
        QVERIFY(practitioners);
        QVERIFY(practitioners->isVisible());
        practitioners->reject();
        QVERIFY(dialog->isVisible());

        // The action's signal carries what to do.
        disconnect(dialog, &ReadinessDialog::actionRequested, nullptr, nullptr);  // no dialog opened in a test
        QSignalSpy asked(dialog, &ReadinessDialog::actionRequested);
        QVERIFY(asked.isValid());
        child<QPushButton>(dialog, "readinessAction_practitioners")->click();
        QCOMPARE(asked.size(), 1);
        QCOMPARE(asked.at(0).at(0).value<ReadinessItem::Action>(), ReadinessItem::Action::Practitioners);

        // Reading again after a change: the line and the status bar follow.
        QVERIFY(PractitionerStore(*session->vault()).create([] {
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
            return d;
        }()));
        child<QPushButton>(dialog, "readinessReload")->click();
        QCOMPARE(child<QLabel>(dialog, "readinessColour_practitioners")->text(),
                 Readiness::colourWord(ReadinessColour::Green));
        QVERIFY(status->text().contains(Readiness::colourWord(ReadinessColour::Red)));  // still no backup
        test::saveShot(*main, "readiness-status.png");

        // Locking closes it (it holds the vault) and clears the status bar.
        session->lock();
        QVERIFY(!session->readinessDialog());
        QVERIFY(status->isHidden());
    }
    void newItemsAndThresholdsForm()
    {
        // The test page printed 40 days ago: amber (green up to 30); no drug reference: red.
        const QString path = makeVault([this](Vault& v) {
            QVERIFY(v.audit().append(QString::fromLatin1(AuditAction::PrinterTestPage), QStringLiteral("printer"),
                                     QStringLiteral("Cabinet")));
        });
        m_clock.advanceSecs(40 * 86400);
        auto session = unlockedSession(path);
        MainWindow* main = session->mainWindow();
        child<QAction>(main, "actionReadiness")->trigger();
        ReadinessDialog* dialog = session->readinessDialog();
        QVERIFY(dialog);
        QCOMPARE(child<QLabel>(dialog, "readinessColour_test_page")->text(), Readiness::colourWord(ReadinessColour::Amber));
        QVERIFY2(child<QLabel>(dialog, "readinessFact_test_page")->text().contains(QLatin1String("40 day(s) ago")),
                 qPrintable(child<QLabel>(dialog, "readinessFact_test_page")->text()));
        QCOMPARE(child<QPushButton>(dialog, "readinessAction_test_page")->text(),
                 ReadinessDialog::actionText(ReadinessItem::Action::PrintTestPage));
        QCOMPARE(child<QLabel>(dialog, "readinessColour_drug_reference")->text(), Readiness::colourWord(ReadinessColour::Red));
        QVERIFY(child<QPushButton>(dialog, "readinessAction_drug_reference"));
        QVERIFY(child<QLabel>(dialog, "readinessFact_disk_space")->text().contains(QLatin1String("MB free")));
        test::saveShot(*dialog, "readiness-new-items.png");

        // Never printed: the sheet can only be printed with a key shown once: the button leads to a new recovery key.
        QCOMPARE(child<QLabel>(dialog, "readinessColour_recovery_sheet")->text(), Readiness::colourWord(ReadinessColour::Red));
        auto* sheet = child<QPushButton>(dialog, "readinessAction_recovery_sheet");
        QCOMPARE(sheet->text(), ReadinessDialog::actionText(ReadinessItem::Action::PrintRecoverySheet));
        QVERIFY(!session->vaultAccessDialog());
        sheet->click();
        QVERIFY(session->vaultAccessDialog());
        QVERIFY(session->vaultAccessDialog()->isVisible());
        session->vaultAccessDialog()->close();

        // The test page button opens the calibration screen; printing the page there (to a PDF
        // device here) is audited and turns the line green.
        child<QPushButton>(dialog, "readinessAction_test_page")->click();
        PrintSettingsDialog* print = main->findChild<PrintSettingsDialog*>();
        QVERIFY(print);
        QVERIFY(print->isVisible());
        QVERIFY(child<QPushButton>(print, "printTestPage"));
        {
            QPdfWriter pdf(test::artefactDir() + QStringLiteral("/test-page.pdf"));
            QCOMPARE(print->printTestPageTo(pdf), QString());
        }
        QVERIFY(QFileInfo(test::artefactDir() + QStringLiteral("/test-page.pdf")).size() > 1000);
        print->reject();
        QCOMPARE(child<QLabel>(dialog, "readinessColour_test_page")->text(), Readiness::colourWord(ReadinessColour::Green));
        QCOMPARE(test::lastAuditEntry(*session->vault()).action, QString::fromLatin1(AuditAction::PrinterTestPage));

        // The thresholds form: a value check() refuses is said, nothing saved; a good one is
        // saved and the screen reads again with it.
        QString refused;
        bool sawForm = false;
        QTimer::singleShot(0, this, [&] {
            auto* form = qobject_cast<ThresholdsDialog*>(QApplication::activeModalWidget());
            if (!form)
                return;
            sawForm = true;
            QCOMPARE(child<QSpinBox>(form, "threshold_test_page_days")->value(), 30);
            child<QSpinBox>(form, "threshold_snapshot_green_hours")->setValue(100);  // above amber (72)
            child<QPushButton>(form, "thresholdsSave")->click();
            refused = child<QLabel>(form, "thresholdsMessage")->text();
            test::saveShot(*form, "readiness-thresholds-refused.png");
            QVERIFY(form->isVisible());
            child<QSpinBox>(form, "threshold_snapshot_green_hours")->setValue(24);
            child<QSpinBox>(form, "threshold_test_page_days")->setValue(20);
            child<QPushButton>(form, "thresholdsSave")->click();
        });
        // Already green after the print above: set it back 25 days to see the new limit bite.
        child<QPushButton>(dialog, "readinessThresholds")->click();
        QVERIFY(sawForm);
        QVERIFY2(refused.contains(QLatin1String("snapshot_green_hours")), qPrintable(refused));
        auto saved = ReadinessThresholds::load(*session->vault());
        QVERIFY(saved);
        QCOMPARE(saved->testPageDays, 20);
        QCOMPARE(saved->snapshotGreenHours, 24);
        m_clock.advanceSecs(25 * 86400);
        child<QPushButton>(dialog, "readinessReload")->click();
        QCOMPARE(child<QLabel>(dialog, "readinessColour_test_page")->text(), Readiness::colourWord(ReadinessColour::Amber));
        m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    }
};

QTEST_MAIN(TestReadinessGui)
#include "tst_readiness_gui.moc"
