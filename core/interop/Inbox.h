// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "interop/SnapshotImporter.h"

#include <QCoreApplication>

namespace relais {

class Vault;

// The unattended path: the nightly task seals what the EHR exported to the vault's public key
// and drops it in the inbox folder, without any passphrase; Relais merges it at the next unlock.
//
// Sealed file: "RELAISS1", the vault id (32 hex), a random stream key sealed with
// crypto_box_seal (80 bytes), a crypto_secretstream header (24 bytes), then frames
// [u32 length][ciphertext of ≤ 64 KiB], the last tagged FINAL. The plaintext is a sequence of
// entries [u32 name length][name][u64 size][bytes]. Nothing is ever written in the clear.
class Inbox
{
    Q_DECLARE_TR_FUNCTIONS(relais::Inbox)

public:
    static constexpr auto kPublicKeyFile = "relais-inbox.pub";

    static QString defaultDir(const QString& vaultPath);
    // Creates the vault's key pair if needed and writes its public half into `dir`.
    static Result<void> publish(Vault& vault, const QString& dir);
    // Seals `sources` for the vault whose public key is in `dir`; returns the file written.
    // `partial`: the export holds only part of the practice (missing patients are not marked).
    static Result<QString> seal(const QString& dir, const QList<SnapshotImporter::Source>& sources, bool partial = false);
    // The snapshots waiting, oldest first (quarantined ones are not listed).
    static QStringList pending(const QString& dir);
    // Imports every sealed snapshot, oldest first, each all or nothing; a merged one is deleted.
    // One that the file itself makes fail (damaged, malformed, too deeply nested…) is quarantined:
    // renamed "….sealed.failed", its reason sealed beside it ("….failed.reason"), reported
    // this once and never tried again. A cancelled one, or one the vault could not take (disk
    // full…), stays for the next unlock.
    struct Merged
    {
        QStringList files;
        QList<ImportSummary> summaries;
        QStringList errors;             // not merged, kept for the next unlock
        QStringList quarantined;        // set aside: their new names
        QStringList quarantineReasons;  // why, one per file set aside
        bool cancelled = false;
    };
    struct Hooks
    {
        // Every 1000 resources; false cancels (the snapshot being merged stays in the inbox).
        std::function<bool(qint64 done)> progress;
        // Before each snapshot's commit, with what it will change (markedAbsent for a full
        // export); false cancels.
        std::function<bool(const QString& file, const ImportSummary& summary)> beforeCommit;
        // Asked while a sealed file is decrypted and checked (before any record is read); false cancels.
        std::function<bool()> keepGoing;
    };
    static Merged mergeAll(Vault& vault, const QString& dir, const Hooks& hooks = {});
    static Merged mergeAll(Vault& vault, const QString& dir, const std::function<bool(qint64)>& progress)
    {
        return mergeAll(vault, dir, Hooks{progress, {}});
    }
    // The entries of one sealed file, as sources the importer can read (decrypted on the fly).
    // The file must end with its final block and hold the options entry; every length in it is
    // bounded (see the constants below).
    static Result<QList<SnapshotImporter::Source>> open(Vault& vault, const QString& sealedFile, bool* partial = nullptr,
                                                        const std::function<bool()>& keepGoing = {});
    static constexpr auto kOptionsEntry = "relais-import-options.json";
    static constexpr auto kQuarantineSuffix = ".failed";
    static constexpr auto kReasonSuffix = ".reason";
    static constexpr quint32 kMaxNameBytes = 4096;
    static constexpr quint64 kMaxOptionsBytes = 4096;
    static constexpr int kMaxEntries = 1000;
    static constexpr quint64 kMaxEntryBytes = quint64(1) << 40;  // 1 TiB

    // The quarantined snapshots of `dir` and why each was set aside (decrypted with the vault's key).
    struct Quarantined
    {
        QString file;
        QString reason;
    };
    static QList<Quarantined> quarantined(Vault& vault, const QString& dir);
};

} // namespace relais
