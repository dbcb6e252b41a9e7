// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupManifest.h"
#include "backup/BackupRotation.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/KeyHeader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

#include <functional>
#include <optional>

namespace relais {

class Clock;
class Database;
class Vault;

// Backups that are known to restore. A backup is a folder `relais-backup-<UTC time>` holding an
// encrypted page copy of the vault (same key), a copy of its key header (same passphrases and
// recovery key) and a sealed manifest. It is written beside under a hidden `.partial` name,
// verified, and only then renamed: a half-written or failed copy is never listed and never
// replaces a good one. Owner of the vault's `meta` keys `backup_last_verified_utc` and
// `backup_folder` (the folder the practice chose: a USB disk, a network share).
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(relais::Backup)

public:
    static constexpr auto kVaultFile = "relais.vault";
    static constexpr auto kManifestFile = "manifest.json";
    static QString headerFile() { return KeyHeader::pathFor(QLatin1String(kVaultFile)); }

    struct Options
    {
        BackupRotation rotation;
        // Tests: called once the files are written, before they are verified and renamed.
        std::function<void(const QString& partialDir)> afterWrite;
        // Called from the thread that runs create() with the percentage of the copy done;
        // return false to cancel (nothing is kept, the previous backups are untouched).
        std::function<bool(int percent)> progress;
    };
    struct Created
    {
        QString path;
        BackupManifest manifest;
        QStringList removed;  // folders removed by the rotation
    };
    // Copies the unlocked vault into `folder` (created if needed), verifies the copy, renames it
    // into place, records the date in the vault and prunes older backups by the rotation.
    static Result<Created> create(Vault& vault, const QString& folder, const Options& options = {});

    struct Verified
    {
        BackupManifest manifest;
        qint64 auditEntries = 0;
    };
    // Opens the copy with a secret of its own key header, checks the files against the manifest,
    // the encrypted pages, the structure, the audit chain and the counts. Changes nothing.
    // `knownSchema` is the newest schema this build reads (tests lower it).
    static Result<Verified> verify(const QString& backupDir, const SecureBytes& secret, SlotKind kind,
                                   const QString& slotLabel = {}, int knownSchema = 0);

    struct Restored
    {
        BackupManifest manifest;
        QString keptAside;  // the previous vault file, renamed (its key header beside it), or empty
    };
    // Verifies the backup, copies it beside `vaultPath`, opens and checks the copy (migrating an
    // older schema), then swaps it in; the vault it replaces is kept under a dated name. A backup
    // of another vault than the one at `vaultPath` is refused.
    static Result<Restored> restore(const QString& backupDir, const QString& vaultPath, const SecureBytes& secret,
                                    SlotKind kind, const Clock& clock, const QString& slotLabel = {},
                                    int knownSchema = 0);

    // The verified backups in `folder`, newest first (full paths).
    static QStringList list(const QString& folder);
    static QDateTime timeOf(const QString& backupDir);
    // Applies the rotation to the verified backups in `folder`; returns the folders removed.
    static QStringList prune(const QString& folder, const BackupRotation& rotation);

    static std::optional<QDateTime> lastVerified(Vault& vault);

    // The folder chosen by the practice (empty: none chosen yet).
    static QString folder(Vault& vault);
    static Result<void> setFolder(Vault& vault, const QString& folder);
    // An automatic backup is due (at lock, at quit): a folder is chosen and the last verified
    // backup is older than `maxAgeSecs` (one day), or there is none.
    static constexpr qint64 kAutomaticAgeSecs = 24 * 3600;
    static bool automaticDue(Vault& vault, const Clock& clock, qint64 maxAgeSecs = kAutomaticAgeSecs);

private:
    static Result<Verified> verifyWithKey(const QString& backupDir, const BackupManifest& manifest,
                                          const SecureBytes& key, int knownSchema);
};

} // namespace relais
