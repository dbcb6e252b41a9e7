// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/VaultAccessDialog.h"

#include "widgets/StatusLabel.h"

#include "widgets/GrowToFit.h"
#include "session/RecoveryKeyDialog.h"
#include "widgets/BusyGuard.h"
#include "access/AuditTable.h"
#include "common/Logging.h"
#include "prescribing/PractitionerStore.h"
#include "session/SlotPassphraseDialog.h"
#include "access/SlotDirectory.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace relais::ui {

namespace {
enum Column { Label, Kind, Prescriber, Created, LastUsed };
}

VaultAccessDialog::VaultAccessDialog(Vault& vault, KdfParams kdf, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_kdf(kdf)
{
    setObjectName(QStringLiteral("vaultAccessDialog"));
    setWindowTitle(tr("Vault access"));
    m_confirm = [this](const QString& question) {
        return QMessageBox::question(this, windowTitle(), question) == QMessageBox::Yes;
    };
    m_showKey = [this](const SecureBytes& key) {
        RecoveryKeyDialog dialog(key, m_vault, this);
        dialog.exec();
    };

    auto* intro = new QLabel(tr("Each practitioner unlocks Relais with a passphrase of their own; the recovery key, "
                                "kept in the practice safe, opens it when every passphrase is lost."),
                             this);
    intro->setWordWrap(true);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("slots"));
    m_list->setRootIsDecorated(false);
    m_list->setAllColumnsShowFocus(true);
    m_list->setHeaderLabels({tr("Name"), tr("Kind"), tr("Prescriber"), tr("Created on"), tr("Last used")});
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(160);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &VaultAccessDialog::updateButtons);

    const auto button = [this](const QString& text, const char* name, void (VaultAccessDialog::*slot)()) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(QLatin1String(name));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* add = button(tr("&Add a practitioner…"), "addPractitioner", &VaultAccessDialog::addPractitioner);
    auto* change = button(tr("&Change my passphrase…"), "changePassphrase", &VaultAccessDialog::changeOwnPassphrase);
    // Unlocked with the recovery key: there is no passphrase of one's own to change (the
    // forgotten one is reset with relais-cli passwd --recovery-key-file, or a new slot added).
    const auto own = m_vault.findSlot(m_vault.slotId());
    change->setEnabled(own && own->kind == SlotKind::Passphrase);
    m_link = button(tr("&Link to a prescriber…"), "linkPrescriber", &VaultAccessDialog::linkSelected);
    m_remove = button(tr("&Remove…"), "removeSlot", &VaultAccessDialog::removeSelected);
    auto* recovery = button(tr("New recovery &key…"), "newRecoveryKey", &VaultAccessDialog::replaceRecoveryKey);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : {add, change, m_link, m_remove, recovery})
        actions->addWidget(b);
    actions->addStretch();

    m_message = new StatusLabel(StatusKind::Plain, this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &VaultAccessDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(820, 380);
    reload();
}

void VaultAccessDialog::reload()
{
    const QString keep = selectedSlot();
    m_list->clear();
    auto rows = SlotDirectory::read(m_vault);
    if (!rows) {
        showMessage(rows.error().message, true);
        return;
    }
    for (const SlotRow& r : std::as_const(*rows)) {
        auto* item = new QTreeWidgetItem(m_list);
        item->setData(Label, Qt::UserRole, r.slot.id);
        item->setText(Label, r.current ? tr("%1 (this session)").arg(r.slot.label) : r.slot.label);
        item->setText(Kind, SlotDirectory::kindWords(r.slot.kind));
        item->setText(Prescriber, r.practitioner ? r.practitioner->displayName() : QString());
        item->setText(Created, AuditTable::localTime(r.slot.createdUtc));
        item->setText(LastUsed, r.lastUsedUtc.isValid() ? AuditTable::localTime(r.lastUsedUtc) : tr("never"));
        if (r.current) {
            QFont bold = item->font(Label);
            bold.setBold(true);
            for (int c = 0; c <= LastUsed; ++c)
                item->setFont(c, bold);
        }
        if (r.slot.id == keep)
            m_list->setCurrentItem(item);
    }
    updateButtons();
}

