// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/SnapshotImporter.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "consultation/ConsultationStore.h"
#include "interop/CsvReader.h"
#include "interop/FhirReader.h"
#include "prescribing/PractitionerId.h"
#include "records/AppointmentStore.h"
#include "records/Nir.h"
#include "records/PatientStore.h"
#include "records/TextFold.h"
#include "vault/Sqlite.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>
#include <QUrl>

#include <sodium.h>

#include <optional>
#include <string>
#include <string_view>

namespace relais {

namespace {

using rapidjson::Value;

const QString kNirSystem = QStringLiteral("urn:oid:1.2.250.1.213.1.4.8");
const QString kNiaSystem = QStringLiteral("urn:oid:1.2.250.1.213.1.4.9");
const QString kNirTestSystem = QStringLiteral("urn:oid:1.2.250.1.213.1.4.10");
const QString kNirDemoSystem = QStringLiteral("urn:oid:1.2.250.1.213.1.4.11");

QString str(const Value& v, const char* key)
{
    if (!v.IsObject())
        return {};
    const auto it = v.FindMember(key);
    return it != v.MemberEnd() && it->value.IsString() ? QString::fromUtf8(it->value.GetString(), it->value.GetStringLength())
                                                       : QString();
}

const Value* member(const Value& v, const char* key)
{
    if (!v.IsObject())
        return nullptr;
    const auto it = v.FindMember(key);
    return it != v.MemberEnd() ? &it->value : nullptr;
}

// The strings of an array member ("given", "line"), others left out.
QStringList strings(const Value& v, const char* arrayKey)
{
    QStringList out;
    if (const Value* a = member(v, arrayKey); a && a->IsArray())
        for (const Value& x : a->GetArray())
            if (x.IsString())
                out.append(QString::fromUtf8(x.GetString(), x.GetStringLength()));
    return out;
}

const Value* first(const Value& v, const char* arrayKey)
{
    const Value* a = member(v, arrayKey);
    return a && a->IsArray() && !a->Empty() ? &(*a)[0] : nullptr;
}

// The words of a CodeableConcept: its text, else the first coding's display, else its code.
QString conceptText(const Value* c)
{
    if (!c)
        return {};
    const QString text = str(*c, "text");
    if (!text.isEmpty())
        return text;
    if (const Value* coding = first(*c, "coding"))
        return str(*coding, "display").isEmpty() ? str(*coding, "code") : str(*coding, "display");
    return {};
}

QString codeIn(const Value* cc, const std::initializer_list<const char*>& systems)
{
    if (!cc)
        return {};
    const Value* codings = member(*cc, "coding");
    if (!codings || !codings->IsArray())
        return {};
    for (const Value& c : codings->GetArray())
        for (const char* s : systems)
            if (str(c, "system") == QLatin1String(s))
                return str(c, "code");
    return {};
}

bool hasCode(const Value* concepts, const QString& code)
{
    if (!concepts || !concepts->IsArray())
        return false;
    for (const Value& cc : concepts->GetArray())
        if (const Value* codings = member(cc, "coding"); codings && codings->IsArray())
            for (const Value& c : codings->GetArray())
                if (str(c, "code").compare(code, Qt::CaseInsensitive) == 0)
                    return true;
    return false;
}

// Lays a JSON value out as rapidjson walks it (a SAX handler): every token tagged and every
// string length-prefixed, so that two different values never give the same bytes; nothing is
// escaped or formatted, unlike serialising it again.
class HashInput
{
public:
    explicit HashInput(std::string& out) : m_out(out) { }
    bool Null() { return tag('n'); }
    bool Bool(bool b) { return tag(b ? 't' : 'f'); }
    bool Int(int i) { return raw('i', &i, sizeof i); }
    bool Uint(unsigned u) { return raw('u', &u, sizeof u); }
    bool Int64(int64_t i) { return raw('I', &i, sizeof i); }
    bool Uint64(uint64_t u) { return raw('U', &u, sizeof u); }
    bool Double(double d) { return raw('d', &d, sizeof d); }
    bool RawNumber(const char* s, rapidjson::SizeType n, bool) { return text('r', s, n); }
    bool String(const char* s, rapidjson::SizeType n, bool) { return text('s', s, n); }
    bool Key(const char* s, rapidjson::SizeType n, bool) { return text('k', s, n); }
    bool StartObject() { return tag('{'); }
    bool EndObject(rapidjson::SizeType) { return tag('}'); }
    bool StartArray() { return tag('['); }
    bool EndArray(rapidjson::SizeType) { return tag(']'); }

private:
    bool tag(char t)
    {
        m_out.push_back(t);
        return true;
    }
    bool raw(char t, const void* v, std::size_t n)
    {
        m_out.push_back(t);
        m_out.append(static_cast<const char*>(v), n);
        return true;
    }
    bool text(char t, const char* s, rapidjson::SizeType n)
    {
        raw(t, &n, sizeof n);
        m_out.append(s, n);
        return true;
    }
    std::string& m_out;
};

// Change detection, not security: BLAKE2b-128 (libsodium), several times faster than SHA-256.
QString digest(const char* data, std::size_t size)
{
    unsigned char h[16];
    crypto_generichash(h, sizeof h, reinterpret_cast<const unsigned char*>(data), size, nullptr, 0);
    char hex[sizeof h * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, h, sizeof h);
    return QString::fromLatin1(hex, qsizetype(sizeof h * 2));
}

// The resource without its meta (lastUpdated changes on every export). One buffer for the
// whole import (one thread): cleared, not reallocated.
QString hashOf(const Value& resource)
{
    static thread_local std::string bytes;
    bytes.clear();
    HashInput in(bytes);
    in.StartObject();
    for (const auto& m : resource.GetObject()) {
        if (std::strcmp(m.name.GetString(), "meta") == 0)
            continue;
        m.name.Accept(in);
        m.value.Accept(in);
    }
    in.EndObject(0);
    return digest(bytes.data(), bytes.size());
}

QString hashOf(const QStringList& fields)
{
    const QByteArray joined = fields.join(QChar(0x1f)).toUtf8();
    return digest(joined.constData(), std::size_t(joined.size()));
}

QDate fhirDate(const QString& s) { return QDate::fromString(s.left(10), Qt::ISODate); }
// "2025-01-10T09:00:00Z" or with milliseconds, the usual form in exports, read directly;
// anything else (offsets, fractions of other lengths, dates only) goes through Qt.
QDateTime utcFast(const QString& s)
{
    const qsizetype n = s.size();
    if ((n != 20 && n != 24) || s.at(n - 1) != u'Z' || s.at(4) != u'-' || s.at(7) != u'-' || s.at(10) != u'T' || s.at(13) != u':'
        || s.at(16) != u':' || (n == 24 && s.at(19) != u'.'))
        return {};
    const auto num = [&s](qsizetype at, qsizetype len) {
        int v = 0;
        for (qsizetype i = at; i < at + len; ++i) {
            const char16_t c = s.at(i).unicode();
            if (c < u'0' || c > u'9')
                return -1;
            v = v * 10 + (c - u'0');
        }
        return v;
    };
    const int y = num(0, 4), mo = num(5, 2), d = num(8, 2), h = num(11, 2), mi = num(14, 2), se = num(17, 2);
    const int ms = n == 24 ? num(20, 3) : 0;
    if (y < 0 || mo < 0 || d < 0 || h < 0 || mi < 0 || se < 0 || ms < 0)
        return {};
    const QDate date(y, mo, d);
    const QTime time(h, mi, se, ms);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, Qt::UTC);
}

QDateTime fhirDateTime(const QString& s)
{
    if (QDateTime fast = utcFast(s); fast.isValid())
        return fast;
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(s, Qt::ISODate);
    if (!t.isValid() && s.size() == 10)
        t = QDateTime(QDate::fromString(s, Qt::ISODate), QTime(12, 0), Qt::UTC);
    return t.toUTC();
}

QString stripHtml(QString html)
{
    html.replace(QRegularExpression(QStringLiteral("<br\\s*/?>|</p>|</div>"), QRegularExpression::CaseInsensitiveOption), QStringLiteral("\n"));
    html.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    html.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"));
    html.replace(QLatin1String("&amp;"), QLatin1String("&")).replace(QLatin1String("&nbsp;"), QLatin1String(" "));
    return html.trimmed();
}

// French CSV headers, folded ("Date de naissance" → "date de naissance").
QString headerKey(const QString& h) { return TextFold::words(h).join(u' '); }

// Read in the first pass, so that every reference to them can be resolved in the second.
bool isFirstPassType(const QString& type) { return type == u"Patient" || type == u"Practitioner"; }

// An NDJSON file of a Bulk Data set holds one type, named first ("Patient.ndjson",
// "Patients-2.ndjson", "Practitioner_1.ndjson"; "PractitionerRole.ndjson" is not a
// Practitioner file).
bool isFirstPassName(const QString& name)
{
    const QString base = QFileInfo(name).fileName();
    return base.startsWith(QLatin1String("Patient"), Qt::CaseInsensitive)
        || (base.startsWith(QLatin1String("Practitioner"), Qt::CaseInsensitive)
            && !base.startsWith(QLatin1String("PractitionerRole"), Qt::CaseInsensitive));
}

const QString kRppsSystem = QStringLiteral("https://rpps.esante.gouv.fr");
const QString kIdNatPsSystem = QStringLiteral("urn:oid:1.2.250.1.71.4.2.1");

// The identifier's type code (HL7 v2-0203 or FR Core's copy of it): "NH" for the NSS.
QString identifierType(const Value& identifier)
{
    if (const Value* type = member(identifier, "type"))
        if (const Value* coding = first(*type, "coding"))
            return str(*coding, "code");
    return {};
}

} // namespace

