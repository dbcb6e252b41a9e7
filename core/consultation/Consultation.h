// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "consultation/Vitals.h"
#include "records/Patient.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace relais {

struct Diagnosis
{
    QString text;
    QString cim10;  // optional
    bool operator==(const Diagnosis&) const = default;
};

// One consultation: recorded in Relais during the outage (draft, then final, then corrected
// with every earlier version kept), or imported from the EHR snapshot as history.
struct Consultation
{
    enum class Status { Draft, Final };

    qint64 id = 0;
    qint64 patientId = 0;
    Origin origin = Origin::Local;
    QString sourceId;
    QString sourceHash;  // imported: the EHR content it was made from (written by insertRaw)
    Status status = Status::Draft;
    QDateTime startedUtc;
    QDateTime finalisedUtc;
    int revision = 0;      // 0 while a draft; 1 when finalised; +1 per correction
    QString slot;          // the practitioner's key slot
    QString author;        // imported: the practitioner the EHR names ("Dr Camille Roche")…
    QString authorRef;     // … and its source id, when the snapshot holds that Practitioner
    QString reason;        // motif
    QString examination;   // examen
    QString conclusion;
    QString plan;          // conduite à tenir
    Vitals vitals;
    QList<Diagnosis> diagnoses;
    QDateTime draftSavedUtc;
    bool toSend = false;   // finalised or corrected in Relais, to go back to the EHR

    // The clinical content (what a revision keeps), as JSON.
    QJsonObject contentJson() const;
    void setContent(const QJsonObject& o);
    bool sameContent(const Consultation& other) const;
};

struct ConsultationRevision
{
    int revision = 0;
    QDateTime savedUtc;
    QString slot;
    QString why;  // the correction's reason (empty for the first version)
    Consultation content;
};

} // namespace relais
