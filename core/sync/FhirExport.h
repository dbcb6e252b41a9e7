// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "sync/Outbox.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace relais {

class Vault;
struct Patient;

// One patient's hand-back: a FHIR R4 transaction Bundle (application/fhir+json) and the
// consultation reports as PDF files.
struct PatientBundle
{
    struct Document
    {
        qint64 consultationId = 0;
        QString fileName;   // "HÉNIN Zoé — 1954-03-12 — 2026-11-23.pdf"
        QByteArray pdf;
    };

    qint64 patientId = 0;
    QString patientName;  // for the reconciliation worksheet only; never logged
    QJsonObject bundle;
    QList<OutboxEntry> entries;        // the outbox entries it carries
    QList<qint64> outboxIdOfEntry;     // per bundle entry: the outbox entry whose main resource it is (0: none)
    QList<Document> documents;
    // A change to an imported patient sent as an update conditioned on the EHR's version (If-Match):
    // its outbox entry, "Patient/<EHR id>" and the resource as sent (0 / empty: none in this Bundle).
    qint64 conditionedPatientOutboxId = 0;
    QString conditionedPatientRef;
    QJsonObject conditionedPatient;
};

// Builds the transaction Bundles. Every resource carries a stable identifier
// (system "urn:relais:<vault id>", value "<kind>-<local id>") and is created with
// request.ifNoneExist on it, so a Bundle sent twice creates nothing twice. fullUrls are random
// urn:uuid values never used as identifiers (some servers rewrite every string equal to one).
//
// Imported patients are referenced by their EHR id ("Patient/<source id>") when the Bundle goes
// to the EHR the snapshot came from, which is assumed unless the sync setting "snapshot_server"
// names another base URL (see sameServerAsSnapshot()); a change made in Relais is then a PUT
// with If-Match on the snapshot's meta.versionId. Towards another server they are referenced
// conditionally on their INS ("Patient?identifier=<INS system>|<NIR>") and a change is a
// conditional update on it, without version (the snapshot's versions mean nothing there).
//
// Nothing empty is ever written: every Bundle goes through pruned() (whitespace-only strings, nulls,
// then the arrays and objects left empty, at every depth), since a strict server refuses the whole
// Bundle for one "line": [""] and the patient's records would then stay failed for ever.
//
// A corrected consultation (revision > 1) sends its Encounter, Observations and Conditions as
// conditional updates on their stable identifiers, and deletes (conditional DELETE on the
// identifier) the Observations and Conditions an earlier version had and the correction dropped.
class FhirExport
{
    Q_DECLARE_TR_FUNCTIONS(relais::FhirExport)

public:
    explicit FhirExport(Vault& vault);

    static constexpr auto kMimeType = "application/fhir+json";

    QString identifierSystem() const { return m_system; }

    // Whether imported patients' EHR ids are valid on the server at baseUrl: true unless the sync
    // setting "snapshot_server" is set to a different base URL.
    static bool sameServerAsSnapshot(Vault& vault, const QUrl& baseUrl);
    static Result<void> setSnapshotServer(Vault& vault, const QUrl& baseUrl);  // empty: clears it
    // false: imported patients are referenced by their INS, not by the EHR's ids.
    void setUseEhrIds(bool use) { m_useEhrIds = use; }

    // The Bundle for these outbox entries of one patient (all of the same patient). Entries of
    // the patient already acknowledged are referenced by the server's id.
    Result<PatientBundle> build(qint64 patientId, const QList<OutboxEntry>& entries, bool withPdf = true);

    // The resource or Bundle without whitespace-only strings, nulls, or the arrays and objects
    // that are (or are left) empty, at any depth. The one place that does it: build() applies it
    // to every Bundle it returns.
    static QJsonObject pruned(const QJsonObject& resource);

    // QJsonDocument(bundle).toJson(Compact), byte for byte, without running the attachments'
    // base64 through Qt's character-by-character JSON writer (a quarter of the export's time).
    static QByteArray toJson(const QJsonObject& bundle);

    // "NOM Prénom — 1954-03-12 — 2026-11-23.pdf", safe as a file name.
    static QString documentFileName(const Patient& p, const QDate& encounterDate);

private:
    Vault& m_vault;
    QString m_system;
    bool m_useEhrIds = true;
};

} // namespace relais
