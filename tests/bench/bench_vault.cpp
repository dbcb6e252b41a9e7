// SPDX-License-Identifier: GPL-3.0-or-later
// The same mixed workload on an encrypted vault and on a plaintext SQLite file, in one run: with
// the old and with Relais's connection settings, across page-cache sizes and SQLCipher page
// formats, and with cipher_memory_security; then the unlock time split into key derivation and
// the rest. Prints figures; asserts nothing.
#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/ConnectionSettings.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace relais;

namespace {

struct Phases
{
    double insert = 0, select = 0, update = 0, scan = 0;
    double total() const { return insert + select + update + scan; }
};

double ms(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e6; }

void must(const Result<void>& r)
{
    if (!r) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(r.error().message));
        std::exit(1);
    }
}

// How a connection is set up before the workload: the page format (a new file only) and the
// connection settings.
struct Setup
{
    bool relaisSettings = true;  // ConnectionSettings::apply, else the old ones (2 MB default cache)
    qint64 cacheKiB = 0;         // overrides the cache when > 0
    int pageSize = 0;            // cipher_page_size / page_size for a new file, when > 0
    const char* hmac = nullptr;  // cipher_hmac_algorithm, when set
};

Phases workload(Database& db, int rows, const Setup& setup, bool encrypted)
{
    if (setup.pageSize > 0)
        (void)db.scalar(QString::fromLatin1(encrypted ? "PRAGMA cipher_page_size = %1" : "PRAGMA page_size = %1").arg(setup.pageSize));
    if (setup.hmac && encrypted)
        (void)db.scalar(QStringLiteral("PRAGMA cipher_hmac_algorithm = %1").arg(QLatin1String(setup.hmac)));
    if (setup.relaisSettings) {
        must(ConnectionSettings::apply(db, 0));
    } else {
        for (const char* p : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON",
                              "PRAGMA temp_store = MEMORY"})
            (void)db.scalar(QString::fromLatin1(p));
    }
    if (setup.cacheKiB > 0)
        (void)db.scalar(QStringLiteral("PRAGMA cache_size = -%1").arg(setup.cacheKiB));
    must(db.exec(QStringLiteral("CREATE TABLE p(id INTEGER PRIMARY KEY, name TEXT, born TEXT, notes TEXT)")));
    QRandomGenerator rng(42);
    const QString notes(200, QLatin1Char('n'));
    Phases ph;
    QElapsedTimer t;

    t.start();
    auto ins = db.prepare(QStringLiteral("INSERT INTO p(name, born, notes) VALUES (?,?,?)"));
    for (int i = 0; i < rows;) {
        Transaction tx(db);
        must(tx.begin());
        for (int k = 0; k < 500 && i < rows; ++k, ++i) {
            ins->reset();
            ins->bindAll({QStringLiteral("Nom%1 Prénom%2").arg(i).arg(i % 97), QStringLiteral("19%1-01-01").arg(i % 90 + 10),
                          notes});
            must(ins->run());
        }
        must(tx.commit());
    }
    ph.insert = ms(t);

    t.restart();
    auto sel = db.prepare(QStringLiteral("SELECT name, notes FROM p WHERE id = ?"));
    for (int i = 0; i < rows / 4; ++i) {
        sel->reset();
        sel->bind(1, qint64(rng.bounded(1, rows)));
        (void)sel->step();
    }
    ph.select = ms(t);

    t.restart();
    auto upd = db.prepare(QStringLiteral("UPDATE p SET notes = ? WHERE id = ?"));
    for (int i = 0; i < rows / 10;) {
        Transaction tx(db);
        must(tx.begin());
        for (int k = 0; k < 100 && i < rows / 10; ++k, ++i) {
            upd->reset();
            upd->bindAll({QString(notes + QString::number(i)), qint64(rng.bounded(1, rows))});
            must(upd->run());
        }
        must(tx.commit());
    }
    ph.update = ms(t);

    t.restart();
    for (int i = 0; i < 50; ++i)
        (void)db.scalar(QStringLiteral("SELECT count(*) FROM p WHERE name LIKE '%%1%'").arg(i));
    ph.scan = ms(t);
    return ph;
}

