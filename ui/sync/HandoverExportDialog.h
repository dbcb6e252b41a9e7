// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Kdf.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

class PassphraseField;

// "Export handover…": for a practice software that takes no FHIR, everything owed written to
// one encrypted archive (FHIR Bundles, one PDF per consultation, a worksheet) in a chosen
// folder, under a passphrase typed twice and checked for strength, with a progress bar.
class HandoverExportDialog : public QDialog
{
    Q_OBJECT

public:
    HandoverExportDialog(Vault& vault, KdfParams kdf, QWidget* parent = nullptr);

    void setFolder(const QString& folder);
    QString archivePath() const { return m_archive; }
    bool isBusy() const { return m_busy; }

public slots:
    void accept() override;
    void reject() override;

signals:
    void busyChanged(bool busy);
    void exported(const QString& archivePath);

private:
    void updateState();
    void chooseFolder();
    void setBusy(bool busy);

    Vault& m_vault;
    KdfParams m_kdf;
    QString m_archive;
    bool m_busy = false;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_pass = nullptr;
    QLineEdit* m_confirm = nullptr;
    PassphraseField* m_passphrase = nullptr;
    QLabel* m_reason = nullptr;
    QProgressBar* m_progress = nullptr;
    StatusLabel* m_result = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace relais::ui
