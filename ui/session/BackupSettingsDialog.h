// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace relais {
class Clock;
class Vault;
}

namespace relais::ui {

// Backups: the folder the practice chose (USB disk, network share), how many copies the rotation
// keeps, and the last verified backup. Kept in the vault through core/backup.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    BackupSettingsDialog(Vault& vault, const Clock& clock, QWidget* parent = nullptr);

    // Saves the folder and the counts; false (and the reason shown) when refused.
    bool save();

public slots:
    // Reads the vault again (after a backup).
    void reload();

signals:
    // "Back up now", once the settings are saved.
    void backupRequested();
    void saved();

private:
    void chooseFolder();

    Vault& m_vault;
    const Clock& m_clock;
    QLineEdit* m_folder = nullptr;
    QSpinBox* m_daily = nullptr;
    QSpinBox* m_weekly = nullptr;
    QSpinBox* m_monthly = nullptr;
    QLabel* m_last = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace relais::ui
