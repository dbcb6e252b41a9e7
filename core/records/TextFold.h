// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace relais::TextFold {

// Lower case, accents removed, ligatures expanded: "Hénin" → "henin", "Œuvray" → "oeuvray".
QString fold(const QString& text);
// Folded words of a name, split on spaces, hyphens and apostrophes: "Le Goff-Martin" → le, goff, martin.
QStringList words(const QString& text);
// The name with separators removed: "N'Diaye" → "ndiaye", "Le Goff-Martin" → "legoffmartin".
QString joined(const QString& text);
// Only the digits: "+33 6 12-34" → "3361234".
QString digits(const QString& text);

} // namespace relais::TextFold
