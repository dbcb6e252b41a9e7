// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readiness/Readiness.h"

#include <QDateTime>
#include <QList>
#include <QMainWindow>

class QLabel;
class QPushButton;

namespace relais {
class Clock;
class PatientSearch;
class PatientStore;
class Vault;
}

namespace relais::ui {

class MessageBar;
class PatientWorkspace;
class SnapshotStatus;
class ReadinessStatus;
class SyncStatus;

// The window shown while the vault is unlocked: patient search and chart side by side. It holds
// no vault reference: the session controller tells it what to display, lends the patient store
// to its workspace while unlocked, and listens to its requests.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static constexpr int kDefaultAutoLockSecs = 300;
    static constexpr auto kAutoLockKey = "security/autoLockSeconds";

    explicit MainWindow(QWidget* parent = nullptr);

    // The auto-lock delay saved in QSettings (default five minutes).
    static int autoLockSecondsSetting();

    void showSession(const QString& vaultPath, const QString& slotLabel);
    // Forgets what the unlocked session showed (called on lock).
    void clearSession();
    void setAutoLockRemaining(qint64 secs);
    void showFailedAttempts(const QList<QDateTime>& attemptsUtc);
    // Lends the session's store and search to the workspace (until clearSession()) and reads what
    // the status bar shows of the vault.
    void attachSession(Vault& vault, PatientStore& store, PatientSearch& search, const Clock& clock);
    // After an import: the snapshot's date and every screen of the workspace read again.
    void refreshAfterImport(Vault& vault, const Clock& clock);
    // What is owed to the EHR, counted again in the status bar.
    void refreshSyncStatus(Vault& vault);
    // Adds a warning below what the message bar already says (it holds one text).
    void addWarning(const QString& text);
    MessageBar* messageBar() const { return m_messages; }
    PatientWorkspace* workspace() const { return m_workspace; }
    SnapshotStatus* snapshotStatus() const { return m_snapshot; }
    SyncStatus* syncStatus() const { return m_sync; }
    ReadinessStatus* readinessStatus() const { return m_readiness; }

public slots:
    // Saves the delay and emits autoLockDelayChanged.
    void setAutoLockSeconds(int secs);
    // The worst readiness colour, on the status bar's button.
    void setReadinessColour(relais::ReadinessColour worst);
    // Settings → Drug reference (BDPM).
    void openDrugReference();

signals:
    void lockRequested();
    void closeRequested();
    void autoLockDelayChanged(int secs);
    void importRequested();
    // The Synchronisation panel (menu, Ctrl+Shift+S, or the status bar count).
    void syncRequested();
    void readinessRequested();
    // Settings → Vault access, Settings → Audit trail.
    void vaultAccessRequested();
    void auditTrailRequested();
    void drillRequested();
    void backupSettingsRequested();

protected:
    void closeEvent(QCloseEvent* event) override;

private slots:
    void askAutoLockDelay();

private:
    void buildMenus();
    void buildStatusBar();

    MessageBar* m_messages = nullptr;
    PatientWorkspace* m_workspace = nullptr;
    QLabel* m_vaultLabel = nullptr;
    QLabel* m_slotLabel = nullptr;
    QLabel* m_autoLockLabel = nullptr;
    SnapshotStatus* m_snapshot = nullptr;
    SyncStatus* m_sync = nullptr;
    ReadinessStatus* m_readiness = nullptr;
    QPushButton* m_lockButton = nullptr;
};

} // namespace relais::ui
