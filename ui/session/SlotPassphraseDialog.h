// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/Kdf.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

class PassphraseField;

// Settings → Vault access: "Add a practitioner" (a new passphrase slot tied to a prescriber;
// the data is not re-encrypted) and "Change my passphrase" (the slot this session was unlocked
// with, after the current passphrase is typed again). The change is made at accept(); a refusal
// is shown here and the dialog stays open.
class SlotPassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { AddPractitioner, ChangeOwn };

    SlotPassphraseDialog(Vault& vault, KdfParams kdf, Mode mode, QWidget* parent = nullptr);

    // The slot added or changed (after accept).
    QString slotId() const { return m_slotId; }
    void accept() override;

private:
    void updateState();
    void loadPrescribers(qint64 select = 0);
    void newPrescriber();
    void showError(const QString& message);

    Vault& m_vault;
    KdfParams m_kdf;
    Mode m_mode;
    QString m_slotId;
    QLineEdit* m_label = nullptr;
    QComboBox* m_prescriber = nullptr;
    QLineEdit* m_current = nullptr;
    PassphraseField* m_passphrase = nullptr;
    QLabel* m_reason = nullptr;
    StatusLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace relais::ui
