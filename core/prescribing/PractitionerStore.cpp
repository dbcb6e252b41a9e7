// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PractitionerStore.h"

#include "audit/AuditLog.h"
#include "common/Clock.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <sqlite3.h>

namespace relais {

namespace {
const QString kColumns = QStringLiteral(
    "id, surname, given_names, title, specialty, rpps, am_number, finess, address, city, phone, email, slot_id, "
    "created_utc, updated_utc");
}

PractitionerStore::PractitionerStore(Vault& vault) : m_vault(vault), m_db(vault.db()) { }

Result<qint64> PractitionerStore::create(Practitioner p)
{
    auto n = Practitioner::normalised(std::move(p));
    if (!n)
        return std::unexpected(n.error());
    auto dup = m_db.prepare(QStringLiteral("SELECT id FROM practitioner WHERE rpps = ?"));
    if (!dup)
        return std::unexpected(dup.error());
    dup->bind(1, n->rpps);
    auto found = dup->step();
    if (!found)
        return std::unexpected(found.error());
    if (*found)
        return fail(ErrorKind::Invalid, tr("RPPS number: %1 is already used by practitioner #%2").arg(n->rpps).arg(dup->integer(0)));
    const QString now = m_vault.clock().nowUtc().toString(Qt::ISODate);
    const bool ownTx = sqlite3_get_autocommit(m_db.handle()) != 0;
    Transaction tx(m_db);
    if (ownTx)
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
    auto q = m_db.prepare(QStringLiteral("INSERT INTO practitioner (") + kColumns.mid(4) +
                          QStringLiteral(") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({n->surname, n->givenNames, n->title, n->specialty, n->rpps, n->amNumber, n->finess, n->address, n->city,
                n->phone, n->email, n->slotId, now, now});
    if (auto r = q->run(); !r)
        return std::unexpected(r.error());
    const qint64 id = m_db.lastInsertId();
    if (auto r = m_vault.audit().append(QStringLiteral("practitioner.create"), QStringLiteral("practitioner"), QString::number(id)); !r)
        return std::unexpected(r.error());
    if (ownTx)
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
    return id;
}

Result<void> PractitionerStore::update(Practitioner p)
{
    const qint64 id = p.id;
    auto n = Practitioner::normalised(std::move(p));
    if (!n)
        return std::unexpected(n.error());
    const bool ownTx = sqlite3_get_autocommit(m_db.handle()) != 0;
    Transaction tx(m_db);
    if (ownTx)
        if (auto r = tx.begin(); !r)
            return std::unexpected(r.error());
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE practitioner SET surname = ?, given_names = ?, title = ?, specialty = ?, rpps = ?, am_number = ?, "
        "finess = ?, address = ?, city = ?, phone = ?, email = ?, slot_id = ?, updated_utc = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({n->surname, n->givenNames, n->title, n->specialty, n->rpps, n->amNumber, n->finess, n->address, n->city,
                n->phone, n->email, n->slotId, m_vault.clock().nowUtc().toString(Qt::ISODate), id});
    if (auto r = q->run(); !r)
        return fail(ErrorKind::Invalid, tr("RPPS number: %1 is already used by another practitioner").arg(n->rpps));
    if (m_db.changes() == 0)
        return fail(ErrorKind::Invalid, tr("No practitioner #%1 in this vault").arg(id));
    if (auto r = m_vault.audit().append(QStringLiteral("practitioner.update"), QStringLiteral("practitioner"), QString::number(id)); !r)
        return std::unexpected(r.error());
    if (ownTx)
        if (auto r = tx.commit(); !r)
            return std::unexpected(r.error());
    return {};
}

Result<QList<Practitioner>> PractitionerStore::query(const QString& where, const QVariantList& args)
{
    // Cached: the hand-back asks for the prescriber of every consultation.
    auto cached = m_db.cached(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM practitioner ") + where);
    if (!cached)
        return std::unexpected(cached.error());
    Statement* q = *cached;
    q->bindAll(args);
    QList<Practitioner> out;
    for (;;) {
        auto row = q->step();
        if (!row) {
            q->reset();
            return std::unexpected(row.error());
        }
        if (!*row)
            break;
        Practitioner p;
        p.id = q->integer(0);
        p.surname = q->text(1);
        p.givenNames = q->text(2);
        p.title = q->text(3);
        p.specialty = q->text(4);
        p.rpps = q->text(5);
        p.amNumber = q->text(6);
        p.finess = q->text(7);
        p.address = q->text(8);
        p.city = q->text(9);
        p.phone = q->text(10);
        p.email = q->text(11);
        p.slotId = q->text(12);
        p.createdUtc = QDateTime::fromString(q->text(13), Qt::ISODate);
        p.updatedUtc = QDateTime::fromString(q->text(14), Qt::ISODate);
        out.append(p);
    }
    q->reset();
    return out;
}

Result<Practitioner> PractitionerStore::get(qint64 id)
{
    auto r = query(QStringLiteral("WHERE id = ?"), {id});
    if (!r)
        return std::unexpected(r.error());
    if (r->isEmpty())
        return fail(ErrorKind::Invalid, tr("No practitioner #%1 in this vault").arg(id));
    return r->first();
}

Result<QList<Practitioner>> PractitionerStore::list() { return query(QStringLiteral("ORDER BY surname, given_names"), {}); }

Result<QList<Practitioner>> PractitionerStore::fromEhr()
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT surname, given_names, specialty, rpps, address, postal_code, city, phone, email FROM ehr_practitioner "
        "WHERE rpps = '' OR rpps NOT IN (SELECT rpps FROM practitioner) ORDER BY surname, given_names"));
    if (!q)
        return std::unexpected(q.error());
    QList<Practitioner> out;
    auto done = q->each([&](const Statement& s) {
        Practitioner p;
        p.surname = s.text(0);
        p.givenNames = s.text(1);
        p.specialty = s.text(2);
        p.rpps = s.text(3);
        p.address = QStringList{s.text(4), QString(s.text(5) + u' ' + s.text(6)).trimmed()}.join(u'\n').trimmed();
        p.city = s.text(6);
        p.phone = s.text(7);
        p.email = s.text(8);
        out.append(p);
    });
    if (!done)
        return std::unexpected(done.error());
    return out;
}

