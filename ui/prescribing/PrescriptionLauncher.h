// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QWidget;

namespace relais {
class Clock;
class Vault;
}

namespace relais::ui {

class ChartWidget;
class PrescriptionEditor;
class PrescriptionHistory;

// Opens the prescribing windows for the chart on display: the editor (new or renewing the
// current treatments), the history with reprints, and the practitioner and printer settings.
// Holds the vault only between attach() and detach().
class PrescriptionLauncher : public QObject
{
    Q_OBJECT

public:
    PrescriptionLauncher(ChartWidget& chart, QWidget* dialogParent);

    void attach(Vault& vault, const Clock& clock);
    void detach();

    PrescriptionEditor* editor() const;
    PrescriptionHistory* history() const;

public slots:
    void prescribe();
    void renewTreatments();
    void showHistory();
    void editPractitioners();
    void calibratePrinters();

public:
    // The same, and onTestPagePrinted runs each time that dialog prints a test page.
    void calibratePrintersThen(const std::function<void()>& onTestPagePrinted);

signals:
    void warning(const QString& text);
    // A prescription was written (what is owed to the EHR changes).
    void prescriptionSaved(qint64 id);

private:
    void openEditor(bool renew);

    ChartWidget& m_chart;
    QWidget* m_parent = nullptr;
    Vault* m_vault = nullptr;
    const Clock* m_clock = nullptr;
    QPointer<PrescriptionEditor> m_editor;
    QPointer<PrescriptionHistory> m_history;
};

} // namespace relais::ui
