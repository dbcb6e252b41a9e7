// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PrescriptionHistory.h"

#include "print/PdfPreview.h"
#include "print/PlainFilePrint.h"
#include "print/PrescriptionPrinter.h"
#include "print/PrintSettings.h"
#include "vault/Vault.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace relais::ui {

namespace {

QString kindText(Prescription::Kind k)
{
    switch (k) {
    case Prescription::Kind::Medicines:
        return PrescriptionHistory::tr("Medicines");
    case Prescription::Kind::Certificate:
        return PrescriptionHistory::tr("Certificate");
    case Prescription::Kind::Document:
        return PrescriptionHistory::tr("Document");
    }
    return {};
}

} // namespace

PrescriptionHistory::PrescriptionHistory(Vault& vault, qint64 patientId, QWidget* parent)
    : QDialog(parent), m_vault(vault), m_patientId(patientId)
{
    setObjectName(QStringLiteral("prescriptionHistory"));
    setWindowTitle(tr("Prescriptions"));

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setHorizontalHeaderLabels({tr("Date"), tr("Prescriber"), tr("Document"), tr("Printed")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &PrescriptionHistory::onSelected);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("historyMessage"));
    m_message->setWordWrap(true);

    m_print = new QPushButton(tr("&Reprint…"), this);
    m_print->setObjectName(QStringLiteral("reprint"));
    m_print->setEnabled(false);
    connect(m_print, &QPushButton::clicked, this, [this] { printSelected(); });
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_message);
    leftLayout->addWidget(buttons);

    m_preview = new PdfPreview(this);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_preview);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({520, 460});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    reload();
    resize(1040, 700);
}

void PrescriptionHistory::reload()
{
    auto list = PrescriptionStore(m_vault).list({m_patientId});
    m_rows = list ? *list : QList<PrescriptionStore::Summary>{};
    m_message->setText(list ? (m_rows.isEmpty() ? tr("No prescription yet for this patient.") : QString())
                            : list.error().message);
    const QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    const QLocale locale;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto& s = m_rows.at(row);
        const QString what = s.kind == Prescription::Kind::Medicines
                                 ? tr("%1 (%n line(s))", nullptr, s.lines).arg(kindText(s.kind))
                                 : kindText(s.kind);
        const QStringList cells{locale.toString(s.date, QLocale::ShortFormat), s.practitionerName, what,
                                s.printed ? tr("yes") : tr("not yet")};
        for (int col = 0; col < cells.size(); ++col)
            m_table->setItem(row, col, new QTableWidgetItem(cells.at(col)));
    }
    if (!m_rows.isEmpty())
        select(0);
}

void PrescriptionHistory::select(int row)
{
    m_table->selectRow(row);
    onSelected();
}

void PrescriptionHistory::onSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size()) {
        m_print->setEnabled(false);
        m_preview->clear();
        return;
    }
    const auto& s = m_rows.at(row);
    m_print->setEnabled(true);
    m_print->setText(s.printed ? tr("&Reprint…") : tr("&Print…"));
    PrescriptionPrinter printer(m_vault);
    if (s.printed) {
        // Looking is not reprinting: not audited as such.
        auto stored = PrescriptionStore(m_vault).storedPdf(s.id, false);
        if (stored && *stored)
            m_preview->setPdf(**stored);
        else if (!stored)
            m_message->setText(stored.error().message);
    } else if (auto doc = printer.document(s.id)) {
        m_preview->setDocument(*doc);
    } else {
        m_message->setText(doc.error().message);
    }
}

Result<QByteArray> PrescriptionHistory::printSelected(QPrinter* printer)
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return fail(ErrorKind::Invalid, tr("Choose a prescription in the list"));
    const auto summary = m_rows.at(row);
    std::unique_ptr<QPrinter> chosen;
    if (!printer) {
        chosen = std::make_unique<QPrinter>(QPrinter::HighResolution);
        QPrintDialog dialog(chosen.get(), this);
        if (dialog.exec() != QDialog::Accepted || !PlainFilePrint::confirm(this, *chosen))
            return fail(ErrorKind::Other, tr("Not printed"));
        printer = chosen.get();
    }
    auto done = [&]() -> Result<QByteArray> {
        PrescriptionStore store(m_vault);
        if (!summary.printed) {
            if (auto r = PrescriptionPrinter(m_vault).print(summary.id, *printer, printer->printerName()); !r)
                return std::unexpected(r.error());
            auto stored = store.storedPdf(summary.id, false);
            if (!stored)
                return std::unexpected(stored.error());
            return stored->value_or(QByteArray());
        }
        auto stored = store.storedPdf(summary.id, true);  // "prescription.reprint"
        if (!stored)
            return std::unexpected(stored.error());
        if (!*stored)
            return fail(ErrorKind::Other, tr("The stored PDF is missing"));
        auto cal = PrintSettings(m_vault).calibration(printer->printerName());
        const PrinterCalibration c = cal ? *cal : PrinterCalibration{};
        if (auto r = paintStored(**stored, *printer, c.dxMm, c.dyMm); !r)
            return std::unexpected(r.error());
        return **stored;
    }();
    if (done && chosen)  // chosen in the print dialog
        PlainFilePrint::audit(m_vault, *printer, QStringLiteral("prescription"), summary.id);
    m_message->setText(done ? tr("Sent to the printer.") : done.error().message);
    reload();
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == summary.id)
            select(i);
    return done;
}

Result<void> PrescriptionHistory::paintStored(const QByteArray& pdf, QPrinter& printer, double dxMm, double dyMm)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->numPages() == 0)
        return fail(ErrorKind::VaultCorrupt, tr("The stored PDF cannot be read"));
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    const QSizeF firstPt = doc->page(0)->pageSizeF();
    QPageLayout layout(QPageSize(firstPt, QPageSize::Point), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0));
    layout.setMode(QPageLayout::FullPageMode);
    printer.setPageLayout(layout);
    QPainter painter;
    if (!painter.begin(&printer))
        return fail(ErrorKind::Io, tr("The printer refused the page"));
    const double dpi = printer.logicalDpiX();
    const QRectF paint = printer.pageLayout().paintRectPixels(int(dpi));
    const double dpmm = dpi / 25.4;
    for (int i = 0; i < doc->numPages(); ++i) {
        if (i > 0)
            printer.newPage();
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        const QSizeF pt = page->pageSizeF();
        // 300 dpi is what a laser printer resolves; the barcodes stay sharp.
        const QImage image = page->renderToImage(300, 300);
        const QRectF target(-paint.left() + dxMm * dpmm, -paint.top() + dyMm * dpmm, pt.width() / 72.0 * dpi,
                            pt.height() / 72.0 * dpi);
        painter.drawImage(target, image);
    }
    if (!painter.end())
        return fail(ErrorKind::Io, tr("The printer refused the document"));
    return {};
}

} // namespace relais::ui
