// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace relais {

class Database;
class Vault;

// The one owner of the vault's `meta` table (key → text value): no other file runs SQL on it.
// Each key has a typed owner that names it and gives it meaning, and reads and writes it here:
//   vault_id                  Vault (checked against the key header at unlock), Inbox, FhirExport
//   snapshot_utc              SnapshotImporter::snapshotTime, written by ImportWriter (and the demo)
//   patients_generation       PatientStore (counted up at each write; PatientSearch watches it)
//   backup_folder, backup_last_verified_utc   Backup
//   backup_rotation           BackupRotation
//   readiness_thresholds      ReadinessThresholds
//   setup_assistant           FirstStart
//   ehr_export_folder         NightlyTask
class VaultMeta
{
public:
    static constexpr auto kVaultId = "vault_id";
    static constexpr auto kSnapshotUtc = "snapshot_utc";
    static constexpr auto kPatientsGeneration = "patients_generation";

    explicit VaultMeta(Vault& vault);
    // A connection that is not an unlocked vault's: a backup copy opened to be verified
    // (Backup), and the Database& overloads app/cli still calls (Backup::folder …).
    explicit VaultMeta(Database& db);

    // The value, or nullopt when the key is not there.
    Result<std::optional<QString>> value(const char* key) const;
    // The value, or an empty string when the key is not there or cannot be read.
    QString text(const char* key) const;
    Result<void> set(const char* key, const QString& value);
    // Keeps the greater of the stored and the given value (ISO dates compare as text).
    Result<void> setAtLeast(const char* key, const QString& value);
    Result<void> remove(const char* key);
    // Counts a key up by one (created at 1); a statement kept for the connection (hot path).
    Result<void> increment(const char* key);

private:
    Database& m_db;
};

} // namespace relais
