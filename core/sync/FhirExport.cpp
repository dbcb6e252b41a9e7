// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/FhirExport.h"

#include "common/Clock.h"
#include "consultation/ConsultationReportStore.h"
#include "consultation/ConsultationStore.h"
#include "interop/fhir/FhirSystems.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "sync/SyncSettings.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <openssl/evp.h>

#include <algorithm>

#include <optional>

namespace relais {

using namespace Qt::StringLiterals;

namespace {

using fhir::systems::kIcd10;
using fhir::systems::kLoinc;
using fhir::systems::kRpps;
using fhir::systems::kUcum;

QString newFullUrl()
{
    return u"urn:uuid:"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// OpenSSL's encoder (linked for SQLCipher): several times QByteArray::toBase64 on the reports.
QString base64(const QByteArray& data)
{
    QByteArray out(4 * ((data.size() + 2) / 3), Qt::Uninitialized);
    const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()),
                                  reinterpret_cast<const unsigned char*>(data.constData()), int(data.size()));
    if (n != out.size())
        return QString::fromLatin1(data.toBase64());
    return QString::fromLatin1(out);
}

bool isBase64(const QString& s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'+' || u == u'/'
            || u == u'=';
    });
}

QJsonObject coding(const QString& system, const QString& code, const QString& display = {})
{
    QJsonObject c{{u"system"_s, system}, {u"code"_s, code}};
    if (!display.isEmpty())
        c.insert(u"display"_s, display);
    return c;
}

QJsonObject codeable(const QJsonObject& c, const QString& text = {})
{
    QJsonObject o{{u"coding"_s, QJsonArray{c}}};
    if (!text.isEmpty())
        o.insert(u"text"_s, text);
    return o;
}

QJsonObject quantity(double value, const QString& unit)
{
    return {{u"value"_s, value}, {u"unit"_s, unit}, {u"system"_s, kUcum}, {u"code"_s, unit}};
}

QString isoUtc(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

// INS system for the matricule: NIA (provisional, sex digit 7/8) or NIR; demo data never uses the real one.
QString insSystem(const Patient& p)
{
    if (p.demo)
        return fhir::systems::kNirDemo;
    if (p.matricule.startsWith(u'7') || p.matricule.startsWith(u'8'))
        return fhir::systems::kNia;
    return fhir::systems::kNir;
}

// JavaScript's \s (what validators test "non-whitespace content" with) is QChar::isSpace plus U+FEFF.
bool blank(QStringView s)
{
    return std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.isSpace() || c == QChar(0xfeff); });
}

enum class Pruned { Kept, Changed, Removed };

// In place; containers are rebuilt only where something inside goes.
Pruned prune(QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return Pruned::Removed;
    case QJsonValue::String:
        return blank(v.toString()) ? Pruned::Removed : Pruned::Kept;
    case QJsonValue::Array: {
        QJsonArray a = v.toArray();
        bool changed = false;
        for (qsizetype i = a.size() - 1; i >= 0; --i) {
            QJsonValue item = a.at(i);
            const Pruned p = prune(item);
            if (p == Pruned::Removed)
                a.removeAt(i);
            else if (p == Pruned::Changed)
                a.replace(i, item);
            changed = changed || p != Pruned::Kept;
        }
        if (a.isEmpty())
            return Pruned::Removed;
        if (changed)
            v = a;
        return changed ? Pruned::Changed : Pruned::Kept;
    }
    case QJsonValue::Object: {
        QJsonObject o = v.toObject();
        bool changed = false;
        for (auto it = o.begin(); it != o.end();) {
            QJsonValue item = it.value();
            const Pruned p = prune(item);
            changed = changed || p != Pruned::Kept;
            if (p == Pruned::Removed) {
                it = o.erase(it);
                continue;
            }
            if (p == Pruned::Changed)
                it.value() = item;
            ++it;
        }
        if (o.isEmpty())
            return Pruned::Removed;
        if (changed)
            v = o;
        return changed ? Pruned::Changed : Pruned::Kept;
    }
    case QJsonValue::Bool:
    case QJsonValue::Double:
        break;
    }
    return Pruned::Kept;
}

class Builder
{
public:
    Builder(const QString& system, PatientBundle& out) : m_system(system), m_out(out) { }

    QJsonObject identifier(const QString& value) const
    {
        return {{u"system"_s, m_system}, {u"value"_s, value}};
    }

