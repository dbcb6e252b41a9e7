// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SessionController.h"

#include "interop/ImportWizard.h"
#include "interop/InboxMergeDialog.h"
#include "records/PatientWorkspace.h"
#include "session/AuditTrailDialog.h"
#include "session/BackupRunner.h"
#include "session/BackupSettingsDialog.h"
#include "session/CreateVaultDialog.h"
#include "session/DrillDialog.h"
#include "session/MainWindow.h"
#include "session/ReadinessDialog.h"
#include "session/RecoveryKeyDialog.h"
#include "session/SetupAssistant.h"
#include "session/UnlockDialog.h"
#include "session/VaultAccessDialog.h"
#include "sync/ConflictDialog.h"
#include "sync/SyncPanel.h"
#include "widgets/BusyGuard.h"
#include "backup/Backup.h"
#include "common/Logging.h"
#include "interop/Inbox.h"
#include "prescribing/PractitionerStore.h"
#include "readiness/NightlyTask.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QApplication>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QSettings>
#include <QMessageBox>
#include <QTimer>

#include <algorithm>

namespace relais::ui {

SessionController::SessionController(QString vaultPath, const Clock& clock, KdfParams creationParams, QObject* parent)
    : QObject(parent), m_path(std::move(vaultPath)), m_clock(clock), m_kdf(creationParams), m_idle(clock)
{
    m_idleTick = new QTimer(this);
    m_idleTick->setInterval(1000);
    connect(m_idleTick, &QTimer::timeout, this, &SessionController::checkIdle);
    qApp->installEventFilter(this);
}

SessionController::~SessionController()
{
    qApp->removeEventFilter(this);
    if (m_merge)
        m_merge->cancelAndWait();  // the merge uses the vault about to close
    if (m_main)
        m_main->workspace()->detach();
    m_search.reset();
    m_patients.reset();
    if (m_vault) {
        (void)m_vault->audit().append(QString::fromLatin1(AuditAction::Lock));
        m_vault->lock();
    }
    delete m_create.data();
    delete m_recovery.data();
    delete m_unlock.data();
}

CreateVaultDialog* SessionController::createDialog() const { return m_create; }
RecoveryKeyDialog* SessionController::recoveryDialog() const { return m_recovery; }
UnlockDialog* SessionController::unlockDialog() const { return m_unlock; }
InboxMergeDialog* SessionController::mergeDialog() const { return m_merge; }
ImportWizard* SessionController::importWizard() const { return m_import; }
SyncPanel* SessionController::syncPanel() const { return m_syncPanel; }
ReadinessDialog* SessionController::readinessDialog() const { return m_readiness; }
VaultAccessDialog* SessionController::vaultAccessDialog() const { return m_vaultAccess; }
AuditTrailDialog* SessionController::auditTrailDialog() const { return m_auditTrail; }
DrillDialog* SessionController::drillDialog() const { return m_drill; }
SetupAssistant* SessionController::setupAssistant() const { return m_setup; }
BackupSettingsDialog* SessionController::backupSettings() const { return m_backupSettings; }

void SessionController::start()
{
    if (Vault::exists(m_path))
        showUnlock();
    else
        showCreate();
}

void SessionController::showCreate()
{
    m_create = new CreateVaultDialog(m_path);
    connect(m_create, &CreateVaultDialog::accepted, this, &SessionController::onCreateAccepted);
    connect(m_create, &CreateVaultDialog::rejected, this, &SessionController::quitRequested);
    m_create->show();
}

void SessionController::onCreateAccepted()
{
    const QString label = m_create->label();
    const SecureBytes passphrase = m_create->takePassphrase();
    Result<Vault::Created> created = [&] {
        const BusyGuard busy;
        return Vault::create(m_path, label, passphrase, m_kdf.isValid() ? m_kdf : KdfParams::calibrate(), m_clock);
    }();
    if (!created) {
        m_create->showError(created.error().message);
        m_create->show();
        return;
    }
    m_create->deleteLater();
    m_create = nullptr;
    m_vault = std::move(created->vault);
    // The first start: the setup assistant opens once the session is there.
    if (auto r = FirstStart::setPending(*m_vault, true); !r)
        qCWarning(lcUi) << "setup assistant state not recorded";
    showRecoveryKey(created->recoveryKey);
}

void SessionController::showRecoveryKey(const SecureBytes& recoveryKey)
{
    m_recovery = new RecoveryKeyDialog(recoveryKey, *m_vault);
    connect(m_recovery, &RecoveryKeyDialog::accepted, this, [this] {
        m_recovery->deleteLater();
        m_recovery = nullptr;
        openSession();
    });
    m_recovery->show();
}

void SessionController::showUnlock(const QString& notice)
{
    m_unlock = new UnlockDialog(m_path, m_clock);
    m_unlock->setNotice(notice);
    connect(m_unlock, &UnlockDialog::unlocked, this, &SessionController::onUnlocked);
    connect(m_unlock, &UnlockDialog::rejected, this, &SessionController::quitRequested);
    m_unlock->show();
    m_unlock->raise();
    m_unlock->activateWindow();
}

void SessionController::onUnlocked()
{
    m_vault = m_unlock->takeVault();
    m_unlock->deleteLater();
    m_unlock = nullptr;
    openSession();
}

void SessionController::openSession()
{
    if (!m_vault)
        return;
    if (!m_main) {
        m_main = std::make_unique<MainWindow>();
        connect(m_main.get(), &MainWindow::lockRequested, this, &SessionController::lock);
        connect(m_main.get(), &MainWindow::importRequested, this, &SessionController::openImportWizard);
        connect(m_main.get(), &MainWindow::syncRequested, this, &SessionController::openSyncPanel);
        connect(m_main.get(), &MainWindow::readinessRequested, this, &SessionController::openReadiness);
        connect(m_main.get(), &MainWindow::vaultAccessRequested, this, &SessionController::openVaultAccess);
        connect(m_main.get(), &MainWindow::auditTrailRequested, this, &SessionController::openAuditTrail);
        connect(m_main.get(), &MainWindow::drillRequested, this, &SessionController::openDrill);
        connect(m_main.get(), &MainWindow::backupSettingsRequested, this, &SessionController::openBackupSettings);
        connect(m_main->workspace(), &PatientWorkspace::recordsChanged, this, &SessionController::refreshSyncStatus);
        connect(m_main.get(), &MainWindow::closeRequested, this, [this] {
            lockFor(LockReason::Closing);
            emit quitRequested();
        });
        connect(m_main.get(), &MainWindow::autoLockDelayChanged, this, [this](int secs) {
            m_idle.setDelaySecs(secs);
            m_idle.activity();
            m_main->setAutoLockRemaining(m_idle.remainingSecs());
        });
    }
    m_idle.setDelaySecs(MainWindow::autoLockSecondsSetting());
    m_idle.activity();
    m_main->showSession(m_vault->path(), m_vault->slotLabel());
    showWhoUnlocked();
    m_main->showFailedAttempts(m_vault->failedAttemptsBeforeUnlock());
    if (!m_vault->auditRollbackWarning().isEmpty())
        showMessage(tr("Audit trail: %1 If you did not put back a backup of the vault yourself, tell whoever looks "
                       "after the practice's computers.")
                        .arg(m_vault->auditRollbackWarning()));
    m_main->setAutoLockRemaining(m_idle.remainingSecs());
    m_main->show();
    m_main->raise();
    m_main->activateWindow();
    // The merge holds the vault's connection on its thread: the screens that read the vault are
    // attached once it is done, and the idle timer starts then (a long merge is no idleness).
    if (!mergeInbox())
        attachSession();
}

void SessionController::attachSession()
{
    if (!m_vault || !m_main)
        return;
    m_patients = std::make_unique<PatientStore>(*m_vault);
    m_search = std::make_unique<PatientSearch>(*m_vault);
    // Its ranking table is built on a worker thread with its own connection (seconds at a
    // million patients); the search answers meanwhile. Closed before the vault locks.
    m_search->setBackgroundReader([vault = m_vault.get()] { return vault->openReader(); });
    m_main->attachSession(*m_vault, *m_patients, *m_search, m_clock);
    refreshSyncStatus();
    refreshReadiness();
    m_idle.activity();
    m_main->setAutoLockRemaining(m_idle.remainingSecs());
    if (!m_merge || !m_merge->isVisible())
        m_main->workspace()->focusSearch();  // the GP types the name at once
    m_idleTick->start();
    if (FirstStart::pending(*m_vault))
        openSetupAssistant();
}

bool SessionController::mergeInbox()
{
    const QString dir = Inbox::defaultDir(m_vault->path());
    // The nightly task seals to the public key published here.
    if (auto published = Inbox::publish(*m_vault, dir); !published) {
        showMessage(tr("The inbox for the nightly export could not be prepared: %1").arg(published.error().message));
        return false;
    }
    if (Inbox::pending(dir).isEmpty())
        return false;
    delete m_merge.data();
    m_merge = new InboxMergeDialog(*m_vault, dir, m_main.get());
    m_merge->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_merge, &InboxMergeDialog::finished, this, &SessionController::onMergeFinished);
    // A question left on screen is idleness: the vault locks as usual (the export stays for later).
    connect(m_merge, &InboxMergeDialog::waiting, this, [this](bool forAnswer) {
        if (!forAnswer) {
            m_idleTick->stop();
            return;
        }
        m_idle.activity();
        m_idleTick->start();
    });
    m_merge->start();
    return true;
}

