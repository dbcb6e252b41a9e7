// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Schema.h"

#include "common/Logging.h"
#include "vault/Sqlite.h"

#include <QCoreApplication>

namespace relais {

namespace {

struct Migration
{
    int version;
    const char* sql;
};

// Append only: a released migration is never edited.
constexpr Migration kMigrations[] = {
    {1, R"SQL(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Append-only audit trail: no patient text, only object types and row ids.
CREATE TABLE audit_log (
    seq         INTEGER PRIMARY KEY,
    at_utc      TEXT NOT NULL,
    slot        TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',
    mac         BLOB NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
-- The last entry, so that removing entries at the end is detected too.
CREATE TABLE audit_head (id INTEGER PRIMARY KEY CHECK (id = 1), seq INTEGER NOT NULL, mac BLOB NOT NULL);
)SQL"},
};

} // namespace

int Schema::latestVersion() { return std::end(kMigrations)[-1].version; }

Result<int> Schema::currentVersion(Database& db)
{
    auto v = db.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v)
        return std::unexpected(v.error());
    return v->toInt();
}

Result<void> Schema::migrate(Database& db)
{
    auto current = currentVersion(db);
    if (!current)
        return std::unexpected(current.error());
    if (*current > latestVersion())
        return fail(ErrorKind::VaultTooNew,
                    tr("This vault was written by a newer version of Relais (schema %1, this version knows %2). "
                       "Install the newer Relais to open it.")
                        .arg(*current)
                        .arg(latestVersion()));
    for (const Migration& m : kMigrations) {
        if (m.version <= *current)
            continue;
        Transaction tx(db);
        auto r = tx.begin();
        if (r)
            r = db.exec(QString::fromUtf8(m.sql));
        if (r)
            r = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (r)
            r = tx.commit();
        if (!r)
            return fail(r.error().kind,
                        tr("Schema migration to version %1 failed: %2").arg(m.version).arg(r.error().message));
        qCInfo(lcVault) << "migrated vault schema to version" << m.version;
    }
    return {};
}

} // namespace relais