Result<PractitionerStore::Write> PractitionerStore::upsertEhr(const EhrPractitioner& p, const QString& sourceHash)
{
    auto q = m_db.cached(QStringLiteral("SELECT source_hash FROM ehr_practitioner WHERE source_id = ?"));
    if (!q)
        return std::unexpected(q.error());
    (*q)->bind(1, p.sourceId);
    auto row = (*q)->step();
    if (!row)
        return std::unexpected(row.error());
    const bool known = *row;
    if (known && (*q)->text(0) == sourceHash)
        return Write::Unchanged;
    auto up = m_db.cached(QStringLiteral(
        "INSERT INTO ehr_practitioner (source_id, name, surname, given_names, rpps, specialty, address, postal_code, city, "
        "phone, email, source_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(source_id) DO UPDATE SET "
        "name = excluded.name, surname = excluded.surname, given_names = excluded.given_names, rpps = excluded.rpps, "
        "specialty = excluded.specialty, address = excluded.address, postal_code = excluded.postal_code, "
        "city = excluded.city, phone = excluded.phone, email = excluded.email, source_hash = excluded.source_hash"));
    if (!up)
        return std::unexpected(up.error());
    (*up)->bindAll({p.sourceId, p.name, p.surname, p.givenNames, p.rpps, p.specialty, p.address, p.postalCode, p.city, p.phone,
                    p.email, sourceHash});
    if (auto d = (*up)->run(); !d)
        return std::unexpected(d.error());
    return known ? Write::Updated : Write::Created;
}

Result<QHash<QString, QString>> PractitionerStore::ehrNames()
{
    auto names = m_db.prepare(QStringLiteral("SELECT source_id, name FROM ehr_practitioner"));
    if (!names)
        return std::unexpected(names.error());
    QHash<QString, QString> out;
    if (auto r = names->each([&](const Statement& s) { out.insert(s.text(0), s.text(1)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::optional<Practitioner>> PractitionerStore::forSlot(const QString& slotId)
{
    auto r = query(QStringLiteral("WHERE slot_id = ? AND slot_id <> '' ORDER BY id LIMIT 1"), {slotId});
    if (!r)
        return std::unexpected(r.error());
    if (r->isEmpty())
        return std::optional<Practitioner>();
    return std::optional<Practitioner>(r->first());
}

Result<void> PractitionerStore::linkSlot(const QString& slotId, qint64 practitionerId)
{
    if (slotId.isEmpty())
        return fail(ErrorKind::Invalid, tr("No key slot given"));
    const bool ownTx = sqlite3_get_autocommit(m_db.handle()) != 0;
    Transaction tx(m_db);
    if (ownTx)
        if (auto r = tx.begin(); !r)
            return r;
    auto clear = m_db.prepare(QStringLiteral("UPDATE practitioner SET slot_id = '' WHERE slot_id = ?"));
    if (!clear)
        return std::unexpected(clear.error());
    clear->bind(1, slotId);
    if (auto r = clear->run(); !r)
        return r;
    if (practitionerId > 0) {
        auto set = m_db.prepare(QStringLiteral("UPDATE practitioner SET slot_id = ?, updated_utc = ? WHERE id = ?"));
        if (!set)
            return std::unexpected(set.error());
        set->bindAll({slotId, m_vault.clock().nowUtc().toString(Qt::ISODate), practitionerId});
        if (auto r = set->run(); !r)
            return r;
        if (m_db.changes() == 0)
            return fail(ErrorKind::Invalid, tr("No practitioner #%1 in this vault").arg(practitionerId));
    }
    if (auto r = m_vault.audit().append(QLatin1String(AuditAction::SlotLink), QStringLiteral("slot"), slotId,
                                        practitionerId > 0 ? QStringLiteral("practitioner=%1").arg(practitionerId)
                                                           : QStringLiteral("practitioner=none"));
        !r)
        return std::unexpected(r.error());
    if (ownTx)
        return tx.commit();
    return {};
}

} // namespace relais
