// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace relais::ui {

// A new passphrase typed twice, with its strength meter (zxcvbn, the vault's own refusal
// threshold): one place for its colours and its messages. Its rows live in a form layout the
// dialog may add its own rows to (form()), so that every label lines up.
class PassphraseField : public QWidget
{
    Q_OBJECT

public:
    explicit PassphraseField(const QString& label, QWidget* parent = nullptr);

    QFormLayout* form() const { return m_form; }
    void setPlaceholderText(const QString& text);
    // What stops the passphrase from being used ("" when it can be): empty, too weak, not
    // confirmed, or the two differ. `emptyReason` replaces the first message.
    QString problem(const QString& emptyReason = {}) const;
    bool isEmpty() const;
    // The passphrase, then both fields are wiped.
    SecureBytes take();
    void wipe();
    QLineEdit* passphraseEdit() const { return m_pass; }
    QLineEdit* confirmationEdit() const { return m_confirm; }
    // Bar colour per level: red refused, orange accepted but short, green good.
    static QString barStyle(bool acceptable, bool weak);

signals:
    void changed();

private:
    void updateMeter();

    QFormLayout* m_form = nullptr;
    QLineEdit* m_pass = nullptr;
    QLineEdit* m_confirm = nullptr;
    QProgressBar* m_bar = nullptr;
    QLabel* m_text = nullptr;
};

} // namespace relais::ui
