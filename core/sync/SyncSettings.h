// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace relais {

class Database;

// Where the FHIR push goes: the EHR's base URL and an optional extra CA file, kept in the
// vault's sync_setting table beside the bearer token (which FhirClient::storeToken keeps).
struct SyncSettings
{
    Q_DECLARE_TR_FUNCTIONS(relais::SyncSettings)

public:
    QUrl baseUrl;
    QString caFile;

    bool isConfigured() const { return !baseUrl.isEmpty(); }

    static Result<SyncSettings> load(Database& db);
    // Checks the URL (FhirClient::checkUrl) and that the CA file holds a PEM certificate.
    Result<void> save(Database& db) const;
};

} // namespace relais
