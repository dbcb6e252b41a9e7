// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace relais::ui {

class StatusLabel;

// Settings → Drug reference (BDPM)…: what reference the prescription lines complete from, and its
// refresh from a folder of freshly downloaded BDPM files (built on a worker thread into a new
// file renamed over the old one: a failed refresh keeps the old reference).
class DrugReferenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DrugReferenceDialog(const QString& referencePath, QWidget* parent = nullptr);
    ~DrugReferenceDialog() override;

    void setFolder(const QString& dir);
    QString statusText() const;
    QString resultText() const;
    bool isBusy() const { return m_worker != nullptr; }

public slots:
    void refresh();
    void reject() override;

signals:
    void refreshed();

private:
    void showStatus();
    void updateEnabled();
    void fitHeight();

    QString m_path;
    QLabel* m_status = nullptr;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_close = nullptr;
    QProgressBar* m_progress = nullptr;
    StatusLabel* m_result = nullptr;
    QThread* m_worker = nullptr;
};

} // namespace relais::ui
