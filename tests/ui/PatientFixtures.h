// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/DemoData.h"
#include "records/Patient.h"

namespace relais::test {

// Hénin Zoé, born 12/03/1954: imported with a RECUP identity and a full chart.
inline Patient henin()
{
    Patient p;
    p.origin = Origin::Imported;
    p.sourceId = QStringLiteral("EHR-1001");
    p.birthName = QStringLiteral("Hénin");
    p.birthGivenNames = {QStringLiteral("Zoé"), QStringLiteral("Marie")};
    p.firstGivenName = QStringLiteral("Zoé");
    p.sex = Sex::Female;
    p.birthDate = QDate(1954, 3, 12);
    p.birthPlaceInsee = QStringLiteral("75056");
    p.matricule = DemoData::makeNir(2, 54, 3, QStringLiteral("75"), 56, 42);
    p.identityStatus = IdentityStatus::Recup;
    p.demo = true;
    p.address = QStringLiteral("12 rue des Lilas");
    p.postalCode = QStringLiteral("69003");
    p.city = QStringLiteral("Lyon");
    p.phone = QStringLiteral("04 78 12 34 56");
    p.mobile = QStringLiteral("06 12 34 56 78");
    p.notes = QStringLiteral("Vit seule. Sa fille passe le soir.");
    const auto imported = [](auto part) {
        part.origin = Origin::Imported;
        return part;
    };
    const auto allergy = [&](const char* substance, const char* reaction) {
        return imported(Allergy{.substance = QString::fromUtf8(substance), .reaction = QString::fromUtf8(reaction), .severity = QStringLiteral("high")});
    };
    p.allergies = {allergy("Pénicillines", "urticaire généralisée"), allergy("Arachide", "œdème de Quincke")};
    const auto history = [&](Antecedent::Kind kind, const char* label, QDate date, const char* cim10) {
        return imported(Antecedent{.kind = kind, .label = QString::fromUtf8(label), .date = date, .cim10 = QString::fromLatin1(cim10)});
    };
    using K = Antecedent::Kind;
    p.antecedents = {history(K::Medical, "Diabète de type 2", QDate(2008, 5, 1), "E11.9"),
                     history(K::Medical, "Hypertension artérielle", QDate(2012, 9, 1), "I10"),
                     history(K::Surgical, "Appendicectomie", QDate(1970, 6, 1), "K35.8"),
                     history(K::Family, "Cancer du sein (mère)", {}, "Z80.3")};
    p.alds = {imported(Ald{.label = QStringLiteral("Diabète de type 2"), .cim10 = QStringLiteral("E11"), .start = QDate(2010, 1, 15)})};
    const auto line = [&](const char* dci, const char* strength, const char* form, const char* posology) {
        return imported(Treatment{.dci = QString::fromUtf8(dci), .strength = QString::fromUtf8(strength), .form = QString::fromUtf8(form),
                                  .route = QStringLiteral("orale"), .posology = QString::fromUtf8(posology),
                                  .duration = QStringLiteral("3 mois"), .renewals = 2});
    };
    Treatment metformine = line("METFORMINE", "1000 mg", "comprimé", "1 comprimé matin et soir");
    metformine.ald = true;
    Treatment levothyroxine = line("LÉVOTHYROXINE", "75 µg", "comprimé", "1 comprimé le matin à jeun");
    levothyroxine.brand = QStringLiteral("Levothyrox");
    levothyroxine.nonSubstitutable = QStringLiteral("MTE");
    p.treatments = {metformine, line("RAMIPRIL", "5 mg", "gélule", "1 gélule le matin"), levothyroxine};
    const auto measured = [&](QDate date, double kg, double cm) {
        return imported(Measurement{.date = date, .weightKg = kg, .heightCm = cm});
    };
    p.measurements = {measured(QDate(2025, 3, 12), 68.5, 162), measured(QDate(2026, 2, 10), 70, 0),
                      measured(QDate(2026, 10, 5), 71.2, 0)};
    return p;
}

inline Patient simple(const QString& name, const QString& given, Sex sex, const QDate& born)
{
    Patient p;
    p.birthName = name;
    p.birthGivenNames = {given};
    p.firstGivenName = given;
    p.sex = sex;
    p.birthDate = born;
    return p;
}

} // namespace relais::test
