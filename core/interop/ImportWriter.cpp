// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ImportWriter.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "interop/SnapshotImporter.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <string_view>

namespace relais {

using fhir::member;
using fhir::str;
using fhir::Value;

namespace {

Error at(const SourceLocation& where, const QString& type, const QString& id, const QString& message)
{
    return Error{ErrorKind::Invalid, SnapshotImporter::tr("%1: %2/%3: %4")
                                         .arg(where.describe(), type, id.isEmpty() ? QStringLiteral("?") : id, message)};
}

size_t key(const QString& sourceId)
{
    return qHash(sourceId, 0x5eed);
}

PatientStore::Part partOf(const Allergy&) { return PatientStore::Part::Allergy; }
PatientStore::Part partOf(const Antecedent&) { return PatientStore::Part::Antecedent; }
PatientStore::Part partOf(const Ald&) { return PatientStore::Part::Ald; }
PatientStore::Part partOf(const Treatment&) { return PatientStore::Part::Treatment; }
PatientStore::Part partOf(const Measurement&) { return PatientStore::Part::Measurement; }

} // namespace

// The connection's settings for the bulk writes of one import, put back however it ends:
// - ignore_check_constraints, while the resources are written only. Every column the import
//   writes under a CHECK (origin, sex, identity status, severity, kind, non-substitution,
//   status) is set from an enum in the code, never copied from the file; SQLite evaluates a
//   CHECK (x IN (3 or more values)) by building a temporary b-tree for every row inserted.
// - a 64 MiB page cache instead of 2 MiB: a large import otherwise spills pages to the WAL in
//   the middle of its transaction and reads (and decrypts) them again to append the next rows
//   and build the indexes (about 8 % of a first import of 300,000 resources).
class ImportWriter::BulkSettings
{
public:
    explicit BulkSettings(Database& db) : m_db(db)
    {
        if (auto size = m_db.scalar(QStringLiteral("PRAGMA cache_size")); size && size->toLongLong() > -kCacheKiB) {
            m_cacheSize = size->toLongLong();
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kCacheKiB));
        }
    }
    ~BulkSettings()
    {
        checks(true);
        if (m_cacheSize)
            (void)m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(*m_cacheSize));
    }
    BulkSettings(const BulkSettings&) = delete;
    BulkSettings& operator=(const BulkSettings&) = delete;
    void checks(bool on)
    {
        if (on != m_checks)
            (void)m_db.exec(on ? QStringLiteral("PRAGMA ignore_check_constraints = OFF") : QStringLiteral("PRAGMA ignore_check_constraints = ON"));
        m_checks = on;
    }

private:
    static constexpr qint64 kCacheKiB = 64 * 1024;
    Database& m_db;
    bool m_checks = true;
    std::optional<qint64> m_cacheSize;  // the connection's own, to put back
};

ImportWriter::ImportWriter(Vault& vault, ImportSummary& summary)
    : m_vault(vault), m_db(vault.db()), m_summary(summary), m_patients(vault), m_visits(vault), m_appointments(vault),
      m_practitionerStore(vault)
{
}

ImportWriter::~ImportWriter()
{
    m_tx.reset();  // rolled back unless committed, before the bulk settings are put back
    m_bulk.reset();
}

Result<void> ImportWriter::begin()
{
    m_bulk = std::make_unique<BulkSettings>(m_db);
    m_tx = std::make_unique<Transaction>(m_db);  // rolled back on any error, on cancel and on a dry run
    if (auto r = m_tx->begin(); !r)
        return r;
    if (auto r = loadPatientIndex(); !r)
        return r;
    if (auto r = loadKnownTables(); !r)
        return r;
    m_patients.setIndexDeferred(true);
    m_bulk->checks(false);
    return {};
}

Result<void> ImportWriter::finish(bool fullSnapshot)
{
    m_bulk->checks(true);
    if (auto r = rebuildIndexes(); !r)
        return r;
    if (auto r = m_patients.flushIndex(); !r)
        return r;
    if (fullSnapshot && m_sawPatients)
        return markAbsent();
    return {};
}

QDate ImportWriter::today() const
{
    return m_vault.clock().nowUtc().date();
}

Result<void> ImportWriter::loadPatientIndex()
{
    auto ids = m_patients.importedIds();
    if (!ids)
        return std::unexpected(ids.error());
    m_bySource = std::move(*ids);
    // Practitioners of earlier snapshots, for the authors of this one's consultations.
    auto names = m_practitionerStore.ehrNames();
    if (!names)
        return std::unexpected(names.error());
    m_practitioners = std::move(*names);
    return {};
}

