// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/ConnectionSettings.h"

#include "storage/Sqlite.h"

#include <unistd.h>

#include <algorithm>

namespace relais::ConnectionSettings {

qint64 cacheKiB(qint64 fileBytes)
{
    constexpr qint64 kFloor = 64 * 1024;
    qint64 ceiling = 512 * 1024;
    const long pages = sysconf(_SC_PHYS_PAGES);
    const long pageSize = sysconf(_SC_PAGE_SIZE);
    if (pages > 0 && pageSize > 0)
        ceiling = std::clamp<qint64>(qint64(pages) * pageSize / 1024 / 8, kFloor, ceiling);
    const qint64 wanted = std::max<qint64>(0, fileBytes) / 1024 * 5 / 4;  // a quarter to grow
    return std::clamp(wanted, kFloor, ceiling);
}

Result<void> apply(Database& db, qint64 fileBytes)
{
    const QString cache = QStringLiteral("PRAGMA cache_size = -%1").arg(cacheKiB(fileBytes));
    for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode = WAL"), QStringLiteral("PRAGMA synchronous = FULL"),
                                  QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA secure_delete = ON"),
                                  QStringLiteral("PRAGMA temp_store = MEMORY"), QStringLiteral("PRAGMA busy_timeout = 5000"),
                                  cache}) {
        auto r = db.scalar(pragma);
        if (!r)
            return std::unexpected(r.error());
    }
    return {};
}

} // namespace relais::ConnectionSettings