void SessionController::onMergeFinished()
{
    if (!m_merge || !m_vault)
        return;
    const Inbox::Merged merged = m_merge->merged();
    attachSession();
    // Said once: a file set aside is not tried again, so this message does not come back.
    if (!merged.quarantineReasons.isEmpty())
        showMessage(tr("%n export(s) of the practice software could not be merged and were set aside in the inbox; they "
                       "will not be tried again. Your patients are all there as before. Tell whoever runs the nightly export:",
                       nullptr, int(merged.quarantineReasons.size()))
                    + QLatin1Char('\n') + merged.quarantineReasons.join(QLatin1Char('\n')));
    if (!merged.errors.isEmpty())
        showMessage(tr("%n export(s) of the practice software could not be merged; kept in the inbox for the next "
                       "unlock:",
                       nullptr, int(merged.errors.size()))
                    + QLatin1Char('\n') + merged.errors.join(QLatin1Char('\n')));
}

void SessionController::openImportWizard()
{
    if (!m_vault || !m_main)
        return;
    if (m_import) {
        m_import->raise();
        return;
    }
    m_import = new ImportWizard(*m_vault, m_main.get());
    m_import->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_import, &ImportWizard::busyChanged, this, [this](bool busy) {
        // The import holds the vault: no auto-lock under it; the time it took is not idleness.
        if (busy) {
            m_idleTick->stop();
            return;
        }
        m_idle.activity();
        if (m_vault)
            m_idleTick->start();
    });
    connect(m_import, &ImportWizard::imported, this, &SessionController::refreshAfterImport);
    m_import->open();
}