// Tables holding no row from an earlier snapshot (a first import): a source id this import
// has not written yet cannot be there, so no SELECT by source id is needed to find it.
// What this import writes is remembered as a 64-bit hash of the source id → row id (a
// repeated id is then found by row id and checked; a hash collision goes to an exact
// map). Their indexes are dropped for the import and built again at its end, in the same
// transaction (one sort instead of an insert at a random place per row; rolled back with
// everything else if the import fails).
Result<void> ImportWriter::loadKnownTables()
{
    m_db.resetCached();
    bool dropping = true;
    for (const char* name : {"patient", "allergy", "antecedent", "ald", "treatment", "measurement", "consultation"}) {
        const QString table = QLatin1String(name);
        auto any = m_db.scalar(QStringLiteral("SELECT EXISTS (SELECT 1 FROM %1 WHERE source_id IS NOT NULL)").arg(table));
        if (!any)
            return std::unexpected(any.error());
        if (any->toLongLong() != 0)
            continue;
        if (table != u"patient")  // patients: m_bySource already knows every source id
            m_fresh.insert(table, {});
        auto indexes = m_db.prepare(QStringLiteral("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL"));
        if (!indexes)
            return std::unexpected(indexes.error());
        indexes->bind(1, table);
        QStringList names, sqls;
        if (auto r = indexes->each([&](const Statement& q) {
                names.append(q.text(0));
                sqls.append(q.text(1));
            });
            !r)
            return r;
        // Only dropped while nothing else reads the connection (a statement of another
        // part of the app left on a row makes DROP INDEX fail): otherwise the indexes stay
        // and are kept up to date row by row, as before; only slower.
        for (int i = 0; i < names.size() && dropping; ++i) {
            if (m_db.exec(QStringLiteral("DROP INDEX \"%1\"").arg(names.at(i))))
                m_deferredIndexes.append(sqls.at(i));
            else
                dropping = false;
        }
    }
    return {};
}

Result<void> ImportWriter::rebuildIndexes()
{
    m_db.resetCached();
    for (const QString& sql : std::as_const(m_deferredIndexes))
        if (auto r = m_db.exec(sql); !r)
            return r;
    m_deferredIndexes.clear();
    return {};
}

ImportWriter::Fresh* ImportWriter::fresh(const QString& table)
{
    const auto it = m_fresh.find(table);
    return it == m_fresh.end() ? nullptr : &*it;
}

// Fresh table: the row id this import wrote for that source id (`holds` checks that the row
// still has it: a hash collision is not the same id), or 0.
template <typename Holds>
Result<qint64> ImportWriter::writtenRow(Fresh& f, const QString& sourceId, Holds holds)
{
    qint64 id = f.collided.value(sourceId);
    if (id == 0)
        id = f.byHash.value(key(sourceId));
    if (id == 0)
        return 0;
    auto same = holds(id);
    if (!same)
        return std::unexpected(same.error());
    return *same ? id : 0;
}

void ImportWriter::written(Fresh* f, const QString& sourceId, qint64 id, bool replaced)
{
    if (!f)
        return;
    const size_t k = key(sourceId);
    const auto it = f->byHash.find(k);
    if (it == f->byHash.end())
        f->byHash.insert(k, id);
    else if (replaced && !f->collided.contains(sourceId))
        *it = id;  // the same source id, written again
    else
        f->collided.insert(sourceId, id);  // another source id with the same hash
}

// The resource types kept, and how each is written: its mapper (core/interop/fhir), then the
// store that owns its table. A new type: its mapper, one line here.
const QHash<QString, ImportWriter::Write>& ImportWriter::writers()
{
    static const QHash<QString, Write> table{
        {QStringLiteral("Patient"), &ImportWriter::writePatient},
        {QStringLiteral("Practitioner"), &ImportWriter::writePractitioner},
        {QStringLiteral("AllergyIntolerance"), &ImportWriter::writeAllergy},
        {QStringLiteral("Condition"), &ImportWriter::writeCondition},
        {QStringLiteral("MedicationStatement"), &ImportWriter::writeMedication},
        {QStringLiteral("MedicationRequest"), &ImportWriter::writeMedication},
        {QStringLiteral("Observation"), &ImportWriter::writeObservation},
        {QStringLiteral("Encounter"), &ImportWriter::writeEncounter},
        {QStringLiteral("Appointment"), &ImportWriter::writeAppointment},
    };
    return table;
}

