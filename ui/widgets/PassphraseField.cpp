// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/PassphraseField.h"

#include "widgets/SecretField.h"
#include "vault/PassphraseStrength.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

#include <algorithm>

namespace relais::ui {

PassphraseField::PassphraseField(const QString& label, QWidget* parent) : QWidget(parent)
{
    m_pass = new QLineEdit(this);
    m_pass->setObjectName(QStringLiteral("passphrase"));
    m_pass->setEchoMode(QLineEdit::Password);
    m_pass->setPlaceholderText(tr("Several words you will remember"));
    m_confirm = new QLineEdit(this);
    m_confirm->setObjectName(QStringLiteral("confirmation"));
    m_confirm->setEchoMode(QLineEdit::Password);

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(QStringLiteral("strengthBar"));
    m_bar->setRange(0, 100);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("strengthText"));
    m_text->setWordWrap(true);
    auto* strength = new QVBoxLayout;
    strength->setSpacing(4);
    strength->addWidget(m_bar);
    strength->addWidget(m_text);

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->addRow(label, m_pass);
    m_form->addRow(tr("Strength:"), strength);
    m_form->addRow(tr("&Confirm the passphrase:"), m_confirm);

    for (QLineEdit* edit : {m_pass, m_confirm})
        connect(edit, &QLineEdit::textChanged, this, [this] {
            updateMeter();
            emit changed();
        });
    updateMeter();
}

QString PassphraseField::barStyle(bool acceptable, bool weak)
{
    const char* colour = !acceptable ? "#c0392b" : weak ? "#e67e22" : "#27ae60";
    return QStringLiteral("QProgressBar { border: 1px solid palette(mid); border-radius: 3px; background: palette(base); }"
                          "QProgressBar::chunk { background: %1; }")
        .arg(QLatin1String(colour));
}

void PassphraseField::setPlaceholderText(const QString& text) { m_pass->setPlaceholderText(text); }

void PassphraseField::updateMeter()
{
    const SecureBytes pass = secretFrom(*m_pass);
    const PassphraseStrength strength = PassphraseStrength::evaluate(pass);
    // 100 bits and more fill the bar; the refusal threshold sits a little under half.
    m_bar->setValue(std::clamp(int(strength.bits), 0, 100));
    m_bar->setStyleSheet(barStyle(strength.acceptable(), strength.level == PassphraseStrength::Level::Weak));
    m_text->setText(pass.isEmpty() ? tr("Type a passphrase to see its strength.") : strength.describe());
}

bool PassphraseField::isEmpty() const { return m_pass->text().isEmpty(); }

QString PassphraseField::problem(const QString& emptyReason) const
{
    const SecureBytes pass = secretFrom(*m_pass);
    const SecureBytes confirm = secretFrom(*m_confirm);
    if (pass.isEmpty())
        return emptyReason.isEmpty() ? tr("Choose a passphrase to continue.") : emptyReason;
    if (!PassphraseStrength::evaluate(pass).acceptable())
        return tr("The passphrase is too weak: add one or two words.");
    if (confirm.isEmpty())
        return tr("Type the passphrase a second time to confirm it.");
    if (!pass.equals(confirm))
        return tr("The two passphrases do not match.");
    return {};
}

SecureBytes PassphraseField::take()
{
    SecureBytes s = takeSecret(*m_pass);
    wipeField(*m_confirm);
    return s;
}

void PassphraseField::wipe()
{
    wipeField(*m_pass);
    wipeField(*m_confirm);
}

} // namespace relais::ui