    // Adds a conditional create; returns its fullUrl.
    QString create(QJsonObject resource, const QString& idValue, qint64 outboxId)
    {
        const QString type = resource.value(u"resourceType"_s).toString();
        QJsonArray ids = resource.value(u"identifier"_s).toArray();
        ids.prepend(identifier(idValue));
        resource.insert(u"identifier"_s, ids);
        const QString fullUrl = newFullUrl();
        m_entries.append(QJsonObject{
            {u"fullUrl"_s, fullUrl},
            {u"resource"_s, resource},
            {u"request"_s, QJsonObject{{u"method"_s, u"POST"_s}, {u"url"_s, type},
                                       {u"ifNoneExist"_s, u"identifier=%1|%2"_s.arg(m_system, idValue)}}}});
        m_out.outboxIdOfEntry.append(outboxId);
        return fullUrl;
    }

    // Adds a conditional update on the stable identifier (created if absent); returns its fullUrl.
    QString updateByIdentifier(QJsonObject resource, const QString& idValue, qint64 outboxId)
    {
        const QString type = resource.value(u"resourceType"_s).toString();
        QJsonArray ids = resource.value(u"identifier"_s).toArray();
        ids.prepend(identifier(idValue));
        resource.insert(u"identifier"_s, ids);
        const QString fullUrl = newFullUrl();
        m_entries.append(QJsonObject{
            {u"fullUrl"_s, fullUrl},
            {u"resource"_s, resource},
            {u"request"_s, QJsonObject{{u"method"_s, u"PUT"_s}, {u"url"_s, u"%1?identifier=%2|%3"_s.arg(type, m_system, idValue)}}}});
        m_out.outboxIdOfEntry.append(outboxId);
        return fullUrl;
    }

    // Removes what an earlier version sent and a correction dropped (nothing if absent).
    void removeByIdentifier(const QString& type, const QString& idValue)
    {
        m_entries.append(QJsonObject{
            {u"request"_s, QJsonObject{{u"method"_s, u"DELETE"_s}, {u"url"_s, u"%1?identifier=%2|%3"_s.arg(type, m_system, idValue)}}}});
        m_out.outboxIdOfEntry.append(0);
    }

    void update(QJsonObject resource, const QString& url, const QString& version, qint64 outboxId)
    {
        QJsonObject request{{u"method"_s, u"PUT"_s}, {u"url"_s, url}};
        if (!version.isEmpty())
            request.insert(u"ifMatch"_s, u"W/\"%1\""_s.arg(version));
        m_entries.append(QJsonObject{{u"fullUrl"_s, newFullUrl()}, {u"resource"_s, resource}, {u"request"_s, request}});
        m_out.outboxIdOfEntry.append(outboxId);
    }

    QJsonObject bundle() const
    {
        return FhirExport::pruned({{u"resourceType"_s, u"Bundle"_s}, {u"type"_s, u"transaction"_s}, {u"entry"_s, m_entries}});
    }

private:
    QString m_system;
    PatientBundle& m_out;
    QJsonArray m_entries;
};

