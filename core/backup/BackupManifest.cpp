// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup/BackupManifest.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace relais {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "RelaisBk";
constexpr quint64 kSealSubkeyId = 1;

QString hex(const QByteArray& b) { return QString::fromLatin1(b.toHex()); }

} // namespace

qint64 BackupManifest::totalRows() const
{
    qint64 n = 0;
    for (const qint64 c : rowCounts)
        n += c;
    return n;
}

QByteArray BackupManifest::toJson(bool withSeal) const
{
    QJsonObject tables;
    for (auto it = rowCounts.cbegin(); it != rowCounts.cend(); ++it)
        tables.insert(it.key(), it.value());
    QJsonObject files;
    for (auto it = sha256.cbegin(); it != sha256.cend(); ++it)
        files.insert(it.key(), QJsonObject{{QStringLiteral("sha256"), hex(it.value())}});
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("relais-backup")},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("vault_id"), vaultId},
                     {QStringLiteral("schema_version"), schemaVersion},
                     {QStringLiteral("created_utc"), createdUtc.toUTC().toString(Qt::ISODate)},
                     {QStringLiteral("tables"), tables},
                     {QStringLiteral("audit_head"),
                      QJsonObject{{QStringLiteral("seq"), auditSeq}, {QStringLiteral("mac"), hex(auditMac)}}},
                     {QStringLiteral("files"), files}};
    if (withSeal)
        root.insert(QStringLiteral("seal"), hex(seal));
    // QJsonObject sorts its keys: the same manifest always gives the same bytes to seal.
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Result<BackupManifest> BackupManifest::parse(const QByteArray& json, const QString& where)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    const QJsonObject o = doc.object();
    if (err.error != QJsonParseError::NoError || !doc.isObject()
        || o.value(QStringLiteral("format")).toString() != QLatin1String("relais-backup"))
        return fail(ErrorKind::VaultCorrupt, tr("%1 is not a Relais backup manifest").arg(where));
    if (o.value(QStringLiteral("version")).toInt() != kFormatVersion)
        return fail(ErrorKind::VaultTooNew,
                    tr("%1 was written by another version of Relais (manifest format %2)")
                        .arg(where)
                        .arg(o.value(QStringLiteral("version")).toInt()));
    BackupManifest m;
    m.vaultId = o.value(QStringLiteral("vault_id")).toString();
    m.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    m.createdUtc = QDateTime::fromString(o.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
    const QJsonObject tables = o.value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it)
        m.rowCounts.insert(it.key(), it.value().toInteger(-1));
    const QJsonObject head = o.value(QStringLiteral("audit_head")).toObject();
    m.auditSeq = head.value(QStringLiteral("seq")).toInteger(-1);
    m.auditMac = QByteArray::fromHex(head.value(QStringLiteral("mac")).toString().toLatin1());
    const QJsonObject files = o.value(QStringLiteral("files")).toObject();
    for (auto it = files.constBegin(); it != files.constEnd(); ++it)
        m.sha256.insert(it.key(),
                        QByteArray::fromHex(it.value().toObject().value(QStringLiteral("sha256")).toString().toLatin1()));
    m.seal = QByteArray::fromHex(o.value(QStringLiteral("seal")).toString().toLatin1());
    if (m.vaultId.isEmpty() || m.schemaVersion <= 0 || !m.createdUtc.isValid() || m.auditSeq < 0 || files.isEmpty()
        || m.seal.size() != crypto_auth_hmacsha256_BYTES)
        return fail(ErrorKind::VaultCorrupt, tr("%1 is incomplete or damaged").arg(where));
    return m;
}

QByteArray BackupManifest::computeSeal(const SecureBytes& vaultKey) const
{
    SecureBytes key(crypto_auth_hmacsha256_KEYBYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), kSealSubkeyId, kKdfContext, vaultKey.data());
    const QByteArray body = toJson(false);
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char*>(out.data()),
                           reinterpret_cast<const unsigned char*>(body.constData()), std::size_t(body.size()), key.data());
    return out;
}

bool BackupManifest::sealMatches(const SecureBytes& vaultKey) const
{
    const QByteArray expected = computeSeal(vaultKey);
    return seal.size() == expected.size()
        && sodium_memcmp(seal.constData(), expected.constData(), std::size_t(expected.size())) == 0;
}

} // namespace relais
