// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/PatientStore.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "records/Identity.h"
#include "records/Nir.h"
#include "records/TextFold.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <sqlite3.h>

#include <array>

namespace relais {

namespace {

QString originCode(Origin o) { return o == Origin::Imported ? QStringLiteral("imported") : QStringLiteral("local"); }
Origin originFrom(const QString& s) { return s == u"imported" ? Origin::Imported : Origin::Local; }
QString isoDate(const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); }
QDate dateFrom(const QString& s) { return QDate::fromString(s, Qt::ISODate); }
QVariant nullable(const QString& s) { return s.isEmpty() ? QVariant() : QVariant(s); }

QString kindCode(Antecedent::Kind k)
{
    return k == Antecedent::Kind::Surgical ? QStringLiteral("surgical")
        : k == Antecedent::Kind::Family    ? QStringLiteral("family")
                                           : QStringLiteral("medical");
}

Antecedent::Kind kindFrom(const QString& s)
{
    return s == u"surgical" ? Antecedent::Kind::Surgical : s == u"family" ? Antecedent::Kind::Family : Antecedent::Kind::Medical;
}

// Runs a one-parameter query for every row (cached statement: charts are read by the thousand
// at export time).
template <typename F>
Result<void> forEachRow(Database& db, const QString& sql, qint64 id, F row)
{
    auto q = db.cached(sql);
    if (!q)
        return std::unexpected(q.error());
    (*q)->bind(1, id);
    auto r = (*q)->each(row);
    (*q)->reset();
    return r;
}

} // namespace

PatientStore::PatientStore(Vault& vault) : m_vault(vault), m_db(vault.db()) { }

