// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace relais {

class Database;
class Vault;

struct ImportCounts
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int keptLocal = 0;  // changed in Relais during the outage: not overwritten
    int skipped = 0;    // read but not used (inactive, or a type Relais does not keep)
};

struct ImportSummary
{
    QMap<QString, ImportCounts> byType;  // "Patient", "Observation", "CSV patients"…
    qint64 resources = 0;
    int markedAbsent = 0;  // imported patients missing from this full snapshot
    bool dryRun = false;
    QStringList lines() const;  // one line per type, for the CLI and the UI
    QString countsJson() const;
};

// Brings the EHR's data into the vault: FHIR R4 Bundles, Bulk Data NDJSON sets (with or
// without their manifest) and the documented CSV lists. All or nothing in one transaction;
// idempotent (source ids and content hashes); records created or changed in Relais are never
// overwritten; a patient missing from a newer full snapshot is marked, not deleted.
class SnapshotImporter
{
    Q_DECLARE_TR_FUNCTIONS(relais::SnapshotImporter)

public:
    // When the newest snapshot merged into the vault was taken (meta `snapshot_utc`, written by
    // the import), or nothing if no snapshot was ever imported.
    static std::optional<QDateTime> snapshotTime(Vault& vault);

    // Something to read, possibly several times (patients are read first).
    struct Source
    {
        QString name;
        std::function<std::unique_ptr<QIODevice>()> open;
    };
    struct Options
    {
        bool dryRun = false;
        bool fullSnapshot = true;
        QDateTime takenUtc;  // when the EHR exported it; default: now
        // Called every 1000 resources; return false to cancel (nothing is kept).
        std::function<bool(qint64 done)> progress;
        // Called once everything is read and checked, just before the commit (summary.markedAbsent:
        // the patients this full snapshot will mark absent); return false to cancel.
        std::function<bool(const ImportSummary& summary)> beforeCommit;
    };

    explicit SnapshotImporter(Vault& vault);
    ~SnapshotImporter();
    Result<ImportSummary> run(const QList<Source>& sources, const Options& options);

    // Files and folders as given on the command line: *.json (Bundle, or a Bulk Data manifest
    // naming its NDJSON files), *.ndjson, *.csv; a folder = the files it holds.
    static Result<QList<Source>> sourcesFromPaths(const QStringList& paths);

private:
    class Run;
    Vault& m_vault;
};

} // namespace relais
