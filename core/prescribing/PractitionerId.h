// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace relais::PractitionerId {

// Luhn check over a string of digits (the last digit is the key).
bool luhnValid(const QString& digits);
// The Luhn key digit to append to `body` (digits only).
int luhnKey(const QString& body);
// RPPS: 11 digits whose last one is the Luhn key.
bool isRpps(const QString& value);
// AM number (assurance maladie, liberal practice): 9 digits.
bool isAmNumber(const QString& value);
// FINESS: 9 characters, digits (2A/2B for Corsica); its key rule is not checked (unconfirmed).
bool isFiness(const QString& value);
// Spaces, dots and dashes removed.
QString compact(const QString& value);

} // namespace relais::PractitionerId