bool ImportWriter::isKept(const QString& type)
{
    return writers().contains(type);
}

Result<void> ImportWriter::resource(const Value& r, const SourceLocation& where, const QString& type, const QString& id)
{
    const auto it = writers().constFind(type);
    if (it == writers().cend()) {
        ++m_summary.byType[type].skipped;  // read, not kept
        return {};
    }
    return (this->**it)(r, where, id, type);
}

Result<void> ImportWriter::writePatient(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    m_sawPatients = true;
    m_seen.insert(id);
    if (!where.fullUrl.isEmpty())
        m_byFullUrl.insert(where.fullUrl, id);
    auto p = fhir::mapPatient(r, id, *this);
    if (!p)
        return std::unexpected(at(where, type, id, p.error().message));
    return upsertPatient(*p, fhir::hashOf(r), type);
}

Result<void> ImportWriter::writePractitioner(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    auto p = fhir::mapPractitioner(r, id);
    if (!p)
        return std::unexpected(at(where, type, id, p.error().message));
    if (!*p) {
        ++m_summary.byType[type].skipped;
        return {};
    }
    m_practitioners.insert(id, (*p)->name);
    if (!where.fullUrl.isEmpty())
        m_practitionerByFullUrl.insert(where.fullUrl, id);
    auto w = m_practitionerStore.upsertEhr(**p, fhir::hashOf(r));
    if (!w)
        return std::unexpected(w.error());
    ImportCounts& n = m_summary.byType[type];
    ++(*w == PractitionerStore::Write::Unchanged ? n.unchanged : *w == PractitionerStore::Write::Updated ? n.updated : n.created);
    return {};
}

Result<void> ImportWriter::writeAllergy(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    auto a = fhir::mapAllergyIntolerance(r, id, *this);
    if (!a)
        return std::unexpected(at(where, type, id, a.error().message));
    if (!*a) {
        ++m_summary.byType[type].skipped;
        return {};
    }
    return upsertPart(QStringLiteral("allergy"), type, (*a)->patientId, (*a)->record, fhir::hashOf(r));
}

Result<void> ImportWriter::writeCondition(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    auto c = fhir::mapCondition(r, id, *this);
    if (!c)
        return std::unexpected(at(where, type, id, c.error().message));
    if (const auto* ald = std::get_if<Ald>(&c->record))
        return upsertPart(QStringLiteral("ald"), type, c->patientId, *ald, fhir::hashOf(r));
    return upsertPart(QStringLiteral("antecedent"), type, c->patientId, std::get<Antecedent>(c->record), fhir::hashOf(r));
}

Result<void> ImportWriter::writeMedication(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    auto t = fhir::mapMedication(r, id, type, *this);
    if (!t)
        return std::unexpected(at(where, type, id, t.error().message));
    if (!*t) {
        ++m_summary.byType[type].skipped;
        return {};
    }
    return upsertPart(QStringLiteral("treatment"), type, (*t)->patientId, (*t)->record, fhir::hashOf(r));
}

Result<void> ImportWriter::writeObservation(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    auto m = fhir::mapObservation(r, id, *this);
    if (!m)
        return std::unexpected(at(where, type, id, m.error().message));
    if (!*m) {
        ++m_summary.byType[type].skipped;
        return {};
    }
    auto done = upsertPart(QStringLiteral("measurement"), type, (*m)->patientId, (*m)->record, fhir::hashOf(r));
    if (!done)
        return std::unexpected(at(where, type, id, done.error().message));
    return done;
}

Result<void> ImportWriter::writeEncounter(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    auto c = fhir::mapEncounter(r, id, *this);
    if (!c)
        return std::unexpected(at(where, type, id, c.error().message));
    return upsertConsultation(*c, fhir::hashOf(r), type);
}

