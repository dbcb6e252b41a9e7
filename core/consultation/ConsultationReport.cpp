// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/ConsultationReport.h"

#include "print/DocumentPainter.h"

#include <QBuffer>
#include <QLocale>
#include <QPdfWriter>
#include <QStringList>

namespace relais {

namespace {

QString vitalsText(const Vitals& v)
{
    const auto n = [](double x) { return DocumentPainter::frenchNumber(x); };
    QStringList parts;
    if (v.weightKg)
        parts << QStringLiteral("Poids %1 kg").arg(n(*v.weightKg));
    if (v.heightCm)
        parts << QStringLiteral("Taille %1 cm").arg(n(*v.heightCm));
    if (v.systolic && v.diastolic)
        parts << QStringLiteral("TA %1/%2 mmHg").arg(n(*v.systolic), n(*v.diastolic));
    if (v.heartRate)
        parts << QStringLiteral("FC %1/min").arg(n(*v.heartRate));
    if (v.temperatureC)
        parts << QStringLiteral("T %1 °C").arg(n(*v.temperatureC));
    if (v.spo2)
        parts << QStringLiteral("SpO2 %1 %").arg(n(*v.spo2));
    if (v.glucoseGL)
        parts << QStringLiteral("Glycémie %1 g/L").arg(n(*v.glucoseGL));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

Result<int> ConsultationReport::paint(QPagedPaintDevice& device, const Consultation& c, const Practitioner& doctor,
                                      const Patient& patient, const QDate& date, const PrinterCalibration& calibration)
{
    DocumentPainter dp(device, QPageSize::A4, calibration);
    if (auto r = dp.begin(); !r)
        return std::unexpected(r.error());
    DocumentHeader h;
    h.doctor = &doctor;
    h.patient = &patient;
    h.date = date;
    h.weightKg = c.vitals.weightKg;
    h.heightCm = c.vitals.heightCm;
    h.barcodes = false;  // a report is not a prescription

    using Item = DocumentPainter::Item;
    QList<Item> items;
    const QFont titleFont = dp.font(13, true);
    const QString when = c.startedUtc.isValid()
        ? QStringLiteral("Consultation du ") + c.startedUtc.toLocalTime().toString(QStringLiteral("dd/MM/yyyy à HH:mm"))
        : QString();
    Item title = dp.paragraph(QStringLiteral("COMPTE RENDU DE CONSULTATION"), titleFont, 0, dp.mm(1));
    title.keepWithNext = true;
    title.paint = [&dp, titleFont](double x, double y, double w) {
        dp.text(QStringLiteral("COMPTE RENDU DE CONSULTATION"), titleFont, x, y, w, Qt::AlignHCenter);
    };
    items.append(title);
    if (!when.isEmpty()) {
        Item sub = dp.paragraph(when, dp.font(9.5, false, true), 0, dp.mm(4));
        sub.paint = [&dp, when](double x, double y, double w) {
            dp.text(when, dp.font(9.5, false, true), x, y, w, Qt::AlignHCenter);
        };
        items.append(sub);
    }
    const auto section = [&](const QString& heading, const QString& text) {
        if (text.trimmed().isEmpty())
            return;
        Item head = dp.paragraph(heading, dp.font(10.5, true), 0, dp.mm(0.5));
        head.keepWithNext = true;
        items.append(head);
        const QFont f = dp.font(10);
        for (const QString& line : dp.wrap(text.trimmed(), f, dp.contentWidth())) {
            Item i;
            i.height = dp.lineHeight(f);
            i.paint = [&dp, line, f](double x, double y, double w) { dp.text(line, f, x, y, w); };
            items.append(i);
        }
        items.last().height += dp.mm(3);
    };
    section(QStringLiteral("Motif"), c.reason);
    section(QStringLiteral("Examen clinique"), c.examination);
    section(QStringLiteral("Constantes"), vitalsText(c.vitals));
    QStringList dx;
    for (const Diagnosis& d : c.diagnoses)
        dx << (d.cim10.isEmpty() ? d.text : QStringLiteral("%1 (CIM-10 %2)").arg(d.text, d.cim10));
    section(QStringLiteral("Diagnostic"), dx.join(u'\n'));
    section(QStringLiteral("Conclusion"), c.conclusion);
    section(QStringLiteral("Conduite à tenir"), c.plan);
    if (!items.isEmpty())
        items.last().keepWithNext = true;
    Item sig;
    sig.height = dp.mm(32);
    sig.paint = [&dp](double x, double y, double w) {
        const double sw = dp.mm(65);
        dp.painter().setPen(QPen(QColor(90, 90, 90), dp.mm(0.25), Qt::DashLine));
        dp.painter().drawRect(QRectF(x + w - sw, y + dp.mm(2), sw, dp.mm(28)));
        dp.text(QStringLiteral("Signature"), dp.font(7.5, false, true), x + w - sw + dp.mm(2), y + dp.mm(3), sw);
    };
    items.append(sig);

    const QString note = QStringLiteral("Document établi pendant l'indisponibilité du dossier médical informatisé.");
    const double bottom = dp.footer(1, 1, note, false);
    auto pages = dp.flow(
        items,
        [&](int page, int total, bool draw) -> Result<double> {
            if (draw)
                dp.footer(page, total, note, true);
            return dp.header(h, draw);
        },
        bottom);
    if (!pages)
        return pages;
    if (auto r = dp.end(); !r)
        return std::unexpected(r.error());
    return pages;
}

Result<QByteArray> renderConsultationReport(const Consultation& c, const Practitioner& doctor, const Patient& patient,
                                            const QDate& date, int* pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Relais"));
        writer.setTitle(QStringLiteral("Compte rendu de consultation"));
        auto r = ConsultationReport::paint(writer, c, doctor, patient, date);
        if (!r)
            return std::unexpected(r.error());
        if (pages)
            *pages = *r;
    }
    return buffer.data();
}

} // namespace relais
