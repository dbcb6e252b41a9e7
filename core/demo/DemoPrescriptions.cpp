// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoPrescriptions.h"

#include "consultation/ConsultationStore.h"
#include "demo/DemoData.h"
#include "prescribing/PractitionerStore.h"
#include "prescribing/PrescriptionRules.h"
#include "prescribing/PrescriptionStore.h"
#include "records/PatientStore.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"

#include <algorithm>

namespace relais::DemoPrescriptions {

namespace {

PrescriptionLine med(const char* dci, const char* strength, const char* form, double qty, const char* unit, int moments,
                     int value, PrescriptionLine::DurationUnit du = PrescriptionLine::DurationUnit::Days)
{
    PrescriptionLine l;
    l.dci = QString::fromUtf8(dci);
    l.strength = QString::fromUtf8(strength);
    l.form = QString::fromUtf8(form);
    l.route = QStringLiteral("orale");
    l.posology.quantity = qty;
    l.posology.unit = QString::fromUtf8(unit);
    l.posology.moments = moments;
    l.durationValue = value;
    l.durationUnit = du;
    return l;
}

// Member by member: the record structs grow without breaking this.
Treatment treatment(const char* dci, const char* strength, const char* form, const char* posology, const char* duration,
                    int renewals, const char* nonSubstitutable, bool inAld)
{
    Treatment t;
    t.dci = QString::fromUtf8(dci);
    t.strength = QString::fromUtf8(strength);
    t.form = QString::fromUtf8(form);
    t.route = QStringLiteral("orale");
    t.posology = QString::fromUtf8(posology);
    t.duration = QString::fromUtf8(duration);
    t.renewals = renewals;
    t.nonSubstitutable = QString::fromLatin1(nonSubstitutable);
    t.ald = inAld;
    return t;
}

Patient person(const char* surname, const char* given, Sex sex, const QDate& born, const QString& nir)
{
    Patient p;
    p.demo = true;
    p.origin = Origin::Local;
    p.changedLocally = true;
    p.birthName = QString::fromUtf8(surname);
    p.firstGivenName = QString::fromUtf8(given);
    p.birthGivenNames = {p.firstGivenName};
    p.sex = sex;
    p.birthDate = born;
    p.matricule = nir;
    p.city = QStringLiteral("Lyon");
    p.postalCode = QStringLiteral("69003");
    return p;
}

// A weight plausible for a child's age (WHO medians, rounded), for invented prescriptions.
double typicalWeight(const Patient& p, const QDate& today)
{
    const int months = int(p.birthDate.daysTo(today) / 30);
    if (months < 1)
        return 3.5;
    if (months < 12)
        return 4 + months * 0.5;
    if (months < 24)
        return 10 + (months - 12) * 0.2;
    return std::min(8.0 + months / 12.0 * 2.5, 55.0);
}

Result<qint64> practitioner(Vault& vault)
{
    PractitionerStore store(vault);
    auto all = store.list();
    if (!all)
        return std::unexpected(all.error());
    for (const Practitioner& p : std::as_const(*all))
        if (p.rpps == QLatin1String(kRpps))
            return p.id;
    Practitioner d;
    d.surname = QStringLiteral("Vasseur-Démo");
    d.givenNames = QStringLiteral("Hélène");
    d.title = QStringLiteral("Docteur en médecine");
    d.specialty = QStringLiteral("Médecine générale");
    d.rpps = QLatin1String(kRpps);
    d.amNumber = QStringLiteral("691234567");
    d.address = QStringLiteral("8 quai Saint-Vincent\n69001 Lyon");
    d.city = QStringLiteral("Lyon");
    d.phone = QStringLiteral("01 99 00 12 34");  // a number reserved for fiction
    d.email = QStringLiteral("cabinet.vasseur@example.fr");
    d.slotId = vault.slotId();
    return store.create(d);
}

} // namespace

Result<int> add(Vault& vault, const QDateTime& nowUtc)
{
    auto doctor = practitioner(vault);
    if (!doctor)
        return std::unexpected(doctor.error());
    const QDate today = nowUtc.date();
    PatientStore patients(vault);
    PrescriptionStore store(vault);

    Patient adult = person("Démo-Lambert", "Agathe", Sex::Female, today.addYears(-46).addDays(-40),
                           DemoData::makeNir(2, (today.year() - 46) % 100, 3, QStringLiteral("69"), 123, 901));
    Patient child = person("Démo-Traoré", "Noé", Sex::Male, today.addMonths(-18).addDays(-5),
                           DemoData::makeNir(1, (today.year() - 2) % 100, 5, QStringLiteral("69"), 381, 902));
    Patient chronic = person("Démo-Kerbrat", "Yannick", Sex::Male, today.addYears(-71).addDays(-100),
                             DemoData::makeNir(1, (today.year() - 71) % 100, 8, QStringLiteral("29"), 232, 903));
    Ald diabetes;
    diabetes.label = QStringLiteral("Diabète de type 2");
    diabetes.cim10 = QStringLiteral("E11");
    diabetes.start = today.addYears(-9);
    chronic.alds.append(diabetes);
    chronic.treatments.append(treatment("METFORMINE", "1000 mg", "comprimé pelliculé",
                                        "1 comprimé matin et soir au cours des repas", "3 mois", 0, "", true));
    chronic.treatments.append(treatment("BISOPROLOL", "2,5 mg", "comprimé", "1 comprimé le matin", "1 mois", 2, "", false));
    // MTE only for a substance of the closed list, beside the product named.
    Treatment levothyroxine = treatment("LÉVOTHYROXINE SODIQUE", "75 µg", "comprimé sécable",
                                        "1 comprimé le matin à jeun", "1 mois", 2, "MTE", false);
    levothyroxine.brand = QStringLiteral("LEVOTHYROX");
    chronic.treatments.append(levothyroxine);
    QList<qint64> ids;
    for (const Patient& p : {adult, child, chronic}) {
        auto id = patients.insertRaw(p);
        if (!id)
            return std::unexpected(id.error());
        ids.append(*id);
    }
    const int mns = Posology::Morning | Posology::Noon | Posology::Evening;
    const int me = Posology::Morning | Posology::Evening;
    QList<Prescription> list;
    const auto base = [&](qint64 patient) {
        Prescription rx;
        rx.date = today;
        rx.practitionerId = *doctor;
        rx.patientId = patient;
        return rx;
    };
    {  // adult: acute, with CIF
        Prescription rx = base(ids[0]);
        rx.lines = {med("PARACÉTAMOL", "1 g", "comprimé", 1, "comprimé", mns, 5),
                    med("AMOXICILLINE", "1 g", "comprimé dispersible", 1, "comprimé", me, 6)};
        rx.lines[1].nonSubstitutable = true;
        rx.lines[1].nonSubstitutableReason = NonSubstitutable::Cif;
        rx.lines[1].brand = QStringLiteral("CLAMOXYL");
        rx.lines[1].cifExcipient = QStringLiteral("aspartam");
        rx.comments = QStringLiteral("Revoir si la fièvre persiste au-delà de 48 heures.");
        list.append(rx);
    }
    {  // child with weight, A5, EFG
        Prescription rx = base(ids[1]);
        rx.layout = Prescription::Layout::A5;
        rx.weightKg = 11.2;
        PrescriptionLine l = med("AMOXICILLINE", "250 mg/5 ml", "poudre pour suspension buvable", 5, "ml", mns, 6);
        l.nonSubstitutable = true;
        l.nonSubstitutableReason = NonSubstitutable::Efg;
        l.brand = QStringLiteral("CLAMOXYL");
        rx.lines = {l, med("PARACÉTAMOL", "2,4 %", "suspension buvable", 1, "dose-poids", 0, 5)};
        rx.lines[1].posology.everyHours = 6;
        rx.lines[1].posology.asNeeded = true;
        list.append(rx);
    }
    {  // ALD bizone: renew current treatments (MTE) + an intercurrent line
        auto p = patients.get(ids[2]);
        if (!p)
            return std::unexpected(p.error());
        Prescription rx = base(ids[2]);
        rx.lines = PrescriptionStore::renewalLines(*p);
        rx.lines.append(med("PARACÉTAMOL", "500 mg", "gélule", 1, "gélule", 0, 5));
        rx.lines.last().posology.timesPerDay = 3;
        rx.lines.last().posology.asNeeded = true;
        list.append(rx);
    }
    {  // multi-page: a long-standing list, each line as a GP writes it
        Prescription rx = base(ids[2]);
        struct Line
        {
            const char* dci;
            const char* strength;
            const char* form;
            const char* unit;
            int moments;
        };
        const int m = Posology::Morning, e = Posology::Evening;
        const Line lines[] = {
            {"ATORVASTATINE", "20 mg", "comprimé pelliculé", "comprimé", e},
            {"RAMIPRIL", "5 mg", "comprimé sécable", "comprimé", m},
            {"AMLODIPINE", "5 mg", "gélule", "gélule", m},
            {"OMÉPRAZOLE", "20 mg", "gélule gastro-résistante", "gélule", m},
            {"LÉVOTHYROXINE SODIQUE", "75 µg", "comprimé sécable", "comprimé", m},
            {"FUROSÉMIDE", "40 mg", "comprimé sécable", "comprimé", m},
            {"ALLOPURINOL", "100 mg", "comprimé", "comprimé", e},
            {"TAMSULOSINE", "0,4 mg", "gélule à libération prolongée", "gélule", e},
            {"MACROGOL 4000", "10 g", "poudre pour solution buvable en sachet", "sachet", m},
            {"SERTRALINE", "50 mg", "gélule", "gélule", m},
            {"MONTÉLUKAST", "10 mg", "comprimé pelliculé", "comprimé", e},
            {"CALCIUM + COLÉCALCIFÉROL", "500 mg/400 UI", "comprimé à croquer", "comprimé", m | e},
            {"DIOSMINE", "600 mg", "comprimé pelliculé", "comprimé", m},
            {"GLICLAZIDE", "30 mg", "comprimé à libération modifiée", "comprimé", m},
            {"PARACÉTAMOL", "1 g", "comprimé", "comprimé", 0},
            {"COLÉCALCIFÉROL", "50 000 UI", "solution buvable en ampoule", "ampoule", 0},
        };
        for (const Line& l : lines)
            rx.lines.append(med(l.dci, l.strength, l.form, 1, l.unit, l.moments, 1, PrescriptionLine::DurationUnit::Months));
        rx.lines[4].nonSubstitutable = true;
        rx.lines[4].nonSubstitutableReason = NonSubstitutable::Mte;
        rx.lines[4].brand = QStringLiteral("LEVOTHYROX");
        rx.lines[14].posology.timesPerDay = 3;  // paracétamol: 3 times a day if needed
        rx.lines[14].posology.asNeeded = true;
        rx.lines[15].posologyText = QStringLiteral("1 ampoule par mois");
        list.append(rx);
    }
    {  // stupéfiant on secure paper
        Prescription rx = base(ids[0]);
        rx.layout = Prescription::Layout::Secure;
        PrescriptionLine l = med("OXYCODONE", "10 mg", "comprimé à libération prolongée", 1, "comprimé", me, 14);
        l.stupefiant = true;
        rx.lines = {l};
        list.append(rx);
    }
    {  // certificate
        Prescription rx = base(ids[0]);
        rx.kind = Prescription::Kind::Certificate;
        rx.body = QStringLiteral("Je soussignée certifie avoir examiné ce jour la patiente susnommée. Son état de santé "
                                 "nécessite un arrêt de ses activités sportives pendant quinze jours.");
        list.append(rx);
    }
    int added = 0;
    for (const Prescription& rx : std::as_const(list)) {
        auto id = store.create(rx);
        if (!id)
            return std::unexpected(id.error());
        ++added;
    }
    // Some written inside the consultations recorded during the outage.
    auto visits = ConsultationStore(vault).firstLocalFinal(3);
    if (!visits)
        return std::unexpected(visits.error());
    for (const auto& [visit, patient] : std::as_const(*visits)) {
        Prescription rx = base(patient);
        rx.consultationId = visit;
        if (auto p = patients.get(patient); p && p->ageYears(today) < PrescriptionRules::kWeightRequiredBelowYears)
            rx.weightKg = typicalWeight(*p, today);  // a child's prescription carries a plausible weight
        rx.lines = {med("PARACÉTAMOL", "500 mg", "comprimé", 1, "comprimé", mns, 5)};
        if (auto id = store.create(rx))
            ++added;  // a patient the rules refuse (a newborn…) is simply skipped
    }
    return added;
}

} // namespace relais::DemoPrescriptions
