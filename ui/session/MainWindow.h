// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QMainWindow>

class QLabel;
class QPushButton;

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
    MessageBar* messageBar() const { return m_messages; }
    PatientWorkspace* workspace() const { return m_workspace; }
    SnapshotStatus* snapshotStatus() const { return m_snapshot; }
    SyncStatus* syncStatus() const { return m_sync; }
    ReadinessStatus* readinessStatus() const { return m_readiness; }

public slots:
    // Saves the delay and emits autoLockDelayChanged.
    void setAutoLockSeconds(int secs);

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