QJsonObject patientResource(const Patient& p)
{
    QJsonObject r{{u"resourceType"_s, u"Patient"_s}};
    QJsonArray identifiers;
    // An INS travels only with an identity status that allows it (never on PROV).
    if (!p.matricule.isEmpty() && p.identityStatus != IdentityStatus::Prov)
        identifiers.append(QJsonObject{{u"use"_s, u"official"_s}, {u"system"_s, insSystem(p)}, {u"value"_s, p.matricule}});
    // The NSS the care is billed to (FR Core identifier type NH), as imported: not the INS.
    if (!p.nss.isEmpty())
        identifiers.append(QJsonObject{
            {u"type"_s, QJsonObject{{u"coding"_s, QJsonArray{coding(fhir::systems::kIdentifierType, u"NH"_s)}}}},
            {u"system"_s, p.demo ? fhir::systems::kNirDemo : fhir::systems::kNir},
            {u"value"_s, p.nss}});
    r.insert(u"identifier"_s, identifiers);
    r.insert(u"extension"_s, QJsonArray{QJsonObject{
        {u"url"_s, u"https://hl7.fr/ig/fhir/core/StructureDefinition/fr-core-identity-reliability"_s},
        {u"extension"_s, QJsonArray{QJsonObject{
            {u"url"_s, u"identityStatus"_s},
            {u"valueCoding"_s, coding(u"https://mos.esante.gouv.fr/NOS/TRE_R338-ModaliteAccueil/FHIR/TRE-R338-ModaliteAccueil"_s,
                                      identityStatusCode(p.identityStatus))}}}}}});
    QJsonArray given;
    for (const QString& g : p.birthGivenNames)
        given.append(g);
    if (given.isEmpty())
        given.append(p.firstGivenName);
    QJsonArray names{QJsonObject{{u"use"_s, u"official"_s}, {u"family"_s, p.birthName}, {u"given"_s, given}}};
    if (!blank(p.usedName) || !blank(p.usedGivenName)) {
        QJsonObject usual{{u"use"_s, u"usual"_s}, {u"family"_s, blank(p.usedName) ? p.birthName : p.usedName}};
        if (!blank(p.usedGivenName))
            usual.insert(u"given"_s, QJsonArray{p.usedGivenName});
        names.append(usual);
    }
    r.insert(u"name"_s, names);
    r.insert(u"gender"_s, p.sex == Sex::Male ? u"male"_s : p.sex == Sex::Female ? u"female"_s : u"unknown"_s);
    r.insert(u"birthDate"_s, p.birthDate.toString(Qt::ISODate));
    QJsonArray telecom;
    if (!p.phone.isEmpty())
        telecom.append(QJsonObject{{u"system"_s, u"phone"_s}, {u"use"_s, u"home"_s}, {u"value"_s, p.phone}});
    if (!p.mobile.isEmpty())
        telecom.append(QJsonObject{{u"system"_s, u"phone"_s}, {u"use"_s, u"mobile"_s}, {u"value"_s, p.mobile}});
    if (!p.email.isEmpty())
        telecom.append(QJsonObject{{u"system"_s, u"email"_s}, {u"value"_s, p.email}});
    if (!telecom.isEmpty())
        r.insert(u"telecom"_s, telecom);
    // Whatever part of the address is known (a town without a street is common); the country only
    // beside it, never an address saying nothing but "FR". Blank lines go with the pruning.
    if (!blank(p.address) || !blank(p.postalCode) || !blank(p.city)) {
        QJsonArray lines;
        for (const QString& line : p.address.split(u'\n'))
            lines.append(line.trimmed());
        r.insert(u"address"_s, QJsonArray{QJsonObject{{u"line"_s, lines}, {u"postalCode"_s, p.postalCode.trimmed()},
                                                     {u"city"_s, p.city.trimmed()}, {u"country"_s, u"FR"_s}}});
    }
    return r;
}

QJsonObject practitionerRef(const std::optional<Practitioner>& d)
{
    if (!d)
        return {};
    return {{u"identifier"_s, QJsonObject{{u"system"_s, kRpps}, {u"value"_s, d->rpps}}}, {u"display"_s, d->displayName()}};
}

QJsonObject ref(const QString& reference)
{
    return {{u"reference"_s, reference}};
}

} // namespace

FhirExport::FhirExport(Vault& vault) : m_vault(vault)
{
    m_system = u"urn:relais:"_s + VaultMeta(vault).text(VaultMeta::kVaultId);
}

bool FhirExport::sameServerAsSnapshot(Vault& vault, const QUrl& baseUrl)
{
    auto v = SyncSettings::snapshotServer(vault);
    if (!v || v->isEmpty())
        return true;  // the usual case: the practice's EHR is both the snapshot's source and the target
    auto normal = [](const QUrl& u) { return u.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments); };
    return normal(QUrl(*v)) == normal(baseUrl);
}

Result<void> FhirExport::setSnapshotServer(Vault& vault, const QUrl& baseUrl)
{
    return SyncSettings::setSnapshotServer(vault, baseUrl);
}

