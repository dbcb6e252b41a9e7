// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Kdf.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace relais {
class SecureBytes;
class Vault;
}

namespace relais::ui {

class StatusLabel;

// Settings → Vault access: the key slots (label, kind, prescriber, created, last used; the one
// that unlocked this session marked), and what can be done with them: add a practitioner with
// their own passphrase, change one's own, tie a slot to a prescriber, remove one, replace the
// recovery key. Every change is made by the vault and audited there.
class VaultAccessDialog : public QDialog
{
    Q_OBJECT

public:
    VaultAccessDialog(Vault& vault, KdfParams kdf, QWidget* parent = nullptr);

    // Asked before removing or replacing (default: a message box). Tests answer it.
    void setConfirmer(std::function<bool(const QString& question)> confirm) { m_confirm = std::move(confirm); }
    // Shows the new recovery key (default: the recovery key dialog with its sheet, modal).
    void setRecoveryKeyShower(std::function<void(const SecureBytes& key)> show) { m_showKey = std::move(show); }
    QTreeWidget* list() const { return m_list; }
    void reload();

public slots:
    void addPractitioner();
    void changeOwnPassphrase();
    void linkSelected();
    void removeSelected();
    void replaceRecoveryKey();

signals:
    // A slot or its link changed (the status bar and the readiness check follow).
    void changed();

private:
    QString selectedSlot() const;
    void updateButtons();
    void showMessage(const QString& text, bool problem);

    Vault& m_vault;
    KdfParams m_kdf;
    std::function<bool(const QString&)> m_confirm;
    std::function<void(const SecureBytes&)> m_showKey;
    QTreeWidget* m_list = nullptr;
    StatusLabel* m_message = nullptr;
    QPushButton* m_link = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace relais::ui
