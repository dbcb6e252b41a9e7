// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusLabel.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

class ImportSummaryView;

// File → Import an export of the practice software: choose the files or a folder (FHIR Bundle
// .json, Bulk Data .ndjson with its manifest, .csv lists), optionally only check them, follow the
// progress (Cancel keeps nothing), then read what was done per type, or the error naming file,
// line or entry, field and reason.
class ImportWizard : public QDialog
{
    Q_OBJECT

public:
    enum class Step { Choose, Importing, Done, Failed };

    explicit ImportWizard(Vault& vault, QWidget* parent = nullptr);

    void setPaths(const QStringList& paths);
    QStringList paths() const;
    Step step() const { return m_step; }

    QCheckBox* dryRunBox() const { return m_dryRun; }
    QPushButton* startButton() const { return m_start; }
    QPushButton* cancelButton() const { return m_cancel; }
    ImportSummaryView* summaryView() const { return m_summary; }
    QLabel* resultLabel() const { return m_result; }

public slots:
    void startImport();
    void reject() override;

signals:
    void progressed(qint64 done);
    // While true the vault is in use: the session must not lock under it.
    void busyChanged(bool busy);
    // Something was written to the vault (not after a check only or a cancel).
    void imported();

private:
    void addFiles();
    void addFolder();
    void updateButtons();
    void showResult(Step step, const QString& message);

    Vault& m_vault;
    Step m_step = Step::Choose;
    bool m_cancelRequested = false;
    QStackedWidget* m_pages = nullptr;
    QListWidget* m_files = nullptr;
    QCheckBox* m_dryRun = nullptr;
    QCheckBox* m_partial = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_progress = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_heading = nullptr;
    StatusLabel* m_result = nullptr;
    ImportSummaryView* m_summary = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace relais::ui
