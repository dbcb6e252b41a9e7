// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoData.h"

#include "audit/AuditLog.h"
#include "consultation/ConsultationStore.h"
#include "demo/DemoPrescriptions.h"
#include "interop/SnapshotImporter.h"
#include "records/Nir.h"
#include "records/PatientStore.h"
#include "records/TextFold.h"
#include "storage/Sqlite.h"
#include "vault/Vault.h"
#include "vault/VaultMeta.h"

#include <QBuffer>
#include <QRandomGenerator>

namespace relais {

namespace {

const char* const kSurnames[] = {
    "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon",
    "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard",
    "André", "Mercier", "Dupont", "Lambert", "Bonnet", "François", "Hénin", "Le Goff", "Le Goff-Martin", "N'Diaye",
    "de la Fontaine", "D'Almeida", "Nguyen", "Da Silva", "Saint-Martin", "Béranger", "Châtelain", "Le Bihan",
    "Kerbrat", "Quéméner", "Évrard", "Aubé", "Cœur", "Delacroix", "Ben Saïd", "Van der Berg", "Müller", "Lefebvre",
    "Perrin", "Brunet", "Gauthier", "Fabre", "Rolland", "Caron", "Masson", "Marchand", "Duval", "Denis", "Blanc",
    "Guérin", "Boyer", "Rousseau", "Chevalier", "Fontaine", "Lemoine", "Colin", "Arnaud", "Barbier", "Mathieu",
    "Clément", "Sanchez", "Giraud", "Joly", "Renaud", "Aubert", "Picard", "Roussel", "Meunier", "Jacquet", "Traoré",
    "Diallo", "Haddad", "Benali", "Ferreira", "Rossi", "Kowalski", "Le Roux", "Lebrun", "O'Neill", "Dumas-Péret",
};
const char* const kFemale[] = {"Zoé", "Léa", "Chloé", "Anaïs", "Hélène", "Marie-Claire", "Inès", "Maëlle",
                               "Françoise", "Geneviève", "Aïcha", "Jeanne", "Noémie", "Élodie", "Céline", "Sophie",
                               "Manon", "Camille", "Josiane", "Odette", "Fatou", "Louise", "Agathe", "Ève"};
const char* const kMale[] = {"Jean-Baptiste", "Noël", "François", "Maël", "Jérôme", "Loïc", "Mathéo", "Hugo",
                             "Lucas", "Gaël", "Théo", "Mamadou", "Karim", "Pierre", "Étienne", "René", "André",
                             "Joël", "Yannick", "Gérard", "Raphaël", "Benoît", "Anh", "Jean"};
const char* const kStreets[] = {"rue des Lilas", "avenue Jean-Jaurès", "place de l'Église", "chemin des Vignes",
                                "boulevard Gambetta", "rue Victor-Hugo", "impasse des Tilleuls", "rue du Moulin"};
struct City
{
    const char* name;
    const char* postal;
    const char* dept;
};
const City kCities[] = {{"Lyon", "69003", "69"}, {"Villeurbanne", "69100", "69"}, {"Ajaccio", "20000", "2A"},
                        {"Bastia", "20200", "2B"}, {"Quimper", "29000", "29"}, {"Lille", "59000", "59"},
                        {"Marseille", "13005", "13"}, {"Besançon", "25000", "25"}};
struct Allergen
{
    const char* substance;
    const char* reaction;
    const char* severity;
};
const Allergen kAllergies[] = {{"Pénicillines", "urticaire généralisée", "high"},
                               {"Aspirine", "bronchospasme", "high"},
                               {"Arachide", "œdème de Quincke", "high"},
                               {"Codéine", "nausées", "low"},
                               {"Latex", "eczéma de contact", "low"},
                               {"Produits de contraste iodés", "érythème", "unknown"}};
struct Line
{
    const char* dci;
    const char* strength;
    const char* form;
    const char* route;
    const char* posology;
    const char* duration;
    int renewals;
    const char* nonSubstitutable;
};
struct Chronic
{
    const char* ald;
    const char* cim10;
    Line line;
};
const Chronic kChronic[] = {
    {"Diabète de type 2", "E11", {"METFORMINE", "1000 mg", "comprimé pelliculé", "orale", "1 comprimé matin et soir au cours des repas", "3 mois", 0, ""}},
    {"Hypertension artérielle sévère", "I10", {"RAMIPRIL", "5 mg", "comprimé", "orale", "1 comprimé le matin", "1 mois", 2, ""}},
    {"Insuffisance cardiaque", "I50", {"BISOPROLOL", "2,5 mg", "comprimé", "orale", "1 comprimé le matin", "1 mois", 2, "MTE"}},
    {"Asthme sévère", "J45", {"BUDÉSONIDE + FORMOTÉROL", "200 µg/6 µg par dose", "poudre pour inhalation", "inhalée", "2 inhalations matin et soir", "3 mois", 0, ""}},
    {"Maladie de Parkinson", "G20", {"LÉVODOPA + BENSÉRAZIDE", "100 mg/25 mg", "gélule", "orale", "1 gélule 3 fois par jour", "1 mois", 2, "MTE"}},
};
const Line kOther[] = {
    {"LÉVOTHYROXINE SODIQUE", "75 µg", "comprimé sécable", "orale", "1 comprimé le matin à jeun", "3 mois", 0, "MTE"},
    {"ATORVASTATINE", "20 mg", "comprimé pelliculé", "orale", "1 comprimé le soir", "3 mois", 0, ""},
    {"OMÉPRAZOLE", "20 mg", "gélule gastro-résistante", "orale", "1 gélule le matin", "1 mois", 1, ""},
};

template <typename T, std::size_t N>
const T& pick(QRandomGenerator& r, const T (&a)[N])
{
    return a[r.bounded(int(N))];
}

QString s(const char* utf8) { return QString::fromUtf8(utf8); }

Treatment treatment(const Line& l, bool ald)
{
    Treatment t;
    t.dci = s(l.dci);
    t.strength = s(l.strength);
    t.form = s(l.form);
    t.route = s(l.route);
    t.posology = s(l.posology);
    t.duration = s(l.duration);
    t.renewals = l.renewals;
    t.nonSubstitutable = QString::fromLatin1(l.nonSubstitutable);
    t.ald = ald;
    return t;
}

} // namespace

QString DemoData::makeNir(int sexDigit, int yy, int mm, const QString& dept, int commune, int order)
{
    const QString first13 = QStringLiteral("%1%2%3%4%5%6")
                                .arg(sexDigit)
                                .arg(yy, 2, 10, QLatin1Char('0'))
                                .arg(mm, 2, 10, QLatin1Char('0'))
                                .arg(dept)
                                .arg(commune, 3, 10, QLatin1Char('0'))
                                .arg(order, 3, 10, QLatin1Char('0'));
    return first13 + QStringLiteral("%1").arg(Nir::key(first13), 2, 10, QLatin1Char('0'));
}

Patient DemoData::patient(int index, const QDate& today) const
{
    QRandomGenerator r(m_seed ^ quint32(index * 2654435761u));
    Patient p;
    p.demo = true;
    const bool female = r.bounded(2) == 0;
    p.sex = female ? Sex::Female : Sex::Male;
    p.birthName = s(pick(r, kSurnames));
    const QString first = s(female ? pick(r, kFemale) : pick(r, kMale));
    p.birthGivenNames = {first};
    if (r.bounded(3) == 0)
        p.birthGivenNames.append(s(female ? pick(r, kFemale) : pick(r, kMale)));
    p.firstGivenName = first;
    const int ageDays = int(r.bounded(1, 98 * 365));
    p.birthDate = today.addDays(-ageDays);
    if (female && p.ageYears(today) > 25 && r.bounded(3) == 0)
        p.usedName = s(pick(r, kSurnames));
    const City& city = pick(r, kCities);
    p.birthPlaceInsee = QString::fromLatin1(city.dept) + QStringLiteral("%1").arg(int(r.bounded(1, 400)), 3, 10, QLatin1Char('0'));
    p.matricule = makeNir(female ? 2 : 1, p.birthDate.year() % 100, p.birthDate.month(), QString::fromLatin1(city.dept),
                          p.birthPlaceInsee.right(3).toInt(), int(r.bounded(1, 999)));
    p.address = QStringLiteral("%1 %2").arg(r.bounded(1, 120)).arg(s(pick(r, kStreets)));
    p.postalCode = QString::fromLatin1(city.postal);
    p.city = QString::fromUtf8(city.name);
    p.mobile = QStringLiteral("0%1 %2 %3 %4 %5").arg(6 + r.bounded(2)).arg(r.bounded(10, 99)).arg(r.bounded(10, 99)).arg(r.bounded(10, 99)).arg(r.bounded(10, 99));
    if (r.bounded(3) == 0)
        p.email = TextFold::joined(first) + u'.' + TextFold::joined(p.birthName) + QStringLiteral("@example.fr");

    // Most come from the (demo) EHR snapshot; some were created in Relais.
    const int kind = int(r.bounded(20));
    p.origin = kind < 18 ? Origin::Imported : Origin::Local;
    if (p.origin == Origin::Imported) {
        p.sourceId = QStringLiteral("demo-%1").arg(index);
        static const IdentityStatus imported[] = {IdentityStatus::Qual, IdentityStatus::Qual, IdentityStatus::Vali,
                                                  IdentityStatus::Recup, IdentityStatus::Prov};
        p.identityStatus = pick(r, imported);
    } else {
        p.identityStatus = r.bounded(2) ? IdentityStatus::Vali : IdentityStatus::Prov;
        p.changedLocally = true;
    }
    const Origin partOrigin = p.origin;
    const auto tag = [&](auto part, int n) {
        part.origin = partOrigin;
        if (partOrigin == Origin::Imported)
            part.sourceId = QStringLiteral("demo-%1-%2").arg(index).arg(n);
        return part;
    };
    int n = 0;
    if (r.bounded(5) == 0) {
        const Allergen& a = pick(r, kAllergies);
        p.allergies.append(tag(Allergy{0, s(a.substance), s(a.reaction), QString::fromLatin1(a.severity), {}, {}}, ++n));
    }
    if (p.ageYears(today) > 40 && r.bounded(4) == 0) {
        const Chronic& c = pick(r, kChronic);
        p.alds.append(tag(Ald{0, s(c.ald), QString::fromLatin1(c.cim10), today.addDays(-int(r.bounded(100, 4000))), {}, {}, {}}, ++n));
        p.antecedents.append(tag(Antecedent{0, Antecedent::Kind::Medical, s(c.ald), p.alds.last().start, QString::fromLatin1(c.cim10), {}, {}}, ++n));
        p.treatments.append(tag(treatment(c.line, true), ++n));
    }
    if (r.bounded(4) == 0)
        p.treatments.append(tag(treatment(pick(r, kOther), false), ++n));
    if (r.bounded(3) == 0)
        p.antecedents.append(tag(Antecedent{0, Antecedent::Kind::Surgical, s("Appendicectomie"),
                                            p.birthDate.addYears(int(r.bounded(8, 30))).addDays(0), {}, {}, {}}, ++n));
    if (r.bounded(4) == 0)
        p.antecedents.append(tag(Antecedent{0, Antecedent::Kind::Family, s("Diabète de type 2 chez le père"), {}, {}, {}, {}}, ++n));
    for (Antecedent& a : p.antecedents)
        if (a.date.isValid() && (a.date > today || a.date < p.birthDate))
            a.date = QDate();
    for (Ald& a : p.alds)
        a.start = std::max(a.start, p.birthDate);
    const int age = p.ageYears(today);
    const double height = age < 2 ? 50 + age * 25 + r.bounded(10) : age < 16 ? 80 + age * 6 + r.bounded(10) : 150 + r.bounded(40);
    for (int m = 0; m < int(r.bounded(1, 4)); ++m) {
        const QDate d = today.addDays(-int(r.bounded(10, 900)));
        if (d < p.birthDate)
            continue;
        const double w = age < 16 ? 3.5 + age * 3.2 + r.bounded(5) : 50 + r.bounded(45) + m;
        p.measurements.append(tag(Measurement{0, d, w, height, {}, {}}, ++n));
    }
    return p;
}

QList<Consultation> DemoData::consultations(int index, const Patient& p, const QDateTime& nowUtc) const
{
    struct Visit
    {
        const char* reason;
        const char* examination;
        const char* conclusion;
        const char* plan;
        const char* dx;
        const char* cim10;
    };
    static const Visit kPast[] = {
        {"Renouvellement d'ordonnance", "Examen clinique sans particularité", "Traitement bien toléré", "Renouvellement 3 mois", "", ""},
        {"Angine", "Amygdales érythémateuses, TDR négatif", "Angine virale", "Traitement symptomatique", "Angine virale", "J02.9"},
        {"Lombalgie aiguë", "Contracture paravertébrale, pas de signe neurologique", "Lombalgie commune", "Antalgiques, activité adaptée", "Lumbago", "M54.5"},
        {"Certificat de sport", "Examen cardio-pulmonaire normal", "Pas de contre-indication", "Certificat remis", "", ""},
        {"Vaccination antigrippale", "", "Vaccin fait", "Rappel dans un an", "", ""},
    };
    static const Visit kOutage[] = {
        {"Toux fébrile depuis 3 jours", "Crépitants base droite, T 38,9 °C", "Pneumopathie probable", "Antibiothérapie, contrôle à 48 h", "Pneumopathie", "J18.9"},
        {"Contrôle tensionnel", "TA 152/94 aux deux bras", "HTA mal contrôlée", "Majoration du traitement, automesure", "Hypertension essentielle", "I10"},
        {"Douleur abdominale", "Abdomen souple, sensibilité épigastrique", "Gastrite probable", "IPP 4 semaines", "Gastrite", "K29.7"},
        {"Renouvellement d'ordonnance", "Examen sans particularité", "Pathologie chronique stable", "Renouvellement 3 mois", "", ""},
    };
    QRandomGenerator r(m_seed ^ quint32(index * 40503u + 7));
    QList<Consultation> out;
    const auto make = [&](const Visit& v, const QDateTime& at, Origin origin) {
        Consultation c;
        c.origin = origin;
        c.status = Consultation::Status::Final;
        c.startedUtc = at;
        c.finalisedUtc = at.addSecs(15 * 60);
        c.revision = 1;
        c.reason = s(v.reason);
        c.examination = s(v.examination);
        c.conclusion = s(v.conclusion);
        c.plan = s(v.plan);
        if (*v.dx)
            c.diagnoses = {{s(v.dx), QString::fromLatin1(v.cim10)}};
        const int age = p.ageYears(at.date());
        if (age >= 16) {
            c.vitals.weightKg = 55 + r.bounded(40);
            c.vitals.systolic = 115 + r.bounded(40);
            c.vitals.diastolic = 70 + r.bounded(20);
            c.vitals.heartRate = 60 + r.bounded(30);
        }
        return c;
    };
    const int past = int(r.bounded(0, 4));
    for (int i = 0; i < past; ++i) {
        const QDateTime at(nowUtc.date().addDays(-int(r.bounded(30, 1500))), QTime(8 + int(r.bounded(10)), 15), Qt::UTC);
        if (at.date() <= p.birthDate)
            continue;
        Consultation c = make(pick(r, kPast), at, Origin::Imported);
        c.sourceId = QStringLiteral("demo-enc-%1-%2").arg(index).arg(i);
        c.author = (index + i) % 3 == 0 ? QStringLiteral("Dr Hugo Lefèvre") : QStringLiteral("Dr Camille Roche");  // invented
        out.append(c);
    }
    if (r.bounded(6) == 0) {  // seen during the outage (the last two days)
        const QDateTime at = nowUtc.addSecs(-qint64(r.bounded(1, 48)) * 3600);
        Consultation c = make(pick(r, kOutage), at, Origin::Local);
        c.toSend = true;
        out.append(c);
    }
    return out;
}

Result<int> DemoData::fill(Vault& vault, int count, const QDateTime& nowUtc, const std::function<void(int)>& progress) const
{
    PatientStore patients(vault);
    ConsultationStore visits(vault);
    auto first = patients.count();
    if (!first)
        return std::unexpected(first.error());
    const QDate today = nowUtc.date();
    for (int i = 0; i < count; ++i) {
        const int index = int(*first) + i;
        const Patient p = patient(index, today);
        auto id = patients.insertRaw(p);
        if (!id)
            return std::unexpected(id.error());
        for (Consultation c : consultations(index, p, nowUtc)) {
            c.patientId = *id;
            c.slot = vault.slotId();
            if (auto r = visits.insertRaw(c); !r)
                return std::unexpected(r.error());
        }
        if (progress && (i + 1) % 1000 == 0)
            progress(i + 1);
    }
    // A demo prescriber and prescriptions covering each print case.
    if (auto r = DemoPrescriptions::add(vault, nowUtc); !r)
        return std::unexpected(r.error());
    // The demo "snapshot" was taken the evening before.
    const QDateTime snapshot(today.addDays(-1), QTime(22, 0), Qt::UTC);
    if (auto r = VaultMeta(vault).set(VaultMeta::kSnapshotUtc, snapshot.toString(Qt::ISODate)); !r)
        return std::unexpected(r.error());
    return count;
}

Result<int> DemoData::fill(PatientStore& store, int count, const QDate& today, const std::function<void(int)>& progress) const
{
    auto first = store.count();
    if (!first)
        return std::unexpected(first.error());
    for (int i = 0; i < count; ++i) {
        auto id = store.insertRaw(patient(int(*first) + i, today));
        if (!id)
            return std::unexpected(id.error());
        if (progress && (i + 1) % 1000 == 0)
            progress(i + 1);
    }
    return count;
}

QByteArray DemoData::appointmentsCsv(int patients, const QDateTime& nowUtc) const
{
    static const char* const kReasons[] = {"Renouvellement", "Fièvre", "Suivi tension", "Certificat sport", "Vaccin",
                                           "Douleur lombaire", "Toux", "Bilan sanguin", "Suivi diabète", "Contrôle"};
    QRandomGenerator r(m_seed ^ 0xA990u);
    const QDate today = nowUtc.toLocalTime().date();
    QByteArray out = "date;heure;identifiant patient;nom;prenom;duree;motif\n";
    for (int day = 0; day < 2 && patients > 0; ++day) {
        const QDate d = today.addDays(day);
        // A morning and an afternoon of 20-minute slots, a few left free.
        for (int minutes = 8 * 60 + 30; minutes < 18 * 60; minutes += 20) {
            if (minutes >= 12 * 60 && minutes < 14 * 60)
                continue;  // lunch
            if (r.bounded(5) == 0)
                continue;
            // The EHR's own patients (not those created in Relais during an outage).
            int index = int(r.bounded(patients));
            Patient p = patient(index, today);
            for (int tries = 0; p.sourceId.isEmpty() && tries < 20; ++tries)
                p = patient(index = int(r.bounded(patients)), today);
            if (p.sourceId.isEmpty())
                continue;
            const QString line = QStringLiteral("%1;%2h%3;%4;%5;%6;20;%7\n")
                                     .arg(d.toString(QStringLiteral("dd/MM/yyyy")))
                                     .arg(minutes / 60, 2, 10, QLatin1Char('0'))
                                     .arg(minutes % 60, 2, 10, QLatin1Char('0'))
                                     .arg(p.sourceId)
                                     .arg(p.usedName.isEmpty() ? p.birthName : p.usedName, p.firstGivenName,
                                          QString::fromUtf8(kReasons[r.bounded(int(std::size(kReasons)))]));
            out += line.toUtf8();
        }
    }
    return out;
}

Result<int> DemoData::addAppointments(Vault& vault, const QDateTime& nowUtc) const
{
    // The demo patients are "demo-0" … "demo-N" (other patients, e.g. the prescriptions' own, are not).
    auto highest = PatientStore(vault).highestDemoNumber();
    if (!highest)
        return std::unexpected(highest.error());
    const int patients = !*highest ? 0 : int(std::min<qint64>(**highest + 1, 1000000));
    const QByteArray csv = appointmentsCsv(patients, nowUtc);
    SnapshotImporter::Source source{QStringLiteral("rendez-vous.csv"), [csv] {
                                        auto b = std::make_unique<QBuffer>();
                                        b->setData(csv);
                                        b->open(QIODevice::ReadOnly);
                                        return std::unique_ptr<QIODevice>(std::move(b));
                                    }};
    SnapshotImporter::Options options;
    options.fullSnapshot = false;
    options.takenUtc = QDateTime(nowUtc.date().addDays(-1), QTime(22, 0), Qt::UTC);
    auto summary = SnapshotImporter(vault).run({source}, options);
    if (!summary)
        return std::unexpected(summary.error());
    const ImportCounts n = summary->byType.value(QStringLiteral("CSV appointments"));
    return n.created + n.updated + n.unchanged;
}

} // namespace relais