Result<void> PatientStore::validate(const Patient& p, const QDate& today)
{
    if (p.birthName.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Birth name: required"));
    if (p.firstGivenName.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("First given name: required"));
    if (!p.birthDate.isValid())
        return fail(ErrorKind::Invalid, tr("Date of birth: required, as DD/MM/YYYY"));
    if (p.birthDate > today)
        return fail(ErrorKind::Invalid, tr("Date of birth: %1 is in the future").arg(QLocale().toString(p.birthDate, QLocale::ShortFormat)));
    if (p.birthDate.year() < 1890)
        return fail(ErrorKind::Invalid, tr("Date of birth: %1 is impossible").arg(QLocale().toString(p.birthDate, QLocale::ShortFormat)));
    if (!p.matricule.isEmpty()) {
        auto nir = Nir::validate(p.matricule, tr("Social-security number (NIR)"));
        if (!nir)
            return std::unexpected(nir.error());
    }
    if (!p.nss.isEmpty())
        if (auto nss = Nir::validate(p.nss, tr("Insured person's number (NSS)")); !nss)
            return std::unexpected(nss.error());
    static const QRegularExpression insee(QStringLiteral("^(\\d{5}|2[AB]\\d{3})$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!p.birthPlaceInsee.isEmpty() && !insee.match(p.birthPlaceInsee).hasMatch())
        return fail(ErrorKind::Invalid, tr("Birth place: an INSEE code has 5 characters (for example 75056), not \"%1\"")
                                            .arg(p.birthPlaceInsee));
    if (!p.email.isEmpty() && !email.match(p.email).hasMatch())
        return fail(ErrorKind::Invalid, tr("E-mail: \"%1\" is not an e-mail address").arg(p.email));
    return {};
}

QStringList PatientStore::warnings(const Patient& p)
{
    QStringList out;
    if (p.matricule.size() != 15)
        return out;
    const QChar s = p.matricule.at(0);
    const bool male = s == u'1' || s == u'7';
    if (p.sex != Sex::Unknown && male != (p.sex == Sex::Male))
        out.append(tr("The NIR's first digit does not match the sex"));
    if (p.birthDate.isValid() && p.matricule.mid(1, 2).toInt() != p.birthDate.year() % 100)
        out.append(tr("The NIR's year (characters 2-3) does not match the date of birth"));
    return out;
}

Result<QList<PatientStore::Duplicate>> PatientStore::findDuplicates(const Patient& p)
{
    QList<Duplicate> out;
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, birth_name, used_name, first_given_name, used_given_name, sex, birth_date, matricule "
        "FROM patient WHERE id <> ?1 AND ((matricule <> '' AND matricule = ?2) OR birth_date = ?3)"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({p.id, p.matricule, isoDate(p.birthDate)});
    const QString name = TextFold::joined(p.birthName);
    const QString used = TextFold::joined(p.usedName);
    const QString given = TextFold::joined(p.firstGivenName);
    for (;;) {
        auto r = q->step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
        Patient other;
        other.birthName = q->text(1);
        other.usedName = q->text(2);
        other.firstGivenName = q->text(3);
        other.usedGivenName = q->text(4);
        other.sex = sexFromCode(q->text(5)).value_or(Sex::Unknown);
        other.birthDate = dateFrom(q->text(6));
        QString reason;
        if (!p.matricule.isEmpty() && q->text(7) == p.matricule)
            reason = tr("same social-security number");
        else {
            const QStringList names{TextFold::joined(other.birthName), TextFold::joined(other.usedName)};
            const bool sameName = names.contains(name) || (!used.isEmpty() && names.contains(used));
            if (sameName && TextFold::joined(other.firstGivenName) == given)
                reason = tr("same name, given name and date of birth");
        }
        if (!reason.isEmpty())
            out.append({q->integer(0), other.displayName(), other.birthDate, reason});
    }
    return out;
}

Result<void> PatientStore::writePatientRow(Patient& p, bool insert)
{
    QJsonArray given;
    for (const QString& g : std::as_const(p.birthGivenNames))
        given.append(g);
    const QString now = isoUtcText(p.updatedUtc, true);
    const QVariantList values{originCode(p.origin), nullable(p.sourceId), p.birthName, QString::fromUtf8(QJsonDocument(given).toJson(QJsonDocument::Compact)),
                              p.firstGivenName, sexCode(p.sex), isoDate(p.birthDate), p.birthPlaceInsee, p.matricule,
                              identityStatusCode(p.identityStatus), p.usedName, p.usedGivenName, p.demo ? 1 : 0,
                              p.address, p.postalCode, p.city, p.phone, p.mobile, p.email, p.notes,
                              p.changedLocally ? 1 : 0, now, p.nss};
    static const QString cols = QStringLiteral(
        "origin, source_id, birth_name, given_names, first_given_name, sex, birth_date, birth_place_insee, matricule, "
        "identity_status, used_name, used_given_name, demo, address, postal_code, city, phone, mobile, email, notes, "
        "changed_locally, updated_utc, nss");
    static const QString insertSql = QStringLiteral("INSERT INTO patient (%1, created_utc, source_hash, source_version) VALUES (%2?,?,?)")
                                         .arg(cols, QStringLiteral("?,").repeated(values.size()));
    static const QString updateSql = QStringLiteral("UPDATE patient SET (%1) = (%2) WHERE id = ?")
                                         .arg(cols, QStringLiteral("?,").repeated(values.size() - 1) + QStringLiteral("?"));
    auto q = m_db.cached(insert ? insertSql : updateSql);
    if (!q)
        return std::unexpected(q.error());
    (*q)->bindAll(values);
    (*q)->bind(int(values.size()) + 1, insert ? QVariant(isoUtcText(p.createdUtc, true)) : QVariant(p.id));
    if (insert)
        (*q)->bind(int(values.size()) + 2, nullable(p.sourceHash)).bind(int(values.size()) + 3, nullable(p.sourceVersion));
    if (auto r = (*q)->run(); !r)
        return r;
    if (insert)
        p.id = m_db.lastInsertId();
    return writeIndex(p, !insert);
}

PatientStore::IndexRow PatientStore::indexRow(const Patient& p)
{
    const auto names = [](const QStringList& parts) {
        QStringList out;
        for (const QString& part : parts) {
            const QStringList w = TextFold::words(part);
            out += w;
            if (w.size() > 1)
                out.append(w.join(QString()));  // "ndiaye", "legoffmartin"
        }
        return out.join(u' ');
    };
    QStringList digitTokens;
    for (const QString& d : {p.matricule, TextFold::digits(p.phone), TextFold::digits(p.mobile)}) {
        if (d.isEmpty())
            continue;
        digitTokens.append(d.toLower());
        if (d.startsWith(QLatin1String("33")) && d.size() == 11)
            digitTokens.append(QLatin1Char('0') + d.mid(2));  // +33 6… typed as 06…
    }
    return {p.id, names({p.birthName, p.usedName}), names(p.birthGivenNames + QStringList{p.firstGivenName, p.usedGivenName}),
            digitTokens.join(u' ')};
}

Result<void> PatientStore::bumpGeneration()
{
    // Searches rebuild their ranking table when this counter moves.
    return VaultMeta(m_vault).increment(VaultMeta::kPatientsGeneration);
}

Result<void> PatientStore::writeIndex(const Patient& p, bool replace)
{
    // A new patient has a new rowid: nothing to delete (patients are never deleted, so no
    // index row can be left over under that rowid); written one by one, delete anyway.
    if (replace || !m_indexDeferred) {
        auto del = m_db.cached(QStringLiteral("DELETE FROM patient_fts WHERE rowid = ?"));
        if (!del)
            return std::unexpected(del.error());
        (*del)->bind(1, p.id);
        if (auto r = (*del)->run(); !r)
            return r;
    }
    IndexRow row = indexRow(p);
    if (m_indexDeferred) {
        // Written twice in one batch (a snapshot naming the same patient twice): the last wins.
        if (const auto at = m_pendingAt.constFind(p.id); at != m_pendingAt.cend())
            m_pendingIndex[*at] = std::move(row);
        else {
            m_pendingAt.insert(p.id, m_pendingIndex.size());
            m_pendingIndex.append(std::move(row));
        }
        if (m_pendingIndex.size() >= 20000)
            return flushIndex();
        return {};
    }
    if (auto r = bumpGeneration(); !r)
        return r;
    auto ins = m_db.cached(QStringLiteral("INSERT INTO patient_fts (rowid, surnames, given, digits) VALUES (?,?,?,?)"));
    if (!ins)
        return std::unexpected(ins.error());
    (*ins)->bindAll({row.id, row.surnames, row.given, row.digits});
    return (*ins)->run();
}

Result<void> PatientStore::flushIndex()
{
    if (m_pendingIndex.isEmpty())
        return {};
    // One statement for the whole batch: FTS5 then fills its pending segment and writes it in
    // large pieces, where one INSERT per patient writes (and later merges) one tiny segment each.
    rapidjson::StringBuffer buf;
    rapidjson::Writer<rapidjson::StringBuffer> w(buf);
    w.StartArray();
    for (const IndexRow& r : std::as_const(m_pendingIndex)) {
        w.StartArray();
        w.Int64(r.id);
        for (const QString* s : {&r.surnames, &r.given, &r.digits}) {
            const QByteArray u = s->toUtf8();
            w.String(u.constData(), rapidjson::SizeType(u.size()));
        }
        w.EndArray();
    }
    w.EndArray();
    m_pendingIndex.clear();
    m_pendingAt.clear();
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO patient_fts (rowid, surnames, given, digits) "
                                           "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3 FROM json_each(?)"));
    if (!ins)
        return std::unexpected(ins.error());
    ins->bindUtf8(1, buf.GetString(), qsizetype(buf.GetSize()));
    if (auto r = ins->run(); !r)
        return r;
    return bumpGeneration();
}

Result<qint64> PatientStore::create(Patient p, IdentityStatus requested, bool doubtful)
{
    const QDate today = m_vault.clock().nowUtc().date();
    if (auto v = validate(p, today); !v)
        return std::unexpected(v.error());
    if (!p.matricule.isEmpty())
        p.matricule = *Nir::validate(p.matricule, QString());
    auto status = Identity::statusOnSave(p, requested, std::nullopt, true, doubtful);
    if (!status)
        return std::unexpected(status.error());
    p.identityStatus = *status;
    p.origin = Origin::Local;
    p.sourceId.clear();
    p.changedLocally = true;
    auto id = insertRaw(std::move(p));
    if (id)
        (void)m_vault.audit().append(QStringLiteral("patient.create"), QStringLiteral("patient"), QString::number(*id));
    return id;
}

Result<void> PatientStore::replaceImported(Patient p)
{
    p.updatedUtc = m_vault.clock().nowUtc();
    return writePatientRow(p, false);
}

Result<qint64> PatientStore::insertRaw(Patient p)
{
    const QDateTime now = m_vault.clock().nowUtc();
    if (!p.createdUtc.isValid())
        p.createdUtc = now;
    if (!p.updatedUtc.isValid())
        p.updatedUtc = now;
    Transaction tx(m_db);  // joins the caller's transaction if there is one
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    if (auto r = writePatientRow(p, true); !r)
        return std::unexpected(r.error());
    if (auto r = insertParts(p); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return p.id;
}

Result<void> PatientStore::insertParts(Patient& p)
{
    for (const Allergy& a : std::as_const(p.allergies))
        if (auto r = add(p.id, a); !r)
            return std::unexpected(r.error());
    for (const Antecedent& a : std::as_const(p.antecedents))
        if (auto r = add(p.id, a); !r)
            return std::unexpected(r.error());
    for (const Ald& a : std::as_const(p.alds))
        if (auto r = add(p.id, a); !r)
            return std::unexpected(r.error());
    for (const Treatment& t : std::as_const(p.treatments))
        if (auto r = add(p.id, t); !r)
            return std::unexpected(r.error());
    for (const Measurement& m : std::as_const(p.measurements))
        if (auto r = add(p.id, m); !r)
            return std::unexpected(r.error());
    return {};
}

Result<void> PatientStore::update(const Patient& edited, IdentityStatus requested, bool doubtful)
{
    auto stored = get(edited.id);
    if (!stored)
        return std::unexpected(stored.error());
    if (auto v = validate(edited, m_vault.clock().nowUtc().date()); !v)
        return v;
    Patient p = edited;
    if (!p.matricule.isEmpty())
        p.matricule = *Nir::validate(p.matricule, QString());
    auto status = Identity::statusOnSave(p, requested, stored->identityStatus, Identity::traitsDiffer(p, *stored), doubtful);
    if (!status)
        return std::unexpected(status.error());
    p.identityStatus = *status;
    p.origin = stored->origin;      // an imported patient stays linked to its EHR record
    p.sourceId = stored->sourceId;
    p.demo = stored->demo;
    p.changedLocally = true;
    p.updatedUtc = m_vault.clock().nowUtc();
    Transaction tx(m_db);  // joins the caller's transaction if there is one
    if (auto r = tx.begin(); !r)
        return r;
    if (auto r = writePatientRow(p, false); !r)
        return r;
    if (auto r = m_vault.audit().append(QStringLiteral("patient.update"), QStringLiteral("patient"), QString::number(p.id)); !r)
        return std::unexpected(r.error());
    return tx.commit();
}

Result<Patient> PatientStore::get(qint64 id)
{
    auto cached = m_db.cached(QStringLiteral(
        "SELECT origin, source_id, birth_name, given_names, first_given_name, sex, birth_date, birth_place_insee, "
        "matricule, identity_status, used_name, used_given_name, demo, address, postal_code, city, phone, mobile, "
        "email, notes, changed_locally, created_utc, updated_utc, nss FROM patient WHERE id = ?"));
    if (!cached)
        return std::unexpected(cached.error());
    Statement* q = *cached;
    q->bind(1, id);
    auto row = q->step();
    if (!row || !*row)
        q->reset();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::Invalid, tr("No patient #%1 in this vault").arg(id));
    Patient p;
    p.id = id;
    p.origin = originFrom(q->text(0));
    p.sourceId = q->text(1);
    p.birthName = q->text(2);
    for (const QJsonValue& v : QJsonDocument::fromJson(q->text(3).toUtf8()).array())
        p.birthGivenNames.append(v.toString());
    p.firstGivenName = q->text(4);
    p.sex = sexFromCode(q->text(5)).value_or(Sex::Unknown);
    p.birthDate = dateFrom(q->text(6));
    p.birthPlaceInsee = q->text(7);
    p.matricule = q->text(8);
    p.identityStatus = identityStatusFromCode(q->text(9)).value_or(IdentityStatus::Prov);
    p.usedName = q->text(10);
    p.usedGivenName = q->text(11);
    p.demo = q->integer(12) != 0;
    p.address = q->text(13);
    p.postalCode = q->text(14);
    p.city = q->text(15);
    p.phone = q->text(16);
    p.mobile = q->text(17);
    p.email = q->text(18);
    p.notes = q->text(19);
    p.changedLocally = q->integer(20) != 0;
    p.createdUtc = QDateTime::fromString(q->text(21), Qt::ISODateWithMs);
    p.updatedUtc = QDateTime::fromString(q->text(22), Qt::ISODateWithMs);
    p.nss = q->text(23);
    q->reset();

    auto parts = forEachRow(m_db, QStringLiteral("SELECT id, substance, reaction, severity, origin, source_id FROM allergy WHERE patient_id = ? ORDER BY id"), id,
                            [&](const Statement& s) {
                                p.allergies.append({s.integer(0), s.text(1), s.text(2), s.text(3), originFrom(s.text(4)), s.text(5)});
                            });
    if (parts)
        parts = forEachRow(m_db, QStringLiteral("SELECT id, kind, label, date, cim10, origin, source_id FROM antecedent WHERE patient_id = ? ORDER BY kind, date, id"), id,
                           [&](const Statement& s) {
                               p.antecedents.append({s.integer(0), kindFrom(s.text(1)), s.text(2), dateFrom(s.text(3)), s.text(4),
                                                     originFrom(s.text(5)), s.text(6)});
                           });
    if (parts)
        parts = forEachRow(m_db, QStringLiteral("SELECT id, label, cim10, start_date, end_date, origin, source_id FROM ald WHERE patient_id = ? ORDER BY start_date, id"), id,
                           [&](const Statement& s) {
                               p.alds.append({s.integer(0), s.text(1), s.text(2), dateFrom(s.text(3)), dateFrom(s.text(4)),
                                              originFrom(s.text(5)), s.text(6)});
                           });
    if (parts)
        parts = forEachRow(m_db, QStringLiteral("SELECT id, dci, strength, form, route, brand, posology, duration, renewals, "
                                                "non_substitutable, ald, origin, source_id FROM treatment WHERE patient_id = ? ORDER BY id"), id,
                           [&](const Statement& s) {
                               p.treatments.append({s.integer(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6),
                                                    s.text(7), int(s.integer(8)), s.text(9), s.integer(10) != 0,
                                                    originFrom(s.text(11)), s.text(12)});
                           });
    if (parts)
        parts = forEachRow(m_db, QStringLiteral("SELECT id, date, weight_kg, height_cm, origin, source_id FROM measurement WHERE patient_id = ? ORDER BY date, id"), id,
                           [&](const Statement& s) {
                               p.measurements.append({s.integer(0), dateFrom(s.text(1)), s.value(2).toDouble(), s.value(3).toDouble(),
                                                      originFrom(s.text(4)), s.text(5)});
                           });
    if (!parts)
        return std::unexpected(parts.error());
    return p;
}

Result<Patient> PatientStore::openChart(qint64 id)
{
    auto p = get(id);
    if (p)
        if (auto r = m_vault.audit().append(QStringLiteral("patient.view"), QStringLiteral("patient"), QString::number(id)); !r)
            return std::unexpected(r.error());
    return p;
}

Result<qint64> PatientStore::count()
{
    auto v = m_db.scalar(QStringLiteral("SELECT count(*) FROM patient"));
    if (!v)
        return std::unexpected(v.error());
    return v->toLongLong();
}

Result<void> PatientStore::markChanged(qint64 patientId)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE patient SET changed_locally = 1, updated_utc = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({m_vault.clock().nowUtc().toString(Qt::ISODateWithMs), patientId});
    return q->run();
}

