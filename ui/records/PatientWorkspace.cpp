// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientWorkspace.h"

#include "records/AppointmentsWidget.h"
#include "records/ChartWidget.h"
#include "records/PatientEditorDialog.h"
#include "records/PatientSearchWidget.h"
#include "prescribing/PrescriptionLauncher.h"
#include "records/TimelineWidget.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QDialog>
#include <QLineEdit>
#include <QListView>
#include <QSplitter>
#include <QVBoxLayout>

namespace relais::ui {

PatientWorkspace::PatientWorkspace(QWidget* parent) : QWidget(parent)
{
    m_search = new PatientSearchWidget(this);
    m_chart = new ChartWidget(this);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    // Left column: the search, and today's appointments while nothing is typed.
    m_appointments = new AppointmentsWidget(this);
    auto* left = new QWidget(this);
    m_left = new QVBoxLayout(left);
    m_left->setContentsMargins(0, 0, 0, 0);
    m_left->addWidget(m_search, 1);
    m_left->addWidget(m_appointments, 2);
    m_splitter->addWidget(left);
    m_splitter->addWidget(m_chart);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({460, 780});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    connect(m_search, &PatientSearchWidget::openRequested, this, &PatientWorkspace::openPatient);
    connect(m_search, &PatientSearchWidget::newPatientRequested, this, &PatientWorkspace::newPatient);
    connect(m_chart, &ChartWidget::correctIdentityRequested, this, &PatientWorkspace::correctIdentity);
    connect(m_chart, &ChartWidget::patientChanged, m_search, &PatientSearchWidget::refresh);
    connect(m_chart->timeline(), &TimelineWidget::warning, this, &PatientWorkspace::warning);
    m_prescriptions = new PrescriptionLauncher(*m_chart, this);
    connect(m_chart, &ChartWidget::prescriptionRequested, m_prescriptions, &PrescriptionLauncher::prescribe);
    connect(m_chart, &ChartWidget::renewalRequested, m_prescriptions, &PrescriptionLauncher::renewTreatments);
    connect(m_chart, &ChartWidget::prescriptionHistoryRequested, m_prescriptions, &PrescriptionLauncher::showHistory);
    connect(m_prescriptions, &PrescriptionLauncher::warning, this, &PatientWorkspace::warning);
    connect(m_prescriptions, &PrescriptionLauncher::prescriptionSaved, this, &PatientWorkspace::recordsChanged);
    connect(m_chart->timeline(), &TimelineWidget::consultationChanged, this, &PatientWorkspace::recordsChanged);
    connect(m_chart, &ChartWidget::patientChanged, this, &PatientWorkspace::recordsChanged);
    connect(m_appointments, &AppointmentsWidget::openRequested, this, &PatientWorkspace::openPatient);
    connect(m_search->searchBox(), &QLineEdit::textChanged, this, &PatientWorkspace::showAppointmentsIfIdle);
    showAppointmentsIfIdle();
}

void PatientWorkspace::showAppointmentsIfIdle()
{
    // The empty results list would only push the appointments down.
    const bool idle = m_search->searchBox()->text().trimmed().isEmpty();
    m_search->resultList()->setVisible(!idle);
    m_appointments->setVisible(idle);
    m_left->setStretchFactor(m_search, idle ? 0 : 1);
}

PatientWorkspace::~PatientWorkspace() = default;

void PatientWorkspace::attach(PatientStore& store, PatientSearch& search, const Clock& clock)
{
    m_store = &store;
    m_clock = &clock;
    m_search->attach(store, search, clock);
    m_chart->attach(store, clock);
    m_prescriptions->attach(store.vault(), clock);
    m_appointments->attach(store.vault(), clock);
}

void PatientWorkspace::detach()
{
    for (QDialog* d : findChildren<QDialog*>())
        if (d->isVisible())
            d->reject();
    m_prescriptions->detach();
    m_search->detach();
    m_chart->detach();
    m_appointments->detach();
    m_store = nullptr;
    m_clock = nullptr;
    emit chartOpened(false);
}

void PatientWorkspace::refresh()
{
    m_appointments->reload();
    m_search->refresh();
    if (m_chart->hasPatient())
        m_chart->reload();
}

void PatientWorkspace::editPractitioners() { m_prescriptions->editPractitioners(); }

void PatientWorkspace::calibratePrinters(const std::function<void()>& onTestPagePrinted)
{
    m_prescriptions->calibratePrintersThen(onTestPagePrinted);
}

void PatientWorkspace::focusSearch() { m_search->focusSearch(); }

void PatientWorkspace::openPatient(qint64 id)
{
    if (const QString error = m_chart->openPatient(id); !error.isEmpty())
        emit warning(error);
    emit chartOpened(m_chart->hasPatient());
}

void PatientWorkspace::newPatient()
{
    if (!m_store || m_editor)
        return;
    auto* editor = new PatientEditorDialog(*m_store, *m_clock, std::nullopt, this);
    editor->prefill(m_search->searchBox()->text());
    showEditor(editor);
}

void PatientWorkspace::correctIdentity()
{
    if (!m_store || m_editor || !m_chart->hasPatient())
        return;
    auto current = m_store->get(m_chart->patient().id);
    if (!current) {
        emit warning(current.error().message);
        return;
    }
    showEditor(new PatientEditorDialog(*m_store, *m_clock, *current, this));
}

void PatientWorkspace::showEditor(PatientEditorDialog* editor)
{
    m_editor = editor;
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::finished, this, [this] {
        m_editor = nullptr;  // deleted later
        // Without this, some window managers leave no window active and the shortcuts dead.
        if (isVisible())
            window()->activateWindow();
    });
    connect(editor, &QDialog::accepted, this, [this, editor] {
        emit recordsChanged();
        m_search->refresh();
        if (editor->openInsteadId())
            openPatient(editor->openInsteadId());
        else if (editor->isCreating())
            openPatient(editor->savedId());  // the new chart, audited like any other
        else
            m_chart->reload();
        focusSearch();
    });
    connect(editor, &QDialog::rejected, this, [this] {
        if (isAttached())
            focusSearch();
    });
    editor->open();
}

} // namespace relais::ui
