// SPDX-License-Identifier: GPL-3.0-or-later
#include "HandoverExportDialog.h"

#include "GrowToFit.h"
#include "SecretField.h"
#include "WaitCursor.h"
#include "sync/Handover.h"
#include "vault/PassphraseStrength.h"

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

    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    m_pass->setPlaceholderText(tr("Several words, not the vault's passphrase"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmation"));
    m_confirm->setEchoMode(QLineEdit::Password);
    wipeWhenFinished(*this, {m_pass, m_confirm});
    m_strengthBar = new QProgressBar(this);
    m_strengthBar->setObjectName(QStringLiteral("strengthBar"));
    m_strengthBar->setRange(0, 100);
    m_strengthBar->setTextVisible(false);
    m_strengthBar->setFixedHeight(8);
    m_strengthText = new QLabel(this);
    m_strengthText->setObjectName(QStringLiteral("strengthText"));
    m_strengthText->setWordWrap(true);
    auto* strength = new QVBoxLayout;
    strength->setSpacing(4);
    strength->addWidget(m_strengthBar);
    strength->addWidget(m_strengthText);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("Export &passphrase:"), m_pass);
    form->addRow(tr("Strength:"), strength);
    form->addRow(tr("&Confirm the passphrase:"), m_confirm);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setFormat(tr("%v / %m patients"));
    m_progress->hide();
    m_result = new QLabel(this);
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
    layout->addLayout(form);
    layout->addWidget(m_reason);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addStretch();
    layout->addWidget(buttons);
    for (QLineEdit* edit : {m_folder, m_pass, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &HandoverExportDialog::updateState);
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
    const SecureBytes pass = secretFrom(*m_pass);
    const SecureBytes confirm = secretFrom(*m_confirm);
    const PassphraseStrength strength = PassphraseStrength::evaluate(pass);
    m_strengthBar->setValue(std::clamp(int(strength.bits), 0, 100));
    m_strengthBar->setStyleSheet(
        QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; background: palette(base); }"
                       "QProgressBar::chunk { background: %1; }")
            .arg(QLatin1String(strength.acceptable() ? (strength.level == PassphraseStrength::Level::Weak ? "#e67e22" : "#27ae60")
                                                     : "#c0392b")));
    m_strengthText->setText(pass.isEmpty() ? tr("Type a passphrase to see its strength.") : strength.describe());

    QString reason;
    if (m_folder->text().trimmed().isEmpty())
        reason = tr("Choose the folder (for example the USB stick) to continue.");
    else if (pass.isEmpty())
        reason = tr("Choose a passphrase for the export to continue.");
    else if (!strength.acceptable())
        reason = tr("The passphrase is too weak: add one or two words.");
    else if (confirm.isEmpty())
        reason = tr("Type the passphrase a second time to confirm it.");
    else if (!pass.equals(confirm))
        reason = tr("The two passphrases do not match.");
    m_reason->setText(reason);
    // Once written, the emptied fields are not a reproach: the result says what to do.
    m_reason->setVisible(!reason.isEmpty() && (m_archive.isEmpty() || !pass.isEmpty()));
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
    const WaitCursor wait;
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
        m_result->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
        m_result->setText(tr("Nothing was exported: %1").arg(summary.error().message));
        updateState();
        return;
    }
    m_archive = summary->archivePath;
    m_result->setStyleSheet({});
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
