// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "drugs/BdpmReader.h"
#include "prescribing/Prescription.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <memory>

namespace relais {

// One medicine offered while writing a prescription line.
struct DrugHit
{
    qint64 cis = 0;
    QString name;      // denomination: "DOLIPRANE 500 mg, comprimé"
    QString brand;     // "DOLIPRANE"
    QString dci;       // "PARACÉTAMOL"
    QString strength;  // "500 mg"
    QString form;      // "comprimé"
    QString route;     // "orale"
    bool securePaper = false;  // stupéfiant or assimilated (from the prescribing conditions)
    bool available = true;     // false: withdrawn or not marketed (ranked last)
    QString status;            // translated mark when not available
    QStringList otherBrands;   // marketed brands of the same DCI, strength and form
    int limitDays = 0;         // "durée de prescription limitée à …" in the prescribing conditions
    bool stupefiant = false;   // the conditions name it a stupéfiant (or assimilated): not only secure paper

    // The prescription line in DCI form; the brand only when asked.
    PrescriptionLine toLine(bool withBrand) const;
    // "PARACÉTAMOL 500 mg, comprimé, orale — DOLIPRANE" (+ the status mark).
    QString display() const;
};

struct BdpmImportReport
{
    qint64 medicines = 0;
    qint64 presentations = 0;
    qint64 components = 0;
    qint64 conditions = 0;
    QList<BdpmProblem> problems;  // malformed rows, left out
    QDate sourceDate;             // the newest of the BDPM files
};

// The medicines reference built from the BDPM files: public data, so a plain SQLite file beside
// the vault. Integrity is checked at open (SQLite's check and a SHA-256 of the content kept in
// the meta table); a refresh builds a new file in the same folder and renames it over the old.
class DrugReference
{
    Q_DECLARE_TR_FUNCTIONS(relais::DrugReference)

public:
    static constexpr int kSchemaVersion = 1;

    // "<vault dir>/bdpm-reference.sqlite".
    static QString pathBeside(const QString& vaultPath);
    // Reads CIS_bdpm.txt, CIS_CIP_bdpm.txt, CIS_COMPO_bdpm.txt and CIS_CPD_bdpm.txt from `bdpmDir`
    // and replaces the reference at `referencePath`; on any failure the old file is untouched.
    static Result<BdpmImportReport> refresh(const QString& bdpmDir, const QString& referencePath);
    // VaultMissing when there is no reference yet; VaultCorrupt when the file is damaged.
    static Result<std::unique_ptr<DrugReference>> open(const QString& referencePath);

    // Best first: marketed before withdrawn, then DCI over brand over codes. Accent-insensitive
    // prefixes of each word; a CIS, CIP7 or CIP13 (or its start) finds the medicine.
    Result<QList<DrugHit>> search(const QString& query, int limit = 20);
    // The FTS5 MATCH expression for a query (empty when nothing searchable); for the benchmark.
    static QString matchExpression(const QString& query);

    QDate sourceDate() const { return m_sourceDate; }
    QDateTime importedUtc() const { return m_importedUtc; }
    qint64 medicineCount() const { return m_count; }
    // "BDPM reference of 12/11/2026".
    QString describe() const;
    Database& db() { return m_db; }

private:
    explicit DrugReference(Database db) : m_db(std::move(db)) { }
    static Result<QByteArray> contentHash(Database& db);

    Database m_db;
    QDate m_sourceDate;
    QDateTime m_importedUtc;
    qint64 m_count = 0;
};

QString formatBdpmProblem(const BdpmProblem& p);  // "CIS_bdpm.txt:12: expected 12 columns, found 3"

} // namespace relais
