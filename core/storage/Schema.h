// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace relais {

class Database;

// The vault schema, versioned with PRAGMA user_version. Migrations live in Schema.cpp, in order;
// each runs in its own transaction.
class Schema
{
    Q_DECLARE_TR_FUNCTIONS(relais::Schema)

public:
    static int latestVersion();
    static Result<int> currentVersion(Database& db);
    // Brings the vault up to date; refuses (VaultTooNew) a vault written by a newer Relais.
    static Result<void> migrate(Database& db);
};

} // namespace relais
