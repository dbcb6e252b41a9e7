// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "print/PrescriptionRenderer.h"

#include <QImage>
#include <QList>
#include <QScrollArea>

#include <atomic>
#include <memory>

class QLabel;
class QThread;
class QTimer;
class QVBoxLayout;

namespace relais::ui {

class PdfRenderWorker;

// The pages exactly as they will print: the renderer's PDF bytes, drawn by Poppler. Rendering runs
// on a worker thread after a short pause in typing; the last pages stay shown until the new ones
// are ready, so the preview never flickers nor slows the editor.
class PdfPreview : public QScrollArea
{
    Q_OBJECT

public:
    static constexpr int kDebounceMs = 250;

    explicit PdfPreview(QWidget* parent = nullptr);
    ~PdfPreview() override;

    // Schedules a render of `doc` (the previous request, if not started yet, is dropped).
    void setDocument(const PrescriptionDocument& doc);
    // Shows a stored PDF as it is (reprints, history).
    void setPdf(const QByteArray& pdf);
    void clear();
    // A line above the pages (e.g. what the secure paper adds itself).
    void setNote(const QString& text);

    const QList<QImage>& pages() const { return m_pages; }
    const QByteArray& pdf() const { return m_pdf; }
    QString error() const { return m_error; }

protected:
    void resizeEvent(QResizeEvent* event) override;

signals:
    // New pages are shown (or the render failed: error() says why).
    void rendered();

private slots:
    void onRendered(quint64 generation, const QByteArray& pdf, const QList<QImage>& pages, const QString& error);

private:
    void showPages();

    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_note = nullptr;
    QList<QLabel*> m_pageLabels;
    QTimer* m_debounce = nullptr;
    QThread* m_thread = nullptr;
    PdfRenderWorker* m_worker = nullptr;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    PrescriptionDocument m_pending;
    bool m_pendingIsPdf = false;
    QByteArray m_pendingPdf;
    QList<QImage> m_pages;
    QByteArray m_pdf;
    QString m_error;
};

// Lives on the preview's thread: PDF bytes, then Poppler images. Skips requests already outdated.
class PdfRenderWorker : public QObject
{
    Q_OBJECT

public:
    explicit PdfRenderWorker(std::shared_ptr<std::atomic<quint64>> latest) : m_latest(std::move(latest)) { }

    static constexpr double kDpi = 110;
    // Poppler pages of a PDF, or the reason it cannot be read.
    static QList<QImage> rasterize(const QByteArray& pdf, double dpi, QString* error);

public slots:
    void render(quint64 generation, const relais::PrescriptionDocument& doc);
    void show(quint64 generation, const QByteArray& pdf);

signals:
    void done(quint64 generation, const QByteArray& pdf, const QList<QImage>& pages, const QString& error);

private:
    std::shared_ptr<std::atomic<quint64>> m_latest;
};

} // namespace relais::ui

Q_DECLARE_METATYPE(relais::PrescriptionDocument)
