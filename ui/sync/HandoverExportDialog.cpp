// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/HandoverExportDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "widgets/SecretField.h"
#include "widgets/BusyGuard.h"
#include "sync/Handover.h"
#include "widgets/PassphraseField.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

HandoverExportDialog::HandoverExportDialog(Vault& vault, KdfParams kdf, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_kdf(kdf)
{
    setObjectName(QStringLiteral("handoverExportDialog"));
    setWindowTitle(tr("Export a handover folder"));

    auto* intro = new QLabel(tr("Writes everything recorded in Relais during the outage into one encrypted file: "
                                "FHIR data, one PDF per consultation to file in the patient's record, and a "
                                "worksheet to tick off. Choose a passphrase for this file only and give it to the "
                                "secretary separately (by phone, never with the USB stick)."),
                             this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(QStringLiteral("folder"));
    m_folder->setText(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    auto* browse = new QPushButton(tr("Choose…"), this);
    browse->setObjectName(QStringLiteral("chooseFolder"));
    connect(browse, &QPushButton::clicked, this, &HandoverExportDialog::chooseFolder);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    m_passphrase = new PassphraseField(tr("Export &passphrase:"), this);
    m_passphrase->setPlaceholderText(tr("Several words, not the vault's passphrase"));
    m_pass = m_passphrase->passphraseEdit();
    m_confirm = m_passphrase->confirmationEdit();
    wipeWhenFinished(*this, {m_pass, m_confirm});
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    m_passphrase->form()->insertRow(0, folderLabel, folderRow);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setFormat(tr("%v / %m patients"));
    m_progress->hide();
    m_result = new StatusLabel(StatusKind::Plain, this);
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_result->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("export"));
    m_export->setDefault(true);
    m_close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("close"));
    connect(buttons, &QDialogButtonBox::accepted, this, &HandoverExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HandoverExportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_passphrase);
    layout->addWidget(m_reason);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(m_folder, &QLineEdit::textChanged, this, &HandoverExportDialog::updateState);
    connect(m_passphrase, &PassphraseField::changed, this, &HandoverExportDialog::updateState);
    setMinimumWidth(580);
    updateState();
}

void HandoverExportDialog::setFolder(const QString& folder) { m_folder->setText(folder); }

void HandoverExportDialog::chooseFolder()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Where to write the handover file"), m_folder->text());
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

void HandoverExportDialog::updateState()
{
    const QString reason = m_folder->text().trimmed().isEmpty()
        ? tr("Choose the folder (for example the USB stick) to continue.")
        : m_passphrase->problem(tr("Choose a passphrase for the export to continue."));
    m_reason->setText(reason);
    // Once written, the emptied fields are not a reproach: the result says what to do.
    m_reason->setVisible(!reason.isEmpty() && (m_archive.isEmpty() || !m_passphrase->isEmpty()));
    m_export->setEnabled(reason.isEmpty() && !m_busy);
    growToFit(*this);
}

void HandoverExportDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget* w : std::initializer_list<QWidget*>{m_folder, m_pass, m_confirm, m_close})
        w->setEnabled(!busy);
    m_export->setEnabled(!busy);
    emit busyChanged(busy);
}

void HandoverExportDialog::accept()
{
    if (m_busy || !m_export->isEnabled())
        return;
    const SecureBytes pass = takeSecret(*m_pass);
    wipeField(*m_confirm);
    m_result->hide();
    m_progress->setRange(0, 0);  // busy until the first patient is written
    m_progress->show();
    growToFit(*this);
    setBusy(true);
    const BusyGuard busy;
    auto summary = Handover::exportTo(m_vault, m_folder->text().trimmed(), pass, m_kdf.isValid() ? m_kdf : KdfParams::calibrate(),
                                      [this](int done, int total) {
                                          m_progress->setRange(0, std::max(total, 1));
                                          m_progress->setValue(done);
                                          QCoreApplication::processEvents();  // the bar moves, the window repaints
                                      });
    setBusy(false);
    m_progress->hide();
    m_result->show();
    if (!summary) {
        m_result->setKind(StatusKind::Error);
        m_result->setText(tr("Nothing was exported: %1").arg(summary.error().message));
        updateState();
        return;
    }
    m_archive = summary->archivePath;
    m_result->setKind(StatusKind::Plain);
    m_result->setText(tr("<b>Export written:</b> %1<br>%2 patient(s), %3 consultation(s), %4 prescription(s).<br>"
                         "Open it with the passphrase you chose (relais-cli open-export).")
                          .arg(QDir::toNativeSeparators(m_archive).toHtmlEscaped())
                          .arg(summary->patients)
                          .arg(summary->consultations)
                          .arg(summary->prescriptions));
    m_close->setDefault(true);
    updateState();
    emit exported(m_archive);
}

void HandoverExportDialog::reject()
{
    if (m_busy)
        return;  // the export finishes first; an interrupted one would leave no file anyway
    QDialog::reject();
}

} // namespace relais::ui
