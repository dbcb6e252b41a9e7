// SPDX-License-Identifier: GPL-3.0-or-later
#include "records/AppointmentStore.h"

#include "storage/Sqlite.h"
#include "vault/Vault.h"

namespace relais {

AppointmentStore::AppointmentStore(Vault& vault) : m_db(vault.db()) { }

Result<QList<Appointment>> AppointmentStore::between(const QDateTime& fromUtc, const QDateTime& toUtc)
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT id, source_id, start_utc, end_utc, status, description, patient_label, patient_id FROM appointment "
        "WHERE start_utc >= ? AND start_utc < ? ORDER BY start_utc, id"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({fromUtc.toUTC().toString(Qt::ISODate), toUtc.toUTC().toString(Qt::ISODate)});
    QList<Appointment> list;
    auto r = q->each([&](const Statement& row) {
        Appointment a;
        a.id = row.integer(0);
        a.sourceId = row.text(1);
        a.startUtc = QDateTime::fromString(row.text(2), Qt::ISODate);
        a.endUtc = QDateTime::fromString(row.text(3), Qt::ISODate);
        a.status = row.text(4);
        a.description = row.text(5);
        a.patientLabel = row.text(6);
        a.patientId = row.isNull(7) ? 0 : row.integer(7);
        list.append(a);
    });
    if (!r)
        return std::unexpected(r.error());
    return list;
}

Result<AppointmentStore::Write> AppointmentStore::upsertImported(const Appointment& a, const QString& sourceHash)
{
    auto q = m_db.cached(QStringLiteral("SELECT source_hash FROM appointment WHERE source_id = ?"));
    if (!q)
        return std::unexpected(q.error());
    (*q)->bind(1, a.sourceId);
    auto row = (*q)->step();
    if (!row)
        return std::unexpected(row.error());
    if (*row && (*q)->text(0) == sourceHash)
        return Write::Unchanged;
    const bool known = *row;
    auto up = m_db.cached(QStringLiteral(
        "INSERT INTO appointment (source_id, patient_id, start_utc, end_utc, status, description, patient_label, source_hash) "
        "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(source_id) DO UPDATE SET patient_id = excluded.patient_id, "
        "start_utc = excluded.start_utc, end_utc = excluded.end_utc, status = excluded.status, "
        "description = excluded.description, patient_label = excluded.patient_label, source_hash = excluded.source_hash"));
    if (!up)
        return std::unexpected(up.error());
    (*up)->bindAll({a.sourceId, a.patientId ? QVariant(a.patientId) : QVariant(), a.startUtc.toString(Qt::ISODate),
                    a.endUtc.isValid() ? a.endUtc.toString(Qt::ISODate) : QString(),
                    a.status.isEmpty() ? QStringLiteral("booked") : a.status, a.description, a.patientLabel, sourceHash});
    if (auto r = (*up)->run(); !r)
        return std::unexpected(r.error());
    return known ? Write::Updated : Write::Created;
}

} // namespace relais
