// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consultation/Consultation.h"
#include "prescribing/Practitioner.h"
#include "print/PrintSettings.h"
#include "records/Patient.h"

#include <QByteArray>
#include <QCoreApplication>

class QPagedPaintDevice;

namespace relais {

// The consultation report (compte rendu) for the patient or a colleague, with the same
// prescriber and patient header as the prescriptions.
class ConsultationReport
{
    Q_DECLARE_TR_FUNCTIONS(relais::ConsultationReport)

public:
    static Result<int> paint(QPagedPaintDevice& device, const Consultation& c, const Practitioner& doctor,
                             const Patient& patient, const QDate& date, const PrinterCalibration& calibration = {});
};

// PDF bytes of the report (A4); `pages` receives the page count. About 10 ms, nearly all of it in
// QPdfWriter's font embedding (per font face and document: a reverse cmap over 65,536 code
// points and the hinted outline of every glyph used): see ConsultationReportStore.
Result<QByteArray> renderConsultationReport(const Consultation& c, const Practitioner& doctor, const Patient& patient,
                                            const QDate& date, int* pages = nullptr);

} // namespace relais
