// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace relais {
class Vault;
}

namespace relais::ui {

class StatusLabel;

class AuditTrailModel;

// Settings → Audit trail: who did what, when, filtered by period, practitioner, action and
// patient; the chain checked in words; a PDF report of what the filter shows. Opening it is
// audited, and so is the report.
class AuditTrailDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditTrailDialog(Vault& vault, QWidget* parent = nullptr);

    AuditTrailModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    // The filter as the controls say.
    AuditFilter currentFilter() const;
    // Finds patients for the patient filter ("" clears it); returns how many were found.
    int findPatients(const QString& query);
    // Writes the report to `path` (no file dialog); the error, or "".
    QString exportTo(const QString& path);
    // Asked before a report that names a patient is written (default: a message box).
    void setConfirmer(std::function<bool(const QString&)> confirm) { m_confirm = std::move(confirm); }

public slots:
    void applyFilter();
    void verifyChain();
    void exportPdf();

private:
    Vault& m_vault;
    AuditTrailModel* m_model = nullptr;
    std::function<bool(const QString&)> m_confirm;
    QCheckBox* m_useFrom = nullptr;
    QCheckBox* m_useTo = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_slot = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_patientQuery = nullptr;
    QComboBox* m_patient = nullptr;
    QTableView* m_view = nullptr;
    StatusLabel* m_check = nullptr;
    StatusLabel* m_message = nullptr;
};

} // namespace relais::ui
