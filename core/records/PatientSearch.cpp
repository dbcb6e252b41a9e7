// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientSearch.h"

#include "records/TextFold.h"
#include "vault/Sqlite.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace relais {

namespace {

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

// Per patient: alphabetical rank of the shown name, and its name tokens as ids into a sorted
// dictionary (so "starts with w" is an id range and "is w" one id).
struct PatientSearch::Ranking
{
    qint64 generation = -1;
    QStringList dictionary;  // sorted, unique folded tokens
    struct Entry
    {
        quint32 rank = 0;
        quint32 first = 0;       // offset into tokens
        quint16 surnames = 0;    // count of surname tokens (joined forms included)
        quint16 given = 0;       // count of given-name tokens that follow
        qint32 displayJoined = -1;  // token id of the shown surname, joined
    };
    std::vector<Entry> entries;  // indexed by patient id (rowids are dense)
    std::vector<bool> present;
    std::vector<qint32> tokens;

    ~Ranking()
    {
        for (QString& t : dictionary)
            wipeText(t);
    }
    static void wipeText(QString& t)
    {
        if (!t.isEmpty()) {
            t.detach();
            std::fill(t.begin(), t.end(), QChar(0));
        }
    }
    // [lo, hi) of tokens starting with `w`; `exact` is the id of `w` itself or -1.
    void range(const QString& w, qint32& lo, qint32& hi, qint32& exact) const
    {
        const auto b = std::lower_bound(dictionary.cbegin(), dictionary.cend(), w);
        lo = qint32(b - dictionary.cbegin());
        exact = (b != dictionary.cend() && *b == w) ? lo : -1;
        auto e = b;
        while (e != dictionary.cend() && e->startsWith(w))
            ++e;  // ranges are short for real words; for one letter this is a single pass
        hi = qint32(e - dictionary.cbegin());
    }
    qint32 idOf(const QString& w) const
    {
        const auto b = std::lower_bound(dictionary.cbegin(), dictionary.cend(), w);
        return (b != dictionary.cend() && *b == w) ? qint32(b - dictionary.cbegin()) : -1;
    }
};

PatientSearch::PatientSearch(Database& db) : m_db(db) { }
PatientSearch::~PatientSearch() = default;

Result<void> PatientSearch::refreshRanking()
{
    auto gen = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'patients_generation'"));
    if (!gen)
        return std::unexpected(gen.error());
    const qint64 generation = gen->isValid() ? gen->toLongLong() : 0;
    if (m_ranking && m_ranking->generation == generation)
        return {};

    auto r = std::make_unique<Ranking>();
    r->generation = generation;
    auto q = m_db.prepare(QStringLiteral("SELECT f.rowid, f.surnames, f.given, p.used_name, p.birth_name, p.first_given_name "
                                         "FROM patient_fts f JOIN patient p ON p.id = f.rowid"));
    if (!q)
        return std::unexpected(q.error());
    struct Raw
    {
        qint64 id;
        QStringList surnames, given;
        QString displayJoined, sortKey;
    };
    std::vector<Raw> raw;
    QSet<QString> all;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Raw x{q->integer(0), q->text(1).split(u' ', Qt::SkipEmptyParts), q->text(2).split(u' ', Qt::SkipEmptyParts), {}, {}};
        const QString shown = q->isNull(3) || q->text(3).isEmpty() ? q->text(4) : q->text(3);
        x.displayJoined = TextFold::joined(shown);
        x.sortKey = TextFold::fold(shown) + u'\x01' + TextFold::fold(q->text(5));
        for (const QString& t : std::as_const(x.surnames))
            all.insert(t);
        for (const QString& t : std::as_const(x.given))
            all.insert(t);
        all.insert(x.displayJoined);
        raw.push_back(std::move(x));
    }
    r->dictionary = QStringList(all.cbegin(), all.cend());
    std::sort(r->dictionary.begin(), r->dictionary.end());
    std::vector<quint32> order(raw.size());
    for (quint32 i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) {
        return raw[a].sortKey != raw[b].sortKey ? raw[a].sortKey < raw[b].sortKey : raw[a].id < raw[b].id;
    });
    qint64 maxId = 0;
    for (const Raw& x : raw)
        maxId = std::max(maxId, x.id);
    r->entries.resize(std::size_t(maxId + 1));
    r->present.resize(std::size_t(maxId + 1));
    for (quint32 rank = 0; rank < order.size(); ++rank) {
        Raw& x = raw[order[rank]];
        Ranking::Entry e;
        e.rank = rank;
        e.first = quint32(r->tokens.size());
        e.surnames = quint16(x.surnames.size());
        e.given = quint16(x.given.size());
        for (const QString& t : std::as_const(x.surnames))
            r->tokens.push_back(r->idOf(t));
        for (const QString& t : std::as_const(x.given))
            r->tokens.push_back(r->idOf(t));
        e.displayJoined = r->idOf(x.displayJoined);
        r->entries[std::size_t(x.id)] = e;
        r->present[std::size_t(x.id)] = true;
        Ranking::wipeText(x.sortKey);
    }
    m_ranking = std::move(r);
    return {};
}

