// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prescribing/Practitioner.h"
#include "prescribing/Prescription.h"
#include "print/PrintSettings.h"
#include "records/Patient.h"

#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPrinter;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace relais {
class Clock;
class Vault;
}

namespace relais::ui {

class StatusLabel;

class PdfPreview;
class PrescriptionLineWidget;

// Writes one paper prescription (medicines, certificate or free document) for the open chart, with
// the page it will print beside it. Saving stores it (validated by the core); printing stores the
// PDF at the same time, so that a reprint gives the same bytes.
class PrescriptionEditor : public QDialog
{
    Q_OBJECT

public:
    PrescriptionEditor(Vault& vault, const Clock& clock, Patient patient, qint64 consultationId = 0,
                       QWidget* parent = nullptr);
    ~PrescriptionEditor() override;

    Prescription prescription() const;
    // One line per current treatment of the patient, appended; the GP adjusts them.
    void renewTreatments();
    PrescriptionLineWidget* addLine(const PrescriptionLine& line = {});
    QList<PrescriptionLineWidget*> lines() const { return m_lines; }
    PdfPreview* preview() const { return m_preview; }
    // The core's message about the prescription as it stands, empty when it may be printed.
    QString message() const;
    // Stores the prescription and prints it on `printer`, or on one chosen in the print dialog.
    // Returns false (the reason shown) when refused or cancelled.
    bool saveAndPrint(QPrinter* printer = nullptr);
    qint64 savedId() const { return m_savedId; }
    // The weight to print (a child's, typed in the consultation's vitals).
    void setWeight(double kg);

signals:
    void saved(qint64 id);

private:
    void buildForm();
    void loadPractitioners();
    void editPractitioners();
    void onKindChanged();
    void onChanged();
    void renumber();
    // Asks the GP to confirm medicines that a known allergy of the patient may trigger.
    bool confirmAllergies();
    std::optional<Practitioner> currentPractitioner() const;

    Vault& m_vault;
    const Clock& m_clock;
    Patient m_patient;
    qint64 m_consultationId = 0;
    qint64 m_savedId = 0;
    bool m_hasAld = false;
    QList<Practitioner> m_practitioners;
    SecurePaperLayout m_secure;

    QComboBox* m_practitioner = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_layout = nullptr;
    QCheckBox* m_duplicata = nullptr;
    QDoubleSpinBox* m_weight = nullptr;
    QLabel* m_weightNote = nullptr;
    StatusLabel* m_weightWarning = nullptr;
    QStackedWidget* m_pages = nullptr;
    QVBoxLayout* m_linesLayout = nullptr;
    QList<PrescriptionLineWidget*> m_lines;
    QLineEdit* m_title = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QPlainTextEdit* m_comments = nullptr;
    StatusLabel* m_message = nullptr;
    QPushButton* m_useSecure = nullptr;
    QPushButton* m_print = nullptr;
    PdfPreview* m_preview = nullptr;
};

} // namespace relais::ui
