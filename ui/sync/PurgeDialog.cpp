// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/PurgeDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "sync/Purge.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace relais::ui {

namespace {

QString describe(const Purge::Counts& n)
{
    return PurgeDialog::tr("%n consultation(s)", nullptr, n.consultations) + QStringLiteral(" (")
        + PurgeDialog::tr("%n version(s)", nullptr, n.revisions) + QStringLiteral("), ")
        + PurgeDialog::tr("%n prescription(s)", nullptr, n.prescriptions) + QStringLiteral(" (")
        + PurgeDialog::tr("%n printed PDF(s)", nullptr, n.pdfs) + QStringLiteral("), ")
        + PurgeDialog::tr("for %n patient(s)", nullptr, n.patients);
}

} // namespace

PurgeDialog::PurgeDialog(Vault& vault, QWidget* parent) : QDialog(parent), m_vault(vault)
{
    setObjectName(QStringLiteral("purgeDialog"));
    setWindowTitle(tr("Purge the outage records"));

    auto* intro = new QLabel(tr("The practice software now holds what was recorded in Relais during the outage. "
                                "To keep no more health data than needed, Relais can remove from this computer the "
                                "consultations and prescriptions it received long enough ago. The patients and "
                                "everything imported from the practice software stay; nothing that has not been "
                                "received is ever removed."),
                             this);
    intro->setWordWrap(true);

    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("days"));
    m_days->setRange(0, 3650);
    m_days->setValue(Purge::kDefaultDays);
    m_days->setSuffix(tr(" days ago"));
    auto* form = new QFormLayout;
    form->addRow(tr("Received more than:"), m_days);

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setWordWrap(true);
    m_result = new StatusLabel(StatusKind::Plain, this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_purge = buttons->addButton(tr("Purge…"), QDialogButtonBox::ActionRole);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("close"));
    connect(m_purge, &QPushButton::clicked, this, &PurgeDialog::askConfirmation);
    connect(buttons, &QDialogButtonBox::rejected, this, &PurgeDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_days, &QSpinBox::valueChanged, this, &PurgeDialog::updatePreview);
    updatePreview();
}

QMessageBox* PurgeDialog::confirmation() const { return m_confirm; }

void PurgeDialog::updatePreview()
{
    auto n = Purge(m_vault).preview(m_days->value());
    if (!n) {
        m_preview->setText(n.error().message);
        m_purge->setEnabled(false);
    } else if (n->isEmpty()) {
        m_preview->setText(tr("Nothing to remove: no record was received by the practice software more than %n day(s) ago.",
                              nullptr, m_days->value()));
        m_purge->setEnabled(false);
    } else {
        m_preview->setText(tr("Would be removed: %1.").arg(describe(*n)));
        m_purge->setEnabled(true);
    }
    growToFit(*this);
}

void PurgeDialog::askConfirmation()
{
    auto n = Purge(m_vault).preview(m_days->value());
    if (!n || n->isEmpty())
        return updatePreview();
    m_confirm = new QMessageBox(QMessageBox::Warning, tr("Purge the outage records"),
                                tr("Remove %1 from this computer for good?").arg(describe(*n)), QMessageBox::NoButton, this);
    m_confirm->setObjectName(QStringLiteral("purgeConfirm"));
    m_confirm->setInformativeText(tr("The practice software keeps its copy. This cannot be undone in Relais."));
    QPushButton* yes = m_confirm->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmPurge"));
    QPushButton* no = m_confirm->addButton(tr("Cancel"), QMessageBox::RejectRole);
    m_confirm->setDefaultButton(no);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_confirm, &QMessageBox::finished, this, [this, yes, box = m_confirm.data()] {
        if (box->clickedButton() == yes)
            runPurge();
    });
    m_confirm->open();
}

void PurgeDialog::runPurge()
{
    auto n = Purge(m_vault).run(m_days->value());
    m_result->show();
    if (!n) {
        m_result->setKind(StatusKind::Error);
        m_result->setText(n.error().message);
    } else {
        m_result->setKind(StatusKind::Ok);
        m_result->setText(tr("Removed: %1.").arg(describe(*n)));
        emit purged();
    }
    updatePreview();
}

} // namespace relais::ui
