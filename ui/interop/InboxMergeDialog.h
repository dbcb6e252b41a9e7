// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/StatusLabel.h"

#include "interop/Inbox.h"

#include <QDialog>

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace relais {
class Vault;
}

namespace relais::ui {

class ImportSummaryView;

// Merges the sealed snapshots the nightly task left in the inbox, right after the unlock, on a
// worker thread: a progress bar with Cancel (a cancelled snapshot is not kept, and stays in the
// inbox), then what was created, updated and left unchanged, and the snapshots set aside.
// Before committing a full export that marks patients "no longer in the EHR export", it says
// how many and waits for the GP: mark them, or Cancel (the export stays for the next unlock).
//
// The vault's connection is used by one thread at a time: while the merge runs, the session
// does not touch the vault (it attaches its screens once finished() is emitted), and the
// dialog is modal.
class InboxMergeDialog : public QDialog
{
    Q_OBJECT

public:
    InboxMergeDialog(Vault& vault, QString inboxDir, QWidget* parent = nullptr);
    ~InboxMergeDialog() override;

    // Shows the dialog and starts the merge; finished() follows.
    void start();
    bool isBusy() const { return m_worker != nullptr; }
    // Asks the merge to stop and waits for it (the vault is about to close).
    void cancelAndWait();
    const Inbox::Merged& merged() const { return m_merged; }
    // The thread the import ran on (recorded from inside the merge; for tests).
    QThread* mergeThread() const { return m_mergeThread.load(); }

    ImportSummaryView* summaryView() const { return m_summary; }
    QLabel* messageLabel() const { return m_message; }
    QLabel* errorsLabel() const { return m_errors; }
    QPushButton* cancelButton() const { return m_cancel; }
    // Shown while the merge waits for the GP's word on the patients a full export leaves out.
    QPushButton* confirmAbsentButton() const { return m_confirmAbsent; }

public slots:
    void reject() override;

signals:
    void progressed(qint64 done);
    // The merge waits for the GP (true), or works again (false): idle time counts only while it waits.
    void waiting(bool forAnswer);
    void finished();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void askAbsent(int count);
    void answer(bool go);
    void collect();
    void showResult();

    Vault& m_vault;
    QString m_dir;
    QThread* m_worker = nullptr;
    std::atomic<bool> m_cancelRequested{false};
    std::atomic<QThread*> m_mergeThread{nullptr};
    std::mutex m_askMutex;  // the worker waits on it for the GP's answer about absent patients
    std::condition_variable m_asked;
    int m_answer = -1;  // -1 none yet, 0 no, 1 yes
    std::shared_ptr<Inbox::Merged> m_result;  // written by the worker, read once it has finished
    Inbox::Merged m_merged;
    QLabel* m_message = nullptr;
    QProgressBar* m_bar = nullptr;
    ImportSummaryView* m_summary = nullptr;
    StatusLabel* m_errors = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_confirmAbsent = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace relais::ui
