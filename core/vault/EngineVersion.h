// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace relais {

// The versions of the storage engine the vault runs on (relais-cli --version): SQLCipher's (from
// an in-memory database, "?" when none opens) and the SQLite library's.
struct EngineVersion
{
    static QString sqlcipher();
    static QString sqlite();
};

} // namespace relais