void SessionController::openSyncPanel()
{
    if (!m_vault || !m_main)
        return;
    if (m_syncPanel) {
        m_syncPanel->raise();
        m_syncPanel->activateWindow();
        return;
    }
    m_syncPanel = new SyncPanel(*m_vault, m_clock, m_kdf, m_main.get());
    m_syncPanel->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_syncPanel, &SyncPanel::outboxChanged, this, &SessionController::refreshSyncStatus);
    connect(m_syncPanel, &SyncPanel::outboxChanged, this, &SessionController::refreshReadiness);
    connect(m_syncPanel, &SyncPanel::busyChanged, this, [this](bool busy) {
        // Sending or exporting holds the vault: no auto-lock under it; the time it took is not idleness.
        if (busy) {
            m_idleTick->stop();
            return;
        }
        m_idle.activity();
        if (m_vault)
            m_idleTick->start();
    });
    // The two versions side by side when Relais kept them (a refused If-Match update); otherwise
    // (a conflict on another record) the server's words.
    connect(m_syncPanel, &SyncPanel::compareRequested, this, [this](qint64 id) {
        if (!m_syncPanel || !m_vault)
            return;
        auto* dialog = new ConflictDialog(*m_vault, id, m_syncPanel);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        if (dialog->loaded()) {
            connect(dialog, &ConflictDialog::resolved, m_syncPanel, [this] {
                if (m_syncPanel)
                    m_syncPanel->reload();
                refreshSyncStatus();
            });
            dialog->open();
            return;
        }
        delete dialog;
        const auto e = m_syncPanel->entry(id);
        auto* box = new QMessageBox(QMessageBox::Information, tr("Conflict"),
                                    tr("The practice software changed this record after the export Relais started from."),
                                    QMessageBox::Ok, m_syncPanel);
        box->setObjectName(QStringLiteral("conflictMessage"));
        box->setInformativeText(e ? e->lastError : QString());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    m_syncPanel->open();
}

void SessionController::refreshSyncStatus()
{
    if (m_vault && m_main)
        m_main->refreshSyncStatus(*m_vault);
}

void SessionController::openReadiness()
{
    if (!m_vault || !m_main)
        return;
    if (m_readiness) {
        m_readiness->reload();
        m_readiness->raise();
        m_readiness->activateWindow();
        return;
    }
    m_readiness = new ReadinessDialog(*m_vault, m_main.get());
    m_readiness->setAttribute(Qt::WA_DeleteOnClose);
    m_main->setReadinessColour(Readiness::worst(m_readiness->items()));
    connect(m_readiness, &ReadinessDialog::checked, m_main.get(), &MainWindow::setReadinessColour);
    connect(m_readiness, &ReadinessDialog::actionRequested, this, [this](ReadinessItem::Action action) {
        handleAction(action);
        if (m_readiness)
            m_readiness->reload();
    });
    connect(m_readiness, &ReadinessDialog::backupSettingsRequested, this, &SessionController::openBackupSettings);
    connect(m_readiness, &ReadinessDialog::setupRequested, this, &SessionController::openSetupAssistant);
    m_readiness->show();  // not modal: the screens its buttons open stay usable beside it
}

void SessionController::openDrill()
{
    if (!m_vault || !m_main)
        return;
    if (m_drill && m_drill->isVisible()) {
        m_drill->raise();
        m_drill->activateWindow();
        return;
    }
    delete m_drill.data();  // closed, waiting for its deferred deletion
    // Beside the readiness screen, not inside it: closing that one must not end the drill.
    m_drill = new DrillDialog(*m_vault, Backup::folder(*m_vault), m_main.get());
    m_drill->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_drill, &DrillDialog::reportKept, this, [this] {
        m_idle.activity();
        refreshReadiness();
    });
    m_drill->show();
}

