// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

#include <optional>

namespace relais {

class Database;
class Vault;

// Where the FHIR push goes: the EHR's base URL and an optional extra CA file, kept in the
// vault's sync_setting table beside the bearer token. This is the table's one owner.
struct SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(relais::SyncSettings)

public:
    QUrl baseUrl;
    QString caFile;

    bool isConfigured() const { return !baseUrl.isEmpty(); }

    static Result<SyncSettings> load(Vault& vault);

    // The one way the sync settings change (the server dialog, `relais-cli sync --token-file`):
    // the settings when given (the URL checked by FhirClient::checkUrl, the CA file must hold a
    // PEM certificate), the bearer token when given, and the audit entry "sync.settings"
    // ("token=changed" or "token=kept"), in one transaction: all or nothing.
    static Result<void> save(Vault& vault, const std::optional<SyncSettings>& settings,
                             std::optional<QByteArrayView> newToken);

    // The server the vault's snapshot came from (FhirExport), empty when none was recorded;
    // an empty URL forgets it.
    static Result<QString> snapshotServer(Vault& vault);
    static Result<void> setSnapshotServer(Vault& vault, const QUrl& baseUrl);

    // The bearer token (empty when none was saved).
    static Result<void> storeToken(Vault& vault, QByteArrayView token);
    static Result<SecureBytes> storedToken(Vault& vault);
    static Result<bool> hasToken(Vault& vault);

private:
    Result<void> write(Database& db) const;
};

} // namespace relais
