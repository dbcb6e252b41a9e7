// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshot import throughput: a generated Bulk Data export (NDJSON, about ten resources per
// patient) imported into a vault, beside a bare SQLCipher bulk insert of the same rows (one
// table, raw JSON) in the same run. Prints resources/s, the ratio and the peak RSS.
#include "common/Clock.h"
#include "common/Logging.h"
#include "demo/DemoData.h"
#include "interop/FhirReader.h"
#include "interop/SnapshotImporter.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <cstdio>

using namespace relais;

namespace {

long peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// CPU time (user + system) of this process so far, in seconds: on a shared machine the wall
// clock also counts the time other processes had the CPU.
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double fileMiB(const QString& path)
{
    double bytes = 0;
    for (const QString& suffix : {QString(), QStringLiteral("-wal")})
        bytes += double(QFileInfo(path + suffix).size());
    return bytes / (1024 * 1024);
}

QJsonObject ref(const QString& id) { return {{QStringLiteral("reference"), QString(QStringLiteral("Patient/") + id)}}; }

// Writes the export file by file, line by line: memory stays flat however large it is.
qint64 generate(const QString& dir, int patients)
{
    const QStringList types{QStringLiteral("Patient"), QStringLiteral("AllergyIntolerance"), QStringLiteral("Condition"),
                            QStringLiteral("MedicationStatement"), QStringLiteral("Observation"), QStringLiteral("Encounter")};
    QHash<QString, QFile*> files;
    for (const QString& t : types) {
        auto* f = new QFile(dir + u'/' + t + QStringLiteral(".ndjson"));
        f->open(QIODevice::WriteOnly);
        files.insert(t, f);
    }
    DemoData demo(99);
    const QDate today(2026, 11, 23);
    qint64 count = 0;
    const auto put = [&](const QString& type, const QJsonObject& o) {
        files.value(type)->write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        ++count;
    };
    for (int i = 0; i < patients; ++i) {
        const Patient p = demo.patient(i, today);
        const QString id = QStringLiteral("pt%1").arg(i);
        put(QStringLiteral("Patient"),
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Patient")}, {QStringLiteral("id"), id},
                        {QStringLiteral("identifier"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:oid:1.2.250.1.213.1.4.11")},
                                                                             {QStringLiteral("value"), p.matricule}}}},
                        {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("use"), QStringLiteral("official")},
                                                                       {QStringLiteral("family"), p.birthName},
                                                                       {QStringLiteral("given"), QJsonArray::fromStringList(p.birthGivenNames)}}}},
                        {QStringLiteral("gender"), p.sex == Sex::Male ? QStringLiteral("male") : QStringLiteral("female")},
                        {QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate)}});
        put(QStringLiteral("AllergyIntolerance"),
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")}, {QStringLiteral("id"), QString(id + QStringLiteral("-a"))},
                        {QStringLiteral("patient"), ref(id)}, {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Pénicillines")}}}});
        for (int k = 0; k < 2; ++k)
            put(QStringLiteral("Condition"),
                QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Condition")}, {QStringLiteral("id"), QString(id + QStringLiteral("-c%1").arg(k))},
                            {QStringLiteral("subject"), ref(id)}, {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Hypertension artérielle")}}}});
        put(QStringLiteral("MedicationStatement"),
            QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")}, {QStringLiteral("id"), QString(id + QStringLiteral("-m"))},
                        {QStringLiteral("status"), QStringLiteral("active")}, {QStringLiteral("subject"), ref(id)},
                        {QStringLiteral("medicationCodeableConcept"), QJsonObject{{QStringLiteral("text"), QStringLiteral("RAMIPRIL 5 mg")}}},
                        {QStringLiteral("dosage"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("1 comprimé le matin")}}}}});
        for (int k = 0; k < 2; ++k)
            put(QStringLiteral("Observation"),
                QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Observation")}, {QStringLiteral("id"), QString(id + QStringLiteral("-o%1").arg(k))},
                            {QStringLiteral("subject"), ref(id)}, {QStringLiteral("effectiveDateTime"), QStringLiteral("2026-0%1-15").arg(k + 1)},
                            {QStringLiteral("code"), QJsonObject{{QStringLiteral("coding"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                                                                                                                   {QStringLiteral("code"), QStringLiteral("29463-7")}}}}}},
                            {QStringLiteral("valueQuantity"), QJsonObject{{QStringLiteral("value"), 60 + k}, {QStringLiteral("code"), QStringLiteral("kg")}}}});
        for (int k = 0; k < 3; ++k)
            put(QStringLiteral("Encounter"),
                QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Encounter")}, {QStringLiteral("id"), QString(id + QStringLiteral("-e%1").arg(k))},
                            {QStringLiteral("status"), QStringLiteral("finished")}, {QStringLiteral("subject"), ref(id)},
                            {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), QStringLiteral("2025-0%1-10T09:00:00Z").arg(k + 1)}}},
                            {QStringLiteral("reasonCode"), QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("Renouvellement")}}}}});
    }
    qDeleteAll(files);
    return count;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    configureLogging(false, true);
    const int patients = argc > 1 ? std::max(100, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;
    const QString exportDir = dir.filePath(QStringLiteral("export"));
    QDir().mkpath(exportDir);
    QElapsedTimer t;
    t.start();
    const qint64 resources = generate(exportDir, patients);
    std::printf("bench_import: %d patients, %lld resources generated in %.1f s (peak RSS so far %ld MiB)\n", patients,
                static_cast<long long>(resources), double(t.elapsed()) / 1000, peakRssMiB());

    // Baseline: the same lines into one table of an encrypted file, one transaction, one statement.
    {
        const SecureBytes key = SecureBytes::random(kKeyBytes);
        auto db = Database::open(dir.filePath(QStringLiteral("bare.db")), &key, true);
        (void)db->exec(QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE r(id INTEGER PRIMARY KEY, type TEXT, json TEXT)"));
        t.restart();
        double cpu = cpuSeconds();
        Transaction tx(*db);
        (void)tx.begin();
        auto ins = db->prepare(QStringLiteral("INSERT INTO r(type, json) VALUES (?, ?)"));
        for (const QString& f : QDir(exportDir).entryList({QStringLiteral("*.ndjson")})) {
            QFile in(exportDir + u'/' + f);
            in.open(QIODevice::ReadOnly);
            while (!in.atEnd()) {
                const QByteArray line = in.readLine();
                ins->reset();
                ins->bindAll({f, QString::fromUtf8(line)});
                (void)ins->run();
            }
        }
        (void)tx.commit();
        const double s = double(t.elapsed()) / 1000;
        std::printf("  bare SQLCipher bulk insert: %.1f s, %.0f rows/s (CPU %.1f s, file %.0f MiB)\n", s, double(resources) / s,
                    cpuSeconds() - cpu, fileMiB(dir.filePath(QStringLiteral("bare.db"))));
        const double bareRate = double(resources) / s;

        // Breakdown: reading and parsing the same files, nothing written.
        t.restart();
        cpu = cpuSeconds();
        qint64 parsed = 0;
        for (const QString& f : QDir(exportDir).entryList({QStringLiteral("*.ndjson")})) {
            QFile in(exportDir + u'/' + f);
            in.open(QIODevice::ReadOnly);
            auto n = FhirReader::read(in, f, [](const rapidjson::Value&, const SourceLocation&) -> Result<bool> { return true; });
            parsed += n ? *n : 0;
        }
        std::printf("  parse only (FhirReader, no writes): %.1f s, %.0f resources/s (CPU %.1f s)\n", double(t.elapsed()) / 1000,
                    double(parsed) / (double(t.elapsed()) / 1000), cpuSeconds() - cpu);

        const char pass[] = "correct horse battery staple relais";
        auto vault = Vault::create(dir.filePath(QStringLiteral("v.vault")), QStringLiteral("bench"), SecureBytes(pass, sizeof pass - 1),
                                   KdfParams::fastForTests(), SystemClock::instance());
        auto sources = SnapshotImporter::sourcesFromPaths({exportDir});
        t.restart();
        cpu = cpuSeconds();
        auto summary = SnapshotImporter(*vault->vault).run(*sources, {});
        const double is = double(t.elapsed()) / 1000;
        cpu = cpuSeconds() - cpu;
        if (!summary) {
            std::printf("import failed: %s\n", qPrintable(summary.error().message));
            return 1;
        }
        std::printf("  Relais import: %.1f s, %.0f resources/s (%.2fx the bare insert rate) (CPU %.1f s, file %.0f MiB)\n", is,
                    double(summary->resources) / is, (double(summary->resources) / is) / bareRate, cpu,
                    fileMiB(dir.filePath(QStringLiteral("v.vault"))));
        for (const QString& l : summary->lines())
            std::printf("    %s\n", qPrintable(l));

        std::printf("  peak RSS after the import: %ld MiB\n", peakRssMiB());

        // Second baseline: the rows this import stored, with nothing to parse, check or compare:
        // read back into memory table by table, then inserted by prepared statements into a new
        // vault with the same schema (same tables, triggers and search index), one transaction,
        // the tables' indexes dropped first and built again after the rows (as a bulk load is
        // done, and as the import does), with the same 64 MiB page cache. It shows what storing
        // these rows costs beside the single-table insert above.
        {
            auto fresh = Vault::create(dir.filePath(QStringLiteral("rows.vault")), QStringLiteral("bench"),
                                       SecureBytes(pass, sizeof pass - 1), KdfParams::fastForTests(), SystemClock::instance());
            Database& from = vault->vault->db();
            Database& to = fresh->vault->db();
            const QStringList tables{QStringLiteral("patient"), QStringLiteral("patient_fts"), QStringLiteral("allergy"),
                                     QStringLiteral("antecedent"), QStringLiteral("ald"), QStringLiteral("treatment"),
                                     QStringLiteral("measurement"), QStringLiteral("consultation"), QStringLiteral("appointment")};
            double insertSecs = 0, insertCpu = 0;
            qint64 rows = 0;
            (void)to.exec(QStringLiteral("PRAGMA cache_size = -65536"));
            Transaction tx2(to);
            (void)tx2.begin();
            QStringList indexes, names;
            {
                auto q = to.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN "
                                                   "('patient','allergy','antecedent','ald','treatment','measurement','consultation','appointment')"));
                (void)q->each([&](const Statement& st) {
                    names.append(st.text(0));
                    indexes.append(st.text(1));
                });
            }
            for (const QString& n : std::as_const(names))
                (void)to.exec(QStringLiteral("DROP INDEX \"%1\"").arg(n));
            for (const QString& table : tables) {
                const bool fts = table == QLatin1String("patient_fts");
                auto read = from.prepare(fts ? QStringLiteral("SELECT rowid, surnames, given, digits FROM patient_fts")
                                             : QStringLiteral("SELECT * FROM ") + table);
                QList<QVariantList> values;
                int columns = 0;
                (void)read->each([&](const Statement& st) {
                    columns = st.columnCount();
                    QVariantList row;
                    row.reserve(columns);
                    for (int i = 0; i < columns; ++i)
                        row.append(st.value(i));
                    values.append(std::move(row));

                });
                if (values.isEmpty())
                    continue;
                QStringList marks;
                for (int i = 0; i < columns; ++i)
                    marks.append(QStringLiteral("?"));
                QElapsedTimer ti;
                ti.start();
                const double c0 = cpuSeconds();
                auto ins2 = to.prepare((fts ? QStringLiteral("INSERT INTO patient_fts(rowid, surnames, given, digits)")
                                            : QStringLiteral("INSERT INTO ") + table)
                                       + QStringLiteral(" VALUES (") + marks.join(u',') + u')');
                for (const QVariantList& row : std::as_const(values)) {
                    ins2->reset();
                    ins2->bindAll(row);
                    if (auto r = ins2->run(); !r) {
                        std::printf("row baseline failed on %s: %s\n", qPrintable(table), qPrintable(r.error().message));
                        return 1;
                    }
                }
                insertSecs += double(ti.elapsed()) / 1000;
                insertCpu += cpuSeconds() - c0;
                rows += values.size();
            }
            QElapsedTimer tc;
            tc.start();
            const double c1 = cpuSeconds();
            for (const QString& sql : std::as_const(indexes))
                (void)to.exec(sql);
            (void)tx2.commit();
            insertSecs += double(tc.elapsed()) / 1000;
            insertCpu += cpuSeconds() - c1;
            const double rowsRate = double(summary->resources) / insertSecs;
            std::printf("  bare insert of the rows the import stored (same schema, indexes built after, %lld rows incl. search index): %.1f s, "
                        "%.0f resources/s (CPU %.1f s)\n",
                        static_cast<long long>(rows), insertSecs, rowsRate, insertCpu);
            std::printf("  Relais import beside it: %.2fx that rate\n", (double(summary->resources) / is) / rowsRate);
        }

        // The same export again (the nightly case): every resource found by source id, unchanged.
        // ("bench_import N first" stops before it, for profiling the first import alone.)
        if (argc > 2 && qstrcmp(argv[2], "first") == 0)
            return 0;
        t.restart();
        cpu = cpuSeconds();
        auto again = SnapshotImporter(*vault->vault).run(*sources, {});
        if (!again) {
            std::printf("re-import failed: %s\n", qPrintable(again.error().message));
            return 1;
        }
        int changed = 0;
        for (const ImportCounts& c : std::as_const(again->byType))
            changed += c.created + c.updated;
        std::printf("  same export again: %.1f s, %.0f resources/s (CPU %.1f s), %d created or updated\n", double(t.elapsed()) / 1000,
                    double(again->resources) / (double(t.elapsed()) / 1000), cpuSeconds() - cpu, changed);
    }
    std::printf("  peak RSS of the whole run: %ld MiB\n", peakRssMiB());
    return 0;
}
