// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consultation/Consultation.h"

#include <QPointer>
#include "records/Patient.h"

#include <QDialog>

#include <memory>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace relais {
class Clock;
class ConsultationStore;
class DraftAutosave;
class Vault;
}

namespace relais::ui {

class StatusLabel;

class PrescriptionEditor;
class VitalsForm;

// One consultation on screen. A draft is typed with the keyboard only and saved as it is typed
// (at most five seconds of typing at risk, and at once on a focus change, a lock or a close);
// Ctrl+Enter closes it. A closed one is shown read-only, can be corrected (saying why, every
// version kept), its versions listed and its report printed.
class ConsultationEditor : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Draft, ReadOnly, Correcting };

    ConsultationEditor(Vault& vault, const Clock& clock, const Patient& patient, const Consultation& c,
                       QWidget* parent = nullptr);
    ~ConsultationEditor() override;

    qint64 consultationId() const { return m_c.id; }
    Mode mode() const { return m_mode; }
    VitalsForm* vitalsForm() const { return m_vitals; }
    QString errorText() const;
    // The content as typed.
    Consultation current() const;
    bool isEmpty() const;

public slots:
    // Ctrl+Enter: finalises the draft, or saves the correction.
    void closeConsultation();
    void startCorrection();
    void showRevisions();
    void printReport();
    // Opens the prescription editor for this patient, linked to this consultation (the draft is
    // saved first; a weight typed in the vitals is offered to it).
    void prescribe();
    // Called every second: saves the draft if typing stopped long enough.
    void autosaveTick();
    // Saves now whatever is pending (focus change, lock, close).
    void flushDraft();
    void done(int result) override;

signals:
    // The consultation was finalised, corrected or discarded: the timeline changes.
    void consultationChanged(qint64 id);
    // A prescription written from this consultation was saved.
    void prescriptionSaved(qint64 prescriptionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void build();
    void load(const Consultation& c);
    void setMode(Mode mode);
    void onEdited();
    void showError(const QString& text);
    void showSaved();

    Vault* m_vault = nullptr;
    const Clock& m_clock;
    Patient m_patient;
    Consultation m_c;
    Mode m_mode = Mode::Draft;
    std::unique_ptr<ConsultationStore> m_store;
    std::unique_ptr<DraftAutosave> m_autosave;
    bool m_loading = false;

    QTimer* m_tick = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_saved = nullptr;
    QLabel* m_whyLabel = nullptr;
    QLineEdit* m_why = nullptr;
    QLineEdit* m_reason = nullptr;
    QPlainTextEdit* m_examination = nullptr;
    VitalsForm* m_vitals = nullptr;
    QPlainTextEdit* m_conclusion = nullptr;
    QPlainTextEdit* m_diagnoses = nullptr;
    QPlainTextEdit* m_plan = nullptr;
    StatusLabel* m_error = nullptr;
    QLabel* m_keys = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_versions = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_prescribe = nullptr;
    QPointer<PrescriptionEditor> m_prescription;
    QPushButton* m_leave = nullptr;
};

} // namespace relais::ui
