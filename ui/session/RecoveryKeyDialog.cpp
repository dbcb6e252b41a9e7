// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/RecoveryKeyDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "audit/AuditLog.h"
#include "print/RecoverySheet.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

RecoveryKeyDialog::RecoveryKeyDialog(const SecureBytes& recoveryKey, Vault& vault, QWidget* parent)
    : QDialog(parent), m_key(recoveryKey.data(), recoveryKey.size()), m_vault(vault)
{
    setWindowTitle(tr("Relais — recovery key"));
    for (const KeySlot& slot : vault.keySlots())
        if (slot.kind == SlotKind::Recovery)
            m_createdUtc = slot.createdUtc;

    auto* title = new QLabel(tr("Your recovery key"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto* explain = new QLabel(tr("If the passphrase is ever forgotten, this key is the only other way to open "
                                  "the vault. It is shown only this once."),
                               this);
    explain->setWordWrap(true);

    auto* key = new QLabel(QString::fromLatin1(m_key.view().toByteArray()), this);
    key->setObjectName(QStringLiteral("recoveryKey"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    key->setFont(mono);
    key->setAlignment(Qt::AlignCenter);
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    key->setFrameShape(QFrame::StyledPanel);
    key->setMargin(14);
    key->setBackgroundRole(QPalette::Base);
    key->setAutoFillBackground(true);

    auto* advice = new QLabel(tr("Print the sheet (or copy the key by hand on paper) and keep it in the practice "
                                 "safe. Never photograph it, e-mail it or store it on this computer."),
                              this);
    advice->setWordWrap(true);

    auto* printButton = new QPushButton(tr("&Print the sheet…"), this);
    printButton->setObjectName(QStringLiteral("print"));
    connect(printButton, &QPushButton::clicked, this, &RecoveryKeyDialog::print);

    m_status = new StatusLabel(StatusKind::Plain, this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_confirmed = new QCheckBox(tr("I have printed or written down the recovery key"), this);
    m_confirmed->setObjectName(QStringLiteral("confirmed"));

    auto* buttons = new QDialogButtonBox(this);
    m_continue = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_continue->setObjectName(QStringLiteral("continue"));
    m_continue->setEnabled(false);
    connect(m_confirmed, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &RecoveryKeyDialog::accept);

    auto* printRow = new QHBoxLayout;
    printRow->addWidget(printButton);
    printRow->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(explain);
    layout->addSpacing(6);
    layout->addWidget(key);
    layout->addSpacing(6);
    layout->addWidget(advice);
    layout->addLayout(printRow);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_confirmed);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

QString RecoveryKeyDialog::printTo(QPagedPaintDevice& device)
{
    if (!RecoverySheet::paint(device, m_key, m_vault.path(), m_createdUtc))
        return tr("The recovery sheet could not be printed.");
    if (auto r = m_vault.audit().append(QString::fromLatin1(AuditAction::RecoverySheetPrint)); !r)
        return tr("The sheet was printed but the audit log could not record it: %1").arg(r.error().message);
    return {};
}

void RecoveryKeyDialog::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setKind(problem ? StatusKind::Error : StatusKind::Plain);
    m_status->show();
    growToFit(*this);
}

void RecoveryKeyDialog::print()
{
    if (QPrinterInfo::availablePrinters().isEmpty()) {
        showStatus(tr("No printer is set up on this computer. Copy the key by hand onto paper instead, "
                      "or set up a printer and click \"Print the sheet…\" again."),
                   true);
        return;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Relais recovery key"));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery sheet"));
    // Printing to a file would put the key on this computer.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (printer.outputFormat() != QPrinter::NativeFormat) {
        showStatus(tr("Choose a paper printer: the sheet must not be saved as a file."), true);
        return;
    }
    QString error = printTo(printer);
    if (error.isEmpty() && printer.printerState() == QPrinter::Error)
        error = tr("The printer reported an error. Check it, or copy the key by hand.");
    if (error.isEmpty())
        showStatus(tr("The sheet has been sent to the printer. Check that it came out."), false);
    else
        showStatus(error, true);
}

void RecoveryKeyDialog::accept()
{
    if (!m_confirmed->isChecked())
        return;
    QDialog::accept();
}

void RecoveryKeyDialog::reject()
{
    // Escape or the window's close button must not skip the key: leaving needs the checkbox.
    accept();
}

} // namespace relais::ui
