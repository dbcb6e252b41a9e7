// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PrescriptionRules.h"

#include "prescribing/SubstanceRules.h"
#include "records/Patient.h"
#include "records/TextFold.h"

#include <QLocale>

#include <algorithm>

namespace relais {

QString PrescriptionRules::lineLabel(const PrescriptionLine& line, int number)
{
    return line.dci.trimmed().isEmpty() ? tr("Line %1").arg(number)
                                        : tr("Line %1 (%2)").arg(number).arg(line.dci.trimmed());
}

namespace {

// EFG (arrêté du 12 novembre 2019): a child under 6 for whom no generic has a suitable form, that
// is a form other than a plain tablet or capsule.
bool efgForm(const QString& form)
{
    static const char* const kForms[] = {"buvable", "sirop", "suspension", "solution", "goutte", "granule",
                                         "poudre", "dispersible", "croquer", "suppositoire", "sachet"};
    const QString f = TextFold::fold(form);
    return std::any_of(std::begin(kForms), std::end(kForms),
                       [&](const char* k) { return f.contains(QLatin1String(k)); });
}

// Plausible weights by age, boys and girls together: WHO child growth standards (weight-for-age,
// 0-5 years, 2006) and WHO growth reference (5-10 years, 2007), widened well beyond the 0.1st and
// 99.9th percentiles so that only slips are flagged; adults: 30 to 250 kg.
struct WeightBand
{
    int untilMonths;  // the band applies below this age
    double minKg;
    double maxKg;
};
constexpr WeightBand kWeightBands[] = {
    {1, 0.8, 6.5},  {3, 1.8, 8.5},   {6, 3.0, 11.0},  {12, 4.5, 14.0},  {24, 6.0, 18.0},   {36, 7.5, 21.0},
    {60, 9.0, 29.0}, {96, 12.0, 45.0}, {132, 16.0, 70.0}, {168, 22.0, 100.0}, {216, 30.0, 150.0},
};

} // namespace

QString PrescriptionRules::weightWarning(std::optional<double> weightKg, const Patient& patient, const QDate& date)
{
    if (!weightKg || *weightKg <= 0 || !patient.birthDate.isValid() || date < patient.birthDate)
        return {};
    const QDate birth = patient.birthDate;
    int months = (date.year() - birth.year()) * 12 + date.month() - birth.month();
    if (date.day() < birth.day())
        --months;
    double minKg = 30, maxKg = 250;
    for (const WeightBand& b : kWeightBands) {
        if (months < b.untilMonths) {
            minKg = b.minKg;
            maxKg = b.maxKg;
            break;
        }
    }
    if (*weightKg >= minKg && *weightKg <= maxKg)
        return {};
    return tr("Weight: %1 kg is unusual at %2 (expected %3 to %4 kg): check the weight and the patient")
        .arg(QLocale().toString(*weightKg))
        .arg(patient.ageText(date))
        .arg(QLocale().toString(minKg))
        .arg(QLocale().toString(maxKg));
}

bool PrescriptionRules::hasActiveAld(const Patient& patient, const QDate& date)
{
    return std::any_of(patient.alds.cbegin(), patient.alds.cend(),
                       [&](const Ald& a) { return !a.end.isValid() || a.end >= date; });
}

Result<void> PrescriptionRules::validate(const Prescription& rx, const Patient& patient)
{
    if (!rx.date.isValid())
        return fail(ErrorKind::Invalid, tr("Date: required"));
    if (rx.practitionerId <= 0)
        return fail(ErrorKind::Invalid, tr("Prescriber: choose the practitioner who signs"));
    if (rx.patientId <= 0 || patient.id != rx.patientId)
        return fail(ErrorKind::Invalid, tr("Patient: choose the patient"));
    if (patient.birthDate.isValid() && rx.date < patient.birthDate)
        return fail(ErrorKind::Invalid, tr("Date: before the patient's date of birth"));
    if (rx.weightKg && (*rx.weightKg <= 0.3 || *rx.weightKg > 400))
        return fail(ErrorKind::Invalid, tr("Weight: %1 kg is impossible").arg(*rx.weightKg));
    if (rx.heightCm && (*rx.heightCm <= 20 || *rx.heightCm > 260))
        return fail(ErrorKind::Invalid, tr("Height: %1 cm is impossible").arg(*rx.heightCm));
    if (!rx.weightKg && patient.ageYears(rx.date) < kWeightRequiredBelowYears)
        return fail(ErrorKind::Invalid,
                    tr("Weight: required for a child (the patient is %1); doses are checked against it")
                        .arg(patient.ageText(rx.date)));
    if (rx.kind != Prescription::Kind::Medicines) {
        if (rx.body.trimmed().isEmpty())
            return fail(ErrorKind::Invalid, tr("Text: the certificate or document is empty"));
        return {};
    }
    if (rx.lines.isEmpty())
        return fail(ErrorKind::Invalid, tr("Lines: add at least one medicine"));
    for (qsizetype i = 0; i < rx.lines.size(); ++i)
        if (auto r = validateLine(rx.lines.at(i), int(i + 1), rx, patient); !r)
            return r;
    return {};
}

Result<void> PrescriptionRules::validateLine(const PrescriptionLine& l, int number, const Prescription& rx,
                                             const Patient& patient)
{
    const QString at = lineLabel(l, number);
    const auto refuse = [&](const QString& field, const QString& why) {
        return fail(ErrorKind::Invalid, tr("%1, %2: %3").arg(at, field, why));
    };
    if (l.dci.trimmed().isEmpty())
        return refuse(tr("active substance"), tr("required (the DCI / INN, a brand may be added)"));
    if (l.strength.trimmed().isEmpty())
        return refuse(tr("strength"), tr("required (for example \"500 mg\")"));
    if (l.form.trimmed().isEmpty())
        return refuse(tr("form"), tr("required (for example \"comprimé\")"));
    if (l.route.trimmed().isEmpty())
        return refuse(tr("route"), tr("required (for example \"orale\")"));
    if (l.posologySentence().isEmpty())
        return refuse(tr("posology"), tr("required: dose, moments of the day, duration"));
    if (l.posology.quantity < 0 || l.posology.quantity > 1000)
        return refuse(tr("posology"), tr("a dose of %1 is impossible").arg(l.posology.quantity));
    if (l.durationValue < 0 || l.packs < 0)
        return refuse(tr("duration"), tr("cannot be negative"));
    if (l.durationValue == 0 && l.posology.durationDays == 0 && l.packs == 0)
        return refuse(tr("duration"), tr("required: a treatment duration (\"QSP 1 mois\") or a number of packs"));
    if (l.durationValue == 0 && l.posology.durationDays == 0 && l.packs > 0 && l.brand.trimmed().isEmpty())
        return refuse(tr("duration"), tr("a number of packs needs the brand named; otherwise give a duration"));
    if (l.renewals < 0 || l.renewals > 12)
        return refuse(tr("renewals"), tr("%1 is impossible (0 to 12)").arg(l.renewals));
    if (l.nonSubstitutable && l.nonSubstitutableReason == NonSubstitutable::None)
        return refuse(tr("non-substitutable"), tr("the reason is required: MTE, EFG or CIF"));
    if (!l.nonSubstitutable && l.nonSubstitutableReason != NonSubstitutable::None)
        return refuse(tr("non-substitutable"), tr("a reason is given but the line is not marked non-substitutable"));
    if (l.nonSubstitutable) {
        if (l.brand.trimmed().isEmpty())
            return refuse(tr("non-substitutable"),
                          tr("name the product that must not be substituted (the brand) beside the DCI"));
        switch (l.nonSubstitutableReason) {
        case NonSubstitutable::Mte:
            if (!SubstanceRules::shipped().mte(l.dci))
                return refuse(tr("non-substitutable"),
                              tr("MTE is allowed only for the substances of the closed list (arrêté du 12 novembre "
                                 "2019 as amended); %1 is not on it")
                                  .arg(l.dci.trimmed()));
            break;
        case NonSubstitutable::Efg:
            if (patient.ageYears(rx.date) >= 6)
                return refuse(tr("non-substitutable"),
                              tr("EFG applies to a child under 6 only; the patient is %1").arg(patient.ageText(rx.date)));
            if (!efgForm(l.form))
                return refuse(tr("non-substitutable"),
                              tr("EFG is for a form a young child can take that no generic offers (oral solution, "
                                 "suspension, syrup, drops, granules, powder, dispersible tablet, suppository); "
                                 "\"%1\" is not one")
                                  .arg(l.form.trimmed()));
            break;
        case NonSubstitutable::Cif:
            if (l.cifExcipient.trimmed().isEmpty())
                return refuse(tr("non-substitutable"),
                              tr("CIF needs the excipient with a known effect that every generic contains "
                                 "and the patient cannot take"));
            break;
        case NonSubstitutable::None:
            break;
        }
    }
    if (l.ald && !hasActiveAld(patient, rx.date))
        return refuse(tr("ALD zone"), tr("the patient has no current ALD (affection de longue durée)"));

    // The rules of the substance (shipped tables, drug reference), each refusal naming its source.
    const LineRules rules = l.rules();
    const QString what = !rules.substance.isEmpty() ? rules.substance : l.dci.trimmed().toUpper();
    const auto refuseRule = [&](const QString& field, const QString& why) {
        return refuse(field, tr("%1 (rule: %2)").arg(why, rules.source));
    };
    if (rules.securePaper && rx.layout != Prescription::Layout::Secure)
        return refuseRule(tr("layout"), tr("%1 must be printed on secure paper (ordonnance sécurisée); a plain page is "
                                           "not valid at the pharmacy. Choose the secure-paper layout")
                                            .arg(what));
    const int days = std::max(l.durationDays(), l.posology.durationDays);
    if ((rules.maxDays > 0 || rules.maxTotalDays > 0) && days == 0)
        return refuseRule(tr("duration"), tr("%1 needs a duration in days (at most %2)")
                                              .arg(what).arg(rules.maxDays > 0 ? rules.maxDays : rules.maxTotalDays));
    if (rules.maxDays > 0 && days > rules.maxDays)
        return refuseRule(tr("duration"),
                          tr("%1 days is more than the %2 days allowed for %3").arg(days).arg(rules.maxDays).arg(what));
    if (!rules.renewalAllowed && l.renewals > 0)
        return refuseRule(tr("renewals"), tr("%1 cannot be renewed").arg(what));
    if (rules.maxTotalDays > 0 && days * (1 + l.renewals) > rules.maxTotalDays)
        return refuseRule(tr("renewals"), tr("with %n renewal(s) the prescription covers %1 days, more than the %2 days "
                                             "allowed for %3, renewals included",
                                             nullptr, l.renewals)
                                              .arg(days * (1 + l.renewals))
                                              .arg(rules.maxTotalDays)
                                              .arg(what));
    if (rules.inWords) {
        if (l.posology.isEmpty())
            return refuseRule(tr("posology"), tr("%1 needs the structured posology (units per dose, doses a day): it "
                                                 "is printed in words")
                                                  .arg(what));
        if (l.posology.dosesPerDay() <= 0 && l.posology.everyHours <= 0)
            return refuseRule(tr("posology"), tr("give the number of doses a day (moments, times a day or interval)"));
    }
    if (l.fractionDays < 0 || (days > 0 && l.fractionDays > days))
        return refuse(tr("delivery"),
                      tr("a fraction of %1 days is longer than the %2 days prescribed").arg(l.fractionDays).arg(days));
    return {};
}

} // namespace relais
