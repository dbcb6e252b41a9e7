// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Worksheet.h"

#include "common/DocumentLanguage.h"
#include "prescribing/PractitionerStore.h"
#include "print/DocumentPainter.h"
#include "vault/Vault.h"

#include <QDate>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPdfWriter>

#include <optional>

namespace relais {

using namespace Qt::StringLiterals;

QString Worksheet::typeText(const QString& kindCode)
{
    const DocumentLanguage::Scope french;
    if (kindCode == u"patient"_s)
        return tr("Patient details");
    if (kindCode == u"consultation"_s)
        return tr("Consultation");
    if (kindCode == u"prescription"_s)
        return tr("Prescription");
    return kindCode;
}

QString Worksheet::stateText(const QString& stateCode, bool received)
{
    // Short enough for one line of the column (the CSV says it at length).
    const DocumentLanguage::Scope french;
    if (received)
        return tr("received by the EHR");
    if (stateCode == u"conflict"_s)
        return tr("conflict: compare");
    return tr("to enter in the EHR");
}

QString Worksheet::csvCell(const QString& text)
{
    QString s = text;
    static const QString formulaStart = QStringLiteral("=+-@\t\r");
    if (!s.isEmpty() && formulaStart.contains(s.front()))
        s.prepend(u'\'');
    if (s.contains(u';') || s.contains(u'"') || s.contains(u'\n') || s.contains(u'\r')) {
        s.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        s = u'"' + s + u'"';
    }
    return s;
}

Result<QByteArray> Worksheet::render(Vault& vault, const QList<Row>& rows, const QList<PossibleDuplicate>& duplicates,
                                     const QDateTime& created)
{
    std::optional<Practitioner> practice;
    if (auto list = PractitionerStore(vault).list(); list && !list->isEmpty())
        practice = list->first();
    // French whatever the interface: the secretary's worksheet.
    const DocumentLanguage::Scope french;

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(u"Relais"_s);
        writer.setTitle(tr("Reconciliation worksheet"));
        DocumentPainter dp(writer, QPageSize::A4, PrinterCalibration{});
        if (auto r = dp.begin(); !r)
            return std::unexpected(r.error());
        DocumentHeader h;
        h.doctor = practice ? &*practice : nullptr;
        h.date = created.toLocalTime().date();
        h.barcodes = false;

        const QFont cell = dp.font(8.5);
        const QFont head = dp.font(8.5, true);
        const double pad = dp.mm(1.2);
        // Column widths as parts of the content width: box, date, patient, type, PDF, state.
        const double parts[] = {0.04, 0.11, 0.21, 0.13, 0.335, 0.175};
        auto columns = [&](double width) {
            QList<double> w;
            for (double p : parts)
                w.append(p * width);
            return w;
        };
        const QStringList titles{QString(), tr("Date"), tr("Patient"), tr("Item"), tr("PDF file"), tr("State")};

        // Most cells fit on one line: measured once with one font metrics object, drawn directly;
        // only the others go through the general wrapping (10,000 consultations make 20,000 lines).
        const QFontMetricsF cellMetrics(cell, &writer);
        const double cellLine = cellMetrics.lineSpacing();
        auto lineCount = [&](const QString& t, double width) -> qsizetype {
            if (cellMetrics.horizontalAdvance(t) <= width)
                return 1;
            return std::max<qsizetype>(1, dp.wrap(t, cell, width).size());
        };
        auto drawCell = [&](const QString& t, double x, double y, double width) {
            if (t.isEmpty())
                return;
            if (cellMetrics.horizontalAdvance(t) <= width) {
                dp.painter().setFont(cell);
                dp.painter().setPen(Qt::black);
                dp.painter().drawText(QPointF(x, y + cellMetrics.ascent()), t);
            } else {
                dp.text(t, cell, x, y, width);
            }
        };
        auto tickBox = [&](double x, double y, double columnWidth) {
            const double s = dp.mm(3.5);
            dp.painter().setPen(QPen(Qt::black, dp.mm(0.3)));
            dp.painter().setBrush(Qt::NoBrush);
            dp.painter().drawRect(QRectF(x + (columnWidth - s) / 2, y + pad + (cellLine - s) / 2, s, s));
        };
        auto rule = [&](double x, double y, double width) {
            dp.painter().setPen(QPen(QColor(150, 150, 150), dp.mm(0.15)));
            dp.painter().drawLine(QPointF(x, y), QPointF(x + width, y));
        };

        // A table line: a box to tick in the first column, wrapped cells, a rule under it.
        auto line = [&](const QStringList& cells) {
            DocumentPainter::Item item;
            const QList<double> cw = columns(dp.contentWidth());
            qsizetype lines = 1;
            for (qsizetype i = 1; i < cells.size(); ++i)
                lines = std::max(lines, lineCount(cells.at(i), cw.at(i) - 2 * pad));
            const double height = cellLine * double(lines);
            item.height = height + 2 * pad;
            item.paint = [&, cells, height](double x, double y, double width) {
                const QList<double> w = columns(width);
                tickBox(x, y, w.at(0));
                double cx = x + w.at(0);
                for (qsizetype i = 1; i < cells.size(); ++i) {
                    drawCell(cells.at(i), cx + pad, y + pad, w.at(i) - 2 * pad);
                    cx += w.at(i);
                }
                rule(x, y + height + 2 * pad, width);
            };
            return item;
        };

        QList<DocumentPainter::Item> items;
        for (const Row& r : rows)
            {
            // The CSV keeps ISO dates (sortable); on paper, the French way.
            const QDate d = QDate::fromString(r.date, Qt::ISODate);
            items.append(line({QString(), d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : r.date, r.patient, r.type, r.pdf, r.state}));
        }
        if (rows.isEmpty())
            items.append(dp.paragraph(tr("Nothing recorded in Relais is owed to the EHR."), cell, 0, dp.mm(2)));

        if (!duplicates.isEmpty()) {
            DocumentPainter::Item caption = dp.paragraph(tr("Possible duplicates"), dp.font(11, true), 0, dp.mm(1));
            caption.height += dp.mm(5);
            const auto paintCaption = caption.paint;
            caption.paint = [paintCaption, &dp](double x, double y, double w) { paintCaption(x, y + dp.mm(5), w); };
            caption.keepWithNext = true;
            items.append(caption);
            DocumentPainter::Item intro = dp.paragraph(
                tr("These patients were created in Relais but their identity matches another patient. Check in the EHR "
                   "whether they are the same person before creating them there; Relais never merges them."),
                dp.font(8.5, false, true), 0, dp.mm(2));
            intro.keepWithNext = true;
            items.append(intro);
            for (const PossibleDuplicate& d : duplicates) {
                // One wide cell from the date to the state column.
                const QString text = d.describe();
                const double textW = dp.contentWidth() - columns(dp.contentWidth()).at(0) - 2 * pad;
                const double height = cellLine * double(lineCount(text, textW));
                DocumentPainter::Item item;
                item.height = height + 2 * pad;
                item.paint = [&, text, height](double x, double y, double width) {
                    const double box = columns(width).at(0);
                    tickBox(x, y, box);
                    dp.text(text, cell, x + box + pad, y + pad, width - box - 2 * pad);
                    rule(x, y + height + 2 * pad, width);
                };
                items.append(item);
            }
        }

        const QString note = tr("Tick each line once it is entered or filed in the EHR. Handover made on %1.")
                                 .arg(created.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s));
        const double bottom = dp.footer(1, 1, note, false);
        auto pages = dp.flow(
            items,
            [&](int page, int total, bool draw) -> Result<double> {
                if (draw)
                    dp.footer(page, total, note, true);
                const double x0 = dp.margin();
                const double width = dp.pageWidth() - 2 * dp.margin();
                double left = x0;
                double y = dp.margin();
                if (h.doctor)
                    left = dp.prescriberBlock(h, x0, y, width * 0.5, draw);
                else
                    left = y;
                const double rx = x0 + width * 0.5;
                double ry = y;
                ry += dp.text(tr("RECONCILIATION WORKSHEET"), dp.font(13, true), rx, ry, width * 0.5, Qt::AlignRight, draw);
                ry += dp.text(tr("Hand-back to the EHR after the outage"), dp.font(9), rx, ry, width * 0.5, Qt::AlignRight, draw);
                ry += dp.text(tr("%n item(s) to check", nullptr, int(rows.size())), dp.font(9), rx, ry, width * 0.5,
                              Qt::AlignRight, draw);
                ry += dp.text(created.toLocalTime().toString(u"dd/MM/yyyy HH:mm"_s), dp.font(9), rx, ry, width * 0.5,
                              Qt::AlignRight, draw);
                y = std::max(left, ry) + dp.mm(3);
                if (draw) {
                    dp.painter().setPen(QPen(Qt::black, dp.mm(0.25)));
                    dp.painter().drawLine(QPointF(x0, y), QPointF(x0 + width, y));
                }
                y += dp.mm(2);
                // The table's column titles, on every page.
                const QList<double> w = columns(dp.contentWidth());
                double cx = dp.contentX();
                double th = dp.lineHeight(head);
                for (qsizetype i = 1; i < titles.size(); ++i)
                    th = std::max(th, dp.lineHeight(head) * std::max<qsizetype>(1, dp.wrap(titles.at(i), head, w.at(i) - 2 * pad).size()));
                if (draw) {
                    dp.painter().fillRect(QRectF(dp.contentX(), y, dp.contentWidth(), th + 2 * pad), QColor(225, 225, 225));
                    for (qsizetype i = 0; i < titles.size(); ++i) {
                        dp.text(titles.at(i), head, cx + pad, y + pad, w.at(i) - 2 * pad);
                        cx += w.at(i);
                    }
                }
                return y + th + 2 * pad + dp.mm(1);
            },
            bottom);
        if (!pages)
            return std::unexpected(pages.error());
        if (auto r = dp.end(); !r)
            return std::unexpected(r.error());
    }
    return buffer.data();
}

} // namespace relais
