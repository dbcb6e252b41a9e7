// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/TestPage.h"

#include "audit/AuditLog.h"
#include "print/DocumentPainter.h"
#include "vault/Vault.h"

#include <QLocale>
#include <QPainter>

namespace relais {

Result<void> TestPage::paint(QPagedPaintDevice& device, const QString& printerName, const PrinterCalibration& calibration,
                             const QDateTime& whenUtc)
{
    DocumentPainter doc(device, QPageSize::A4, calibration);
    if (auto r = doc.begin(); !r)
        return r;
    QPainter& p = doc.painter();
    p.setPen(QPen(Qt::black, doc.mm(0.3)));
    const double w = doc.pageWidth();
    const double h = doc.pageHeight();
    // Crosses 20 mm from each edge, each 10 mm wide.
    for (const QPointF& c : {QPointF(doc.mm(20), doc.mm(20)), QPointF(w - doc.mm(20), doc.mm(20)),
                             QPointF(doc.mm(20), h - doc.mm(20)), QPointF(w - doc.mm(20), h - doc.mm(20))}) {
        p.drawLine(QPointF(c.x() - doc.mm(5), c.y()), QPointF(c.x() + doc.mm(5), c.y()));
        p.drawLine(QPointF(c.x(), c.y() - doc.mm(5)), QPointF(c.x(), c.y() + doc.mm(5)));
    }
    // Rulers along the top and the left edge: a tick every 5 mm, longer every 10 mm.
    for (int m = 0; m <= 200; m += 5)
        p.drawLine(QPointF(doc.mm(m), 0), QPointF(doc.mm(m), doc.mm(m % 10 == 0 ? 6 : 3)));
    for (int m = 0; m <= 287; m += 5)
        p.drawLine(QPointF(0, doc.mm(m)), QPointF(doc.mm(m % 10 == 0 ? 6 : 3), doc.mm(m)));
    // A 100 mm square: measure it to check the scale.
    p.drawRect(QRectF(doc.mm(55), doc.mm(110), doc.mm(100), doc.mm(100)));

    const QFont title = doc.font(16, true);
    const QFont body = doc.font(11);
    double y = doc.mm(35);
    y += doc.text(tr("Relais — printer test page"), title, doc.mm(30), y, w - doc.mm(60), Qt::AlignHCenter);
    y += doc.mm(4);
    const QString lines[] = {
        tr("Printer: %1").arg(printerName.isEmpty() ? tr("(default printer)") : printerName),
        tr("Printed: %1").arg(QLocale().toString(whenUtc.toLocalTime(), QLocale::ShortFormat)),
        tr("Calibration: %1 mm horizontal, %2 mm vertical").arg(QLocale().toString(calibration.dxMm, 'f', 1),
                                                                  QLocale().toString(calibration.dyMm, 'f', 1)),
        tr("Each cross must be 20 mm from the edges of the sheet and the square 100 mm wide. If not, enter the "
           "shift in Printer calibration and print this page again."),
    };
    for (const QString& line : lines)
        y += doc.text(line, body, doc.mm(30), y, w - doc.mm(60)) + doc.mm(1.5);
    return doc.end();
}

Result<void> TestPage::recordPrinted(Vault& vault, const QString& printerName)
{
    auto r = vault.audit().append(QString::fromLatin1(AuditAction::PrinterTestPage), QStringLiteral("printer"), printerName);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

} // namespace relais
