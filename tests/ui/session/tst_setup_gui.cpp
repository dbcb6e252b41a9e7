// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "session/CreateVaultDialog.h"
#include "GuiTestSupport.h"
#include "session/MainWindow.h"
#include "session/ReadinessDialog.h"
#include "session/RecoveryKeyDialog.h"
#include "session/SessionController.h"
#include "session/UnlockDialog.h"
#include "backup/Backup.h"
#include "common/Clock.h"
#include "readiness/NightlyTask.h"
#include "session/BackupSettingsDialog.h"
#include "session/SetupAssistant.h"
#include "vault/Vault.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>

using namespace relais;
using namespace relais::ui;
using relais::test::child;
using relais::test::secret;

// The first start's setup assistant, the backup settings, and the automatic backup at lock and
// at quit (a day old or more: written; younger: not; failing: said).
class TestSetupGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeClock m_clock;
    int m_n = 0;

    QString makeVault(const std::function<void(Vault&)>& prepare = {})
    {
        return test::makeLockedVault(m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_n)), m_clock, prepare);
    }

    static void unlock(SessionController& session) { test::unlock(session, test::kPassphrase, QSize()); }

    static QStringList actions(Vault& v)
    {
        QStringList out;
        const auto entries = v.audit().entries();
        for (const AuditEntry& e : *entries)
            out.append(e.action);
        return out;
    }

    std::unique_ptr<Vault> open(const QString& path)
    {
        auto v = Vault::open(path, secret(test::kPassphrase), SlotKind::Passphrase, m_clock);
        if (!v)
            qFatal("open failed");
        return std::move(*v);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("relais-test-setup"));
    }
    void init() { m_clock.set(QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC)); }

    void firstStartOpensTheSetupAssistant()
    {
        const QString path = m_dir.filePath(QStringLiteral("first/relais.vault"));
        SessionController session(path, m_clock, KdfParams::fastForTests());
        session.start();
        CreateVaultDialog* create = session.createDialog();
        QVERIFY(create);
        QTest::keyClicks(child<QLineEdit>(create, "name"), QStringLiteral("Dr Marie Martin"));
        QTest::keyClicks(child<QLineEdit>(create, "passphrase"), QString::fromLatin1(test::kPassphrase));
        QTest::keyClicks(child<QLineEdit>(create, "confirmation"), QString::fromLatin1(test::kPassphrase));
        child<QPushButton>(create, "create")->click();
        RecoveryKeyDialog* recovery = session.recoveryDialog();
        QVERIFY(recovery);
        child<QCheckBox>(recovery, "confirmed")->click();
        child<QPushButton>(recovery, "continue")->click();
        QVERIFY(session.mainWindow()->isVisible());

        SetupAssistant* setup = session.setupAssistant();
        QVERIFY(setup);
        QVERIFY(setup->isVisible());
        QCOMPARE(setup->currentStep(), int(SetupAssistant::Practitioners));
        for (int s = 0; s < SetupAssistant::StepCount; ++s)
            QVERIFY2(!setup->stepDone(s), qPrintable(SetupAssistant::stepTitle(s)));
        setup->resize(900, 440);
        test::saveShot(*setup, "setup-assistant-practitioners.png");

        // Each step can be skipped.
        auto* skip = child<QPushButton>(setup, "setupSkip");
        skip->click();
        QCOMPARE(setup->currentStep(), int(SetupAssistant::RecoverySheet));
        skip->click();
        QCOMPARE(setup->currentStep(), int(SetupAssistant::BackupFolder));
        skip->click();
        QCOMPARE(setup->currentStep(), int(SetupAssistant::NightlyTask));

        // The nightly task: refused without a folder, then written with the real paths.
        const QString config = m_dir.filePath(QStringLiteral("config"));
        setup->setNightlyTarget(config);
        auto* install = child<QPushButton>(setup, "setupInstallNightly");
        auto* result = child<QLabel>(setup, "setupNightlyResult");
        install->click();
        QVERIFY2(result->text().contains(QLatin1String("export folder")), qPrintable(result->text()));
        QVERIFY(!QFileInfo::exists(config));
        const QString exportDir = m_dir.filePath(QStringLiteral("ehr export"));
        child<QLineEdit>(setup, "setupExportFolder")->setText(exportDir);
        install->click();
        const QString service = config + QStringLiteral("/systemd/user/relais-import.service");
        QVERIFY2(QFileInfo::exists(service), qPrintable(result->text()));
        QVERIFY(QFileInfo::exists(config + QStringLiteral("/systemd/user/relais-import.timer")));
        QVERIFY2(result->text().contains(QLatin1String("systemctl --user enable --now relais-import.timer")),
                 qPrintable(result->text()));
        QFile f(service);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        QVERIFY2(text.contains(QStringLiteral("EXPORT_DIR=") + exportDir), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("INBOX_DIR=") + QFileInfo(path).absolutePath()), qPrintable(text));
        QVERIFY(setup->stepDone(SetupAssistant::NightlyTask));
        QCOMPARE(NightlyTask::exportFolder(*session.vault()), exportDir);
        test::saveShot(*setup, "setup-assistant-nightly.png");

        // The backup step opens the backup settings; a folder chosen there marks the step done.
        setup->showStep(SetupAssistant::BackupFolder);
        child<QPushButton>(setup, "setupBackupSettings")->click();
        BackupSettingsDialog* settings = session.backupSettings();
        QVERIFY(settings);
        const QString folder = m_dir.filePath(QStringLiteral("usb"));
        child<QLineEdit>(settings, "backupFolder")->setText(folder);
        child<QSpinBox>(settings, "rotationDaily")->setValue(10);
        QVERIFY(settings->save());
        QCOMPARE(Backup::folder(*session.vault()), folder);
        QCOMPARE(BackupRotation::load(*session.vault())->daily, 10);
        QVERIFY(setup->stepDone(SetupAssistant::BackupFolder));
        settings->reject();

        // Finishing it ends the first start; it is reachable later from the readiness screen.
        setup->showStep(SetupAssistant::TestPage);
        QCOMPARE(skip->text(), tr("Finish"));
        skip->click();
        QVERIFY(!session.setupAssistant() || !session.setupAssistant()->isVisible());
        QVERIFY(!FirstStart::pending(*session.vault()));
        session.mainWindow()->findChild<QAction*>(QStringLiteral("actionReadiness"))->trigger();
        QVERIFY(session.readinessDialog());
        child<QPushButton>(session.readinessDialog(), "readinessSetup")->click();
        QVERIFY(session.setupAssistant());
        QVERIFY(session.setupAssistant()->isVisible());
        QVERIFY(session.setupAssistant()->stepDone(SetupAssistant::BackupFolder));
        // Not again at the next unlock.
        session.lock();
        QVERIFY(!session.setupAssistant());
        unlock(session);
        QVERIFY(!session.setupAssistant());
    }

    void backupSettingsAndBackupNow()
    {
        const QString path = makeVault();
        SessionController session(path, m_clock, KdfParams::fastForTests());
        session.start();
        unlock(session);
        child<QAction>(session.mainWindow(), "actionBackupSettings")->trigger();  // Settings → Backups…
        BackupSettingsDialog* settings = session.backupSettings();
        QVERIFY(settings);
        auto* last = child<QLabel>(settings, "backupLast");
        QVERIFY2(last->text().contains(QLatin1String("none")), qPrintable(last->text()));
        // A relative folder is refused, said.
        child<QLineEdit>(settings, "backupFolder")->setText(QStringLiteral("backups"));
        QVERIFY(!settings->save());
        QVERIFY2(child<QLabel>(settings, "backupSettingsMessage")->text().contains(QLatin1String("full path")),
                 qPrintable(child<QLabel>(settings, "backupSettingsMessage")->text()));
        const QString folder = m_dir.filePath(QStringLiteral("nas%1").arg(m_n));
        child<QLineEdit>(settings, "backupFolder")->setText(folder);
        child<QPushButton>(settings, "backupNow")->click();  // saves, then backs up on a worker thread
        QCOMPARE(Backup::list(folder).size(), 1);
        QVERIFY(Backup::lastVerified(*session.vault()));
        QVERIFY2(last->text().contains(QLatin1String("1 backup")), qPrintable(last->text()));
        auto* result = session.mainWindow()->window()->findChild<QMessageBox*>(QStringLiteral("backupResult"));
        if (!result)
            result = settings->findChild<QMessageBox*>(QStringLiteral("backupResult"));
        QVERIFY(result);
        QVERIFY2(result->text().contains(QLatin1String("written and verified")), qPrintable(result->text()));
        result->accept();
        settings->resize(640, 360);
        test::saveShot(*settings, "backup-settings.png");
    }

    void automaticBackupAtLockWhenADayOld()
    {
        const QString folder = m_dir.filePath(QStringLiteral("auto%1").arg(m_n + 1));
        const QString path = makeVault([&](Vault& v) { QVERIFY(Backup::setFolder(v, folder)); });
        SessionController session(path, m_clock, KdfParams::fastForTests());
        session.start();
        unlock(session);
        // Never backed up: the lock writes one.
        session.lock();
        QVERIFY(session.isLocked());
        QCOMPARE(Backup::list(folder).size(), 1);
        // An hour later: younger than a day, none.
        m_clock.advanceSecs(3600);
        unlock(session);
        session.lock();
        QCOMPARE(Backup::list(folder).size(), 1);
        // A day and a bit later, locked by idleness: one more.
        m_clock.advanceSecs(24 * 3600);
        unlock(session);
        m_clock.advanceSecs(3600);  // beyond the auto-lock delay
        session.checkIdle();
        QVERIFY(session.isLocked());
        QCOMPARE(Backup::list(folder).size(), 2);
        {
            auto v = open(path);
            const QStringList a = actions(*v);
            QCOMPARE(a.count(QStringLiteral("vault.backup")), 2);
            // Written before the lock is recorded.
            QCOMPARE(a.lastIndexOf(QStringLiteral("vault.backup_verify")), a.lastIndexOf(QStringLiteral("vault.autolock")) - 1);
        }

        // A folder that cannot be written: the lock still happens, and the reason is said.
        {
            auto v = open(path);
            QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
            QVERIFY(blocker.open(QIODevice::WriteOnly));
            blocker.close();
            QVERIFY(Backup::setFolder(*v, blocker.fileName() + QStringLiteral("/backups")));
        }
        m_clock.advanceSecs(2 * 86400);
        unlock(session);
        session.lock();
        QVERIFY(session.isLocked());
        UnlockDialog* dialog = session.unlockDialog();
        QVERIFY(dialog);
        const QList<QLabel*> labels = dialog->findChildren<QLabel*>();
        bool said = false;
        for (QLabel* l : labels)
            said = said || l->text().contains(QLatin1String("automatic backup failed"));
        QVERIFY(said);
        test::saveShot(*dialog, "unlock-after-failed-backup.png");
        auto v = open(path);
        QVERIFY(actions(*v).contains(QStringLiteral("vault.backup_failed")));
    }

    void automaticBackupAtQuit()
    {
        const QString folder = m_dir.filePath(QStringLiteral("quit%1").arg(m_n + 1));
        const QString path = makeVault([&](Vault& v) { QVERIFY(Backup::setFolder(v, folder)); });
        SessionController session(path, m_clock, KdfParams::fastForTests());
        QSignalSpy quit(&session, &SessionController::quitRequested);
        session.start();
        unlock(session);
        emit session.mainWindow()->closeRequested();
        QCOMPARE(quit.count(), 1);
        QVERIFY(session.isLocked());
        QCOMPARE(Backup::list(folder).size(), 1);

        // Failing at quit: said in a box that does not hold the quit for good.
        {
            auto v = open(path);
            QVERIFY(Backup::setFolder(*v, QStringLiteral("/proc/relais-no-such-place")));
        }
        m_clock.advanceSecs(2 * 86400);
        SessionController again(path, m_clock, KdfParams::fastForTests());
        QSignalSpy quit2(&again, &SessionController::quitRequested);
        again.start();
        unlock(again);
        QString shown;
        QTimer poll;  // the box comes after the progress dialog
        connect(&poll, &QTimer::timeout, this, [&] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            if (box && box->objectName() == QLatin1String("automaticBackupFailed")) {
                shown = box->text();
                box->accept();
            }
        });
        poll.start(20);
        QElapsedTimer took;
        took.start();
        emit again.mainWindow()->closeRequested();
        poll.stop();
        QVERIFY(took.elapsed() < 30000);  // answered, not waited out
        QCOMPARE(quit2.count(), 1);
        QVERIFY2(shown.contains(QLatin1String("automatic backup failed")), qPrintable(shown));
    }
};

QTEST_MAIN(TestSetupGui)
#include "tst_setup_gui.moc"
