// SPDX-License-Identifier: GPL-3.0-or-later
#include "consultation/VitalsPlot.h"

#include "consultation/ConsultationText.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace relais::ui {

namespace {

const QColor kWeight(0x1f, 0x5f, 0xa8);
const QColor kPressure(0xb0, 0x00, 0x20);

struct Range
{
    double low = 0, high = 1;
    // Four intervals of a round step (a multiple of `unit`), so the axis labels read well.
    void round(double unit)
    {
        double step = std::max(unit, std::ceil((high - low) / 4.0 / unit) * unit);
        low = std::floor(low / step) * step;
        while (low + 4 * step < high)
            step += unit;
        high = low + 4 * step;
    }
};

} // namespace

VitalsPlot::VitalsPlot(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("vitalsPlot"));
    setAccessibleName(tr("Weight and blood pressure over time"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize VitalsPlot::sizeHint() const { return {420, fontMetrics().height() * 13}; }
QSize VitalsPlot::minimumSizeHint() const { return {260, fontMetrics().height() * 13}; }

void VitalsPlot::setPoints(const QList<ConsultationStore::VitalPoint>& points)
{
    m_points = points;
    update();
}

void VitalsPlot::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    const QFontMetrics fm = fontMetrics();
    const QColor grid = palette().mid().color();
    const QColor text = palette().text().color();

    QList<ConsultationStore::VitalPoint> weights, pressures;
    for (const auto& v : m_points) {
        if (v.weightKg)
            weights << v;
        if (v.systolic && v.diastolic)
            pressures << v;
    }
    if (weights.isEmpty() && pressures.isEmpty()) {
        p.setPen(palette().placeholderText().color());
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("No weight or blood pressure recorded yet"));
        return;
    }

    // Legend on top; the blood-pressure entry goes to a second line when the plot is narrow.
    const int line = fm.height();
    int x = 8, top = 4;
    p.setPen(QPen(kWeight, 2));
    p.drawLine(x, top + line / 2, x + 18, top + line / 2);
    p.drawEllipse(QPointF(x + 9, top + line / 2), 2.5, 2.5);
    x += 24;
    p.setPen(text);
    const QString weightLegend = tr("Weight (kg)");
    p.drawText(x, top + fm.ascent(), weightLegend);
    x += fm.horizontalAdvance(weightLegend) + 18;
    const QString pressureLegend = tr("Blood pressure, systolic / diastolic (mmHg)");
    if (x + 16 + fm.horizontalAdvance(pressureLegend) > width()) {
        x = 8;
        top += line + 2;
    }
    p.setPen(QPen(kPressure, 2));
    p.drawLine(x + 6, top + 1, x + 6, top + line - 1);
    p.drawLine(x + 2, top + 1, x + 10, top + 1);
    p.drawLine(x + 2, top + line - 1, x + 10, top + line - 1);
    x += 16;
    p.setPen(text);
    // Still too wide on its own line (a narrow chart, the French wording): wrap it, never cut the unit.
    const QRect legendBox = fm.boundingRect(QRect(x, top, std::max(40, width() - x - 4), 10 * line),
                                            Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, pressureLegend);
    p.drawText(legendBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, pressureLegend);
    top += legendBox.height() - line;

    const int leftMargin = fm.horizontalAdvance(QStringLiteral("000")) + 12;
    const int rightMargin = fm.horizontalAdvance(QStringLiteral("000")) + 12;
    const int areaTop = top + line + 10;
    const QRectF area(leftMargin, areaTop, width() - leftMargin - rightMargin, height() - areaTop - line * 2 - 6);
    if (area.width() < 40 || area.height() < 30)
        return;

    QDate first = m_points.first().date, last = m_points.last().date;
    for (const auto& v : m_points) {
        first = std::min(first, v.date);
        last = std::max(last, v.date);
    }
    qint64 span = std::max<qint64>(1, first.daysTo(last));
    // A single date sits in the middle rather than on an edge.
    if (first == last) {
        first = first.addDays(-15);
        last = last.addDays(15);
        span = 30;
    }
    const auto xOf = [&](const QDate& d) { return area.left() + area.width() * double(first.daysTo(d)) / double(span); };

    Range kg{1e9, -1e9};
    for (const auto& v : weights) {
        kg.low = std::min(kg.low, *v.weightKg);
        kg.high = std::max(kg.high, *v.weightKg);
    }
    if (weights.isEmpty())
        kg = {0, 100};
    kg.round(kg.high - kg.low > 20 ? 5 : 1);
    Range mmHg{1e9, -1e9};
    for (const auto& v : pressures) {
        mmHg.low = std::min(mmHg.low, *v.diastolic);
        mmHg.high = std::max(mmHg.high, *v.systolic);
    }
    if (pressures.isEmpty())
        mmHg = {60, 160};
    mmHg.round(10);
    const auto yOf = [&](double v, const Range& r) { return area.bottom() - area.height() * (v - r.low) / (r.high - r.low); };

    // Grid and both vertical axes: four intervals, labels on each side in the series' colour.
    const QLocale locale;
    for (int i = 0; i <= 4; ++i) {
        const double y = area.bottom() - area.height() * i / 4.0;
        p.setPen(QPen(grid, 1, i == 0 ? Qt::SolidLine : Qt::DotLine));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        const QRectF leftLabel(0, y - line / 2.0, leftMargin - 6, line);
        const QRectF rightLabel(area.right() + 6, y - line / 2.0, rightMargin - 6, line);
        if (!weights.isEmpty()) {
            p.setPen(kWeight);
            p.drawText(leftLabel, Qt::AlignRight | Qt::AlignVCenter, locale.toString(kg.low + (kg.high - kg.low) * i / 4.0, 'f', 0));
        }
        if (!pressures.isEmpty()) {
            p.setPen(kPressure);
            p.drawText(rightLabel, Qt::AlignLeft | Qt::AlignVCenter, locale.toString(mmHg.low + (mmHg.high - mmHg.low) * i / 4.0, 'f', 0));
        }
    }

    // Date ticks: the first and last dates, and up to three between if there is room.
    const QString format = QStringLiteral("dd/MM/yy");
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("00/00/00")) + 12;
    const int ticks = std::clamp(int(area.width() / labelWidth) - 1, 1, 4);
    p.setPen(text);
    for (int i = 0; i <= ticks; ++i) {
        const QDate d = first.addDays(qint64(std::llround(double(span) * i / ticks)));
        const double tx = xOf(d);
        p.setPen(grid);
        p.drawLine(QPointF(tx, area.bottom()), QPointF(tx, area.bottom() + 4));
        p.setPen(text);
        Qt::Alignment align = Qt::AlignHCenter;
        QRectF box(tx - labelWidth / 2.0, area.bottom() + 5, labelWidth, line);
        if (i == 0) {
            box.moveLeft(tx - 4);
            align = Qt::AlignLeft;
        } else if (i == ticks) {
            box.moveRight(tx + 4);
            align = Qt::AlignRight;
        }
        p.drawText(box, align | Qt::AlignTop, d.toString(format));
    }

    // Blood pressure: a bar from diastolic to systolic with end caps.
    p.setPen(QPen(kPressure, 2));
    for (const auto& v : pressures) {
        const double px = xOf(v.date);
        const double ys = yOf(*v.systolic, mmHg), yd = yOf(*v.diastolic, mmHg);
        p.drawLine(QPointF(px, ys), QPointF(px, yd));
        p.drawLine(QPointF(px - 4, ys), QPointF(px + 4, ys));
        p.drawLine(QPointF(px - 4, yd), QPointF(px + 4, yd));
    }
    // Weight: a line through the dots, and the latest value written beside its dot.
    if (!weights.isEmpty()) {
        QPainterPath path;
        for (qsizetype i = 0; i < weights.size(); ++i) {
            const QPointF pt(xOf(weights.at(i).date), yOf(*weights.at(i).weightKg, kg));
            if (i == 0)
                path.moveTo(pt);
            else
                path.lineTo(pt);
        }
        p.setPen(QPen(kWeight, 2));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        p.setBrush(kWeight);
        for (const auto& v : weights)
            p.drawEllipse(QPointF(xOf(v.date), yOf(*v.weightKg, kg)), 3, 3);
        const auto& latest = weights.last();
        const QPointF at(xOf(latest.date), yOf(*latest.weightKg, kg));
        const QString value = tr("%1 kg").arg(ConsultationText::number(*latest.weightKg));
        const double tw = fm.horizontalAdvance(value);
        p.setPen(kWeight);
        p.drawText(QPointF(std::max(area.left(), at.x() - tw - 10), std::max(area.top() + fm.ascent(), at.y() - 10)), value);
    }
}

} // namespace relais::ui
