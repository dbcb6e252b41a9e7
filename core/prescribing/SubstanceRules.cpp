// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/SubstanceRules.h"

#include "prescribing/Prescription.h"
#include "prescribing/PrescriptionRules.h"
#include "records/TextFold.h"

#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace relais {

namespace {

// The smaller of two limits where 0 means "no limit".
int tighter(int a, int b)
{
    if (a <= 0)
        return b;
    if (b <= 0)
        return a;
    return std::min(a, b);
}

// `needle`'s words appear one after the other in `haystack`'s.
bool containsWords(const QStringList& haystack, const QStringList& needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i)
        if (std::equal(needle.cbegin(), needle.cend(), haystack.cbegin() + i))
            return true;
    return false;
}

Result<bool> yesNo(const QString& field, const QString& where)
{
    if (field == u"yes")
        return true;
    if (field == u"no")
        return false;
    return fail(ErrorKind::Invalid, SubstanceRules::tr("%1: \"%2\" is neither yes nor no").arg(where, field));
}

Result<int> days(const QString& field, const QString& where)
{
    bool ok = false;
    const int n = field.toInt(&ok);
    if (!ok || n < 0 || n > 366)
        return fail(ErrorKind::Invalid, SubstanceRules::tr("%1: \"%2\" is not a number of days (0 to 366)").arg(where, field));
    return n;
}

// Lines that are not comments, split on tabs, with their 1-based number.
QList<std::pair<int, QStringList>> tsvRows(const QByteArray& data)
{
    QList<std::pair<int, QStringList>> out;
    const QList<QByteArray> lines = data.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i)).remove(u'\r');
        if (line.trimmed().isEmpty() || line.startsWith(u'#'))
            continue;
        out.append({int(i + 1), line.split(u'\t')});
    }
    return out;
}

