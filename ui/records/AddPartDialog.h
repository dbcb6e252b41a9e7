// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/PatientStore.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace relais {
class Clock;
}

namespace relais::ui {

class StatusLabel;

// A small form for one item of the chart: an allergy, a history item, an ALD, a long-term
// treatment or a weight and height. Saves through PatientStore::add; closes only when it is saved.
class AddPartDialog : public QDialog
{
    Q_OBJECT

public:
    using Part = PatientStore::Part;

    AddPartDialog(PatientStore& store, qint64 patientId, Part part, const Clock& clock, QWidget* parent = nullptr);

    static QString menuText(Part part);  // "Allergy…"
    qint64 savedId() const { return m_savedId; }

public slots:
    void save();

private:
    QLineEdit* line(const char* name, const QString& label, const QString& placeholder = {});
    QLineEdit* dateLine(const char* name, const QString& label);
    Result<QDate> dateFrom(QLineEdit* field, const QString& label) const;
    Result<double> numberFrom(QLineEdit* field, const QString& label) const;
    Result<qint64> add();
    void showError(const QString& message);

    PatientStore& m_store;
    qint64 m_patientId;
    Part m_part;
    const Clock& m_clock;
    qint64 m_savedId = 0;
    QFormLayout* m_form = nullptr;
    StatusLabel* m_error = nullptr;
    // Only the fields of the part are created.
    QLineEdit* m_text = nullptr;    // substance, label, DCI
    QLineEdit* m_detail = nullptr;  // reaction, CIM-10
    QComboBox* m_kind = nullptr;    // severity, history kind, non-substitution
    QLineEdit* m_date = nullptr;
    QLineEdit* m_end = nullptr;
    QLineEdit* m_strength = nullptr;
    QLineEdit* m_galenic = nullptr;  // pharmaceutical form
    QLineEdit* m_route = nullptr;
    QLineEdit* m_brand = nullptr;
    QLineEdit* m_posology = nullptr;
    QLineEdit* m_duration = nullptr;
    QSpinBox* m_renewals = nullptr;
    QCheckBox* m_ald = nullptr;
    QLineEdit* m_weight = nullptr;
    QLineEdit* m_height = nullptr;
};

} // namespace relais::ui
