// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/FrenchWords.h"

#include "records/TextFold.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

#include <unicode/fieldpos.h>
#include <unicode/locid.h>
#include <unicode/rbnf.h>
#include <unicode/unistr.h>

#include <cmath>
#include <memory>

namespace relais::FrenchWords {

namespace {

QString fromIcu(const icu::UnicodeString& s)
{
    return QString(reinterpret_cast<const QChar*>(s.getBuffer()), s.length());
}

const icu::RuleBasedNumberFormat* spellout()
{
    // Built once: loading the French rules costs about a millisecond.
    static const std::unique_ptr<icu::RuleBasedNumberFormat> rbnf = [] {
        UErrorCode status = U_ZERO_ERROR;
        auto f = std::make_unique<icu::RuleBasedNumberFormat>(icu::URBNF_SPELLOUT, icu::Locale("fr"), status);
        return U_SUCCESS(status) ? std::move(f) : nullptr;
    }();
    return rbnf.get();
}

struct Unit
{
    const char* abbreviation;
    const char* word;
};
// Abbreviation → word in full (singular). Matching is exact, then case-insensitive.
const Unit kUnits[] = {
    {"mg", "milligramme"}, {"g", "gramme"}, {"µg", "microgramme"}, {"μg", "microgramme"}, {"mcg", "microgramme"},
    {"ug", "microgramme"}, {"ng", "nanogramme"}, {"kg", "kilogramme"}, {"ml", "millilitre"}, {"mL", "millilitre"},
    {"l", "litre"}, {"L", "litre"}, {"UI", "unité internationale"}, {"U", "unité"}, {"h", "heure"},
    {"mmol", "millimole"}, {"%", "pour cent"}, {"dose", "dose"}, {"doses", "dose"},
};

const char* const kFeminine[] = {"gélule", "goutte", "bouffée", "ampoule", "dose", "prise", "inhalation",
                                 "cuillère", "pulvérisation", "application", "seringue", "capsule", "pastille",
                                 "unité", "mesure", "injection", "heure", "semaine", "fois", "boîte", "cuillerée"};

const QStringList& prepositions()
{
    static const QStringList p = {QStringLiteral("à"), QStringLiteral("de"), QStringLiteral("du"),
                                  QStringLiteral("des"), QStringLiteral("par"), QStringLiteral("pour"),
                                  QStringLiteral("en")};
    return p;
}

QString pluralWord(const QString& w)
{
    if (w.isEmpty() || w.endsWith(u's') || w.endsWith(u'x') || w.endsWith(u'z'))
        return w;
    if (w.endsWith(QStringLiteral("eau")))
        return w + u'x';
    return w + u's';
}

double parseNumber(QString s, bool* ok)
{
    s.replace(u',', u'.');
    return s.toDouble(ok);
}

} // namespace

QString number(double value, bool feminine)
{
    const icu::RuleBasedNumberFormat* f = spellout();
    if (!f)
        return QLocale(QLocale::French).toString(value);
    icu::UnicodeString out;
    UErrorCode status = U_ZERO_ERROR;
    const bool integral = std::floor(value) == value;
    if (feminine && integral) {
        icu::FieldPosition pos;
        f->format(value, icu::UnicodeString(u"%spellout-cardinal-feminine"), out, pos, status);
        if (U_SUCCESS(status))
            return fromIcu(out);
        out.remove();
        status = U_ZERO_ERROR;
    }
    icu::FieldPosition pos;
    f->format(value, out, pos);
    return fromIcu(out);
}

bool isFeminine(const QString& unitSingular)
{
    const QString first = unitSingular.trimmed().section(u' ', 0, 0).section(u'-', 0, 0).toLower();
    for (const char* f : kFeminine)
        if (first == QString::fromUtf8(f))
            return true;
    return false;
}

QString plural(const QString& unitSingular, double value)
{
    if (std::fabs(value) < 2)
        return unitSingular;
    // Every word up to the first preposition agrees: "cuillères à café", "comprimés pelliculés".
    QStringList words = unitSingular.split(u' ');
    for (QString& w : words) {
        if (prepositions().contains(w.toLower()))
            break;
        const QString full = unitWord(w);
        if (!full.isEmpty() && full != w)
            continue;  // an abbreviation ("ml", "mg") never takes an s
        QStringList parts = w.split(u'-');
        for (QString& part : parts)
            part = pluralWord(part);
        w = parts.join(u'-');
    }
    return words.join(u' ');
}

QString count(double value, const QString& unitSingular)
{
    const bool fem = isFeminine(unitSingular);
    // Halves and quarters the way a pharmacist reads them: "un demi-comprimé", "un quart de
    // comprimé", "deux gélules et demie" (never "zéro virgule cinq comprimé").
    const double whole = std::floor(value);
    const double fraction = value - whole;
    const auto is = [fraction](double f) { return std::fabs(fraction - f) < 1e-9; };
    if (value > 0 && (is(0.5) || is(0.25) || is(0.75))) {
        const QString unit = unitSingular.trimmed();
        const QChar first = unit.isEmpty() ? QChar() : QChar(TextFold::fold(unit.left(1)).left(1).at(0));
        const QString of = QStringLiteral("aeiouyh").contains(first) ? QStringLiteral("d'") : QStringLiteral("de ");
        if (whole == 0) {
            if (is(0.5))
                return (fem ? QStringLiteral("une demi-") : QStringLiteral("un demi-")) + unit;
            return (is(0.25) ? QStringLiteral("un quart ") : QStringLiteral("trois quarts ")) + of + unit;
        }
        const QString head = number(whole, fem) + u' ' + plural(unit, whole);
        if (is(0.5))
            return head + (fem ? QStringLiteral(" et demie") : QStringLiteral(" et demi"));
        return head + (is(0.25) ? QStringLiteral(" et quart") : QStringLiteral(" et trois quarts"));
    }
    return number(value, fem) + u' ' + plural(unitSingular, value);
}

QString unitWord(const QString& abbreviation)
{
    for (const Unit& u : kUnits)
        if (abbreviation == QString::fromUtf8(u.abbreviation))
            return QString::fromUtf8(u.word);
    for (const Unit& u : kUnits)
        if (abbreviation.compare(QString::fromUtf8(u.abbreviation), Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(u.word);
    return {};
}

QString quantity(const QString& text)
{
    // Tokens: numbers ("2,5"), words/units, and the separators "/" and "+".
    static const QRegularExpression token(QStringLiteral("(\\d+(?:[.,]\\d+)?)|([^\\s\\d/+]+)|(/|\\+)"));
    QStringList out;
    double last = 0;
    bool haveNumber = false;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (!m.captured(1).isEmpty()) {
            bool ok = false;
            last = parseNumber(m.captured(1), &ok);
            haveNumber = ok;
            // Gender comes from the unit that follows: look ahead in the text.
            const QString rest = text.mid(m.capturedEnd(1)).trimmed().section(u' ', 0, 0).section(u'/', 0, 0);
            const QString unit = unitWord(rest);
            out.append(number(last, isFeminine(unit.isEmpty() ? rest : unit)));
        } else if (!m.captured(2).isEmpty()) {
            const QString word = m.captured(2);
            const QString full = unitWord(word);
            if (full.isEmpty()) {
                out.append(word);
            } else if (full == u"pour cent") {
                out.append(full);
            } else {
                out.append(plural(full, haveNumber ? last : 1));
            }
            haveNumber = false;
        } else if (m.captured(3) == u"/") {
            // "mg/ml" is "par millilitre"; "100 mg/25 mg" (a combination) keeps a separator.
            const QString rest = text.mid(m.capturedEnd(3)).trimmed();
            out.append(!rest.isEmpty() && rest.at(0).isDigit() ? QStringLiteral("/") : QStringLiteral("par"));
            last = 1;
            haveNumber = false;
        } else {
            out.append(QStringLiteral("+"));
        }
    }
    return out.join(u' ');
}

QString decimal(double value)
{
    if (value == 0.5)
        return QStringLiteral("1/2");
    if (value == 0.25)
        return QStringLiteral("1/4");
    if (value == 0.75)
        return QStringLiteral("3/4");
    return QLocale(QLocale::French).toString(value, 'g', 6);
}

} // namespace relais::FrenchWords