QString PatientSearch::matchSql(const Parsed& q, QVariantList& args)
{
    QString sql;
    const QString match = ftsExpression(q);
    if (!match.isEmpty()) {
        sql = QStringLiteral("SELECT rowid FROM patient_fts WHERE patient_fts MATCH ?");
        args.append(match);
    }
    if (q.date.isValid() || q.year) {
        const QDate from = q.date.isValid() ? q.date : QDate(q.year, 1, 1);
        const QDate to = q.date.isValid() ? q.date.addDays(1) : QDate(q.year + 1, 1, 1);
        const QString byDate = QStringLiteral("SELECT id FROM patient WHERE birth_date >= ? AND birth_date < ?");
        sql = sql.isEmpty() ? byDate : sql + QStringLiteral(" INTERSECT ") + byDate;
        args.append(from.toString(Qt::ISODate));
        args.append(to.toString(Qt::ISODate));
    }
    return sql;
}

Result<SearchResult> PatientSearch::search(const QString& query, int limit)
{
    SearchResult result;
    const Parsed q = parse(query);
    if (q.isEmpty())
        return result;
    if (auto r = refreshRanking(); !r)
        return std::unexpected(r.error());
    const Ranking& rk = *m_ranking;
    QVariantList args;
    auto cachedStmt = m_db.cached(matchSql(q, args));  // one SQL shape per kind of query: prepared once
    if (!cachedStmt)
        return std::unexpected(cachedStmt.error());
    Statement* stmt = *cachedStmt;
    stmt->bindAll(args);

    // Query words as id ranges, once.
    struct Word
    {
        qint32 lo, hi, exact;
    };
    std::vector<Word> words;
    for (const QString& w : q.words) {
        Word x{};
        rk.range(w, x.lo, x.hi, x.exact);
        words.push_back(x);
    }
    const qint32 wholeId = q.words.isEmpty() ? -1 : rk.idOf(q.words.join(QString()));
    Word firstWord = words.empty() ? Word{0, 0, -1} : words.front();

    struct Scored
    {
        qint64 id;
        int score;
        quint32 rank;
    };
    std::vector<Scored> scored;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const qint64 id = stmt->integer(0);
        if (id < 0 || std::size_t(id) >= rk.present.size() || !rk.present[std::size_t(id)])
            continue;  // changed meanwhile: the next search sees it
        const Ranking::Entry& e = rk.entries[std::size_t(id)];
        const qint32* t = rk.tokens.data() + e.first;
        int score = 0;
        bool whole = false;
        for (const Word& w : words) {
            int best = 0;
            for (int i = 0; i < e.surnames; ++i) {
                if (t[i] == w.exact)
                    best = std::max(best, 40);
                else if (t[i] >= w.lo && t[i] < w.hi)
                    best = std::max(best, 12);
            }
            for (int i = e.surnames; i < e.surnames + e.given; ++i) {
                if (t[i] == w.exact)
                    best = std::max(best, 25);
                else if (t[i] >= w.lo && t[i] < w.hi)
                    best = std::max(best, 8);
            }
            score += best;
        }
        if (wholeId >= 0)
            for (int i = 0; i < e.surnames && !whole; ++i)
                whole = t[i] == wholeId;
        if (whole)
            score += 50;  // the whole query is a surname ("le goff" for Le Goff, "ndiaye" for N'Diaye)
        if (!words.empty() && e.displayJoined >= firstWord.lo && e.displayJoined < firstWord.hi)
            score += 5;   // the name shown first matches, above a maiden-name-only match
        scored.push_back({id, score, e.rank});
    }
    result.total = int(scored.size());
    const int n = std::min<int>(limit, result.total);
    std::partial_sort(scored.begin(), scored.begin() + n, scored.end(), [](const Scored& a, const Scored& b) {
        return a.score != b.score ? a.score > b.score : a.rank < b.rank;
    });
    for (int i = 0; i < n; ++i) {
        PatientHit h;
        h.id = scored[std::size_t(i)].id;
        h.score = scored[std::size_t(i)].score;
        result.hits.append(h);
    }
    if (auto r = fetchHits(result.hits); !r)
        return std::unexpected(r.error());
    return result;
}

Result<void> PatientSearch::fetchHits(QList<PatientHit>& hits)
{
    if (hits.isEmpty())
        return {};
    QStringList ids;
    for (const PatientHit& h : std::as_const(hits))
        ids.append(QString::number(h.id));
    auto cachedQ = m_db.cached(QStringLiteral("SELECT id, birth_name, used_name, first_given_name, used_given_name, sex, birth_date, "
                                              "matricule, identity_status, origin, demo FROM patient WHERE id IN (SELECT value FROM json_each(?))"));
    if (!cachedQ)
        return std::unexpected(cachedQ.error());
    Statement* q = *cachedQ;
    q->bind(1, QString(u'[' + ids.join(u',') + u']'));
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < hits.size(); ++i)
        at.insert(hits.at(i).id, i);
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        PatientHit& h = hits[at.value(q->integer(0))];
        h.birthName = q->text(1);
        h.usedName = q->text(2);
        h.firstGivenName = q->text(3);
        h.usedGivenName = q->text(4);
        h.sex = sexFromCode(q->text(5)).value_or(Sex::Unknown);
        h.birthDate = QDate::fromString(q->text(6), Qt::ISODate);
        h.matricule = q->text(7);
        h.identityStatus = identityStatusFromCode(q->text(8)).value_or(IdentityStatus::Prov);
        h.origin = q->text(9) == u"imported" ? Origin::Imported : Origin::Local;
        h.demo = q->integer(10) != 0;
    }
}

} // namespace relais
