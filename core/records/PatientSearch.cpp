// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientSearch.h"

#include "records/TextFold.h"
#include "vault/Sqlite.h"

#include <QRegularExpression>

#include <algorithm>

namespace relais {

namespace {

// Score of one query word against a patient's names: exact surname above exact given name
// above prefixes; joined forms ("ndiaye", "legoff") count as exact.
int wordScore(const QString& w, const QStringList& surnameWords, const QStringList& surnamesJoined,
              const QStringList& givenWords)
{
    int best = 0;
    for (const QString& j : surnamesJoined) {
        if (j == w)
            best = std::max(best, 60);
        else if (j.startsWith(w))
            best = std::max(best, 14);
    }
    for (const QString& s : surnameWords) {
        if (s == w)
            best = std::max(best, 40);
        else if (s.startsWith(w))
            best = std::max(best, 12);
    }
    for (const QString& g : givenWords) {
        if (g == w)
            best = std::max(best, 25);
        else if (g.startsWith(w))
            best = std::max(best, 8);
    }
    return best;
}

QString ftsQuote(const QString& token)
{
    QString t = token;
    t.remove(u'"');
    return u'"' + t + QStringLiteral("\"*");
}

} // namespace

QString PatientHit::displayName() const
{
    Patient p;
    p.birthName = birthName;
    p.usedName = usedName;
    p.firstGivenName = firstGivenName;
    p.usedGivenName = usedGivenName;
    p.sex = sex;
    return p.displayName();
}

PatientSearch::Parsed PatientSearch::parse(const QString& query)
{
    Parsed out;
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    const QStringList raw = query.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    QString digitRun;  // "06 12 34" typed with spaces: one number
    const auto flushDigits = [&] {
        if (digitRun.isEmpty())
            return;
        const QDate d = digitRun.size() == 8 ? QDate::fromString(digitRun, QStringLiteral("ddMMyyyy")) : QDate();
        const int y = digitRun.size() == 4 ? digitRun.toInt() : 0;
        if (d.isValid() && d.year() >= 1890)
            out.date = d;
        else if (y >= 1890 && y <= 2100)
            out.year = y;
        else
            out.digits.append(digitRun);
        digitRun.clear();
    };
    for (const QString& token : raw) {
        const auto m = dateRe.match(token);
        if (m.hasMatch()) {
            flushDigits();
            const QDate d(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
            if (d.isValid())
                out.date = d;
            continue;
        }
        const QString plain = QString(token).remove(u'.').remove(u'+');
        const bool allDigits = !plain.isEmpty()
            && std::all_of(plain.cbegin(), plain.cend(), [](QChar c) { return c.isDigit() || c == u'A' || c == u'B' || c == u'a' || c == u'b'; })
            && plain.at(0).isDigit();
        if (allDigits) {
            digitRun += plain.toLower();
            continue;
        }
        flushDigits();
        out.words += TextFold::words(token);
    }
    flushDigits();
    return out;
}

QString PatientSearch::ftsExpression(const Parsed& q)
{
    QStringList match;
    for (const QString& w : q.words)
        match.append(QStringLiteral("{surnames given}: ") + ftsQuote(w));
    for (const QString& d : q.digits)
        match.append(QStringLiteral("digits: ") + ftsQuote(d));
    return match.join(QStringLiteral(" AND "));
}

Result<SearchResult> PatientSearch::search(const QString& query, int limit) const
{
    SearchResult result;
    const Parsed q = parse(query);
    if (q.isEmpty())
        return result;
    const QString match = ftsExpression(q);

    QString sql = QStringLiteral("SELECT p.id, p.birth_name, p.used_name, p.first_given_name, p.used_given_name, p.sex, "
                                 "p.birth_date, p.matricule, p.identity_status, p.given_names FROM ");
    QVariantList args;
    QStringList where;
    if (!match.isEmpty()) {
        sql += QStringLiteral("patient_fts f JOIN patient p ON p.id = f.rowid");
        where.append(QStringLiteral("patient_fts MATCH ?"));
        args.append(match);
    } else {
        sql += QStringLiteral("patient p");
    }
    if (q.date.isValid()) {
        where.append(QStringLiteral("p.birth_date = ?"));
        args.append(q.date.toString(Qt::ISODate));
    } else if (q.year) {
        where.append(QStringLiteral("p.birth_date >= ? AND p.birth_date < ?"));
        args.append(QStringLiteral("%1-01-01").arg(q.year));
        args.append(QStringLiteral("%1-01-01").arg(q.year + 1));
    }
    sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    auto stmt = m_db.prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bindAll(args);

    QList<PatientHit> all;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        PatientHit h;
        h.id = stmt->integer(0);
        h.birthName = stmt->text(1);
        h.usedName = stmt->text(2);
        h.firstGivenName = stmt->text(3);
        h.usedGivenName = stmt->text(4);
        h.sex = sexFromCode(stmt->text(5)).value_or(Sex::Unknown);
        h.birthDate = QDate::fromString(stmt->text(6), Qt::ISODate);
        h.matricule = stmt->text(7);
        h.identityStatus = identityStatusFromCode(stmt->text(8)).value_or(IdentityStatus::Prov);
        if (!q.words.isEmpty()) {
            const QStringList surnameWords = TextFold::words(h.birthName) + TextFold::words(h.usedName);
            const QStringList joined{TextFold::joined(h.birthName), TextFold::joined(h.usedName)};
            const QStringList given = TextFold::words(stmt->text(9)) + TextFold::words(h.firstGivenName)
                + TextFold::words(h.usedGivenName);
            for (const QString& w : q.words)
                h.score += wordScore(w, surnameWords, joined, given);
            // The whole query is the surname ("le goff" for Le Goff): best of all.
            const QString whole = q.words.join(QString());
            if (joined.contains(whole))
                h.score += 50;
            // The name shown first matches: above a match on a maiden name only.
            if (TextFold::joined(h.usedName.isEmpty() ? h.birthName : h.usedName).startsWith(q.words.first()))
                h.score += 5;
        }
        all.append(std::move(h));
    }
    result.total = int(all.size());
    const auto better = [](const PatientHit& a, const PatientHit& b) {
        if (a.score != b.score)
            return a.score > b.score;
        // Ties: alphabetical by the name shown first (used name, else birth name).
        const int byName = QString::localeAwareCompare(a.usedName.isEmpty() ? a.birthName : a.usedName,
                                                       b.usedName.isEmpty() ? b.birthName : b.usedName);
        if (byName != 0)
            return byName < 0;
        if (a.firstGivenName != b.firstGivenName)
            return QString::localeAwareCompare(a.firstGivenName, b.firstGivenName) < 0;
        return a.id < b.id;
    };
    const int n = std::min<int>(limit, int(all.size()));
    std::partial_sort(all.begin(), all.begin() + n, all.end(), better);
    all.resize(n);
    result.hits = std::move(all);
    return result;
}

} // namespace relais