Result<qint64> PatientStore::insertPart(const QString& sql, const QVariantList& values, qint64 patientId, bool local)
{
    Transaction tx(m_db);  // joins the caller's transaction if there is one
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto q = m_db.cached(sql);
    if (!q)
        return std::unexpected(q.error());
    (*q)->bind(1, patientId);
    for (int i = 0; i < values.size(); ++i)
        (*q)->bind(i + 2, values.at(i));
    if (auto r = (*q)->run(); !r)
        return std::unexpected(r.error());
    const qint64 id = m_db.lastInsertId();
    if (local)
        if (auto r = markChanged(patientId); !r)
            return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return id;
}

Result<qint64> PatientStore::add(qint64 patientId, const Allergy& a)
{
    if (a.substance.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Allergy: the substance is required"));
    return insertPart(QStringLiteral("INSERT INTO allergy (patient_id, substance, reaction, severity, origin, source_id, source_hash) VALUES (?,?,?,?,?,?,?)"),
                      {a.substance.trimmed(), a.reaction, a.severity.isEmpty() ? QStringLiteral("unknown") : a.severity,
                       originCode(a.origin), nullable(a.sourceId), nullable(a.sourceHash)},
                      patientId, a.origin == Origin::Local);
}

Result<qint64> PatientStore::add(qint64 patientId, const Antecedent& a)
{
    if (a.label.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("History: the label is required"));
    if (a.date.isValid() && a.date > m_vault.clock().nowUtc().date())
        return fail(ErrorKind::Invalid, tr("History: the date is in the future"));
    static const QRegularExpression cim10Code(QStringLiteral("^[A-Z][0-9]{2}(\\.?[0-9A-Z]{1,4})?$"));
    if (!a.cim10.isEmpty() && !cim10Code.match(a.cim10).hasMatch())
        return fail(ErrorKind::Invalid, tr("History: \"%1\" is not a CIM-10 code (for example E11.9)").arg(a.cim10));
    return insertPart(QStringLiteral("INSERT INTO antecedent (patient_id, kind, label, date, cim10, origin, source_id, source_hash) VALUES (?,?,?,?,?,?,?,?)"),
                      {kindCode(a.kind), a.label.trimmed(), isoDate(a.date), a.cim10, originCode(a.origin), nullable(a.sourceId),
                       nullable(a.sourceHash)},
                      patientId, a.origin == Origin::Local);
}

Result<qint64> PatientStore::add(qint64 patientId, const Ald& a)
{
    if (a.label.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("ALD: the label is required"));
    if (a.start.isValid() && a.end.isValid() && a.end < a.start)
        return fail(ErrorKind::Invalid, tr("ALD: the end date is before the start date"));
    return insertPart(QStringLiteral("INSERT INTO ald (patient_id, label, cim10, start_date, end_date, origin, source_id, source_hash) VALUES (?,?,?,?,?,?,?,?)"),
                      {a.label.trimmed(), a.cim10, isoDate(a.start), isoDate(a.end), originCode(a.origin), nullable(a.sourceId),
                       nullable(a.sourceHash)},
                      patientId, a.origin == Origin::Local);
}

Result<qint64> PatientStore::add(qint64 patientId, const Treatment& t)
{
    if (t.dci.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("Treatment: the active substance (DCI) is required"));
    if (t.renewals < 0 || t.renewals > 12)
        return fail(ErrorKind::Invalid, tr("Treatment: %1 renewals is impossible (0 to 12)").arg(t.renewals));
    return insertPart(QStringLiteral("INSERT INTO treatment (patient_id, dci, strength, form, route, brand, posology, duration, "
                                     "renewals, non_substitutable, ald, origin, source_id, source_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"),
                      {t.dci.trimmed(), t.strength, t.form, t.route, t.brand, t.posology, t.duration, t.renewals,
                       t.nonSubstitutable, t.ald ? 1 : 0, originCode(t.origin), nullable(t.sourceId), nullable(t.sourceHash)},
                      patientId, t.origin == Origin::Local);
}

Result<qint64> PatientStore::add(qint64 patientId, const Measurement& m)
{
    if (!m.date.isValid() || m.date > m_vault.clock().nowUtc().date())
        return fail(ErrorKind::Invalid, tr("Weight and height: the date is missing or in the future"));
    if (m.weightKg != 0 && (m.weightKg < 0.3 || m.weightKg > 400))
        return fail(ErrorKind::Invalid, tr("Weight: %1 kg is impossible (0.3 to 400)").arg(m.weightKg));
    if (m.heightCm != 0 && (m.heightCm < 20 || m.heightCm > 250))
        return fail(ErrorKind::Invalid, tr("Height: %1 cm is impossible (20 to 250)").arg(m.heightCm));
    if (m.weightKg == 0 && m.heightCm == 0)
        return fail(ErrorKind::Invalid, tr("Weight and height: give at least one of them"));
    return insertPart(QStringLiteral("INSERT INTO measurement (patient_id, date, weight_kg, height_cm, origin, source_id, source_hash) VALUES (?,?,?,?,?,?,?)"),
                      {isoDate(m.date), m.weightKg > 0 ? QVariant(m.weightKg) : QVariant(), m.heightCm > 0 ? QVariant(m.heightCm) : QVariant(),
                       originCode(m.origin), nullable(m.sourceId), nullable(m.sourceHash)},
                      patientId, m.origin == Origin::Local);
}

namespace {

const char* const kPartTables[] = {"allergy", "antecedent", "ald", "treatment", "measurement"};

// The statement for each part table (%1: the table), built once per call site.
std::array<QString, 5> forEachPart(const char* pattern)
{
    std::array<QString, 5> out;
    for (std::size_t i = 0; i < out.size(); ++i)
        out[i] = QString::fromLatin1(pattern).arg(QLatin1String(kPartTables[i]));
    return out;
}

Result<std::optional<PatientStore::ImportedRow>> readImported(Result<Statement*> q)
{
    if (!q)
        return std::unexpected(q.error());
    auto row = (*q)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<PatientStore::ImportedRow>();
    return std::optional<PatientStore::ImportedRow>(PatientStore::ImportedRow{(*q)->integer(0), (*q)->text(1)});
}

} // namespace

Result<QHash<QString, qint64>> PatientStore::importedIds()
{
    auto q = m_db.prepare(QStringLiteral("SELECT source_id, id FROM patient WHERE source_id IS NOT NULL"));
    if (!q)
        return std::unexpected(q.error());
    QHash<QString, qint64> ids;
    if (auto r = q->each([&](const Statement& s) { ids.insert(s.text(0), s.integer(1)); }); !r)
        return std::unexpected(r.error());
    return ids;
}

Result<std::optional<PatientStore::ImportedRow>> PatientStore::importedPatient(qint64 id)
{
    auto q = m_db.cached(QStringLiteral("SELECT id, source_hash, changed_locally, absent_since_utc IS NOT NULL FROM patient WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    (*q)->bind(1, id);
    auto row = (*q)->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<ImportedRow>();
    return std::optional<ImportedRow>(ImportedRow{(*q)->integer(0), (*q)->text(1), (*q)->integer(2) != 0, (*q)->integer(3) != 0});
}

Result<void> PatientStore::setImportedSource(qint64 id, const QString& hash, const QString& version)
{
    auto mark = m_db.cached(QStringLiteral("UPDATE patient SET source_hash = ?, source_version = ?, absent_since_utc = NULL WHERE id = ?"));
    if (!mark)
        return std::unexpected(mark.error());
    (*mark)->bindAll({hash, version.isEmpty() ? QVariant() : QVariant(version), id});
    return (*mark)->run();
}

Result<QString> PatientStore::sourceVersion(qint64 id)
{
    auto version = m_db.prepare(QStringLiteral("SELECT coalesce(source_version, '') FROM patient WHERE id = ?"));
    if (!version)
        return std::unexpected(version.error());
    version->bind(1, id);
    auto row = version->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? version->text(0) : QString();
}

Result<void> PatientStore::setSourceVersion(qint64 id, const QString& version)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE patient SET source_version = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({version, id});
    return q->run();
}

Result<void> PatientStore::takeSourceVersion(qint64 id, const QString& version)
{
    auto v = m_db.prepare(QStringLiteral("UPDATE patient SET source_version = ?, source_hash = NULL WHERE id = ?"));
    if (!v)
        return std::unexpected(v.error());
    v->bindAll({version.isEmpty() ? QVariant() : QVariant(version), id});
    return v->run();
}

Result<bool> PatientStore::hasLocalParts(qint64 id)
{
    auto owed = m_db.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM allergy WHERE patient_id = ?1 AND origin = 'local') "
                                            "OR EXISTS (SELECT 1 FROM antecedent WHERE patient_id = ?1 AND origin = 'local' AND kind <> 'family')"));
    if (!owed)
        return std::unexpected(owed.error());
    owed->bind(1, id);
    auto row = owed->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && owed->integer(0) != 0;
}

