// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/Patient.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace relais {

class Database;

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
// prefix is an id range) rebuilt when patients change, and wiped when the object goes (lock).
class PatientSearch
{
public:
    static constexpr int kDefaultLimit = 50;

    explicit PatientSearch(Database& db);
    ~PatientSearch();
    PatientSearch(const PatientSearch&) = delete;
    PatientSearch& operator=(const PatientSearch&) = delete;

    Result<SearchResult> search(const QString& query, int limit = kDefaultLimit);
    // Builds the ranking table now (at unlock), so that the first keystroke is as fast as the rest.
    Result<void> prepare() { return refreshRanking(); }

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
    Result<void> refreshRanking();
    Result<void> fetchHits(QList<PatientHit>& hits);

    Database& m_db;
    std::unique_ptr<Ranking> m_ranking;
};

} // namespace relais
