// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/KeyHeader.h"

#include "common/Sodium.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <sodium.h>

namespace relais {

namespace {

constexpr auto kMagic = "relais-keyslots";

QByteArray associatedData(const QString& vaultId, const KeySlot& s)
{
    return QStringLiteral("relais-slot-v1|%1|%2|%3|%4|%5|%6")
        .arg(vaultId, s.id, s.label, slotKindName(s.kind))
        .arg(s.kdf.opsLimit)
        .arg(s.kdf.memLimitBytes)
        .toUtf8();
}

QString b64(const QByteArray& b) { return QString::fromLatin1(b.toBase64()); }

Result<QByteArray> unb64(const QJsonValue& v, qsizetype expected, const QString& field, const QString& path)
{
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (expected >= 0 && decoded.decoded.size() != expected))
        return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: field \"%2\" is invalid").arg(path, field));
    return decoded.decoded;
}

} // namespace

QString slotKindName(SlotKind kind)
{
    return kind == SlotKind::Recovery ? QStringLiteral("recovery") : QStringLiteral("passphrase");
}

Result<KeyHeader> KeyHeader::load(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return fail(ErrorKind::VaultMissing, KeyHeader::tr("Key header %1 not found").arg(path));
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorKind::Io, KeyHeader::tr("Cannot read key header %1: %2").arg(path, f.errorString()));
    if (f.size() > 1024 * 1024)
        return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: file too large").arg(path));
    QJsonParseError perr;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (perr.error != QJsonParseError::NoError || !doc.isObject())
        return fail(ErrorKind::VaultCorrupt,
                    KeyHeader::tr("Key header %1 is damaged: not valid JSON (offset %2)").arg(path).arg(perr.offset));
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kMagic))
        return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("%1 is not a Relais key header").arg(path));
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version > kFormatVersion)
        return fail(ErrorKind::VaultTooNew,
                    KeyHeader::tr("Key header %1 was written by a newer Relais (format %2); update Relais").arg(path).arg(version));
    if (version < 1)
        return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: missing version").arg(path));

    KeyHeader h;
    h.vaultId = root.value(QStringLiteral("vault_id")).toString();
    if (h.vaultId.size() != 32)
        return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: field \"%2\" is invalid").arg(path, QStringLiteral("vault_id")));
    const QJsonArray slotList = root.value(QStringLiteral("slots")).toArray();
    if (slotList.isEmpty())
        return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: it has no key slot").arg(path));
    for (const QJsonValue& v : slotList) {
        const QJsonObject o = v.toObject();
        KeySlot s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.label = o.value(QStringLiteral("label")).toString();
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("passphrase"))
            s.kind = SlotKind::Passphrase;
        else if (kind == QLatin1String("recovery"))
            s.kind = SlotKind::Recovery;
        else
            return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: field \"%2\" is invalid").arg(path, QStringLiteral("kind")));
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("alg")).toString() != QLatin1String("argon2id13"))
            return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: field \"%2\" is invalid").arg(path, QStringLiteral("kdf.alg")));
        s.kdf.opsLimit = quint64(kdf.value(QStringLiteral("ops")).toInteger());
        s.kdf.memLimitBytes = quint64(kdf.value(QStringLiteral("mem")).toInteger());
        if (!s.kdf.isValid() || s.id.isEmpty())
            return fail(ErrorKind::VaultCorrupt, KeyHeader::tr("Key header %1 is damaged: field \"%2\" is invalid").arg(path, QStringLiteral("kdf")));
        auto salt = unb64(o.value(QStringLiteral("salt")), crypto_pwhash_SALTBYTES, QStringLiteral("salt"), path);
        auto nonce = unb64(o.value(QStringLiteral("nonce")), crypto_aead_xchacha20poly1305_ietf_NPUBBYTES,
                           QStringLiteral("nonce"), path);
        auto wrapped = unb64(o.value(QStringLiteral("wrapped_key")),
                             kKeyBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES, QStringLiteral("wrapped_key"), path);
        if (!salt)
            return std::unexpected(salt.error());
        if (!nonce)
            return std::unexpected(nonce.error());
        if (!wrapped)
            return std::unexpected(wrapped.error());
        s.salt = *salt;
        s.nonce = *nonce;
        s.wrappedKey = *wrapped;
        s.createdUtc = QDateTime::fromString(o.value(QStringLiteral("created")).toString(), Qt::ISODate);
        h.keySlots.append(s);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("failed_unlocks")).toArray()) {
        const QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODate);
        if (t.isValid())
            h.failedUnlocksUtc.append(t.toUTC());
    }
    if (root.contains(QStringLiteral("audit_head"))) {
        // A damaged seal does not lock the GP out: it is reported at unlock like a rollback.
        const QJsonObject a = root.value(QStringLiteral("audit_head")).toObject();
        AuditHeadSeal seal;
        seal.seq = a.value(QStringLiteral("seq")).toInteger(-1);
        auto mac = unb64(a.value(QStringLiteral("mac")), crypto_auth_hmacsha256_BYTES, QStringLiteral("audit_head"), path);
        auto tag = unb64(a.value(QStringLiteral("tag")), crypto_auth_hmacsha256_BYTES, QStringLiteral("audit_head"), path);
        seal.damaged = seal.seq < 1 || !mac || !tag;
        if (!seal.damaged) {
            seal.entryMac = *mac;
            seal.tag = *tag;
        }
        h.auditHead = seal;
    }
    return h;
}