QByteArray readResource(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

QStringList SubstanceRules::substancesOf(const QString& dci)
{
    QStringList out;
    for (const QString& part : dci.split(u'+', Qt::SkipEmptyParts)) {
        const QString words = TextFold::words(part).join(u' ');
        if (!words.isEmpty())
            out.append(words);
    }
    return out;
}

int SubstanceRules::limitDaysFromConditions(const QString& conditions)
{
    // "Durée de prescription limitée à 12 semaines", "… limitée à 28 jours", "… à 3 mois".
    static const QRegularExpression re(QStringLiteral("duree de prescription limitee a (\\d+) (jour|semaine|mois)"));
    const auto m = re.match(TextFold::words(conditions).join(u' '));
    if (!m.hasMatch())
        return 0;
    const int n = m.captured(1).toInt();
    const QString unit = m.captured(2);
    return unit == u"semaine" ? n * 7 : unit == u"mois" ? n * 30 : n;
}

Result<SubstanceRules> SubstanceRules::parse(const QByteArray& rules, const QString& rulesName, const QByteArray& mte,
                                             const QString& mteName)
{
    SubstanceRules out;
    for (const auto& [number, f] : tsvRows(rules)) {
        const QString where = tr("%1, line %2").arg(rulesName).arg(number);
        if (f.size() != 10)
            return fail(ErrorKind::Invalid, tr("%1: 10 columns expected, %2 found").arg(where).arg(f.size()));
        Row r;
        r.substance = TextFold::words(f.at(0)).join(u' ');
        if (r.substance.isEmpty())
            return fail(ErrorKind::Invalid, tr("%1: the substance is empty").arg(where));
        for (const QString& route : f.at(1).split(u',', Qt::SkipEmptyParts))
            r.routes.append(TextFold::fold(route.trimmed()));
        r.category = f.at(2).trimmed();
        auto secure = yesNo(f.at(3).trimmed(), where);
        auto words = yesNo(f.at(4).trimmed(), where);
        auto max = days(f.at(5).trimmed(), where);
        auto total = days(f.at(6).trimmed(), where);
        auto renewals = yesNo(f.at(7).trimmed(), where);
        auto fraction = days(f.at(8).trimmed(), where);
        for (const Error* e : {secure ? nullptr : &secure.error(), words ? nullptr : &words.error(),
                               max ? nullptr : &max.error(), total ? nullptr : &total.error(),
                               renewals ? nullptr : &renewals.error(), fraction ? nullptr : &fraction.error()})
            if (e)
                return std::unexpected(*e);
        r.securePaper = *secure;
        r.inWords = *words;
        r.maxDays = *max;
        r.maxTotalDays = *total;
        r.renewalAllowed = *renewals;
        r.fractionDays = *fraction;
        r.source = f.at(9).trimmed();
        if (r.source.isEmpty())
            return fail(ErrorKind::Invalid, tr("%1: every rule names its source").arg(where));
        if (r.maxTotalDays > 0 && r.maxDays > r.maxTotalDays)
            return fail(ErrorKind::Invalid, tr("%1: the limit with renewals is shorter than without").arg(where));
        out.m_rows.append(r);
    }
    for (const auto& [number, f] : tsvRows(mte)) {
        const QString where = tr("%1, line %2").arg(mteName).arg(number);
        if (f.size() != 2 || f.at(1).trimmed().isEmpty())
            return fail(ErrorKind::Invalid, tr("%1: a substance and its source expected").arg(where));
        out.m_mte.append({TextFold::words(f.at(0)).join(u' '), f.at(1).trimmed()});
    }
    if (out.m_rows.isEmpty() || out.m_mte.isEmpty())
        return fail(ErrorKind::Invalid, tr("%1, %2: no rule found").arg(rulesName, mteName));
    return out;
}

const SubstanceRules& SubstanceRules::shipped()
{
    static const SubstanceRules rules = [] {
        const QString r = QStringLiteral(":/regulation/substance-rules.tsv");
        const QString m = QStringLiteral(":/regulation/mte-list.tsv");
        auto parsed = parse(readResource(r), r, readResource(m), m);
        // The tables are part of the build and tested; an unreadable one leaves only the BDPM's facts.
        return parsed ? *parsed : SubstanceRules();
    }();
    return rules;
}

LineRules SubstanceRules::forLine(const PrescriptionLine& line) const
{
    LineRules r;
    QStringList sources, tableSources;
    // What the line carries: the drug reference's conditions (or the GP's own mark) say stupéfiant.
    if (line.stupefiant) {
        r.securePaper = r.inWords = true;
        r.renewalAllowed = false;
        const int max = tighter(line.maxDays, PrescriptionRules::kStupefiantMaxDays);
        r.maxDays = r.maxTotalDays = max;
        r.category = QStringLiteral("stupéfiant");
        sources << QStringLiteral("CSP R.5132-30 (stupéfiant : %1 jours au plus, sans renouvellement)").arg(max);
    }
    if (line.securePaper && !line.stupefiant) {
        r.securePaper = r.inWords = true;
        sources << QStringLiteral("BDPM : prescription sur ordonnance sécurisée");
    }
    if (line.limitDays > 0) {
        r.maxDays = tighter(r.maxDays, line.limitDays);
        r.maxTotalDays = tighter(r.maxTotalDays, line.limitDays);
        sources << QStringLiteral("BDPM : durée de prescription limitée à %1 jours").arg(line.limitDays);
    }
    const QString route = TextFold::fold(line.route + u' ' + line.form);
    for (const QString& substance : substancesOf(line.dci)) {
        const QStringList words = substance.split(u' ');
        const auto row = std::find_if(m_rows.cbegin(), m_rows.cend(), [&](const Row& candidate) {
            if (!containsWords(words, candidate.substance.split(u' ')))
                return false;
            return candidate.routes.isEmpty() || std::any_of(candidate.routes.cbegin(), candidate.routes.cend(),
                                                             [&](const QString& w) { return route.contains(w); });
        });
        if (row == m_rows.cend())
            continue;
        r.securePaper = r.securePaper || row->securePaper;
        r.inWords = r.inWords || row->inWords;
        r.maxDays = tighter(r.maxDays, row->maxDays);
        r.maxTotalDays = tighter(r.maxTotalDays, row->maxTotalDays);
        r.renewalAllowed = r.renewalAllowed && row->renewalAllowed;
        r.fractionDays = tighter(r.fractionDays, row->fractionDays);
        if (r.substance.isEmpty()) {
            r.substance = row->substance.toUpper();
            r.category = row->category;
        }
        tableSources << row->source;
    }
    // The named texts first (they are the most precise); the generic stupéfiant rule only when
    // no row of the table named the substance.
    if (!tableSources.isEmpty() && line.stupefiant)
        sources.removeFirst();
    sources = tableSources + sources;
    sources.removeDuplicates();
    r.source = sources.join(QStringLiteral(" ; "));
    return r;
}

const SubstanceRules::MteRow* SubstanceRules::mte(const QString& dci) const
{
    for (const QString& substance : substancesOf(dci)) {
        const QStringList words = substance.split(u' ');
        for (const MteRow& row : m_mte)
            if (containsWords(words, row.substance.split(u' ')))
                return &row;
    }
    return nullptr;
}

} // namespace relais
