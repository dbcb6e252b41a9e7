// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace relais {
class Clock;
class Vault;
}

namespace relais::ui {

class StatusLabel;

// Asks for the passphrase (or the recovery key) and opens the vault. After three failures the
// core imposes a growing delay; the dialog counts it down with the injected clock.
class UnlockDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockDialog(const QString& vaultPath, const Clock& clock, QWidget* parent = nullptr);
    ~UnlockDialog() override;

    // The opened vault, once unlocked() has been emitted.
    std::unique_ptr<Vault> takeVault();
    // A notice above the field, e.g. why the vault was locked.
    void setNotice(const QString& text);
    bool usingRecoveryKey() const { return m_recovery; }

public slots:
    void tryUnlock();
    void setUseRecoveryKey(bool recovery);
    // Re-reads the retry delay; called every second while one is running.
    void refreshDelay();

signals:
    void unlocked();

private:
    void showError(const Error& error);

    QString m_path;
    const Clock& m_clock;
    bool m_recovery = false;
    ErrorKind m_lastError = ErrorKind::Other;
    std::unique_ptr<Vault> m_vault;
    QLabel* m_notice = nullptr;
    QLabel* m_fieldLabel = nullptr;
    QLineEdit* m_pass = nullptr;
    QLineEdit* m_recoveryKey = nullptr;
    QPushButton* m_toggle = nullptr;
    StatusLabel* m_error = nullptr;
    QLabel* m_countdown = nullptr;
    QPushButton* m_unlock = nullptr;
    QTimer* m_tick = nullptr;
};

} // namespace relais::ui