QString VaultAccessDialog::selectedSlot() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(Label, Qt::UserRole).toString() : QString();
}

void VaultAccessDialog::updateButtons()
{
    const auto slot = m_vault.findSlot(selectedSlot());
    const bool passphrase = slot && slot->kind == SlotKind::Passphrase;
    m_link->setEnabled(passphrase);
    m_remove->setEnabled(slot && slot->id != m_vault.slotId());
}

void VaultAccessDialog::showMessage(const QString& text, bool problem)
{
    m_message->setKind(problem ? StatusKind::Error : StatusKind::Plain);
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void VaultAccessDialog::addPractitioner()
{
    SlotPassphraseDialog dialog(m_vault, m_kdf, SlotPassphraseDialog::Mode::AddPractitioner, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const auto slot = m_vault.findSlot(dialog.slotId());
    showMessage(tr("Key slot \"%1\" added: that practitioner can now unlock Relais with their passphrase.")
                    .arg(slot ? slot->label : QString()),
                false);
    emit changed();
}

void VaultAccessDialog::changeOwnPassphrase()
{
    SlotPassphraseDialog dialog(m_vault, m_kdf, SlotPassphraseDialog::Mode::ChangeOwn, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showMessage(tr("Your passphrase is changed: use the new one from the next unlock."), false);
    emit changed();
}

void VaultAccessDialog::linkSelected()
{
    const auto slot = m_vault.findSlot(selectedSlot());
    if (!slot || slot->kind != SlotKind::Passphrase)
        return;
    auto list = PractitionerStore(m_vault).list();
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    QStringList names{tr("— none —")};
    QList<qint64> ids{0};
    int current = 0;
    for (const Practitioner& p : std::as_const(*list)) {
        names << p.displayName();
        ids << p.id;
        if (p.slotId == slot->id)
            current = int(ids.size()) - 1;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Link to a prescriber"),
                                                 tr("Prescriber who unlocks with \"%1\":").arg(slot->label), names,
                                                 current, false, &ok);
    if (!ok)
        return;
    if (auto r = PractitionerStore(m_vault).linkSlot(slot->id, ids.value(names.indexOf(chosen))); !r) {
        showMessage(r.error().message, true);
        return;
    }
    reload();
    showMessage({}, false);
    emit changed();
}

void VaultAccessDialog::removeSelected()
{
    const auto slot = m_vault.findSlot(selectedSlot());
    if (!slot)
        return;
    if (!m_confirm(tr("Remove the key slot \"%1\"? Whoever unlocks with it will no longer be able to open Relais.")
                       .arg(slot->label)))
        return;
    if (auto r = m_vault.removeSlot(slot->id); !r) {
        showMessage(r.error().message, true);
        return;
    }
    // The prescriber it was tied to keeps their profile, without a slot.
    PractitionerStore store(m_vault);
    if (auto linked = store.forSlot(slot->id); linked && *linked)
        if (auto r = store.linkSlot(slot->id, 0); !r)
            qCWarning(lcUi) << "slot link not cleared";
    reload();
    showMessage(tr("Key slot \"%1\" removed.").arg(slot->label), false);
    emit changed();
}

void VaultAccessDialog::replaceRecoveryKey()
{
    if (!m_confirm(tr("Make a new recovery key? The old one stops working at once: print the new sheet and destroy "
                      "the old one.")))
        return;
    Result<SecureBytes> key = [&] {
        const BusyGuard busy;
        return m_vault.replaceRecoveryKey(m_kdf.isValid() ? m_kdf : KdfParams::calibrate());
    }();
    if (!key) {
        showMessage(key.error().message, true);
        return;
    }
    reload();
    showMessage(tr("New recovery key made; the old one no longer opens the vault."), false);
    m_showKey(*key);
    emit changed();
}

} // namespace relais::ui
