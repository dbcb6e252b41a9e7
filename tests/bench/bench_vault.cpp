// SPDX-License-Identifier: GPL-3.0-or-later
// The same mixed workload on an encrypted vault and on a plaintext SQLite file, in one run, and
// the unlock time split into key derivation and the rest. Prints figures; asserts nothing.
#include "common/Clock.h"
#include "common/Logging.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

Phases workload(Database& db, int rows)
{
    for (const char* p : {"PRAGMA journal_mode = WAL", "PRAGMA synchronous = FULL", "PRAGMA secure_delete = ON",
                          "PRAGMA temp_store = MEMORY"})
        (void)db.scalar(QString::fromLatin1(p));
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    configureLogging(false, true);
    const int rows = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 20000;
    QTemporaryDir dir;

    const SecureBytes key = SecureBytes::random(kKeyBytes);
    auto plain = Database::open(dir.filePath(QStringLiteral("plain.db")), nullptr, true);
    auto enc = Database::open(dir.filePath(QStringLiteral("enc.db")), &key, true);
    if (!plain || !enc)
        return 1;
    const Phases p = workload(*plain, rows);
    const Phases e = workload(*enc, rows);
    std::printf("bench_vault: mixed workload, %d inserts (500/tx), %d point selects, %d updates (100/tx), 50 LIKE scans\n",
                rows, rows / 4, rows / 10);
    std::printf("  %-10s %12s %12s %8s\n", "phase", "plain ms", "SQLCipher ms", "ratio");
    const auto line = [](const char* n, double a, double b) { std::printf("  %-10s %12.1f %12.1f %7.2fx\n", n, a, b, b / a); };
    line("insert", p.insert, e.insert);
    line("select", p.select, e.select);
    line("update", p.update, e.update);
    line("scan", p.scan, e.scan);
    line("total", p.total(), e.total());

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