void SessionController::refreshReadiness()
{
    if (!m_vault || !m_main)
        return;
    if (m_readiness) {
        m_readiness->reload();  // the status bar follows its reading
        return;
    }
    BusyGuard busy;
    m_main->setReadinessColour(Readiness::worst(Readiness(*m_vault).items()));
}

void SessionController::handleAction(ReadinessItem::Action action)
{
    if (!m_vault || !m_main)
        return;
    switch (action) {
    case ReadinessItem::Action::Import:
        openImportWizard();
        break;
    case ReadinessItem::Action::Backup:
        if (Backup::folder(*m_vault).isEmpty())
            openBackupSettings();
        else
            backupNow();
        break;
    case ReadinessItem::Action::Practitioners:
        m_main->workspace()->editPractitioners();
        break;
    case ReadinessItem::Action::Sync:
        openSyncPanel();
        break;
    case ReadinessItem::Action::PrintTestPage: {
        m_main->workspace()->calibratePrinters([this] {
            refreshReadiness();
            if (m_setup)
                m_setup->reload();
        });
        break;
    }
    case ReadinessItem::Action::DrugReference:
        m_main->openDrugReference();
        break;
    case ReadinessItem::Action::Drill:
        openDrill();
        break;
    case ReadinessItem::Action::PrintRecoverySheet:  // a new recovery key, shown once with its sheet
        openVaultAccess();
        break;
    case ReadinessItem::Action::None:
        break;
    }
}

void SessionController::openSetupAssistant()
{
    if (!m_vault || !m_main)
        return;
    if (m_setup) {
        m_setup->reload();
        m_setup->show();
        m_setup->raise();
        m_setup->activateWindow();
        return;
    }
    m_setup = new SetupAssistant(*m_vault, m_main.get());
    m_setup->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_setup, &SetupAssistant::actionRequested, this, &SessionController::handleAction);
    connect(m_setup, &SetupAssistant::backupSettingsRequested, this, &SessionController::openBackupSettings);
    connect(m_setup, &QDialog::finished, this, &SessionController::refreshReadiness);
    m_setup->show();  // not modal: the screens its steps open stay usable beside it
}

void SessionController::openBackupSettings()
{
    if (!m_vault || !m_main)
        return;
    if (m_backupSettings) {
        m_backupSettings->raise();
        m_backupSettings->activateWindow();
        return;
    }
    QWidget* parent = m_setup ? static_cast<QWidget*>(m_setup.data())
                              : m_readiness ? static_cast<QWidget*>(m_readiness.data()) : m_main.get();
    m_backupSettings = new BackupSettingsDialog(*m_vault, m_clock, parent);
    m_backupSettings->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_backupSettings, &BackupSettingsDialog::backupRequested, this, &SessionController::backupNow);
    connect(m_backupSettings, &BackupSettingsDialog::saved, this, [this] {
        refreshReadiness();
        if (m_setup)
            m_setup->reload();
    });
    m_backupSettings->open();
}

