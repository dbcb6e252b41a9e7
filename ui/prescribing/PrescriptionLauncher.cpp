// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PrescriptionLauncher.h"

#include "records/ChartWidget.h"
#include "prescribing/PractitionerDialog.h"
#include "prescribing/PrescriptionEditor.h"
#include "prescribing/PrescriptionHistory.h"
#include "prescribing/PrescriptionLineWidget.h"
#include "print/PrintSettingsDialog.h"
#include "records/PatientStore.h"

namespace relais::ui {

PrescriptionLauncher::PrescriptionLauncher(ChartWidget& chart, QWidget* dialogParent)
    : QObject(dialogParent), m_chart(chart), m_parent(dialogParent)
{
}

void PrescriptionLauncher::attach(Vault& vault, const Clock& clock)
{
    m_vault = &vault;
    m_clock = &clock;
}

void PrescriptionLauncher::detach()
{
    // The dialogs hold the vault: they go with it.
    for (QDialog* d : std::initializer_list<QDialog*>{m_editor, m_history})
        if (d)
            d->reject();
    m_vault = nullptr;
    m_clock = nullptr;
}

PrescriptionEditor* PrescriptionLauncher::editor() const { return m_editor; }

PrescriptionHistory* PrescriptionLauncher::history() const { return m_history; }

void PrescriptionLauncher::prescribe() { openEditor(false); }

void PrescriptionLauncher::renewTreatments() { openEditor(true); }

void PrescriptionLauncher::openEditor(bool renew)
{
    if (!m_vault || !m_chart.hasPatient())
        return;
    if (m_editor) {
        m_editor->raise();
        m_editor->activateWindow();
        return;
    }
    m_editor = new PrescriptionEditor(*m_vault, *m_clock, m_chart.patient(), 0, m_parent);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &PrescriptionEditor::saved, this, &PrescriptionLauncher::prescriptionSaved);
    if (renew)
        m_editor->renewTreatments();
    else if (m_editor->lines().isEmpty())
        m_editor->addLine();
    m_editor->open();
    if (!m_editor->lines().isEmpty())
        m_editor->lines().first()->setFocus();
}

void PrescriptionLauncher::showHistory()
{
    if (!m_vault || !m_chart.hasPatient())
        return;
    if (m_history)
        m_history->reject();
    m_history = new PrescriptionHistory(*m_vault, m_chart.patient().id, m_parent);
    m_history->setAttribute(Qt::WA_DeleteOnClose);
    m_history->open();
}

void PrescriptionLauncher::editPractitioners()
{
    if (!m_vault)
        return;
    auto* dialog = new PractitionerDialog(*m_vault, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PrescriptionLauncher::calibratePrinters() { calibratePrintersThen({}); }

void PrescriptionLauncher::calibratePrintersThen(const std::function<void()>& onTestPagePrinted)
{
    if (!m_vault)
        return;
    auto* dialog = new PrintSettingsDialog(*m_vault, m_parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (onTestPagePrinted)
        connect(dialog, &PrintSettingsDialog::testPagePrinted, dialog, onTestPagePrinted);
    dialog->open();
}

} // namespace relais::ui
