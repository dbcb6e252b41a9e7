// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace relais::Communes {

// The commune an INSEE code names ("25042" → "Le Barboux"), from the Code officiel géographique
// shipped in resources/geo (COG 2026, Licence Ouverte; former codes of current communes
// included); empty when unknown (a code abroad, 99xxx, names a country and is not listed).
// The table is read once, on first use.
QString name(const QString& inseeCode);
// The vintage of the shipped table, for display ("COG 2026").
QString vintage();

} // namespace relais::Communes
