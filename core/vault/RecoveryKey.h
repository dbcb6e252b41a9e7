// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/SecureBytes.h"

namespace relais {

// The recovery key shown once at vault creation: 160 random bits written as 8 groups of 4
// Crockford base-32 characters ("7K3M-…"). Typing is forgiving: case, spaces, dashes, I/L/O.
namespace RecoveryKey {

SecureBytes generate();
// Canonical form (upper case, no separators, I/L → 1, O → 0), or empty when malformed.
SecureBytes normalize(const SecureBytes& typed);

} // namespace RecoveryKey

} // namespace relais
