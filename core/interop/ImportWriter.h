// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consultation/ConsultationStore.h"
#include "interop/FhirReader.h"
#include "interop/fhir/Mappers.h"
#include "prescribing/PractitionerStore.h"
#include "records/AppointmentStore.h"
#include "records/PatientStore.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>

namespace relais {

class Database;
class Transaction;
class Vault;
struct ImportSummary;

// Writes what the importer maps (FHIR through fhir::map…, CSV rows) into the vault, through the
// stores, in one transaction, and resolves the references between resources (the MapContext
// the mappers ask). Idempotent: a record whose content hash is unchanged is left alone; a record
// changed in Relais during the outage is kept; the counts go to the summary.
class ImportWriter : public fhir::MapContext
{
public:
    ImportWriter(Vault& vault, ImportSummary& summary);
    ~ImportWriter() override;  // not committed: everything rolled back
    ImportWriter(const ImportWriter&) = delete;
    ImportWriter& operator=(const ImportWriter&) = delete;

    // The transaction, the bulk settings and the lookups (patients and practitioners known).
    Result<void> begin();
    // Everything read: the indexes built again; with a full snapshot that named patients, the
    // imported patients it no longer holds are marked absent.
    Result<void> finish(bool fullSnapshot);
    // The import recorded (snapshot_import, meta.snapshot_utc, audit), then committed.
    Result<void> commit(const QDateTime& takenUtc, bool fullSnapshot);

    // One FHIR resource of any type, mapped and written; a type Relais does not keep is counted
    // as skipped. Errors name the place, the resource and the field.
    Result<void> resource(const fhir::Value& r, const SourceLocation& where, const QString& type, const QString& id);
    static bool isKept(const QString& type);

    // CSV lists (type: the summary's line, "CSV patients", "CSV appointments").
    Result<void> upsertCsvPatient(Patient& p, const QString& hash);
    Result<void> upsertAppointment(const Appointment& a, const QString& hash, const QString& type);
    // The row of a patient by its EHR id, 0 if unknown.
    qint64 patientRow(const QString& sourceId) const { return m_bySource.value(sourceId); }
    QDate today() const override;

    // MapContext
    Result<qint64> patient(const fhir::Value& resource, const char* key) override;
    std::optional<qint64> knownPatient(const QString& reference) override;
    std::optional<Author> practitioner(const QString& reference) override;

private:
    class BulkSettings;
    // A table holding no row from an earlier snapshot (see loadKnownTables).
    struct Fresh
    {
        QHash<size_t, qint64> byHash;
        QHash<QString, qint64> collided;
    };
    using Write = Result<void> (ImportWriter::*)(const fhir::Value&, const SourceLocation&, const QString&, const QString&);

    Result<void> writePatient(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    Result<void> writePractitioner(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    Result<void> writeAllergy(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    Result<void> writeCondition(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    Result<void> writeMedication(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    Result<void> writeObservation(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    Result<void> writeEncounter(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    Result<void> writeAppointment(const fhir::Value& r, const SourceLocation& where, const QString& id, const QString& type);
    static const QHash<QString, Write>& writers();

    Result<void> loadPatientIndex();
    Result<void> loadKnownTables();
    Result<void> rebuildIndexes();
    Result<void> markAbsent();
    Fresh* fresh(const QString& table);
    template <typename Holds>
    Result<qint64> writtenRow(Fresh& f, const QString& sourceId, Holds holds);
    void written(Fresh* f, const QString& sourceId, qint64 id, bool replaced);
    template <typename Part>
    Result<void> upsertPart(const QString& table, const QString& type, qint64 patientId, Part part, const QString& hash);
    Result<void> upsertPatient(Patient& p, const QString& hash, const QString& type);
    Result<void> upsertConsultation(Consultation& c, const QString& hash, const QString& type);
    QString patientSourceId(const QString& reference) const;

    Vault& m_vault;
    Database& m_db;
    ImportSummary& m_summary;
    PatientStore m_patients;
    ConsultationStore m_visits;
    AppointmentStore m_appointments;
    PractitionerStore m_practitionerStore;
    std::unique_ptr<BulkSettings> m_bulk;  // declared before the transaction: put back after its rollback
    std::unique_ptr<Transaction> m_tx;
    QHash<QString, qint64> m_bySource;
    QHash<QString, QString> m_byFullUrl;
    QHash<QString, QString> m_practitioners;          // source id → "Dr Camille Roche"
    QHash<QString, QString> m_practitionerByFullUrl;  // a Bundle's urn:uuid → source id
    std::string m_lastRef;  // the last patient reference resolved (raw UTF-8) and its row
    qint64 m_lastRefId = 0;
    QHash<QString, Fresh> m_fresh;  // by table (see loadKnownTables)
    QStringList m_deferredIndexes;  // their CREATE INDEX statements, run again at the end
    QSet<QString> m_seen;
    bool m_sawPatients = false;
};

} // namespace relais
