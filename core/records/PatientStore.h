// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "records/Patient.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QList>

#include <optional>

namespace relais {

class Vault;
class Database;

// Patients and their sub-records inside the vault. Every write keeps the search index in step
// in the same transaction; viewing a chart is audited (patient id only).
class PatientStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::PatientStore)

public:
    explicit PatientStore(Vault& vault);

    // Refuses impossible values with a message naming the field.
    static Result<void> validate(const Patient& p, const QDate& today);
    // Plausible but odd (NIR sex or year not matching the identity): shown, not refused.
    static QStringList warnings(const Patient& p);

    struct Duplicate
    {
        qint64 id = 0;
        QString displayName;
        QDate birthDate;
        QString reason;
    };
    // Patients that are probably the same person (same NIR, or same birth date and names).
    Result<QList<Duplicate>> findDuplicates(const Patient& p);

    // Creates a patient typed in Relais (origin local, to be sent back to the EHR).
    Result<qint64> create(Patient p, IdentityStatus requested, bool doubtful = false);
    // Corrects identity and contact; sub-records are edited with add/remove below.
    Result<void> update(const Patient& p, IdentityStatus requested, bool doubtful = false);
    // Inserts a patient exactly as given (origin, status, sub-records): demo data and imports.
    Result<qint64> insertRaw(Patient p);
    // Rewrites an imported patient's identity and contact as the EHR now has them (snapshot
    // import); sub-records are not touched.
    Result<void> replaceImported(Patient p);

    Result<Patient> get(qint64 id);
    // get() for display to the GP: writes the audit event "patient.view".
    Result<Patient> openChart(qint64 id);
    // Patient::displayName() of each id found, read in one query (the audit viewer's page).
    // Not audited: the caller records its own opening.
    Result<QHash<qint64, QString>> displayNames(const QList<qint64>& ids);
    Result<qint64> count();
    // The vault this store reads (for the other stores the UI opens beside it).
    Vault& vault() const { return m_vault; }

    Result<qint64> add(qint64 patientId, const Allergy& a);
    Result<qint64> add(qint64 patientId, const Antecedent& a);
    Result<qint64> add(qint64 patientId, const Ald& a);
    Result<qint64> add(qint64 patientId, const Treatment& t);
    Result<qint64> add(qint64 patientId, const Measurement& m);
    enum class Part { Allergy, Antecedent, Ald, Treatment, Measurement };
    Result<void> remove(Part part, qint64 id);

    // The snapshot import's bookkeeping (ImportWriter): rows by the EHR's source id and the
    // hash of the content they were made from. Prepared once, for bulk use.
    struct ImportedRow
    {
        qint64 id = 0;
        QString sourceHash;
        bool changedLocally = false;  // patients: corrected in Relais, not overwritten
        bool absent = false;          // patients: marked absent from an earlier full export
    };
    // Source id → row of every patient that has one.
    Result<QHash<QString, qint64>> importedIds();
    Result<std::optional<ImportedRow>> importedPatient(qint64 id);
    // The content it now comes from (and present in the export again).
    Result<void> setImportedSource(qint64 id, const QString& hash, const QString& version);
    Result<void> markPresent(qint64 id);
    // Imported patients not yet absent whose source id is not in `seen`: absent from now on.
    Result<int> markAbsentExcept(const QSet<QString>& seen, const QDateTime& nowUtc);
    // Imported sub-records: by source id, or by row id.
    Result<std::optional<ImportedRow>> importedPart(Part part, const QString& sourceId);
    Result<std::optional<ImportedRow>> importedPartAt(Part part, qint64 rowId);
    // Whether that row still holds that source id.
    Result<bool> partHasSource(Part part, qint64 rowId, const QString& sourceId);
    // An imported sub-record replaced by a newer export (not a change made in Relais).
    Result<void> removeImportedPart(Part part, qint64 rowId);

    // The hand-back (sync/): the EHR's version of the record, which the next update is
    // conditioned on (empty: none known); set from the EHR's answer, or taken with the EHR's
    // version after a conflict (empty: unknown; the source hash goes, so the next snapshot
    // rewrites the row).
    Result<QString> sourceVersion(qint64 id);
    Result<void> setSourceVersion(qint64 id, const QString& version);
    Result<void> takeSourceVersion(qint64 id, const QString& version);
    // Whether allergies or history (family history aside) were added in Relais: they travel
    // with the patient's outbox entry.
    Result<bool> hasLocalParts(qint64 id);
    // The birth date (ISO text) and the EHR's id (empty if none) as stored: the hand-over's list.
    struct Reference
    {
        QString birthDate;
        QString sourceId;
    };
    Result<std::optional<Reference>> reference(qint64 id);
    // The highest n of the demo patients "demo-n" (DemoData), none if there is none.
    Result<std::optional<qint64>> highestDemoNumber();

    // Bulk writes inside one transaction (the snapshot import): while deferred, the search
    // index rows of inserted or replaced patients are kept here and written by flushIndex()
    // in one statement, with one move of the search generation, instead of one FTS write and
    // one generation bump per patient (each FTS statement flushes FTS5's pending segment).
    // flushIndex() must run before the transaction commits; it also runs every few thousand
    // patients to keep memory flat.
    void setIndexDeferred(bool deferred) { m_indexDeferred = deferred; }
    Result<void> flushIndex();

private:
    struct IndexRow
    {
        qint64 id = 0;
        QString surnames, given, digits;
    };
    static IndexRow indexRow(const Patient& p);
    Result<void> writeIndex(const Patient& p, bool replace);
    Result<void> bumpGeneration();
    Result<void> writePatientRow(Patient& p, bool insert);
    Result<void> insertParts(Patient& p);
    Result<void> markChanged(qint64 patientId);
    Result<qint64> insertPart(const QString& sql, const QVariantList& values, qint64 patientId, bool local);

    Vault& m_vault;
    Database& m_db;
    bool m_indexDeferred = false;
    QList<IndexRow> m_pendingIndex;
    QHash<qint64, qsizetype> m_pendingAt;  // patient id → its row in m_pendingIndex
};

} // namespace relais
