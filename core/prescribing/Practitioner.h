// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace relais {

// A prescriber, as printed on every prescription (R5132-3 CSP). Several per vault.
struct Practitioner
{
    Q_DECLARE_TR_FUNCTIONS(relais::Practitioner)

public:
    qint64 id = 0;
    QString surname;
    QString givenNames;
    QString title;       // "Docteur en médecine"
    QString specialty;   // "Médecine générale"
    QString rpps;        // 11 digits, Luhn key
    QString amNumber;    // 9 digits (liberal practice) ...
    QString finess;      // ... or FINESS (establishment)
    QString address;     // professional address, lines separated by '\n', ends with "France"
    QString city;        // for "Lyon, le 22/11/2026"
    QString phone;       // "+33 4 78 12 34 56"
    QString email;
    QString slotId;      // optional link to the key slot the practitioner unlocks with
    QDateTime createdUtc;
    QDateTime updatedUtc;

    // "Dr Camille ROCHE"
    QString displayName() const;
    // The structure identifier printed in the second barcode, and its label.
    QString structureId() const { return amNumber.isEmpty() ? finess : amNumber; }
    QString structureLabel() const;

    // Normalises (phone to +33, "France" appended, identifiers compacted), then validates with a
    // message naming the field.
    static Result<Practitioner> normalised(Practitioner p);
    // "04 78 12 34 56", "0033478123456", "+33 (0)4 78…" → "+33 4 78 12 34 56"; empty when impossible.
    static QString normalisePhone(const QString& phone);
};

} // namespace relais
