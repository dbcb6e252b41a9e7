// SPDX-License-Identifier: GPL-3.0-or-later
#include "prescribing/PrescriptionRules.h"

#include "records/Patient.h"

#include <algorithm>

namespace relais {

QString PrescriptionRules::lineLabel(const PrescriptionLine& line, int number)
{
    return line.dci.trimmed().isEmpty() ? tr("Line %1").arg(number)
                                        : tr("Line %1 (%2)").arg(number).arg(line.dci.trimmed());
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
    if (l.nonSubstitutable && l.nonSubstitutableReason == NonSubstitutable::Efg && patient.ageYears(rx.date) >= 6)
        return refuse(tr("non-substitutable"),
                      tr("EFG applies to a child under 6 only; the patient is %1").arg(patient.ageText(rx.date)));
    if (l.ald && !hasActiveAld(patient, rx.date))
        return refuse(tr("ALD zone"), tr("the patient has no current ALD (affection de longue durée)"));
    if (l.needsSecurePaper()) {
        if (rx.layout != Prescription::Layout::Secure)
            return refuse(tr("layout"),
                          l.stupefiant
                              ? tr("a stupéfiant must be printed on secure paper (ordonnance sécurisée); a plain page "
                                   "is not valid at the pharmacy. Choose the secure-paper layout")
                              : tr("since 1 March 2025 tramadol, codeine and dihydrocodeine need secure paper "
                                   "(ordonnance sécurisée). Choose the secure-paper layout"));
    }
    if (l.stupefiant) {
        const int days = std::max(l.durationDays(), l.posology.durationDays);
        const int max = std::min(l.maxDays > 0 ? l.maxDays : kStupefiantMaxDays, kStupefiantMaxDays);
        if (days == 0)
            return refuse(tr("duration"), tr("a stupéfiant needs a duration in days"));
        if (days > max)
            return refuse(tr("duration"), tr("%1 days is more than the %2 days allowed for this stupéfiant").arg(days).arg(max));
        if (l.renewals > 0)
            return refuse(tr("renewals"), tr("a stupéfiant cannot be renewed"));
        if (l.posology.isEmpty())
            return refuse(tr("posology"),
                          tr("a stupéfiant needs the structured posology (units per dose, doses a day): it is printed in words"));
        if (l.posology.dosesPerDay() <= 0 && l.posology.everyHours <= 0)
            return refuse(tr("posology"), tr("give the number of doses a day (moments, times a day or interval)"));
        if (l.fractionDays < 0 || l.fractionDays > days)
            return refuse(tr("delivery"),
                          tr("a fraction of %1 days is longer than the %2 days prescribed").arg(l.fractionDays).arg(days));
    }
    return {};
}

} // namespace relais
