// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/AuditReport.h"

#include "audit/AuditActions.h"
#include "access/AuditTable.h"
#include "common/Clock.h"
#include "common/DocumentLanguage.h"
#include "common/PrivateFile.h"
#include "print/DocumentPainter.h"
#include "vault/Vault.h"

#include <QBuffer>
#include <QPdfWriter>

namespace relais {

QString AuditReport::filterWords(AuditTable& table, const AuditFilter& filter)
{
    QStringList words;
    const QLocale locale = DocumentLanguage::locale();
    if (filter.fromUtc.isValid())
        words << tr("from %1").arg(locale.toString(filter.fromUtc.toLocalTime().date(), QLocale::ShortFormat));
    if (filter.toUtc.isValid())  // the end is excluded: up to the day before
        words << tr("up to %1").arg(locale.toString(filter.toUtc.addMSecs(-1).toLocalTime().date(), QLocale::ShortFormat));
    if (!filter.slot.isEmpty())
        words << tr("practitioner %1").arg(table.slotLabel(filter.slot));
    if (!filter.action.isEmpty())
        words << AuditActions::words(filter.action);
    if (!filter.objectType.isEmpty()) {
        AuditEntry about;
        about.objectType = filter.objectType;
        about.objectId = filter.objectId;
        words << table.cell(about, AuditTable::Object, namesPatients(filter));
    }
    return words.join(QStringLiteral(", "));
}

Result<QByteArray> AuditReport::render(Vault& vault, AuditFilter filter, int* pages, int* entryCount)
{
    // In the order things happened: an inspector reads a report from the top.
    filter.newestFirst = false;
    QList<AuditEntry> entries;
    std::optional<AuditEntry> after;
    bool truncated = false;
    for (;;) {
        auto page = vault.audit().page(filter, after, 1000);
        if (!page)
            return std::unexpected(page.error());
        entries += *page;
        if (page->size() < 1000)
            break;
        if (entries.size() >= kMaxEntries) {
            truncated = true;
            entries.resize(kMaxEntries);
            break;
        }
        after = page->last();
    }
    if (entryCount)
        *entryCount = int(entries.size());
    // French whatever the interface, from here: the chain check, the column titles, the actions.
    const DocumentLanguage::Scope french;
    const AuditVerification check = vault.audit().verify();
    QString checkText = check.message;
    if (!vault.auditRollbackWarning().isEmpty())
        checkText += QLatin1Char(' ') + vault.auditRollbackWarning();
    const bool names = namesPatients(filter);
    AuditTable table(vault);
    const QString filterText = filterWords(table, filter);

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    int pageCount = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Relais"));
        writer.setTitle(tr("Audit trail report"));
        DocumentPainter dp(writer, QPageSize::A4, {});
        if (auto r = dp.begin(); !r)
            return std::unexpected(r.error());
        using Item = DocumentPainter::Item;
        QList<Item> items;
        const QFont titleFont = dp.font(14, true);
        const QFont infoFont = dp.font(9);
        const QFont headFont = dp.font(8.5, true);
        const QFont rowFont = dp.font(8);
        const auto line = [&](const QString& text, const QFont& f, double spaceAfter = 0) {
            for (const QString& l : dp.wrap(text, f, dp.contentWidth())) {
                Item i;
                i.height = dp.lineHeight(f);
                i.keepWithNext = true;
                i.paint = [&dp, l, f](double x, double y, double w) { dp.text(l, f, x, y, w); };
                items.append(i);
            }
            if (!items.isEmpty())
                items.last().height += spaceAfter;
        };
        const QDateTime now = vault.clock().nowUtc();
        line(tr("Audit trail report"), titleFont, dp.mm(2));
        line(tr("Vault: %1").arg(vault.vaultId()), infoFont);
        line(tr("Written on %1 by %2").arg(AuditTable::localTime(now), vault.slotLabel()), infoFont);
        line(tr("Filter: %1").arg(filterText.isEmpty() ? tr("none (every entry)") : filterText), infoFont);
        line(tr("Chain check: %1").arg(checkText), dp.font(9, !check.ok || !vault.auditRollbackWarning().isEmpty()));
        line(truncated ? tr("%1 entries shown (the first ones): narrow the filter to see the rest").arg(entries.size())
                       : tr("%n entries", nullptr, int(entries.size())),
             infoFont);
        line(names ? tr("This report names the patient: it holds personal health data. Keep it as such.")
                   : tr("Patients appear by their row number only."),
             dp.font(9, false, true), dp.mm(4));

        // Columns: time, practitioner, action, object.
        const double w = dp.contentWidth();
        const double col[] = {0, w * 0.20, w * 0.42, w * 0.70};
        const double colW[] = {w * 0.20 - dp.mm(1), w * 0.22 - dp.mm(1), w * 0.28 - dp.mm(1), w * 0.30};
        const auto rowItem = [&](const QStringList& cells, const QFont& f, bool rule) {
            double h = 0;
            for (int c = 0; c < 4; ++c)
                h = std::max(h, dp.text(cells.at(c), f, 0, 0, colW[c], Qt::AlignLeft, false));
            Item i;
            i.height = h + dp.mm(0.8);
            i.paint = [&dp, cells, f, col, colW, rule, h](double x, double y, double) {
                for (int c = 0; c < 4; ++c)
                    dp.text(cells.at(c), f, x + col[c], y, colW[c]);
                if (rule) {
                    dp.painter().setPen(QPen(Qt::black, dp.mm(0.2)));
                    dp.painter().drawLine(QPointF(x, y + h + dp.mm(0.3)), QPointF(x + col[3] + colW[3], y + h + dp.mm(0.3)));
                }
            };
            return i;
        };
        Item head = rowItem(AuditTable::headers(), headFont, true);
        head.keepWithNext = true;
        items.append(head);
        for (const AuditEntry& e : std::as_const(entries))
            items.append(rowItem(table.row(e, names), rowFont, false));

        const QString note = tr("Relais audit trail — vault %1").arg(vault.vaultId());
        const double bottom = dp.footer(1, 1, note, false);
        auto n = dp.flow(
            items,
            [&](int page, int total, bool draw) -> Result<double> {
                if (draw)
                    dp.footer(page, total, note, true);
                if (page > 1) {
                    // The column titles again on every page.
                    const double y = dp.margin();
                    if (draw)
                        head.paint(dp.contentX(), y, dp.contentWidth());
                    return y + head.height + dp.mm(1);
                }
                return dp.margin();
            },
            bottom);
        if (!n)
            return std::unexpected(n.error());
        pageCount = *n;
        if (auto r = dp.end(); !r)
            return std::unexpected(r.error());
    }
    if (pages)
        *pages = pageCount;
    return buffer.data();
}

Result<int> AuditReport::write(Vault& vault, const AuditFilter& filter, const QString& path)
{
    int count = 0;
    auto pdf = render(vault, filter, nullptr, &count);
    if (!pdf)
        return std::unexpected(pdf.error());
    // Owner-only from the first byte: it may name a patient.
    if (auto r = PrivateFile::write(path, *pdf); !r)
        return std::unexpected(r.error());
    // The report itself is recorded (how many entries, and whether it names a patient; never the path).
    if (auto r = vault.audit().append(QString::fromLatin1(AuditAction::TrailExport), filter.objectType, filter.objectId,
                                      QStringLiteral("entries=%1 names=%2").arg(count).arg(namesPatients(filter) ? 1 : 0));
        !r)
        return std::unexpected(r.error());
    return count;
}

} // namespace relais