// One workload on a new file, plaintext or encrypted with `key`.
Phases runOn(const QString& path, const SecureBytes* key, int rows, const Setup& setup, qint64* fileBytes = nullptr)
{
    auto db = Database::open(path, key, true);
    if (!db) {
        std::fprintf(stderr, "bench: %s\n", qPrintable(db.error().message));
        std::exit(1);
    }
    const Phases p = workload(*db, rows, setup, key != nullptr);
    if (fileBytes) {
        (void)db->scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        *fileBytes = QFileInfo(path).size();
    }
    return p;
}

void printTable(const char* title, const Phases& p, const Phases& e)
{
    std::printf("%s\n", title);
    std::printf("  %-10s %12s %12s %8s\n", "phase", "plain ms", "SQLCipher ms", "ratio");
    const auto line = [](const char* n, double a, double b) { std::printf("  %-10s %12.1f %12.1f %7.2fx\n", n, a, b, b / a); };
    line("insert", p.insert, e.insert);
    line("select", p.select, e.select);
    line("update", p.update, e.update);
    line("scan", p.scan, e.scan);
    line("total", p.total(), e.total());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    configureLogging(false, true);
    const int rows = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;
    QTemporaryDir dir;
    int files = 0;
    const auto newPath = [&] { return dir.filePath(QStringLiteral("w%1.db").arg(++files)); };
    const SecureBytes key = SecureBytes::random(kKeyBytes);
    std::printf("bench_vault: mixed workload, %d inserts (500/tx), %d point selects, %d updates (100/tx), 50 LIKE scans\n",
                rows, rows / 4, rows / 10);

    // Before and after, in the same run: the old settings (SQLite's default 2 MB page cache)
    // and Relais's (ConnectionSettings), each on plaintext and SQLCipher.
    Setup old;
    old.relaisSettings = false;
    qint64 plainBytes = 0;
    const Phases pOld = runOn(newPath(), nullptr, rows, old);
    const Phases eOld = runOn(newPath(), &key, rows, old);
    const Phases p = runOn(newPath(), nullptr, rows, Setup{}, &plainBytes);
    qint64 encBytes = 0;
    const Phases e = runOn(newPath(), &key, rows, Setup{}, &encBytes);
    printTable("before: default settings (2 MB page cache)", pOld, eOld);
    printTable(qPrintable(QStringLiteral("after: Relais connection settings (cache %1 MiB for a new file)")
                              .arg(ConnectionSettings::cacheKiB(0) / 1024)),
               p, e);
    std::printf("file after the workload: plaintext %.1f MiB, SQLCipher %.1f MiB\n", double(plainBytes) / 1048576,
                double(encBytes) / 1048576);

    // The page cache against the file size, SQLCipher only (plaintext with Relais settings as
    // the baseline of each ratio).
    std::printf("page cache sweep (SQLCipher, total ms; ratio to plaintext above)\n");
    for (const double fraction : {0.125, 0.25, 0.5, 1.0, 1.25}) {
        Setup s;
        s.cacheKiB = std::max<qint64>(64, qint64(double(encBytes) / 1024 * fraction));
        const Phases x = runOn(newPath(), &key, rows, s);
        std::printf("  cache %5.2f x file (%6lld KiB) %9.1f ms %7.2fx  (select %.2fx, scan %.2fx)\n", fraction,
                    static_cast<long long>(s.cacheKiB), x.total(), x.total() / p.total(), x.select / p.select, x.scan / p.scan);
    }

    // SQLCipher's page format: larger pages, or HMAC-SHA256 instead of SHA512 (AES-256 and an
    // HMAC stay on in every variant). Each beside plaintext with the same page size.
    std::printf("page format (total ms, plaintext with the same page size beside it)\n");
    struct Variant
    {
        const char* name;
        int pageSize;
        const char* hmac;
    };
    for (const Variant& v : {Variant{"4096 B, HMAC-SHA512 (default)", 4096, nullptr}, Variant{"4096 B, HMAC-SHA256", 4096, "HMAC_SHA256"},
                             Variant{"8192 B, HMAC-SHA512", 8192, nullptr}, Variant{"16384 B, HMAC-SHA512", 16384, nullptr}}) {
        Setup s;
        s.pageSize = v.pageSize;
        s.hmac = v.hmac;
        const Phases vp = runOn(newPath(), nullptr, rows, s);
        const Phases ve = runOn(newPath(), &key, rows, s);
        std::printf("  %-30s plain %8.1f  SQLCipher %8.1f  %5.2fx  (insert %.2fx, select %.2fx, update %.2fx, scan %.2fx)\n",
                    v.name, vp.total(), ve.total(), ve.total() / vp.total(), ve.insert / vp.insert, ve.select / vp.select,
                    ve.update / vp.update, ve.scan / vp.scan);
    }

    // mmap: asked for, then read back.
    {
        auto pl = Database::open(newPath(), nullptr, true);
        auto en = Database::open(newPath(), &key, true);
        const QString ask = QStringLiteral("PRAGMA mmap_size = 268435456");
        (void)pl->exec(QStringLiteral("CREATE TABLE t(x)"));
        (void)en->exec(QStringLiteral("CREATE TABLE t(x)"));
        const auto pm = pl->scalar(ask), em = en->scalar(ask);
        std::printf("mmap_size after asking for 256 MiB: plaintext %lld, SQLCipher %lld\n",
                    static_cast<long long>(pm && pm->isValid() ? pm->toLongLong() : -1),
                    static_cast<long long>(em && em->isValid() ? em->toLongLong() : 0));
    }

    // cipher_memory_security: once on it stays on for the process, so it runs last.
    {
        auto probe = Database::open(newPath(), &key, true);
        (void)probe->scalar(QStringLiteral("PRAGMA cipher_memory_security = ON"));
        const auto on = probe->scalar(QStringLiteral("PRAGMA cipher_memory_security"));
        const Phases pm = runOn(newPath(), nullptr, rows, Setup{});
        const Phases em = runOn(newPath(), &key, rows, Setup{});
        std::printf("cipher_memory_security = %s: plaintext %.1f ms (%.2fx its run without), SQLCipher %.1f ms (%.2fx its run "
                    "without, %.2fx plaintext without)\n",
                    on ? qPrintable(on->toString()) : "?", pm.total(), pm.total() / p.total(), em.total(), em.total() / e.total(),
                    em.total() / p.total());
    }

    // Unlock: calibrated Argon2id (as a real vault) vs everything else Vault::open does.
    const KdfParams params = KdfParams::calibrate();
    const char pass[] = "correct horse battery staple relais";
    const QString path = dir.filePath(QStringLiteral("unlock.vault"));
    if (!Vault::create(path, QStringLiteral("bench"), SecureBytes(pass, sizeof pass - 1), params, SystemClock::instance()))
        return 1;
    // Everything but the KDF, measured on its own: the same open on a vault whose slot uses the
    // minimal KDF (subtracting two noisy timings would not be meaningful).
    const QString fastPath = dir.filePath(QStringLiteral("unlock-fast.vault"));
    if (!Vault::create(fastPath, QStringLiteral("bench"), SecureBytes(pass, sizeof pass - 1), KdfParams::fastForTests(),
                       SystemClock::instance()))
        return 1;
    QList<double> kdf, rest, total;
    const QByteArray salt(16, 's');
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        (void)deriveKey(SecureBytes(pass, sizeof pass - 1), salt, params);
        kdf.append(ms(t));
        t.restart();
        auto fast = Vault::open(fastPath, SecureBytes(pass, sizeof pass - 1), SlotKind::Passphrase, SystemClock::instance());
        rest.append(ms(t));
        t.restart();
        auto v = Vault::open(path, SecureBytes(pass, sizeof pass - 1), SlotKind::Passphrase, SystemClock::instance());
        total.append(ms(t));
        if (!v || !fast)
            return 1;
    }
    std::sort(kdf.begin(), kdf.end());
    std::sort(rest.begin(), rest.end());
    std::sort(total.begin(), total.end());
    std::printf("unlock (Argon2id %llu MiB, %llu passes; medians of 5): total %.0f ms = KDF %.0f ms + rest %.1f ms\n",
                static_cast<unsigned long long>(params.memLimitBytes >> 20),
                static_cast<unsigned long long>(params.opsLimit), total[2], kdf[2], rest[2]);
    return 0;
}
