// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QMessageBox;
class QPushButton;
class QSpinBox;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

// "Purge…": once the practice software has everything, removes from the vault the outage records
// it received more than N days ago (data minimisation). Shows what would go before asking.
class PurgeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PurgeDialog(Vault& vault, QWidget* parent = nullptr);

    QSpinBox* daysBox() const { return m_days; }
    // The confirmation, while shown.
    QMessageBox* confirmation() const;

signals:
    void purged();

private:
    void updatePreview();
    void askConfirmation();
    void runPurge();

    Vault& m_vault;
    QSpinBox* m_days = nullptr;
    QLabel* m_preview = nullptr;
    StatusLabel* m_result = nullptr;
    QPushButton* m_purge = nullptr;
    QPointer<QMessageBox> m_confirm;
};

} // namespace relais::ui
