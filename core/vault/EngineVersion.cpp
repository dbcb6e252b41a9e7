// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/EngineVersion.h"

#include "storage/Sqlite.h"

#include <sqlite3.h>

namespace relais {

QString EngineVersion::sqlcipher()
{
    auto db = Database::open(QStringLiteral(":memory:"), nullptr, true);
    if (!db)
        return QStringLiteral("?");
    auto v = db->scalar(QStringLiteral("PRAGMA cipher_version"));
    return v ? v->toString() : QStringLiteral("?");
}

QString EngineVersion::sqlite()
{
    return QString::fromLatin1(sqlite3_libversion());
}

} // namespace relais
