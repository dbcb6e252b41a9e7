// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/Purge.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PrescriptionStore.h"
#include "storage/Sqlite.h"
#include "sync/Outbox.h"
#include "vault/Vault.h"

#include <QSet>

namespace relais {

using namespace Qt::StringLiterals;

Purge::Purge(Vault& vault) : m_vault(vault) { }

Result<Purge::Selection> Purge::select(int olderThanDays)
{
    if (olderThanDays < 0)
        return fail(ErrorKind::Invalid, tr("The number of days must be zero or more (got %1)").arg(olderThanDays));
    const QString cutoff = m_vault.clock().nowUtc().addDays(-olderThanDays).toUTC().toString(Qt::ISODate);
    Outbox outbox(m_vault, m_vault.clock());
    Selection sel;
    QSet<qint64> patients;

    // Consultations typed in Relais, received by the EHR long enough ago, and whose every
    // prescription is too (a prescription without an outbox entry is not known to be received).
    auto c = outbox.acknowledgedConsultations(cutoff);
    if (!c)
        return std::unexpected(c.error());
    QSet<qint64> consultations;
    for (const auto& [id, patientId] : *c) {
        sel.consultations.append(id);
        consultations.insert(id);
        patients.insert(patientId);
    }

    // Prescriptions received long enough ago, going with their consultation; one tied to a
    // consultation that stays (not received, or a draft) stays too. One tied to a consultation
    // of the EHR's snapshot goes alone: the snapshot's consultation is kept.
    auto p = outbox.acknowledgedPrescriptions(cutoff);
    if (!p)
        return std::unexpected(p.error());
    for (const auto& rx : *p) {
        const bool alone = !rx.consultationId || rx.consultationImported;
        if (!alone && !consultations.contains(*rx.consultationId))
            continue;
        sel.prescriptions.append(rx.id);
        patients.insert(rx.patientId);
    }

    sel.counts.patients = int(patients.size());
    sel.counts.consultations = int(sel.consultations.size());
    sel.counts.prescriptions = int(sel.prescriptions.size());
    auto revisions = ConsultationStore(m_vault).revisionCount(sel.consultations);
    if (!revisions)
        return std::unexpected(revisions.error());
    sel.counts.revisions = *revisions;
    auto pdfs = PrescriptionStore(m_vault).pdfCount(sel.prescriptions);
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
    Outbox outbox(m_vault, m_vault.clock());
    ConsultationStore consultationStore(m_vault);
    PrescriptionStore prescriptionStore(m_vault);
    auto removed = outbox.remove(OutboxEntry::Kind::Prescription, sel->prescriptions);
    if (removed)
        removed = prescriptionStore.purge(sel->prescriptions);
    if (removed)
        removed = outbox.remove(OutboxEntry::Kind::Consultation, sel->consultations);
    if (removed)
        removed = consultationStore.purge(sel->consultations);
    if (!removed)
        return fail(removed.error().kind, tr("The purge was cancelled, nothing was removed: %1").arg(removed.error().message));
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
