// SPDX-License-Identifier: GPL-3.0-or-later
// Backup and verification of a large vault, each beside a bare copy of the same bytes (read,
// write, fsync) in the same run. Prints figures and ratios; asserts nothing.
// Usage: bench_backup [patients]   (default 100000)
#include "backup/Backup.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "demo/DemoData.h"
#include "storage/Sqlite.h"
#include "vault/Kdf.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <unistd.h>

using namespace relais;

namespace {

[[noreturn]] void fatal(const QString& what)
{
    std::fprintf(stderr, "bench_backup: %s\n", qPrintable(what));
    std::exit(1);
}

double secs(const QElapsedTimer& t) { return double(t.nsecsElapsed()) / 1e9; }

// The bare copy: the same bytes read and written in 1 MiB blocks, then flushed to the disk.
double bareCopy(const QString& from, const QString& to)
{
    QElapsedTimer t;
    t.start();
    QFile in(from);
    QFile out(to);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        fatal(QStringLiteral("bare copy: cannot open"));
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = in.read(block.data(), block.size());
        if (n <= 0)
            break;
        if (out.write(block.constData(), n) != n)
            fatal(QStringLiteral("bare copy: write failed"));
    }
    out.flush();
    ::fsync(out.handle());
    out.close();
    return secs(t);
}

// A bare read of the same bytes with their SHA-256 (what any verification reads at least).
double bareReadHash(const QString& path)
{
    QElapsedTimer t;
    t.start();
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        fatal(QStringLiteral("bare read: cannot open"));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&in))
        fatal(QStringLiteral("bare read failed"));
    (void)h.result();
    return secs(t);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    configureLogging(false, true);
    const int patients = argc > 1 ? std::max(1000, QString::fromLocal8Bit(argv[1]).toInt()) : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.vault"));
    const char passText[] = "correct horse battery staple relais";
    const SecureBytes pass(passText, sizeof passText - 1);
    const KdfParams kdf = KdfParams::calibrate();  // as a real vault: verify derives the key once
    {
        auto created = Vault::create(path, QStringLiteral("bench"), pass, kdf, SystemClock::instance());
        if (!created)
            fatal(created.error().message);
        QElapsedTimer t;
        t.start();
        Transaction tx(created->vault->db());
        if (!tx.begin() || !DemoData(2026).fill(*created->vault, patients, SystemClock::instance().nowUtc()) || !tx.commit())
            fatal(QStringLiteral("demo data not written"));
        std::printf("bench_backup: %d demo patients with their consultations written in %.1f s\n", patients, secs(t));
    }  // locked: the WAL is checkpointed into the file
    auto opened = Vault::open(path, pass, SlotKind::Passphrase, SystemClock::instance());
    if (!opened)
        fatal(opened.error().message);
    Vault& vault = **opened;
    const qint64 bytes = QFileInfo(path).size();
    std::printf("vault file: %.1f MB\n", double(bytes) / 1e6);

    QElapsedTimer kdfTimer;
    kdfTimer.start();
    (void)deriveKey(pass, QByteArray(16, 's'), kdf);
    const double kdfSecs = secs(kdfTimer);

    const QString folder = dir.filePath(QStringLiteral("backups"));
    QElapsedTimer t;
    t.start();
    auto made = Backup::create(vault, folder);
    const double createSecs = secs(t);
    if (!made)
        fatal(made.error().message);
    const double copySecs = bareCopy(path, dir.filePath(QStringLiteral("bare-copy.vault")));

    t.restart();
    auto verified = Backup::verify(made->path, pass, SlotKind::Passphrase);
    const double verifySecs = secs(t);
    if (!verified)
        fatal(verified.error().message);
    const double copy2Secs = bareCopy(path, dir.filePath(QStringLiteral("bare-copy-2.vault")));
    const double readSecs = bareReadHash(QDir(made->path).filePath(QLatin1String(Backup::kVaultFile)));

    std::printf("\n%-58s %9s\n", "", "seconds");
    std::printf("%-58s %9.2f\n", "Backup::create (copy, its own verification, rename)", createSecs);
    std::printf("%-58s %9.2f\n", "bare copy of the same bytes (read, write, fsync)", copySecs);
    std::printf("%-58s %9.1fx\n", "  ratio", createSecs / copySecs);
    std::printf("%-58s %9.2f\n", "Backup::verify (key derivation included)", verifySecs);
    std::printf("%-58s %9.2f\n", "  of which key derivation (calibrated KDF)", kdfSecs);
    std::printf("%-58s %9.2f\n", "bare copy of the same bytes, again", copy2Secs);
    std::printf("%-58s %9.1fx\n", "  ratio", verifySecs / copy2Secs);
    std::printf("%-58s %9.2f\n", "bare read + SHA-256 of the backup's vault file", readSecs);
    std::printf("%-58s %9.1fx\n", "  verify / bare read+hash", verifySecs / readSecs);
    std::printf("\n%lld rows in %lld tables, audit trail up to #%lld\n", static_cast<long long>(made->manifest.totalRows()),
                static_cast<long long>(made->manifest.rowCounts.size()), static_cast<long long>(made->manifest.auditSeq));
    return 0;
}