Result<void> ImportWriter::writeAppointment(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
{
    auto a = fhir::mapAppointment(r, id, *this);
    if (!a)
        return std::unexpected(at(where, type, id, a.error().message));
    return upsertAppointment(*a, fhir::hashOf(r), type);
}

// A reference to a patient: an entry's fullUrl of this Bundle (urn:uuid or absolute URL),
// else "Patient/123" or ".../Patient/123" → "123", else a urn:uuid of an earlier import.
QString ImportWriter::patientSourceId(const QString& reference) const
{
    if (const auto it = m_byFullUrl.constFind(reference); it != m_byFullUrl.cend())
        return *it;
    if (reference.startsWith(QLatin1String("urn:")))
        return reference;
    return reference.section(u'/', -1);
}

// The patient a resource points to ("Patient/123" or a Bundle's urn:uuid).
Result<qint64> ImportWriter::patient(const fhir::Value& r, const char* key)
{
    const Value* ref = member(r, key);
    // Resources of one patient usually follow each other: the last reference found is
    // kept (a source id's row never changes during an import).
    const Value* raw = ref ? member(*ref, "reference") : nullptr;
    if (raw && raw->IsString() && m_lastRefId != 0 && std::string_view(raw->GetString(), raw->GetStringLength()) == m_lastRef)
        return m_lastRefId;
    QString reference = ref ? str(*ref, "reference") : QString();
    if (reference.isEmpty())
        return fail(ErrorKind::Invalid, SnapshotImporter::tr("field \"%1.reference\" is missing").arg(QLatin1String(key)));
    const QString sourceId = patientSourceId(reference);
    const auto it = m_bySource.constFind(sourceId);
    if (sourceId.isEmpty() || it == m_bySource.cend())
        return fail(ErrorKind::Invalid, SnapshotImporter::tr("field \"%1\" refers to %2, which is not in this snapshot nor in the vault")
                                               .arg(QLatin1String(key), reference));
    if (raw && raw->IsString()) {
        m_lastRef.assign(raw->GetString(), raw->GetStringLength());
        m_lastRefId = *it;
    }
    return *it;
}

std::optional<qint64> ImportWriter::knownPatient(const QString& reference)
{
    const bool isPatient = reference.startsWith(QLatin1String("Patient/")) || reference.startsWith(QLatin1String("urn:uuid:"));
    if (!isPatient && !m_byFullUrl.contains(reference))
        return std::nullopt;
    const auto it = m_bySource.constFind(patientSourceId(reference));
    if (it == m_bySource.cend())
        return std::nullopt;
    return *it;
}

std::optional<fhir::MapContext::Author> ImportWriter::practitioner(const QString& ref)
{
    const QString source = m_practitionerByFullUrl.contains(ref)       ? m_practitionerByFullUrl.value(ref)
        : ref.startsWith(QLatin1String("urn:uuid:"))                  ? ref
        : ref.startsWith(QLatin1String("Practitioner/"))              ? ref.section(u'/', -1)
                                                                      : QString();
    if (const auto it = m_practitioners.constFind(source); !source.isEmpty() && it != m_practitioners.cend())
        return Author{source, *it};
    return std::nullopt;
}

Result<void> ImportWriter::upsertPatient(Patient& p, const QString& hash, const QString& type)
{
    const QString version = p.sourceVersion;
    p.sourceVersion.clear();
    ImportCounts& c = m_summary.byType[type];
    // m_bySource holds every patient with a source id (loaded at the start, kept up to
    // date): one it does not know is new, without asking the database.
    const auto knownAt = m_bySource.constFind(p.sourceId);
    auto row = knownAt != m_bySource.cend() ? m_patients.importedPatient(*knownAt) : std::optional<PatientStore::ImportedRow>();
    if (!row)
        return std::unexpected(row.error());
    if (!*row) {
        p.sourceHash = hash;  // written with the row (and absent_since_utc starts NULL)
        p.sourceVersion = version;
        auto created = m_patients.insertRaw(p);
        if (!created)
            return std::unexpected(created.error());
        m_bySource.insert(p.sourceId, *created);
        ++c.created;
        return {};
    }
    const qint64 id = (*row)->id;
    if ((*row)->changedLocally) {
        ++c.keptLocal;  // corrected in Relais during the outage: ours wins, it goes back to the EHR
        return {};
    }
    if ((*row)->sourceHash == hash) {
        ++c.unchanged;
        // Back in the export (a partial one marked it wrongly, or it returned): no longer absent.
        return (*row)->absent ? m_patients.markPresent(id) : Result<void>();
    }
    p.id = id;
    if (auto r = m_patients.replaceImported(p); !r)
        return r;
    ++c.updated;
    return m_patients.setImportedSource(id, hash, version);
}

// Sub-records: unchanged (same hash) → nothing; changed → replaced; new → added.
template <typename Part>
Result<void> ImportWriter::upsertPart(const QString& table, const QString& type, qint64 patientId, Part part, const QString& hash)
{
    const PatientStore::Part kind = partOf(part);
    ImportCounts& c = m_summary.byType[type];
    bool exists = false;
    Fresh* f = fresh(table);
    qint64 rowId = 0;
    if (f) {
        auto w = writtenRow(*f, part.sourceId, [&](qint64 id) { return m_patients.partHasSource(kind, id, part.sourceId); });
        if (!w)
            return std::unexpected(w.error());
        rowId = *w;
    }
    if (!f || rowId) {
        auto row = f ? m_patients.importedPartAt(kind, rowId) : m_patients.importedPart(kind, part.sourceId);
        if (!row)
            return std::unexpected(row.error());
        exists = row->has_value();
        if (exists && (*row)->sourceHash == hash) {
            ++c.unchanged;
            return {};
        }
        if (exists)
            if (auto r = m_patients.removeImportedPart(kind, (*row)->id); !r)
                return r;
    }
    part.origin = Origin::Imported;
    part.sourceHash = hash;
    auto added = m_patients.add(patientId, part);
    if (!added)
        return std::unexpected(added.error());
    written(f, part.sourceId, *added, exists);
    ++(exists ? c.updated : c.created);
    return {};
}

Result<void> ImportWriter::upsertConsultation(Consultation& c, const QString& hash, const QString& type)
{
    const QString id = c.sourceId;
    ImportCounts& n = m_summary.byType[type];
    bool exists = false;
    Fresh* f = fresh(QStringLiteral("consultation"));
    qint64 rowId = 0;
    if (f) {
        auto w = writtenRow(*f, id, [&](qint64 row) { return m_visits.hasSource(row, id); });
        if (!w)
            return std::unexpected(w.error());
        rowId = *w;
    }
    if (!f || rowId) {
        auto row = f ? m_visits.importedAt(rowId) : m_visits.importedBySource(id);
        if (!row)
            return std::unexpected(row.error());
        exists = row->has_value();
        if (exists && !(*row)->imported) {
            ++n.keptLocal;
            return {};
        }
        if (exists && (*row)->sourceHash == hash) {
            ++n.unchanged;
            return {};
        }
        if (exists)
            if (auto d = m_visits.removeImported((*row)->id); !d)
                return d;
    }
    c.sourceHash = hash;
    auto added = m_visits.insertRaw(c);
    if (!added)
        return std::unexpected(added.error());
    written(f, id, *added, exists);
    ++(exists ? n.updated : n.created);
    return {};
}

Result<void> ImportWriter::upsertCsvPatient(Patient& p, const QString& hash)
{
    m_sawPatients = true;
    m_seen.insert(p.sourceId);
    return upsertPatient(p, hash, QStringLiteral("CSV patients"));
}

Result<void> ImportWriter::upsertAppointment(const Appointment& a, const QString& hash, const QString& type)
{
    auto w = m_appointments.upsertImported(a, hash);
    if (!w)
        return std::unexpected(w.error());
    ImportCounts& n = m_summary.byType[type];
    ++(*w == AppointmentStore::Write::Unchanged ? n.unchanged : *w == AppointmentStore::Write::Updated ? n.updated : n.created);
    return {};
}

Result<void> ImportWriter::markAbsent()
{
    auto marked = m_patients.markAbsentExcept(m_seen, m_vault.clock().nowUtc());
    if (!marked)
        return std::unexpected(marked.error());
    m_summary.markedAbsent = *marked;
    return {};
}

Result<void> ImportWriter::commit(const QDateTime& takenUtc, bool fullSnapshot)
{
    const QDateTime taken = takenUtc.isValid() ? takenUtc : m_vault.clock().nowUtc();
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO snapshot_import (imported_utc, taken_utc, full_export, counts) VALUES (?,?,?,?)"));
    ins->bindAll({m_vault.clock().nowUtc().toString(Qt::ISODate), taken.toString(Qt::ISODate), fullSnapshot ? 1 : 0,
                  m_summary.countsJson()});
    if (auto r = ins->run(); !r)
        return r;
    if (auto r = VaultMeta(m_vault).setAtLeast(VaultMeta::kSnapshotUtc, taken.toString(Qt::ISODate)); !r)
        return r;
    auto a = m_vault.audit().append(QStringLiteral("snapshot.import"), QStringLiteral("snapshot"), QString::number(m_db.lastInsertId()),
                                    m_summary.countsJson());
    if (!a)
        return std::unexpected(a.error());
    return m_tx->commit();
}


} // namespace relais
