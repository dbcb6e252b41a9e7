// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientSearch.h"

#include "common/Logging.h"
#include "records/TextFold.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QAtomicInt>
#include <QRegularExpression>
#include <QSet>

#include <sqlite3.h>
#include <sys/mman.h>

#include <algorithm>
#include <limits>
#include <array>
#include <atomic>
#include <cstdlib>
#include <new>
#include <optional>
#include <thread>

namespace relais {

namespace {

QString ftsQuote(const QString& token)
{
    QString t = token;
    t.remove(u'"');
    return u'"' + t + QStringLiteral("\"*");
}

// "1954-03-12" → the date, without QDate::fromString's general parser.
QDate isoDate(const QString& t)
{
    if (t.size() != 10 || t.at(4) != u'-' || t.at(7) != u'-')
        return {};
    const auto digit = [&t](int i) { return t.at(i).isDigit() ? t.at(i).unicode() - u'0' : -100000; };
    const int y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
    const int m = digit(5) * 10 + digit(6), d = digit(8) * 10 + digit(9);
    return y > 0 && m > 0 && d > 0 ? QDate(y, m, d) : QDate();
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
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList raw = query.split(spaces, Qt::SkipEmptyParts);
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

// Memory for the ranking entries in 2 MiB pages where the system allows it (transparent huge
// pages on request): a search touches one entry per match, spread over the whole table, and with
// 4 KiB pages nearly each of them was also a TLB miss (a page walk, costly under virtualisation).
template <typename T>
struct HugePageAllocator
{
    using value_type = T;
    static constexpr std::size_t kHuge = std::size_t(2) << 20;
    HugePageAllocator() = default;
    template <typename U>
    HugePageAllocator(const HugePageAllocator<U>&) noexcept { }
    T* allocate(std::size_t n)
    {
        const std::size_t bytes = n * sizeof(T);
        if (bytes < kHuge)
            return static_cast<T*>(::operator new(bytes, std::align_val_t(alignof(T))));
        const std::size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
        void* p = std::aligned_alloc(kHuge, rounded);
        if (!p)
            throw std::bad_alloc();
        (void)madvise(p, rounded, MADV_HUGEPAGE);
        return static_cast<T*>(p);
    }
    void deallocate(T* p, std::size_t n) noexcept
    {
        if (n * sizeof(T) < kHuge)
            ::operator delete(p, std::align_val_t(alignof(T)));
        else
            std::free(p);
    }
    template <typename U>
    bool operator==(const HugePageAllocator<U>&) const noexcept { return true; }
};

// Per patient: its name tokens as ids into a sorted dictionary (so "starts with w" is an id
// range and "is w" one id), and the shown name's sort key as ids into the same dictionary (so
// the alphabetical order is an order of ids, and a new patient needs no renumbering).
struct PatientSearch::Ranking
{
    qint64 generation = -1;
    QStringList dictionary;  // sorted, unique folded tokens and sort keys
    // One cache line per patient, tokens inline: scoring a match costs one memory access (the
    // matches of a short prefix are spread over the whole table; two separate arrays made two
    // cache misses per match, most of the search's own time).
    static constexpr int kInline = 12;
    struct alignas(64) Entry
    {
        qint32 displayJoined = -1;  // token id of the shown surname, joined
        qint32 sortName = -1;       // id of the shown surname, folded: the alphabetical order…
        qint32 sortGiven = -1;      // …then the first given name, folded, then the patient id
        quint8 surnames = 0;        // count of surname tokens (joined forms included)
        quint8 given = 0;           // count of given-name tokens that follow
        bool present = false;
        // The tokens, or when there are more than kInline, [0] is their offset in `overflow`.
        qint32 tokens[kInline] = {};
        int count() const { return surnames + given; }
    };
    static_assert(sizeof(Entry) == 64);
    std::vector<Entry, HugePageAllocator<Entry>> entries;  // indexed by patient id (rowids are dense)
    std::vector<qint32> overflow;
    // Per patient, 8 bytes: the entry's sortName and sortGiven as one key (its alphabetical
    // order), kAbsent when not present. Dense (0.8 MB at 100,000 patients), so that a match which
    // cannot enter the best 50 (see search) is counted and left without touching its 64-byte
    // entry: that access is a cache and TLB miss each.
    static constexpr quint64 kAbsent = ~quint64(0);
    std::vector<quint64> order;
    static quint64 orderKey(qint32 sortName, qint32 sortGiven) { return (quint64(quint32(sortName)) << 32) | quint32(sortGiven); }
    void syncOrder(qint64 id)
    {
        const Entry& e = entries[std::size_t(id)];
        order[std::size_t(id)] = e.present ? orderKey(e.sortName, e.sortGiven) : kAbsent;
    }

    // What a hit shows, per patient, read with the ranking: the 50 hits of a search are then
    // copied from memory instead of 50 primary-key lookups in the encrypted file (a B-tree
    // descent and a column decode each, as long as the rest of the search together). Names are
    // indexes into `shownText` (deduplicated, shared with the hits: a copy is a reference count);
    // a matricule of at most 15 digits, A or B is packed in 4 bits per character.
    struct Shown
    {
        qint32 birthName = -1, usedName = -1, firstGiven = -1, usedGiven = -1;
        qint32 birthDay = kNoDay;  // Julian day
        quint8 sex = 0, status = 0, origin = 0, demo = 0;
        quint64 matricule = 0;  // packed; kLongMatricule | index into shownText otherwise
    };
    static constexpr qint32 kNoDay = std::numeric_limits<qint32>::min();
    static constexpr quint64 kLongMatricule = quint64(0xF) << 60;
    std::vector<Shown, HugePageAllocator<Shown>> shown;  // indexed by patient id, as entries
    std::vector<QString> shownText;

    ~Ranking()
    {
        for (QString& t : dictionary)
            wipeText(t);
        for (QString& t : shownText)
            wipeText(t);
        std::fill(shown.begin(), shown.end(), Shown{});
    }
    static quint64 packMatricule(const QString& m)
    {
        if (m.size() > 15)
            return kLongMatricule;
        quint64 packed = 0;
        for (qsizetype i = m.size() - 1; i >= 0; --i) {
            const char16_t c = m.at(i).unicode();
            const quint64 code = c >= u'0' && c <= u'9' ? quint64(c - u'0' + 1) : c == u'A' ? 11 : c == u'B' ? 12 : 0;
            if (code == 0)
                return kLongMatricule;
            packed = (packed << 4) | code;
        }
        return packed;
    }
    QString matriculeOf(const Shown& s) const
    {
        if ((s.matricule & kLongMatricule) == kLongMatricule)
            return shownText[std::size_t(s.matricule & 0xFFFFFFFFu)];
        char16_t out[16];
        qsizetype n = 0;
        for (quint64 p = s.matricule; p != 0; p >>= 4) {
            const quint64 code = p & 0xF;
            out[n++] = code <= 10 ? char16_t(u'0' + code - 1) : code == 11 ? u'A' : u'B';
        }
        return n == 0 ? QString() : QString(reinterpret_cast<const QChar*>(out), n);
    }
    // The columns a hit shows, from a row of kRankColumns; `intern` stores a non-null string once.
    template <typename Intern>
    void readShown(const Statement& q, Shown& out, Intern&& intern)
    {
        const auto text = [&](int c) { return q.isNull(c) ? -1 : intern(q.text(c)); };
        out.usedName = text(3);
        out.birthName = text(4);
        out.firstGiven = text(5);
        out.usedGiven = text(6);
        out.sex = quint8(sexFromCode(q.text(7)).value_or(Sex::Unknown));
        const QDate born = isoDate(q.text(8));
        out.birthDay = born.isValid() ? qint32(born.toJulianDay()) : kNoDay;
        const QString matricule = q.text(9);
        out.matricule = packMatricule(matricule);
        if (out.matricule == kLongMatricule) {
            out.matricule |= quint64(shownText.size());
            shownText.push_back(matricule);
        }
        out.status = quint8(identityStatusFromCode(q.text(10)).value_or(IdentityStatus::Prov));
        out.origin = quint8(q.text(11) == u"imported" ? Origin::Imported : Origin::Local);
        out.demo = q.integer(12) != 0;
    }
    void fillHit(PatientHit& h) const
    {
        const Shown& s = shown[std::size_t(h.id)];
        const auto text = [this](qint32 i) { return i < 0 ? QString() : shownText[std::size_t(i)]; };
        h.birthName = text(s.birthName);
        h.usedName = text(s.usedName);
        h.firstGivenName = text(s.firstGiven);
        h.usedGivenName = text(s.usedGiven);
        h.sex = Sex(s.sex);
        h.birthDate = s.birthDay == kNoDay ? QDate() : QDate::fromJulianDay(s.birthDay);
        h.matricule = matriculeOf(s);
        h.identityStatus = IdentityStatus(s.status);
        h.origin = Origin(s.origin);
        h.demo = s.demo != 0;
    }
    void ensureShown(qint64 id)
    {
        if (std::size_t(id) >= shown.size())
            shown.resize(std::max(std::size_t(id) + 1, shown.size() + shown.size() / 8));
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
    void ensureSize(qint64 id)
    {
        if (std::size_t(id) >= entries.size()) {
            entries.resize(std::max(std::size_t(id) + 1, entries.size() + entries.size() / 8));
            order.resize(entries.size(), kAbsent);
        }
    }
    const qint32* tokensOf(const Entry& e) const
    {
        return e.count() <= kInline ? e.tokens : overflow.data() + e.tokens[0];
    }
    // Sets the entry's tokens (surname tokens first), at most 255 of each kind.
    void setTokens(Entry& e, const std::vector<qint32>& surnameIds, const std::vector<qint32>& givenIds)
    {
        e.surnames = quint8(std::min<std::size_t>(surnameIds.size(), 255));
        e.given = quint8(std::min<std::size_t>(givenIds.size(), 255));
        qint32* out = e.tokens;
        if (e.count() > kInline) {
            e.tokens[0] = qint32(overflow.size());
            overflow.resize(overflow.size() + std::size_t(e.count()));
            out = overflow.data() + e.tokens[0];
        }
        std::copy_n(surnameIds.begin(), e.surnames, out);
        std::copy_n(givenIds.begin(), e.given, out + e.surnames);
    }
    // Applies new ids to every token of every patient.
    void remap(const std::vector<qint32>& to)
    {
        for (qint32& t : overflow)
            t = to[std::size_t(t)];
        for (Entry& e : entries) {
            if (!e.present)
                continue;
            e.displayJoined = to[std::size_t(e.displayJoined)];
            e.sortName = to[std::size_t(e.sortName)];
            e.sortGiven = to[std::size_t(e.sortGiven)];
            if (e.count() <= kInline)
                for (int i = 0; i < e.count(); ++i)
                    e.tokens[i] = to[std::size_t(e.tokens[i])];
        }
        order.resize(entries.size());
        for (std::size_t id = 0; id < entries.size(); ++id)
            syncOrder(qint64(id));
    }
};

namespace {

// One patient as read for the ranking.
struct RankRow
{
    qint64 id = 0;
    QStringList surnames, given;
    QString displayJoined, sortName, sortGiven;
};

// What a ranking reads of every patient (the index row, the names shown and the columns a hit
// shows: the same as fetchHits reads).
constexpr char kRankColumns[] = "SELECT f.rowid, f.surnames, f.given, p.used_name, p.birth_name, p.first_given_name, "
                                "p.used_given_name, p.sex, p.birth_date, p.matricule, p.identity_status, p.origin, p.demo "
                                "FROM patient_fts f JOIN patient p ON p.id = f.rowid";

// One read transaction for the statements of a search (the matches, then the rows shown): one
// snapshot, and one WAL read lock instead of one per statement (each costs system calls, and
// there are up to 51). Joins a transaction already open on the connection.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database& db) : m_db(db)
    {
        if (sqlite3_get_autocommit(db.handle()) == 0)
            return;
        auto begin = db.cached(QStringLiteral("BEGIN"));
        m_active = begin && (*begin)->step().has_value();
    }
    ~ReadSnapshot()
    {
        if (!m_active)
            return;
        auto commit = m_db.cached(QStringLiteral("COMMIT"));
        if (!commit || !(*commit)->step())
            (void)m_db.exec(QStringLiteral("ROLLBACK"));
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;

private:
    Database& m_db;
    bool m_active = false;
};

QString shownName(const Statement& q) { return q.isNull(3) || q.text(3).isEmpty() ? q.text(4) : q.text(3); }

} // namespace


Result<void> PatientSearch::installLog()
{
    static QAtomicInt counter;
    const QString log = QStringLiteral("relais_search_log_%1").arg(counter.fetchAndAddRelaxed(1) + 1);
    // Temporary: on this connection only, in memory, gone when it closes; inside the writer's
    // transaction, so a rolled-back change leaves no entry. A null patient id is a move of the
    // patients' generation (what tells a change made elsewhere from one logged here).
    const QString sql = QStringLiteral(
        "CREATE TEMP TABLE %1 (seq INTEGER PRIMARY KEY AUTOINCREMENT, patient_id INTEGER);"
        "CREATE TEMP TRIGGER %1_insert AFTER INSERT ON main.patient BEGIN INSERT INTO %1 (patient_id) VALUES (new.id); END;"
        "CREATE TEMP TRIGGER %1_update AFTER UPDATE OF birth_name, used_name, given_names, first_given_name, used_given_name, "
        "sex, birth_date, matricule, identity_status, origin, demo "
        "ON main.patient BEGIN INSERT INTO %1 (patient_id) VALUES (new.id); END;"
        "CREATE TEMP TRIGGER %1_delete AFTER DELETE ON main.patient BEGIN INSERT INTO %1 (patient_id) VALUES (old.id); END;"
        "CREATE TEMP TRIGGER %1_generation_insert AFTER INSERT ON main.meta WHEN new.key = 'patients_generation' "
        "BEGIN INSERT INTO %1 (patient_id) VALUES (NULL); END;"
        "CREATE TEMP TRIGGER %1_generation_update AFTER UPDATE ON main.meta WHEN new.key = 'patients_generation' "
        "BEGIN INSERT INTO %1 (patient_id) VALUES (NULL); END;")
                            .arg(log);
    if (auto r = m_db.exec(sql); !r)
        return r;
    m_log = log;
    m_logSeq = 0;
    return {};
}

void PatientSearch::dropLog()
{
    if (m_log.isEmpty() || !m_db.isOpen())
        return;
    (void)m_db.exec(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1_insert; DROP TRIGGER IF EXISTS temp.%1_update;"
                                   "DROP TRIGGER IF EXISTS temp.%1_delete; DROP TRIGGER IF EXISTS temp.%1_generation_insert;"
                                   "DROP TRIGGER IF EXISTS temp.%1_generation_update; DROP TABLE IF EXISTS temp.%1;")
                        .arg(m_log));
    m_log.clear();
}

Result<void> PatientSearch::refreshRanking()
{
    if (m_background) {
        // Built on the worker thread: taken over once done, unranked until then.
        auto done = pollBackground(false);
        if (done && !*done)
            return {};
        // Failed: the table is built here now (below).
    }
    if (m_builder) {
        // A build in slices is under way (prepareStep): this search takes one more slice, and
        // answers unranked unless that was the last.
        auto done = buildSome(kSliceRows);
        if (!done)
            return std::unexpected(done.error());
        if (!*done)
            return {};
        m_dataVersion = -1;  // then reads the log
    }
    // Nothing written on this connection (total_changes) nor committed by another one
    // (data_version) since the last look: nothing to do, no query.
    auto version = m_db.cached(QStringLiteral("PRAGMA data_version"));
    if (!version)
        return std::unexpected(version.error());
    auto stepped = (*version)->step();
    if (!stepped)
        return std::unexpected(stepped.error());
    const qint64 dataVersion = *stepped ? (*version)->integer(0) : -1;
    (*version)->reset();
    const qint64 changes = sqlite3_total_changes64(m_db.handle());
    if (m_ranking && !m_log.isEmpty() && dataVersion == m_dataVersion && changes == m_totalChanges)
        return {};

    auto gen = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'patients_generation'"));
    if (!gen)
        return std::unexpected(gen.error());
    const qint64 generation = gen->isValid() ? gen->toLongLong() : 0;
    auto r = refreshFrom(generation);
    // Taken after the refresh, whose own log cleaning counts as changes. Inside a transaction
    // the log is left for later: look again next time.
    const bool inTransaction = sqlite3_get_autocommit(m_db.handle()) == 0;
    m_dataVersion = r && !inTransaction ? dataVersion : -1;
    m_totalChanges = sqlite3_total_changes64(m_db.handle());
    return r;
}

Result<void> PatientSearch::refreshFrom(qint64 generation)
{
    // A write under way on this connection (its transaction open): the ranking follows once it
    // has ended; meanwhile a patient it adds is not found yet, one it changes keeps its old rank.
    const bool inTransaction = sqlite3_get_autocommit(m_db.handle()) == 0;
    if (inTransaction) {
        if (m_ranking)
            return {};
        dropLog();  // built now, then again with a log once the transaction has ended
        return buildRanking(generation);
    }
    if (m_log.isEmpty() || !m_ranking) {
        dropLog();
        if (auto r = installLog(); !r)
            return r;
        return buildRanking(generation);
    }
    auto q = m_db.prepare(QStringLiteral("SELECT seq, patient_id FROM temp.%1 WHERE seq > ? ORDER BY seq").arg(m_log));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, m_logSeq);
    QList<qint64> ids;
    QSet<qint64> seen;
    qint64 moves = 0;
    qint64 last = m_logSeq;
    auto read = q->each([&](const Statement& row) {
        last = row.integer(0);
        if (row.isNull(1))
            ++moves;
        else if (const qint64 id = row.integer(1); !seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    });
    if (!read)
        return read;
    q = m_db.prepare(QStringLiteral("DELETE FROM temp.%1 WHERE seq <= ?").arg(m_log));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, last);
    if (auto r = q->run(); !r)
        return r;
    m_logSeq = last;
    if (ids.isEmpty() && generation == m_ranking->generation)
        return {};
    // Moves of the generation that this log did not see: another connection changed patients.
    const bool elsewhere = generation != m_ranking->generation + moves;
    if (elsewhere || std::size_t(ids.size()) > 2000 + m_ranking->entries.size() / 8) {
        // Rebuilt as at unlock (a large import must not hold the GUI for seconds): on the worker
        // thread, or in slices of which this search reads the first; every match answered
        // unranked until it is done.
        if (m_openReader) {
            if (auto r = startBackground(generation); r)
                return r;
            else
                qCWarning(lcVault) << "search ranking rebuilt in slices: no second connection:" << r.error().message;
            m_openReader = nullptr;
        }
        return rebuildInSlices(generation);
    }
    if (auto r = updateRanking(ids); !r)
        return r;
    m_ranking->generation = generation;
    return {};
}

// A full build, read in slices of patients (by rowid, each slice its own statement: nothing is
// left open on the connection between two slices). Strings get provisional ids in the order
// met, sorted once at the end. Folding is the slow part and names repeat: each distinct shown
// name and given name is folded once.
struct PatientSearch::Builder
{
    struct Shown
    {
        qint32 joined, folded;
    };
    std::unique_ptr<Ranking> ranking = std::make_unique<Ranking>();
    qint64 lastId = -1;
    QHash<QString, qint32> interned;
    std::vector<QString> strings;
    QHash<QString, Shown> shownMemo;
    QHash<QString, qint32> givenMemo;
    QHash<QString, qint32> shownIds;  // strings of Ranking::shownText
    std::vector<qint32> surnameIds, givenIds;

