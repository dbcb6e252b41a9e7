// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Purge.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <QSet>

#include <utility>

namespace relais {

using namespace Qt::StringLiterals;

namespace {

// An outbox entry that is acknowledged and was so before the cut-off (?1).
constexpr auto kAckedOld = "%1.state = 'acknowledged' AND %1.updated_utc <= ?1";

Result<int> countFor(Database& db, const QString& sql, const QList<qint64>& ids)
{
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    int n = 0;
    for (qint64 id : ids) {
        q->reset();
        q->bind(1, id);
        if (auto r = q->each([&](const Statement& s) { n += int(s.integer(0)); }); !r)
            return std::unexpected(r.error());
    }
    return n;
}

Result<void> runFor(Database& db, const QString& sql, const QList<qint64>& ids)
{
    auto q = db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    for (qint64 id : ids) {
        q->reset();
        q->bind(1, id);
        if (auto r = q->run(); !r)
            return r;
    }
    return {};
}

} // namespace

Purge::Purge(Vault& vault) : m_vault(vault) { }

Result<Purge::Selection> Purge::select(int olderThanDays)
{
    if (olderThanDays < 0)
        return fail(ErrorKind::Invalid, tr("The number of days must be zero or more (got %1)").arg(olderThanDays));
    Database& db = m_vault.db();
    const QString cutoff = m_vault.clock().nowUtc().addDays(-olderThanDays).toUTC().toString(Qt::ISODate);
    Selection sel;
    QSet<qint64> patients;

    // Consultations typed in Relais, received by the EHR long enough ago, and whose every
    // prescription is too (a prescription without an outbox entry is not known to be received).
    auto c = db.prepare(QString(u"SELECT c.id, c.patient_id FROM consultation c "
                                u"JOIN outbox o ON o.kind = 'consultation' AND o.record_id = c.id "
                                u"WHERE c.origin = 'local' AND c.status = 'final' AND "_s
                                + QString::fromLatin1(kAckedOld).arg(u"o"_s)
                                + u" AND NOT EXISTS (SELECT 1 FROM prescription p LEFT JOIN outbox po "
                                  u"ON po.kind = 'prescription' AND po.record_id = p.id WHERE p.consultation_id = c.id "
                                  u"AND (po.id IS NULL OR NOT ("_s
                                + QString::fromLatin1(kAckedOld).arg(u"po"_s) + u"))) ORDER BY c.id"_s));
    if (!c)
        return std::unexpected(c.error());
    c->bind(1, cutoff);
    QSet<qint64> consultations;
    if (auto r = c->each([&](const Statement& s) {
            sel.consultations.append(s.integer(0));
            consultations.insert(s.integer(0));
            patients.insert(s.integer(1));
        });
        !r)
        return std::unexpected(r.error());

    // Prescriptions received long enough ago, going with their consultation; one tied to a
    // consultation that stays (not received, or a draft) stays too. One tied to a consultation
    // of the EHR's snapshot goes alone: the snapshot's consultation is kept.
    auto p = db.prepare(QString(u"SELECT p.id, p.patient_id, p.consultation_id, coalesce(c.origin, '') FROM prescription p "
                                u"JOIN outbox o ON o.kind = 'prescription' AND o.record_id = p.id "
                                u"LEFT JOIN consultation c ON c.id = p.consultation_id WHERE "_s
                                + QString::fromLatin1(kAckedOld).arg(u"o"_s) + u" ORDER BY p.id"_s));
    if (!p)
        return std::unexpected(p.error());
    p->bind(1, cutoff);
    if (auto r = p->each([&](const Statement& s) {
            const bool alone = s.isNull(2) || s.text(3) == u"imported"_s;
            if (!alone && !consultations.contains(s.integer(2)))
                return;
            sel.prescriptions.append(s.integer(0));
            patients.insert(s.integer(1));
        });
        !r)
        return std::unexpected(r.error());

    sel.counts.patients = int(patients.size());
    sel.counts.consultations = int(sel.consultations.size());
    sel.counts.prescriptions = int(sel.prescriptions.size());
    auto revisions = countFor(db, u"SELECT count(*) FROM consultation_revision WHERE consultation_id = ?"_s, sel.consultations);
    if (!revisions)
        return std::unexpected(revisions.error());
    sel.counts.revisions = *revisions;
    auto pdfs = countFor(db, u"SELECT count(*) FROM prescription_pdf WHERE prescription_id = ?"_s, sel.prescriptions);
    if (!pdfs)
        return std::unexpected(pdfs.error());
    sel.counts.pdfs = *pdfs;
    return sel;
}

Result<Purge::Counts> Purge::preview(int olderThanDays)
{
    auto sel = select(olderThanDays);
    if (!sel)
        return std::unexpected(sel.error());
    return sel->counts;
}

Result<Purge::Counts> Purge::run(int olderThanDays)
{
    Database& db = m_vault.db();
    // The vault runs with secure_delete: the freed pages are overwritten.
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    auto sel = select(olderThanDays);
    if (!sel)
        return std::unexpected(sel.error());
    if (sel->counts.isEmpty())
        return sel->counts;
    // Deletions only: the outbox triggers fire on INSERT and UPDATE, so nothing is enqueued.
    // Prescriptions first, so that no consultation_id is set to NULL under a kept one.
    for (const auto& [sql, ids] : {std::pair{u"DELETE FROM outbox WHERE kind = 'prescription' AND record_id = ?"_s, &sel->prescriptions},
                                   std::pair{u"DELETE FROM prescription WHERE id = ?"_s, &sel->prescriptions},
                                   std::pair{u"DELETE FROM outbox WHERE kind = 'consultation' AND record_id = ?"_s, &sel->consultations},
                                   std::pair{u"DELETE FROM consultation WHERE id = ?"_s, &sel->consultations}}) {
        if (auto r = runFor(db, sql, *ids); !r)
            return fail(r.error().kind, tr("The purge was cancelled, nothing was removed: %1").arg(r.error().message));
    }
    const Counts& n = sel->counts;
    if (auto r = m_vault.audit().append(u"sync.purge"_s, u"outbox"_s, QString(),
                                        u"days=%1 patients=%2 consultations=%3 revisions=%4 prescriptions=%5 pdfs=%6"_s
                                            .arg(olderThanDays).arg(n.patients).arg(n.consultations).arg(n.revisions)
                                            .arg(n.prescriptions).arg(n.pdfs));
        !r)
        return fail(r.error().kind, tr("The purge was cancelled, nothing was removed: %1").arg(r.error().message));
    if (auto r = tx.commit(); !r)
        return fail(r.error().kind, tr("The purge was cancelled, nothing was removed: %1").arg(r.error().message));
    // The deleted pages also leave the write-ahead log.
    if (auto r = db.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s); !r)
        qCWarning(lcVault) << "checkpoint after purge failed";
    qCInfo(lcVault) << "purged consultations" << n.consultations << "prescriptions" << n.prescriptions;
    return n;
}

} // namespace relais
