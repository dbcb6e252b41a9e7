// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/Patient.h"
#include "storage/Sqlite.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

namespace relais {

class Database;
class Vault;

struct PatientHit
{
    qint64 id = 0;
    QString birthName;
    QString usedName;
    QString firstGivenName;
    QString usedGivenName;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString matricule;
    IdentityStatus identityStatus = IdentityStatus::Prov;
    Origin origin = Origin::Local;
    bool demo = false;
    int score = 0;
    QString displayName() const;
};

struct SearchResult
{
    QList<PatientHit> hits;  // best first, at most the limit
    int total = 0;           // all matches
};

// The one-box search: name prefixes (accent-, case-, hyphen-insensitive), dates of birth
// (12/03/1954, 12031954, 1954) and digits of the NIR or a phone number, all combined.
// FTS5 finds the matches; ranking uses an in-memory table of token ids (alphabetical, so a
// prefix is an id range and the alphabetical order of names an order of ids), built once and
// then updated for the patients that changed, wiped when the object goes (lock). The changes
// are logged by temporary triggers on this connection (inserted, updated, deleted patients);
// a change made through another connection is seen through the patients' generation counter
// and costs a full build. The same table keeps the columns a hit shows (names, sex, date of
// birth, matricule, status, origin, demo flag), so a search reads only the FTS matches from the
// file; inside a write under way on this connection the hits are read from the file instead.
class PatientSearch
{
public:
    static constexpr int kDefaultLimit = 50;

    explicit PatientSearch(Database& db);
    explicit PatientSearch(Vault& vault);
    ~PatientSearch();
    PatientSearch(const PatientSearch&) = delete;
    PatientSearch& operator=(const PatientSearch&) = delete;

    Result<SearchResult> search(const QString& query, int limit = kDefaultLimit);
    // Builds the ranking table now, so that the first keystroke is as fast as the rest.
    Result<void> prepare() { return refreshRanking(); }
    // The same in slices, for the GUI at unlock: each call reads at most `rows` patients (a few
    // tens of milliseconds for 5,000), and the caller's event loop runs between two calls. Until
    // the last one a search answers unranked (every match, by patient id) after reading one more
    // slice itself. True when ready.
    static constexpr int kSliceRows = 5000;
    Result<bool> prepareStep(int rows = kSliceRows);

    // A second connection to the same vault (same key), opened on this thread when a full build
    // is due: with it, prepareStep() and a search needing a full build (unlock, a large import)
    // start it on a worker thread, reading that connection, and only look whether it has ended;
    // searches meanwhile answer unranked at once. The changes made meanwhile on this connection
    // are logged and applied when the table is taken over. Without it, builds run in slices.
    using ReaderFactory = std::function<Result<Database>()>;
    void setBackgroundReader(ReaderFactory open);
    bool buildingInBackground() const { return m_background != nullptr; }
    // Waits for a build under way on the worker thread and takes it over (tests, benchmarks).
    Result<void> finishBackgroundBuild();

    // How the ranking table was kept up to date so far (tests and benchmarks).
    struct Stats
    {
        int fullBuilds = 0;
        int backgroundBuilds = 0;  // of which on the worker thread
        int incrementalUpdates = 0;
        qint64 patientsUpdated = 0;  // by the incremental updates
    };
    const Stats& stats() const { return m_stats; }

    // How the box's text is understood (exposed for tests).
    struct Parsed
    {
        QStringList words;    // folded name words
        QStringList digits;   // NIR / phone prefixes
        QDate date;           // exact date of birth
        int year = 0;         // year of birth
        bool isEmpty() const { return words.isEmpty() && digits.isEmpty() && !date.isValid() && year == 0; }
    };
    static Parsed parse(const QString& query);
    // The FTS5 MATCH expression for the name and digit parts (empty when there are none).
    static QString ftsExpression(const Parsed& parsed);
    // The SQL (and its arguments) that finds the matching patient ids: the bare query that the
    // ranking is measured against.
    static QString matchSql(const Parsed& parsed, QVariantList& args);

private:
    struct Ranking;
    struct Builder;
    struct Background;
    Result<void> startBackground(qint64 generation);
    Result<bool> pollBackground(bool wait);
    Result<void> refreshRanking();
    Result<bool> buildSome(int rows);
    Result<void> rebuildInSlices(qint64 generation);
    Result<void> refreshFrom(qint64 generation);
    Result<void> buildRanking(qint64 generation);
    Result<void> updateRanking(const QList<qint64>& ids);
    Result<void> installLog();
    void dropLog();
    Result<void> fetchHits(QList<PatientHit>& hits);

    Database& m_db;
    std::unique_ptr<Ranking> m_ranking;
    std::unique_ptr<Builder> m_builder;  // a full build under way
    ReaderFactory m_openReader;
    std::unique_ptr<Background> m_background;  // a full build under way on a worker thread
    QString m_log;        // this object's temporary change log (empty until installed)
    qint64 m_logSeq = 0;  // last entry of the log already applied
    qint64 m_dataVersion = -1;   // PRAGMA data_version and the connection's total changes at the
    qint64 m_totalChanges = -1;  // last refresh: while both stay, nothing changed
    Stats m_stats;
    std::vector<qint64> m_matches;  // a search's matching ids (kept: no allocation per search)
};

} // namespace relais
