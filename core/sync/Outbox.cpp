// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Outbox.h"

#include "common/Clock.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <numeric>

namespace relais {

namespace {

constexpr const char* kKinds[] = {"patient", "consultation", "prescription"};
constexpr const char* kStates[] = {"pending", "sending", "sent", "acknowledged", "failed", "conflict"};

QString iso(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODate);
}

const QString kColumns = QStringLiteral(
    "id, kind, record_id, patient_id, state, changes, attempts, last_error, next_retry_utc, server_id, updated_utc");

OutboxEntry readEntry(const Statement& s)
{
    OutboxEntry e;
    e.id = s.integer(0);
    const QString kind = s.text(1);
    for (int i = 0; i < 3; ++i)
        if (kind == QLatin1String(kKinds[i]))
            e.kind = OutboxEntry::Kind(i);
    const QString state = s.text(4);
    for (int i = 0; i < 6; ++i)
        if (state == QLatin1String(kStates[i]))
            e.state = OutboxEntry::State(i);
    e.recordId = s.integer(2);
    e.patientId = s.integer(3);
    e.changes = int(s.integer(5));
    e.attempts = int(s.integer(6));
    e.lastError = s.text(7);
    if (!s.isNull(8))
        e.nextRetryUtc = QDateTime::fromString(s.text(8), Qt::ISODate);
    e.serverId = s.text(9);
    e.updatedUtc = QDateTime::fromString(s.text(10), Qt::ISODate);
    return e;
}

} // namespace

QString outboxKindCode(OutboxEntry::Kind k)
{
    return QString::fromLatin1(kKinds[int(k)]);
}

QString outboxStateCode(OutboxEntry::State s)
{
    return QString::fromLatin1(kStates[int(s)]);
}

int OutboxCounts::total() const
{
    return std::accumulate(byState.cbegin(), byState.cend(), 0);
}

int OutboxCounts::inFlight() const
{
    return of(OutboxEntry::State::Pending) + of(OutboxEntry::State::Sending) + of(OutboxEntry::State::Sent);
}

Outbox::Outbox(Vault& vault, const Clock& clock, RetryPolicy policy) : m_db(vault.db()), m_clock(clock), m_policy(policy) { }

qint64 Outbox::backoffSecs(int attempts, const RetryPolicy& policy)
{
    qint64 secs = policy.firstSecs;
    for (int i = 1; i < attempts && secs < policy.maxSecs; ++i)
        secs *= policy.factor;
    return std::min(secs, policy.maxSecs);
}

Result<QList<OutboxEntry>> Outbox::entries(qint64 patientId)
{
    // Two statements: "? = 0 OR patient_id = ?" cannot use the index, and the export asks once
    // per patient (a full scan each time made it quadratic).
    static const QString all = QStringLiteral("SELECT %1 FROM outbox ORDER BY patient_id, rank, record_id").arg(kColumns);
    static const QString one = QStringLiteral("SELECT %1 FROM outbox WHERE patient_id = ? ORDER BY rank, record_id").arg(kColumns);
    auto q = m_db.cached(patientId ? one : all);
    if (!q)
        return std::unexpected(q.error());
    if (patientId)
        (*q)->bind(1, patientId);
    QList<OutboxEntry> list;
    auto r = (*q)->each([&](const Statement& s) { list.append(readEntry(s)); });
    (*q)->reset();
    if (!r)
        return std::unexpected(r.error());
    return list;
}

Result<QList<qint64>> Outbox::duePatients()
{
    auto q = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT patient_id FROM outbox WHERE state IN ('pending', 'sending', 'sent') "
        "OR (state = 'failed' AND next_retry_utc IS NOT NULL AND next_retry_utc <= ?) ORDER BY patient_id"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, iso(m_clock.nowUtc()));
    QList<qint64> list;
    if (auto r = q->each([&](const Statement& s) { list.append(s.integer(0)); }); !r)
        return std::unexpected(r.error());
    return list;
}

