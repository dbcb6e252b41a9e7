// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/Backup.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Sodium.h"
#include "storage/Schema.h"
#include "storage/Sqlite.h"
#include "vault/RecoveryKey.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>

#include <sodium.h>
#include <sqlite3.h>

namespace relais {

namespace {

constexpr auto kPrefix = "relais-backup-";
constexpr auto kStampFormat = "yyyyMMdd'T'HHmmss'Z'";
constexpr auto kLastVerifiedKey = "backup_last_verified_utc";
constexpr auto kFolderKey = "backup_folder";
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

const QRegularExpression& nameRe()
{
    static const QRegularExpression re(QStringLiteral("^relais-backup-(\\d{8}T\\d{6}Z)(-\\d+)?$"));
    return re;
}

int schemaOrLatest(int knownSchema) { return knownSchema > 0 ? knownSchema : Schema::latestVersion(); }

Result<QByteArray> sha256Of(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorKind::VaultCorrupt, Backup::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    crypto_hash_sha256_state st;
    crypto_hash_sha256_init(&st);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = f.read(chunk.data(), chunk.size());
        if (n < 0)
            return fail(ErrorKind::VaultCorrupt, Backup::tr("%1 cannot be read: %2").arg(path, f.errorString()));
        if (n == 0)
            break;
        crypto_hash_sha256_update(&st, reinterpret_cast<const unsigned char*>(chunk.constData()), quint64(n));
    }
    QByteArray out(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256_final(&st, reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

Result<void> writeFile(const QString& path, const QByteArray& bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !f.setPermissions(kOwnerOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return fail(ErrorKind::Io, Backup::tr("Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

// Row counts of every table, in one read transaction of `db`.
Result<QMap<QString, qint64>> countRows(Database& db)
{
    QStringList tables;
    auto q = db.prepare(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                                       "ORDER BY name"));
    if (!q)
        return std::unexpected(q.error());
    if (auto r = q->each([&](const Statement& s) { tables.append(s.text(0)); }); !r)
        return std::unexpected(r.error());
    QMap<QString, qint64> counts;
    for (const QString& t : std::as_const(tables)) {
        auto n = db.scalar(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(QString(t).replace(u'"', QLatin1String("\"\""))));
        if (!n)
            return std::unexpected(n.error());
        counts.insert(t, n->toLongLong());
    }
    return counts;
}

Result<SecureBytes> unwrapKey(const KeyHeader& header, const SecureBytes& secret, SlotKind kind, const QString& slotLabel,
                              const QString& where)
{
    SecureBytes typed;
    const SecureBytes* candidate = &secret;
    if (kind == SlotKind::Recovery) {
        typed = RecoveryKey::normalize(secret);
        candidate = &typed;
    }
    for (const KeySlot& slot : header.keySlots) {
        if (slot.kind != kind || (!slotLabel.isEmpty() && slot.label != slotLabel && slot.id != slotLabel))
            continue;
        if (candidate->isEmpty())
            break;
        auto k = header.unwrap(slot, *candidate);
        if (k)
            return k;
        if (k.error().kind != ErrorKind::WrongSecret)
            return std::unexpected(k.error());
    }
    return fail(ErrorKind::WrongSecret, kind == SlotKind::Recovery
                    ? Backup::tr("Wrong recovery key for the backup %1").arg(where)
                    : Backup::tr("Wrong passphrase for the backup %1").arg(where));
}

// Presence of the three files, the manifest read, and every file against its digest.
Result<BackupManifest> checkFiles(const QString& dir)
{
    const QDir d(dir);
    if (!QFileInfo(dir).isDir())
        return fail(ErrorKind::VaultMissing, Backup::tr("No backup at %1").arg(dir));
    for (const QString& name : {QString::fromLatin1(Backup::kManifestFile), QString::fromLatin1(Backup::kVaultFile),
                                Backup::headerFile()})
        if (!QFileInfo::exists(d.filePath(name)))
            return fail(ErrorKind::VaultCorrupt, Backup::tr("The backup %1 is incomplete: %2 is missing").arg(dir, name));
    QFile mf(d.filePath(QLatin1String(Backup::kManifestFile)));
    if (!mf.open(QIODevice::ReadOnly))
        return fail(ErrorKind::VaultCorrupt, Backup::tr("%1 cannot be read: %2").arg(mf.fileName(), mf.errorString()));
    auto manifest = BackupManifest::parse(mf.read(1 << 20), mf.fileName());
    if (!manifest)
        return manifest;
    const QStringList expected{QString::fromLatin1(Backup::kVaultFile), Backup::headerFile()};
    if (manifest->sha256.keys() != QStringList{expected.at(0), expected.at(1)}
        && manifest->sha256.keys() != QStringList{expected.at(1), expected.at(0)})
        return fail(ErrorKind::VaultCorrupt, Backup::tr("The manifest of the backup %1 does not list its files").arg(dir));
    for (auto it = manifest->sha256.cbegin(); it != manifest->sha256.cend(); ++it) {
        auto digest = sha256Of(d.filePath(it.key()));
        if (!digest)
            return std::unexpected(digest.error());
        if (*digest != it.value())
            return fail(ErrorKind::VaultCorrupt,
                        Backup::tr("%1 in the backup %2 was altered or damaged (its SHA-256 is not the manifest's)")
                            .arg(it.key(), dir));
    }
    QFile db(d.filePath(QLatin1String(Backup::kVaultFile)));
    if (db.open(QIODevice::ReadOnly) && db.read(16) == QByteArray("SQLite format 3", 16))
        return fail(ErrorKind::VaultCorrupt, Backup::tr("%1 in the backup %2 is NOT encrypted: refused")
                                                 .arg(QLatin1String(Backup::kVaultFile), dir));
    return manifest;
}

QString stampOf(const QDateTime& t) { return t.toUTC().toString(QLatin1String(kStampFormat)); }

} // namespace

namespace {

std::optional<QDateTime> lastVerifiedIn(const VaultMeta& meta)
{
    const QDateTime t = QDateTime::fromString(meta.text(kLastVerifiedKey), Qt::ISODate);
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}

Result<void> setFolderIn(VaultMeta meta, const QString& folder)
{
    const QString clean = folder.trimmed();
    if (clean.isEmpty())
        return meta.remove(kFolderKey);
    if (QDir::isRelativePath(clean))
        return fail(ErrorKind::Invalid, Backup::tr("The backup folder must be a full path (it is \"%1\")").arg(clean));
    return meta.set(kFolderKey, QDir::cleanPath(clean));
}

} // namespace

QDateTime Backup::timeOf(const QString& backupDir)
{
    const auto m = nameRe().match(QFileInfo(backupDir).fileName());
    if (!m.hasMatch())
        return {};
    QDateTime t = QDateTime::fromString(m.captured(1), QLatin1String(kStampFormat));
    t.setTimeSpec(Qt::UTC);
    return t;
}

QStringList Backup::list(const QString& folder)
{
    QList<std::pair<QDateTime, QString>> found;
    const QDir d(folder);
    for (const QString& name : d.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDateTime t = timeOf(name);
        if (t.isValid())
            found.append({t, d.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first > b.first : a.second > b.second;
    });
    QStringList out;
    for (const auto& f : std::as_const(found))
        out.append(f.second);
    return out;
}

QStringList Backup::prune(const QString& folder, const BackupRotation& rotation)
{
    const QStringList all = list(folder);
    QList<QDateTime> times;
    for (const QString& p : all)
        times.append(timeOf(p));
    const QList<QDateTime> keep = rotation.keep(times);
    QStringList removed;
    QSet<QDateTime> keptOnce;  // two backups in the same second: the first listed (newest name) is kept
    for (const QString& p : all) {
        const QDateTime t = timeOf(p);
        if (keep.contains(t) && !keptOnce.contains(t)) {
            keptOnce.insert(t);
            continue;
        }
        if (QDir(p).removeRecursively())
            removed.append(p);
        else
            qCWarning(lcVault) << "backup rotation: a folder could not be removed";
    }
    return removed;
}

Result<Backup::Created> Backup::create(Vault& vault, const QString& folder, const Options& options)
{
    ensureSodium();
    if (!vault.isUnlocked())
        return fail(ErrorKind::Invalid, tr("The vault is locked"));
    if (!QDir().mkpath(folder))
        return fail(ErrorKind::Io, tr("Cannot create the backup folder %1").arg(folder));
    QDir dir(folder);
    // Leftovers of an interrupted backup: never listed, removed now.
    for (const QString& stale : dir.entryList({QStringLiteral(".relais-backup-*.partial")},
                                              QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot))
        QDir(dir.filePath(stale)).removeRecursively();

    const QDateTime now = vault.clock().nowUtc();
    QString name = QLatin1String(kPrefix) + stampOf(now);
    for (int i = 1; dir.exists(name); ++i)
        name = QLatin1String(kPrefix) + stampOf(now) + QStringLiteral("-%1").arg(i);
    const QString partial = dir.filePath(QLatin1Char('.') + name + QStringLiteral(".partial"));
    if (!QDir().mkpath(partial))
        return fail(ErrorKind::Io, tr("Cannot write into the backup folder %1").arg(folder));
    QFile::setPermissions(partial, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const auto abandon = [&](Error e) -> Result<Created> {
        QDir(partial).removeRecursively();
        return std::unexpected(std::move(e));
    };

    BackupManifest manifest;
    manifest.vaultId = vault.m_header.vaultId;
    manifest.createdUtc = now;
    const QString copyPath = QDir(partial).filePath(QLatin1String(kVaultFile));
    {
        auto dest = Database::open(copyPath, &vault.m_key, true);
        if (!dest)
            return abandon(dest.error());
        // One read transaction on the vault: the counts, the audit head and the pages copied are
        // the same state, whatever another connection writes meanwhile.
        Database& src = vault.db();
        // Deferred (a read transaction, writers elsewhere go on); joins one already open.
        const bool own = sqlite3_get_autocommit(src.handle()) != 0;
        if (own) {
            if (auto r = src.exec(QStringLiteral("BEGIN")); !r)
                return abandon(r.error());
        }
        const auto endRead = [&] {
            if (own)
                (void)src.exec(QStringLiteral("COMMIT"));
        };
        auto counts = countRows(src);
        auto head = vault.audit().head();
        auto schema = Schema::currentVersion(src);
        if (!counts || !head || !schema) {
            endRead();
            return abandon(!counts ? counts.error() : !head ? head.error() : schema.error());
        }
        manifest.rowCounts = *counts;
        manifest.auditSeq = head->seq;
        manifest.auditMac = head->mac;
        manifest.schemaVersion = *schema;
        sqlite3_backup* b = sqlite3_backup_init(dest->handle(), "main", src.handle(), "main");
        if (!b) {
            endRead();
            return abandon({ErrorKind::Io, tr("Cannot start the copy into %1: %2").arg(copyPath, dest->lastErrorMessage())});
        }
        // In steps, so that a caller can show the progress and cancel.
        constexpr int kPagesPerStep = 1024;
        int rc = SQLITE_OK;
        bool cancelled = false;
        while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            rc = sqlite3_backup_step(b, kPagesPerStep);
            const int total = sqlite3_backup_pagecount(b);
            const int percent = total > 0 ? int(qint64(total - sqlite3_backup_remaining(b)) * 100 / total) : 100;
            if (options.progress && !options.progress(rc == SQLITE_DONE ? 100 : percent)) {
                cancelled = true;
                break;
            }
        }
        const int done = sqlite3_backup_finish(b);
        endRead();
        if (cancelled)
            return abandon({ErrorKind::Other, tr("The backup was cancelled; the previous backups are untouched")});
        if (rc != SQLITE_DONE || done != SQLITE_OK)
            return abandon({rc == SQLITE_FULL ? ErrorKind::Io : ErrorKind::Other,
                            tr("The copy into %1 failed: %2").arg(copyPath, dest->lastErrorMessage())});
        // The copy is a single closed file: no WAL beside it to lose or to hash.
        if (auto r = dest->scalar(QStringLiteral("PRAGMA journal_mode = DELETE")); !r)
            return abandon(r.error());
    }
    QFile::setPermissions(copyPath, kOwnerOnly);

    // The key header as it is now (same slots), without failed attempts, sealed at the copy's head.
    auto header = KeyHeader::load(vault.headerPath());
    if (!header)
        return abandon(header.error());
    header->failedUnlocksUtc.clear();
    if (manifest.auditSeq > 0)
        header->auditHead = AuditHeadSeal{
            manifest.auditSeq, manifest.auditMac,
            AuditLog::sealHead(vault.m_key, manifest.vaultId, manifest.auditSeq, manifest.auditMac), false};
    const QString headerCopy = QDir(partial).filePath(headerFile());
    if (auto r = header->save(headerCopy); !r)
        return abandon(r.error());
    QFile::setPermissions(headerCopy, kOwnerOnly);

    for (const QString& f : {QString::fromLatin1(kVaultFile), headerFile()}) {
        auto digest = sha256Of(QDir(partial).filePath(f));
        if (!digest)
            return abandon(digest.error());
        manifest.sha256.insert(f, *digest);
    }
    manifest.seal = manifest.computeSeal(vault.m_key);
    if (auto r = writeFile(QDir(partial).filePath(QLatin1String(kManifestFile)), manifest.toJson()); !r)
        return abandon(r.error());

    if (options.afterWrite)
        options.afterWrite(partial);
    auto parsed = checkFiles(partial);
    auto verified = parsed ? verifyWithKey(partial, *parsed, vault.m_key, 0) : std::unexpected(parsed.error());
    if (!verified)
        return abandon({verified.error().kind == ErrorKind::Io ? ErrorKind::Io : ErrorKind::VaultCorrupt,
                        tr("The backup just written failed its verification and was discarded (the previous "
                           "backups are untouched): %1")
                            .arg(verified.error().message)});
    if (!dir.rename(QFileInfo(partial).fileName(), name))
        return abandon({ErrorKind::Io, tr("Cannot rename the verified backup into %1").arg(dir.filePath(name))});

    Created out{dir.filePath(name), manifest, {}};
    (void)VaultMeta(vault).set(kLastVerifiedKey, now.toString(Qt::ISODate));
    out.removed = prune(folder, options.rotation);
    (void)vault.audit().append(QStringLiteral("vault.backup"), QStringLiteral("backup"), name,
                               QStringLiteral("tables=%1 rows=%2 audit_seq=%3 removed=%4")
                                   .arg(manifest.rowCounts.size())
                                   .arg(manifest.totalRows())
                                   .arg(manifest.auditSeq)
                                   .arg(out.removed.size()));
    (void)vault.audit().append(QStringLiteral("vault.backup_verify"), QStringLiteral("backup"), name,
                               QStringLiteral("rows=%1 audit_entries=%2").arg(manifest.totalRows()).arg(verified->auditEntries));
    qCInfo(lcVault) << "backup written and verified; rotation removed" << out.removed.size();
    return out;
}

Result<Backup::Verified> Backup::verify(const QString& backupDir, const SecureBytes& secret, SlotKind kind,
                                        const QString& slotLabel, int knownSchema)
{
    ensureSodium();
    // The files against the manifest first: a damaged key header is named as such, not taken
    // for a wrong passphrase.
    auto manifest = checkFiles(backupDir);
    if (!manifest)
        return std::unexpected(manifest.error());
    auto header = KeyHeader::load(QDir(backupDir).filePath(headerFile()));
    if (!header)
        return std::unexpected(header.error());
    if (header->vaultId != manifest->vaultId)
        return fail(ErrorKind::VaultCorrupt, tr("The key header of the backup %1 belongs to another vault").arg(backupDir));
    auto key = unwrapKey(*header, secret, kind, slotLabel, backupDir);
    if (!key)
        return std::unexpected(key.error());
    return verifyWithKey(backupDir, *manifest, *key, knownSchema);
}

Result<Backup::Verified> Backup::verifyWithKey(const QString& backupDir, const BackupManifest& manifest,
                                               const SecureBytes& key, int knownSchema)
{
    if (!manifest.sealMatches(key))
        return fail(ErrorKind::VaultCorrupt,
                    tr("The manifest of the backup %1 was altered (its seal does not match)").arg(backupDir));
    const int known = schemaOrLatest(knownSchema);
    const auto tooNew = [&](int v) {
        return fail(ErrorKind::VaultTooNew, tr("The backup %1 was written by a newer version of Relais (schema %2, this "
                                               "version knows %3): install the newer Relais to restore it.")
                                                .arg(backupDir)
                                                .arg(v)
                                                .arg(known));
    };
    if (manifest.schemaVersion > known)
        return tooNew(manifest.schemaVersion);

    const QString path = QDir(backupDir).filePath(QLatin1String(kVaultFile));
    auto db = Database::open(path, &key, false);
    if (!db)
        return std::unexpected(Error{ErrorKind::VaultCorrupt, db.error().message});
    const auto damaged = [&](const QString& what) {
        return fail(ErrorKind::VaultCorrupt, tr("The backup %1 is damaged: %2").arg(backupDir, what));
    };
    auto probe = db->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe)
        return damaged(tr("its vault file does not open with its key"));
    auto pages = db->prepare(QStringLiteral("PRAGMA cipher_integrity_check"));
    if (!pages)
        return damaged(pages.error().message);
    if (auto row = pages->step(); !row || *row)
        return damaged(row ? tr("encrypted page check failed: %1").arg(pages->text(0)) : row.error().message);
    auto structure = db->scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!structure || structure->toString() != QLatin1String("ok"))
        return damaged(tr("structure check failed: %1").arg(structure ? structure->toString() : structure.error().message));
    auto schema = Schema::currentVersion(*db);
    if (!schema)
        return damaged(schema.error().message);
    if (*schema > known)
        return tooNew(*schema);
    if (*schema != manifest.schemaVersion)
        return damaged(tr("schema %1, the manifest says %2").arg(*schema).arg(manifest.schemaVersion));
    // The copy is opened on its own connection (no Vault: only its key is known here).
    auto id = VaultMeta(*db).value(VaultMeta::kVaultId);
    if (!id || !*id || **id != manifest.vaultId)
        return damaged(tr("its vault file is not the vault the manifest names"));
    auto counts = countRows(*db);
    if (!counts)
        return damaged(counts.error().message);
    for (auto it = manifest.rowCounts.cbegin(); it != manifest.rowCounts.cend(); ++it)
        if (counts->value(it.key(), -1) != it.value())
            return damaged(tr("table %1 holds %2 rows, the manifest says %3")
                               .arg(it.key())
                               .arg(counts->value(it.key(), -1))
                               .arg(it.value()));
    if (counts->size() != manifest.rowCounts.size())
        return damaged(tr("it has %1 tables, the manifest lists %2").arg(counts->size()).arg(manifest.rowCounts.size()));
    AuditLog audit(*db, AuditLog::deriveMacKey(key), SystemClock::instance());
    const AuditVerification chain = audit.verify();
    if (!chain.ok)
        return damaged(chain.message);
    auto head = audit.head();
    if (!head || head->seq != manifest.auditSeq || head->mac != manifest.auditMac)
        return damaged(tr("its audit trail does not end where the manifest says (#%1)").arg(manifest.auditSeq));
    return Verified{manifest, chain.entries};
}

Result<Backup::Restored> Backup::restore(const QString& backupDir, const QString& vaultPath, const SecureBytes& secret,
                                         SlotKind kind, const Clock& clock, const QString& slotLabel, int knownSchema)
{
    auto verified = verify(backupDir, secret, kind, slotLabel, knownSchema);
    if (!verified)
        return std::unexpected(verified.error());
    const BackupManifest& manifest = verified->manifest;
    const QString targetHeader = KeyHeader::pathFor(vaultPath);
    if (QFileInfo::exists(targetHeader)) {
        auto current = KeyHeader::load(targetHeader);
        if (current && current->vaultId != manifest.vaultId)
            return fail(ErrorKind::Invalid, tr("The backup %1 is of another vault (id %2…), not of %3 (id %4…): "
                                               "refused.")
                                                .arg(backupDir, manifest.vaultId.left(8), vaultPath,
                                                     current->vaultId.left(8)));
    }
    if (!QDir().mkpath(QFileInfo(vaultPath).absolutePath()))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1").arg(QFileInfo(vaultPath).absolutePath()));

    // Into a new file beside the vault (same disk: the swap is a rename).
    const QString staging = vaultPath + QStringLiteral(".restoring");
    const auto removeStaging = [&] {
        for (const QLatin1String s : {QLatin1String(""), QLatin1String("-wal"), QLatin1String("-shm"), QLatin1String(".keys")})
            QFile::remove(staging + s);
    };
    removeStaging();
    const auto abandon = [&](Error e) -> Result<Restored> {
        removeStaging();
        return std::unexpected(std::move(e));
    };
    const QDir from(backupDir);
    if (!QFile::copy(from.filePath(QLatin1String(kVaultFile)), staging)
        || !QFile::copy(from.filePath(headerFile()), KeyHeader::pathFor(staging)))
        return abandon({ErrorKind::Io, tr("Cannot copy the backup to %1").arg(staging)});
    QFile::setPermissions(staging, kOwnerOnly);
    QFile::setPermissions(KeyHeader::pathFor(staging), kOwnerOnly);
    auto copied = sha256Of(staging);
    if (!copied || *copied != manifest.sha256.value(QLatin1String(kVaultFile)))
        return abandon({ErrorKind::Io, tr("The copy %1 differs from the backup (disk error?)").arg(staging)});
    {
        auto opened = Vault::open(staging, secret, kind, clock, slotLabel);
        if (!opened)
            return abandon(opened.error());
        const Vault::IntegrityReport rep = (*opened)->checkIntegrity();
        if (!rep.ok)
            return abandon({ErrorKind::VaultCorrupt, tr("The restored copy %1 failed its check: %2").arg(staging, rep.message)});
        // The copy was taken before its own verification was recorded: the backup it came from
        // is, now, the last one known to be verified.
        (void)VaultMeta(**opened).set(kLastVerifiedKey, manifest.createdUtc.toUTC().toString(Qt::ISODate));
        (void)(*opened)->audit().append(QStringLiteral("vault.restore"), QStringLiteral("backup"),
                                        QFileInfo(QDir::cleanPath(backupDir)).fileName(),
                                        QStringLiteral("schema=%1 rows=%2 audit_seq=%3")
                                            .arg(manifest.schemaVersion)
                                            .arg(manifest.totalRows())
                                            .arg(manifest.auditSeq));
    }  // locked and closed here: no WAL left beside the staging file

    Restored out{manifest, {}};
    QStringList movedAside;  // suffixes, to put back if the swap fails
    const QLatin1String suffixes[] = {QLatin1String(""), QLatin1String(".keys"), QLatin1String("-wal"), QLatin1String("-shm")};
    if (QFileInfo::exists(vaultPath) || QFileInfo::exists(targetHeader)) {
        QString aside = vaultPath + QStringLiteral(".before-restore-") + stampOf(clock.nowUtc());
        for (int i = 1; QFileInfo::exists(aside) || QFileInfo::exists(aside + QStringLiteral(".keys")); ++i)
            aside = vaultPath + QStringLiteral(".before-restore-") + stampOf(clock.nowUtc()) + QStringLiteral("-%1").arg(i);
        for (const QLatin1String s : suffixes) {
            if (!QFileInfo::exists(vaultPath + s))
                continue;
            if (!QFile::rename(vaultPath + s, aside + s)) {
                for (const QString& back : std::as_const(movedAside))
                    QFile::rename(aside + back, vaultPath + back);
                return abandon({ErrorKind::Io, tr("Cannot move the current vault aside to %1").arg(aside)});
            }
            movedAside.append(s);
        }
        out.keptAside = aside;
    }
    if (!QFile::rename(staging, vaultPath) || !QFile::rename(KeyHeader::pathFor(staging), targetHeader)) {
        QFile::remove(vaultPath);
        QFile::remove(targetHeader);
        for (const QString& back : std::as_const(movedAside))
            QFile::rename(out.keptAside + back, vaultPath + back);
        return abandon({ErrorKind::Io, tr("Cannot put the restored vault in place at %1").arg(vaultPath)});
    }
    qCInfo(lcVault) << "vault restored from a verified backup";
    return out;
}

std::optional<QDateTime> Backup::lastVerified(Vault& vault) { return lastVerifiedIn(VaultMeta(vault)); }

QString Backup::folder(Vault& vault) { return VaultMeta(vault).text(kFolderKey); }

Result<void> Backup::setFolder(Vault& vault, const QString& folder) { return setFolderIn(VaultMeta(vault), folder); }

bool Backup::automaticDue(Vault& vault, const Clock& clock, qint64 maxAgeSecs)
{
    if (folder(vault).isEmpty())
        return false;
    const auto last = lastVerified(vault);
    return !last || last->secsTo(clock.nowUtc()) > maxAgeSecs;
}

} // namespace relais
