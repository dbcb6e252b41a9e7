// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Patient.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace relais {
class Clock;
class PatientStore;
}

namespace relais::ui {

class StatusLabel;

class MessageBar;

// Creates a patient or corrects one: the INS traits as on the identity document, the NIR or
// NIA, the identity status (PROV or VALI offline; an imported RECUP/QUAL is kept while the traits
// are untouched), then the usual name and contact. Saves through PatientStore and shows its
// refusals in red, naming the field; NIR/identity mismatches are shown as warnings only.
// Before creating, patients that look the same are shown and the existing chart is offered.
class PatientEditorDialog : public QDialog
{
    Q_OBJECT

public:
    // A new patient when `existing` is empty.
    PatientEditorDialog(PatientStore& store, const Clock& clock, std::optional<Patient> existing = std::nullopt,
                        QWidget* parent = nullptr);

    // Fills what the search box held: a name, a date of birth.
    void prefill(const QString& query);
    // The patient as typed (matricule canonical when valid).
    Patient patientFromFields() const;

    bool isCreating() const { return !m_original; }
    qint64 savedId() const { return m_savedId; }
    // Set when the GP chose to open an existing chart instead of creating a duplicate.
    qint64 openInsteadId() const { return m_openInstead; }
    MessageBar* warningBar() const { return m_warnings; }

public slots:
    void save();

private:
    QWidget* buildIdentity();
    QWidget* buildContact();
    QLineEdit* field(QWidget* parent, const char* name, const QString& placeholder = {});
    void load(const Patient& p);
    void updateStatus();
    void updateWarnings();
    bool keepsImportedStatus() const;
    QWidget* fieldInError(const Patient& p) const;
    void showError(const QString& message, QWidget* field);
    void clearError();

    PatientStore& m_store;
    const Clock& m_clock;
    std::optional<Patient> m_original;
    qint64 m_savedId = 0;
    qint64 m_openInstead = 0;
    bool m_firstGivenTouched = false;

    MessageBar* m_warnings = nullptr;
    StatusLabel* m_error = nullptr;
    QWidget* m_errorField = nullptr;
    QLineEdit* m_birthName = nullptr;
    QLineEdit* m_givenNames = nullptr;
    QLineEdit* m_firstGiven = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_birthDate = nullptr;
    QLineEdit* m_birthPlace = nullptr;
    QLineEdit* m_nir = nullptr;
    QComboBox* m_status = nullptr;
    QLabel* m_statusInfo = nullptr;
    QCheckBox* m_doubtful = nullptr;
    QLineEdit* m_usedName = nullptr;
    QLineEdit* m_usedGiven = nullptr;
    QLineEdit* m_address = nullptr;
    QLineEdit* m_postalCode = nullptr;
    QLineEdit* m_city = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_mobile = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace relais::ui
