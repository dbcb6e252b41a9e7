// SPDX-License-Identifier: GPL-3.0-or-later
// One-box search over a vault of demo patients: median and 95th percentile of Relais's search
// (parse, FTS, ranking, top 50) beside the bare FTS query (same MATCH, every matching rowid, no
// row read: the strict baseline) and beside that query plus the columns shown read for 50 of
// the matches, in the same run. The vault is locked and unlocked again first, as at the practice.
#include "common/Clock.h"
#include "common/Logging.h"
#include "demo/DemoData.h"
#include "records/PatientSearch.h"
#include "records/PatientStore.h"
#include "storage/ConnectionSettings.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace relais;

namespace {

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}

// The bare query: what SQLite alone needs to find the matching rows. The same SQL Relais runs
// to find the rows, without ranking or fetching; `readIds` reads each rowid it returns (a
// query for ids is only useful if they are read), otherwise the rows are only counted (the
// earlier baseline, printed too).
qint64 bare(Database& db, const QString& query, bool readIds = true)
{
    QVariantList args;
    auto st = db.cached(PatientSearch::matchSql(PatientSearch::parse(query), args));  // prepared once, like Relais
    (*st)->bindAll(args);
    qint64 n = 0;
    while (*(*st)->step())
        n += readIds ? (*st)->integer(0) : 1;
    return n;
}

