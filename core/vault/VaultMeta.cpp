// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultMeta.h"

#include "storage/Sqlite.h"
#include "vault/Vault.h"

namespace relais {

VaultMeta::VaultMeta(Vault& vault) : m_db(vault.db()) { }

VaultMeta::VaultMeta(Database& db) : m_db(db) { }

Result<std::optional<QString>> VaultMeta::value(const char* key) const
{
    auto st = m_db.prepare(QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, QString::fromLatin1(key));
    auto row = st->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(st->text(0));
}

QString VaultMeta::text(const char* key) const
{
    auto v = value(key);
    return v && *v ? **v : QString();
}

Result<void> VaultMeta::set(const char* key, const QString& value)
{
    auto st = m_db.prepare(QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll({QString::fromLatin1(key), value});
    return st->run();
}

Result<void> VaultMeta::setAtLeast(const char* key, const QString& value)
{
    auto st = m_db.prepare(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT(key) DO UPDATE SET value = max(value, excluded.value)"));
    if (!st)
        return std::unexpected(st.error());
    st->bindAll({QString::fromLatin1(key), value});
    return st->run();
}

Result<void> VaultMeta::remove(const char* key)
{
    auto st = m_db.prepare(QStringLiteral("DELETE FROM meta WHERE key = ?"));
    if (!st)
        return std::unexpected(st.error());
    st->bind(1, QString::fromLatin1(key));
    return st->run();
}

Result<void> VaultMeta::increment(const char* key)
{
    auto st = m_db.cached(QStringLiteral("INSERT INTO meta (key, value) VALUES (?, 1) "
                                         "ON CONFLICT(key) DO UPDATE SET value = value + 1"));
    if (!st)
        return std::unexpected(st.error());
    (*st)->bind(1, QString::fromLatin1(key));
    return (*st)->run();
}

} // namespace relais