Result<std::optional<PatientStore::Reference>> PatientStore::reference(qint64 id)
{
    auto patient = m_db.cached(QStringLiteral("SELECT birth_date, coalesce(source_id, '') FROM patient WHERE id = ?"));
    if (!patient)
        return std::unexpected(patient.error());
    (*patient)->bind(1, id);
    std::optional<Reference> out;
    auto row = (*patient)->step();
    if (row && *row)
        out = Reference{(*patient)->text(0), (*patient)->text(1)};
    (*patient)->reset();
    if (!row)
        return std::unexpected(row.error());
    return out;
}

Result<std::optional<qint64>> PatientStore::highestDemoNumber()
{
    auto highest = m_db.scalar(QStringLiteral("SELECT max(CAST(substr(source_id, 6) AS INTEGER)) FROM patient "
                                              "WHERE source_id GLOB 'demo-[0-9]*' AND source_id NOT GLOB 'demo-*-*'"));
    if (!highest)
        return std::unexpected(highest.error());
    if (highest->isNull())
        return std::nullopt;
    return highest->toLongLong();
}

Result<void> PatientStore::markPresent(qint64 id)
{
    auto back = m_db.cached(QStringLiteral("UPDATE patient SET absent_since_utc = NULL WHERE id = ?"));
    if (!back)
        return std::unexpected(back.error());
    (*back)->bind(1, id);
    return (*back)->run();
}

