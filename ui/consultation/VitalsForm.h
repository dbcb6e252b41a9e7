// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consultation/Vitals.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;

namespace relais::ui {

// The vital signs of a consultation, each with its unit; an impossible value is shown in red
// next to its field (and refused on closing), an unusual one in orange. BMI follows as typed.
class VitalsForm : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kCount = int(Vitals::Field::Glucose) + 1;

    explicit VitalsForm(QWidget* parent = nullptr);

    // What is typed; a field that is not a number counts as empty (see parseErrors()).
    Vitals vitals() const;
    void setVitals(const Vitals& v);
    void setReadOnly(bool readOnly);
    // "Weight: “7O” is not a number", one per field.
    QStringList parseErrors() const;
    QLineEdit* field(Vitals::Field f) const { return m_fields.at(std::size_t(f)); }
    QLabel* note(Vitals::Field f) const { return m_notes.at(std::size_t(f)); }
    QLabel* bmi() const { return m_bmi; }

signals:
    void changed();

private:
    void refresh();

    std::array<QLineEdit*, kCount> m_fields{};
    std::array<QLabel*, kCount> m_notes{};
    QLabel* m_bmi = nullptr;
};

} // namespace relais::ui
