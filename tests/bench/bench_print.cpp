// SPDX-License-Identifier: GPL-3.0-or-later
// Prescription rendering to PDF: milliseconds per page (median of 20) for a 1-page and a 3-page
// prescription, beside a blank page written with the same font in the same run. Target: ≤ 50 ms a page.
#include "print/PrescriptionRenderer.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace relais;

namespace {

PrescriptionDocument document(int lines)
{
    PrescriptionDocument d;
    d.doctor.surname = QStringLiteral("Roche");
    d.doctor.givenNames = QStringLiteral("Camille");
    d.doctor.specialty = QStringLiteral("Médecine générale");
    d.doctor.rpps = QStringLiteral("10001234565");
    d.doctor.amNumber = QStringLiteral("691234567");
    d.doctor.address = QStringLiteral("12 rue des Tanneurs\n69003 Lyon\nFrance");
    d.doctor.city = QStringLiteral("Lyon");
    d.doctor.phone = QStringLiteral("+33 4 78 12 34 56");
    d.doctor.email = QStringLiteral("cabinet.roche@example.fr");
    d.patient.birthName = QStringLiteral("Hénin");
    d.patient.firstGivenName = QStringLiteral("Zoé");
    d.patient.sex = Sex::Female;
    d.patient.birthDate = QDate(1954, 3, 12);
    d.rx.date = QDate(2026, 11, 22);
    for (int i = 0; i < lines; ++i) {
        PrescriptionLine l;
        l.dci = QStringLiteral("SUBSTANCE %1").arg(i + 1);
        l.strength = QStringLiteral("10 mg");
        l.form = QStringLiteral("comprimé");
        l.route = QStringLiteral("orale");
        l.posology = {1, QStringLiteral("comprimé"), Posology::Morning | Posology::Evening, 0, 0, false, 0, 0, {}};
        l.durationValue = 1;
        l.durationUnit = PrescriptionLine::DurationUnit::Months;
        l.renewals = 2;
        d.rx.lines.append(l);
    }
    return d;
}

double medianMs(int runs, const std::function<void()>& f)
{
    QList<double> ms;
    f();  // warm-up: fonts loaded once
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        f();
        ms.append(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int runs = 20;

    const double blank = medianMs(runs, [] {
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        QPdfWriter w(&b);
        w.setResolution(600);
        QPainter p(&w);
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(10);
        p.setFont(f);
        p.drawText(QPointF(500, 500), QStringLiteral("Ordonnance établie sur papier"));
    });
    out << QStringLiteral("baseline: blank page, same font  %1 ms/page").arg(blank, 0, 'f', 2) << Qt::endl;

    bool ok = true;
    for (const int lines : {3, 34}) {
        const PrescriptionDocument doc = document(lines);
        int pages = 0;
        const double ms = medianMs(runs, [&] {
            auto r = PrescriptionRenderer::renderPdf(doc);
            if (!r) {
                QTextStream(stderr) << r.error().message << Qt::endl;
                std::exit(1);
            }
            pages = r->pages;
        });
        const double perPage = ms / pages;
        ok = ok && perPage <= 50;
        out << QStringLiteral("prescription, %1 lines, %2 page(s): %3 ms total, %4 ms/page (%5x the blank page)")
                   .arg(lines)
                   .arg(pages)
                   .arg(ms, 0, 'f', 2)
                   .arg(perPage, 0, 'f', 2)
                   .arg(perPage / blank, 0, 'f', 1)
            << Qt::endl;
    }
    out << (ok ? QStringLiteral("target ≤ 50 ms/page: met") : QStringLiteral("target ≤ 50 ms/page: MISSED")) << Qt::endl;
    return ok ? 0 : 1;
}
