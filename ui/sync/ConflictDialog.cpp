// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/ConflictDialog.h"

#include "widgets/StatusLabel.h"

#include "audit/AuditLog.h"
#include "sync/Conflict.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais::ui {

ConflictDialog::ConflictDialog(Vault& vault, qint64 outboxEntryId, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_outboxId(outboxEntryId)
{
    setWindowTitle(tr("Relais — patient changed in both places"));

    auto* icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(40, 40));
    auto* title = new QLabel(tr("This patient was changed in Relais and in the EHR software"), this);
    title->setObjectName(QStringLiteral("conflictTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);
    title->setWordWrap(true);
    auto* explain = new QLabel(tr("The EHR software refused Relais's change because someone changed the same patient there "
                                  "during the outage. Compare the two versions (differences are highlighted) and choose "
                                  "the one to keep. The patient's consultations and prescriptions are sent either way."),
                               this);
    explain->setWordWrap(true);

    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("conflictRows"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("In Relais"), tr("In the EHR software")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);

    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setKind(StatusKind::Error);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_keepRelais = buttons->addButton(tr("&Keep Relais's version"), QDialogButtonBox::AcceptRole);
    m_keepRelais->setObjectName(QStringLiteral("keepRelais"));
    m_keepRelais->setToolTip(tr("Send Relais's version again; it replaces the EHR's"));
    m_takeEhr = buttons->addButton(tr("&Take the EHR's version"), QDialogButtonBox::AcceptRole);
    m_takeEhr->setObjectName(QStringLiteral("takeEhr"));
    m_takeEhr->setToolTip(tr("Replace the details in Relais by the EHR's; the EHR's record is left as it is (allergies and history added in Relais still go)"));
    QPushButton* later = buttons->addButton(tr("Decide &later"), QDialogButtonBox::RejectRole);
    later->setObjectName(QStringLiteral("later"));
    m_keepRelais->setAutoDefault(false);
    m_takeEhr->setAutoDefault(false);
    later->setDefault(true);
    connect(m_keepRelais, &QPushButton::clicked, this, [this] { resolve(true); });
    connect(m_takeEhr, &QPushButton::clicked, this, [this] { resolve(false); });
    connect(later, &QPushButton::clicked, this, &ConflictDialog::reject);

    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto* texts = new QVBoxLayout;
    texts->addWidget(title);
    texts->addWidget(explain);
    top->addLayout(texts, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    auto conflict = ConflictStore(vault).get(outboxEntryId);
    if (!conflict) {
        m_error->setText(conflict.error().message);
        m_error->show();
        m_keepRelais->setEnabled(false);
        m_takeEhr->setEnabled(false);
        resize(720, 300);
        return;
    }
    m_loaded = true;
    (void)vault.audit().append(QStringLiteral("sync.conflict.view"), QStringLiteral("patient"),
                               QString::number(conflict->patientId), QStringLiteral("outbox=%1").arg(outboxEntryId));
    const QList<ConflictRow> rows = ConflictStore::compare(conflict->local, conflict->remote);
    m_table->setRowCount(int(rows.size()));
    const QColor highlight(255, 236, 179);  // soft amber: noticeable, still readable
    for (int i = 0; i < rows.size(); ++i) {
        const ConflictRow& r = rows.at(i);
        const QStringList cells{r.field, r.local, r.remote};
        for (int c = 0; c < 3; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (r.differs) {
                item->setBackground(highlight);
                QFont f = item->font();
                f.setBold(c > 0);
                item->setFont(f);
            }
            item->setData(Qt::UserRole, r.differs);
            item->setToolTip(cells.at(c));
            m_table->setItem(i, c, item);
        }
    }
    if (conflict->remote.isEmpty()) {
        m_error->setText(tr("The EHR's version could not be read. Keep Relais's version to send it again: if the EHR "
                            "refuses it again, its version is read then and shown here."));
        m_error->show();
        m_takeEhr->setEnabled(false);
    }
    // One line per field, one height for every row; a value too long for its column shows whole
    // in its tooltip.
    QFont bold = m_table->font();
    bold.setBold(true);
    const int rowHeight = QFontMetrics(bold).height() + 10;
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int i = 0; i < m_table->rowCount(); ++i) {
        m_table->setRowHeight(i, rowHeight);
        height += rowHeight;
    }
    m_table->setMinimumHeight(std::min(height, 520));
    resize(760, sizeHint().height());
}

void ConflictDialog::resolve(bool keepRelais)
{
    ConflictStore store(m_vault);
    auto r = keepRelais ? store.keepRelais(m_outboxId) : store.takeEhr(m_outboxId);
    if (!r) {
        m_error->setText(r.error().message);
        m_error->show();
        return;
    }
    emit resolved(m_outboxId, keepRelais);
    accept();
}

} // namespace relais::ui
