// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PrescriptionPrinter.h"

#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

namespace relais {

Result<PrescriptionDocument> PrescriptionPrinter::document(qint64 id, const QString& printer)
{
    PrescriptionDocument doc;
    auto rx = PrescriptionStore(m_vault).get(id);
    if (!rx)
        return std::unexpected(rx.error());
    doc.rx = *rx;
    auto doctor = PractitionerStore(m_vault).get(rx->practitionerId);
    if (!doctor)
        return std::unexpected(doctor.error());
    doc.doctor = *doctor;
    auto patient = PatientStore(m_vault).get(rx->patientId);
    if (!patient)
        return std::unexpected(patient.error());
    doc.patient = *patient;
    PrintSettings settings(m_vault);
    auto secure = settings.secureLayout();
    if (!secure)
        return std::unexpected(secure.error());
    doc.secure = *secure;
    if (!printer.isEmpty()) {
        auto cal = settings.calibration(printer);
        if (!cal)
            return std::unexpected(cal.error());
        doc.calibration = *cal;
    }
    return doc;
}

Result<QByteArray> PrescriptionPrinter::pdf(qint64 id)
{
    PrescriptionStore store(m_vault);
    auto stored = store.storedPdf(id, true);
    if (!stored)
        return std::unexpected(stored.error());
    if (*stored)
        return **stored;
    auto doc = document(id);
    if (!doc)
        return std::unexpected(doc.error());
    auto rendered = PrescriptionRenderer::renderPdf(*doc);
    if (!rendered)
        return std::unexpected(rendered.error());
    if (auto r = store.storePdf(id, rendered->pdf, rendered->pages); !r)
        return std::unexpected(r.error());
    return rendered->pdf;
}

Result<int> PrescriptionPrinter::print(qint64 id, QPagedPaintDevice& device, const QString& printerName)
{
    auto doc = document(id, printerName);
    if (!doc)
        return std::unexpected(doc.error());
    PrescriptionStore store(m_vault);
    auto stored = store.storedPdf(id, false);
    if (!stored)
        return std::unexpected(stored.error());
    if (!*stored) {
        // The record is the uncalibrated PDF; the printer gets the same drawing, shifted.
        PrescriptionDocument record = *doc;
        record.calibration = {};
        auto rendered = PrescriptionRenderer::renderPdf(record);
        if (!rendered)
            return std::unexpected(rendered.error());
        if (auto r = store.storePdf(id, rendered->pdf, rendered->pages); !r)
            return std::unexpected(r.error());
    } else if (auto r = m_vault.audit().append(QStringLiteral("prescription.reprint"), QStringLiteral("prescription"),
                                               QString::number(id), QStringLiteral("printer"));
               !r) {
        return std::unexpected(r.error());
    }
    return PrescriptionRenderer::paint(device, *doc);
}

} // namespace relais
