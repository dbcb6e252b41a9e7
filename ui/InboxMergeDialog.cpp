// SPDX-License-Identifier: GPL-3.0-or-later
#include "InboxMergeDialog.h"

#include "GrowToFit.h"
#include "ImportSummaryView.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
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
    m_errors = new QLabel(this);
    m_errors->setObjectName(QStringLiteral("mergeErrors"));
    m_errors->setWordWrap(true);
    m_errors->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errors->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_errors->hide();

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelMerge"));
    m_cancel->setToolTip(tr("Stop: the snapshot being merged is not kept and stays in the inbox for the next unlock."));
    connect(m_cancel, &QPushButton::clicked, this, &InboxMergeDialog::reject);
    m_close = new QPushButton(tr("Close"), this);
    m_close->setObjectName(QStringLiteral("closeMerge"));
    m_close->hide();
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
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

void InboxMergeDialog::reject()
{
    if (m_busy) {
        m_cancelRequested = true;
        m_cancel->setEnabled(false);
        m_message->setText(tr("Cancelling…"));
        return;
    }
    QDialog::reject();
}

Inbox::Merged InboxMergeDialog::run()
{
    const int pending = int(Inbox::pending(m_dir).size());
    m_message->setText(tr("Merging %n export(s) of the practice software received while Relais was locked…", nullptr,
                          pending));
    show();
    m_busy = true;
    QCoreApplication::processEvents();  // paint before the first records are read
    const QLocale locale;
    const Inbox::Merged merged = Inbox::mergeAll(m_vault, m_dir, [&](qint64 done) {
        m_message->setText(tr("Merging the latest export… %1 records read").arg(locale.toString(done)));
        emit progressed(done);
        QCoreApplication::processEvents();  // the vault is single-threaded: merge here, keep painting
        return !m_cancelRequested;
    });
    m_busy = false;

    m_bar->hide();
    m_cancel->hide();
    m_close->show();
    m_close->setDefault(true);
    m_close->setFocus();
    if (m_cancelRequested)
        m_message->setText(tr("Merge cancelled: the export not yet merged stays in the inbox for the next unlock."));
    else if (merged.files.isEmpty())
        m_message->setText(tr("Nothing was merged."));
    else
        m_message->setText(tr("%n export(s) merged. Records changed in Relais during the outage were kept as they are.",
                              nullptr, int(merged.files.size())));
    if (!merged.files.isEmpty()) {
        m_summary->setSummaries(merged.summaries);
        m_summary->show();
    }
    if (!merged.errors.isEmpty() && !m_cancelRequested) {
        m_errors->setText(tr("Not merged (kept in the inbox):") + QLatin1Char('\n') + merged.errors.join(QLatin1Char('\n')));
        m_errors->show();
    }
    growToFit(*this);
    return merged;
}

} // namespace relais::ui
