// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "consultation/Consultation.h"

#include <QCoreApplication>

#include <utility>

namespace relais {

class Vault;
class Database;

// One item of a chart's timeline: a consultation recorded in Relais or imported history.
struct TimelineItem
{
    qint64 consultationId = 0;
    QDateTime atUtc;
    Origin origin = Origin::Local;
    Consultation::Status status = Consultation::Status::Final;
    int revision = 0;
    QString reason;
    QString conclusion;
    QString author;  // imported: as the EHR names the practitioner
};

// Consultations in the vault. Drafts are saved often (autosave); finalising freezes version 1;
// a correction stores a new version and keeps every earlier one. Finalised and corrected
// consultations are marked to be sent back to the EHR, and their report (PDF) is kept.
class ConsultationStore
{
    Q_DECLARE_TR_FUNCTIONS(relais::ConsultationStore)

public:
    explicit ConsultationStore(Vault& vault);

    // A new draft dated now, for the unlocking practitioner.
    Result<qint64> start(qint64 patientId);
    // Saves the draft's content (no validation: a draft may be half typed). Refuses a final one.
    Result<void> saveDraft(const Consultation& draft);
    Result<void> discardDraft(qint64 id);
    // Drafts left open for this patient (after a crash or a lock), newest first.
    Result<QList<Consultation>> drafts(qint64 patientId);

    // Validates (vitals: impossible values refused) and freezes version 1.
    Result<void> finalise(qint64 id);
    // Stores `edited` as the next version; the earlier ones stay readable.
    Result<void> correct(const Consultation& edited, const QString& why);

    Result<Consultation> get(qint64 id);
    Result<QList<ConsultationRevision>> revisions(qint64 id);
    // Imported history and consultations recorded in Relais, newest first.
    Result<QList<TimelineItem>> timeline(qint64 patientId);
    // Weight and blood pressure over time (consultation vitals and measurements), oldest first.
    struct VitalPoint
    {
        QDate date;
        std::optional<double> weightKg;
        std::optional<double> systolic;
        std::optional<double> diastolic;
    };
    Result<QList<VitalPoint>> vitalHistory(qint64 patientId);
    // The latest weight, whatever recorded it (a chart measurement, imported or typed, or the
    // vitals of a consultation): the chart, the plot and the prescription editor all show this one.
    struct LatestWeight
    {
        QDate date;
        double kg = 0;
    };
    Result<std::optional<LatestWeight>> latestWeight(qint64 patientId);
    // Inserts an imported (or demo) consultation as given.
    Result<qint64> insertRaw(const Consultation& c);

    // The snapshot import's bookkeeping (ImportWriter): by the EHR's source id, or by row id.
    struct ImportedRow
    {
        qint64 id = 0;
        QString sourceHash;
        bool imported = true;  // false: taken over in Relais (corrected), not overwritten
    };
    Result<std::optional<ImportedRow>> importedBySource(const QString& sourceId);
    Result<std::optional<ImportedRow>> importedAt(qint64 rowId);
    // Whether that row still holds that source id.
    Result<bool> hasSource(qint64 rowId, const QString& sourceId);
    // An imported consultation replaced by a newer export.
    Result<void> removeImported(qint64 rowId);

    // The purge (Purge), within its transaction: how many earlier versions those consultations
    // have, then their removal (revisions go with them).
    Result<int> revisionCount(const QList<qint64>& ids);
    Result<void> purge(const QList<qint64>& ids);
    // The first `limit` final consultations typed in Relais (DemoPrescriptions), by id:
    // (consultation id, patient id).
    Result<QList<std::pair<qint64, qint64>>> firstLocalFinal(int limit);

private:
    Result<void> writeContent(const Consultation& c, const QString& statusCode, int revision);
    Result<void> addRevision(const Consultation& c, int revision, const QString& why);
    // Renders and keeps the PDF report of the revision just stored (ConsultationReportStore).
    void keepReport(qint64 id);

    Vault& m_vault;
    Database& m_db;
};

} // namespace relais
