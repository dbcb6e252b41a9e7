// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prescribing/Practitioner.h"
#include "prescribing/Prescription.h"
#include "records/Patient.h"

#include <QDate>

namespace relais::test {

// An invented prescriber with a valid RPPS key.
inline Practitioner doctor()
{
    Practitioner d;
    d.surname = QStringLiteral("Roche");
    d.givenNames = QStringLiteral("Camille");
    d.title = QStringLiteral("Docteur en médecine");
    d.specialty = QStringLiteral("Médecine générale");
    d.rpps = QStringLiteral("10001234565");
    d.amNumber = QStringLiteral("691234567");
    d.address = QStringLiteral("12 rue des Tanneurs\n69003 Lyon");
    d.city = QStringLiteral("Lyon");
    d.phone = QStringLiteral("04 78 12 34 56");
    d.email = QStringLiteral("cabinet.roche@example.fr");
    return d;
}

// Another prescriber of the same practice (its own surname and RPPS).
inline Practitioner doctor(const char* surname, const char* rpps)
{
    Practitioner d = doctor();
    d.surname = QString::fromUtf8(surname);
    d.rpps = QString::fromLatin1(rpps);
    d.email = QStringLiteral("cabinet@example.fr");
    return d;
}

// Built member by member: the record structs grow (import fields) without breaking these.
inline Ald ald(const QString& label, const QDate& start, const QDate& end = {})
{
    Ald a;
    a.label = label;
    a.start = start;
    a.end = end;
    return a;
}

inline Treatment treatment(const QString& dci, const QString& strength, const QString& posology, const QString& duration,
                           int renewals, const QString& nonSubstitutable, bool inAld)
{
    Treatment t;
    t.dci = dci;
    t.strength = strength;
    t.form = QStringLiteral("comprimé");
    t.route = QStringLiteral("orale");
    t.posology = posology;
    t.duration = duration;
    t.renewals = renewals;
    t.nonSubstitutable = nonSubstitutable;
    t.ald = inAld;
    return t;
}

inline Patient adult()
{
    Patient p;
    p.birthName = QStringLiteral("Hénin");
    p.firstGivenName = QStringLiteral("Zoé");
    p.birthGivenNames = {p.firstGivenName};
    p.sex = Sex::Female;
    p.birthDate = QDate(1954, 3, 12);
    return p;
}

inline Patient child()
{
    Patient p;
    p.birthName = QStringLiteral("N'Diaye");
    p.firstGivenName = QStringLiteral("Maël");
    p.birthGivenNames = {p.firstGivenName};
    p.sex = Sex::Male;
    p.birthDate = QDate(2025, 5, 10);  // 18 months on 22/11/2026
    return p;
}

inline PrescriptionLine line(const QString& dci, const QString& strength, const QString& form, double qty,
                             const QString& unit, int moments, int days)
{
    PrescriptionLine l;
    l.dci = dci;
    l.strength = strength;
    l.form = form;
    l.route = QStringLiteral("orale");
    l.posology.quantity = qty;
    l.posology.unit = unit;
    l.posology.moments = moments;
    l.durationValue = days;
    return l;
}

inline PrescriptionLine paracetamol()
{
    return line(QStringLiteral("PARACÉTAMOL"), QStringLiteral("1 g"), QStringLiteral("comprimé"), 1,
                QStringLiteral("comprimé"), Posology::Morning | Posology::Noon | Posology::Evening, 7);
}

inline PrescriptionLine oxycodone()
{
    PrescriptionLine l = line(QStringLiteral("OXYCODONE"), QStringLiteral("10 mg"),
                              QStringLiteral("comprimé à libération prolongée"), 2, QStringLiteral("comprimé"),
                              Posology::Morning | Posology::Evening, 14);
    l.stupefiant = true;
    return l;
}

} // namespace relais::test
