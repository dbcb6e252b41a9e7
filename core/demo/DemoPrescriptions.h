// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QDateTime>

namespace relais {

class Vault;

// Demo prescriber and prescriptions (invented data): an adult, a child with weight, an ALD
// bizone, each non-substitutable reason, a multi-page one, a stupéfiant on secure paper, a
// certificate, and some attached to the consultations recorded during the outage.
namespace DemoPrescriptions {
inline constexpr auto kRpps = "10102030409";
// Adds them (the prescriber only once); returns the number of prescriptions added.
Result<int> add(Vault& vault, const QDateTime& nowUtc);
} // namespace DemoPrescriptions

} // namespace relais
