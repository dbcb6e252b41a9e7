// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "prescribing/Practitioner.h"
#include "prescribing/Prescription.h"
#include "print/PrintSettings.h"
#include "records/Patient.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

namespace relais {

// Everything a printed prescription shows.
struct PrescriptionDocument
{
    Prescription rx;
    Practitioner doctor;
    Patient patient;
    PrinterCalibration calibration;  // applied when painting on a printer; 0 for the stored PDF
    SecurePaperLayout secure;
};

struct RenderedPdf
{
    QByteArray pdf;
    int pages = 0;
};

// The prescription on paper: one QPainter path for the PDF and the printer. Plain A4 / A5
// (prescriber, date and barcodes, patient, numbered lines, bizone zones, signature after the
// last line, "page x/y"), or the practice's secure paper; a DUPLICATA copy follows the
// original when asked. No QR code: an offline tool cannot obtain an e-prescription number.
class PrescriptionRenderer
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionRenderer)

public:
    static const char* const kAldCaption;
    static const char* const kOtherCaption;
    static const char* const kOutageNote;
    static const char* const kCertificateNote;  // certificates: handed to the person concerned

    // Paints every page on the device; returns the number of pages.
    static Result<int> paint(QPagedPaintDevice& device, const PrescriptionDocument& doc);
    static Result<RenderedPdf> renderPdf(const PrescriptionDocument& doc);
    static QPageSize::PageSizeId pageSizeFor(const PrescriptionDocument& doc);
};

} // namespace relais
