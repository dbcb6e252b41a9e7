// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "prescribing/PrescriptionStore.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPrinter;
class QPushButton;
class QTableWidget;

namespace relais {
class Vault;
}

namespace relais::ui {

class PdfPreview;

// A patient's prescriptions, newest first, with the stored page beside the list. A printed one is
// reprinted from its stored PDF, byte for byte what was first printed ("prescription.reprint").
class PrescriptionHistory : public QDialog
{
    Q_OBJECT

public:
    PrescriptionHistory(Vault& vault, qint64 patientId, QWidget* parent = nullptr);

    void reload();
    int count() const { return int(m_rows.size()); }
    void select(int row);
    // Prints the selected prescription on `printer`, or on one chosen in the print dialog. A
    // printed one sends its stored PDF; returns the PDF bytes printed.
    Result<QByteArray> printSelected(QPrinter* printer = nullptr);
    PdfPreview* preview() const { return m_preview; }

    // The stored PDF painted on a printer, shifted by the printer's calibration.
    static Result<void> paintStored(const QByteArray& pdf, QPrinter& printer, double dxMm, double dyMm);

private:
    void onSelected();

    Vault& m_vault;
    qint64 m_patientId = 0;
    QList<PrescriptionStore::Summary> m_rows;
    QTableWidget* m_table = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_message = nullptr;
    PdfPreview* m_preview = nullptr;
};

} // namespace relais::ui
