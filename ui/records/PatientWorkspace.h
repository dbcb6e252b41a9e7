// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/PatientEditorDialog.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QSplitter;
class QVBoxLayout;

namespace relais {
class Clock;
class PatientSearch;
class PatientStore;
}

namespace relais::ui {

class AppointmentsWidget;
class ChartWidget;
class PatientSearchWidget;
class PrescriptionLauncher;

// The unlocked session's work area: the search on the left, the open chart on the right, and the
// patient editor opened from either. Holds the session's store and search only between attach()
// and detach().
class PatientWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit PatientWorkspace(QWidget* parent = nullptr);
    ~PatientWorkspace() override;

    void attach(PatientStore& store, PatientSearch& search, const Clock& clock);
    // Forgets every patient shown and closes the dialogs (on lock).
    void detach();
    bool isAttached() const { return m_store != nullptr; }
    // Reads the vault again (after an import): the day's appointments, the search results and the
    // open chart.
    void refresh();
    // Settings → Practitioners and Settings → Printer calibration, also asked for by the readiness
    // screen; onTestPagePrinted runs each time the calibration dialog prints a test page.
    void editPractitioners();
    void calibratePrinters(const std::function<void()>& onTestPagePrinted = {});

    PatientSearchWidget* searchWidget() const { return m_search; }
    ChartWidget* chart() const { return m_chart; }
    AppointmentsWidget* appointments() const { return m_appointments; }
    QSplitter* splitter() const { return m_splitter; }
    PrescriptionLauncher* prescriptions() const { return m_prescriptions; }
    // The editor currently open, if any (for tests and for focus).
    PatientEditorDialog* editor() const { return m_editor; }

public slots:
    void focusSearch();
    void openPatient(qint64 id);
    void newPatient();
    void correctIdentity();

signals:
    // Something the GP should know, shown in the window's message bar.
    void warning(const QString& text);
    void chartOpened(bool open);
    // A patient, consultation or prescription was written: what is owed to the EHR may change.
    void recordsChanged();

private:
    void showEditor(PatientEditorDialog* editor);
    void showAppointmentsIfIdle();

    PatientStore* m_store = nullptr;
    const Clock* m_clock = nullptr;
    QSplitter* m_splitter = nullptr;
    PatientSearchWidget* m_search = nullptr;
    ChartWidget* m_chart = nullptr;
    PrescriptionLauncher* m_prescriptions = nullptr;
    AppointmentsWidget* m_appointments = nullptr;
    QVBoxLayout* m_left = nullptr;
    QPointer<PatientEditorDialog> m_editor;
};

} // namespace relais::ui
