// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <array>
#include <optional>
#include <utility>

namespace relais {

class Clock;
class Database;
class Vault;

// What a record recorded in Relais owes the EHR. Entries are made by triggers (schema 6) when a
// patient is created or changed locally, a consultation is finalised or corrected, a
// prescription is written; a change after sending puts the entry back to pending.
struct OutboxEntry
{
    enum class Kind { Patient, Consultation, Prescription };  // also the dependency order
    enum class State { Pending, Sending, Sent, Acknowledged, Failed, Conflict };

    qint64 id = 0;
    Kind kind = Kind::Patient;
    qint64 recordId = 0;
    qint64 patientId = 0;
    State state = State::Pending;
    int changes = 1;       // bumped by every change of the record
    int attempts = 0;      // failed sends since the last success or change
    QString lastError;     // the server's message, no patient text of ours
    QDateTime nextRetryUtc;  // failed: when to try again (invalid: not automatically)
    QString serverId;      // acknowledged: "Encounter/123"
    QDateTime updatedUtc;
};

QString outboxKindCode(OutboxEntry::Kind k);     // "patient", "consultation", "prescription"
QString outboxStateCode(OutboxEntry::State s);   // "pending", "sending", ...

// How many entries are in each state.
struct OutboxCounts
{
    std::array<int, 6> byState{};  // indexed by OutboxEntry::State

    int of(OutboxEntry::State s) const { return byState[std::size_t(s)]; }
    int total() const;
    // Not acknowledged yet: pending, sending, sent, failed or in conflict.
    int unacknowledged() const { return total() - of(OutboxEntry::State::Acknowledged); }
    // Still on their way: pending, sending or sent.
    int inFlight() const;
    // Failed or in conflict: someone has to look.
    int needingAttention() const { return of(OutboxEntry::State::Failed) + of(OutboxEntry::State::Conflict); }
};

// Back-off after a failed send: first, then ×factor per further failure, capped.
struct OutboxRetryPolicy
{
    qint64 firstSecs = 25;
    int factor = 5;
    qint64 maxSecs = 24 * 3600;
};

class Outbox
{
    Q_DECLARE_TR_FUNCTIONS(relais::Outbox)

public:
    using RetryPolicy = OutboxRetryPolicy;

    Outbox(Vault& vault, const Clock& clock, RetryPolicy policy = {});

    static qint64 backoffSecs(int attempts, const RetryPolicy& policy);

    // Every entry, patient by patient in dependency order (patient, consultations, prescriptions).
    Result<QList<OutboxEntry>> entries(qint64 patientId = 0);
    // Patients with something to send now: pending, interrupted while sending (no reply came),
    // or failed with a retry time reached.
    Result<QList<qint64>> duePatients();
    // Entries of one patient still to send (not acknowledged), in dependency order.
    Result<QList<OutboxEntry>> unsent(qint64 patientId);
    // Entry counts by state.
    Result<OutboxCounts> counts();

    Result<void> markSending(const QList<OutboxEntry>& entries);
    Result<void> markSent(const QList<OutboxEntry>& entries);
    Result<void> markPending(const QList<OutboxEntry>& entries);
    // Acknowledged with the server's ids (by entry id). An entry whose record changed since it
    // was read stays pending (its new content is still owed).
    Result<void> markAcknowledged(const QList<OutboxEntry>& entries, const QHash<qint64, QString>& serverIds);
    // retryable: 5xx, 429, timeouts (next retry after the back-off); otherwise kept failed
    // until the record changes or retryNow() is called.
    Result<void> markFailed(const QList<OutboxEntry>& entries, const QString& error, bool retryable);
    Result<void> markConflict(const QList<OutboxEntry>& entries, const QString& error);
    Result<void> retryNow();

    // The purge's selection (Purge), cut-off as ISO UTC text. Consultations typed in Relais, final,
    // acknowledged at or before the cut-off, and whose every prescription is too (one without an
    // entry is not known to be received), by id: (consultation id, patient id).
    Result<QList<std::pair<qint64, qint64>>> acknowledgedConsultations(const QString& cutoffUtc);
    // Prescriptions acknowledged at or before the cut-off, by id, with their consultation.
    struct AcknowledgedPrescription
    {
        qint64 id = 0;
        qint64 patientId = 0;
        std::optional<qint64> consultationId;  // none: written without a consultation
        bool consultationImported = false;     // its consultation came from the EHR's snapshot
    };
    Result<QList<AcknowledgedPrescription>> acknowledgedPrescriptions(const QString& cutoffUtc);
    // Removes the entries of those records (consultations or prescriptions); within the caller's
    // transaction if one is open.
    Result<void> remove(OutboxEntry::Kind kind, const QList<qint64>& recordIds);
    // Patients created in Relais that have an entry, by id (PossibleDuplicates); `onlyPatientId`
    // non-zero: that one if it is.
    Result<QList<qint64>> localPatients(qint64 onlyPatientId = 0);

private:
    Result<void> setState(const QList<OutboxEntry>& entries, OutboxEntry::State state);

    Database& m_db;
    const Clock& m_clock;
    RetryPolicy m_policy;
};

} // namespace relais