// The bare query, then the columns shown read for its first `limit` matches, in one read
// transaction: the least any search must do that counts every match and shows `limit` of
// them (no ranking: the first matches by patient id).
int bareWithRows(Database& db, const QString& query, int limit)
{
    (void)db.exec(QStringLiteral("BEGIN"));
    QVariantList args;
    auto st = db.cached(PatientSearch::matchSql(PatientSearch::parse(query), args));
    (*st)->bindAll(args);
    int n = 0;
    QList<qint64> ids;
    while (*(*st)->step()) {
        if (n++ < limit)
            ids.append((*st)->integer(0));
    }
    auto row = db.cached(QStringLiteral("SELECT birth_name, used_name, first_given_name, used_given_name, sex, birth_date, "
                                        "matricule, identity_status, origin, demo FROM patient WHERE id = ?"));
    qsizetype chars = 0;
    for (const qint64 id : ids) {
        (*row)->reset();
        (*row)->bind(1, id);
        if (*(*row)->step())
            for (int c = 0; c < 9; ++c)
                chars += (*row)->text(c).size();
    }
    (*row)->reset();
    (void)db.exec(QStringLiteral("COMMIT"));
    return n + int(chars % 2);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    configureLogging(false, true);
    const int patients = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    const int reps = 15;
    QTemporaryDir dir;
    const char pass[] = "correct horse battery staple relais";
    auto created = Vault::create(dir.filePath(QStringLiteral("s.vault")), QStringLiteral("bench"), SecureBytes(pass, sizeof pass - 1),
                                 KdfParams::fastForTests(), SystemClock::instance());
    if (!created)
        return 1;
    QElapsedTimer t;
    t.start();
    {
        PatientStore store(*created->vault);
        Transaction tx(created->vault->db());
        (void)tx.begin();
        if (!DemoData(2026).fill(store, patients, QDate::currentDate()))
            return 1;
        (void)tx.commit();
    }
    std::printf("bench_search: %d demo patients generated and indexed in %.1f s\n", patients, double(t.elapsed()) / 1000);
    (void)created->vault->db().scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    // Locked and unlocked again, as the practice's vault is: the connection then has the page
    // cache sized for this file (ConnectionSettings), and nothing of the generation is cached.
    const QString path = created->vault->path();
    created->vault.reset();
    auto opened = Vault::open(path, SecureBytes(pass, sizeof pass - 1), SlotKind::Passphrase, SystemClock::instance());
    if (!opened) {
        std::printf("unlock failed: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Vault& vault = **opened;
    PatientStore store(vault);
    std::printf("vault file %.1f MiB, page cache %lld MiB (%s)\n", double(QFileInfo(vault.path()).size()) / 1048576,
                static_cast<long long>(-vault.db().scalar(QStringLiteral("PRAGMA cache_size"))->toLongLong() / 1024),
                "as at unlock");

    const QStringList queries{QStringLiteral("mar"), QStringLiteral("martin"), QStringLiteral("le goff"), QStringLiteral("hen"),
                              QStringLiteral("zoé mar"), QStringLiteral("ndiaye"), QStringLiteral("dup"), QStringLiteral("jean"),
                              QStringLiteral("lef"), QStringLiteral("béranger anaïs"), QStringLiteral("12/03/1954"),
                              QStringLiteral("1954"), QStringLiteral("martin 1954"), QStringLiteral("2 54"),
                              QStringLiteral("06 12"), QStringLiteral("da silva"), QStringLiteral("b"), QStringLiteral("chatelain")};
    {
        // As the application does at unlock: built on a worker thread with its own connection,
        // while the GUI thread only starts it, then looks now and then whether it has ended.
        PatientSearch background(vault.db());
        background.setBackgroundReader([&vault] { return vault.openReader(); });
        t.restart();
        auto started = background.prepareStep();
        const double startMs = double(t.nsecsElapsed()) / 1e6;
        QElapsedTimer s;
        s.start();
        auto during = background.search(QStringLiteral("mar"));
        const double duringMs = double(s.nsecsElapsed()) / 1e6;
        const bool rankedDuring = during && !during->hits.isEmpty() && during->hits.first().score > 0;
        auto finished = background.finishBackgroundBuild();
        std::printf("ranking table built on a worker thread in %.0f ms (%s); GUI thread: %.1f ms to start it, a search "
                    "meanwhile %.2f ms (%s, %d matches)\n",
                    double(t.nsecsElapsed()) / 1e6, started && finished ? "ok" : "failed", startMs, duringMs,
                    rankedDuring ? "ranked" : "unranked", during ? during->total : -1);
    }
    PatientSearch search(vault.db());
    t.restart();
    (void)search.search(QStringLiteral("x"));  // without a worker: the first search builds it on its own thread
    std::printf("ranking table built on the calling thread in %.0f ms (without a worker)\n", double(t.nsecsElapsed()) / 1e6);

    // One change of each kind, then the next search: the ranking follows without a rebuild.
    const auto timedSearch = [&](const char* what) {
        t.restart();
        auto r = search.search(QStringLiteral("mar"));
        std::printf("  first search after %-28s %7.2f ms (%s)\n", what, double(t.nsecsElapsed()) / 1e6, r ? "ok" : "failed");
    };
    {
        Patient p;
        p.birthName = QStringLiteral("Zyxwabench");
        p.firstGivenName = QStringLiteral("Quentin");
        p.birthGivenNames = {p.firstGivenName};
        p.birthDate = QDate(1970, 1, 1);
        p.sex = Sex::Male;
        auto id = store.create(p, IdentityStatus::Prov);
        timedSearch("a patient created:");
        auto stored = id ? store.get(*id) : Result<Patient>(std::unexpected(id.error()));
        if (stored) {
            stored->usedName = QStringLiteral("Marbench");
            if (auto u = store.update(*stored, stored->identityStatus); !u)
                std::printf("  update refused: %s\n", qPrintable(u.error().message));
        }
        timedSearch("a patient renamed:");
        if (id) {
            for (const char* sql : {"DELETE FROM patient_fts WHERE rowid = ?", "DELETE FROM patient WHERE id = ?"}) {
                auto del = vault.db().prepare(QString::fromLatin1(sql));
                del->bind(1, *id);
                (void)del->run();
            }
        }
        timedSearch("a patient deleted:");
    }
    std::printf("  ranking: %d full build(s), %d incremental update(s) of %lld patient(s)\n", search.stats().fullBuilds,
                search.stats().incrementalUpdates, static_cast<long long>(search.stats().patientsUpdated));
    // RELAIS_BENCH_PROFILE=N: N more passes over the queries first, for a profiler to see them.
    for (int round = qEnvironmentVariableIntValue("RELAIS_BENCH_PROFILE"); round > 0; --round)
        for (const QString& q : queries)
            (void)search.search(q);
    QList<double> relais, raw, rawCount, rawRows;
    std::printf("  %-16s %8s %10s %10s %12s %12s\n", "query", "matches", "relais ms", "bare ms", "bare+rows ms",
                "count-only ms");
    for (const QString& q : queries) {
        (void)search.search(q);  // warm the page cache for all three
        (void)bare(vault.db(), q);
        (void)bareWithRows(vault.db(), q, PatientSearch::kDefaultLimit);
        (void)bare(vault.db(), q, false);
        QList<double> r1, b1, w1, c1;
        int total = 0;
        for (int i = 0; i < reps; ++i) {
            t.restart();
            auto r = search.search(q);
            r1.append(double(t.nsecsElapsed()) / 1e6);
            total = r ? r->total : -1;
            t.restart();
            (void)bare(vault.db(), q);
            b1.append(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            (void)bareWithRows(vault.db(), q, PatientSearch::kDefaultLimit);
            w1.append(double(t.nsecsElapsed()) / 1e6);
            t.restart();
            (void)bare(vault.db(), q, false);
            c1.append(double(t.nsecsElapsed()) / 1e6);
        }
        relais += r1;
        raw += b1;
        rawRows += w1;
        rawCount += c1;
        std::printf("  %-16s %8d %10.2f %10.2f %12.2f %12.2f\n", qPrintable(q), total, percentile(r1, 0.5), percentile(b1, 0.5),
                    percentile(w1, 0.5), percentile(c1, 0.5));
    }
    const double rm = percentile(relais, 0.5), bm = percentile(raw, 0.5), wm = percentile(rawRows, 0.5);
    std::printf("all queries: relais median %.2f ms, p95 %.2f ms | bare FTS median %.2f ms, p95 %.2f ms | ratio of medians %.2fx\n",
                rm, percentile(relais, 0.95), bm, percentile(raw, 0.95), rm / bm);
    std::printf("             bare FTS + the %d rows shown: median %.2f ms, p95 %.2f ms | relais / that %.2fx\n",
                PatientSearch::kDefaultLimit, wm, percentile(rawRows, 0.95), rm / wm);
    const double cm = percentile(rawCount, 0.5);
    std::printf("             bare FTS, rows counted, ids not read: median %.2f ms, p95 %.2f ms | relais / that %.2fx\n", cm,
                percentile(rawCount, 0.95), rm / cm);
    return 0;
}
