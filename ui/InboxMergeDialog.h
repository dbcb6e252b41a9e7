// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/Inbox.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;

namespace relais {
class Vault;
}

namespace relais::ui {

class ImportSummaryView;

// Merges the sealed snapshots the nightly task left in the inbox, right after the unlock: a
// progress bar with Cancel (a cancelled snapshot is not kept, and stays in the inbox), then what
// was created, updated and left unchanged, and the snapshots that failed.
class InboxMergeDialog : public QDialog
{
    Q_OBJECT

public:
    InboxMergeDialog(Vault& vault, QString inboxDir, QWidget* parent = nullptr);

    // Shows the dialog, merges (the event loop keeps running), then shows the result.
    Inbox::Merged run();
    bool isBusy() const { return m_busy; }

    ImportSummaryView* summaryView() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QPushButton* cancelButton() const { return m_cancel; }

public slots:
    void reject() override;

signals:
    void progressed(qint64 done);

private:
    Vault& m_vault;
    QString m_dir;
    bool m_busy = false;
    bool m_cancelRequested = false;
    QLabel* m_message = nullptr;
    QProgressBar* m_bar = nullptr;
    ImportSummaryView* m_summary = nullptr;
    QLabel* m_errors = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace relais::ui
