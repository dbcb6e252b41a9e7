// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/DocumentPainter.h"

#include "prescribing/Practitioner.h"
#include "print/Barcode.h"
#include "records/Patient.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>

#include <algorithm>

namespace relais {

namespace {
const QString kFamily = QStringLiteral("DejaVu Sans");
}

DocumentPainter::DocumentPainter(QPagedPaintDevice& device, QPageSize::PageSizeId size,
                                 const PrinterCalibration& calibration)
    : m_device(device), m_size(size), m_calibration(calibration)
{
}

DocumentPainter::~DocumentPainter()
{
    if (m_painter.isActive())
        m_painter.end();
}

Result<void> DocumentPainter::begin()
{
    // The whole sheet is ours: margins are drawn, not left to the device.
    QPageLayout layout(m_size, QPageLayout::Portrait, QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    layout.setMode(QPageLayout::FullPageMode);
    m_device.setPageLayout(layout);
    if (!m_painter.begin(&m_device))
        return fail(ErrorKind::Io, tr("The page could not be prepared for printing (painter refused the device)"));
    m_dpmm = m_device.logicalDpiX() / 25.4;
    m_painter.setRenderHint(QPainter::Antialiasing, false);
    resetTransform();
    return {};
}

Result<void> DocumentPainter::end()
{
    if (!m_painter.end())
        return fail(ErrorKind::Io, tr("The document could not be finished (the printer or the file refused it)"));
    return {};
}

void DocumentPainter::resetTransform()
{
    // A printer that does not honour full-page mode still has its margins as origin.
    const QRectF paint = m_device.pageLayout().paintRectPixels(m_device.logicalDpiX());
    m_painter.resetTransform();
    m_painter.translate(-paint.left() + mm(m_calibration.dxMm), -paint.top() + mm(m_calibration.dyMm));
}

double DocumentPainter::pageWidth() const { return mm(m_size.size(QPageSize::Millimeter).width()); }
double DocumentPainter::pageHeight() const { return mm(m_size.size(QPageSize::Millimeter).height()); }
double DocumentPainter::margin() const { return mm(m_size.id() == QPageSize::A5 ? 10 : 14); }

QFont DocumentPainter::font(double pt, bool bold, bool italic) const
{
    QFont f(kFamily);
    f.setPointSizeF(pt);
    f.setBold(bold);
    f.setItalic(italic);
    f.setHintingPreference(QFont::PreferNoHinting);
    // No shaping: no ligatures, so the pharmacist's software and the tests read "affection".
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double DocumentPainter::lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_device).lineSpacing(); }

double DocumentPainter::textWidth(const QString& s, const QFont& f) const
{
    return QFontMetricsF(f, &m_device).horizontalAdvance(s);
}

QStringList DocumentPainter::wrap(const QString& text, const QFont& f, double width) const
{
    const QFontMetricsF fm(f, &m_device);
    QStringList out;
    for (const QString& para : text.split(u'\n')) {
        QString line;
        for (const QString& word : para.split(u' ', Qt::SkipEmptyParts)) {
            const QString candidate = line.isEmpty() ? word : line + u' ' + word;
            if (fm.horizontalAdvance(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (!line.isEmpty())
                out << line;
            // A word longer than the line is cut, never lost.
            line = word;
            while (fm.horizontalAdvance(line) > width && line.size() > 1) {
                qsizetype n = line.size() - 1;
                while (n > 1 && fm.horizontalAdvance(line.left(n)) > width)
                    --n;
                out << line.left(n);
                line = line.mid(n);
            }
        }
        out << line;
    }
    return out;
}

double DocumentPainter::text(const QString& s, const QFont& f, double x, double y, double width, Qt::Alignment align,
                             bool draw)
{
    const QStringList lines = wrap(s, f, width);
    const double lh = lineHeight(f);
    if (draw) {
        const QFontMetricsF fm(f, &m_device);
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        double baseline = y + fm.ascent();
        for (const QString& l : lines) {
            double lx = x;
            if (align & Qt::AlignRight)
                lx = x + width - fm.horizontalAdvance(l);
            else if (align & Qt::AlignHCenter)
                lx = x + (width - fm.horizontalAdvance(l)) / 2;
            m_painter.drawText(QPointF(lx, baseline), l);
            baseline += lh;
        }
    }
    return lh * lines.size();
}

DocumentPainter::Item DocumentPainter::paragraph(const QString& s, const QFont& f, double indent, double spaceAfter)
{
    Item item;
    item.paint = [this, s, f, indent](double x, double y, double width) { text(s, f, x + indent, y, width - indent); };
    // Measured against the content width the flow will use.
    const double width = contentWidth() - indent;
    item.height = lineHeight(f) * wrap(s, f, width).size() + spaceAfter;
    return item;
}

QString DocumentPainter::frenchAge(const Patient& p, const QDate& at)
{
    if (!p.birthDate.isValid())
        return {};
    const int years = p.ageYears(at);
    if (years >= 2)
        return QStringLiteral("%1 ans").arg(years);
    int months = (at.year() - p.birthDate.year()) * 12 + at.month() - p.birthDate.month();
    if (at.day() < p.birthDate.day())
        --months;
    if (months >= 1)
        return QStringLiteral("%1 mois").arg(months);
    const qint64 days = p.birthDate.daysTo(at);
    return days > 1 ? QStringLiteral("%1 jours").arg(days) : QStringLiteral("%1 jour").arg(days);
}

QString DocumentPainter::frenchNumber(double v) { return QLocale(QLocale::French).toString(v, 'g', 4); }

double DocumentPainter::prescriberBlock(const DocumentHeader& h, double x, double y, double width, bool draw)
{
    const Practitioner& d = *h.doctor;
    const bool a5 = m_size.id() == QPageSize::A5;
    y += text(d.displayName(), font(a5 ? 10 : 11.5, true), x, y, width, Qt::AlignLeft, draw);
    QStringList lines;
    if (!d.title.isEmpty())
        lines << d.title;
    if (!d.specialty.isEmpty())
        lines << d.specialty;
    lines << d.address.split(u'\n', Qt::SkipEmptyParts);
    lines << QStringLiteral("Tél. : ") + d.phone << d.email;
    for (const QString& l : std::as_const(lines))
        y += text(l, font(a5 ? 8 : 9), x, y, width, Qt::AlignLeft, draw);
    return y;
}

Result<double> DocumentPainter::barcodeBlock(const DocumentHeader& h, double x, double y, double width, bool draw)
{
    const Practitioner& d = *h.doctor;
    const bool a5 = m_size.id() == QPageSize::A5;
    const double module = mm(a5 ? 0.25 : 0.3);
    const double barH = mm(a5 ? 8 : 9);
    const double quiet = 10 * module;
    struct Code
    {
        QString label;
        QString digits;
    };
    const QList<Code> codes = {{QStringLiteral("N° RPPS"), d.rpps}, {d.structureLabel(), d.structureId()}};
    QList<Barcode> symbols;
    double total = 0;
    for (const Code& c : codes) {
        auto b = Barcode::code128(c.digits);
        if (!b)
            return std::unexpected(b.error());
        symbols.append(*b);
        total += b->modules() * module + 2 * quiet;
    }
    double bx = x + width - total;
    const QFont labelFont = font(a5 ? 6.5 : 7);
    const QFont digitFont = font(a5 ? 7.5 : 8.5);
    double bottom = y;
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const double w = symbols.at(i).modules() * module;
        const double cellW = w + 2 * quiet;
        double cy = y;
        cy += text(codes.at(i).label, labelFont, bx, cy, cellW, Qt::AlignHCenter, draw) + mm(0.8);
        if (draw)
            symbols.at(i).paint(m_painter, QRectF(bx + quiet, cy, w, barH));
        cy += barH + mm(0.8);
        cy += text(codes.at(i).digits, digitFont, bx, cy, cellW, Qt::AlignHCenter, draw);
        bottom = std::max(bottom, cy);
        bx += cellW;
    }
    return bottom;
}

QString DocumentPainter::placeAndDate(const DocumentHeader& h)
{
    const QString place = h.doctor->city.isEmpty() ? QString() : h.doctor->city + QStringLiteral(", ");
    return place + QStringLiteral("le ") + h.date.toString(QStringLiteral("dd/MM/yyyy"));
}

double DocumentPainter::patientBlock(const DocumentHeader& h, double x, double y, double width, bool draw)
{
    const Patient& pt = *h.patient;
    const bool a5 = m_size.id() == QPageSize::A5;
    y += text(pt.documentName(), font(a5 ? 10 : 11, true), x, y, width, Qt::AlignLeft, draw);
    QStringList facts;
    facts << QStringLiteral("Sexe : ") + (pt.sex == Sex::Female ? QStringLiteral("féminin")
                                          : pt.sex == Sex::Male ? QStringLiteral("masculin")
                                                                : QStringLiteral("non précisé"));
    const QString born = pt.sex == Sex::Female ? QStringLiteral("Née le ") : pt.sex == Sex::Male ? QStringLiteral("Né le ")
                                                                                               : QStringLiteral("Né(e) le ");
    facts << born + pt.birthDate.toString(QStringLiteral("dd/MM/yyyy")) + QStringLiteral(" (") + frenchAge(pt, h.date) + u')';
    if (h.weightKg)
        facts << QStringLiteral("Poids : ") + frenchNumber(*h.weightKg) + QStringLiteral(" kg");
    if (h.heightCm)
        facts << QStringLiteral("Taille : ") + frenchNumber(*h.heightCm) + QStringLiteral(" cm");
    return y + text(facts.join(QStringLiteral("  ·  ")), font(a5 ? 8 : 9), x, y, width, Qt::AlignLeft, draw);
}

Result<double> DocumentPainter::header(const DocumentHeader& h, bool draw)
{
    const bool a5 = m_size.id() == QPageSize::A5;
    const double x0 = margin();
    const double width = pageWidth() - 2 * margin();
    const double rightW = width * (a5 ? 0.47 : 0.44);
    const double leftW = width - rightW - mm(4);
    const double rightX = x0 + width - rightW;

    const double leftBottom = prescriberBlock(h, x0, margin(), leftW, draw);

    // Place and date, top right; then the barcodes.
    double ry = margin();
    if (h.duplicata) {
        const QFont f = font(a5 ? 11 : 13, true);
        const double lh = lineHeight(f);
        const double w = textWidth(QStringLiteral("DUPLICATA"), f) + mm(4);
        if (draw) {
            m_painter.setPen(QPen(Qt::black, mm(0.4)));
            m_painter.drawRect(QRectF(rightX + rightW - w, ry, w, lh + mm(1)));
            text(QStringLiteral("DUPLICATA"), f, rightX + rightW - w, ry + mm(0.5), w, Qt::AlignHCenter, true);
        }
        ry += lh + mm(3);
    }
    ry += text(placeAndDate(h), font(a5 ? 9.5 : 10.5), rightX, ry, rightW, Qt::AlignRight, draw);
    if (h.barcodes) {
        auto b = barcodeBlock(h, rightX, ry + mm(3), rightW, draw);
        if (!b)
            return b;
        ry = *b;
    }

    // Patient, across the page.
    double y = std::max(leftBottom, ry) + mm(3);
    if (draw) {
        m_painter.setPen(QPen(Qt::black, mm(0.25)));
        m_painter.drawLine(QPointF(x0, y), QPointF(x0 + width, y));
    }
    y = patientBlock(h, x0, y + mm(2.5), width, draw) + mm(2);
    if (draw) {
        m_painter.setPen(QPen(Qt::black, mm(0.25)));
        m_painter.drawLine(QPointF(x0, y), QPointF(x0 + width, y));
    }
    return y + mm(4);
}

double DocumentPainter::footer(int page, int pages, const QString& note, bool draw)
{
    const bool a5 = m_size.id() == QPageSize::A5;
    const double x0 = margin();
    const double width = pageWidth() - 2 * margin();
    const QFont noteFont = font(a5 ? 6.5 : 7.5, false, true);
    const QFont pageFont = font(a5 ? 7.5 : 8.5);
    const QString pageText = QStringLiteral("page %1/%2").arg(page).arg(pages);
    const double pageW = textWidth(QStringLiteral("page 99/99"), pageFont) + mm(3);
    const double noteH = lineHeight(noteFont) * wrap(note, noteFont, width - pageW).size();
    const double h = std::max(noteH, lineHeight(pageFont));
    const double top = pageHeight() - margin() - h;
    if (draw) {
        m_painter.setPen(QPen(Qt::black, mm(0.2)));
        m_painter.drawLine(QPointF(x0, top - mm(1.5)), QPointF(x0 + width, top - mm(1.5)));
        text(note, noteFont, x0, top, width - pageW, Qt::AlignLeft, true);
        text(pageText, pageFont, x0 + width - pageW, top, pageW, Qt::AlignRight, true);
    }
    return top - mm(3);
}

void DocumentPainter::watermark(const QString& s)
{
    m_painter.save();
    QFont f = font(m_size.id() == QPageSize::A5 ? 60 : 86, true);
    m_painter.setFont(f);
    m_painter.setPen(QColor(0, 0, 0, 28));
    m_painter.translate(pageWidth() / 2, pageHeight() / 2);
    m_painter.rotate(-50);
    const double w = textWidth(s, f);
    m_painter.drawText(QPointF(-w / 2, lineHeight(f) / 3), s);
    m_painter.restore();
}

Result<int> DocumentPainter::flow(const QList<Item>& items, const Frame& frame, double bottom,
                                  const std::function<Item(int zone)>& continuation, const PageEnd& pageEnd)
{
    auto top = frame(0, 0, false);
    if (!top)
        return std::unexpected(top.error());
    double reserve = 0;
    if (continuation)
        for (const Item& i : items)
            if (i.zone >= 0)
                reserve = std::max(reserve, continuation(i.zone).height);
    const double avail = bottom - *top - reserve;
    if (avail <= mm(20))
        return fail(ErrorKind::Invalid, tr("The page layout leaves no room for the text (check the paper settings)"));

    QList<QList<qsizetype>> pages;
    QList<qsizetype> current;
    double used = 0;
    for (qsizetype i = 0; i < items.size();) {
        qsizetype j = i;
        double group = items.at(i).height;
        while (items.at(j).keepWithNext && j + 1 < items.size())
            group += items.at(++j).height;
        if (used + group <= avail) {
            for (qsizetype k = i; k <= j; ++k)
                current.append(k);
            used += group;
        } else if (!current.isEmpty() && group <= avail) {
            pages.append(current);
            current.clear();
            used = 0;
            continue;
        } else {
            for (qsizetype k = i; k <= j; ++k) {
                if (used + items.at(k).height > avail && !current.isEmpty()) {
                    pages.append(current);
                    current.clear();
                    used = 0;
                }
                current.append(k);
                used += items.at(k).height;
            }
        }
        i = j + 1;
    }
    if (!current.isEmpty() || pages.isEmpty())
        pages.append(current);

    const double x0 = contentX();
    const double width = contentWidth();
    for (qsizetype p = 0; p < pages.size(); ++p) {
        if (!m_firstPage) {
            if (!m_device.newPage())
                return fail(ErrorKind::Io, tr("The printer refused a new page"));
            resetTransform();
        }
        m_firstPage = false;
        auto t = frame(int(p + 1), int(pages.size()), true);
        if (!t)
            return std::unexpected(t.error());
        double y = *t;
        const QList<qsizetype>& onPage = pages.at(p);
        if (p > 0 && continuation && !onPage.isEmpty()) {
            const Item& first = items.at(onPage.first());
            if (first.zone >= 0 && !first.caption) {
                const Item c = continuation(first.zone);
                c.paint(x0, y, width);
                y += c.height;
            }
        }
        int medicines = 0;
        for (qsizetype k : onPage) {
            items.at(k).paint(x0, y, width);
            y += items.at(k).height;
            medicines += items.at(k).medicines;
        }
        if (pageEnd)
            pageEnd(int(p + 1), int(pages.size()), medicines, y);
    }
    return int(pages.size());
}

} // namespace relais
