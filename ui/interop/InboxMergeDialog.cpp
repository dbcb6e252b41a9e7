// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/InboxMergeDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "interop/ImportSummaryView.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

namespace relais::ui {

InboxMergeDialog::InboxMergeDialog(Vault& vault, QString inboxDir, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_dir(std::move(inboxDir))
{
    setObjectName(QStringLiteral("inboxMergeDialog"));
    setWindowTitle(tr("Merging the latest export"));
    setWindowModality(Qt::ApplicationModal);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mergeMessage"));
    m_message->setWordWrap(true);
    m_bar = new QProgressBar(this);
    m_bar->setRange(0, 0);  // the total is not known before reading
    m_summary = new ImportSummaryView(this);
    m_summary->hide();
    m_errors = new StatusLabel(StatusKind::Error, this);
    m_errors->setObjectName(QStringLiteral("mergeErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setKind(StatusKind::Error);
    m_errors->hide();

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelMerge"));
    m_cancel->setToolTip(tr("Stop: the snapshot being merged is not kept and stays in the inbox for the next unlock."));
    connect(m_cancel, &QPushButton::clicked, this, &InboxMergeDialog::reject);
    m_confirmAbsent = new QPushButton(tr("Mark them and finish"), this);
    m_confirmAbsent->setObjectName(QStringLiteral("confirmAbsent"));
    m_confirmAbsent->hide();
    connect(m_confirmAbsent, &QPushButton::clicked, this, [this] { answer(true); });
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeMerge"));
    m_close->hide();
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_confirmAbsent);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_bar);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors);
    layout->addStretch(1);
    layout->addLayout(buttons);
    resize(640, 160);
}

InboxMergeDialog::~InboxMergeDialog() { cancelAndWait(); }

void InboxMergeDialog::reject()
{
    if (isBusy()) {
        m_cancel->setEnabled(false);
        m_confirmAbsent->hide();
        m_message->setText(tr("Cancelling…"));
        answer(false);
        return;
    }
    QDialog::reject();
}

void InboxMergeDialog::closeEvent(QCloseEvent* event)
{
    if (isBusy()) {
        reject();  // asks to cancel; the dialog closes with the result
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void InboxMergeDialog::cancelAndWait()
{
    if (!m_worker)
        return;
    answer(false);
    m_worker->wait();
    collect();  // without finished(): the session is closing
}

void InboxMergeDialog::answer(bool go)
{
    {
        const std::lock_guard lock(m_askMutex);
        m_answer = go ? 1 : 0;
        if (!go)
            m_cancelRequested = true;
    }
    m_asked.notify_all();
}

void InboxMergeDialog::askAbsent(int count)
{
    if (!isBusy() || m_cancelRequested)
        return;
    m_message->setText(tr("This export is the full list of the practice, and %n patient(s) of Relais are not in it. Mark "
                          "them \"no longer in the EHR export\"? Their charts stay in Relais, nothing is deleted. Cancel "
                          "keeps this export in the inbox for the next unlock.",
                          nullptr, count));
    m_bar->hide();  // waiting for the GP, not working
    m_confirmAbsent->show();
    m_confirmAbsent->setDefault(true);
    m_confirmAbsent->setFocus();
    growToFit(*this);
    emit waiting(true);
}

void InboxMergeDialog::collect()
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_merged = *m_result;
    m_result.reset();
    showResult();
}

void InboxMergeDialog::start()
{
    if (m_worker)
        return;
    const int pending = int(Inbox::pending(m_dir).size());
    m_message->setText(tr("Merging %n export(s) of the practice software received while Relais was locked…", nullptr,
                          pending));
    show();
    auto merged = std::make_shared<Inbox::Merged>();
    m_result = merged;
    Inbox::Hooks hooks;
    // Called on the worker: what the GUI shows is posted to it.
    hooks.progress = [this](qint64 done) {
        m_mergeThread = QThread::currentThread();
        QMetaObject::invokeMethod(this, [this, done] {
            m_message->setText(tr("Merging the latest export… %1 records read").arg(QLocale().toString(done)));
            emit progressed(done);
        }, Qt::QueuedConnection);
        return !m_cancelRequested;
    };
    hooks.beforeCommit = [this](const QString&, const ImportSummary& s) {
        m_mergeThread = QThread::currentThread();
        if (s.markedAbsent == 0)
            return !m_cancelRequested;
        // Marking patients absent is said, and agreed to, before the commit: the worker waits.
        {
            const std::lock_guard lock(m_askMutex);
            m_answer = -1;
        }
        QMetaObject::invokeMethod(this, [this, n = s.markedAbsent] { askAbsent(n); }, Qt::QueuedConnection);
        std::unique_lock lock(m_askMutex);
        m_asked.wait(lock, [this] { return m_answer != -1 || m_cancelRequested; });
        const bool go = m_answer == 1 && !m_cancelRequested;
        QMetaObject::invokeMethod(this, [this, go] {
            emit waiting(false);
            m_confirmAbsent->hide();
            if (go) {
                m_bar->show();
                m_message->setText(tr("Finishing the merge…"));
            }
        }, Qt::QueuedConnection);
        return go;
    };
    hooks.keepGoing = [this] { return !m_cancelRequested; };
    Vault* vault = &m_vault;
    const QString dir = m_dir;
    m_worker = QThread::create([merged, vault, dir, hooks] { *merged = Inbox::mergeAll(*vault, dir, hooks); });
    m_worker->setObjectName(QStringLiteral("inbox-merge"));
    connect(m_worker, &QThread::finished, this, [this] {
        if (!m_worker)
            return;  // collected already by cancelAndWait()
        collect();
        emit finished();
    });
    m_worker->start();
}

void InboxMergeDialog::showResult()
{
    m_bar->hide();
    m_cancel->hide();
    m_confirmAbsent->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    const Inbox::Merged& merged = m_merged;
    if (merged.cancelled)
        m_message->setText(tr("Merge cancelled: the export not yet merged stays in the inbox for the next unlock."));
    else if (merged.files.isEmpty() && !merged.quarantined.isEmpty())
        m_message->setText(tr("The export received could not be merged: your patients stay as they were."));
    else if (merged.files.isEmpty())
        m_message->setText(tr("Nothing was merged."));
    else
        m_message->setText(tr("%n export(s) merged. Records changed in Relais during the outage were kept as they are.",
                              nullptr, int(merged.files.size())));
    if (!merged.files.isEmpty()) {
        m_summary->setSummaries(merged.summaries);
        m_summary->show();
    }
    QStringList problems;
    if (!merged.quarantineReasons.isEmpty())
        problems << tr("Set aside, will not be tried again (the patients already in Relais are all there; tell whoever "
                       "runs the nightly export of the practice software):")
                 << merged.quarantineReasons;
    if (!merged.errors.isEmpty())
        problems << tr("Not merged (kept in the inbox for the next unlock):") << merged.errors;
    if (!problems.isEmpty()) {
        m_errors->setText(problems.join(QLatin1Char('\n')));
        m_errors->show();
    }
    growToFit(*this);
}

} // namespace relais::ui
