// SPDX-License-Identifier: GPL-3.0-or-later
#include "readiness/DrillReport.h"

#include "common/DocumentLanguage.h"
#include "readiness/Drill.h"
#include "print/DocumentPainter.h"

#include <QBuffer>
#include <QPdfWriter>

namespace relais {

namespace {

QString frenchColour(ReadinessColour c)
{
    switch (c) {
    case ReadinessColour::Green:
        return QStringLiteral("VERT");
    case ReadinessColour::Amber:
        return QStringLiteral("ORANGE");
    case ReadinessColour::Red:
        break;
    }
    return QStringLiteral("ROUGE");
}

QColor colourOf(ReadinessColour c)
{
    switch (c) {
    case ReadinessColour::Green:
        return QColor(0x2e, 0x7d, 0x32);
    case ReadinessColour::Amber:
        return QColor(0xb2, 0x6a, 0x00);
    case ReadinessColour::Red:
        break;
    }
    return QColor(0xc6, 0x28, 0x28);
}

ReadinessColour colourOf(DrillStepResult::Outcome o)
{
    switch (o) {
    case DrillStepResult::Outcome::Passed:
        return ReadinessColour::Green;
    case DrillStepResult::Outcome::Slow:
    case DrillStepResult::Outcome::NotRun:
        return ReadinessColour::Amber;
    case DrillStepResult::Outcome::Failed:
        break;
    }
    return ReadinessColour::Red;
}

QString seconds(qint64 ms)
{
    return QLocale(QLocale::French).toString(double(ms) / 1000.0, 'f', 1) + QStringLiteral(" s");
}

} // namespace

QStringList DrillReport::actions(const DrillRun& run, bool onScreen)
{
    QStringList out;
    if (onScreen) {
        for (const DrillStepResult& s : run.steps)
            if (s.outcome != DrillStepResult::Outcome::Passed && !s.action.isEmpty())
                out << tr("%1: %2").arg(DrillStepResult::stepTitle(s.step), s.action);
        for (const ReadinessItem& i : run.shownReadiness.isEmpty() ? run.readiness : run.shownReadiness)
            if (i.colour != ReadinessColour::Green)
                out << Readiness::line(i);
        return out;
    }
    for (const DrillStepResult& s : run.steps)
        if (s.outcome != DrillStepResult::Outcome::Passed && !s.reportAction().isEmpty())
            out << QStringLiteral("%1 : %2").arg(DrillStepResult::stepName(s.step), s.reportAction());
    for (const ReadinessItem& i : run.readiness)
        if (i.colour != ReadinessColour::Green)
            out << QStringLiteral("[%1] %2 : %3")
                       .arg(frenchColour(i.colour), i.fact,
                            i.nextAction.isEmpty() ? QStringLiteral("à examiner") : i.nextAction);
    return out;
}

Result<int> DrillReport::paint(QPagedPaintDevice& device, const DrillRun& run)
{
    // French whatever the interface: any tr() text met while painting (the run's own texts are
    // French already: printedDetail, printedAction, readiness).
    const DocumentLanguage::Scope french;
    DocumentPainter dp(device, QPageSize::A4, PrinterCalibration{});
    if (auto r = dp.begin(); !r)
        return std::unexpected(r.error());
    using Item = DocumentPainter::Item;
    QList<Item> items;
    const QFont titleFont = dp.font(15, true);
    const QFont headFont = dp.font(11, true);
    const QFont body = dp.font(9.5);
    const QFont bold = dp.font(9.5, true);
    const QFont small = dp.font(8.5, false, true);

    const QString title = QStringLiteral("RAPPORT D'EXERCICE DE PANNE");
    Item t = dp.paragraph(title, titleFont, 0, dp.mm(1));
    t.paint = [&dp, title, titleFont](double x, double y, double w) { dp.text(title, titleFont, x, y, w, Qt::AlignHCenter); };
    items.append(t);
    const QLocale fr(QLocale::French);
    const QDateTime start = run.startedUtc.toLocalTime();
    const QDateTime end = run.finishedUtc.toLocalTime();
    const QString when = QStringLiteral("Exercice du %1, de %2 à %3")
                             .arg(fr.toString(start.date(), QStringLiteral("dddd d MMMM yyyy")),
                                  start.toString(QStringLiteral("HH:mm")), end.toString(QStringLiteral("HH:mm")));
    Item w = dp.paragraph(when, dp.font(10.5, false, true), 0, dp.mm(3.5));
    w.paint = [&dp, when](double x, double y, double width) {
        dp.text(when, dp.font(10.5, false, true), x, y, width, Qt::AlignHCenter);
    };
    items.append(w);

    const auto field = [&](const QString& label, const QString& value) {
        const QString text = label + QStringLiteral(" : ") + value;
        items.append(dp.paragraph(text, body, 0, dp.mm(0.6)));
    };
    field(QStringLiteral("Cabinet"), run.practice.isEmpty() ? QStringLiteral("(aucun praticien enregistré)") : run.practice);
    field(QStringLiteral("Participants"),
          run.participants.isEmpty() ? QStringLiteral("(non renseignés)") : run.participants.join(QStringLiteral(", ")));
    field(QStringLiteral("Résultat"), (run.passed() ? QStringLiteral("exercice réussi — ") : QStringLiteral("exercice en échec — "))
                                          + run.summary());
    items.append(dp.paragraph(QStringLiteral("Les étapes de saisie ont été jouées sur un coffre d'entraînement rempli de patients "
                                             "fictifs, créé pour l'exercice puis effacé : aucun dossier réel n'a été modifié et "
                                             "rien n'a été ajouté à la file de restitution du cabinet."),
                              small, 0, dp.mm(3.5)));

    const auto heading = [&](const QString& text) {
        Item h = dp.paragraph(text, headFont, 0, dp.mm(1));
        h.keepWithNext = true;
        items.append(h);
    };
    heading(QStringLiteral("Étapes"));
    const double col = dp.mm(80);  // time (45 mm) and result (35 mm), right of the step's name
    for (const DrillStepResult& s : run.steps) {
        const QString name = DrillStepResult::stepName(s.step);
        const QString status = DrillStepResult::outcomeWord(s.outcome);
        const QString timing = s.outcome == DrillStepResult::Outcome::NotRun
            ? QStringLiteral("cible %1 s").arg(s.targetSecs)
            : QStringLiteral("%1 (cible %2 s)").arg(seconds(s.elapsedMs)).arg(s.targetSecs);
        const ReadinessColour c = colourOf(s.outcome);
        Item row;
        const QString detail = s.reportDetail();
        row.keepWithNext = !detail.isEmpty();
        row.height = dp.lineHeight(bold) * dp.wrap(name, bold, dp.contentWidth() - col).size() + dp.mm(0.3);
        row.paint = [&dp, name, status, timing, c, bold, body, col](double x, double y, double width) {
            dp.text(name, bold, x, y, width - col);
            dp.text(timing, body, x + width - col, y, col - dp.mm(35));
            dp.painter().setPen(colourOf(c));
            dp.text(status, bold, x + width - dp.mm(35), y, dp.mm(35), Qt::AlignRight);
            dp.painter().setPen(Qt::black);
        };
        items.append(row);
        if (!detail.isEmpty())
            items.append(dp.paragraph(detail, small, dp.mm(4), dp.mm(1.5)));
        else
            items.last().height += dp.mm(1.5);
    }
    items.last().height += dp.mm(2.5);

    heading(QStringLiteral("État de préparation au moment de l'exercice"));
    if (run.readiness.isEmpty())
        items.append(dp.paragraph(QStringLiteral("Non vérifié pendant cet exercice."), body, 0, dp.mm(2)));
    for (const ReadinessItem& i : run.readiness) {
        const QString word = QStringLiteral("[%1]").arg(frenchColour(i.colour));
        const QString fact = i.fact;
        const double tag = dp.mm(25);
        const double h = dp.lineHeight(body) * dp.wrap(fact, body, dp.contentWidth() - tag).size() + dp.mm(0.8);
        Item row;
        row.height = h;
        const ReadinessColour c = i.colour;
        row.paint = [&dp, word, fact, c, bold, body, tag](double x, double y, double width) {
            dp.painter().setPen(colourOf(c));
            dp.text(word, bold, x, y, tag);
            dp.painter().setPen(Qt::black);
            dp.text(fact, body, x + tag, y, width - tag);
        };
        items.append(row);
    }
    items.last().height += dp.mm(2.5);

    heading(QStringLiteral("Actions à mener"));
    const QStringList todo = actions(run);
    if (todo.isEmpty())
        items.append(dp.paragraph(QStringLiteral("Aucune : toutes les étapes sont réussies et chaque ligne est verte."), body));
    for (const QString& a : todo)
        items.append(dp.paragraph(QStringLiteral("• ") + a, body, 0, dp.mm(1)));
    // The signature box goes with the last action: never alone on a page.
    items.last().keepWithNext = true;

    Item sig;
    sig.height = dp.mm(25);
    sig.paint = [&dp](double x, double y, double width) {
        const double sw = dp.mm(70);
        dp.painter().setPen(QPen(QColor(90, 90, 90), dp.mm(0.25), Qt::DashLine));
        dp.painter().drawRect(QRectF(x + width - sw, y + dp.mm(3), sw, dp.mm(22)));
        dp.text(QStringLiteral("Vu, le responsable du cabinet"), dp.font(7.5, false, true), x + width - sw + dp.mm(2),
                y + dp.mm(4), sw);
        dp.painter().setPen(Qt::black);
    };
    items.append(sig);

    const QString note = QStringLiteral("Rapport d'exercice de panne établi par Relais le %1 ; conservé dans le coffre du cabinet.")
                             .arg(end.toString(QStringLiteral("dd/MM/yyyy à HH:mm")));
    const double bottom = dp.footer(1, 1, note, false);
    auto pages = dp.flow(
        items,
        [&](int page, int total, bool draw) -> Result<double> {
            if (draw)
                dp.footer(page, total, note, true);
            return dp.margin();
        },
        bottom);
    if (!pages)
        return pages;
    if (auto r = dp.end(); !r)
        return std::unexpected(r.error());
    return pages;
}

Result<QByteArray> DrillReport::pdf(const DrillRun& run, int* pages)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(600);
        writer.setCreator(QStringLiteral("Relais"));
        writer.setTitle(QStringLiteral("Rapport d'exercice de panne"));
        auto r = paint(writer, run);
        if (!r)
            return std::unexpected(r.error());
        if (pages)
            *pages = *r;
    }
    return buffer.data();
}

} // namespace relais