    ~Builder()
    {
        // The names read stay only in the dictionary (wiped with it).
        for (QHash<QString, Shown>::iterator it = shownMemo.begin(); it != shownMemo.end(); ++it)
            if (QString& k = const_cast<QString&>(it.key()); k.isDetached())
                Ranking::wipeText(k);
        for (QHash<QString, qint32>::iterator it = givenMemo.begin(); it != givenMemo.end(); ++it)
            if (QString& k = const_cast<QString&>(it.key()); k.isDetached())
                Ranking::wipeText(k);
        for (QString& t : strings)
            Ranking::wipeText(t);
        for (QHash<QString, qint32>::iterator it = shownIds.begin(); it != shownIds.end(); ++it)
            if (QString& k = const_cast<QString&>(it.key()); k.isDetached())
                Ranking::wipeText(k);
    }
    qint32 intern(const QString& s)
    {
        auto it = interned.constFind(s);
        if (it != interned.cend())
            return *it;
        const qint32 id = qint32(strings.size());
        interned.insert(s, id);
        strings.push_back(s);
        return id;
    }
    void add(const Statement& q)
    {
        const qint64 id = q.integer(0);
        lastId = std::max(lastId, id);
        if (id < 0)
            return;
        Ranking& r = *ranking;
        r.ensureSize(id);
        Ranking::Entry e;
        surnameIds.clear();
        givenIds.clear();
        for (const QString& t : q.text(1).split(u' ', Qt::SkipEmptyParts))
            surnameIds.push_back(intern(t));
        for (const QString& t : q.text(2).split(u' ', Qt::SkipEmptyParts))
            givenIds.push_back(intern(t));
        r.setTokens(e, surnameIds, givenIds);
        const QString shown = shownName(q);
        auto s = shownMemo.constFind(shown);
        if (s == shownMemo.cend())
            s = shownMemo.insert(shown, Shown{intern(TextFold::joined(shown)), intern(TextFold::fold(shown))});
        e.displayJoined = s->joined;
        e.sortName = s->folded;
        const QString first = q.text(5);
        auto g = givenMemo.constFind(first);
        if (g == givenMemo.cend())
            g = givenMemo.insert(first, intern(TextFold::fold(first)));
        e.sortGiven = *g;
        e.present = true;
        r.entries[std::size_t(id)] = e;
        r.ensureShown(id);
        r.readShown(q, r.shown[std::size_t(id)], [&](const QString& t) {
            auto it = shownIds.constFind(t);
            if (it == shownIds.cend()) {
                it = shownIds.insert(t, qint32(r.shownText.size()));
                r.shownText.push_back(t);
            }
            return *it;
        });
    }
    // Alphabetical ids.
    std::unique_ptr<Ranking> finish()
    {
        std::vector<qint32> order(strings.size());
        for (qint32 i = 0; i < qint32(order.size()); ++i)
            order[std::size_t(i)] = i;
        std::sort(order.begin(), order.end(), [&](qint32 a, qint32 b) { return strings[std::size_t(a)] < strings[std::size_t(b)]; });
        std::vector<qint32> remap(strings.size());
        Ranking& r = *ranking;
        r.dictionary.reserve(qsizetype(strings.size()));
        for (qint32 i = 0; i < qint32(order.size()); ++i) {
            remap[std::size_t(order[std::size_t(i)])] = i;
            r.dictionary.append(std::move(strings[std::size_t(order[std::size_t(i)])]));
        }
        strings.clear();
        interned.clear();
        r.remap(remap);
        return std::move(ranking);
    }
};

// A full build on a worker thread, reading its own connection in one snapshot.
struct PatientSearch::Background
{
    std::thread thread;
    std::atomic<bool> done{false};
    std::atomic<bool> cancel{false};
    qint64 generation = 0;  // read on this connection when the log was current
    // Written by the worker before `done`, read after.
    std::unique_ptr<Ranking> ranking;
    std::optional<Error> error;

