// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace relais {

// The French social-security number (NIR) or its provisional form (NIA): 13 characters and a
// 2-digit key = 97 − (number mod 97), with Corsica's 2A/2B counted as 19/18.
class Nir
{
    Q_DECLARE_TR_FUNCTIONS(relais::Nir)

public:
    // Accepts spaces and dots as typed ("2 84 12 75 108 042 17"); returns the 15 canonical
    // characters or an error naming `field`.
    static Result<QString> validate(const QString& typed, const QString& field);
    static int key(const QString& first13);  // -1 when not computable
    // Provisional numbers (NIA) start with 7 or 8.
    static bool isProvisional(const QString& canonical) { return canonical.startsWith(u'7') || canonical.startsWith(u'8'); }
    static QString format(const QString& canonical);  // "2 84 12 75 108 042 17"
};

} // namespace relais