Result<void> KeyHeader::save(const QString& path) const
{
    QJsonArray slotArray;
    for (const KeySlot& s : keySlots) {
        slotArray.append(QJsonObject{
            {QStringLiteral("id"), s.id},
            {QStringLiteral("label"), s.label},
            {QStringLiteral("kind"), slotKindName(s.kind)},
            {QStringLiteral("kdf"), QJsonObject{{QStringLiteral("alg"), QStringLiteral("argon2id13")},
                                               {QStringLiteral("ops"), qint64(s.kdf.opsLimit)},
                                               {QStringLiteral("mem"), qint64(s.kdf.memLimitBytes)}}},
            {QStringLiteral("salt"), b64(s.salt)},
            {QStringLiteral("nonce"), b64(s.nonce)},
            {QStringLiteral("wrapped_key"), b64(s.wrappedKey)},
            {QStringLiteral("created"), s.createdUtc.toString(Qt::ISODate)},
        });
    }
    QJsonArray failed;
    for (const QDateTime& t : failedUnlocksUtc)
        failed.append(t.toString(Qt::ISODate));
    QJsonObject root{{QStringLiteral("format"), QLatin1String(kMagic)},
                     {QStringLiteral("version"), kFormatVersion},
                     {QStringLiteral("vault_id"), vaultId},
                     {QStringLiteral("slots"), slotArray},
                     {QStringLiteral("failed_unlocks"), failed}};
    if (auditHead && !auditHead->damaged)
        root.insert(QStringLiteral("audit_head"), QJsonObject{{QStringLiteral("seq"), auditHead->seq},
                                                              {QStringLiteral("mac"), b64(auditHead->entryMac)},
                                                              {QStringLiteral("tag"), b64(auditHead->tag)}});
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return fail(ErrorKind::Io, KeyHeader::tr("Cannot write key header %1: %2").arg(path, f.errorString()));
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray data = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (f.write(data) != data.size() || !f.commit())
        return fail(ErrorKind::Io, KeyHeader::tr("Cannot write key header %1: %2").arg(path, f.errorString()));
    return {};
}

Result<KeySlot> KeyHeader::wrap(const QString& vaultId, const QString& label, SlotKind kind, const SecureBytes& secret,
                                const KdfParams& params, const SecureBytes& vaultKey, const QDateTime& nowUtc, const QString& keepId)
{
    ensureSodium();
    KeySlot s;
    unsigned char id[8];
    randombytes_buf(id, sizeof id);
    s.id = keepId.isEmpty() ? QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(id), sizeof id).toHex())
                            : keepId;
    s.label = label;
    s.kind = kind;
    s.kdf = params;
    s.createdUtc = nowUtc;
    s.salt.resize(crypto_pwhash_SALTBYTES);
    randombytes_buf(s.salt.data(), std::size_t(s.salt.size()));
    s.nonce.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    randombytes_buf(s.nonce.data(), std::size_t(s.nonce.size()));
    auto kek = deriveKey(secret, s.salt, params);
    if (!kek)
        return std::unexpected(kek.error());
    const QByteArray ad = associatedData(vaultId, s);
    s.wrappedKey.resize(qsizetype(vaultKey.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long outLen = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(s.wrappedKey.data()), &outLen,
                                               vaultKey.data(), vaultKey.size(),
                                               reinterpret_cast<const unsigned char*>(ad.constData()),
                                               std::size_t(ad.size()), nullptr,
                                               reinterpret_cast<const unsigned char*>(s.nonce.constData()), kek->data());
    return s;
}

Result<SecureBytes> KeyHeader::unwrap(const KeySlot& slot, const SecureBytes& secret) const
{
    auto kek = deriveKey(secret, slot.salt, slot.kdf);
    if (!kek)
        return std::unexpected(kek.error());
    const QByteArray ad = associatedData(vaultId, slot);
    SecureBytes key(kKeyBytes);
    unsigned long long outLen = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(
            key.data(), &outLen, nullptr, reinterpret_cast<const unsigned char*>(slot.wrappedKey.constData()),
            std::size_t(slot.wrappedKey.size()), reinterpret_cast<const unsigned char*>(ad.constData()),
            std::size_t(ad.size()), reinterpret_cast<const unsigned char*>(slot.nonce.constData()), kek->data())
            != 0
        || outLen != kKeyBytes)
        return fail(ErrorKind::WrongSecret, QString());
    return key;
}

} // namespace relais
