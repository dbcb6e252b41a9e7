// SPDX-License-Identifier: GPL-3.0-or-later
#include "print/PdfPreview.h"

#include <QLabel>
#include <QResizeEvent>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <poppler-qt6.h>

namespace relais::ui {

QList<QImage> PdfRenderWorker::rasterize(const QByteArray& pdf, double dpi, QString* error)
{
    QList<QImage> images;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(pdf);
    if (!doc || doc->isLocked()) {
        if (error)
            *error = PdfPreview::tr("The preview cannot read the PDF.");
        return images;
    }
    doc->setRenderHint(Poppler::Document::Antialiasing);
    doc->setRenderHint(Poppler::Document::TextAntialiasing);
    for (int i = 0; i < doc->numPages(); ++i) {
        std::unique_ptr<Poppler::Page> page = doc->page(i);
        if (page)
            images.append(page->renderToImage(dpi, dpi));
    }
    return images;
}

void PdfRenderWorker::render(quint64 generation, const relais::PrescriptionDocument& doc)
{
    if (generation < m_latest->load())
        return;  // the GP typed again meanwhile
    auto rendered = PrescriptionRenderer::renderPdf(doc);
    if (!rendered) {
        emit done(generation, {}, {}, rendered.error().message);
        return;
    }
    show(generation, rendered->pdf);
}

void PdfRenderWorker::show(quint64 generation, const QByteArray& pdf)
{
    if (generation < m_latest->load())
        return;
    QString error;
    const QList<QImage> pages = rasterize(pdf, kDpi, &error);
    emit done(generation, pdf, pages, error);
}

PdfPreview::PdfPreview(QWidget* parent)
    : QScrollArea(parent), m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    qRegisterMetaType<relais::PrescriptionDocument>();
    setObjectName(QStringLiteral("pdfPreview"));
    setWidgetResizable(true);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundRole(QPalette::Dark);

    m_content = new QWidget(this);
    m_content->setObjectName(QStringLiteral("previewPages"));
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(12, 12, 12, 12);
    m_layout->setSpacing(12);
    m_message = new QLabel(m_content);
    m_message->setObjectName(QStringLiteral("previewMessage"));
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: white; }"));
    m_message->setText(tr("The preview appears here."));
    m_note = new QLabel(m_content);
    m_note->setObjectName(QStringLiteral("previewNote"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("QLabel { color: white; }"));
    m_note->hide();
    m_layout->addWidget(m_note);
    m_layout->addWidget(m_message);
    m_layout->addStretch();
    setWidget(m_content);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("relais-preview"));
    m_worker = new PdfRenderWorker(m_latest);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &PdfRenderWorker::done, this, &PdfPreview::onRendered, Qt::QueuedConnection);
    m_thread->start(QThread::LowPriority);

    connect(m_debounce, &QTimer::timeout, this, [this] {
        const quint64 generation = ++*m_latest;
        if (m_pendingIsPdf)
            QMetaObject::invokeMethod(m_worker, "show", Qt::QueuedConnection, Q_ARG(quint64, generation),
                                      Q_ARG(QByteArray, m_pendingPdf));
        else
            QMetaObject::invokeMethod(m_worker, "render", Qt::QueuedConnection, Q_ARG(quint64, generation),
                                      Q_ARG(relais::PrescriptionDocument, m_pending));
    });
}

PdfPreview::~PdfPreview()
{
    ++*m_latest;  // whatever is queued is skipped
    m_thread->quit();
    m_thread->wait();
}

void PdfPreview::setDocument(const PrescriptionDocument& doc)
{
    m_pending = doc;
    m_pendingIsPdf = false;
    m_debounce->start();
}

void PdfPreview::setPdf(const QByteArray& pdf)
{
    m_pendingPdf = pdf;
    m_pendingIsPdf = true;
    m_debounce->start();
}

void PdfPreview::setNote(const QString& text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}

void PdfPreview::clear()
{
    m_debounce->stop();
    ++*m_latest;
    m_pages.clear();
    m_pdf.clear();
    m_error.clear();
    showPages();
}

void PdfPreview::onRendered(quint64 generation, const QByteArray& pdf, const QList<QImage>& pages, const QString& error)
{
    if (generation != m_latest->load())
        return;  // a newer request is on its way
    m_error = error;
    if (error.isEmpty()) {
        m_pdf = pdf;
        m_pages = pages;
    }
    showPages();
    emit rendered();
}

void PdfPreview::resizeEvent(QResizeEvent* event)
{
    QScrollArea::resizeEvent(event);
    if (!m_pages.isEmpty())
        showPages();  // the page follows the pane's width
}

void PdfPreview::showPages()
{
    // Fits the page to the pane's width (minus margins and a scroll bar), never larger than 100 %.
    const int width = std::max(200, viewport()->width() - 24);
    while (m_pageLabels.size() > m_pages.size())
        delete m_pageLabels.takeLast();
    for (int i = 0; i < m_pages.size(); ++i) {
        if (i == m_pageLabels.size()) {
            auto* label = new QLabel(m_content);
            label->setObjectName(QStringLiteral("previewPage%1").arg(i + 1));
            label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
            m_layout->insertWidget(i + 2, label);
            m_pageLabels.append(label);
        }
        const QImage& image = m_pages.at(i);
        const QImage scaled = image.width() > width ? image.scaledToWidth(width, Qt::SmoothTransformation) : image;
        m_pageLabels.at(i)->setPixmap(QPixmap::fromImage(scaled));
        m_pageLabels.at(i)->setToolTip(tr("Page %1 of %2").arg(i + 1).arg(m_pages.size()));
    }
    m_message->setVisible(!m_error.isEmpty() || m_pages.isEmpty());
    m_message->setText(m_error.isEmpty() ? tr("The preview appears here.")
                                         : tr("The preview cannot be drawn: %1").arg(m_error));
}

} // namespace relais::ui
