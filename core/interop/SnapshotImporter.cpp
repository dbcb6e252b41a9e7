// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/SnapshotImporter.h"

#include "common/Clock.h"
#include "interop/CsvReader.h"
#include "interop/FhirReader.h"
#include "interop/ImportWriter.h"
#include "interop/fhir/Json.h"
#include "records/AppointmentStore.h"
#include "records/Nir.h"
#include "records/PatientStore.h"
#include "records/TextFold.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTimeZone>
#include <QUrl>

namespace relais {

namespace {

using fhir::Value;

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

// One import: the sources read in two passes, each resource or row handed to the writer.
class SnapshotImporter::Run
{
public:
    Run(Vault& vault, const Options& options) : m_vault(vault), m_writer(vault, m_summary), m_options(options)
    {
        m_summary.dryRun = options.dryRun;
    }

    Result<ImportSummary> execute(const QList<Source>& sources)
    {
        if (auto r = m_writer.begin(); !r)
            return std::unexpected(r.error());
        // Pass 1: patients, so that every reference can be resolved in pass 2.
        for (const Source& s : sources)
            if (auto r = readSource(s, true); !r)
                return std::unexpected(r.error());
        for (const Source& s : sources)
            if (auto r = readSource(s, false); !r)
                return std::unexpected(r.error());
        if (auto r = m_writer.finish(m_options.fullSnapshot); !r)
            return std::unexpected(r.error());
        if (m_options.dryRun)
            return m_summary;  // the transaction rolls back
        if (m_options.beforeCommit && !m_options.beforeCommit(m_summary))
            return fail(ErrorKind::Other, FhirReader::tr("Import cancelled"));
        if (auto r = m_writer.commit(m_options.takenUtc, m_options.fullSnapshot); !r)
            return std::unexpected(r.error());
        return m_summary;
    }

private:
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
        const QString type = fhir::str(r, "resourceType");
        if (isFirstPassType(type) != patientsPass)
            return true;
        QString id = fhir::str(r, "id");
        if (id.isEmpty() && type != u"Bundle") {
            // Transaction and collection Bundles may name their entries by fullUrl only.
            id = idFromFullUrl(where.fullUrl, type);
            if (id.isEmpty())
                return std::unexpected(at(where, type, id, where.entry >= 0 ? tr("field \"id\" is missing, and so is the entry's \"fullUrl\"")
                                                                           : tr("field \"id\" is missing")));
        }
        Result<void> done = m_writer.resource(r, where, type, id);
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
            Appointment a;
            a.sourceId = QStringLiteral("csv-rdv-%1-%2").arg(*pid, start.toString(Qt::ISODate));
            a.patientId = m_writer.patientRow(*pid);
            a.startUtc = start;
            a.endUtc = minutes > 0 ? start.addSecs(minutes * 60) : QDateTime();
            a.status = QStringLiteral("booked");
            a.description = row.value(QStringLiteral("motif"));
            a.patientLabel = label;
            auto r = m_writer.upsertAppointment(a, fhir::hashOf(fields), QStringLiteral("CSV appointments"));
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
        if (auto r = m_writer.upsertCsvPatient(p, fhir::hashOf(fields)); !r)
            return std::unexpected(r.error());
        return tick();
    }

    Vault& m_vault;
    ImportSummary m_summary;
    ImportWriter m_writer;
    const Options& m_options;
};

SnapshotImporter::SnapshotImporter(Vault& vault) : m_vault(vault) { }

std::optional<QDateTime> SnapshotImporter::snapshotTime(Vault& vault)
{
    auto v = VaultMeta(vault).value(VaultMeta::kSnapshotUtc);
    if (!v || !*v)
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(**v, Qt::ISODate).toUTC();
    return t.isValid() ? std::optional<QDateTime>(t) : std::nullopt;
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
