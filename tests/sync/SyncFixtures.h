// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../prescribing/Fixtures.h"
#include "TestSupport.h"
#include "consultation/ConsultationStore.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionStore.h"
#include "records/PatientStore.h"
#include "vault/Vault.h"

#include <QTest>

namespace relais::test {

// An outage in a small vault: a patient created in Relais, an imported one (EHR id "ehr-42"),
// each with one finalised consultation (vitals, a CIM-10 diagnosis) and a prescription.
struct Outage
{
    qint64 doctorId = 0;
    qint64 localPatient = 0;
    qint64 importedPatient = 0;
    QList<qint64> consultations;
    QList<qint64> prescriptions;
};

inline Consultation visit(qint64 id, qint64 patientId)
{
    Consultation c;
    c.id = id;
    c.patientId = patientId;
    c.reason = QStringLiteral("Toux fébrile depuis 3 jours");
    c.examination = QStringLiteral("Crépitants base droite");
    c.conclusion = QStringLiteral("Pneumopathie probable");
    c.plan = QStringLiteral("Amoxicilline, radio de thorax");
    c.vitals.weightKg = 64.5;
    c.vitals.heightCm = 162;
    c.vitals.systolic = 132;
    c.vitals.diastolic = 81;
    c.vitals.heartRate = 88;
    c.vitals.temperatureC = 38.4;
    c.vitals.spo2 = 95;
    c.vitals.glucoseGL = 1.05;
    c.diagnoses = {Diagnosis{QStringLiteral("Pneumopathie"), QStringLiteral("J18.9")}};
    return c;
}

inline bool addVisit(Vault& vault, qint64 patientId, qint64 doctorId, Outage& o, double weightKg)
{
    ConsultationStore cs(vault);
    auto id = cs.start(patientId);
    if (!id || !cs.saveDraft(visit(*id, patientId)) || !cs.finalise(*id))
        return false;
    o.consultations.append(*id);
    Prescription rx;
    rx.date = vault.clock().nowUtc().date();
    rx.practitionerId = doctorId;
    rx.patientId = patientId;
    rx.consultationId = *id;
    rx.weightKg = weightKg;
    PrescriptionLine l = paracetamol();
    l.renewals = 2;
    l.nonSubstitutable = true;
    l.nonSubstitutableReason = NonSubstitutable::Mte;
    rx.lines = {l};
    auto rid = PrescriptionStore(vault).create(rx);
    if (!rid) {
        qWarning() << rid.error().message;
        return false;
    }
    o.prescriptions.append(*rid);
    return true;
}

inline Outage makeOutage(Vault& vault)
{
    Outage o;
    auto d = PractitionerStore(vault).create(doctor());
    if (!d)
        return o;
    o.doctorId = *d;
    PatientStore ps(vault);
    Patient local = adult();
    auto lp = ps.create(local, IdentityStatus::Prov);
    Patient imp = child();
    imp.origin = Origin::Imported;
    imp.sourceId = QStringLiteral("ehr-42");
    imp.createdUtc = imp.updatedUtc = vault.clock().nowUtc();
    auto ip = ps.insertRaw(imp);
    if (!lp || !ip)
        return o;
    o.localPatient = *lp;
    o.importedPatient = *ip;
    if (!addVisit(vault, o.localPatient, o.doctorId, o, 64.5) || !addVisit(vault, o.importedPatient, o.doctorId, o, 11.2))
        o.localPatient = 0;
    return o;
}

} // namespace relais::test
