// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "print/PrescriptionRenderer.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace relais {

class Vault;

// Prints stored prescriptions. The first print renders the PDF and keeps it in the vault
// ("prescription.print"); every later request returns those same bytes
// ("prescription.reprint"), so what was signed is what is reprinted.
class PrescriptionPrinter
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionPrinter)

public:
    explicit PrescriptionPrinter(Vault& vault) : m_vault(vault) { }

    // The prescription with its prescriber, patient and print settings (calibration of `printer`).
    Result<PrescriptionDocument> document(qint64 id, const QString& printer = {});
    Result<QByteArray> pdf(qint64 id);
    // Paints on a printer (its calibration applied); the PDF is stored at the first print.
    Result<int> print(qint64 id, QPagedPaintDevice& device, const QString& printerName);

private:
    Vault& m_vault;
};

} // namespace relais
