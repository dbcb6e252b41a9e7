// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupRotation.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace relais {

QList<QDateTime> BackupRotation::keep(QList<QDateTime> times) const
{
    for (QDateTime& t : times)
        t = t.toUTC();
    std::sort(times.begin(), times.end(), std::greater<>());
    QSet<qint64> kept;  // msecs since epoch
    const auto rule = [&](int count, const std::function<qint64(const QDate&)>& period) {
        QSet<qint64> seen;
        for (const QDateTime& t : std::as_const(times)) {
            if (seen.size() >= count)
                break;
            const qint64 p = period(t.date());
            if (seen.contains(p))
                continue;  // an older backup of a period already represented
            seen.insert(p);
            kept.insert(t.toMSecsSinceEpoch());
        }
    };
    rule(std::max(daily, 1), [](const QDate& d) { return d.toJulianDay(); });
    rule(weekly, [](const QDate& d) {
        int year = 0;
        const int week = d.weekNumber(&year);
        return qint64(year) * 100 + week;
    });
    rule(monthly, [](const QDate& d) { return qint64(d.year()) * 100 + d.month(); });
    QList<QDateTime> out;
    for (const QDateTime& t : std::as_const(times))
        if (kept.contains(t.toMSecsSinceEpoch()))
            out.append(t);
    return out;
}

} // namespace relais
