// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace relais::FrenchWords {

// Numbers in French words by ICU's rule-based spell-out (never a hand table):
// 71 → "soixante-et-onze", 2.5 → "deux virgule cinq". `feminine` for "une gélule".
QString number(double value, bool feminine = false);
// "2,5 mg" → "deux virgule cinq milligrammes"; "10 mg/ml" → "dix milligrammes par millilitre";
// "100 µg" → "cent microgrammes". Units are written in full, numbers in words.
QString quantity(const QString& text);
// "2" "comprimé" → "deux comprimés"; "1" "gélule" → "une gélule"; 0.5 → "un demi-comprimé";
// 0.25 → "un quart de comprimé"; 1.5 "gélule" → "une gélule et demie".
QString count(double value, const QString& unitSingular);
// French plural (from 2): "comprimé" → "comprimés", "cuillère à café" → "cuillères à café".
QString plural(const QString& unitSingular, double value);
// Units that take "une": gélule, goutte, bouffée…
bool isFeminine(const QString& unitSingular);
// Unit abbreviations written in full, singular: "mg" → "milligramme", "µg" → "microgramme".
QString unitWord(const QString& abbreviation);
// 2.5 → "2,5"; 0.5 → "1/2"; 0.25 → "1/4"; 1 → "1".
QString decimal(double value);

} // namespace relais::FrenchWords
