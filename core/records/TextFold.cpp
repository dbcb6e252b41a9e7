// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/TextFold.h"

namespace relais::TextFold {

QString fold(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        switch (c.unicode()) {
        case 0x0153: case 0x0152: out.append(QLatin1String("oe")); break;  // œ Œ
        case 0x00E6: case 0x00C6: out.append(QLatin1String("ae")); break;  // æ Æ
        case 0x00DF: out.append(QLatin1String("ss")); break;               // ß
        default: out.append(c.toLower());
        }
    }
    return out;
}

QStringList words(const QString& text)
{
    QStringList out;
    QString current;
    for (const QChar c : fold(text)) {
        if (c.isLetterOrNumber()) {
            current.append(c);
        } else if (!current.isEmpty()) {
            out.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

QString joined(const QString& text) { return words(text).join(QString()); }

QString digits(const QString& text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}

} // namespace relais::TextFold
