// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/Nir.h"

namespace relais {

int Nir::key(const QString& first13)
{
    if (first13.size() != 13)
        return -1;
    QString digits = first13.toUpper();
    const QStringView dept = QStringView(digits).mid(5, 2);
    // Corsica: 2A → 19, 2B → 18 (the number is computed on the replaced digits).
    if (dept == u"2A") {
        digits.replace(5, 2, QStringLiteral("19"));
    } else if (dept == u"2B") {
        digits.replace(5, 2, QStringLiteral("18"));
    }
    bool ok = false;
    const qint64 n = digits.toLongLong(&ok);
    if (!ok)
        return -1;
    return int(97 - (n % 97));
}

Result<QString> Nir::validate(const QString& typed, const QString& field)
{
    QString s;
    for (const QChar c : typed)
        if (!c.isSpace() && c != u'.' && c != u'-')
            s.append(c.toUpper());
    if (s.size() != 15)
        return fail(ErrorKind::Invalid,
                    tr("%1: a social-security number has 15 characters (13 and a 2-digit key), not %2").arg(field).arg(s.size()));
    for (int i = 0; i < 15; ++i) {
        const bool corsica = (i == 5 || i == 6) && QStringView(s).mid(5, 2).startsWith(u'2')
            && (s.at(6) == u'A' || s.at(6) == u'B');
        if (!s.at(i).isDigit() && !(corsica && i == 6))
            return fail(ErrorKind::Invalid, tr("%1: character %2 (\"%3\") is not a digit").arg(field).arg(i + 1).arg(s.at(i)));
    }
    const QChar sex = s.at(0);
    if (sex != u'1' && sex != u'2' && sex != u'7' && sex != u'8')
        return fail(ErrorKind::Invalid,
                    tr("%1: the first digit must be 1 or 2 (7 or 8 for a provisional number), not %2").arg(field, sex));
    const int month = QStringView(s).mid(3, 2).toInt();
    // 20 and 30-42 and 50+ appear for unknown or special months; only 00 is impossible.
    if (month == 0)
        return fail(ErrorKind::Invalid, tr("%1: the month of birth (characters 4-5) cannot be 00").arg(field));
    const int expected = key(s.left(13));
    if (expected < 0 || QStringView(s).mid(13, 2).toInt() != expected)
        return fail(ErrorKind::Invalid,
                    tr("%1: the key %2 does not match the number (expected %3); check the digits")
                        .arg(field, s.mid(13, 2))
                        .arg(expected, 2, 10, QLatin1Char('0')));
    return s;
}

QString Nir::format(const QString& c)
{
    if (c.size() != 15)
        return c;
    return QStringList{c.mid(0, 1), c.mid(1, 2), c.mid(3, 2), c.mid(5, 2), c.mid(7, 3), c.mid(10, 3), c.mid(13, 2)}.join(u' ');
}

} // namespace relais