QStringList ImportSummary::lines() const
{
    QStringList out;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        const ImportCounts& c = it.value();
        QString line = SnapshotImporter::tr("%1: %2 created, %3 updated, %4 unchanged").arg(it.key()).arg(c.created).arg(c.updated).arg(c.unchanged);
        if (c.keptLocal)
            line += SnapshotImporter::tr(", %1 kept as changed in Relais").arg(c.keptLocal);
        if (c.skipped)
            line += SnapshotImporter::tr(", %1 skipped").arg(c.skipped);
        out.append(line);
    }
    if (markedAbsent)
        out.append(SnapshotImporter::tr("%1 patient(s) no longer in the EHR export: marked, not deleted").arg(markedAbsent));
    return out;
}

QString ImportSummary::countsJson() const
{
    QJsonObject o;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        o.insert(it.key(), QJsonObject{{QStringLiteral("created"), it->created},
                                       {QStringLiteral("updated"), it->updated},
                                       {QStringLiteral("unchanged"), it->unchanged},
                                       {QStringLiteral("kept_local"), it->keptLocal},
                                       {QStringLiteral("skipped"), it->skipped}});
    o.insert(QStringLiteral("marked_absent"), markedAbsent);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// The connection's settings for the bulk writes of one import, put back however it ends:
// - ignore_check_constraints, while the resources are written only. Every column the import
//   writes under a CHECK (origin, sex, identity status, severity, kind, non-substitution,
//   status) is set from an enum in the code, never copied from the file; SQLite evaluates a
//   CHECK (x IN (3 or more values)) by building a temporary b-tree for every row inserted.
// - a 64 MiB page cache instead of 2 MiB: a large import otherwise spills pages to the WAL in
//   the middle of its transaction and reads (and decrypts) them again to append the next rows
//   and build the indexes (about 8 % of a first import of 300,000 resources).
class BulkSettings
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

// One import: the transaction, the lookups and the counts.
class SnapshotImporter::Run
{
public:
    Run(Vault& vault, const Options& options) : m_vault(vault), m_db(vault.db()), m_patients(vault), m_visits(vault), m_appointments(vault), m_options(options)
    {
        m_summary.dryRun = options.dryRun;
    }

    Result<ImportSummary> execute(const QList<Source>& sources)
    {
        BulkSettings bulk(m_db);
        Transaction tx(m_db);  // rolled back on any error, on cancel and on a dry run
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
        if (auto r = loadPatientIndex(); !r)
            return std::unexpected(r.error());
        if (auto r = loadKnownTables(); !r)
            return std::unexpected(r.error());
        m_patients.setIndexDeferred(true);
        bulk.checks(false);
        // Pass 1: patients, so that every reference can be resolved in pass 2.
        for (const Source& s : sources)
            if (auto r = readSource(s, true); !r)
                return std::unexpected(r.error());
        for (const Source& s : sources)
            if (auto r = readSource(s, false); !r)
                return std::unexpected(r.error());
        bulk.checks(true);
        if (auto r = rebuildIndexes(); !r)
            return std::unexpected(r.error());
        if (auto r = m_patients.flushIndex(); !r)
            return std::unexpected(r.error());
        if (m_options.fullSnapshot && m_sawPatients)
            if (auto r = markAbsent(); !r)
                return std::unexpected(r.error());
        if (m_options.dryRun)
            return m_summary;  // the transaction rolls back
        if (m_options.beforeCommit && !m_options.beforeCommit(m_summary))
            return fail(ErrorKind::Other, FhirReader::tr("Import cancelled"));
        if (auto r = record(); !r)
            return std::unexpected(r.error());
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
        return m_summary;
    }

private:
    Result<void> loadPatientIndex()
    {
        auto q = m_db.prepare(QStringLiteral("SELECT source_id, id FROM patient WHERE source_id IS NOT NULL"));
        if (!q)
            return std::unexpected(q.error());
        if (auto r = q->each([&](const Statement& s) { m_bySource.insert(s.text(0), s.integer(1)); }); !r)
            return r;
        // Practitioners of earlier snapshots, for the authors of this one's consultations.
        auto names = m_db.prepare(QStringLiteral("SELECT source_id, name FROM ehr_practitioner"));
        if (!names)
            return std::unexpected(names.error());
        return names->each([&](const Statement& s) { m_practitioners.insert(s.text(0), s.text(1)); });
    }

    // Tables holding no row from an earlier snapshot (a first import): a source id this import
    // has not written yet cannot be there, so no SELECT by source id is needed to find it.
    // What this import writes is remembered as a 64-bit hash of the source id → row id (a
    // repeated id is then found by row id and checked; a hash collision goes to an exact
    // map). Their indexes are dropped for the import and built again at its end, in the same
    // transaction (one sort instead of an insert at a random place per row; rolled back with
    // everything else if the import fails).
    struct Fresh
    {
        QHash<size_t, qint64> byHash;
        QHash<QString, qint64> collided;
    };
    static size_t key(const QString& sourceId) { return qHash(sourceId, 0x5eed); }

    Result<void> loadKnownTables()
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

    Result<void> rebuildIndexes()
    {
        m_db.resetCached();
        for (const QString& sql : std::as_const(m_deferredIndexes))
            if (auto r = m_db.exec(sql); !r)
                return r;
        m_deferredIndexes.clear();
        return {};
    }

    Fresh* fresh(const QString& table)
    {
        const auto it = m_fresh.find(table);
        return it == m_fresh.end() ? nullptr : &*it;
    }

    // Fresh table: the row id this import wrote for that source id, or 0.
    Result<qint64> writtenRow(Fresh& f, const QString& table, const QString& sourceId)
    {
        qint64 id = f.collided.value(sourceId);
        if (id == 0)
            id = f.byHash.value(key(sourceId));
        if (id == 0)
            return 0;
        auto q = m_db.cached(QStringLiteral("SELECT source_id = ? FROM %1 WHERE id = ?").arg(table));
        if (!q)
            return std::unexpected(q.error());
        (*q)->bindAll({sourceId, id});
        auto row = (*q)->step();
        if (!row)
            return std::unexpected(row.error());
        return *row && (*q)->integer(0) ? id : 0;
    }

    void written(Fresh* f, const QString& sourceId, qint64 id, bool replaced)
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

    Result<void> readSource(const Source& s, bool patientsPass)
    {
        const bool csv = s.name.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive);
        const bool ndjson = s.name.endsWith(QLatin1String(".ndjson"), Qt::CaseInsensitive);
        // NDJSON sets hold one type per file: skip the files the pass does not need.
        if (ndjson && QFileInfo(s.name).fileName().contains(QRegularExpression(QStringLiteral("^[A-Z][A-Za-z]+[._-]")))
            && isFirstPassName(s.name) != patientsPass)
            return {};
        auto dev = s.open();
        if (!dev)
            return fail(ErrorKind::Io, tr("%1: cannot be read").arg(s.name));
        Result<qint64> r = csv ? CsvReader::read(*dev, s.name,
                                                 [&](const QStringList& h, const QStringList& f, qint64 line) {
                                                     return csvRow(s.name, h, f, line, patientsPass);
                                                 })
                               : FhirReader::read(*dev, s.name, [&](const rapidjson::Value& res, const SourceLocation& at) {
                                     return resource(res, at, patientsPass);
                                 });
        if (!r)
            return std::unexpected(r.error());
        return {};
    }

    Result<bool> tick()
    {
        ++m_summary.resources;
        if (m_options.progress && m_summary.resources % 1000 == 0 && !m_options.progress(m_summary.resources))
            return false;
        return true;
    }

    static Error at(const SourceLocation& where, const QString& type, const QString& id, const QString& message)
    {
        return Error{ErrorKind::Invalid, tr("%1: %2/%3: %4").arg(where.describe(), type, id.isEmpty() ? QStringLiteral("?") : id, message)};
    }

    Result<bool> resource(const Value& r, const SourceLocation& where, bool patientsPass)
    {
        const QString type = str(r, "resourceType");
        if (isFirstPassType(type) != patientsPass)
            return true;
        QString id = str(r, "id");
        if (id.isEmpty() && type != u"Bundle") {
            // Transaction and collection Bundles may name their entries by fullUrl only.
            id = idFromFullUrl(where.fullUrl, type);
            if (id.isEmpty())
                return std::unexpected(at(where, type, id, where.entry >= 0 ? tr("field \"id\" is missing, and so is the entry's \"fullUrl\"")
                                                                           : tr("field \"id\" is missing")));
        }
        Result<void> done;
        if (type == u"Patient")
            done = patient(r, where, id);
        else if (type == u"AllergyIntolerance")
            done = allergy(r, where, id);
        else if (type == u"Condition")
            done = condition(r, where, id);
        else if (type == u"MedicationStatement" || type == u"MedicationRequest")
            done = treatment(r, where, id, type);
        else if (type == u"Observation")
            done = observation(r, where, id);
        else if (type == u"Encounter")
            done = encounter(r, where, id);
        else if (type == u"Appointment")
            done = appointment(r, where, id);
        else if (type == u"Practitioner")
            done = practitioner(r, where, id);
        else
            ++m_summary.byType[type].skipped;  // read, not kept
        if (!done)
            return std::unexpected(done.error());
        return tick();
    }

    // The source id of a Bundle entry without resource.id: the id of a RESTful fullUrl
    // ("https://ehr/fhir/Patient/123" → "123", as when the resource carries it), else the
    // fullUrl itself ("urn:uuid:…"), stable from one export of the same Bundle to the next.
    static QString idFromFullUrl(const QString& fullUrl, const QString& type)
    {
        if (fullUrl.isEmpty())
            return {};
        static const QRegularExpression restful(QStringLiteral("^(?:[a-z][a-z0-9+.-]*://[^ ]*/)?([A-Z][A-Za-z]+)/([A-Za-z0-9.-]{1,64})(?:/_history/[A-Za-z0-9.-]{1,64})?$"));
        const QRegularExpressionMatch m = restful.match(fullUrl);
        if (m.hasMatch() && m.captured(1) == type)
            return m.captured(2);
        return fullUrl;
    }

    // A reference to a patient: an entry's fullUrl of this Bundle (urn:uuid or absolute URL),
    // else "Patient/123" or ".../Patient/123" → "123", else a urn:uuid of an earlier import.
    QString patientSourceId(const QString& reference) const
    {
        if (const auto it = m_byFullUrl.constFind(reference); it != m_byFullUrl.cend())
            return *it;
        if (reference.startsWith(QLatin1String("urn:")))
            return reference;
        return reference.section(u'/', -1);
    }

    // The patient a resource points to ("Patient/123" or a Bundle's urn:uuid).
    Result<qint64> patientRef(const Value& r, const char* key, const SourceLocation& where, const QString& type, const QString& id)
    {
        const Value* ref = member(r, key);
        // Resources of one patient usually follow each other: the last reference found is
        // kept (a source id's row never changes during an import).
        const Value* raw = ref ? member(*ref, "reference") : nullptr;
        if (raw && raw->IsString() && m_lastRefId != 0 && std::string_view(raw->GetString(), raw->GetStringLength()) == m_lastRef)
            return m_lastRefId;
        QString reference = ref ? str(*ref, "reference") : QString();
        if (reference.isEmpty())
            return std::unexpected(at(where, type, id, tr("field \"%1.reference\" is missing").arg(QLatin1String(key))));
        const QString sourceId = patientSourceId(reference);
        const auto it = m_bySource.constFind(sourceId);
        if (sourceId.isEmpty() || it == m_bySource.cend())
            return std::unexpected(at(where, type, id, tr("field \"%1\" refers to %2, which is not in this snapshot nor in the vault")
                                                           .arg(QLatin1String(key), reference)));
        if (raw && raw->IsString()) {
            m_lastRef.assign(raw->GetString(), raw->GetStringLength());
            m_lastRefId = *it;
        }
        return *it;
    }

    Result<void> patient(const Value& r, const SourceLocation& where, const QString& id)
    {
        m_sawPatients = true;
        m_seen.insert(id);
        if (!where.fullUrl.isEmpty())
            m_byFullUrl.insert(where.fullUrl, id);
        Patient p;
        p.origin = Origin::Imported;
        p.sourceId = id;
        const Value* names = member(r, "name");
        if (names && names->IsArray()) {
            const Value* official = nullptr;
            for (const Value& n : names->GetArray()) {
                const QString use = str(n, "use");
                if (use == u"official" && !official)
                    official = &n;
                if (use == u"usual") {
                    p.usedName = str(n, "family");
                    if (const Value* g = first(n, "given"); g && g->IsString())
                        p.usedGivenName = QString::fromUtf8(g->GetString());
                }
            }
            if (!official && !names->Empty())
                official = &(*names)[0];
            if (official) {
                p.birthName = str(*official, "family");
                if (const Value* given = member(*official, "given"); given && given->IsArray())
                    for (const Value& g : given->GetArray())
                        if (g.IsString())
                            p.birthGivenNames += QString::fromUtf8(g.GetString()).split(u' ', Qt::SkipEmptyParts);
                p.firstGivenName = p.birthGivenNames.value(0);
            }
        }
        if (p.usedName.compare(p.birthName, Qt::CaseInsensitive) == 0)
            p.usedName.clear();
        const QString gender = str(r, "gender");
        p.sex = gender == u"male" ? Sex::Male : gender == u"female" ? Sex::Female : Sex::Unknown;
        const QString birth = str(r, "birthDate");
        p.birthDate = QDate::fromString(birth, Qt::ISODate);
        if (!birth.isEmpty() && !p.birthDate.isValid())
            return std::unexpected(at(where, QStringLiteral("Patient"), id, tr("field \"birthDate\": \"%1\" is not a full date (YYYY-MM-DD)").arg(birth)));
        if (const Value* ids = member(r, "identifier"); ids && ids->IsArray())
            for (const Value& i : ids->GetArray()) {
                const QString system = str(i, "system");
                if (identifierType(i) == u"NH") {  // NSS: the insured person's number, not the INS
                    auto nss = Nir::validate(str(i, "value"), QStringLiteral("identifier (NSS)"));
                    if (!nss)
                        return std::unexpected(at(where, QStringLiteral("Patient"), id, nss.error().message));
                    p.nss = *nss;
                } else if (system == kNirSystem || system == kNiaSystem || system == kNirTestSystem || system == kNirDemoSystem) {
                    auto nir = Nir::validate(str(i, "value"), QStringLiteral("identifier (INS)"));
                    if (!nir)
                        return std::unexpected(at(where, QStringLiteral("Patient"), id, nir.error().message));
                    p.matricule = *nir;
                    p.demo = p.demo || system == kNirDemoSystem || system == kNirTestSystem;
                }
            }
        if (const Value* exts = member(r, "extension"); exts && exts->IsArray())
            for (const Value& e : exts->GetArray()) {
                const QString url = str(e, "url");
                if (url.contains(QLatin1String("identity-reliability"), Qt::CaseInsensitive)
                    || url.contains(QLatin1String("IdentityReliability"), Qt::CaseInsensitive)) {
                    if (const Value* subs = member(e, "extension"); subs && subs->IsArray())
                        for (const Value& s : subs->GetArray())
                            if (str(s, "url") == u"identityStatus") {
                                const QString code = str(s, "valueCode").isEmpty() ? (member(s, "valueCoding") ? str(*member(s, "valueCoding"), "code") : QString())
                                                                                    : str(s, "valueCode");
                                const auto status = identityStatusFromCode(code);
                                if (!status)
                                    return std::unexpected(at(where, QStringLiteral("Patient"), id, tr("field \"identityStatus\": \"%1\" is not PROV, VALI, RECUP or QUAL").arg(code)));
                                p.identityStatus = *status;
                            }
                } else if (url.contains(QLatin1String("birthPlace"), Qt::CaseInsensitive)) {
                    if (const Value* addr = member(e, "valueAddress"))
                        if (const Value* ax = member(*addr, "extension"); ax && ax->IsArray())
                            for (const Value& x : ax->GetArray())
                                if (const Value* coding = member(x, "valueCoding"))
                                    p.birthPlaceInsee = str(*coding, "code");
                }
            }
        if (const Value* telecom = member(r, "telecom"); telecom && telecom->IsArray())
            for (const Value& t : telecom->GetArray()) {
                const QString system = str(t, "system");
                if (system == u"email")
                    p.email = str(t, "value");
                else if (system == u"phone" && str(t, "use") == u"mobile")
                    p.mobile = str(t, "value");
                else if (system == u"phone")
                    p.phone = str(t, "value");
            }
        if (const Value* a = first(r, "address")) {
            p.address = strings(*a, "line").join(QStringLiteral(", "));
            p.postalCode = str(*a, "postalCode");
            p.city = str(*a, "city");
        }
        if (auto v = PatientStore::validate(p, m_vault.clock().nowUtc().date()); !v)
            return std::unexpected(at(where, QStringLiteral("Patient"), id, v.error().message));
        const Value* meta = member(r, "meta");
        return upsertPatient(p, hashOf(r), meta ? str(*meta, "versionId") : QString(), QStringLiteral("Patient"));
    }

    Result<void> upsertPatient(Patient& p, const QString& hash, const QString& version, const QString& type)
    {
        ImportCounts& c = m_summary.byType[type];
        // m_bySource holds every patient with a source id (loaded at the start, kept up to
        // date): one it does not know is new, without asking the database.
        const auto knownAt = m_bySource.constFind(p.sourceId);
        const bool known = knownAt != m_bySource.cend();
        Statement* q = nullptr;
        if (known) {
            auto cached = m_db.cached(QStringLiteral("SELECT id, source_hash, changed_locally, absent_since_utc IS NOT NULL FROM patient WHERE id = ?"));
            if (!cached)
                return std::unexpected(cached.error());
            q = *cached;
            q->bind(1, *knownAt);
        }
        auto row = known ? q->step() : Result<bool>(false);
        if (!row)
            return std::unexpected(row.error());
        qint64 id = 0;
        if (!*row) {
            p.sourceHash = hash;  // written with the row (and absent_since_utc starts NULL)
            p.sourceVersion = version;
            auto created = m_patients.insertRaw(p);
            if (!created)
                return std::unexpected(created.error());
            m_bySource.insert(p.sourceId, *created);
            ++c.created;
            return {};
        } else {
            id = q->integer(0);
            if (q->integer(2) != 0) {
                ++c.keptLocal;  // corrected in Relais during the outage: ours wins, it goes back to the EHR
                return {};
            }
            if (q->text(1) == hash) {
                ++c.unchanged;
                if (q->integer(3) == 0)
                    return {};
                // Back in the export (a partial one marked it wrongly, or it returned): no longer absent.
                auto back = m_db.cached(QStringLiteral("UPDATE patient SET absent_since_utc = NULL WHERE id = ?"));
                if (!back)
                    return std::unexpected(back.error());
                (*back)->bind(1, id);
                return (*back)->run();
            }
            p.id = id;
            if (auto r = m_patients.replaceImported(p); !r)
                return r;
            ++c.updated;
        }
        auto mark = m_db.cached(QStringLiteral("UPDATE patient SET source_hash = ?, source_version = ?, absent_since_utc = NULL WHERE id = ?"));
        if (!mark)
            return std::unexpected(mark.error());
        (*mark)->bindAll({hash, version.isEmpty() ? QVariant() : QVariant(version), id});
        return (*mark)->run();
    }

    // Sub-records: unchanged (same hash) → nothing; changed → replaced; new → added.
    template <typename Part>
    Result<void> upsertPart(const QString& table, const QString& type, qint64 patientId, Part part, const QString& hash)
    {
        ImportCounts& c = m_summary.byType[type];
        bool exists = false;
        Fresh* f = fresh(table);
        qint64 rowId = 0;
        if (f) {
            auto w = writtenRow(*f, table, part.sourceId);
            if (!w)
                return std::unexpected(w.error());
            rowId = *w;
        }
        if (!f || rowId) {
            auto q = f ? m_db.cached(QStringLiteral("SELECT id, source_hash FROM %1 WHERE id = ?").arg(table))
                       : m_db.cached(QStringLiteral("SELECT id, source_hash FROM %1 WHERE source_id = ?").arg(table));
            if (!q)
                return std::unexpected(q.error());
            if (f)
                (*q)->bind(1, rowId);
            else
                (*q)->bind(1, part.sourceId);
            auto row = (*q)->step();
            if (!row)
                return std::unexpected(row.error());
            exists = *row;
            if (exists && (*q)->text(1) == hash) {
                ++c.unchanged;
                return {};
            }
            if (exists) {
                auto del = m_db.cached(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
                (*del)->bind(1, (*q)->integer(0));
                if (auto r = (*del)->run(); !r)
                    return r;
            }
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

    static bool inactive(const Value& r, const char* key = "clinicalStatus")
    {
        const Value* status = member(r, key);
        if (!status)
            return false;
        const QString code = status->IsString() ? QString::fromUtf8(status->GetString()) : codeIn(status, {"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical", "http://terminology.hl7.org/CodeSystem/condition-clinical"});
        return code == u"inactive" || code == u"resolved" || code == u"stopped" || code == u"completed" || code == u"entered-in-error"
            || code == u"cancelled";
    }

    Result<void> allergy(const Value& r, const SourceLocation& where, const QString& id)
    {
        const QString type = QStringLiteral("AllergyIntolerance");
        if (inactive(r)) {
            ++m_summary.byType[type].skipped;
            return {};
        }
        auto pid = patientRef(r, "patient", where, type, id);
        if (!pid)
            return std::unexpected(pid.error());
        Allergy a;
        a.sourceId = id;
        a.substance = conceptText(member(r, "code"));
        if (a.substance.isEmpty())
            return std::unexpected(at(where, type, id, tr("field \"code\" is missing: which substance?")));
        if (const Value* reaction = first(r, "reaction"))
            a.reaction = conceptText(first(*reaction, "manifestation"));
        const QString crit = str(r, "criticality");
        a.severity = crit == u"high" ? QStringLiteral("high") : crit == u"low" ? QStringLiteral("low") : QStringLiteral("unknown");
        return upsertPart(QStringLiteral("allergy"), type, *pid, a, hashOf(r));
    }

    Result<void> condition(const Value& r, const SourceLocation& where, const QString& id)
    {
        const QString type = QStringLiteral("Condition");
        auto pid = patientRef(r, "subject", where, type, id);
        if (!pid)
            return std::unexpected(pid.error());
        const Value* code = member(r, "code");
        const QString label = conceptText(code);
        if (label.isEmpty())
            return std::unexpected(at(where, type, id, tr("field \"code\" is missing")));
        const QString cim10 = codeIn(code, {"http://hl7.org/fhir/sid/icd-10", "urn:oid:2.16.840.1.113883.6.3", "http://hl7.org/fhir/sid/icd-10-fr"});
        const QDate onset = fhirDate(str(r, "onsetDateTime"));
        const bool ald = hasCode(member(r, "category"), QStringLiteral("ald"));
        if (ald) {
            Ald a;
            a.sourceId = id;
            a.label = label;
            a.cim10 = cim10;
            a.start = onset;
            a.end = fhirDate(str(r, "abatementDateTime"));
            return upsertPart(QStringLiteral("ald"), type, *pid, a, hashOf(r));
        }
        Antecedent a;
        a.sourceId = id;
        a.label = label;
        static const QRegularExpression cim10Code(QStringLiteral("^[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?$"));
        a.cim10 = cim10.isEmpty() || cim10Code.match(cim10).hasMatch() ? cim10 : QString();
        a.date = onset.isValid() && onset <= m_vault.clock().nowUtc().date() ? onset : QDate();
        a.kind = hasCode(member(r, "category"), QStringLiteral("surgical")) ? Antecedent::Kind::Surgical
            : hasCode(member(r, "category"), QStringLiteral("family"))      ? Antecedent::Kind::Family
                                                                              : Antecedent::Kind::Medical;
        return upsertPart(QStringLiteral("antecedent"), type, *pid, a, hashOf(r));
    }

    Result<void> treatment(const Value& r, const SourceLocation& where, const QString& id, const QString& type)
    {
        const QString status = str(r, "status");
        if (!status.isEmpty() && status != u"active") {
            ++m_summary.byType[type].skipped;
            return {};
        }
        auto pid = patientRef(r, "subject", where, type, id);
        if (!pid)
            return std::unexpected(pid.error());
        Treatment t;
        t.sourceId = id;
        t.dci = conceptText(member(r, "medicationCodeableConcept"));
        if (t.dci.isEmpty())
            return std::unexpected(at(where, type, id, tr("field \"medicationCodeableConcept\" is missing")));
        const Value* dosage = first(r, type == u"MedicationRequest" ? "dosageInstruction" : "dosage");
        t.posology = dosage ? str(*dosage, "text") : QString();
        if (const Value* dispense = member(r, "dispenseRequest"))
            if (const Value* n = member(*dispense, "numberOfRepeatsAllowed"); n && n->IsInt())
                t.renewals = n->GetInt();
        if (const Value* sub = member(r, "substitution")) {
            const Value* allowed = member(*sub, "allowedBoolean");
            if (allowed && allowed->IsBool() && !allowed->GetBool()) {
                const QString reason = conceptText(member(*sub, "reason")).toUpper();
                t.nonSubstitutable = reason.contains(QLatin1String("EFG")) ? QStringLiteral("EFG")
                    : reason.contains(QLatin1String("CIF"))                ? QStringLiteral("CIF")
                                                                           : QStringLiteral("MTE");
            }
        }
        return upsertPart(QStringLiteral("treatment"), type, *pid, t, hashOf(r));
    }

    Result<void> observation(const Value& r, const SourceLocation& where, const QString& id)
    {
        const QString type = QStringLiteral("Observation");
        const QString loinc = codeIn(member(r, "code"), {"http://loinc.org"});
        if (loinc != u"29463-7" && loinc != u"8302-2") {
            ++m_summary.byType[type].skipped;  // vitals other than weight and height live in consultations
            return {};
        }
        auto pid = patientRef(r, "subject", where, type, id);
        if (!pid)
            return std::unexpected(pid.error());
        const Value* q = member(r, "valueQuantity");
        const Value* v = q ? member(*q, "value") : nullptr;
        if (!v || !v->IsNumber())
            return std::unexpected(at(where, type, id, tr("field \"valueQuantity.value\" is missing")));
        const QString unit = str(*q, "code").isEmpty() ? str(*q, "unit") : str(*q, "code");
        double value = v->GetDouble();
        Measurement m;
        m.sourceId = id;
        m.date = fhirDate(str(r, "effectiveDateTime"));
        if (loinc == u"29463-7")
            m.weightKg = unit == u"g" ? value / 1000 : value;
        else
            m.heightCm = unit == u"m" ? value * 100 : value;
        auto done = upsertPart(QStringLiteral("measurement"), type, *pid, m, hashOf(r));
        if (!done)
            return std::unexpected(at(where, type, id, done.error().message));
        return done;
    }

    Result<void> encounter(const Value& r, const SourceLocation& where, const QString& id)
    {
        const QString type = QStringLiteral("Encounter");
        auto pid = patientRef(r, "subject", where, type, id);
        if (!pid)
            return std::unexpected(pid.error());
        const Value* period = member(r, "period");
        const QDateTime start = fhirDateTime(period ? str(*period, "start") : QString());
        if (!start.isValid())
            return std::unexpected(at(where, type, id, tr("field \"period.start\" is missing or not a date")));
        Consultation c;
        c.patientId = *pid;
        c.origin = Origin::Imported;
        c.sourceId = id;
        c.status = Consultation::Status::Final;
        c.startedUtc = start;
        c.finalisedUtc = fhirDateTime(str(*period, "end"));
        c.reason = conceptText(first(r, "reasonCode"));
        if (c.reason.isEmpty())
            c.reason = conceptText(first(r, "type"));
        if (const Value* text = member(r, "text"))
            c.examination = stripHtml(str(*text, "div"));
        setAuthor(c, r);
        const QString hash = hashOf(r);
        ImportCounts& n = m_summary.byType[type];
        const QString table = QStringLiteral("consultation");
        Result<bool> row = false;
        Fresh* f = fresh(table);
        qint64 rowId = 0;
        if (f) {
            auto w = writtenRow(*f, table, id);
            if (!w)
                return std::unexpected(w.error());
            rowId = *w;
        }
        if (!f || rowId) {
            auto q = f ? m_db.cached(QStringLiteral("SELECT id, source_hash, origin FROM consultation WHERE id = ?"))
                       : m_db.cached(QStringLiteral("SELECT id, source_hash, origin FROM consultation WHERE source_id = ?"));
            if (!q)
                return std::unexpected(q.error());
            if (f)
                (*q)->bind(1, rowId);
            else
                (*q)->bind(1, id);
            row = (*q)->step();
            if (!row)
                return std::unexpected(row.error());
            if (*row && (*q)->text(2) != u"imported") {
                ++n.keptLocal;
                return {};
            }
            if (*row && (*q)->text(1) == hash) {
                ++n.unchanged;
                return {};
            }
            if (*row) {
                auto del = m_db.cached(QStringLiteral("DELETE FROM consultation WHERE id = ?"));
                (*del)->bind(1, (*q)->integer(0));
                if (auto d = (*del)->run(); !d)
                    return d;
            }
        }
        c.sourceHash = hash;
        auto added = m_visits.insertRaw(c);
        if (!added)
            return std::unexpected(added.error());
        written(f, id, *added, *row);
        ++(*row ? n.updated : n.created);
        return {};
    }

    // The practitioner an Encounter names (participant.individual): its source id when the
    // snapshot or the vault holds it, and its name, else the reference's display text.
    // Informative only: an unknown one is no error.
    void setAuthor(Consultation& c, const Value& encounter)
    {
        const Value* parts = member(encounter, "participant");
        if (!parts || !parts->IsArray())
            return;
        for (const Value& p : parts->GetArray())
            if (const Value* who = member(p, "individual")) {
                const QString ref = str(*who, "reference");
                const QString source = m_practitionerByFullUrl.contains(ref)       ? m_practitionerByFullUrl.value(ref)
                    : ref.startsWith(QLatin1String("urn:uuid:"))                  ? ref
                    : ref.startsWith(QLatin1String("Practitioner/"))              ? ref.section(u'/', -1)
                                                                                  : QString();
                if (const auto it = m_practitioners.constFind(source); !source.isEmpty() && it != m_practitioners.cend()) {
                    c.authorRef = source;
                    c.author = *it;
                    return;
                }
                if (!str(*who, "display").isEmpty()) {
                    c.author = str(*who, "display");
                    return;
                }
            }
    }

    Result<void> practitioner(const Value& r, const SourceLocation& where, const QString& id)
    {
        const QString type = QStringLiteral("Practitioner");
        QString prefix, surname, given;
        if (const Value* names = member(r, "name"); names && names->IsArray() && !names->Empty()) {
            const Value* chosen = &(*names)[0];
            for (const Value& n : names->GetArray())
                if (str(n, "use") == u"official" || str(n, "use") == u"usual") {
                    chosen = &n;
                    break;
                }
            surname = str(*chosen, "family");
            given = strings(*chosen, "given").join(u' ');
            if (const Value* pre = first(*chosen, "prefix"); pre && pre->IsString())
                prefix = QString::fromUtf8(pre->GetString());
        }
        QString rpps;
        if (const Value* ids = member(r, "identifier"); ids && ids->IsArray())
            for (const Value& i : ids->GetArray()) {
                const QString system = str(i, "system");
                QString value = PractitionerId::compact(str(i, "value"));
                if (system == kIdNatPsSystem && value.size() == 12 && value.startsWith(u'8'))
                    value = value.mid(1);  // idNatPs: "8" + RPPS
                else if (system != kRppsSystem)
                    continue;
                if (!PractitionerId::isRpps(value))
                    return std::unexpected(at(where, type, id, tr("field \"identifier\" (RPPS): \"%1\" is not 11 digits with a valid key").arg(str(i, "value"))));
                rpps = value;
            }
        QString specialty;
        if (const Value* q = first(r, "qualification"))
            specialty = conceptText(member(*q, "code"));
        QString phone, email;
        if (const Value* telecom = member(r, "telecom"); telecom && telecom->IsArray())
            for (const Value& t : telecom->GetArray()) {
                if (str(t, "system") == u"email" && email.isEmpty())
                    email = str(t, "value");
                else if (str(t, "system") == u"phone" && phone.isEmpty())
                    phone = str(t, "value");
            }
        QString address, postalCode, city;
        if (const Value* a = first(r, "address")) {
            address = strings(*a, "line").join(u'\n');
            postalCode = str(*a, "postalCode");
            city = str(*a, "city");
        }
        if (surname.isEmpty()) {
            ++m_summary.byType[type].skipped;  // nobody to name: nothing worth keeping
            return {};
        }
        const QString name = QStringList{prefix, given, surname}.join(u' ').simplified();
        m_practitioners.insert(id, name);
        if (!where.fullUrl.isEmpty())
            m_practitionerByFullUrl.insert(where.fullUrl, id);

        ImportCounts& n = m_summary.byType[type];
        const QString hash = hashOf(r);
        auto q = m_db.cached(QStringLiteral("SELECT source_hash FROM ehr_practitioner WHERE source_id = ?"));
        if (!q)
            return std::unexpected(q.error());
        (*q)->bind(1, id);
        auto row = (*q)->step();
        if (!row)
            return std::unexpected(row.error());
        const bool known = *row;
        if (known && (*q)->text(0) == hash) {
            ++n.unchanged;
            return {};
        }
        auto up = m_db.cached(QStringLiteral(
            "INSERT INTO ehr_practitioner (source_id, name, surname, given_names, rpps, specialty, address, postal_code, city, "
            "phone, email, source_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(source_id) DO UPDATE SET "
            "name = excluded.name, surname = excluded.surname, given_names = excluded.given_names, rpps = excluded.rpps, "
            "specialty = excluded.specialty, address = excluded.address, postal_code = excluded.postal_code, "
            "city = excluded.city, phone = excluded.phone, email = excluded.email, source_hash = excluded.source_hash"));
        if (!up)
            return std::unexpected(up.error());
        (*up)->bindAll({id, name, surname, given, rpps, specialty, address, postalCode, city, phone, email, hash});
        if (auto d = (*up)->run(); !d)
            return d;
        ++(known ? n.updated : n.created);
        return {};
    }

    Result<void> appointment(const Value& r, const SourceLocation& where, const QString& id)
    {
        const QString type = QStringLiteral("Appointment");
        const QDateTime start = fhirDateTime(str(r, "start"));
        if (!start.isValid())
            return std::unexpected(at(where, type, id, tr("field \"start\" is missing or not a date")));
        QVariant patientId;
        QString label;
        if (const Value* parts = member(r, "participant"); parts && parts->IsArray())
            for (const Value& p : parts->GetArray())
                if (const Value* actor = member(p, "actor")) {
                    const QString ref = str(*actor, "reference");
                    const bool isPatient = ref.startsWith(QLatin1String("Patient/")) || ref.startsWith(QLatin1String("urn:uuid:"));
                    if (isPatient || m_byFullUrl.contains(ref)) {
                        const QString src = patientSourceId(ref);
                        if (m_bySource.contains(src))
                            patientId = m_bySource.value(src);
                    }
                    // A patient named only by text (not yet in the EHR) keeps that name.
                    if ((isPatient || ref.isEmpty()) && label.isEmpty())
                        label = str(*actor, "display");
                }
        return upsertAppointment(id, patientId, start, fhirDateTime(str(r, "end")), str(r, "status"), str(r, "description"), label,
                                 hashOf(r), type);
    }

    Result<void> upsertAppointment(const QString& id, const QVariant& patientId, const QDateTime& start, const QDateTime& end,
                                   const QString& status, const QString& description, const QString& label, const QString& hash,
                                   const QString& type)
    {
        Appointment a;
        a.sourceId = id;
        a.patientId = patientId.isValid() ? patientId.toLongLong() : 0;
        a.startUtc = start;
        a.endUtc = end;
        a.status = status;
        a.description = description;
        a.patientLabel = label;
        auto w = m_appointments.upsertImported(a, hash);
        if (!w)
            return std::unexpected(w.error());
        ImportCounts& n = m_summary.byType[type];
        ++(*w == AppointmentStore::Write::Unchanged ? n.unchanged : *w == AppointmentStore::Write::Updated ? n.updated : n.created);
        return {};
    }

    // CSV: a patient list or an appointment list, told apart by their headers.
    Result<bool> csvRow(const QString& file, const QStringList& header, const QStringList& fields, qint64 line, bool patientsPass)
    {
        QHash<QString, QString> row;
        for (int i = 0; i < header.size(); ++i)
            row.insert(headerKey(header.at(i)), fields.value(i));
        const bool appointments = row.contains(QStringLiteral("heure")) || row.contains(QStringLiteral("identifiant patient"));
        if (appointments == patientsPass)
            return true;
        const auto need = [&](const QString& key) -> Result<QString> {
            const QString v = row.value(key).trimmed();
            if (!row.contains(key))
                return fail(ErrorKind::Invalid, tr("%1: column \"%2\" is missing from the header").arg(file, key));
            if (v.isEmpty())
                return fail(ErrorKind::Invalid, tr("%1, line %2: column \"%3\" is empty").arg(file).arg(line).arg(key));
            return v;
        };
        const auto frenchDate = [&](const QString& key) -> Result<QDate> {
            auto v = need(key);
            if (!v)
                return std::unexpected(v.error());
            const QDate d = QDate::fromString(*v, QStringLiteral("dd/MM/yyyy"));
            if (!d.isValid())
                return fail(ErrorKind::Invalid, tr("%1, line %2: column \"%3\": \"%4\" is not a date (DD/MM/YYYY)").arg(file).arg(line).arg(key, *v));
            return d;
        };
        if (appointments) {
            auto date = frenchDate(QStringLiteral("date"));
            auto time = need(QStringLiteral("heure"));
            auto pid = need(QStringLiteral("identifiant patient"));
            if (!date)
                return std::unexpected(date.error());
            if (!time)
                return std::unexpected(time.error());
            if (!pid)
                return std::unexpected(pid.error());
            const QTime t = QTime::fromString(time->replace(u'h', u':'), QStringLiteral("H:mm"));
            if (!t.isValid())
                return fail(ErrorKind::Invalid, tr("%1, line %2: column \"heure\": \"%3\" is not a time (HH:MM)").arg(file).arg(line).arg(*time));
            const QDateTime start = QDateTime(*date, t, QTimeZone::systemTimeZone()).toUTC();
            const int minutes = row.value(QStringLiteral("duree")).toInt();
            const QString label = QString(row.value(QStringLiteral("nom")) + u' ' + row.value(QStringLiteral("prenom"))).trimmed();
            const QString id = QStringLiteral("csv-rdv-%1-%2").arg(*pid, start.toString(Qt::ISODate));
            auto r = upsertAppointment(id, m_bySource.contains(*pid) ? QVariant(m_bySource.value(*pid)) : QVariant(), start,
                                       minutes > 0 ? start.addSecs(minutes * 60) : QDateTime(), QStringLiteral("booked"),
                                       row.value(QStringLiteral("motif")), label, hashOf(fields), QStringLiteral("CSV appointments"));
            if (!r)
                return std::unexpected(r.error());
            return tick();
        }
        auto id = need(QStringLiteral("identifiant"));
        auto name = need(QStringLiteral("nom de naissance"));
        auto born = frenchDate(QStringLiteral("date de naissance"));
        auto sex = need(QStringLiteral("sexe"));
        if (!id)
            return std::unexpected(id.error());
        if (!name)
            return std::unexpected(name.error());
        if (!born)
            return std::unexpected(born.error());
        if (!sex)
            return std::unexpected(sex.error());
        Patient p;
        p.origin = Origin::Imported;
        p.sourceId = *id;
        p.birthName = *name;
        p.birthGivenNames = row.value(QStringLiteral("prenoms")).split(QRegularExpression(QStringLiteral("[ ,]+")), Qt::SkipEmptyParts);
        p.firstGivenName = row.value(QStringLiteral("premier prenom")).isEmpty() ? p.birthGivenNames.value(0) : row.value(QStringLiteral("premier prenom"));
        p.usedName = row.value(QStringLiteral("nom utilise"));
        p.birthDate = *born;
        const auto s = sexFromCode(*sex);
        if (!s)
            return fail(ErrorKind::Invalid, tr("%1, line %2: column \"sexe\": \"%3\" is not M, F or I").arg(file).arg(line).arg(*sex));
        p.sex = *s;
        p.birthPlaceInsee = row.value(QStringLiteral("lieu de naissance insee"));
        p.matricule = row.value(QStringLiteral("nir"));
        p.nss = row.value(QStringLiteral("nss"));
        if (const QString st = row.value(QStringLiteral("statut identite")); !st.isEmpty()) {
            const auto status = identityStatusFromCode(st);
            if (!status)
                return fail(ErrorKind::Invalid, tr("%1, line %2: column \"statut identite\": \"%3\" is not PROV, VALI, RECUP or QUAL").arg(file).arg(line).arg(st));
            p.identityStatus = *status;
        }
        p.address = row.value(QStringLiteral("adresse"));
        p.postalCode = row.value(QStringLiteral("code postal"));
        p.city = row.value(QStringLiteral("ville"));
        p.phone = row.value(QStringLiteral("telephone"));
        p.mobile = row.value(QStringLiteral("portable"));
        p.email = row.value(QStringLiteral("courriel"));
        if (auto v = PatientStore::validate(p, m_vault.clock().nowUtc().date()); !v)
            return fail(ErrorKind::Invalid, tr("%1, line %2: %3").arg(file).arg(line).arg(v.error().message));
        if (!p.matricule.isEmpty())
            p.matricule = *Nir::validate(p.matricule, QString());
        if (!p.nss.isEmpty())
            p.nss = *Nir::validate(p.nss, QString());
        m_sawPatients = true;
        m_seen.insert(p.sourceId);
        if (auto r = upsertPatient(p, hashOf(fields), QString(), QStringLiteral("CSV patients")); !r)
            return std::unexpected(r.error());
        return tick();
    }

    Result<void> markAbsent()
    {
        const QString now = m_vault.clock().nowUtc().toString(Qt::ISODate);
        auto q = m_db.prepare(QStringLiteral("SELECT id, source_id FROM patient WHERE origin = 'imported' AND absent_since_utc IS NULL"));
        if (!q)
            return std::unexpected(q.error());
        QList<qint64> gone;
        auto r = q->each([&](const Statement& s) {
            if (!m_seen.contains(s.text(1)))
                gone.append(s.integer(0));
        });
        if (!r)
            return r;
        auto mark = m_db.prepare(QStringLiteral("UPDATE patient SET absent_since_utc = ? WHERE id = ?"));
        for (qint64 id : std::as_const(gone)) {
            mark->reset();
            mark->bindAll({now, id});
            if (auto d = mark->run(); !d)
                return d;
        }
        m_summary.markedAbsent = int(gone.size());
        return {};
    }

    Result<void> record()
    {
        const QDateTime taken = m_options.takenUtc.isValid() ? m_options.takenUtc : m_vault.clock().nowUtc();
        auto ins = m_db.prepare(QStringLiteral("INSERT INTO snapshot_import (imported_utc, taken_utc, full_export, counts) VALUES (?,?,?,?)"));
        ins->bindAll({m_vault.clock().nowUtc().toString(Qt::ISODate), taken.toString(Qt::ISODate), m_options.fullSnapshot ? 1 : 0,
                      m_summary.countsJson()});
        if (auto r = ins->run(); !r)
            return r;
        auto meta = m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES ('snapshot_utc', ?) "
                                                "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)"));
        meta->bind(1, taken.toString(Qt::ISODate));
        if (auto r = meta->run(); !r)
            return r;
        auto a = m_vault.audit().append(QStringLiteral("snapshot.import"), QStringLiteral("snapshot"), QString::number(m_db.lastInsertId()),
                                        m_summary.countsJson());
        if (!a)
            return std::unexpected(a.error());
        return {};
    }

    Vault& m_vault;
    Database& m_db;
    PatientStore m_patients;
    ConsultationStore m_visits;
    AppointmentStore m_appointments;
    const Options& m_options;
    ImportSummary m_summary;
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

SnapshotImporter::SnapshotImporter(Vault& vault) : m_vault(vault) { }

std::optional<QDateTime> SnapshotImporter::snapshotTime(Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_utc'"));
    if (!v || !v->isValid())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(v->toString(), Qt::ISODate).toUTC();
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
}
std::optional<QDateTime> SnapshotImporter::snapshotTime(Vault& vault)
{
    return snapshotTime(vault.db());
}

SnapshotImporter::~SnapshotImporter() = default;

Result<ImportSummary> SnapshotImporter::run(const QList<Source>& sources, const Options& options)
{
    if (sources.isEmpty())
        return fail(ErrorKind::Invalid, tr("Nothing to import: give FHIR (.json, .ndjson) or CSV files"));
    Run run(m_vault, options);
    auto r = run.execute(sources);
    if (!r && r.error().message == FhirReader::tr("Import cancelled"))
        return fail(ErrorKind::Other, tr("Import cancelled: nothing was changed"));
    if (!r)
        return fail(r.error().kind, r.error().message + u' ' + tr("(nothing was imported)"));
    return r;
}

Result<QList<SnapshotImporter::Source>> SnapshotImporter::sourcesFromPaths(const QStringList& paths)
{
    QList<Source> out;
    const auto fileSource = [](const QString& path) {
        return Source{path, [path]() -> std::unique_ptr<QIODevice> {
                          auto f = std::make_unique<QFile>(path);
                          if (!f->open(QIODevice::ReadOnly))
                              return nullptr;
                          return f;
                      }};
    };
    for (const QString& path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return fail(ErrorKind::Invalid, tr("%1: no such file or folder").arg(path));
        QStringList files;
        if (info.isDir()) {
            const QDir dir(path);
            for (const QString& f : dir.entryList({QStringLiteral("*.json"), QStringLiteral("*.ndjson"), QStringLiteral("*.csv")}, QDir::Files, QDir::Name))
                files.append(dir.filePath(f));
        } else {
            files.append(path);
        }
        for (const QString& f : std::as_const(files)) {
            // A Bulk Data manifest names the NDJSON files; they are read instead of it.
            if (f.endsWith(QLatin1String(".json")) && QFileInfo(f).size() < 1024 * 1024) {
                QFile mf(f);
                if (mf.open(QIODevice::ReadOnly)) {
                    const QJsonObject manifest = QJsonDocument::fromJson(mf.readAll()).object();
                    if (manifest.contains(QStringLiteral("output")) && manifest.contains(QStringLiteral("transactionTime"))) {
                        for (const QJsonValue& o : manifest.value(QStringLiteral("output")).toArray()) {
                            const QString name = QUrl(o.toObject().value(QStringLiteral("url")).toString()).fileName();
                            const QString local = QFileInfo(f).dir().filePath(name);
                            if (!QFileInfo::exists(local))
                                return fail(ErrorKind::Invalid, tr("%1: the manifest names %2, which is not beside it").arg(f, name));
                            if (info.isDir())
                                continue;  // listed with the folder already
                            out.append(fileSource(local));
                        }
                        continue;
                    }
                }
            }
            out.append(fileSource(f));
        }
    }
    return out;
}

} // namespace relais
