// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "print/PrintSettings.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QList>
#include <QPageSize>
#include <QPainter>

#include <functional>
#include <optional>

class QPagedPaintDevice;

namespace relais {

struct Practitioner;
struct Patient;

// What the shared header prints: prescriber top-left, place and date top-right with the two
// barcodes under them, then the patient.
struct DocumentHeader
{
    const Practitioner* doctor = nullptr;
    const Patient* patient = nullptr;
    QDate date;
    std::optional<double> weightKg;
    std::optional<double> heightCm;
    bool barcodes = true;
    bool duplicata = false;
};

// One paged document drawn with QPainter on any paged device (QPdfWriter, QPrinter): fonts,
// wrapping, the shared header and footer, and a simple flow of items across pages. Coordinates
// are device units from the sheet's top-left corner; mm() converts.
class DocumentPainter
{
    Q_DECLARE_TR_FUNCTIONS(relais::DocumentPainter)

public:
    struct Item
    {
        double height = 0;
        int zone = -1;             // bizone: 0 ALD zone, 1 other; -1 none
        bool caption = false;      // a zone caption (no "continued" caption before it)
        bool keepWithNext = false; // never the last item of a page
        int medicines = 0;         // medicines this item prints (the count square of a secure sheet)
        std::function<void(double x, double y, double width)> paint;
    };
    // Draws the page frame (header, footer…) when `draw`; returns the top of the content area.
    using Frame = std::function<Result<double>(int page, int pages, bool draw)>;
    // Called once a page's items are drawn: how many medicines it holds and where its last item ends.
    using PageEnd = std::function<void(int page, int pages, int medicines, double bottom)>;

    DocumentPainter(QPagedPaintDevice& device, QPageSize::PageSizeId size, const PrinterCalibration& calibration);
    ~DocumentPainter();

    Result<void> begin();
    Result<void> end();
    QPainter& painter() { return m_painter; }
    const QPageSize& pageSize() const { return m_size; }

    double mm(double v) const { return v * m_dpmm; }
    double pageWidth() const;
    double pageHeight() const;
    double margin() const;  // mm() applied
    QFont font(double pt, bool bold = false, bool italic = false) const;
    double lineHeight(const QFont& f) const;
    double textWidth(const QString& s, const QFont& f) const;
    QStringList wrap(const QString& text, const QFont& f, double width) const;
    // Wrapped text from (x, y) in `width`; returns the height (also when not drawing).
    double text(const QString& text, const QFont& f, double x, double y, double width,
                Qt::Alignment align = Qt::AlignLeft, bool draw = true);
    // The column items flow in (default: between the margins).
    void setContent(double x, double width) { m_contentX = x; m_contentW = width; }
    double contentX() const { return m_contentX >= 0 ? m_contentX : margin(); }
    double contentWidth() const { return m_contentW > 0 ? m_contentW : pageWidth() - 2 * margin(); }
    // A paragraph as a flow item.
    Item paragraph(const QString& text, const QFont& f, double indent = 0, double spaceAfter = 0);

    // Parts of the header, also placed one by one on secure paper; each returns its bottom.
    double prescriberBlock(const DocumentHeader& h, double x, double y, double width, bool draw);
    Result<double> barcodeBlock(const DocumentHeader& h, double x, double y, double width, bool draw);
    double patientBlock(const DocumentHeader& h, double x, double y, double width, bool draw);
    static QString placeAndDate(const DocumentHeader& h);  // "Lyon, le 22/11/2026"
    // The shared header; returns its bottom.
    Result<double> header(const DocumentHeader& h, bool draw);
    // Footer: the outage note on the left, "page x/y" on the right; returns its top.
    double footer(int page, int pages, const QString& note, bool draw);
    void watermark(const QString& text);

    // Lays the items out on as many pages as needed and paints them. `continuation(zone)` gives
    // the caption repeated when a zone goes on over a page break. Returns the number of pages.
    Result<int> flow(const QList<Item>& items, const Frame& frame, double bottom,
                     const std::function<Item(int zone)>& continuation = {}, const PageEnd& pageEnd = {});

    // "72 ans", "18 mois", "12 jours" — always French (printed document).
    static QString frenchAge(const Patient& p, const QDate& at);
    static QString frenchNumber(double v);  // 11,2

private:
    void resetTransform();

    QPagedPaintDevice& m_device;
    QPageSize m_size;
    PrinterCalibration m_calibration;
    QPainter m_painter;
    double m_dpmm = 1;
    bool m_firstPage = true;
    double m_contentX = -1;
    double m_contentW = 0;
};

} // namespace relais
