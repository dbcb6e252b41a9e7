// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "GuiTestSupport.h"
#include "session/MainWindow.h"
#include "session/ReadinessDialog.h"
#include "session/SessionController.h"
#include "session/UnlockDialog.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "readiness/DrillStore.h"
#include "readiness/Readiness.h"
#include "demo/DemoData.h"
#include "session/DrillDialog.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <poppler-qt6.h>

using namespace relais;
using namespace relais::ui;
using relais::test::child;
using relais::test::secret;

// Fichier → Exercice de panne, headless and end to end: each step performed through the dialog
// on the training vault, the report kept in the real vault (whose patients and outbox do not
// change) and shown by the readiness screen, which saves it; a wrong passphrase and a missing
// backup fail their step with the reason.
class TestDrillGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock{QDateTime::currentDateTimeUtc()};
    QString m_path;
    QString m_backups;

    static QString fingerprint(Vault& v)
    {
        QString out;
        for (const char* sql : {"SELECT count(*) || ':' || ifnull(group_concat(id || '/' || state || '/' || changes || '/' || "
                                "updated_utc, ';'), '') FROM (SELECT * FROM outbox ORDER BY id)",
                                "SELECT count(*) || ':' || ifnull(group_concat(id || '/' || updated_utc, ';'), '') FROM "
                                "(SELECT * FROM patient ORDER BY id)",
                                "SELECT count(*) FROM consultation", "SELECT count(*) FROM prescription"}) {
            auto r = v.db().scalar(QString::fromLatin1(sql));
            if (!r)
                qFatal("fingerprint: %s", qPrintable(r.error().message));
            out += r->toString() + QLatin1Char('|');
        }
        return out;
    }

    std::unique_ptr<SessionController> unlockedSession() { return test::unlockedSession(m_path, m_clock); }

    static void saveBoth(QWidget& w, const char* file)
    {
        test::saveShot(w, file);
        w.grab().save(QStringLiteral("/tmp/") + QLatin1String(file));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-drill-gui"));
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("real/relais.vault"));
        m_backups = m_dir.filePath(QStringLiteral("backups"));
        auto created = Vault::create(m_path, QStringLiteral("Dr Marie Martin"), secret(test::kPassphrase),
                                     KdfParams::fastForTests(), m_clock);
        QVERIFY(created);
        QVERIFY(created->vault->addSlot(QStringLiteral("Secrétariat"), SlotKind::Passphrase, secret("autre phrase de passe"),
                                        KdfParams::fastForTests()));
        Transaction tx(created->vault->db());
        QVERIFY(tx.begin());
        QVERIFY(DemoData(5).fill(*created->vault, 15, m_clock.nowUtc()));
        QVERIFY(tx.commit());
        QVERIFY(Backup::create(*created->vault, m_backups));
        QVERIFY(Backup::setFolder(*created->vault, m_backups));
        created->vault->lock();
    }

    void cleanupTestCase() { QSettings().clear(); }

    void drillEndToEnd()
    {
        auto session = unlockedSession();
        MainWindow* main = session->mainWindow();
        Vault& real = *session->vault();
        const QString before = fingerprint(real);

        child<QAction>(main, "actionDrill")->trigger();
        DrillDialog* dialog = session->drillDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->drill());
        dialog->setOpenFiles(false);
        QCOMPARE(child<QLineEdit>(dialog, "drillBackupFolder")->text(), m_backups);
        // The slot that unlocked takes part; the other one may be ticked.
        QVERIFY(child<QCheckBox>(dialog, "drillParticipant_0")->isChecked());
        child<QCheckBox>(dialog, "drillParticipant_1")->setChecked(true);

        // Unlock: a wrong passphrase fails with the reason and stays on the step.
        QTest::keyClicks(child<QLineEdit>(dialog, "drillPassphrase"), QStringLiteral("pas la bonne"));
        child<QPushButton>(dialog, "drillDo_unlock")->click();
        QVERIFY2(child<QLabel>(dialog, "drillMessage")->text().contains(QLatin1String("does not open the vault")),
                 qPrintable(child<QLabel>(dialog, "drillMessage")->text()));
        QVERIFY(child<QLabel>(dialog, "drillStep_unlock")->text().startsWith(QStringLiteral("✘")));
        QVERIFY(child<QLineEdit>(dialog, "drillPassphrase")->text().isEmpty());  // wiped once read
        saveBoth(*dialog, "drill-dialog-unlock-failed.png");
        QTest::keyClicks(child<QLineEdit>(dialog, "drillPassphrase"), QString::fromLatin1(test::kPassphrase));
        child<QPushButton>(dialog, "drillDo_unlock")->click();
        QVERIFY(child<QLabel>(dialog, "drillStep_unlock")->text().startsWith(QStringLiteral("✔")));

        // Find the invented patient named in the field.
        // (accents: QTest::keyClicks types ASCII only)
        child<QLineEdit>(dialog, "drillQuery")->setText(dialog->drill()->patientToFind());
        child<QPushButton>(dialog, "drillDo_find_patient")->click();
        QVERIFY2(child<QLabel>(dialog, "drillStep_find_patient")->text().startsWith(QStringLiteral("✔")),
                 qPrintable(child<QLabel>(dialog, "drillMessage")->text()));
        child<QLineEdit>(dialog, "drillReason")->setText(QStringLiteral("Toux fébrile depuis trois jours"));
        child<QLineEdit>(dialog, "drillConclusion")->setText(QStringLiteral("Bronchite aiguë"));
        saveBoth(*dialog, "drill-dialog-consultation.png");
        child<QPushButton>(dialog, "drillDo_consultation")->click();
        QVERIFY(child<QLabel>(dialog, "drillStep_consultation")->text().startsWith(QStringLiteral("✔")));
        child<QPushButton>(dialog, "drillDo_prescription")->click();
        QVERIFY2(child<QLabel>(dialog, "drillStep_prescription")->text().startsWith(QStringLiteral("✔")),
                 qPrintable(child<QLabel>(dialog, "drillMessage")->text()));
        QVERIFY(QFileInfo(dialog->drill()->pdfPath()).size() > 1000);
        child<QPushButton>(dialog, "drillDo_handover")->click();
        QVERIFY2(child<QLabel>(dialog, "drillStep_handover")->text().startsWith(QStringLiteral("✔")),
                 qPrintable(child<QLabel>(dialog, "drillMessage")->text()));
        saveBoth(*dialog, "drill-dialog-restore.png");
        child<QPushButton>(dialog, "drillDo_restore")->click();
        QVERIFY2(child<QLabel>(dialog, "drillStep_restore")->text().startsWith(QStringLiteral("✔")),
                 qPrintable(child<QLabel>(dialog, "drillMessage")->text()));
        child<QPushButton>(dialog, "drillDo_readiness")->click();

        // The end: summary, report kept in the real vault and audited; nothing else changed there.
        QVERIFY(dialog->keptReportId() > 0);
        const QString summary = child<QLabel>(dialog, "drillSummary")->text();
        QVERIFY2(summary.startsWith(QLatin1String("Drill passed")), qPrintable(summary));
        saveBoth(*dialog, "drill-dialog-finished.png");
        QCOMPARE(fingerprint(real), before);
        QCOMPARE(test::lastAuditEntry(real).action, QString::fromLatin1(DrillStore::kAuditAction));
        const QString saved = m_dir.filePath(QStringLiteral("saved-report.pdf"));
        QVERIFY(dialog->saveReport(saved));
        auto doc = Poppler::Document::load(saved);
        QVERIFY(doc);
        const QString text = doc->page(0)->text(QRectF()).simplified();
        QVERIFY(text.contains(u"Dr Marie Martin, Secrétariat"));
        for (DrillStep s : DrillStepResult::all())
            QVERIFY2(text.contains(DrillStepResult::stepName(s)), qPrintable(DrillStepResult::stepName(s)));
        QCOMPARE(text.count(u"Réussi"), 7);

        // The readiness screen lists the drill (green) and saves its report.
        child<QAction>(main, "actionReadiness")->trigger();
        ReadinessDialog* readiness = session->readinessDialog();
        QVERIFY(readiness);
        QCOMPARE(child<QLabel>(readiness, "readinessColour_drill")->text(), Readiness::colourWord(ReadinessColour::Green));
        QVERIFY(child<QLabel>(readiness, "readinessFact_drill")->text().contains(QLatin1String("every step passed")));
        QVERIFY(child<QPushButton>(readiness, "readinessDrillReport")->isVisible());
        const QString again = m_dir.filePath(QStringLiteral("from-readiness.pdf"));
        QVERIFY(readiness->saveDrillReport(dialog->keptReportId(), again));
        QFile a(again);
        QVERIFY(a.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), dialog->reportPdf());
        readiness->resize(980, 560);
        saveBoth(*readiness, "drill-readiness.png");
        dialog->close();
        readiness->close();
    }

    // No backup where the practice keeps them: the restore step fails with the reason; skipped
    // steps read "not run"; the drill's line in the readiness screen turns amber.
    void missingBackupAndSkippedSteps()
    {
        auto session = unlockedSession();
        child<QAction>(session->mainWindow(), "actionDrill")->trigger();
        DrillDialog* dialog = session->drillDialog();
        QVERIFY(dialog && dialog->drill());
        dialog->setOpenFiles(false);
        for (int i = 0; i < 5; ++i)
            child<QPushButton>(dialog, "drillSkip")->click();
        const QString empty = m_dir.filePath(QStringLiteral("empty"));
        QVERIFY(QDir().mkpath(empty));
        child<QLineEdit>(dialog, "drillBackupFolder")->setText(empty);
        child<QPushButton>(dialog, "drillDo_restore")->click();
        QVERIFY2(child<QLabel>(dialog, "drillMessage")->text().contains(QStringLiteral("No backup in %1").arg(empty)),
                 qPrintable(child<QLabel>(dialog, "drillMessage")->text()));
        QVERIFY(child<QLabel>(dialog, "drillStep_restore")->text().startsWith(QStringLiteral("✘")));
        saveBoth(*dialog, "drill-dialog-no-backup.png");
        child<QPushButton>(dialog, "drillSkip")->click();  // given up: it stays failed
        child<QPushButton>(dialog, "drillDo_readiness")->click();
        QVERIFY(dialog->keptReportId() > 0);
        const QString summary = child<QLabel>(dialog, "drillSummary")->text();
        QVERIFY2(summary.startsWith(QLatin1String("Drill failed")), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 en échec, 5 non réalisée(s)"), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("Make a backup")));
        saveBoth(*dialog, "drill-dialog-failed-summary.png");
        dialog->close();
        child<QAction>(session->mainWindow(), "actionReadiness")->trigger();
        QCOMPARE(child<QLabel>(session->readinessDialog(), "readinessColour_drill")->text(),
                 Readiness::colourWord(ReadinessColour::Amber));
        QVERIFY(child<QPushButton>(session->readinessDialog(), "readinessAction_drill")->isVisible());

        // The drill's button opens a drill beside the readiness screen; locking closes both.
        child<QPushButton>(session->readinessDialog(), "readinessAction_drill")->click();
        QVERIFY(session->drillDialog());
        QVERIFY(session->drillDialog()->isVisible());
        QVERIFY(session->drillDialog()->parent() == session->mainWindow());
        const QString training = session->drillDialog()->drill()->trainingPath();
        QVERIFY(QFileInfo::exists(training));
        session->lock();
        QVERIFY(!session->drillDialog());
        QVERIFY(!session->readinessDialog());
        QVERIFY(!QFileInfo::exists(training));
    }
};

QTEST_MAIN(TestDrillGui)
#include "tst_drill_gui.moc"
