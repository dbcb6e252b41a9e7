// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace relais {

struct Allergy;
struct Patient;
struct Prescription;
struct PrescriptionLine;

// A known allergy of the patient that a prescribed medicine may trigger: the same substance
// named in the allergy, or a medicine of a class the allergy names ("Pénicillines" and
// amoxicilline, "AINS" and ibuprofène). An aid for the GP, never a refusal: the class table
// below covers the usual classes of general practice, not every medicine of the BDPM.
struct AllergyMatch
{
    int line = 0;          // 1-based line of the prescription
    QString allergy;       // the allergy as written in the chart
    QString className;     // "pénicillines", or empty when the substance itself is named
};

class AllergyCheck
{
    Q_DECLARE_TR_FUNCTIONS(relais::AllergyCheck)

public:
    // Allergies of the list that the line may trigger (each at most once).
    static QList<AllergyMatch> matchLine(const PrescriptionLine& line, const QList<Allergy>& allergies, int number = 1);
    // Every line of a medicine prescription against the patient's allergies.
    static QList<AllergyMatch> check(const Prescription& rx, const Patient& patient);
    // "Allergie connue : Pénicillines (classe des pénicillines)"
    static QString describe(const AllergyMatch& match);
};

} // namespace relais
