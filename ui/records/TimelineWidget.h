// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "records/Patient.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;

namespace relais {
class Clock;
class Vault;
}

namespace relais::ui {

class ConsultationEditor;
class VitalsPlot;

// The chart's consultations: newest first, imported history greyed with the snapshot's date,
// those recorded in Relais marked so, an unfinished draft offered for resuming, and weight and
// blood pressure as a small plot. Ctrl+N starts a consultation (or resumes the unfinished one).
class TimelineWidget : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineWidget(QWidget* parent = nullptr);
    ~TimelineWidget() override;

    void attach(Vault& vault, const Clock& clock);
    // Saves and closes the consultation being typed, then forgets everything (on lock).
    void detach();
    void showPatient(const Patient& patient);
    void clear();

    // One line: how many consultations, recorded in Relais or imported.
    QLabel* summary() const { return m_summary; }
    QListWidget* list() const { return m_list; }
    VitalsPlot* plot() const { return m_plot; }
    QWidget* draftBanner() const { return m_banner; }
    QAction* newAction() const { return m_new; }
    ConsultationEditor* editor() const;

public slots:
    void newConsultation();
    void resumeDraft();
    void discardDraft();
    void openConsultation(qint64 id);
    void refresh();

signals:
    void warning(const QString& text);
    // A consultation was finalised, corrected or discarded (what is owed to the EHR changes).
    void consultationChanged(qint64 id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showEditor(ConsultationEditor* editor);
    qint64 leftoverDraft();

    Vault* m_vault = nullptr;
    const Clock* m_clock = nullptr;
    Patient m_patient;
    qint64 m_draftId = 0;

    QAction* m_new = nullptr;
    QPushButton* m_newButton = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    VitalsPlot* m_plot = nullptr;
    QPointer<ConsultationEditor> m_editor;
};

} // namespace relais::ui