void SessionController::backupNow()
{
    if (!m_vault || !m_main)
        return;
    QWidget* parent = m_backupSettings ? static_cast<QWidget*>(m_backupSettings.data())
                      : m_readiness     ? static_cast<QWidget*>(m_readiness.data())
                                        : m_main.get();
    QString folder = Backup::folder(*m_vault);
    if (folder.isEmpty()) {
        // Before the folder was kept in the vault, this computer remembered it.
        static constexpr auto kOldFolderKey = "backup/folder";
        folder = QFileDialog::getExistingDirectory(parent, tr("Folder for the backups (USB disk, network share)"),
                                                   QSettings().value(QLatin1String(kOldFolderKey)).toString());
        if (folder.isEmpty() || !m_vault)
            return;
        if (auto r = Backup::setFolder(*m_vault, folder); !r) {
            QMessageBox::warning(parent, tr("Backup"), r.error().message);
            return;
        }
    }
    auto rotation = BackupRotation::load(*m_vault);
    m_idleTick->stop();  // the copy is not idleness
    // The copy uses the vault's connection on a worker thread: meanwhile no timer of the open
    // session (draft autosave, search debounce) may use it on this one; their ticks wait.
    struct QuietWorkspace : QObject
    {
        QWidget* workspace = nullptr;
        bool eventFilter(QObject* watched, QEvent* event) override
        {
            if (event->type() == QEvent::Timer && workspace)
                for (QObject* o = watched; o; o = o->parent())
                    if (o == workspace)
                        return true;
            return false;
        }
    } quiet;
    quiet.workspace = m_main->workspace();
    qApp->installEventFilter(&quiet);
    bool cancelled = false;
    Result<Backup::Created> made = BackupRunner::run(*m_vault, folder, rotation ? *rotation : BackupRotation{}, parent,
                                                     tr("Writing and verifying a backup into %1…")
                                                         .arg(QDir::toNativeSeparators(folder)),
                                                     {}, &cancelled);
    qApp->removeEventFilter(&quiet);
    m_idle.activity();
    if (m_vault)
        m_idleTick->start();
    if (m_backupSettings)
        m_backupSettings->reload();
    refreshReadiness();
    if (cancelled)
        return;
    // Not blocking: the practice reads it and goes on.
    auto* box = new QMessageBox(made ? QMessageBox::Information : QMessageBox::Warning, tr("Backup"),
                                made ? tr("Backup written and verified: %1").arg(QDir::toNativeSeparators(made->path))
                                     : made.error().message,
                                QMessageBox::Ok, parent);
    box->setObjectName(QStringLiteral("backupResult"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString SessionController::automaticBackup(LockReason reason)
{
    if (!m_vault || !Backup::automaticDue(*m_vault, m_clock))
        return {};
    const QString folder = Backup::folder(*m_vault);
    auto rotation = BackupRotation::load(*m_vault);
    qCInfo(lcUi) << "automatic backup at" << (reason == LockReason::Closing ? "quit" : "lock");
    bool skipped = false;
    Result<Backup::Created> made =
        BackupRunner::run(*m_vault, folder, rotation ? *rotation : BackupRotation{}, m_main.get(),
                          tr("The last backup is more than a day old: writing and verifying one into %1…")
                              .arg(QDir::toNativeSeparators(folder)),
                          reason == LockReason::Closing ? tr("Quit without backup") : tr("Lock without backup"), &skipped);
    if (made)
        return {};
    if (skipped) {
        (void)m_vault->audit().append(QStringLiteral("vault.backup_skipped"), QStringLiteral("backup"));
        return {};
    }
    (void)m_vault->audit().append(QStringLiteral("vault.backup_failed"), QStringLiteral("backup"), QString(),
                                  QStringLiteral("automatic kind=%1").arg(int(made.error().kind)));
    qCWarning(lcUi) << "automatic backup failed";
    return tr("The automatic backup failed: %1").arg(made.error().message);
}

void SessionController::refreshAfterImport()
{
    if (!m_vault || !m_main)
        return;
    m_main->refreshAfterImport(*m_vault, m_clock);
    refreshReadiness();
}

void SessionController::showMessage(const QString& text)
{
    m_main->addWarning(text);  // keeps what is already there (e.g. failed unlock attempts)
}

void SessionController::lock() { lockFor(LockReason::User); }

void SessionController::checkIdle()
{
    if (!m_vault)
        return;
    // The recovery key on screen is being copied by hand: that is activity too.
    if (m_recovery) {
        m_idle.activity();
        return;
    }
    if (m_idle.expired()) {
        lockFor(LockReason::Idle);
        return;
    }
    if (m_main)
        m_main->setAutoLockRemaining(m_idle.remainingSecs());
}

void SessionController::lockFor(LockReason reason)
{
    if (!m_vault || m_locking)
        return;
    m_locking = true;
    m_idleTick->stop();
    if (m_merge)
        m_merge->cancelAndWait();  // it holds the vault: what it was merging stays in the inbox
    // Nothing about a patient may stay on screen or in memory once locked.
    if (m_main)
        m_main->workspace()->detach();
    m_search.reset();
    m_patients.reset();
    delete m_syncPanel.data();  // it holds the vault
    delete m_readiness.data();  // so does it
    delete m_vaultAccess.data();
    delete m_auditTrail.data();
    delete m_drill.data();      // and the drill (its training vault goes with it)
    delete m_setup.data();
    delete m_backupSettings.data();
    // Nothing reads the vault any more on this thread: the backup may use it on its own.
    const QString backupProblem = automaticBackup(reason);
    const auto action = reason == LockReason::Idle ? AuditAction::AutoLock : AuditAction::Lock;
    QString auditError;
    if (auto r = m_vault->audit().append(QString::fromLatin1(action)); !r) {
        auditError = r.error().message;
        qCWarning(lcUi) << "lock not audited";
    }
    m_vault->lock();
    m_vault.reset();
    m_locking = false;
    qCInfo(lcUi) << "session locked";

    if (m_main) {
        // Dialogs opened from the window (e.g. the auto-lock delay) must not outlive the session.
        if (QWidget* popup = QApplication::activePopupWidget())
            popup->close();
        for (QDialog* d : m_main->findChildren<QDialog*>())
            if (d->isVisible())
                d->reject();
        m_main->clearSession();
        m_main->hide();
    }
    if (reason == LockReason::Closing) {
        if (!backupProblem.isEmpty()) {
            // Said, not silent; closes by itself so that quitting is never held for good.
            QMessageBox box(QMessageBox::Warning, tr("Backup"), backupProblem, QMessageBox::Ok);
            box.setObjectName(QStringLiteral("automaticBackupFailed"));
            QTimer::singleShot(60000, &box, &QMessageBox::accept);
            box.exec();
        }
        return;
    }

    QStringList notice;
    if (!backupProblem.isEmpty())
        notice << backupProblem;
    if (reason == LockReason::Idle) {
        const int minutes = int(std::max<qint64>(1, m_idle.delaySecs() / 60));
        notice << tr("Relais locked itself after %n minute(s) without activity.", nullptr, minutes);
    }
    if (!auditError.isEmpty())
        notice << tr("The lock could not be recorded in the audit log: %1").arg(auditError);
    showUnlock(notice.join(QLatin1Char('\n')));
}

bool SessionController::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        if (m_vault)
            m_idle.activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionController::showWhoUnlocked()
{
    if (!m_vault || !m_main)
        return;
    QString who = m_vault->slotLabel();
    if (auto mine = PractitionerStore(*m_vault).forSlot(m_vault->slotId()); mine && *mine
        && (*mine)->displayName() != who)
        who = tr("%1 (%2)").arg(who, (*mine)->displayName());
    m_main->showSession(m_vault->path(), who);
}

void SessionController::openVaultAccess()
{
    if (!m_vault || !m_main)
        return;
    if (m_vaultAccess) {
        m_vaultAccess->raise();
        m_vaultAccess->activateWindow();
        return;
    }
    m_vaultAccess = new VaultAccessDialog(*m_vault, m_kdf, m_main.get());
    m_vaultAccess->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_vaultAccess, &VaultAccessDialog::changed, this, [this] {
        showWhoUnlocked();
        refreshReadiness();
    });
    m_vaultAccess->show();
}

void SessionController::openAuditTrail()
{
    if (!m_vault || !m_main)
        return;
    if (m_auditTrail) {
        m_auditTrail->raise();
        m_auditTrail->activateWindow();
        return;
    }
    m_auditTrail = new AuditTrailDialog(*m_vault, m_main.get());
    m_auditTrail->setAttribute(Qt::WA_DeleteOnClose);
    m_auditTrail->show();
}

} // namespace relais::ui