    ~Background()
    {
        cancel = true;  // a lock: the worker stops within a few thousand patients
        if (thread.joinable())
            thread.join();
    }
    void run(Database db)
    {
        if (auto r = read(db); r)
            ranking = std::move(*r);
        else
            error = r.error();
        db.close();
        done.store(true, std::memory_order_release);
    }
    Result<std::unique_ptr<Ranking>> read(Database& db)
    {
        // One snapshot (the log on the other connection has recorded every change since it).
        if (auto r = db.exec(QStringLiteral("BEGIN")); !r)
            return std::unexpected(r.error());
        auto q = db.prepare(QString::fromLatin1(kRankColumns) + QStringLiteral(" ORDER BY f.rowid"));
        if (!q)
            return std::unexpected(q.error());
        Builder builder;
        for (int n = 1;; ++n) {
            auto row = q->step();
            if (!row)
                return std::unexpected(row.error());
            if (!*row)
                break;
            builder.add(*q);
            if ((n & 1023) == 0 && cancel.load(std::memory_order_relaxed))
                return std::unexpected(Error{ErrorKind::Other, QStringLiteral("search ranking build cancelled")});
        }
        return builder.finish();
    }
};

PatientSearch::PatientSearch(Database& db) : m_db(db) { }
PatientSearch::PatientSearch(Vault& vault) : PatientSearch(vault.db()) { }
PatientSearch::~PatientSearch()
{
    m_background.reset();
    dropLog();
}

void PatientSearch::setBackgroundReader(ReaderFactory open) { m_openReader = std::move(open); }

Result<void> PatientSearch::startBackground(qint64 generation)
{
    m_background.reset();
    m_builder.reset();
    m_ranking.reset();  // unranked until the worker is done (a stale table would hide new patients)
    auto reader = m_openReader();
    if (!reader)
        return std::unexpected(reader.error());
    auto bg = std::make_unique<Background>();
    bg->generation = generation;
    Background* raw = bg.get();
    bg->thread = std::thread([raw, db = std::move(*reader)]() mutable { raw->run(std::move(db)); });
    m_background = std::move(bg);
    return {};
}

Result<bool> PatientSearch::pollBackground(bool wait)
{
    if (!m_background)
        return m_ranking != nullptr;
    if (!wait && !m_background->done.load(std::memory_order_acquire))
        return false;
    m_background->thread.join();
    std::unique_ptr<Background> bg = std::move(m_background);
    if (!bg->ranking) {
        // Built here from now on (in slices, or by the next search): slower, still right.
        qCWarning(lcVault) << "search ranking not built on the worker thread:" << (bg->error ? bg->error->message : QString());
        m_openReader = nullptr;
        return std::unexpected(bg->error.value_or(Error{ErrorKind::Other, QStringLiteral("search ranking not built")}));
    }
    m_ranking = std::move(bg->ranking);
    m_ranking->generation = bg->generation;
    ++m_stats.fullBuilds;
    ++m_stats.backgroundBuilds;
    m_dataVersion = -1;  // the next search applies what the log holds since the build began
    return true;
}

Result<void> PatientSearch::finishBackgroundBuild()
{
    auto r = pollBackground(true);
    if (!r)
        return std::unexpected(r.error());
    return {};
}

Result<bool> PatientSearch::buildSome(int rows)
{
    auto q = m_db.cached(QString::fromLatin1(kRankColumns) + QStringLiteral(" WHERE f.rowid > ? ORDER BY f.rowid LIMIT ?"));
    if (!q)
        return std::unexpected(q.error());
    (*q)->bind(1, m_builder->lastId).bind(2, rows);
    int read = 0;
    auto r = (*q)->each([&](const Statement& row) {
        m_builder->add(row);
        ++read;
    });
    (*q)->reset();
    if (!r) {
        m_builder.reset();
        return std::unexpected(r.error());
    }
    if (rows >= 0 && read == rows)
        return false;  // more to read
    m_ranking = m_builder->finish();
    m_builder.reset();
    ++m_stats.fullBuilds;
    return true;
}

Result<void> PatientSearch::buildRanking(qint64 generation)
{
    m_builder = std::make_unique<Builder>();
    m_builder->ranking->generation = generation;
    auto done = buildSome(-1);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<void> PatientSearch::rebuildInSlices(qint64 generation)
{
    m_ranking.reset();  // a stale table would hide the patients added: unranked until rebuilt
    m_builder = std::make_unique<Builder>();
    m_builder->ranking->generation = generation;
    auto done = buildSome(kSliceRows);
    if (!done)
        return std::unexpected(done.error());
    return {};
}

Result<bool> PatientSearch::prepareStep(int rows)
{
    if (m_background) {
        auto done = pollBackground(false);
        if (done)
            return done;
        // Failed: carried on in slices here (below).
    }
    if (m_ranking && !m_builder)
        return true;
    if (!m_builder) {
        if (sqlite3_get_autocommit(m_db.handle()) == 0)
            return false;  // a write is under way: start once it has ended
        auto gen = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'patients_generation'"));
        if (!gen)
            return std::unexpected(gen.error());
        // The log first: a patient changed between two slices (or while the worker reads) is
        // applied again after the last.
        dropLog();
        if (auto r = installLog(); !r)
            return std::unexpected(r.error());
        if (m_openReader) {
            if (auto r = startBackground(gen->isValid() ? gen->toLongLong() : 0); r)
                return false;
            else
                qCWarning(lcVault) << "search ranking built in slices: no second connection:" << r.error().message;
            m_openReader = nullptr;
        }
        m_builder = std::make_unique<Builder>();
        m_builder->ranking->generation = gen->isValid() ? gen->toLongLong() : 0;
    }
    auto done = buildSome(std::max(1, rows));
    if (done && *done)
        m_dataVersion = -1;  // the next search reads the log
    return done;
}

Result<void> PatientSearch::updateRanking(const QList<qint64>& ids)
{
    Ranking& rk = *m_ranking;
    auto q = m_db.cached(QString::fromLatin1(kRankColumns) + QStringLiteral(" WHERE f.rowid = ?"));
    if (!q)
        return std::unexpected(q.error());
    std::vector<RankRow> rows;
    QStringList added;  // strings the dictionary does not hold yet
    const auto need = [&](const QString& t) {
        if (rk.idOf(t) < 0)
            added.append(t);
    };
    for (const qint64 id : ids) {
        if (id < 0)
            continue;
        (*q)->reset();
        (*q)->bind(1, id);
        auto row = (*q)->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row) {  // deleted (or not indexed)
            if (std::size_t(id) < rk.entries.size()) {
                rk.entries[std::size_t(id)].present = false;
                rk.syncOrder(id);
            }
            continue;
        }
        rk.ensureShown(id);
        rk.readShown(**q, rk.shown[std::size_t(id)], [&rk](const QString& t) {
            rk.shownText.push_back(t);  // not deduplicated until the next full build
            return qint32(rk.shownText.size() - 1);
        });
        RankRow x;
        x.id = id;
        x.surnames = (*q)->text(1).split(u' ', Qt::SkipEmptyParts);
        x.given = (*q)->text(2).split(u' ', Qt::SkipEmptyParts);
        const QString shown = shownName(**q);
        x.displayJoined = TextFold::joined(shown);
        x.sortName = TextFold::fold(shown);
        x.sortGiven = TextFold::fold((*q)->text(5));
        for (const QString& t : std::as_const(x.surnames))
            need(t);
        for (const QString& t : std::as_const(x.given))
            need(t);
        need(x.displayJoined);
        need(x.sortName);
        need(x.sortGiven);
        rows.push_back(std::move(x));
    }
    (*q)->reset();
    if (!added.isEmpty()) {
        // New strings merged into the dictionary in one pass; every id above an insertion point
        // moves up by the number of strings inserted below it (the order of ids stays alphabetical).
        std::sort(added.begin(), added.end());
        added.erase(std::unique(added.begin(), added.end()), added.end());
        std::vector<qint32> remap(std::size_t(rk.dictionary.size()));
        QStringList merged;
        merged.reserve(rk.dictionary.size() + added.size());
        qsizetype a = 0;
        for (qsizetype i = 0; i < rk.dictionary.size(); ++i) {
            while (a < added.size() && added.at(a) < rk.dictionary.at(i))
                merged.append(added.at(a++));
            remap[std::size_t(i)] = qint32(merged.size());
            merged.append(std::move(rk.dictionary[i]));
        }
        while (a < added.size())
            merged.append(added.at(a++));
        rk.dictionary = std::move(merged);
        rk.remap(remap);
    }
    std::vector<qint32> surnameIds, givenIds;
    for (RankRow& x : rows) {
        rk.ensureSize(x.id);
        Ranking::Entry e;
        surnameIds.clear();
        givenIds.clear();
        for (const QString& t : std::as_const(x.surnames))
            surnameIds.push_back(rk.idOf(t));
        for (const QString& t : std::as_const(x.given))
            givenIds.push_back(rk.idOf(t));
        rk.setTokens(e, surnameIds, givenIds);  // a replaced overflow slice is left unused
        e.displayJoined = rk.idOf(x.displayJoined);
        e.sortName = rk.idOf(x.sortName);
        e.sortGiven = rk.idOf(x.sortGiven);
        e.present = true;
        rk.entries[std::size_t(x.id)] = e;
        rk.syncOrder(x.id);
        Ranking::wipeText(x.sortName);
        Ranking::wipeText(x.sortGiven);
    }
    ++m_stats.incrementalUpdates;
    m_stats.patientsUpdated += qint64(rows.size());
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
    static const Ranking kNone;  // until a build in slices ends: every match, by patient id
    const bool ranked = m_ranking != nullptr;
    const Ranking& rk = ranked ? *m_ranking : kNone;
    // The hits are copied from the ranking table when it is current: outside a write under way
    // (inside one the table follows afterwards, and the rows are read from the file meanwhile).
    // Then the search is one statement, its own read transaction; otherwise one snapshot for
    // the matches and the rows read.
    const bool fromMemory = ranked && sqlite3_get_autocommit(m_db.handle()) != 0;
    std::optional<ReadSnapshot> snapshot;
    if (!fromMemory)
        snapshot.emplace(m_db);
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
        qint32 sortName, sortGiven;
    };
    // Best first: score, then the alphabetical order of the name shown, the first given name and
    // the patient id (a total order: the same hits whatever order the matches come in).
    const auto better = [](const Scored& a, const Scored& b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.sortName != b.sortName)
            return a.sortName < b.sortName;
        return a.sortGiven != b.sortGiven ? a.sortGiven < b.sortGiven : a.id < b.id;
    };
    // Only the best `limit` are kept. A match below the worst of them costs one comparison; the
    // others are appended to a buffer of 2 × `limit`, cut back to the best `limit` when full (one
    // partial sort per many insertions, where a heap cost a logarithmic number of comparisons and
    // moves for each of the matches that enter: hundreds per search).
    const std::size_t keep = std::size_t(std::max(0, limit));
    const std::size_t capacity = std::max<std::size_t>(2 * keep, 64);
    std::vector<Scored> top;
    top.reserve(capacity);
    Scored worst{};
    bool full = false;
    const auto cut = [&] {
        std::nth_element(top.begin(), top.begin() + qsizetype(keep) - 1, top.end(), better);
        top.resize(keep);
        worst = top.back();  // the keep-th best: the others are better
        full = true;
    };
    const auto offer = [&](const Scored& s) {
        if (keep == 0 || (full && !better(s, worst)))
            return;
        top.push_back(s);
        if (!full && top.size() == keep) {
            worst = *std::max_element(top.begin(), top.end(), better);  // a first bar, at once
            full = true;
        } else if (top.size() == capacity) {
            cut();
        }
    };
    // Branch-free: which token of a patient matches varies from one patient to the next.
    const auto classOf = [](qint32 t, const Word& w, int exact, int prefix) {
        return t == w.exact ? exact : (quint32(t - w.lo) < quint32(w.hi - w.lo) ? prefix : 0);
    };
    const bool bonus = !words.empty();
    // The highest score any patient can get for this query. Once the worst of the best kept has
    // it, a match can only enter with the same score and a name earlier in the alphabet: one
    // whose order key (names' ids, read from the dense `order`) comes after the worst's is
    // counted and left unscored.
    int highest = 0;
    for (const Word& w : words)
        highest += w.exact >= 0 ? 40 : (w.hi > w.lo ? 12 : 0);
    if (wholeId >= 0)
        highest += 50;
    if (bonus && firstWord.hi > firstWord.lo)
        highest += 5;
    const auto hopeless = [&](quint64 key, std::size_t id) {
        if (!full || worst.score != highest)
            return false;
        const quint64 bar = Ranking::orderKey(worst.sortName, worst.sortGiven);
        return key > bar || (key == bar && qint64(id) > worst.id);
    };
    const auto scoreOf = [&](qint64 id) {
        const Ranking::Entry& e = rk.entries[std::size_t(id)];
        const qint32* t = rk.tokensOf(e);
        const int surnames = e.surnames, count = e.count();
        int score = 0;
        for (const Word& w : words) {
            int best = 0;
            for (int i = 0; i < surnames; ++i)
                best = std::max(best, classOf(t[i], w, 40, 12));
            for (int i = surnames; i < count; ++i)
                best = std::max(best, classOf(t[i], w, 25, 8));
            score += best;
        }
        if (wholeId >= 0) {
            bool whole = false;
            for (int i = 0; i < surnames; ++i)
                whole |= t[i] == wholeId;
            score += whole ? 50 : 0;  // the whole query is a surname ("le goff" for Le Goff, "ndiaye" for N'Diaye)
        }
        if (bonus && quint32(e.displayJoined - firstWord.lo) < quint32(firstWord.hi - firstWord.lo))
            score += 5;  // the name shown first matches, above a maiden-name-only match
        offer({id, score, e.sortName, e.sortGiven});
    };
    // First every match's id, then the scoring in a loop of its own. The matches' entries are
    // spread over the whole table: a cache and TLB miss each (most of the search's own time).
    // Fetched ahead inside SQLite's loop, each miss waited alone (SQLite's work between two
    // matches fills the processor's window); in a tight loop, kAhead of them are in flight at once.
    m_matches.clear();
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        m_matches.push_back(stmt->integer(0));
    }
    if (!ranked) {
        result.total = int(m_matches.size());
        for (const qint64 id : m_matches)
            offer({id, 0, 0, 0});
    } else {
        constexpr std::size_t kAhead = 16;
        const std::size_t n = m_matches.size(), size = rk.entries.size();
        const qint64* ids = m_matches.data();
        const quint64* order = rk.order.data();
        for (std::size_t i = 0; i < n; ++i) {
            // Two stages: the order key 2 × kAhead ahead (8 MB at 1M patients: a miss too), then
            // the entry kAhead ahead if the key leaves it a chance.
            if (i + 2 * kAhead < n && std::size_t(ids[i + 2 * kAhead]) < size)
                __builtin_prefetch(&order[std::size_t(ids[i + 2 * kAhead])]);
            if (i + kAhead < n) {
                const std::size_t ahead = std::size_t(ids[i + kAhead]);
                if (ahead < size && order[ahead] != Ranking::kAbsent && !hopeless(order[ahead], ahead))
                    __builtin_prefetch(&rk.entries[ahead]);
            }
            const std::size_t id = std::size_t(ids[i]);
            if (id >= size || order[id] == Ranking::kAbsent)
                continue;  // added or changed meanwhile: the next search sees it
            ++result.total;
            if (!hopeless(order[id], id))
                scoreOf(qint64(id));
        }
    }
    if (keep == 0)
        top.clear();
    else if (top.size() > keep)
        cut();
    std::sort(top.begin(), top.end(), better);
    result.hits.reserve(qsizetype(top.size()));
    for (const Scored& s : top) {
        PatientHit h;
        h.id = s.id;
        h.score = s.score;
        if (fromMemory)
            rk.fillHit(h);
        result.hits.append(std::move(h));
    }
    if (!fromMemory) {
        if (auto r = fetchHits(result.hits); !r)
            return std::unexpected(r.error());
    }
    return result;
}

