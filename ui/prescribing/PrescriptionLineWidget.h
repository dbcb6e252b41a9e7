// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prescribing/Prescription.h"

#include <QGroupBox>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace relais {
class DrugReference;
struct DrugHit;
}

namespace relais::ui {

class StatusLabel;

class DrugCompleter;

// One medicine line of the prescription editor: the DCI and its form, a structured posology that
// reads as the French sentence (which the GP may rewrite), duration or packs, renewals, and the
// non-substitutable, ALD and stupéfiant marks.
class PrescriptionLineWidget : public QGroupBox
{
    Q_OBJECT

public:
    explicit PrescriptionLineWidget(bool patientHasAld, QWidget* parent = nullptr);

    void setNumber(int number);
    void setLine(const PrescriptionLine& line);
    PrescriptionLine line() const;
    // An empty line the GP has not typed in (the one the editor opens with): not part of the prescription.
    bool isUntouched() const { return !m_fromData && line() == m_pristine; }
    // Marks the line as the one the message is about (red frame), or clears the mark.
    void setFlagged(bool flagged);
    // A known allergy of the patient this medicine may trigger (empty: none), shown in red.
    void setAllergyWarning(const QString& text);
    QString allergyWarning() const;
    // The BDPM reference behind the DCI field's popup (the one beside the vault by default); null
    // leaves free text only.
    void setDrugReference(std::shared_ptr<DrugReference> reference, const QString& problem = {});
    DrugCompleter* drugCompleter() const { return m_completer; }
    // Fills the line in DCI form from a medicine of the reference (the brand only offered).
    void choose(const DrugHit& hit);

signals:
    void changed();
    void removeRequested(relais::ui::PrescriptionLineWidget* line);

private:
    void updateSentence();
    void updateEnabled();

    bool m_hasAld = false;
    bool m_loading = false;
    QLineEdit* m_dci = nullptr;
    QLineEdit* m_strength = nullptr;
    QLineEdit* m_form = nullptr;
    QLineEdit* m_route = nullptr;
    QLineEdit* m_brand = nullptr;
    QDoubleSpinBox* m_quantity = nullptr;
    QLineEdit* m_unit = nullptr;
    QCheckBox* m_morning = nullptr;
    QCheckBox* m_noon = nullptr;
    QCheckBox* m_evening = nullptr;
    QCheckBox* m_bedtime = nullptr;
    QSpinBox* m_timesPerDay = nullptr;
    QCheckBox* m_asNeeded = nullptr;
    QSpinBox* m_posologyDays = nullptr;
    QLineEdit* m_extra = nullptr;
    QLineEdit* m_sentence = nullptr;
    QSpinBox* m_duration = nullptr;
    QComboBox* m_durationUnit = nullptr;
    QSpinBox* m_packs = nullptr;
    QSpinBox* m_renewals = nullptr;
    QCheckBox* m_nonSubstitutable = nullptr;
    QComboBox* m_reason = nullptr;
    QLineEdit* m_cifExcipient = nullptr;
    QCheckBox* m_ald = nullptr;
    QCheckBox* m_stupefiant = nullptr;
    QToolButton* m_remove = nullptr;
    QLabel* m_referenceDate = nullptr;
    StatusLabel* m_allergy = nullptr;
    DrugCompleter* m_completer = nullptr;
    // Keeps what the structured entry does not show (fractions, maximum a day, interval).
    PrescriptionLine m_base;
    PrescriptionLine m_pristine;  // the line as the widget was created
    bool m_fromData = false;      // filled by setLine (renewed, reopened): never "untouched"
};

} // namespace relais::ui
