// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consultation/ConsultationStore.h"

#include <QWidget>

namespace relais::ui {

// Weight (line, left axis in kg) and blood pressure (systolic–diastolic bars, right axis in
// mmHg) over time, with dated ticks. Small enough to sit in the chart.
class VitalsPlot : public QWidget
{
    Q_OBJECT

public:
    explicit VitalsPlot(QWidget* parent = nullptr);

    void setPoints(const QList<ConsultationStore::VitalPoint>& points);
    const QList<ConsultationStore::VitalPoint>& points() const { return m_points; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QList<ConsultationStore::VitalPoint> m_points;
};

} // namespace relais::ui