Result<void> PatientSearch::fetchHits(QList<PatientHit>& hits)
{
    if (hits.isEmpty())
        return {};
    // One prepared statement stepped once per hit, in the order shown: a primary-key lookup each
    // (no JSON list, no temporary index, no reordering).
    auto cachedQ = m_db.cached(QStringLiteral("SELECT birth_name, used_name, first_given_name, used_given_name, sex, birth_date, "
                                              "matricule, identity_status, origin, demo FROM patient WHERE id = ?"));
    if (!cachedQ)
        return std::unexpected(cachedQ.error());
    Statement* q = *cachedQ;
    for (PatientHit& h : hits) {
        q->reset();
        q->bind(1, h.id);
        auto row = q->step();
        if (!row) {
            q->reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            continue;  // deleted meanwhile: the next search no longer finds it
        h.birthName = q->text(0);
        h.usedName = q->text(1);
        h.firstGivenName = q->text(2);
        h.usedGivenName = q->text(3);
        h.sex = sexFromCode(q->text(4)).value_or(Sex::Unknown);
        h.birthDate = isoDate(q->text(5));
        h.matricule = q->text(6);
        h.identityStatus = identityStatusFromCode(q->text(7)).value_or(IdentityStatus::Prov);
        h.origin = q->text(8) == u"imported" ? Origin::Imported : Origin::Local;
        h.demo = q->integer(9) != 0;
    }
    q->reset();
    return {};
}

} // namespace relais
