// SPDX-License-Identifier: GPL-3.0-or-later
#include "CreateVaultDialog.h"

#include "GrowToFit.h"
#include "SecretField.h"
#include "vault/PassphraseStrength.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

namespace {

// Bar colour per level: red refused, orange accepted but short, green good.
QString barStyle(PassphraseStrength::Level level)
{
    const char* colour = "#c0392b";
    switch (level) {
    case PassphraseStrength::Level::TooWeak:
        break;
    case PassphraseStrength::Level::Weak:
        colour = "#e67e22";
        break;
    case PassphraseStrength::Level::Fair:
    case PassphraseStrength::Level::Strong:
        colour = "#27ae60";
        break;
    }
    return QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; background: palette(base); }"
                          "QProgressBar::chunk { background: %1; }")
        .arg(QLatin1String(colour));
}

} // namespace

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
    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    m_pass->setPlaceholderText(tr("Several words you will remember"));
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
    form->addRow(tr("Practitioner's &name:"), m_name);
    form->addRow(tr("&Passphrase:"), m_pass);
    form->addRow(tr("Strength:"), strength);
    form->addRow(tr("&Confirm the passphrase:"), m_confirm);

    auto* tip = new QLabel(tr("Tip: four or five unrelated words, such as \"lighthouse parsley violin "
                              "November\", are easy to remember and hard to guess."),
                           this);
    tip->setWordWrap(true);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
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
    layout->addLayout(form);
    layout->addWidget(tip);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(m_reason);
    layout->addSpacing(8);
    layout->addWidget(buttons);

    for (QLineEdit* edit : {m_name, m_pass, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, &CreateVaultDialog::updateState);
    setMinimumWidth(520);
    updateState();
}

void CreateVaultDialog::updateState()
{
    const SecureBytes pass = secretFrom(*m_pass);
    const SecureBytes confirm = secretFrom(*m_confirm);
    const PassphraseStrength strength = PassphraseStrength::evaluate(pass);

    // 100 bits and more fill the bar; the refusal threshold sits a little under half.
    m_strengthBar->setValue(std::clamp(int(strength.bits), 0, 100));
    m_strengthBar->setStyleSheet(barStyle(strength.level));
    m_strengthText->setText(pass.isEmpty() ? tr("Type a passphrase to see its strength.") : strength.describe());

    QString reason;
    if (m_name->text().trimmed().isEmpty())
        reason = tr("Enter the practitioner's name to continue.");
    else if (pass.isEmpty())
        reason = tr("Choose a passphrase to continue.");
    else if (!strength.acceptable())
        reason = tr("The passphrase is too weak: add one or two words.");
    else if (confirm.isEmpty())
        reason = tr("Type the passphrase a second time to confirm it.");
    else if (!pass.equals(confirm))
        reason = tr("The two passphrases do not match.");
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
    m_passphrase = takeSecret(*m_pass);
    wipeField(*m_confirm);
    showError({});
    QDialog::accept();
}

} // namespace relais::ui
