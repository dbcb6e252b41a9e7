// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readiness/Readiness.h"
#include "vault/IdleTimer.h"
#include "vault/Kdf.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QTimer;

namespace relais {
class Clock;
class PatientSearch;
class PatientStore;
class SecureBytes;
class Vault;
}

namespace relais::ui {

class CreateVaultDialog;
class DrillDialog;
class ImportWizard;
class InboxMergeDialog;
class MainWindow;
class RecoveryKeyDialog;
class ReadinessDialog;
class BackupSettingsDialog;
class SetupAssistant;
class SyncPanel;
class UnlockDialog;
class AuditTrailDialog;
class VaultAccessDialog;

// The life of a session: create or unlock, work, lock (by hand, on close, or after idling),
// unlock again. Owns the open vault; locking destroys it, which wipes the key.
class SessionController : public QObject
{
    Q_OBJECT

public:
    SessionController(QString vaultPath, const Clock& clock, KdfParams creationParams, QObject* parent = nullptr);
    ~SessionController() override;

    void start();

    Vault* vault() const { return m_vault.get(); }
    PatientStore* patientStore() const { return m_patients.get(); }
    MainWindow* mainWindow() const { return m_main.get(); }
    bool isLocked() const { return !m_vault; }
    const IdleTimer& idleTimer() const { return m_idle; }
    // The dialog currently shown, if any (for tests and for focus).
    CreateVaultDialog* createDialog() const;
    RecoveryKeyDialog* recoveryDialog() const;
    UnlockDialog* unlockDialog() const;
    // The merge of the sealed inbox shown after unlocking, and the import wizard, while open.
    InboxMergeDialog* mergeDialog() const;
    ImportWizard* importWizard() const;
    // The Synchronisation panel, while open.
    SyncPanel* syncPanel() const;
    // The readiness screen, while open.
    ReadinessDialog* readinessDialog() const;
    // Settings → Vault access and Settings → Audit trail, while open.
    VaultAccessDialog* vaultAccessDialog() const;
    AuditTrailDialog* auditTrailDialog() const;
    DrillDialog* drillDialog() const;
    // The setup assistant and the backup settings, while open.
    SetupAssistant* setupAssistant() const;
    BackupSettingsDialog* backupSettings() const;

public slots:
    void openSyncPanel();
    // Counts what is owed to the EHR again, in the status bar.
    void refreshSyncStatus();
    // Fichier → État de préparation, and the worst colour in the status bar.
    void openReadiness();
    void openDrill();
    void refreshReadiness();
    void openVaultAccess();
    void openAuditTrail();
    // Writes and verifies a backup into the practice's backup folder (asked for if none is chosen
    // yet), on a worker thread with its progress shown.
    void backupNow();
    void openBackupSettings();
    // The readiness checklist as steps; opens by itself at the first start after a vault is created.
    void openSetupAssistant();
    void lock();
    // Locks when the idle delay has passed; otherwise updates the remaining time shown.
    void checkIdle();

signals:
    // The user asked to leave (closed the window, Quit, or cancelled the first dialog).
    void quitRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private slots:
    void onCreateAccepted();
    void onUnlocked();

private:
    enum class LockReason { User, Idle, Closing };
    void lockFor(LockReason reason);
    // At lock and at quit, when the last verified backup is older than a day: the error shown to
    // the user, or empty (done, not due, or skipped by the user).
    QString automaticBackup(LockReason reason);
    void handleAction(ReadinessItem::Action action);
    void showCreate();
    void showUnlock(const QString& notice = {});
    void showRecoveryKey(const SecureBytes& recoveryKey);
    void openSession();
    // Merges what the nightly task sealed into the inbox while Relais was locked, on a worker
    // thread; returns false when there is nothing to merge. attachSession() follows the merge.
    bool mergeInbox();
    void onMergeFinished();
    // The screens that read the vault, attached once no merge holds it.
    void attachSession();
    void openImportWizard();
    void refreshAfterImport();
    void showMessage(const QString& text);
    // "Unlocked by" in the status bar: the slot's label and its prescriber.
    void showWhoUnlocked();

    QString m_path;
    const Clock& m_clock;
    KdfParams m_kdf;
    std::unique_ptr<Vault> m_vault;
    // Live only while unlocked; destroyed before the vault (they hold references to it).
    std::unique_ptr<PatientStore> m_patients;
    std::unique_ptr<PatientSearch> m_search;
    std::unique_ptr<MainWindow> m_main;
    IdleTimer m_idle;
    QTimer* m_idleTick = nullptr;
    QPointer<CreateVaultDialog> m_create;
    QPointer<RecoveryKeyDialog> m_recovery;
    QPointer<UnlockDialog> m_unlock;
    QPointer<InboxMergeDialog> m_merge;
    QPointer<ImportWizard> m_import;
    QPointer<SyncPanel> m_syncPanel;
    QPointer<ReadinessDialog> m_readiness;
    QPointer<VaultAccessDialog> m_vaultAccess;
    QPointer<AuditTrailDialog> m_auditTrail;
    QPointer<DrillDialog> m_drill;
    QPointer<SetupAssistant> m_setup;
    QPointer<BackupSettingsDialog> m_backupSettings;
    bool m_locking = false;
};

} // namespace relais::ui
