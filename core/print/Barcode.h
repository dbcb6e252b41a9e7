// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QRectF>
#include <QString>

class QPainter;

namespace relais {

// A Code 128 symbol encoded by libzint (never by hand), kept as bars in module units so that
// it is drawn as vectors at any resolution.
class Barcode
{
    Q_DECLARE_TR_FUNCTIONS(relais::Barcode)

public:
    static Result<Barcode> code128(const QString& data);

    int modules() const { return m_modules; }
    // Bars with x and width in modules, from the left edge.
    const QList<QPair<double, double>>& bars() const { return m_bars; }
    // Fills the bars into `rect` (its width should be modules × module width).
    void paint(QPainter& p, const QRectF& rect) const;

private:
    int m_modules = 0;
    QList<QPair<double, double>> m_bars;
};

} // namespace relais
