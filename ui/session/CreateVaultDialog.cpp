// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/CreateVaultDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "widgets/SecretField.h"
#include "widgets/PassphraseField.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

CreateVaultDialog::CreateVaultDialog(const QString& vaultPath, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("Relais — create the vault"));

    auto* title = new QLabel(tr("Welcome to Relais"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    auto* intro = new QLabel(tr("Relais keeps an encrypted copy of your patient records on this computer, so "
                                "that you can keep working when your usual medical software is unavailable. "
                                "The vault can only be opened with the passphrase you choose here, or with the "
                                "recovery key shown next."),
                             this);
    intro->setWordWrap(true);

    auto* where = new QLabel(tr("Vault file: %1").arg(vaultPath), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    where->setForegroundRole(QPalette::PlaceholderText);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setPlaceholderText(tr("e.g. Dr Marie Martin"));
    m_passphrase = new PassphraseField(tr("&Passphrase:"), this);
    wipeWhenFinished(*this, {m_passphrase->passphraseEdit(), m_passphrase->confirmationEdit()});
    m_passphrase->form()->insertRow(0, tr("Practitioner's &name:"), m_name);

    auto* tip = new QLabel(tr("Tip: four or five unrelated words, such as \"lighthouse parsley violin "
                              "November\", are easy to remember and hard to guess."),
                           this);
    tip->setWordWrap(true);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);

    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setKind(StatusKind::Error);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create the vault"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setDefault(true);
    buttons->addButton(tr("Quit"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateVaultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CreateVaultDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(intro);
    layout->addWidget(where);
    layout->addSpacing(8);
    layout->addWidget(m_passphrase);
    layout->addWidget(tip);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    connect(m_name, &QLineEdit::textChanged, this, &CreateVaultDialog::updateState);
    connect(m_passphrase, &PassphraseField::changed, this, &CreateVaultDialog::updateState);
    setMinimumWidth(520);
    updateState();
}

void CreateVaultDialog::updateState()
{
    const QString reason = m_name->text().trimmed().isEmpty() ? tr("Enter the practitioner's name to continue.")
                                                              : m_passphrase->problem();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_create->setEnabled(reason.isEmpty());
    growToFit(*this);
}

void CreateVaultDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    growToFit(*this);
}

void CreateVaultDialog::accept()
{
    if (!m_create->isEnabled())
        return;
    m_label = m_name->text().trimmed();
    m_secret = m_passphrase->take();
    showError({});
    QDialog::accept();
}

} // namespace relais::ui
