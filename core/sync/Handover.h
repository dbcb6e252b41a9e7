// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "vault/Kdf.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>

namespace relais {

class SecureBytes;
class Vault;

// The hand-back archive for when the EHR cannot be reached by the network: every record owed
// (FHIR transaction Bundles, one per patient), one PDF per outage consultation, a reconciliation
// worksheet and a manifest with the SHA-256 of each file, in one file encrypted with libsodium
// secretstream under a key derived (Argon2id) from a passphrase chosen at export.
// Written to a temporary file renamed at the end: an interrupted export leaves no archive.
class Handover
{
    Q_DECLARE_TR_FUNCTIONS(relais::Handover)

public:
    struct Summary
    {
        QString archivePath;
        int patients = 0;
        int consultations = 0;
        int prescriptions = 0;
        int files = 0;
    };

    static constexpr auto kSuffix = ".relais-export";

    // Writes "relais-export-<date>-<time>.relais-export" into outDir.
    static Result<Summary> exportTo(Vault& vault, const QString& outDir, const SecureBytes& passphrase,
                                    const KdfParams& params, const std::function<void(int done, int total)>& progress = {});

    // Decrypts an archive into outDir, which must be new or empty: into a private folder beside
    // it first (0700, files 0600), checked (final tag, nothing after it, every file against the
    // manifest and the manifest against the files), then renamed to outDir; on any failure
    // nothing is left. A wrong passphrase is ErrorKind::WrongSecret. Returns the files written.
    static Result<QStringList> open(const QString& archivePath, const SecureBytes& passphrase, const QString& outDir);
};

} // namespace relais
