// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../prescribing/Fixtures.h"
#include "TestSupport.h"
#include "consultation/ConsultationStore.h"
#include "demo/DemoData.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
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
    // MTE: a substance of the closed list, beside the product named.
    PrescriptionLine l = paracetamol();
    l.dci = QStringLiteral("LÉVOTHYROXINE SODIQUE");
    l.strength = QStringLiteral("75 µg");
    l.brand = QStringLiteral("LEVOTHYROX");
    l.posology.moments = Posology::Morning;
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

// A demo vault as `relais-cli demo` makes it (invented patients, the outage's consultations, the
// demo prescriptions: a child with weight, a stupéfiant on secure paper, an ALD bizone, a
// certificate), plus what a real outage adds: patients created in Relais with partial addresses
// and blank fields, a child created in Relais, allergies and history added in Relais, an
// imported patient corrected in Relais, corrected consultations (one twice, dropping a diagnosis
// and a measurement). Everything is owed to the EHR (outbox entries).
struct DemoOutage
{
    QList<qint64> createdInRelais;  // partial addresses, blanks, a child
    qint64 townOnly = 0;            // a town, no street nor postal code
    qint64 changedImported = 0;     // imported from the EHR, its address corrected in Relais
    QList<qint64> corrected;        // consultations corrected (the first one twice)
    bool ok = false;
};

inline DemoOutage makeDemoOutage(Vault& vault, int patients = 40)
{
    DemoOutage o;
    if (auto filled = DemoData(2026).fill(vault, patients, vault.clock().nowUtc()); !filled) {
        qWarning() << filled.error().message;
        return o;
    }
    PatientStore ps(vault);
    ConsultationStore cs(vault);
    struct Someone
    {
        const char* name;
        const char* given;
        Sex sex;
        int ageDays;
        const char* street;
        const char* postal;
        const char* city;
        const char* phone;
    };
    const Someone people[] = {
        {"Démo-Ferrand", "Lucie", Sex::Female, 40 * 365, "", "", "Lyon", ""},              // town only
        {"Démo-Garnier", "Paul", Sex::Male, 63 * 365, "", "69003", "Lyon", " "},           // no street
        {"Démo-Hamel", "Rose", Sex::Female, 30 * 365, "12 rue des Lilas", "", "", ""},     // street only
        {"Démo-Ibert", "Marc", Sex::Male, 55 * 365, "  \n3 place Bellecour\n \nBât. B", "69002", " Lyon ", ""},
        {"Démo-Jourdan", "Léon", Sex::Male, 80 * 365, "   ", " ", "  ", "  "},             // nothing but blanks
        {"Démo-Klein", "Inès", Sex::Female, 300, "", "", "", ""},                          // a baby, no address
        {"Démo-Lemaire", "Théo", Sex::Male, 6 * 365, "", "", "Villeurbanne", ""},          // a child
    };
    const QDate today = vault.clock().nowUtc().date();
    for (const Someone& who : people) {
        Patient p;
        p.birthName = QString::fromUtf8(who.name);
        p.firstGivenName = QString::fromUtf8(who.given);
        p.birthGivenNames = {p.firstGivenName};
        p.sex = who.sex;
        p.birthDate = today.addDays(-who.ageDays);
        p.address = QString::fromUtf8(who.street);
        p.postalCode = QString::fromUtf8(who.postal);
        p.city = QString::fromUtf8(who.city);
        p.phone = QString::fromUtf8(who.phone);
        p.usedName = o.createdInRelais.size() == 1 ? QStringLiteral("  ") : QString();  // blank, not a name
        p.demo = true;
        auto id = ps.create(p, IdentityStatus::Prov);
        if (!id) {
            qWarning() << id.error().message;
            return o;
        }
        o.createdInRelais.append(*id);
        // A sparse visit: one measurement, a diagnosis without text, one with neither text nor code.
        auto cid = cs.start(*id);
        if (!cid)
            return o;
        Consultation c;
        c.id = *cid;
        c.patientId = *id;
        c.reason = QStringLiteral("Fièvre");
        c.vitals.temperatureC = 38.6;
        c.diagnoses = {Diagnosis{QString(), QStringLiteral("R50.9")}, Diagnosis{QStringLiteral(" "), QString()}};
        if (!cs.saveDraft(c) || !cs.finalise(*cid))
            return o;
    }
    o.townOnly = o.createdInRelais.first();
    Allergy a;
    a.substance = QStringLiteral("Pénicillines");
    a.reaction = QStringLiteral("  ");
    Antecedent h;
    h.label = QStringLiteral("Appendicectomie");
    h.kind = Antecedent::Kind::Surgical;
    if (!ps.add(o.townOnly, a) || !ps.add(o.townOnly, h))
        return o;

    // An imported patient whose address was corrected in Relais.
    auto imported = vault.db().scalar(QStringLiteral("SELECT min(id) FROM patient WHERE origin = 'imported'"));
    if (!imported)
        return o;
    o.changedImported = imported->toLongLong();
    Patient p = *ps.get(o.changedImported);
    p.address = QStringLiteral("5 rue Mercière");
    p.postalCode = QString();
    p.city = QStringLiteral("Lyon");
    if (auto r = ps.update(p, p.identityStatus); !r) {
        qWarning() << r.error().message;
        return o;
    }

    // Corrected consultations: the first recorded during the outage twice, the second once.
    auto q = vault.db().prepare(QStringLiteral("SELECT id FROM consultation WHERE origin = 'local' AND status = 'final' "
                                               "AND to_send = 1 ORDER BY id LIMIT 2"));
    if (!q || !q->each([&](const Statement& st) { o.corrected.append(st.integer(0)); }) || o.corrected.size() < 2)
        return o;
    Consultation c = *cs.get(o.corrected.first());
    c.vitals.weightKg = c.vitals.weightKg ? *c.vitals.weightKg + 1 : 70.0;
    c.diagnoses.append(Diagnosis{QStringLiteral("Asthme"), QStringLiteral("J45.9")});
    if (!cs.correct(c, QStringLiteral("diagnostic oublié")))
        return o;
    c = *cs.get(o.corrected.first());
    c.vitals.heartRate.reset();
    c.diagnoses.removeFirst();
    if (!cs.correct(c, QStringLiteral("erreur de saisie")))
        return o;
    c = *cs.get(o.corrected.last());
    c.plan = c.plan + QStringLiteral(" ; revoir dans 8 jours");
    c.diagnoses.append(Diagnosis{QStringLiteral("Toux"), QStringLiteral("R05")});
    if (!cs.correct(c, QStringLiteral("complément")))
        return o;
    o.ok = true;
    return o;
}

} // namespace relais::test