Result<QList<OutboxEntry>> Outbox::unsent(qint64 patientId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE patient_id = ? AND state <> 'acknowledged' "
                                         "ORDER BY rank, record_id").arg(kColumns));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, patientId);
    QList<OutboxEntry> list;
    if (auto r = q->each([&](const Statement& s) { list.append(readEntry(s)); }); !r)
        return std::unexpected(r.error());
    return list;
}

Result<OutboxCounts> Outbox::counts()
{
    auto q = m_db.prepare(QStringLiteral("SELECT state, count(*) FROM outbox GROUP BY state"));
    if (!q)
        return std::unexpected(q.error());
    OutboxCounts counts;
    auto r = q->each([&](const Statement& s) {
        const QString state = s.text(0);
        for (std::size_t i = 0; i < counts.byState.size(); ++i)
            if (state == QLatin1String(kStates[i]))
                counts.byState[i] += int(s.integer(1));
    });
    if (!r)
        return std::unexpected(r.error());
    return counts;
}

Result<void> Outbox::setState(const QList<OutboxEntry>& entries, OutboxEntry::State state)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE outbox SET state = ?, updated_utc = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    for (const OutboxEntry& e : entries) {
        q->reset();
        q->bind(1, outboxStateCode(state)).bind(2, iso(m_clock.nowUtc())).bind(3, e.id);
        if (auto r = q->run(); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Outbox::markSending(const QList<OutboxEntry>& entries)
{
    return setState(entries, OutboxEntry::State::Sending);
}

Result<void> Outbox::markPending(const QList<OutboxEntry>& entries)
{
    return setState(entries, OutboxEntry::State::Pending);
}

Result<void> Outbox::markSent(const QList<OutboxEntry>& entries)
{
    return setState(entries, OutboxEntry::State::Sent);
}

Result<void> Outbox::markAcknowledged(const QList<OutboxEntry>& entries, const QHash<qint64, QString>& serverIds)
{
    // Only if unchanged since read: a change in between keeps the entry pending (trigger). An
    // entry whose resource the Bundle did not carry keeps the server id it had.
    auto q = m_db.prepare(QStringLiteral(
        "UPDATE outbox SET state = CASE WHEN changes = ? THEN 'acknowledged' ELSE 'pending' END, "
        "server_id = coalesce(nullif(?, ''), server_id), "
        "attempts = 0, last_error = '', next_retry_utc = NULL, updated_utc = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    for (const OutboxEntry& e : entries) {
        q->reset();
        q->bind(1, e.changes).bind(2, serverIds.value(e.id)).bind(3, iso(m_clock.nowUtc())).bind(4, e.id);
        if (auto r = q->run(); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Outbox::markFailed(const QList<OutboxEntry>& entries, const QString& error, bool retryable)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, "
                                         "next_retry_utc = ?, updated_utc = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    Transaction tx(m_db);
    if (auto r = tx.begin(); !r)
        return r;
    const QDateTime now = m_clock.nowUtc();
    for (const OutboxEntry& e : entries) {
        q->reset();
        const QVariant next = retryable ? QVariant(iso(now.addSecs(backoffSecs(e.attempts + 1, m_policy)))) : QVariant();
        q->bind(1, error.left(2000)).bind(2, next).bind(3, iso(now)).bind(4, e.id);
        if (auto r = q->run(); !r)
            return r;
    }
    return tx.commit();
}

Result<void> Outbox::markConflict(const QList<OutboxEntry>& entries, const QString& error)
{
    auto q = m_db.prepare(QStringLiteral("UPDATE outbox SET state = 'conflict', last_error = ?, updated_utc = ? WHERE id = ?"));
    if (!q)
        return std::unexpected(q.error());
    for (const OutboxEntry& e : entries) {
        q->reset();
        q->bind(1, error.left(2000)).bind(2, iso(m_clock.nowUtc())).bind(3, e.id);
        if (auto r = q->run(); !r)
            return r;
    }
    return {};
}

Result<void> Outbox::retryNow()
{
    auto q = m_db.prepare(QStringLiteral("UPDATE outbox SET next_retry_utc = ? WHERE state = 'failed'"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, iso(m_clock.nowUtc()));
    return q->run();
}

namespace {

// An outbox entry that is acknowledged and was so before the cut-off (?1).
constexpr auto kAckedOld = "%1.state = 'acknowledged' AND %1.updated_utc <= ?1";

} // namespace

Result<QList<std::pair<qint64, qint64>>> Outbox::acknowledgedConsultations(const QString& cutoffUtc)
{
    using namespace Qt::StringLiterals;
    auto c = m_db.prepare(QString(u"SELECT c.id, c.patient_id FROM consultation c "
                                  u"JOIN outbox o ON o.kind = 'consultation' AND o.record_id = c.id "
                                  u"WHERE c.origin = 'local' AND c.status = 'final' AND "_s
                                  + QString::fromLatin1(kAckedOld).arg(u"o"_s)
                                  + u" AND NOT EXISTS (SELECT 1 FROM prescription p LEFT JOIN outbox po "
                                    u"ON po.kind = 'prescription' AND po.record_id = p.id WHERE p.consultation_id = c.id "
                                    u"AND (po.id IS NULL OR NOT ("_s
                                  + QString::fromLatin1(kAckedOld).arg(u"po"_s) + u"))) ORDER BY c.id"_s));
    if (!c)
        return std::unexpected(c.error());
    c->bind(1, cutoffUtc);
    QList<std::pair<qint64, qint64>> out;
    if (auto r = c->each([&](const Statement& s) { out.append({s.integer(0), s.integer(1)}); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<QList<Outbox::AcknowledgedPrescription>> Outbox::acknowledgedPrescriptions(const QString& cutoffUtc)
{
    using namespace Qt::StringLiterals;
    auto p = m_db.prepare(QString(u"SELECT p.id, p.patient_id, p.consultation_id, coalesce(c.origin, '') FROM prescription p "
                                  u"JOIN outbox o ON o.kind = 'prescription' AND o.record_id = p.id "
                                  u"LEFT JOIN consultation c ON c.id = p.consultation_id WHERE "_s
                                  + QString::fromLatin1(kAckedOld).arg(u"o"_s) + u" ORDER BY p.id"_s));
    if (!p)
        return std::unexpected(p.error());
    p->bind(1, cutoffUtc);
    QList<AcknowledgedPrescription> out;
    if (auto r = p->each([&](const Statement& s) {
            AcknowledgedPrescription a;
            a.id = s.integer(0);
            a.patientId = s.integer(1);
            if (!s.isNull(2))
                a.consultationId = s.integer(2);
            a.consultationImported = s.text(3) == QLatin1String("imported");
            out.append(a);
        });
        !r)
        return std::unexpected(r.error());
    return out;
}

Result<void> Outbox::remove(OutboxEntry::Kind kind, const QList<qint64>& recordIds)
{
    Q_ASSERT(kind != OutboxEntry::Kind::Patient);
    return m_db.runForEach(kind == OutboxEntry::Kind::Prescription
                               ? QStringLiteral("DELETE FROM outbox WHERE kind = 'prescription' AND record_id = ?")
                               : QStringLiteral("DELETE FROM outbox WHERE kind = 'consultation' AND record_id = ?"),
                           recordIds);
}

Result<QList<qint64>> Outbox::localPatients(qint64 onlyPatientId)
{
    auto q = m_db.prepare(QStringLiteral("SELECT p.id FROM patient p JOIN outbox o ON o.kind = 'patient' AND o.record_id = p.id "
                                         "WHERE p.origin = 'local' AND (? = 0 OR p.id = ?) ORDER BY p.id"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({onlyPatientId, onlyPatientId});
    QList<qint64> ids;
    if (auto r = q->each([&](const Statement& s) { ids.append(s.integer(0)); }); !r)
        return std::unexpected(r.error());
    return ids;
}

} // namespace relais
