// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PrescriptionRenderer.h"

#include "prescribing/FrenchWords.h"
#include "print/DocumentPainter.h"

#include <QBuffer>
#include <QPdfWriter>

namespace relais {

// Printed text is French whatever the interface language: it is a French legal document.
const char* const PrescriptionRenderer::kAldCaption =
    "Prescriptions relatives au traitement de l'affection de longue durée reconnue (liste ou hors liste) "
    "(AFFECTION EXONÉRANTE)";
const char* const PrescriptionRenderer::kOtherCaption =
    "Prescriptions SANS RAPPORT avec l'affection de longue durée (MALADIES INTERCURRENTES)";
const char* const PrescriptionRenderer::kOutageNote =
    "Ordonnance établie sur papier : le service de prescription électronique était indisponible.";
const char* const PrescriptionRenderer::kCertificateNote = "Certificat remis en main propre à l'intéressé(e).";

namespace {

using Item = DocumentPainter::Item;

QString u8(const char* s) { return QString::fromUtf8(s); }

QString lineTitle(const PrescriptionLine& l, bool words)
{
    // Only what is filled: a line still being typed never previews as "1. , voie orale".
    QStringList parts;
    const QString head = QString(l.dci.trimmed().toUpper() + u' ' + (words ? l.strengthInWords() : l.strength.trimmed())).trimmed();
    if (!head.isEmpty())
        parts << head;
    if (!l.form.trimmed().isEmpty())
        parts << l.form.trimmed();
    if (!l.route.trimmed().isEmpty())
        parts << QStringLiteral("voie ") + l.route.trimmed();
    QString t = parts.join(QStringLiteral(", "));
    if (!l.brand.trimmed().isEmpty())
        t += QStringLiteral(" (") + l.brand.trimmed() + u')';
    return t;
}

struct Part
{
    QString text;
    QFont font;
};

Item medicineItem(DocumentPainter& dp, const PrescriptionLine& l, int number, bool a5)
{
    const double body = a5 ? 8.5 : 9.5;
    const LineRules rules = l.rules();
    QList<Part> parts;
    parts.append({lineTitle(l, rules.inWords), dp.font(body + 0.5, true)});
    parts.append({rules.inWords ? l.posologyInWords() : l.posologySentence(), dp.font(body)});
    QStringList duration;
    if (!l.durationText().isEmpty())
        duration << l.durationText();
    if (l.renewals > 0)
        duration << QStringLiteral("à renouveler ") +
                (rules.inWords ? FrenchWords::number(l.renewals, true) : QString::number(l.renewals)) +
                QStringLiteral(" fois");
    if (!duration.isEmpty())
        parts.append({duration.join(QStringLiteral(", ")), dp.font(body)});
    if (rules.fractionDays > 0 || rules.category.contains(QStringLiteral("stupéfiant"))) {
        const int fraction = l.fractionDays > 0 ? l.fractionDays : rules.fractionDays;
        parts.append({fraction > 0 ? QStringLiteral("Délivrance fractionnée : ") + FrenchWords::number(fraction) +
                                         QStringLiteral(" jours par fraction")
                                   : QStringLiteral("Délivrance en une seule fois"),
                      dp.font(body)});
    }
    // "Non substituable" always beside the product it keeps: the brand is named on the line.
    if (l.nonSubstitutable && !l.brand.trimmed().isEmpty())
        parts.append({QStringLiteral("NON SUBSTITUABLE (") + nonSubstitutableCode(l.nonSubstitutableReason) +
                          QStringLiteral(") : ") + l.brand.trimmed() +
                          (l.nonSubstitutableReason == NonSubstitutable::Cif && !l.cifExcipient.trimmed().isEmpty()
                               ? QStringLiteral(" — excipient : ") + l.cifExcipient.trimmed()
                               : QString()),
                      dp.font(body, true)});
    const double indent = dp.mm(8);
    const double width = dp.contentWidth() - indent;
    double h = 0;
    for (const Part& p : std::as_const(parts))
        h += dp.lineHeight(p.font) * dp.wrap(p.text, p.font, width).size();
    Item item;
    item.height = h + dp.mm(a5 ? 2.5 : 3.5);
    item.zone = -1;
    item.medicines = 1;
    item.paint = [&dp, parts, number, indent, body](double x, double y, double w) {
        dp.text(QStringLiteral("%1.").arg(number), dp.font(body + 0.5, true), x, y, indent - dp.mm(1));
        for (const Part& p : parts)
            y += dp.text(p.text, p.font, x + indent, y, w - indent);
    };
    return item;
}

Item captionItem(DocumentPainter& dp, const QString& caption, int zone, bool a5)
{
    const QFont f = dp.font(a5 ? 7.5 : 8.5, true);
    const double pad = dp.mm(1.2);
    const double textH = dp.lineHeight(f) * dp.wrap(caption, f, dp.contentWidth() - 2 * pad).size();
    Item item;
    item.zone = zone;
    item.caption = true;
    item.keepWithNext = true;
    item.height = textH + 2 * pad + dp.mm(3);
    item.paint = [&dp, caption, f, pad, textH](double x, double y, double w) {
        dp.painter().setPen(QPen(Qt::black, dp.mm(0.3)));
        dp.painter().setBrush(QColor(235, 235, 235));
        dp.painter().drawRect(QRectF(x, y, w, textH + 2 * pad));
        dp.painter().setBrush(Qt::NoBrush);
        dp.text(caption, f, x + pad, y + pad, w - 2 * pad);
    };
    return item;
}

Item separatorItem(DocumentPainter& dp)
{
    Item item;
    item.height = dp.mm(7);
    item.paint = [&dp](double x, double y, double w) {
        // A double rule across the page: the boundary between the two zones.
        dp.painter().setPen(QPen(Qt::black, dp.mm(0.6)));
        dp.painter().drawLine(QPointF(x, y + dp.mm(2.5)), QPointF(x + w, y + dp.mm(2.5)));
        dp.painter().drawLine(QPointF(x, y + dp.mm(3.7)), QPointF(x + w, y + dp.mm(3.7)));
    };
    return item;
}

// Each kind of document owns its footer and its signature label: the e-prescription outage note
// belongs to prescriptions only.
QString footerNote(Prescription::Kind kind)
{
    switch (kind) {
    case Prescription::Kind::Medicines:
        return u8(PrescriptionRenderer::kOutageNote);
    case Prescription::Kind::Certificate:
        return u8(PrescriptionRenderer::kCertificateNote);
    case Prescription::Kind::Document:
        break;
    }
    return {};
}

QString signatureLabel(Prescription::Kind kind)
{
    return kind == Prescription::Kind::Medicines ? QStringLiteral("Signature du prescripteur")
                                                 : QStringLiteral("Signature du médecin");
}

Item signatureItem(DocumentPainter& dp, bool a5, const QString& label)
{
    Item item;
    const double w = dp.mm(a5 ? 55 : 65);
    const double h = dp.mm(a5 ? 24 : 28);
    item.height = h + dp.mm(4);
    item.paint = [&dp, w, h, a5, label](double x, double y, double width) {
        const double left = x + width - w;
        dp.painter().setPen(QPen(QColor(90, 90, 90), dp.mm(0.25), Qt::DashLine));
        dp.painter().drawRect(QRectF(left, y + dp.mm(2), w, h));
        dp.text(label, dp.font(a5 ? 7 : 7.5, false, true), left + dp.mm(2),
                y + dp.mm(3), w - dp.mm(4));
    };
    return item;
}

QList<Item> bodyItems(DocumentPainter& dp, const PrescriptionDocument& doc, bool a5, bool withSignature)
{
    const Prescription& rx = doc.rx;
    QList<Item> items;
    if (rx.kind != Prescription::Kind::Medicines) {
        const QString title = !rx.title.trimmed().isEmpty() ? rx.title.trimmed()
            : rx.kind == Prescription::Kind::Certificate   ? QStringLiteral("CERTIFICAT MÉDICAL")
                                                           : QString();
        if (!title.isEmpty()) {
            const QFont f = dp.font(a5 ? 11 : 13, true);
            Item t;
            t.height = dp.lineHeight(f) * dp.wrap(title, f, dp.contentWidth()).size() + dp.mm(5);
            t.keepWithNext = true;
            t.paint = [&dp, title, f](double x, double y, double w) { dp.text(title, f, x, y, w, Qt::AlignHCenter); };
            items.append(t);
        }
        // One item per printed line, so a long text breaks anywhere.
        const QFont f = dp.font(a5 ? 9 : 10.5);
        for (const QString& line : dp.wrap(rx.body.trimmed(), f, dp.contentWidth())) {
            Item i;
            i.height = dp.lineHeight(f);
            i.paint = [&dp, line, f](double x, double y, double w) { dp.text(line, f, x, y, w); };
            items.append(i);
        }
    } else {
        const bool bizone = rx.hasAldLines();
        int number = 0;
        const auto addLines = [&](int zone) {
            for (const PrescriptionLine& l : rx.lines) {
                if (bizone && (zone == 0) != l.ald)
                    continue;
                Item i = medicineItem(dp, l, ++number, a5);
                i.zone = bizone ? zone : -1;
                items.append(i);
            }
        };
        if (bizone) {
            items.append(captionItem(dp, u8(PrescriptionRenderer::kAldCaption), 0, a5));
            addLines(0);
            items.append(separatorItem(dp));
            items.last().keepWithNext = true;
            items.append(captionItem(dp, u8(PrescriptionRenderer::kOtherCaption), 1, a5));
            addLines(1);
        } else {
            addLines(-1);
        }
    }
    if (!rx.comments.trimmed().isEmpty()) {
        Item c = dp.paragraph(rx.comments.trimmed(), dp.font(a5 ? 8.5 : 9.5, false, true), 0, dp.mm(2));
        items.append(c);
    }
    if (withSignature) {
        if (!items.isEmpty())
            items.last().keepWithNext = true;  // the signature follows the last line, on its page
        items.append(signatureItem(dp, a5, signatureLabel(rx.kind)));
    }
    return items;
}

Result<int> paintCopy(DocumentPainter& dp, const PrescriptionDocument& doc, bool duplicata)
{
    const Prescription& rx = doc.rx;
    const bool a5 = dp.pageSize().id() == QPageSize::A5;
    DocumentHeader h;
    h.doctor = &doc.doctor;
    h.patient = &doc.patient;
    h.date = rx.date;
    h.weightKg = rx.weightKg;
    h.heightCm = rx.heightCm;
    h.duplicata = duplicata;
    const QString note = footerNote(rx.kind);
    const auto continuation = [&dp, &rx, a5](int zone) {
        const QString caption = u8(zone == 0 ? PrescriptionRenderer::kAldCaption : PrescriptionRenderer::kOtherCaption);
        Item c = captionItem(dp, caption + QStringLiteral(" (suite)"), zone, a5);
        (void)rx;
        return c;
    };

    if (rx.layout != Prescription::Layout::Secure) {
        dp.setContent(dp.margin(), dp.pageWidth() - 2 * dp.margin());
        const double bottom = dp.footer(1, 1, note, false);
        const QList<Item> items = bodyItems(dp, doc, a5, true);
        return dp.flow(
            items,
            [&](int page, int pages, bool draw) -> Result<double> {
                if (draw && duplicata)
                    dp.watermark(QStringLiteral("DUPLICATA"));
                if (draw)
                    dp.footer(page, pages, note, true);
                return dp.header(h, draw);
            },
            bottom, continuation);
    }

    // Secure paper: everything at the practice's positions; identity usually pre-printed.
    const SecurePaperLayout& s = doc.secure;
    const auto r = [&dp](const QRectF& mmRect) {
        return QRectF(dp.mm(mmRect.x()), dp.mm(mmRect.y()), dp.mm(mmRect.width()), dp.mm(mmRect.height()));
    };
    const QRectF lines = r(s.lines);
    dp.setContent(lines.left(), lines.width());
    const QFont noteFont = dp.font(7, false, true);
    const double footerH = dp.lineHeight(noteFont) * 2 + dp.mm(1);
    const QList<Item> items = bodyItems(dp, doc, a5, false);
    // Each sheet is a complete form (R.5132-4 CSP): its own count in the square, its own signature
    // zone right under its last line, and the blank space left below struck through.
    const QRectF sigRect = r(s.signature);
    const double sigH = std::max(sigRect.height(), dp.mm(18));
    const double sigW = std::max(sigRect.width(), dp.mm(50));
    const double contentBottom = lines.bottom() - footerH - dp.mm(2);
    return dp.flow(
        items,
        [&](int page, int pages, bool draw) -> Result<double> {
            if (!draw)
                return lines.top();
            if (duplicata)
                dp.watermark(QStringLiteral("DUPLICATA"));
            if (s.printPrescriber) {
                dp.prescriberBlock(h, dp.margin(), dp.margin(), dp.pageWidth() * 0.5, true);
                auto b = dp.barcodeBlock(h, dp.pageWidth() * 0.5, dp.margin(), dp.pageWidth() * 0.5 - dp.margin(), true);
                if (!b)
                    return std::unexpected(b.error());
            }
            const QRectF date = r(s.date);
            dp.text(DocumentPainter::placeAndDate(h), dp.font(10), date.left(), date.top(), date.width(), Qt::AlignRight);
            const QRectF patient = r(s.patient);
            dp.patientBlock(h, patient.left(), patient.top(), patient.width(), true);
            dp.text(note + QStringLiteral("   page %1/%2").arg(page).arg(pages), noteFont, lines.left(),
                    lines.bottom() - footerH, lines.width());
            return lines.top();
        },
        contentBottom - sigH - dp.mm(3), continuation,
        [&](int, int, int medicines, double y) {
            // The number of medicines on this sheet, in the pre-printed square.
            const QRectF square = r(s.countSquare);
            const QFont big = dp.font(12, true);
            dp.text(QString::number(medicines), big, square.left(), square.center().y() - dp.lineHeight(big) / 2,
                    square.width(), Qt::AlignHCenter);
            const double left = std::min(sigRect.left(), lines.right() - sigW);
            const double top = y + dp.mm(1);
            dp.painter().setPen(QPen(QColor(90, 90, 90), dp.mm(0.25), Qt::DashLine));
            dp.painter().drawRect(QRectF(left, top, sigW, sigH));
            dp.text(signatureLabel(rx.kind), dp.font(7.5, false, true), left + dp.mm(2), top + dp.mm(1), sigW - dp.mm(4));
            // What is left below cannot take a forged line: a Z across it.
            const double from = top + sigH + dp.mm(2);
            if (contentBottom - from > dp.mm(6)) {
                dp.painter().setPen(QPen(Qt::black, dp.mm(0.35)));
                const QPointF a(lines.left(), from), b(lines.right(), from), c(lines.left(), contentBottom),
                    d(lines.right(), contentBottom);
                dp.painter().drawLine(a, b);
                dp.painter().drawLine(b, c);
                dp.painter().drawLine(c, d);
            }
        });
}

} // namespace

QPageSize::PageSizeId PrescriptionRenderer::pageSizeFor(const PrescriptionDocument& doc)
{
    switch (doc.rx.layout) {
    case Prescription::Layout::A5:
        return QPageSize::A5;
    case Prescription::Layout::Secure:
        return doc.secure.page;
    case Prescription::Layout::A4:
        break;
    }
    return QPageSize::A4;
}

Result<int> PrescriptionRenderer::paint(QPagedPaintDevice& device, const PrescriptionDocument& doc)
{
    if (!doc.rx.date.isValid() || doc.doctor.rpps.isEmpty())
        return fail(ErrorKind::Invalid, tr("Prescription: the date and the prescriber are required to print"));
    DocumentPainter dp(device, pageSizeFor(doc), doc.calibration);
    if (auto r = dp.begin(); !r)
        return std::unexpected(r.error());
    auto pages = paintCopy(dp, doc, false);
    if (!pages)
        return pages;
    int total = *pages;
    if (doc.rx.duplicata) {
        auto copy = paintCopy(dp, doc, true);
        if (!copy)
            return copy;
        total += *copy;
    }
    if (auto r = dp.end(); !r)
        return std::unexpected(r.error());
    return total;
}

Result<RenderedPdf> PrescriptionRenderer::renderPdf(const PrescriptionDocument& doc)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Relais"));
        writer.setTitle(doc.rx.kind == Prescription::Kind::Medicines ? QStringLiteral("Ordonnance")
                                                                     : QStringLiteral("Document médical"));
        auto r = paint(writer, doc);
        if (!r)
            return std::unexpected(r.error());
        pages = *r;
    }
    return RenderedPdf{buffer.data(), pages};
}

} // namespace relais