QByteArray FhirExport::toJson(const QJsonObject& bundle)
{
    // Each attachment's data is swapped for a placeholder made of characters the writer copies as
    // they are, then put back into the text; base64 needs no escaping either.
    const QString mark = u"relais-attachment-"_s + QUuid::createUuid().toString(QUuid::Id128) + u'-';
    QList<QByteArray> data;
    QJsonArray entries = bundle.value(u"entry"_s).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject entry = entries.at(i).toObject();
        QJsonObject resource = entry.value(u"resource"_s).toObject();
        QJsonArray content = resource.value(u"content"_s).toArray();
        bool changed = false;
        for (qsizetype j = 0; j < content.size(); ++j) {
            QJsonObject c = content.at(j).toObject();
            QJsonObject attachment = c.value(u"attachment"_s).toObject();
            const QString d = attachment.value(u"data"_s).toString();
            if (d.size() < 1024 || !isBase64(d))
                continue;
            attachment.insert(u"data"_s, QString(mark + QString::number(data.size())));
            data.append(d.toLatin1());
            c.insert(u"attachment"_s, attachment);
            content.replace(j, c);
            changed = true;
        }
        if (!changed)
            continue;
        resource.insert(u"content"_s, content);
        entry.insert(u"resource"_s, resource);
        entries.replace(i, entry);
    }
    if (data.isEmpty())
        return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
    QJsonObject copy = bundle;
    copy.insert(u"entry"_s, entries);
    const QByteArray text = QJsonDocument(copy).toJson(QJsonDocument::Compact);
    qsizetype total = text.size();
    for (const QByteArray& d : std::as_const(data))
        total += d.size();
    QByteArray out;
    out.reserve(total);
    const QByteArray prefix = '"' + mark.toLatin1();
    qsizetype at = 0;
    for (qsizetype k = 0; k < data.size(); ++k) {
        const QByteArray placeholder = prefix + QByteArray::number(k) + '"';
        const qsizetype found = text.indexOf(placeholder, at);
        if (found < 0)  // cannot happen; never risk a wrong document
            return QJsonDocument(bundle).toJson(QJsonDocument::Compact);
        out.append(QByteArrayView(text).sliced(at, found - at));
        out.append('"').append(data.at(k)).append('"');
        at = found + placeholder.size();
    }
    out.append(QByteArrayView(text).sliced(at));
    return out;
}

QJsonObject FhirExport::pruned(const QJsonObject& resource)
{
    QJsonValue v(resource);
    return prune(v) == Pruned::Removed ? QJsonObject() : v.toObject();
}

QString FhirExport::documentFileName(const Patient& p, const QDate& encounterDate)
{
    QString name = u"%1 %2 — %3 — %4.pdf"_s.arg(p.birthName.toUpper(), p.firstGivenName,
                                                p.birthDate.toString(Qt::ISODate), encounterDate.toString(Qt::ISODate));
    // Characters no file system accepts, and path separators.
    for (QChar& c : name)
        if (c == u'/' || c == u'\\' || c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' || c == u'|'
            || c.unicode() < 32)
            c = u'_';
    return name;
}