Result<int> PatientStore::markAbsentExcept(const QSet<QString>& seen, const QDateTime& nowUtc)
{
    const QString now = nowUtc.toString(Qt::ISODate);
    auto q = m_db.prepare(QStringLiteral("SELECT id, source_id FROM patient WHERE origin = 'imported' AND absent_since_utc IS NULL"));
    if (!q)
        return std::unexpected(q.error());
    QList<qint64> gone;
    auto r = q->each([&](const Statement& s) {
        if (!seen.contains(s.text(1)))
            gone.append(s.integer(0));
    });
    if (!r)
        return std::unexpected(r.error());
    auto mark = m_db.prepare(QStringLiteral("UPDATE patient SET absent_since_utc = ? WHERE id = ?"));
    if (!mark)
        return std::unexpected(mark.error());
    for (qint64 id : std::as_const(gone)) {
        mark->reset();
        mark->bindAll({now, id});
        if (auto d = mark->run(); !d)
            return std::unexpected(d.error());
    }
    return int(gone.size());
}

Result<std::optional<PatientStore::ImportedRow>> PatientStore::importedPart(Part part, const QString& sourceId)
{
    static const auto sql = forEachPart("SELECT id, source_hash FROM %1 WHERE source_id = ?");
    auto q = m_db.cached(sql[std::size_t(part)]);
    if (q)
        (*q)->bind(1, sourceId);
    return readImported(q);
}

