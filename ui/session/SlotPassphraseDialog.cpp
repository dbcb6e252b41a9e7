// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/SlotPassphraseDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "prescribing/PractitionerDialog.h"
#include "widgets/SecretField.h"
#include "widgets/BusyGuard.h"
#include "prescribing/PractitionerStore.h"
#include "vault/Vault.h"
#include "widgets/PassphraseField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace relais::ui {

SlotPassphraseDialog::SlotPassphraseDialog(Vault& vault, KdfParams kdf, Mode mode, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_kdf(kdf), m_mode(mode)
{
    const bool adding = mode == Mode::AddPractitioner;
    setObjectName(adding ? QStringLiteral("addPractitionerSlotDialog") : QStringLiteral("changePassphraseDialog"));
    setWindowTitle(adding ? tr("Add a practitioner") : tr("Change my passphrase"));

    auto* intro = new QLabel(adding ? tr("The new practitioner types a passphrase of their own, twice. They will unlock "
                                         "Relais with it, and their prescriptions will name them. The records are not "
                                         "re-encrypted: a key slot is added.")
                                    : tr("Type your current passphrase, then the new one twice. The other practitioners' "
                                         "passphrases and the recovery key do not change."),
                             this);
    intro->setWordWrap(true);

    m_passphrase = new PassphraseField(adding ? tr("Their &passphrase:") : tr("&New passphrase:"), this);
    QFormLayout* form = m_passphrase->form();
    if (adding) {
        m_label = new QLineEdit(this);
        m_label->setObjectName(QStringLiteral("slotLabel"));
        m_label->setPlaceholderText(tr("e.g. Dr Bernard Martin"));
        m_prescriber = new QComboBox(this);
        m_prescriber->setObjectName(QStringLiteral("prescriber"));
        auto* create = new QPushButton(tr("New profile…"), this);
        create->setObjectName(QStringLiteral("newPrescriber"));
        create->setAutoDefault(false);
        connect(create, &QPushButton::clicked, this, &SlotPassphraseDialog::newPrescriber);
        auto* row = new QHBoxLayout;
        row->addWidget(m_prescriber, 1);
        row->addWidget(create);
        form->insertRow(0, tr("&Name shown in Relais:"), m_label);
        auto* prescriberLabel = new QLabel(tr("P&rescriber profile:"), this);
        prescriberLabel->setBuddy(m_prescriber);
        form->insertRow(1, prescriberLabel, row);
        connect(m_label, &QLineEdit::textChanged, this, &SlotPassphraseDialog::updateState);
        connect(m_prescriber, &QComboBox::currentIndexChanged, this, &SlotPassphraseDialog::updateState);
        loadPrescribers();
    } else {
        m_current = new QLineEdit(this);
        m_current->setObjectName(QStringLiteral("currentPassphrase"));
        m_current->setEchoMode(QLineEdit::Password);
        form->insertRow(0, tr("C&urrent passphrase:"), m_current);
        connect(m_current, &QLineEdit::textChanged, this, &SlotPassphraseDialog::updateState);
    }
    QList<QLineEdit*> secrets{m_passphrase->passphraseEdit(), m_passphrase->confirmationEdit()};
    if (m_current)
        secrets << m_current;
    connect(this, &QDialog::finished, this, [secrets] {
        for (QLineEdit* e : secrets)
            wipeField(*e);
    });
    connect(m_passphrase, &PassphraseField::changed, this, &SlotPassphraseDialog::updateState);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setWordWrap(true);
    m_error = new StatusLabel(StatusKind::Error, this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setKind(StatusKind::Error);
    m_error->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(adding ? tr("Add the practitioner") : tr("Change the passphrase"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("ok"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SlotPassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SlotPassphraseDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_passphrase);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(540);
    updateState();
}

void SlotPassphraseDialog::loadPrescribers(qint64 select)
{
    auto list = PractitionerStore(m_vault).list();
    const QSignalBlocker block(m_prescriber);
    m_prescriber->clear();
    m_prescriber->addItem(tr("— none (not a prescriber) —"), 0);
    if (!list) {
        showError(list.error().message);
        return;
    }
    for (const Practitioner& p : std::as_const(*list)) {
        // A prescriber who has a slot already keeps it: the new slot would take their link away.
        const bool linked = !p.slotId.isEmpty() && m_vault.findSlot(p.slotId);
        if (!linked || p.id == select)
            m_prescriber->addItem(p.displayName(), p.id);
    }
    const int at = m_prescriber->findData(select);
    m_prescriber->setCurrentIndex(at >= 0 ? at : (m_prescriber->count() > 1 ? 1 : 0));
}

void SlotPassphraseDialog::newPrescriber()
{
    PractitionerDialog dialog(m_vault, this);
    dialog.exec();
    // The newest profile without a slot is the one just made.
    auto list = PractitionerStore(m_vault).list();
    qint64 newest = 0;
    if (list)
        for (const Practitioner& p : std::as_const(*list))
            if (p.slotId.isEmpty())
                newest = std::max(newest, p.id);
    loadPrescribers(newest);
    updateState();
}

void SlotPassphraseDialog::updateState()
{
    QString reason;
    if (m_label && m_label->text().trimmed().isEmpty())
        reason = tr("Enter the practitioner's name to continue.");
    else if (m_current && m_current->text().isEmpty())
        reason = tr("Type your current passphrase to continue.");
    else
        reason = m_passphrase->problem();
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
    m_ok->setEnabled(reason.isEmpty());
    growToFit(*this);
}

void SlotPassphraseDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    growToFit(*this);
}

void SlotPassphraseDialog::accept()
{
    if (!m_ok->isEnabled())
        return;
    const KdfParams params = m_kdf.isValid() ? m_kdf : KdfParams::calibrate();
    if (m_mode == Mode::ChangeOwn) {
        if (const auto own = m_vault.findSlot(m_vault.slotId()); !own || own->kind != SlotKind::Passphrase) {
            showError(tr("This session was unlocked with the recovery key: there is no passphrase of yours to change."));
            return;
        }
        const SecureBytes current = takeSecret(*m_current);
        const BusyGuard busy;
        if (auto r = m_vault.checkSecret(m_vault.slotId(), current); !r) {
            showError(r.error().kind == ErrorKind::WrongSecret ? tr("The current passphrase is not the right one.")
                                                               : r.error().message);
            return;
        }
        const SecureBytes next = m_passphrase->take();
        if (auto r = m_vault.changeSecret(m_vault.slotId(), next, params); !r) {
            showError(r.error().message);
            return;
        }
        m_slotId = m_vault.slotId();
        QDialog::accept();
        return;
    }
    const QString label = m_label->text().trimmed();
    const qint64 prescriber = m_prescriber->currentData().toLongLong();
    Result<QString> added = [&] {
        const BusyGuard busy;
        const SecureBytes secret = m_passphrase->take();
        return m_vault.addSlot(label, SlotKind::Passphrase, secret, params);
    }();
    if (!added) {
        showError(added.error().message);
        return;
    }
    m_slotId = *added;
    if (prescriber > 0)
        if (auto r = PractitionerStore(m_vault).linkSlot(m_slotId, prescriber); !r) {
            // The slot exists: say so, and that the link can be made from the list.
            showError(tr("The passphrase was added, but not tied to the prescriber: %1").arg(r.error().message));
            return;
        }
    QDialog::accept();
}

} // namespace relais::ui
