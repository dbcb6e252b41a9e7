// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

#include <QDateTime>
#include <QDialog>

class QCheckBox;
class QLabel;
class QPagedPaintDevice;
class QPushButton;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

// Shows the recovery key once, right after creation, and offers the sheet for the practice
// safe. The key lives in this dialog's locked memory only: it is never written to a file.
class RecoveryKeyDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryKeyDialog(const SecureBytes& recoveryKey, Vault& vault, QWidget* parent = nullptr);

    // Paints the sheet on `device` and records the print in the audit log. Returns the error
    // shown to the user, or an empty string.
    QString printTo(QPagedPaintDevice& device);

    void accept() override;
    void reject() override;

private slots:
    void print();

private:
    void showStatus(const QString& text, bool problem);

    SecureBytes m_key;
    Vault& m_vault;
    QDateTime m_createdUtc;
    QCheckBox* m_confirmed = nullptr;
    QPushButton* m_continue = nullptr;
    StatusLabel* m_status = nullptr;
};

} // namespace relais::ui