Result<PatientBundle> FhirExport::build(qint64 patientId, const QList<OutboxEntry>& entries, bool withPdf)
{
    PatientBundle out;
    out.patientId = patientId;
    out.entries = entries;
    auto patient = PatientStore(m_vault).get(patientId);
    if (!patient)
        return std::unexpected(patient.error());
    out.patientName = patient->displayName();
    Outbox box(m_vault, m_vault.clock());
    auto all = box.entries(patientId);
    if (!all)
        return std::unexpected(all.error());
    // Records already on the server: referenced by the server's id.
    QHash<QString, QString> known;  // "consultation-12" → "Encounter/abc"
    for (const OutboxEntry& e : std::as_const(*all))
        if (e.state == OutboxEntry::State::Acknowledged && !e.serverId.isEmpty())
            known.insert(outboxKindCode(e.kind) + u'-' + QString::number(e.recordId), e.serverId);

    Builder b(m_system, out);
    PractitionerStore doctors(m_vault);
    auto firstDoctor = [&]() -> std::optional<Practitioner> {
        auto list = doctors.list();
        if (list && !list->isEmpty())
            return list->first();
        return std::nullopt;
    };

    // The subject: this Bundle's Patient, the server's id, or the EHR's own id.
    QJsonObject subject;
    const auto patientEntry = std::find_if(entries.begin(), entries.end(),
                                           [](const OutboxEntry& e) { return e.kind == OutboxEntry::Kind::Patient; });
    const QString patientKey = u"patient-%1"_s.arg(patientId);
    // A patient Relais owes the server: created on Relais's identifier the first time (ifNoneExist:
    // sending twice creates one); once sent, a further change is a conditional update on the same
    // identifier, so the change reaches the server instead of matching the first copy.
    const auto sendRelaisPatient = [&](const OutboxEntry& entry) {
        const bool sentBefore = entry.changes > 1 || !entry.serverId.isEmpty();
        return sentBefore ? b.updateByIdentifier(patientResource(*patient), patientKey, entry.id)
                          : b.create(patientResource(*patient), patientKey, entry.id);
    };
    if (patient->origin == Origin::Imported && !patient->sourceId.isEmpty() && m_useEhrIds) {
        subject = ref(u"Patient/"_s + patient->sourceId);
        // Owed but no longer changed here (the EHR's version was taken after a conflict): its
        // allergies and history added in Relais go, the EHR's record itself is left alone.
        if (patientEntry != entries.end() && patient->changedLocally) {
            // Corrected in Relais: an update of the EHR's record conditioned on the version the
            // snapshot had, refused (412) if it changed there meanwhile.
            auto version = PatientStore(m_vault).sourceVersion(patientId);
            if (!version)
                return std::unexpected(version.error());
            const QString sourceVersion = *version;
            QJsonObject r = patientResource(*patient);
            r.insert(u"id"_s, patient->sourceId);
            b.update(r, u"Patient/"_s + patient->sourceId, sourceVersion, patientEntry->id);
            if (!sourceVersion.isEmpty()) {
                out.conditionedPatientOutboxId = patientEntry->id;
                out.conditionedPatientRef = u"Patient/"_s + patient->sourceId;
                out.conditionedPatient = r;
            }
        }
    } else if (patient->origin == Origin::Imported && !patient->sourceId.isEmpty()) {
        // Another server than the snapshot's: the EHR's ids mean nothing there; the INS does.
        const bool ins = !patient->matricule.isEmpty() && patient->identityStatus != IdentityStatus::Prov;
        const QString byIns = u"Patient?identifier=%1|%2"_s.arg(insSystem(*patient), patient->matricule);
        if (ins) {
            subject = ref(byIns);
            if (patientEntry != entries.end())
                b.update(patientResource(*patient), byIns, QString(), patientEntry->id);
        } else if (patientEntry != entries.end()) {
            // Nothing to find them by there: sent like a patient created in Relais, on Relais's
            // identifier (and listed on the worksheet if their traits match someone there).
            subject = ref(sendRelaisPatient(*patientEntry));
        } else if (known.contains(patientKey)) {
            subject = ref(known.value(patientKey));
        } else {
            subject = ref(b.create(patientResource(*patient), patientKey, 0));
        }
    } else if (patientEntry != entries.end()) {
        subject = ref(sendRelaisPatient(*patientEntry));
    } else if (known.contains(patientKey)) {
        subject = ref(known.value(patientKey));
    } else {
        subject = QJsonObject{{u"identifier"_s, b.identifier(patientKey)}};
    }

    // Allergies and history added to the chart in Relais travel with the patient's change (adding
    // one marks the patient changed): conditional updates on their stable identifiers, so a later
    // edit replaces them and sending twice creates nothing twice.
    if (patientEntry != entries.end()) {
        for (const Allergy& a : std::as_const(patient->allergies)) {
            if (a.origin != Origin::Local || a.substance.trimmed().isEmpty())
                continue;
            QJsonObject r{{u"resourceType"_s, u"AllergyIntolerance"_s},
                          {u"clinicalStatus"_s, codeable(coding(fhir::systems::kAllergyClinical,
                                                               u"active"_s))},
                          {u"code"_s, QJsonObject{{u"text"_s, a.substance}}},
                          {u"patient"_s, subject}};
            const QString criticality = a.severity == u"high"_s ? u"high"_s : a.severity == u"low"_s ? u"low"_s : u"unable-to-assess"_s;
            r.insert(u"criticality"_s, criticality);
            if (!a.reaction.trimmed().isEmpty())
                r.insert(u"reaction"_s, QJsonArray{QJsonObject{{u"manifestation"_s, QJsonArray{QJsonObject{{u"text"_s, a.reaction}}}}}});
            b.updateByIdentifier(r, u"allergy-%1"_s.arg(a.id), 0);
        }
        for (const Antecedent& h : std::as_const(patient->antecedents)) {
            if (h.origin != Origin::Local || h.label.trimmed().isEmpty() || h.kind == Antecedent::Kind::Family)
                continue;  // family history is not a condition of this patient
            QJsonObject code{{u"text"_s, h.label}};
            if (!blank(h.cim10))
                code.insert(u"coding"_s, QJsonArray{coding(kIcd10, h.cim10)});
            QJsonObject r{{u"resourceType"_s, u"Condition"_s},
                          {u"category"_s, QJsonArray{codeable(coding(u"http://terminology.hl7.org/CodeSystem/condition-category"_s,
                                                                   u"problem-list-item"_s))}},
                          {u"code"_s, code}, {u"subject"_s, subject}};
            if (h.date.isValid())
                r.insert(u"onsetDateTime"_s, h.date.toString(Qt::ISODate));
            b.updateByIdentifier(r, u"antecedent-%1"_s.arg(h.id), 0);
        }
    }

    ConsultationStore consultations(m_vault);
    PrescriptionStore prescriptions(m_vault);
    ConsultationReportStore reports(m_vault);
    QHash<qint64, QString> encounterRef;  // consultation id → reference in this Bundle
    for (const OutboxEntry& e : entries) {
        if (e.kind != OutboxEntry::Kind::Consultation)
            continue;
        auto c = consultations.get(e.recordId);
        if (!c)
            return std::unexpected(c.error());
        std::optional<Practitioner> doctor;
        if (auto d = doctors.forSlot(c->slot); d && *d)
            doctor = **d;
        else
            doctor = firstDoctor();
        const QString cid = QString::number(c->id);
        QJsonObject enc{{u"resourceType"_s, u"Encounter"_s}, {u"status"_s, u"finished"_s},
                        {u"class"_s, coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s, u"AMB"_s, u"ambulatory"_s)},
                        {u"subject"_s, subject},
                        {u"period"_s, QJsonObject{{u"start"_s, isoUtc(c->startedUtc)},
                                                  {u"end"_s, isoUtc(c->finalisedUtc.isValid() ? c->finalisedUtc : c->startedUtc)}}}};
        if (!c->reason.isEmpty())
            enc.insert(u"reasonCode"_s, QJsonArray{QJsonObject{{u"text"_s, c->reason}}});
        if (doctor)
            enc.insert(u"participant"_s, QJsonArray{QJsonObject{{u"individual"_s, practitionerRef(doctor)}}});
        // A correction replaces what an earlier version sent; a first version is only created.
        const bool corrected = c->revision > 1;
        const QString encUrl = corrected ? b.updateByIdentifier(enc, u"consultation-"_s + cid, e.id)
                                         : b.create(enc, u"consultation-"_s + cid, e.id);
        QSet<QString> sentKeys;
        encounterRef.insert(c->id, encUrl);
        const QString effective = isoUtc(c->startedUtc);

        auto observation = [&](const QString& key, const QString& loinc, const QString& display, QJsonObject value) {
            QJsonObject o{{u"resourceType"_s, u"Observation"_s}, {u"status"_s, u"final"_s},
                          {u"category"_s, QJsonArray{codeable(coding(u"http://terminology.hl7.org/CodeSystem/observation-category"_s,
                                                                    u"vital-signs"_s))}},
                          {u"code"_s, codeable(coding(kLoinc, loinc, display))},
                          {u"subject"_s, subject}, {u"encounter"_s, ref(encUrl)}, {u"effectiveDateTime"_s, effective}};
            for (auto it = value.begin(); it != value.end(); ++it)
                o.insert(it.key(), it.value());
            const QString idValue = u"consultation-%1-%2"_s.arg(cid, key);
            sentKeys.insert(idValue);
            if (corrected)
                b.updateByIdentifier(o, idValue, 0);
            else
                b.create(o, idValue, 0);
        };
        const Vitals& v = c->vitals;
        if (v.weightKg)
            observation(u"weight"_s, u"29463-7"_s, u"Body weight"_s, {{u"valueQuantity"_s, quantity(*v.weightKg, u"kg"_s)}});
        if (v.heightCm)
            observation(u"height"_s, u"8302-2"_s, u"Body height"_s, {{u"valueQuantity"_s, quantity(*v.heightCm, u"cm"_s)}});
        if (v.systolic || v.diastolic) {
            QJsonArray components;
            if (v.systolic)
                components.append(QJsonObject{{u"code"_s, codeable(coding(kLoinc, u"8480-6"_s, u"Systolic blood pressure"_s))},
                                              {u"valueQuantity"_s, quantity(*v.systolic, u"mm[Hg]"_s)}});
            if (v.diastolic)
                components.append(QJsonObject{{u"code"_s, codeable(coding(kLoinc, u"8462-4"_s, u"Diastolic blood pressure"_s))},
                                              {u"valueQuantity"_s, quantity(*v.diastolic, u"mm[Hg]"_s)}});
            observation(u"bp"_s, u"85354-9"_s, u"Blood pressure panel"_s, {{u"component"_s, components}});
        }
        if (v.heartRate)
            observation(u"hr"_s, u"8867-4"_s, u"Heart rate"_s, {{u"valueQuantity"_s, quantity(*v.heartRate, u"/min"_s)}});
        if (v.temperatureC)
            observation(u"temp"_s, u"8310-5"_s, u"Body temperature"_s, {{u"valueQuantity"_s, quantity(*v.temperatureC, u"Cel"_s)}});
        if (v.spo2)
            observation(u"spo2"_s, u"59408-5"_s, u"Oxygen saturation by pulse oximetry"_s,
                        {{u"valueQuantity"_s, quantity(*v.spo2, u"%"_s)}});
        if (v.glucoseGL)
            observation(u"glucose"_s, u"41653-7"_s, u"Glucose [Mass/volume] in Capillary blood by Glucometer"_s,
                        {{u"valueQuantity"_s, quantity(*v.glucoseGL, u"g/L"_s)}});

        for (qsizetype i = 0; i < c->diagnoses.size(); ++i) {
            const Diagnosis& d = c->diagnoses.at(i);
            if (blank(d.text) && blank(d.cim10))
                continue;  // nothing to say: no Condition without a code
            QJsonObject code{{u"text"_s, d.text}};
            if (!blank(d.cim10))
                code.insert(u"coding"_s, QJsonArray{coding(kIcd10, d.cim10)});
            const QString idValue = u"consultation-%1-dx%2"_s.arg(cid).arg(i + 1);
            sentKeys.insert(idValue);
            const QJsonObject condition{{u"resourceType"_s, u"Condition"_s},
                                 {u"clinicalStatus"_s, codeable(coding(fhir::systems::kConditionClinical,
                                                                      u"active"_s))},
                                 {u"category"_s, QJsonArray{codeable(coding(u"http://terminology.hl7.org/CodeSystem/condition-category"_s,
                                                                          u"encounter-diagnosis"_s))}},
                                 {u"code"_s, code}, {u"subject"_s, subject}, {u"encounter"_s, ref(encUrl)},
                                 {u"recordedDate"_s, effective}};
            if (corrected)
                b.updateByIdentifier(condition, idValue, 0);
            else
                b.create(condition, idValue, 0);
        }

        if (corrected) {
            // What earlier versions had and this one dropped.
            auto earlier = consultations.revisions(c->id);
            if (!earlier)
                return std::unexpected(earlier.error());
            QSet<QString> observations, conditions;
            for (const ConsultationRevision& r : std::as_const(*earlier)) {
                const Vitals& ev = r.content.vitals;
                const std::pair<bool, const char*> present[] = {
                    {bool(ev.weightKg), "weight"}, {bool(ev.heightCm), "height"}, {ev.systolic || ev.diastolic, "bp"},
                    {bool(ev.heartRate), "hr"}, {bool(ev.temperatureC), "temp"}, {bool(ev.spo2), "spo2"},
                    {bool(ev.glucoseGL), "glucose"}};
                for (const auto& [has, key] : present)
                    if (has)
                        observations.insert(u"consultation-%1-%2"_s.arg(cid, QLatin1StringView(key)));
                for (qsizetype i = 0; i < r.content.diagnoses.size(); ++i)
                    conditions.insert(u"consultation-%1-dx%2"_s.arg(cid).arg(i + 1));
            }
            QStringList dropped[2] = {QStringList(observations.begin(), observations.end()),
                                      QStringList(conditions.begin(), conditions.end())};
            for (int t = 0; t < 2; ++t) {
                dropped[t].sort();
                for (const QString& idValue : std::as_const(dropped[t]))
                    if (!sentKeys.contains(idValue))
                        b.removeByIdentifier(t == 0 ? u"Observation"_s : u"Condition"_s, idValue);
            }
        }

        if (withPdf) {
            if (!doctor)
                return fail(ErrorKind::Invalid, tr("No prescriber is recorded in this vault: the consultation reports cannot be printed"));
            // The report kept at finalisation (rendered now only if it is missing or outdated).
            const QDate day = ConsultationReportStore::reportDate(*c);
            auto pdf = reports.pdf(*c, *doctor, *patient);
            if (!pdf)
                return std::unexpected(pdf.error());
            const QString fileName = documentFileName(*patient, day);
            b.create(QJsonObject{{u"resourceType"_s, u"DocumentReference"_s}, {u"status"_s, u"current"_s},
                                 {u"type"_s, codeable(coding(kLoinc, u"11488-4"_s, u"Consult note"_s))},
                                 {u"subject"_s, subject}, {u"date"_s, isoUtc(c->finalisedUtc.isValid() ? c->finalisedUtc : c->startedUtc)},
                                 {u"content"_s, QJsonArray{QJsonObject{{u"attachment"_s, QJsonObject{
                                     {u"contentType"_s, u"application/pdf"_s}, {u"title"_s, fileName},
                                     {u"data"_s, base64(*pdf)}}}}}},
                                 {u"context"_s, QJsonObject{{u"encounter"_s, QJsonArray{ref(encUrl)}}}}},
                     u"consultation-%1-report-r%2"_s.arg(cid).arg(c->revision), 0);
            out.documents.append({c->id, fileName, *pdf});
        }
    }

    for (const OutboxEntry& e : entries) {
        if (e.kind != OutboxEntry::Kind::Prescription)
            continue;
        auto rx = prescriptions.get(e.recordId);
        if (!rx)
            return std::unexpected(rx.error());
        if (rx->kind != Prescription::Kind::Medicines)
            continue;
        std::optional<Practitioner> doctor;
        if (auto d = doctors.get(rx->practitionerId))
            doctor = *d;
        QJsonObject encounter;
        if (rx->consultationId) {
            const QString key = u"consultation-%1"_s.arg(rx->consultationId);
            if (encounterRef.contains(rx->consultationId))
                encounter = ref(encounterRef.value(rx->consultationId));
            else if (known.contains(key))
                encounter = ref(known.value(key));
        }
        for (qsizetype i = 0; i < rx->lines.size(); ++i) {
            const PrescriptionLine& l = rx->lines.at(i);
            QString med = l.dci;
            if (!l.strength.isEmpty())
                med += u' ' + l.strength;
            if (!l.form.isEmpty())
                med += u' ' + l.form;
            if (!l.brand.isEmpty())
                med += u" ("_s + l.brand + u')';
            QJsonObject r{{u"resourceType"_s, u"MedicationRequest"_s}, {u"status"_s, u"active"_s}, {u"intent"_s, u"order"_s},
                          {u"medicationCodeableConcept"_s, QJsonObject{{u"text"_s, med}}},
                          {u"subject"_s, subject}, {u"authoredOn"_s, rx->date.toString(Qt::ISODate)},
                          {u"dosageInstruction"_s, QJsonArray{QJsonObject{{u"text"_s, l.posologySentence()}}}}};
            if (doctor)
                r.insert(u"requester"_s, practitionerRef(doctor));
            if (!encounter.isEmpty())
                r.insert(u"encounter"_s, encounter);
            QJsonObject dispense{{u"numberOfRepeatsAllowed"_s, l.renewals}};
            if (const int days = l.durationDays(); days > 0)
                dispense.insert(u"expectedSupplyDuration"_s, QJsonObject{{u"value"_s, days}, {u"unit"_s, u"d"_s},
                                                                        {u"system"_s, kUcum}, {u"code"_s, u"d"_s}});
            r.insert(u"dispenseRequest"_s, dispense);
            if (l.nonSubstitutable) {
                const QString code = nonSubstitutableCode(l.nonSubstitutableReason);
                r.insert(u"substitution"_s, QJsonObject{{u"allowedBoolean"_s, false},
                                                        {u"reason"_s, QJsonObject{{u"coding"_s, QJsonArray{QJsonObject{{u"code"_s, code}}}},
                                                                                  {u"text"_s, code}}}});
            }
            if (l.ald)
                r.insert(u"note"_s, QJsonArray{QJsonObject{{u"text"_s, tr("In relation to the ALD (affection de longue durée)")}}});
            b.create(r, u"prescription-%1-%2"_s.arg(rx->id).arg(i + 1), i == 0 ? e.id : 0);
        }
    }
    out.bundle = b.bundle();
    // The conflict keeps the patient exactly as sent: as pruned.
    if (const qsizetype i = out.outboxIdOfEntry.indexOf(out.conditionedPatientOutboxId); out.conditionedPatientOutboxId && i >= 0)
        out.conditionedPatient = out.bundle.value(u"entry"_s).toArray().at(i)[u"resource"_s].toObject();
    return out;
}

} // namespace relais
