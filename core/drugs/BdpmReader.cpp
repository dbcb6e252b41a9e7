// SPDX-License-Identifier: GPL-3.0-or-later
#include "drugs/BdpmReader.h"

#include <QRegularExpression>
#include <QStringDecoder>

namespace relais {

namespace {

struct Row
{
    qint64 line = 0;
    QStringList fields;
};

// Splits the file into rows of exactly `columns` fields; trailing empty fields (trailing tabs)
// are dropped, blank lines skipped, rows with another count or a bad CIS code reported.
QList<Row> rows(const QByteArray& bytes, const QString& file, int columns, QList<BdpmProblem>& problems)
{
    static const QRegularExpression cisCode(QStringLiteral("^\\d{8}$"));
    const QString text = BdpmReader::decode(bytes);
    QList<Row> out;
    qint64 line = 0;
    for (QStringView l : QStringView(text).split(u'\n')) {
        ++line;
        if (l.trimmed().isEmpty())
            continue;
        QStringList f;
        for (QStringView field : l.split(u'\t'))
            f.append(field.trimmed().toString());
        while (f.size() > columns && f.constLast().isEmpty())
            f.removeLast();
        if (f.size() != columns) {
            problems.append({file, line, BdpmReader::tr("expected %1 columns, found %2").arg(columns).arg(f.size())});
            continue;
        }
        if (!cisCode.match(f.first()).hasMatch()) {
            problems.append({file, line, BdpmReader::tr("the CIS code \"%1\" is not 8 digits").arg(f.first().left(20))});
            continue;
        }
        out.append({line, std::move(f)});
    }
    return out;
}

QDate frenchDate(const QString& s)
{
    return QDate::fromString(s, QStringLiteral("dd/MM/yyyy"));
}

QString fold(const QString& s)
{
    QString d = s.normalized(QString::NormalizationForm_D).toLower();
    d.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    return d;
}

} // namespace

QString BdpmReader::decode(const QByteArray& bytes, bool* win1252)
{
    QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF"))
        view = view.sliced(3);
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    // The decoder is lazy: the QString must be built for the error to be known.
    QString text = utf8(view);
    const bool fallback = utf8.hasError();
    if (win1252)
        *win1252 = fallback;
    if (!fallback)
        return text;
    QStringDecoder cp1252("Windows-1252");
    if (!cp1252.isValid())
        return QString::fromLatin1(view);
    return cp1252(view);
}

QString BdpmReader::tidyStrength(const QString& strength)
{
    static const QRegularExpression number(QStringLiteral("^(\\d+),(\\d*?)0+(?=\\D|$)"));
    QString s = strength.simplified();
    const auto m = number.match(s);
    if (m.hasMatch()) {
        const QString decimals = m.captured(2);
        s.replace(0, m.capturedLength(), decimals.isEmpty() ? m.captured(1) : m.captured(1) + u',' + decimals);
    }
    return s;
}

std::optional<double> BdpmReader::frenchNumber(const QString& text)
{
    QString s = text;
    s.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F));
    // "1.234,56": dots are thousands separators when a comma is there too.
    if (s.contains(u','))
        s.remove(u'.').replace(u',', u'.');
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || s.isEmpty())
        return std::nullopt;
    return v;
}

QString BdpmReader::brandOf(const QString& denomination)
{
    const QString head = denomination.section(u',', 0, 0).simplified();
    QStringList kept;
    for (const QString& word : head.split(u' ', Qt::SkipEmptyParts)) {
        if (word.front().isDigit())
            break;
        kept.append(word);
    }
    return kept.isEmpty() ? head : kept.join(u' ');
}

bool BdpmReader::requiresSecurePaper(const QString& condition)
{
    const QString f = fold(condition);
    return f.contains(QLatin1String("stupefiant")) || f.contains(QLatin1String("securisee"));
}

DciLine BdpmReader::dciLine(const QList<BdpmComponent>& composition)
{
    // An FT (therapeutic fraction) names what the strength is expressed as: it replaces its SA.
    QList<int> replaced;
    for (const BdpmComponent& c : composition)
        if (c.nature.compare(QLatin1String("FT"), Qt::CaseInsensitive) == 0 && c.link > 0)
            replaced.append(c.link);
    QStringList names, strengths;
    for (const BdpmComponent& c : composition) {
        const bool sa = c.nature.compare(QLatin1String("SA"), Qt::CaseInsensitive) == 0;
        const bool ft = c.nature.compare(QLatin1String("FT"), Qt::CaseInsensitive) == 0;
        if (!(ft || (sa && !(c.link > 0 && replaced.contains(c.link)))))
            continue;
        if (c.substance.isEmpty() || names.contains(c.substance))
            continue;  // the same substance in a second element of a kit is named once
        names.append(c.substance);
        strengths.append(tidyStrength(c.strength));
    }
    strengths.removeAll(QString());
    return {names.join(QLatin1String(" + ")), strengths.join(QLatin1String(" + "))};
}

QList<BdpmMedicine> BdpmReader::medicines(const QByteArray& bytes, const QString& file, QList<BdpmProblem>& problems)
{
    QList<BdpmMedicine> out;
    for (const Row& r : rows(bytes, file, 12, problems)) {
        const QStringList& f = r.fields;
        if (f.at(1).isEmpty()) {
            problems.append({file, r.line, tr("the medicine has no name")});
            continue;
        }
        QStringList routes;
        for (const QString& route : f.at(3).split(u';', Qt::SkipEmptyParts))
            if (!route.trimmed().isEmpty())
                routes.append(route.trimmed());
        out.append({f.at(0).toLongLong(), f.at(1), f.at(2), routes, f.at(4), f.at(6), frenchDate(f.at(7))});
    }
    return out;
}

QList<BdpmPresentation> BdpmReader::presentations(const QByteArray& bytes, const QString& file,
                                                  QList<BdpmProblem>& problems)
{
    QList<BdpmPresentation> out;
    for (const Row& r : rows(bytes, file, 13, problems)) {
        const QStringList& f = r.fields;
        out.append({f.at(0).toLongLong(), f.at(1), f.at(2), f.at(3), f.at(4), frenchDate(f.at(5)), f.at(6), f.at(8),
                    frenchNumber(f.at(10))});
    }
    return out;
}

QList<BdpmComponent> BdpmReader::components(const QByteArray& bytes, const QString& file, QList<BdpmProblem>& problems)
{
    QList<BdpmComponent> out;
    for (const Row& r : rows(bytes, file, 8, problems)) {
        const QStringList& f = r.fields;
        if (f.at(3).isEmpty()) {
            problems.append({file, r.line, tr("the substance has no name")});
            continue;
        }
        out.append({f.at(0).toLongLong(), f.at(1), f.at(2), f.at(3), f.at(4), f.at(5), f.at(6).toUpper(),
                    f.at(7).toInt()});
    }
    return out;
}

QList<BdpmCondition> BdpmReader::conditions(const QByteArray& bytes, const QString& file, QList<BdpmProblem>& problems)
{
    QList<BdpmCondition> out;
    for (const Row& r : rows(bytes, file, 2, problems))
        if (!r.fields.at(1).isEmpty())
            out.append({r.fields.at(0).toLongLong(), r.fields.at(1)});
    return out;
}

} // namespace relais
