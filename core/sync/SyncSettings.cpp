// SPDX-License-Identifier: GPL-3.0-or-later
#include "sync/SyncSettings.h"

#include "audit/AuditLog.h"
#include "storage/Sqlite.h"
#include "sync/FhirClient.h"
#include "vault/Vault.h"

#include <QFileInfo>
#include <QSslCertificate>

namespace relais {

using namespace Qt::StringLiterals;

Result<SyncSettings> SyncSettings::load(Vault& vault)
{
    auto q = vault.db().prepare(u"SELECT key, value FROM sync_setting WHERE key IN ('base_url', 'ca_file')"_s);
    if (!q)
        return std::unexpected(q.error());
    SyncSettings s;
    if (auto r = q->each([&](const Statement& row) {
            if (row.text(0) == u"base_url"_s)
                s.baseUrl = QUrl(row.text(1));
            else
                s.caFile = row.text(1);
        });
        !r)
        return std::unexpected(r.error());
    return s;
}

Result<void> SyncSettings::write(Database& db) const
{
    if (auto r = FhirClient::checkUrl(baseUrl); !r)
        return r;
    if (!caFile.isEmpty()) {
        if (!QFileInfo(caFile).isReadable())
            return fail(ErrorKind::Invalid, tr("The certificate file %1 cannot be read").arg(caFile));
        if (QSslCertificate::fromPath(caFile, QSsl::Pem).isEmpty())
            return fail(ErrorKind::Invalid, tr("No PEM certificate could be read from %1").arg(caFile));
    }
    auto q = db.prepare(u"INSERT OR REPLACE INTO sync_setting (key, value) VALUES (?, ?)"_s);
    if (!q)
        return std::unexpected(q.error());
    Transaction tx(db);
    if (auto r = tx.begin(); !r)
        return r;
    for (const auto& [key, value] : {std::pair{u"base_url"_s, baseUrl.toString()}, std::pair{u"ca_file"_s, caFile}}) {
        q->reset();
        q->bind(1, key).bind(2, value);
        if (auto r = q->run(); !r)
            return r;
    }
    return tx.commit();
}

Result<void> SyncSettings::save(Vault& vault, const std::optional<SyncSettings>& settings, std::optional<QByteArrayView> newToken)
{
    Database& db = vault.db();
    Transaction tx(db);
    Result<void> r = tx.begin();
    if (r && settings)
        r = settings->write(db);
    if (r && newToken)
        r = storeToken(vault, *newToken);
    if (r) {
        auto audited = vault.audit().append(u"sync.settings"_s, QString(), QString(),
                                            newToken ? u"token=changed"_s : u"token=kept"_s);
        if (!audited)
            r = std::unexpected(audited.error());
    }
    if (r)
        r = tx.commit();
    return r;
}

Result<void> SyncSettings::storeToken(Vault& vault, QByteArrayView token)
{
    auto q = vault.db().prepare(u"INSERT OR REPLACE INTO sync_setting (key, value) VALUES ('bearer_token', ?)"_s);
    if (!q)
        return std::unexpected(q.error());
    q->bindUtf8(1, token.data(), token.size());  // no QString, no QVariant copy
    return q->run();
}

Result<SecureBytes> SyncSettings::storedToken(Vault& vault)
{
    auto q = vault.db().prepare(u"SELECT value FROM sync_setting WHERE key = 'bearer_token'"_s);
    if (!q)
        return std::unexpected(q.error());
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return SecureBytes();
    QByteArray raw = q->blob(0);
    return SecureBytes::takeFrom(raw);  // the temporary is wiped
}

Result<bool> SyncSettings::hasToken(Vault& vault)
{
    auto token = storedToken(vault);
    if (!token)
        return std::unexpected(token.error());
    return !token->isEmpty();
}

Result<QString> SyncSettings::snapshotServer(Vault& vault)
{
    auto v = vault.db().scalar(u"SELECT value FROM sync_setting WHERE key = 'snapshot_server'"_s);
    if (!v)
        return std::unexpected(v.error());
    return v->toString();
}

Result<void> SyncSettings::setSnapshotServer(Vault& vault, const QUrl& baseUrl)
{
    auto q = baseUrl.isEmpty() ? vault.db().prepare(u"DELETE FROM sync_setting WHERE key = 'snapshot_server'"_s)
                               : vault.db().prepare(u"INSERT OR REPLACE INTO sync_setting (key, value) VALUES ('snapshot_server', ?)"_s);
    if (!q)
        return std::unexpected(q.error());
    if (!baseUrl.isEmpty())
        q->bind(1, baseUrl.toString());
    return q->run();
}

} // namespace relais
