// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/Clock.h"

namespace relais {

const SystemClock& SystemClock::instance()
{
    static const SystemClock clock;
    return clock;
}

QString isoUtcText(const QDateTime& t, bool withMs)
{
    if (!t.isValid())
        return {};
    const QDateTime u = t.timeSpec() == Qt::UTC ? t : t.toUTC();
    const QDate d = u.date();
    const QTime tm = u.time();
    if (d.year() < 0 || d.year() > 9999)
        return u.toString(withMs ? Qt::ISODateWithMs : Qt::ISODate);
    char buf[24];
    const auto put = [&buf](int at, int value, int digits) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            buf[at + i] = char('0' + value % 10);
    };
    put(0, d.year(), 4);
    buf[4] = '-';
    put(5, d.month(), 2);
    buf[7] = '-';
    put(8, d.day(), 2);
    buf[10] = 'T';
    put(11, tm.hour(), 2);
    buf[13] = ':';
    put(14, tm.minute(), 2);
    buf[16] = ':';
    put(17, tm.second(), 2);
    int n = 19;
    if (withMs) {
        buf[19] = '.';
        put(20, tm.msec(), 3);
        n = 23;
    }
    buf[n++] = 'Z';
    return QString::fromLatin1(buf, n);
}

} // namespace relais
