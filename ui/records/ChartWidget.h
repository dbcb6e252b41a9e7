// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consultation/ConsultationStore.h"
#include "records/Patient.h"
#include "records/PatientStore.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedLayout;

namespace relais {
class Clock;
}

namespace relais::ui {

class TimelineWidget;

// One patient's chart: who this is and the allergies at the top, then history, ALD, long-term
// treatments, weight and height, consultations and notes. Opening a chart is audited.
class ChartWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ChartWidget(QWidget* parent = nullptr);
    ~ChartWidget() override;

    void attach(PatientStore& store, const Clock& clock);
    // Empties every field and closes the dialogs opened from here (on lock).
    void detach();

    // Reads the chart for the GP (writes "patient.view" to the audit log). Returns the error
    // message, empty on success.
    QString openPatient(qint64 id);
    // Shows the stored record again after a change made in Relais (not audited again).
    void reload();
    bool hasPatient() const { return m_patient.id != 0; }
    const Patient& patient() const { return m_patient; }
    TimelineWidget* timeline() const { return m_timeline; }

public slots:
    void addPart(relais::PatientStore::Part part);

signals:
    void correctIdentityRequested(qint64 id);
    void patientChanged(qint64 id);
    // Prescribing, handled by the workspace: a new prescription, renewing the treatments, the history.
    void prescriptionRequested();
    void renewalRequested();
    void prescriptionHistoryRequested();

private:
    QWidget* buildHeader();
    QWidget* buildSections();
    QWidget* section(const QString& title, QLabel*& body, std::optional<PatientStore::Part> part, const char* name);
    void render();
    void clearFields();
    void showPlaceholder(const QString& text);
    QDate today() const;

    QString historyHtml() const;
    QString aldHtml() const;
    QString treatmentsHtml() const;
    QString measurementsHtml() const;
    std::optional<ConsultationStore::LatestWeight> m_latestWeight;
    QString notesHtml() const;

    PatientStore* m_store = nullptr;
    const Clock* m_clock = nullptr;
    Patient m_patient;

    QStackedLayout* m_pages = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_name = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_demo = nullptr;
    QLabel* m_allergies = nullptr;
    QLabel* m_contact = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_add = nullptr;
    QLabel* m_history = nullptr;
    QLabel* m_ald = nullptr;
    QLabel* m_treatments = nullptr;
    QLabel* m_measurements = nullptr;
    QLabel* m_consultations = nullptr;
    QLabel* m_notes = nullptr;
    TimelineWidget* m_timeline = nullptr;
};

} // namespace relais::ui
