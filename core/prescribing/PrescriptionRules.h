// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "prescribing/Prescription.h"

#include <QCoreApplication>

namespace relais {

struct Patient;

// What makes a paper prescription lawful and readable (R5132-3 CSP, stupéfiants rules).
// Every refusal names the line and the field.
class PrescriptionRules
{
    Q_DECLARE_TR_FUNCTIONS(relais::PrescriptionRules)

public:
    // Weight is required below this age (paediatric doses are by weight).
    static constexpr int kWeightRequiredBelowYears = 16;
    // Stupéfiants: never more than 28 days, whatever the substance's own maximum says.
    static constexpr int kStupefiantMaxDays = 28;

    static Result<void> validate(const Prescription& rx, const Patient& patient);
    static Result<void> validateLine(const PrescriptionLine& line, int number, const Prescription& rx,
                                     const Patient& patient);
    // "Line 2 (OXYCODONE)"
    static QString lineLabel(const PrescriptionLine& line, int number);
    // A weight outside what is plausible for the age (a typing slip, or the wrong patient): the
    // sentence to show, empty when plausible. Not a refusal: the GP confirms what they see.
    static QString weightWarning(std::optional<double> weightKg, const Patient& patient, const QDate& date);
    // An ALD still running on `date`.
    static bool hasActiveAld(const Patient& patient, const QDate& date);
};

} // namespace relais
