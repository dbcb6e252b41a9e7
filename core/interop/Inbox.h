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
    static QStringList pending(const QString& dir);
    // Imports every sealed snapshot, oldest first, each all or nothing; a merged one is deleted,
    // a failing one is kept and reported.
    struct Merged
    {
        QStringList files;
        QList<ImportSummary> summaries;
        QStringList errors;
    };
    static Merged mergeAll(Vault& vault, const QString& dir, const std::function<bool(qint64)>& progress = {});
    // The entries of one sealed file, as sources the importer can read (decrypted on the fly).
    static Result<QList<SnapshotImporter::Source>> open(Vault& vault, const QString& sealedFile, bool* partial = nullptr);
    static constexpr auto kOptionsEntry = "relais-import-options.json";
};

} // namespace relais
