// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prescribing/Practitioner.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

// Settings → Practitioners: the prescribers printed on prescriptions, added and corrected here.
// The core normalises (phone to +33, "France" appended) and refuses with the field named.
class PractitionerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PractitionerDialog(Vault& vault, QWidget* parent = nullptr);

    // Saves the form (new or the one selected); returns false with the message shown.
    bool save();
    QString message() const;
    void startNew();

private:
    void reload(qint64 select = 0);
    void reloadFromEhr();
    void fillFromEhr(const Practitioner& p);
    void showPractitioner(const Practitioner& p);
    Practitioner fromForm() const;

    Vault& m_vault;
    QList<Practitioner> m_list;
    qint64 m_editingId = 0;
    QListWidget* m_names = nullptr;
    QLineEdit* m_surname = nullptr;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_specialty = nullptr;
    QLineEdit* m_rpps = nullptr;
    QLineEdit* m_am = nullptr;
    QLineEdit* m_finess = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    StatusLabel* m_message = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_fromEhr = nullptr;
};

} // namespace relais::ui
