// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PractitionerId.h"

#include <QRegularExpression>

namespace relais::PractitionerId {

namespace {
bool allDigits(const QString& s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s)
        if (c < u'0' || c > u'9')
            return false;
    return true;
}

int luhnSum(const QString& digits, bool doubleFirstFromRight)
{
    int sum = 0;
    bool dbl = doubleFirstFromRight;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (dbl) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        dbl = !dbl;
    }
    return sum;
}
} // namespace

QString compact(const QString& value)
{
    QString out;
    for (QChar c : value)
        if (!c.isSpace() && c != u'.' && c != u'-')
            out.append(c.toUpper());
    return out;
}

bool luhnValid(const QString& digits)
{
    if (digits.isEmpty() || !allDigits(digits, digits.size()))
        return false;
    return luhnSum(digits, false) % 10 == 0;
}

int luhnKey(const QString& body) { return (10 - luhnSum(body, true) % 10) % 10; }

bool isRpps(const QString& value) { return allDigits(value, 11) && luhnValid(value); }

bool isAmNumber(const QString& value) { return allDigits(value, 9); }

bool isFiness(const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{2}|2A|2B)\\d{7}$"));
    return re.match(value).hasMatch();
}

} // namespace relais::PractitionerId
