// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

namespace relais {

// manifest.json beside a backup's two files: what the copy must hold when it is opened again.
// Counts, ids and digests only (no patient data). Sealed with an HMAC under a key derived from
// the vault key, so an edited manifest is found as soon as the copy is unlocked.
struct BackupManifest
{
    Q_DECLARE_TR_FUNCTIONS(relais::BackupManifest)

public:
    static constexpr int kFormatVersion = 1;

    QString vaultId;
    int schemaVersion = 0;
    QDateTime createdUtc;
    QMap<QString, qint64> rowCounts;     // table name → rows
    qint64 auditSeq = 0;                 // the copy's audit head
    QByteArray auditMac;
    QMap<QString, QByteArray> sha256;    // file name in the backup folder → digest
    QByteArray seal;                     // HMAC-SHA-256 over toJson(false)

    qint64 totalRows() const;
    QByteArray toJson(bool withSeal = true) const;
    static Result<BackupManifest> parse(const QByteArray& json, const QString& where);

    QByteArray computeSeal(const SecureBytes& vaultKey) const;
    bool sealMatches(const SecureBytes& vaultKey) const;
};

} // namespace relais
