// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

// Where "Send now" goes: the practice software's FHIR address (https://, checked), an optional
// extra CA certificate for a practice server, and the access token. The address and CA file are
// kept in the vault; the token too, and only there (never in the settings, never shown again).
class SyncServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncServerDialog(Vault& vault, QWidget* parent = nullptr);

    QString errorText() const;

public slots:
    void accept() override;

private:
    void chooseCaFile();

    Vault& m_vault;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_ca = nullptr;
    QLineEdit* m_token = nullptr;
    QLabel* m_tokenState = nullptr;
    StatusLabel* m_error = nullptr;
};

} // namespace relais::ui
