// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "print/PrintSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QPagedPaintDevice;

namespace relais {

class Vault;

// The printer test page (calibration page): a ruled A4 sheet with crosses 20 mm from each edge
// and a 100 mm square, drawn with the printer's calibration, so that the practice sees at a
// glance whether its printer prints and where it shifts the page. No patient data on it.
class TestPage
{
    Q_DECLARE_TR_FUNCTIONS(relais::TestPage)

public:
    static Result<void> paint(QPagedPaintDevice& device, const QString& printerName, const PrinterCalibration& calibration,
                              const QDateTime& whenUtc);
    // Audits the print ("printer.test_page", the printer's name): the readiness check reads it.
    static Result<void> recordPrinted(Vault& vault, const QString& printerName);
};

} // namespace relais
