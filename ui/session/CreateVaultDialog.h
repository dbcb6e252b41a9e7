// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais::ui {

class StatusLabel;

class PassphraseField;

// First start: the practitioner names their key slot and chooses the passphrase. The dialog
// only collects; the controller creates the vault and, on failure, shows the error here.
class CreateVaultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateVaultDialog(const QString& vaultPath, QWidget* parent = nullptr);

    QString label() const { return m_label; }
    // The passphrase chosen at accept(); the dialog keeps no copy once taken.
    SecureBytes takePassphrase() { return std::move(m_secret); }
    void showError(const QString& message);

    void accept() override;

private slots:
    void updateState();

private:
    QLineEdit* m_name = nullptr;
    PassphraseField* m_passphrase = nullptr;
    QLabel* m_reason = nullptr;
    StatusLabel* m_error = nullptr;
    QPushButton* m_create = nullptr;
    QString m_label;
    SecureBytes m_secret;
};

} // namespace relais::ui
