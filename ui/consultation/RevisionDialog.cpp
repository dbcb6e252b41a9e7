// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/RevisionDialog.h"

#include "consultation/ConsultationText.h"
#include "widgets/StatusLabel.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace relais::ui {

RevisionDialog::RevisionDialog(const QList<ConsultationRevision>& revisions, const Vault& vault, const QString& patientName,
                               QWidget* parent)
    : QDialog(parent), m_revisions(revisions)
{
    setObjectName(QStringLiteral("revisionDialog"));
    setWindowTitle(tr("Versions of the consultation — %1").arg(patientName));

    auto* intro = new QLabel(tr("%n version(s). A correction never erases what was written before: each version "
                                "stays as it was saved.", nullptr, int(revisions.size())),
                             this);
    intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("revisions"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    for (const ConsultationRevision& r : revisions) {
        const auto slot = vault.findSlot(r.slot);
        const QString who = slot ? slot->label : (r.slot.isEmpty() ? tr("unknown") : r.slot);
        QStringList lines{tr("Version %1 — %2").arg(r.revision).arg(ConsultationText::dateTime(r.savedUtc)),
                          tr("by %1").arg(who)};
        lines << (r.why.isEmpty() ? tr("First version, when the consultation was closed") : tr("Why: %1").arg(r.why));
        auto* item = new QListWidgetItem(lines.join(u'\n'), m_list);
        item->setToolTip(lines.join(u'\n'));
        m_headers << lines.join(QStringLiteral(" · ")).toHtmlEscaped();
    }
    m_list->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40);

    m_content = new QTextBrowser(this);
    m_content->setObjectName(QStringLiteral("revisionContent"));
    m_content->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_content);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionDialog::showRevision);
    if (!revisions.isEmpty())
        m_list->setCurrentRow(int(revisions.size()) - 1);  // the version in force
    m_list->setFocus();
    resize(900, 560);
}

void RevisionDialog::showRevision(int row)
{
    if (row < 0 || row >= m_revisions.size()) {
        m_content->clear();
        return;
    }
    m_content->setHtml(QStringLiteral("<p style=\"color:%1\">%2</p>%3")
                           .arg(statusColour(StatusKind::Hint).name(), m_headers.at(row),
                                ConsultationText::html(m_revisions.at(row).content)));
}

} // namespace relais::ui
