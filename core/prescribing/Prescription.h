// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

#include "prescribing/SubstanceRules.h"

namespace relais {

struct Treatment;

// Structured posology: "1 comprimé matin, midi et soir pendant 7 jours".
struct Posology
{
    enum Moment { Morning = 1, Noon = 2, Evening = 4, Bedtime = 8 };

    double quantity = 0;        // per dose; 0 = not structured
    QString unit;               // singular: "comprimé", "gélule", "bouffée"
    int moments = 0;            // Moment flags; or:
    int timesPerDay = 0;        // "3 fois par jour"
    int everyHours = 0;         // "toutes les 6 heures"
    bool asNeeded = false;      // "si besoin"
    int maxPerDay = 0;          // "maximum 8 par jour"
    int durationDays = 0;       // "pendant 7 jours" (0 = not stated)
    QString extra;              // "au cours des repas"

    bool isEmpty() const { return quantity <= 0; }
    // Doses a day (for the stupéfiant wording): moments, times a day, or 24/everyHours.
    int dosesPerDay() const;
    QJsonObject toJson() const;
    static Posology fromJson(const QJsonObject& o);
    bool operator==(const Posology&) const = default;
};

enum class NonSubstitutable { None, Mte, Efg, Cif };
QString nonSubstitutableCode(NonSubstitutable n);  // "", "MTE", "EFG", "CIF"
NonSubstitutable nonSubstitutableFrom(const QString& code);

struct PrescriptionLine
{
    QString dci;            // "PARACÉTAMOL", combinations joined by "+"
    QString strength;       // "1 g", "2,5 mg"
    QString form;           // "comprimé"
    QString route;          // "orale"
    QString brand;          // optional
    Posology posology;
    QString posologyText;   // the GP's own sentence; overrides the structured one when set
    // Duration ("QSP 1 mois") or, a brand being named, a number of packs.
    int durationValue = 0;
    enum class DurationUnit { Days, Weeks, Months } durationUnit = DurationUnit::Days;
    int packs = 0;
    int renewals = 0;
    bool nonSubstitutable = false;  // printed "non substituable", always with its reason
    NonSubstitutable nonSubstitutableReason = NonSubstitutable::None;
    QString cifExcipient;    // CIF: the excipient with a known effect the patient cannot take
    bool ald = false;        // upper zone of the bizone prescription
    bool stupefiant = false; // narcotic: secure paper, words, 28 days, no renewal
    int fractionDays = 0;    // stupéfiant: 0 = "délivrance en une seule fois", else each fraction's days
    int maxDays = 28;        // stupéfiant: shorter for some substances
    int limitDays = 0;       // from the drug reference's conditions: "durée de prescription limitée à …" (0: none)
    bool securePaper = false; // from the drug reference's conditions: "prescription sur ordonnance sécurisée"

    // The posology sentence printed (override, or rendered from the structure).
    QString posologySentence() const;
    // Stupéfiants: units per dose, doses and duration in words ("deux comprimés par prise, …").
    QString posologyInWords() const;
    // Stupéfiants: "dix milligrammes"; "microgrammes", never "µg".
    QString strengthInWords() const;
    // Days covered by the duration (months count 30 days); 0 when not stated.
    int durationDays() const;
    QString durationText() const;  // "QSP 1 mois", "2 boîtes"
    // What the law asks of this line, decided by its substance (SubstanceRules::shipped()) and by
    // what the drug reference said of it.
    LineRules rules() const;
    bool needsSecurePaper() const { return rules().securePaper; }

    QJsonObject toJson() const;
    static PrescriptionLine fromJson(const QJsonObject& o);
    // A current treatment renewed as a line: posology and duration as written in the chart.
    static PrescriptionLine fromTreatment(const Treatment& t);
    bool operator==(const PrescriptionLine&) const = default;
};

struct Prescription
{
    enum class Kind { Medicines, Certificate, Document };
    enum class Layout { A4, A5, Secure };

    qint64 id = 0;
    QDate date;
    qint64 practitionerId = 0;
    qint64 patientId = 0;
    qint64 consultationId = 0;  // 0 = none
    Kind kind = Kind::Medicines;
    Layout layout = Layout::A4;
    bool duplicata = false;     // print a second copy marked DUPLICATA
    std::optional<double> weightKg;
    std::optional<double> heightCm;
    QString title;              // certificate / document title
    QString body;               // certificate / document text
    QString comments;           // printed under the lines
    QList<PrescriptionLine> lines;
    QDateTime createdUtc;
    QString slot;
    bool printed = false;       // read-only: a PDF is stored

    bool hasAldLines() const;
};

QString kindCode(Prescription::Kind k);
std::optional<Prescription::Kind> kindFrom(const QString& code);
QString layoutCode(Prescription::Layout l);
std::optional<Prescription::Layout> layoutFrom(const QString& code);

} // namespace relais
