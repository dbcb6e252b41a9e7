// SPDX-License-Identifier: GPL-3.0-or-later
#include "FakeClock.h"
#include "session/CreateVaultDialog.h"
#include "session/MainWindow.h"
#include "widgets/MessageBar.h"
#include "print/PlainFilePrint.h"
#include "session/RecoveryKeyDialog.h"
#include "widgets/SecretField.h"
#include "session/SessionController.h"
#include "GuiTestSupport.h"
#include "TestSupport.h"
#include "session/UnlockDialog.h"
#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Language.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrinter>
#include <QPdfWriter>
#include <QPrinterInfo>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace relais;
using relais::test::child;
using relais::test::saveShot;
using namespace relais::ui;
using relais::test::kPassphrase;

namespace {

// A message appearing must not squeeze the rest of the window (word-wrapped labels).
void verifyNothingSqueezed(QWidget& window)
{
    for (QLabel* label : window.findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().isEmpty())
            continue;
        const int needed = label->hasHeightForWidth() ? label->heightForWidth(label->width())
                                                      : label->minimumSizeHint().height();
        QVERIFY2(label->height() >= needed, qPrintable(label->text()));
    }
}

QStringList actions(Vault& vault)
{
    QStringList out;
    auto entries = vault.audit().entries();
    if (entries)
        for (const AuditEntry& e : *entries)
            out << e.action;
    return out;
}

} // namespace

class TstVaultGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_serial = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("v%1/relais.vault").arg(++m_serial)); }

    // A real vault on disk; returns its recovery key.
    QString makeVault(const QString& path, const Clock& clock)
    {
        auto created = Vault::create(path, QStringLiteral("Dr Marie Martin"), relais::test::secret(kPassphrase),
                                     KdfParams::fastForTests(), clock);
        if (!created)
            qFatal("cannot create vault: %s", qPrintable(created.error().message));
        return QString::fromLatin1(created->recoveryKey.view().toByteArray());
    }

    static void unlockWith(UnlockDialog* dialog, const char* passphrase) { test::enterPassphrase(*dialog, passphrase); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Relais"));
        QCoreApplication::setApplicationName(QStringLiteral("relais-tst-vault-gui"));
        QSettings().clear();
        QCOMPARE(installTranslations(QStringLiteral("fr")), QStringLiteral("fr"));
        QVERIFY(m_dir.isValid());
    }

    void cleanup() { QSettings().clear(); }

    void createDialogEnablesCreateOnlyForAGoodMatchingPassphrase()
    {
        CreateVaultDialog dialog(freshPath());
        dialog.show();
        dialog.resize(620, dialog.sizeHint().height());
        auto* create = child<QPushButton>(&dialog, "create");
        auto* name = child<QLineEdit>(&dialog, "name");
        auto* pass = child<QLineEdit>(&dialog, "passphrase");
        auto* confirm = child<QLineEdit>(&dialog, "confirmation");
        auto* reason = child<QLabel>(&dialog, "reason");
        QVERIFY(!create->isEnabled());

        // A strong, matching passphrase but no name.
        QTest::keyClicks(pass, QString::fromLatin1(kPassphrase));
        QTest::keyClicks(confirm, QString::fromLatin1(kPassphrase));
        QVERIFY(!create->isEnabled());
        QVERIFY(!reason->text().isEmpty());

        QTest::keyClicks(name, QStringLiteral("Dr Marie Martin"));
        QVERIFY(create->isEnabled());
        QVERIFY(reason->isHidden());

        // Mismatch.
        QTest::keyClicks(confirm, QStringLiteral("x"));
        QVERIFY(!create->isEnabled());
        const QString mismatch = reason->text();
        QVERIFY(!mismatch.isEmpty());

        // Too weak, even when both fields match.
        pass->setText(QStringLiteral("azerty"));
        confirm->setText(QStringLiteral("azerty"));
        QVERIFY(!create->isEnabled());
        QVERIFY(!reason->text().isEmpty());
        QVERIFY(reason->text() != mismatch);
        QVERIFY(child<QProgressBar>(&dialog, "strengthBar")->value() < 45);

        pass->setText(QString::fromLatin1(kPassphrase));
        confirm->clear();
        QTest::keyClicks(confirm, QString::fromLatin1(kPassphrase));
        QVERIFY(create->isEnabled());
        QVERIFY(child<QProgressBar>(&dialog, "strengthBar")->value() >= 45);

        confirm->clear();  // the screenshot shows the next step to take
        saveShot(dialog, "create-vault-fr.png");
    }

    void createDialogHandsOverTheSecretAndClearsTheFields()
    {
        CreateVaultDialog dialog(freshPath());
        dialog.show();
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::keyClicks(child<QLineEdit>(&dialog, "name"), QStringLiteral("  Dr Paul Durand "));
        QTest::keyClicks(child<QLineEdit>(&dialog, "passphrase"), QString::fromLatin1(kPassphrase));
        QTest::keyClicks(child<QLineEdit>(&dialog, "confirmation"), QString::fromLatin1(kPassphrase));
        child<QPushButton>(&dialog, "create")->click();

        QCOMPARE(accepted.count(), 1);
        QCOMPARE(dialog.label(), QStringLiteral("Dr Paul Durand"));
        const SecureBytes pass = dialog.takePassphrase();
        QVERIFY(pass.equals(relais::test::secret(kPassphrase)));
        QVERIFY(child<QLineEdit>(&dialog, "passphrase")->text().isEmpty());
        QVERIFY(child<QLineEdit>(&dialog, "confirmation")->text().isEmpty());
        QVERIFY(dialog.takePassphrase().isEmpty());
    }

    void recoveryDialogNeedsTheConfirmationToContinue()
    {
        FakeClock clock;
        auto created = Vault::create(freshPath(), QStringLiteral("Dr Marie Martin"), relais::test::secret(kPassphrase),
                                     KdfParams::fastForTests(), clock);
        QVERIFY(created);
        RecoveryKeyDialog dialog(created->recoveryKey, *created->vault);
        dialog.show();
        dialog.resize(640, dialog.sizeHint().height());
        QSignalSpy accepted(&dialog, &QDialog::accepted);

        const QString key = QString::fromLatin1(created->recoveryKey.view().toByteArray());
        QCOMPARE(child<QLabel>(&dialog, "recoveryKey")->text(), key);
        auto* next = child<QPushButton>(&dialog, "continue");
        QVERIFY(!next->isEnabled());
        dialog.reject();  // Escape does not skip the key
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        saveShot(dialog, "recovery-key-fr.png");

        child<QCheckBox>(&dialog, "confirmed")->click();
        QVERIFY(next->isEnabled());
        next->click();
        QCOMPARE(accepted.count(), 1);
        // The key was not written next to the vault, in any form.
        const QDir folder = QFileInfo(created->vault->path()).absoluteDir();
        for (const QString& name : folder.entryList(QDir::Files)) {
            QFile f(folder.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            QVERIFY2(!content.contains(key.toLatin1()), qPrintable(name));
            QVERIFY2(!content.contains(key.toLatin1().replace('-', "")), qPrintable(name));
        }
    }

    void recoveryDialogSaysSoWhenNoPrinterIsSetUp()
    {
        if (!QPrinterInfo::availablePrinters().isEmpty())
            QSKIP("a printer is set up here: the print dialog would open");
        FakeClock clock;
        auto created = Vault::create(freshPath(), QStringLiteral("Dr Marie Martin"), relais::test::secret(kPassphrase),
                                     KdfParams::fastForTests(), clock);
        QVERIFY(created);
        RecoveryKeyDialog dialog(created->recoveryKey, *created->vault);
        dialog.show();
        child<QPushButton>(&dialog, "print")->click();
        auto* status = child<QLabel>(&dialog, "status");
        QVERIFY(status->isVisible());
        QVERIFY(!status->text().isEmpty());
        verifyNothingSqueezed(dialog);
        QVERIFY(!actions(*created->vault).contains(QLatin1String(AuditAction::RecoverySheetPrint)));
    }

    void recoveryDialogPrintsTheSheetAndAuditsIt()
    {
        FakeClock clock;
        auto created = Vault::create(freshPath(), QStringLiteral("Dr Marie Martin"), relais::test::secret(kPassphrase),
                                     KdfParams::fastForTests(), clock);
        QVERIFY(created);
        RecoveryKeyDialog dialog(created->recoveryKey, *created->vault);
        const QString pdf = m_dir.filePath(QStringLiteral("sheet.pdf"));
        {
            QPdfWriter writer(pdf);
            QCOMPARE(dialog.printTo(writer), QString());
        }
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QVERIFY(actions(*created->vault).contains(QLatin1String(AuditAction::RecoverySheetPrint)));
    }

    void unlockDialogShowsTheErrorForAWrongPassphrase()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        UnlockDialog dialog(path, clock);
        dialog.show();
        dialog.resize(560, dialog.sizeHint().height());
        QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
        saveShot(dialog, "unlock-fr.png");

        unlockWith(&dialog, "not the passphrase");
        auto* error = child<QLabel>(&dialog, "error");
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(path), qPrintable(error->text()));
        QCOMPARE(unlocked.count(), 0);
        QVERIFY(!dialog.takeVault());
        QVERIFY(child<QLineEdit>(&dialog, "passphrase")->text().isEmpty());
        QVERIFY(child<QPushButton>(&dialog, "unlock")->isEnabled());
        verifyNothingSqueezed(dialog);
        saveShot(dialog, "unlock-error-fr.png");

        // An empty field is refused without counting as an attempt.
        child<QPushButton>(&dialog, "unlock")->click();
        QVERIFY(error->isVisible());
        QCOMPARE(Vault::retryDelaySecs(path, clock), 0);
    }

    void unlockDialogOpensTheVaultWithThePassphrase()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        UnlockDialog dialog(path, clock);
        dialog.show();
        QSignalSpy unlocked(&dialog, &UnlockDialog::unlocked);
        unlockWith(&dialog, kPassphrase);
        QCOMPARE(unlocked.count(), 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::unique_ptr<Vault> vault = dialog.takeVault();
        QVERIFY(vault);
        QVERIFY(vault->isUnlocked());
        QCOMPARE(vault->slotLabel(), QStringLiteral("Dr Marie Martin"));
    }

    void unlockDialogOpensTheVaultWithTheRecoveryKey()
    {
        FakeClock clock;
        const QString path = freshPath();
        const QString key = makeVault(path, clock);
        UnlockDialog dialog(path, clock);
        dialog.show();
        child<QPushButton>(&dialog, "toggleRecovery")->click();
        QVERIFY(dialog.usingRecoveryKey());
        auto* field = child<QLineEdit>(&dialog, "recoveryKey");
        QVERIFY(field->isVisible());
        QVERIFY(!child<QLineEdit>(&dialog, "passphrase")->isVisible());
        QTest::keyClicks(field, key.toLower());  // typing is forgiving
        child<QPushButton>(&dialog, "unlock")->click();
        const std::unique_ptr<Vault> vault = dialog.takeVault();
        QVERIFY(vault);
        QVERIFY(vault->findSlot(vault->slotId())->kind == SlotKind::Recovery);
    }

    void unlockDialogCountsDownAfterThreeFailures()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        UnlockDialog dialog(path, clock);
        dialog.show();
        auto* button = child<QPushButton>(&dialog, "unlock");
        auto* countdown = child<QLabel>(&dialog, "countdown");
        for (int i = 0; i < 3; ++i) {
            QVERIFY(button->isEnabled());
            unlockWith(&dialog, "wrong");
        }
        QVERIFY(!button->isEnabled());
        QVERIFY(countdown->isVisible());
        QVERIFY2(countdown->text().contains(QLatin1String("5")), qPrintable(countdown->text()));
        verifyNothingSqueezed(dialog);
        saveShot(dialog, "unlock-countdown-fr.png");

        // Even the right passphrase is not tried while the delay runs.
        unlockWith(&dialog, kPassphrase);
        QVERIFY(!dialog.takeVault());

        clock.advanceSecs(3);
        dialog.refreshDelay();
        QVERIFY(!button->isEnabled());
        QVERIFY2(countdown->text().contains(QLatin1String("2")), qPrintable(countdown->text()));

        clock.advanceSecs(2);
        dialog.refreshDelay();
        QVERIFY(button->isEnabled());
        QVERIFY(countdown->isHidden());
        unlockWith(&dialog, kPassphrase);
        const std::unique_ptr<Vault> vault = dialog.takeVault();
        QVERIFY(vault);
        QCOMPARE(vault->failedAttemptsBeforeUnlock().size(), 3);
    }

    void firstStartCreatesTheVaultThenShowsTheKeyThenTheWindow()
    {
        FakeClock clock;
        const QString path = freshPath();
        SessionController session(path, clock, KdfParams::fastForTests());
        session.start();
        QVERIFY(session.createDialog());
        QVERIFY(!session.unlockDialog());
        CreateVaultDialog* create = session.createDialog();
        QTest::keyClicks(child<QLineEdit>(create, "name"), QStringLiteral("Dr Marie Martin"));
        QTest::keyClicks(child<QLineEdit>(create, "passphrase"), QString::fromLatin1(kPassphrase));
        QTest::keyClicks(child<QLineEdit>(create, "confirmation"), QString::fromLatin1(kPassphrase));
        child<QPushButton>(create, "create")->click();

        QVERIFY(Vault::exists(path));
        QVERIFY(session.vault());
        QVERIFY(session.recoveryDialog());
        QVERIFY(!session.mainWindow());
        // The key on screen is being copied: no auto-lock meanwhile.
        clock.advanceSecs(3600);
        session.checkIdle();
        QVERIFY(!session.isLocked());

        RecoveryKeyDialog* recovery = session.recoveryDialog();
        child<QCheckBox>(recovery, "confirmed")->click();
        child<QPushButton>(recovery, "continue")->click();
        QVERIFY(session.mainWindow());
        QVERIFY(session.mainWindow()->isVisible());
        QCOMPARE(session.vault()->slotLabel(), QStringLiteral("Dr Marie Martin"));
        QVERIFY(actions(*session.vault()).contains(QLatin1String(AuditAction::VaultCreate)));
    }

    void cancellingTheFirstDialogQuits()
    {
        FakeClock clock;
        SessionController session(freshPath(), clock, KdfParams::fastForTests());
        QSignalSpy quit(&session, &SessionController::quitRequested);
        session.start();
        session.createDialog()->reject();
        QCOMPARE(quit.count(), 1);
    }

    void idleSessionLocksItselfAndActivityPostponesIt()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        SessionController session(path, clock, KdfParams::fastForTests());
        session.start();
        QVERIFY(session.unlockDialog());
        unlockWith(session.unlockDialog(), kPassphrase);
        QVERIFY(!session.isLocked());
        MainWindow* window = session.mainWindow();
        QVERIFY(window->isVisible());
        QCOMPARE(session.idleTimer().delaySecs(), qint64(MainWindow::kDefaultAutoLockSecs));

        clock.advanceSecs(200);
        session.checkIdle();
        QVERIFY(!session.isLocked());
        QVERIFY(child<QLabel>(window, "statusAutoLock")->text().contains(QLatin1String("1:40")));
        QTest::keyClick(window, Qt::Key_Shift);  // activity restarts the delay
        clock.advanceSecs(200);
        session.checkIdle();
        QVERIFY(!session.isLocked());

        clock.advanceSecs(101);
        session.checkIdle();
        QVERIFY(session.isLocked());
        QVERIFY(!session.vault());
        QVERIFY(!window->isVisible());
        QVERIFY(session.unlockDialog());
        QVERIFY(session.unlockDialog()->isVisible());
        QVERIFY(child<QLabel>(session.unlockDialog(), "notice")->isVisible());

        unlockWith(session.unlockDialog(), kPassphrase);
        QVERIFY(!session.isLocked());
        QVERIFY(window->isVisible());
        QVERIFY(actions(*session.vault()).contains(QLatin1String(AuditAction::AutoLock)));
    }

    void autoLockDelayIsASavedSetting()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        SessionController session(path, clock, KdfParams::fastForTests());
        session.start();
        unlockWith(session.unlockDialog(), kPassphrase);
        session.mainWindow()->setAutoLockSeconds(600);
        QCOMPARE(QSettings().value(QLatin1String(MainWindow::kAutoLockKey)).toInt(), 600);
        QCOMPARE(MainWindow::autoLockSecondsSetting(), 600);
        clock.advanceSecs(400);
        session.checkIdle();
        QVERIFY(!session.isLocked());
        clock.advanceSecs(200);
        session.checkIdle();
        QVERIFY(session.isLocked());
    }

    void lockButtonLocksAndTheLockIsAudited()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        SessionController session(path, clock, KdfParams::fastForTests());
        session.start();
        unlockWith(session.unlockDialog(), kPassphrase);
        QVERIFY(!session.isLocked());
        MainWindow* window = session.mainWindow();
        QVERIFY(child<QLabel>(window, "statusSlot")->text().contains(QLatin1String("Dr Marie Martin")));
        QCOMPARE(child<QLabel>(window, "statusVault")->toolTip(), path);

        child<QPushButton>(window, "lockButton")->click();
        QVERIFY(session.isLocked());
        QVERIFY(!window->isVisible());
        QVERIFY(child<QLabel>(window, "statusSlot")->text().isEmpty());

        auto reopened = Vault::open(path, relais::test::secret(kPassphrase), SlotKind::Passphrase, clock);
        QVERIFY(reopened);
        const QStringList trail = actions(**reopened);
        QVERIFY2(trail.contains(QLatin1String(AuditAction::Lock)), qPrintable(trail.join(QLatin1Char(' '))));
        QVERIFY((*reopened)->audit().verify().ok);
    }

    void failedAttemptsAreShownAfterTheNextUnlock()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        for (int i = 0; i < 2; ++i)
            QVERIFY(!Vault::open(path, relais::test::secret("guess"), SlotKind::Passphrase, clock));
        SessionController session(path, clock, KdfParams::fastForTests());
        session.start();
        unlockWith(session.unlockDialog(), kPassphrase);
        QVERIFY(!session.isLocked());
        MessageBar* bar = session.mainWindow()->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QLatin1String("2")), qPrintable(bar->text()));

        // The next unlock has nothing to report.
        session.lock();
        unlockWith(session.unlockDialog(), kPassphrase);
        QVERIFY(!session.mainWindow()->messageBar()->isVisible());
    }

    void closingTheWindowLocksAndQuits()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        SessionController session(path, clock, KdfParams::fastForTests());
        QSignalSpy quit(&session, &SessionController::quitRequested);
        session.start();
        unlockWith(session.unlockDialog(), kPassphrase);
        QVERIFY(session.mainWindow()->close());
        QVERIFY(session.isLocked());
        QCOMPARE(quit.count(), 1);
        QVERIFY(!session.unlockDialog());
    }

    void auditRollbackIsShownAfterUnlock()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        const QString old = path + QStringLiteral(".old");
        QVERIFY(QFile::copy(path, old));
        {
            auto v = Vault::open(path, relais::test::secret(kPassphrase), SlotKind::Passphrase, clock);
            QVERIFY(v);
            QVERIFY((*v)->audit().append(QStringLiteral("test.event")));
        }
        for (const QLatin1String suffix : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm")})
            QFile::remove(path + suffix);
        QVERIFY(QFile::copy(old, path));  // the vault put back from the older copy

        SessionController session(path, clock, KdfParams::fastForTests());
        session.start();
        unlockWith(session.unlockDialog(), kPassphrase);
        QVERIFY(!session.isLocked());
        MessageBar* bar = session.mainWindow()->messageBar();
        QVERIFY(bar->isVisible());
        QVERIFY2(bar->text().contains(QStringLiteral("copie plus ancienne")), qPrintable(bar->text()));
        saveShot(*session.mainWindow(), "audit-rollback-fr.png");
        QVERIFY(actions(*session.vault()).contains(QLatin1String(AuditAction::Rollback)));
    }

    void secretFieldIsZeroedInItsOwnBuffer()
    {
        QLineEdit edit;
        edit.setEchoMode(QLineEdit::Password);
        QTest::keyClicks(&edit, QStringLiteral("phrase secrete"));
        const QString shared = edit.text();  // shares the widget's buffer, as any stray copy would
        const SecureBytes taken = takeSecret(edit);
        QVERIFY(taken.view() == QByteArrayView(QStringLiteral("phrase secrete").toUtf8()));
        QVERIFY(edit.text().isEmpty());
        QVERIFY(!edit.isUndoAvailable());
        QCOMPARE(shared.size(), 14);
        QVERIFY2(std::all_of(shared.cbegin(), shared.cend(), [](QChar c) { return c.isNull(); }), qPrintable(shared));

        // A dialog closed without using its field (Cancel, Escape) leaves it wiped too.
        const QString path = freshPath();
        FakeClock clock;
        makeVault(path, clock);
        UnlockDialog dialog(path, clock);
        dialog.show();
        auto* field = child<QLineEdit>(&dialog, "passphrase");
        QTest::keyClicks(field, QStringLiteral("commencee puis abandonnee"));
        const QString typed = field->text();
        dialog.reject();
        QVERIFY(field->text().isEmpty());
        QVERIFY(std::all_of(typed.cbegin(), typed.cend(), [](QChar c) { return c.isNull(); }));
    }

    void printingToAPdfFileIsConfirmedAndAudited()
    {
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(m_dir.filePath(QStringLiteral("ordonnance.pdf")));
        QVERIFY(PlainFilePrint::writesFile(printer));
        QPrinter named(QPrinter::HighResolution);
        named.setPrinterName(QStringLiteral("Cups-PDF"));
        QVERIFY(PlainFilePrint::writesFile(named));

        QString asked;
        const auto answer = [&](const char* button) {
            QTimer::singleShot(0, this, [&asked, button] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                QVERIFY(box);
                QCOMPARE(box->objectName(), QStringLiteral("plainPdfWarning"));
                asked = box->text() + u' ' + box->informativeText();
                box->findChild<QPushButton*>(QLatin1String(button))->click();
            });
        };
        answer("back");
        QVERIFY(!PlainFilePrint::confirm(nullptr, printer));
        QVERIFY2(asked.contains(QStringLiteral("non chiffré")) && asked.contains(QStringLiteral("ordonnance.pdf")),
                 qPrintable(asked));
        answer("writeFile");
        QVERIFY(PlainFilePrint::confirm(nullptr, printer));

        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        auto v = Vault::open(path, relais::test::secret(kPassphrase), SlotKind::Passphrase, clock);
        QVERIFY(v);
        PlainFilePrint::audit(**v, printer, QStringLiteral("prescription"), 42);
        const auto entries = *(*v)->audit().entries();
        QCOMPARE(entries.last().action, QStringLiteral("print.pdf_file"));
        QCOMPARE(entries.last().objectType, QStringLiteral("prescription"));
        QCOMPARE(entries.last().objectId, QStringLiteral("42"));
        QVERIFY(!entries.last().detail.contains(QStringLiteral("ordonnance")));
    }

    void mainWindowScreenshot()
    {
        FakeClock clock;
        const QString path = freshPath();
        makeVault(path, clock);
        QVERIFY(!Vault::open(path, relais::test::secret("guess"), SlotKind::Passphrase, clock));
        clock.advanceSecs(3600);
        SessionController session(path, clock, KdfParams::fastForTests());
        session.start();
        unlockWith(session.unlockDialog(), kPassphrase);
        MainWindow* window = session.mainWindow();
        QVERIFY(window);
        QCOMPARE(window->windowTitle(), QStringLiteral("Relais"));
        window->resize(1000, 650);
        saveShot(*window, "main-window-fr.png");
    }
};

QTEST_MAIN(TstVaultGui)
#include "tst_vault_gui.moc"