Result<std::optional<PatientStore::ImportedRow>> PatientStore::importedPartAt(Part part, qint64 rowId)
{
    static const auto sql = forEachPart("SELECT id, source_hash FROM %1 WHERE id = ?");
    auto q = m_db.cached(sql[std::size_t(part)]);
    if (q)
        (*q)->bind(1, rowId);
    return readImported(q);
}

Result<bool> PatientStore::partHasSource(Part part, qint64 rowId, const QString& sourceId)
{
    static const auto sql = forEachPart("SELECT source_id = ? FROM %1 WHERE id = ?");
    auto q = m_db.cached(sql[std::size_t(part)]);
    if (!q)
        return std::unexpected(q.error());
    (*q)->bindAll({sourceId, rowId});
    auto row = (*q)->step();
    if (!row)
        return std::unexpected(row.error());
    return *row && (*q)->integer(0);
}

Result<void> PatientStore::removeImportedPart(Part part, qint64 rowId)
{
    static const auto sql = forEachPart("DELETE FROM %1 WHERE id = ?");
    auto del = m_db.cached(sql[std::size_t(part)]);
    if (!del)
        return std::unexpected(del.error());
    (*del)->bind(1, rowId);
    return (*del)->run();
}

Result<void> PatientStore::remove(Part part, qint64 id)
{
    static const char* const tables[] = {"allergy", "antecedent", "ald", "treatment", "measurement"};
    const QString table = QString::fromLatin1(tables[int(part)]);
    auto owner = m_db.prepare(QStringLiteral("SELECT patient_id FROM %1 WHERE id = ?").arg(table));
    if (!owner)
        return std::unexpected(owner.error());
    owner->bind(1, id);
    auto row = owner->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorKind::Invalid, tr("Nothing to remove (%1 #%2)").arg(table).arg(id));
    const qint64 patientId = owner->integer(0);
    Transaction tx(m_db);  // joins the caller's transaction if there is one
    if (auto r = tx.begin(); !r)
        return r;
    auto del = m_db.prepare(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    if (!del)
        return std::unexpected(del.error());
    del->bind(1, id);
    if (auto r = del->run(); !r)
        return r;
    if (auto r = markChanged(patientId); !r)
        return r;
    return tx.commit();
}

Result<QHash<qint64, QString>> PatientStore::displayNames(const QList<qint64>& ids)
{
    QHash<qint64, QString> out;
    if (ids.isEmpty())
        return out;
    QString marks;
    QVariantList args;
    for (qint64 id : ids) {
        marks += marks.isEmpty() ? QStringLiteral("?") : QStringLiteral(",?");
        args << id;
    }
    auto q = m_db.prepare(QStringLiteral("SELECT id, birth_name, first_given_name, sex, used_name, used_given_name "
                                         "FROM patient WHERE id IN (%1)")
                              .arg(marks));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll(args);
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        Patient p;
        p.birthName = q->text(1);
        p.firstGivenName = q->text(2);
        p.sex = sexFromCode(q->text(3)).value_or(Sex::Unknown);
        p.usedName = q->text(4);
        p.usedGivenName = q->text(5);
        out.insert(q->integer(0), p.displayName());
    }
    return out;
}

} // namespace relais
