// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Clock.h"
#include "common/SecureBytes.h"

#include <QString>

namespace relais::test {

// A secret held the way the product holds it.
SecureBytes secret(const char* text);
inline constexpr auto kPassphrase = "correct horse battery staple relais";

// Where screenshots and rendered pages are saved for a person to look at.
QString artefactDir();

} // namespace relais::test
