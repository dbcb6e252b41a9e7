// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Conflict.h"

#include "common/Clock.h"
#include "records/Nir.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace relais {

using namespace Qt::StringLiterals;

namespace {

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

QJsonObject parse(const QString& json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

QString sexText(Sex s)
{
    switch (s) {
    case Sex::Male:
        return ConflictStore::tr("male");
    case Sex::Female:
        return ConflictStore::tr("female");
    case Sex::Unknown:
        break;
    }
    return ConflictStore::tr("unknown");
}

} // namespace

ConflictStore::ConflictStore(Vault& vault) : m_vault(vault) { }

Patient ConflictStore::traitsFromFhir(const QJsonObject& r)
{
    Patient p;
    const QJsonArray names = r.value(u"name"_s).toArray();
    QJsonObject official;
    for (const QJsonValue& n : names) {
        const QString use = n[u"use"_s].toString();
        if (use == u"official"_s && official.isEmpty())
            official = n.toObject();
        if (use == u"usual"_s) {
            p.usedName = n[u"family"_s].toString();
            p.usedGivenName = n[u"given"_s].toArray().first().toString();
        }
    }
    if (official.isEmpty() && !names.isEmpty())
        official = names.first().toObject();
    p.birthName = official.value(u"family"_s).toString();
    for (const QJsonValue& g : official.value(u"given"_s).toArray())
        p.birthGivenNames += g.toString().split(u' ', Qt::SkipEmptyParts);
    p.firstGivenName = p.birthGivenNames.value(0);
    if (p.usedName.compare(p.birthName, Qt::CaseInsensitive) == 0)
        p.usedName.clear();
    const QString gender = r.value(u"gender"_s).toString();
    p.sex = gender == u"male"_s ? Sex::Male : gender == u"female"_s ? Sex::Female : Sex::Unknown;
    p.birthDate = QDate::fromString(r.value(u"birthDate"_s).toString(), Qt::ISODate);
    for (const QJsonValue& i : r.value(u"identifier"_s).toArray()) {
        // The INS systems: NIR, NIA, test and demo (urn:oid:1.2.250.1.213.1.4.8 to .11).
        const QString system = i[u"system"_s].toString();
        if (system.startsWith(u"urn:oid:1.2.250.1.213.1.4."_s)) {
            p.matricule = i[u"value"_s].toString();
            p.demo = system.endsWith(u".10"_s) || system.endsWith(u".11"_s);
        }
    }
    for (const QJsonValue& e : r.value(u"extension"_s).toArray()) {
        if (!e[u"url"_s].toString().contains(u"identity-reliability"_s, Qt::CaseInsensitive))
            continue;
        for (const QJsonValue& s : e[u"extension"_s].toArray())
            if (s[u"url"_s].toString() == u"identityStatus"_s) {
                const QString code = s[u"valueCoding"_s][u"code"_s].toString().isEmpty() ? s[u"valueCode"_s].toString()
                                                                                          : s[u"valueCoding"_s][u"code"_s].toString();
                if (auto status = identityStatusFromCode(code))
                    p.identityStatus = *status;
            }
    }
    for (const QJsonValue& t : r.value(u"telecom"_s).toArray()) {
        const QString system = t[u"system"_s].toString();
        if (system == u"email"_s)
            p.email = t[u"value"_s].toString();
        else if (system == u"phone"_s && t[u"use"_s].toString() == u"mobile"_s)
            p.mobile = t[u"value"_s].toString();
        else if (system == u"phone"_s)
            p.phone = t[u"value"_s].toString();
    }
    const QJsonObject a = r.value(u"address"_s).toArray().first().toObject();
    QStringList lines;
    for (const QJsonValue& l : a.value(u"line"_s).toArray())
        lines.append(l.toString());
    p.address = lines.join(u'\n');
    p.postalCode = a.value(u"postalCode"_s).toString();
    p.city = a.value(u"city"_s).toString();
    return p;
}

QList<ConflictRow> ConflictStore::compare(const QJsonObject& local, const QJsonObject& remote)
{
    const Patient l = traitsFromFhir(local);
    const Patient r = traitsFromFhir(remote);
    QList<ConflictRow> rows;
    auto row = [&](const QString& field, const QString& a, const QString& b) {
        rows.append({field, a, b, a.simplified() != b.simplified()});
    };
    auto date = [](const QDate& d) { return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString(); };
    auto nir = [](const QString& m) { return m.size() == 15 ? Nir::format(m) : m; };
    row(tr("Birth name"), l.birthName, r.birthName);
    row(tr("Given names"), l.birthGivenNames.join(u' '), r.birthGivenNames.join(u' '));
    row(tr("Used name"), l.usedName, r.usedName);
    row(tr("Used given name"), l.usedGivenName, r.usedGivenName);
    row(tr("Sex"), sexText(l.sex), sexText(r.sex));
    row(tr("Date of birth"), date(l.birthDate), date(r.birthDate));
    row(tr("Social-security number (INS)"), nir(l.matricule), nir(r.matricule));
    // Compared only when both say it: an EHR may not send the reliability extension.
    if (!local.value(u"extension"_s).toArray().isEmpty() && !remote.value(u"extension"_s).toArray().isEmpty())
        row(tr("Identity status"), identityStatusCode(l.identityStatus), identityStatusCode(r.identityStatus));
    row(tr("Address"), QString(l.address).replace(u'\n', u", "_s), QString(r.address).replace(u'\n', u", "_s));
    row(tr("Postal code"), l.postalCode, r.postalCode);
    row(tr("City"), l.city, r.city);
    row(tr("Phone"), l.phone, r.phone);
    row(tr("Mobile"), l.mobile, r.mobile);
    row(tr("Email"), l.email, r.email);
    return rows;
}

Result<void> ConflictStore::record(qint64 outboxId, const QString& serverRef, const QJsonObject& local,
                                   const QJsonObject& remote, const QString& error)
{
    Database& db = m_vault.db();
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    auto q = db.prepare(u"INSERT OR REPLACE INTO outbox_conflict (outbox_id, server_ref, local_json, remote_json, "
                        "remote_version, detected_utc) VALUES (?,?,?,?,?,?)"_s);
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({outboxId, serverRef, QString::fromUtf8(QJsonDocument(local).toJson(QJsonDocument::Compact)),
                QString::fromUtf8(QJsonDocument(remote).toJson(QJsonDocument::Compact)),
                remote.value(u"meta"_s)[u"versionId"_s].toString(), iso(m_vault.clock().nowUtc())});
    if (auto r = q->run(); !r)
        return r;
    auto mark = db.prepare(u"UPDATE outbox SET state = 'conflict', last_error = ?, updated_utc = ? WHERE id = ?"_s);
    if (!mark)
        return std::unexpected(mark.error());
    mark->bindAll({error.left(2000), iso(m_vault.clock().nowUtc()), outboxId});
    if (auto r = mark->run(); !r)
        return r;
    if (auto r = m_vault.audit().append(u"sync.conflict"_s, u"outbox"_s, QString::number(outboxId)); !r)
        return std::unexpected(r.error());
    return tx.commit();
}

Result<PatientConflict> ConflictStore::get(qint64 outboxId)
{
    auto all = list();
    if (!all)
        return std::unexpected(all.error());
    for (const PatientConflict& c : std::as_const(*all))
        if (c.outboxId == outboxId)
            return c;
    return fail(ErrorKind::Invalid, tr("Outbox item %1 is not in conflict").arg(outboxId));
}

Result<QList<PatientConflict>> ConflictStore::list()
{
    auto q = m_vault.db().prepare(u"SELECT c.outbox_id, o.patient_id, c.server_ref, c.local_json, c.remote_json, "
                                  "c.remote_version, c.detected_utc FROM outbox_conflict c JOIN outbox o ON o.id = c.outbox_id "
                                  "WHERE o.state = 'conflict' ORDER BY c.outbox_id"_s);
    if (!q)
        return std::unexpected(q.error());
    QList<PatientConflict> out;
    auto r = q->each([&](const Statement& s) {
        out.append({s.integer(0), s.integer(1), s.text(2), parse(s.text(3)), parse(s.text(4)), s.text(5),
                    QDateTime::fromString(s.text(6), Qt::ISODate)});
    });
    if (!r)
        return std::unexpected(r.error());
    return out;
}

// The conflict is over: its two versions go, the choice is audited (ids only).
Result<void> ConflictStore::settle(qint64 outboxId, qint64 patientId, const QString& action)
{
    auto d = m_vault.db().prepare(u"DELETE FROM outbox_conflict WHERE outbox_id = ?"_s);
    if (!d)
        return std::unexpected(d.error());
    d->bind(1, outboxId);
    if (auto r = d->run(); !r)
        return r;
    if (auto r = m_vault.audit().append(action, u"patient"_s, QString::number(patientId), u"outbox=%1"_s.arg(outboxId)); !r)
        return std::unexpected(r.error());
    return {};
}

Result<void> ConflictStore::keepRelais(qint64 outboxId)
{
    auto c = get(outboxId);
    if (!c)
        return std::unexpected(c.error());
    Database& db = m_vault.db();
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    // The version the next update is conditioned on: the one the user has just seen. Unknown
    // (the EHR could not be read): unchanged, so a new refusal reads the EHR's version again.
    if (!c->remoteVersion.isEmpty()) {
        if (auto r = PatientStore(m_vault).setSourceVersion(c->patientId, c->remoteVersion); !r)
            return r;
    }
    auto o = db.prepare(u"UPDATE outbox SET state = 'pending', attempts = 0, last_error = '', next_retry_utc = NULL, "
                        "updated_utc = ? WHERE id = ?"_s);
    if (!o)
        return std::unexpected(o.error());
    o->bindAll({iso(m_vault.clock().nowUtc()), outboxId});
    if (auto r = o->run(); !r)
        return r;
    if (auto r = settle(outboxId, c->patientId, u"sync.conflict.keep_relais"_s); !r)
        return r;
    return tx.commit();
}

Result<void> ConflictStore::takeEhr(qint64 outboxId)
{
    auto c = get(outboxId);
    if (!c)
        return std::unexpected(c.error());
    PatientStore patients(m_vault);
    auto stored = patients.get(c->patientId);
    if (!stored)
        return std::unexpected(stored.error());
    const Patient remote = traitsFromFhir(c->remote);
    Patient p = *stored;
    p.birthName = remote.birthName;
    p.birthGivenNames = remote.birthGivenNames;
    p.firstGivenName = remote.firstGivenName;
    p.usedName = remote.usedName;
    p.usedGivenName = remote.usedGivenName;
    p.sex = remote.sex;
    p.birthDate = remote.birthDate;
    p.matricule.clear();
    if (!remote.matricule.isEmpty()) {
        auto nir = Nir::validate(remote.matricule, tr("social-security number in the EHR"));
        if (!nir)
            return std::unexpected(nir.error());
        p.matricule = *nir;
    }
    if (!c->remote.value(u"extension"_s).toArray().isEmpty())
        p.identityStatus = remote.identityStatus;
    p.address = remote.address;
    p.postalCode = remote.postalCode;
    p.city = remote.city;
    p.phone = remote.phone;
    p.mobile = remote.mobile;
    p.email = remote.email;
    p.changedLocally = false;  // as the EHR has it: nothing left to send
    if (auto v = PatientStore::validate(p, m_vault.clock().nowUtc().date()); !v)
        return fail(ErrorKind::Invalid, tr("The EHR's version cannot be taken: %1").arg(v.error().message));

    Database& db = m_vault.db();
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = patients.replaceImported(p); !r)
        return r;
    if (auto r = patients.takeSourceVersion(c->patientId, c->remoteVersion); !r)
        return r;
    // Allergies and history added in Relais travel with the patient's entry: while there are
    // some, it stays owed (the next sync sends them alone, the identity being the EHR's now).
    auto owed = patients.hasLocalParts(c->patientId);
    if (!owed)
        return std::unexpected(owed.error());
    const bool subRecordsOwed = *owed;
    auto o = db.prepare(u"UPDATE outbox SET state = ?, changes = changes + ?, server_id = ?, attempts = 0, last_error = '', "
                        "next_retry_utc = NULL, updated_utc = ? WHERE id = ?"_s);
    if (!o)
        return std::unexpected(o.error());
    o->bindAll({subRecordsOwed ? u"pending"_s : u"acknowledged"_s, subRecordsOwed ? 1 : 0, c->serverRef,
                iso(m_vault.clock().nowUtc()), outboxId});
    if (auto r = o->run(); !r)
        return r;
    if (auto r = settle(outboxId, c->patientId, u"sync.conflict.take_ehr"_s); !r)
        return r;
    return tx.commit();
}

} // namespace relais
