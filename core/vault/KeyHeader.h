// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"
#include "vault/Kdf.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace relais {

enum class SlotKind { Passphrase, Recovery };

QString slotKindName(SlotKind kind);

// One way into the vault: the vault key encrypted (XChaCha20-Poly1305) under a key derived
// from a passphrase or the recovery key (Argon2id). The slot's own fields are authenticated
// data, so changing its parameters or label makes it fail to open.
struct KeySlot
{
    QString id;
    QString label;
    SlotKind kind = SlotKind::Passphrase;
    KdfParams kdf;
    QByteArray salt;
    QByteArray nonce;
    QByteArray wrappedKey;
    QDateTime createdUtc;
};

// The audit trail's head as last seen by the vault's owner (`audit_head` in the header): the
// sequence and MAC of the last entry, authenticated by `tag` under a key derived from the vault
// key (AuditLog::sealHead). A vault file copied back from an older state is then behind it.
struct AuditHeadSeal
{
    qint64 seq = 0;
    QByteArray entryMac;
    QByteArray tag;
    bool damaged = false;  // present but unreadable: reported like a tag that fails
};

// The small JSON file beside the vault (`<vault>.keys`) that holds the key keySlots. It contains
// no secret in the clear; it is rewritten atomically.
class KeyHeader
{
    Q_DECLARE_TR_FUNCTIONS(relais::KeyHeader)

public:
    static constexpr int kFormatVersion = 1;
    static QString pathFor(const QString& vaultPath) { return vaultPath + QStringLiteral(".keys"); }

    static Result<KeyHeader> load(const QString& path);
    Result<void> save(const QString& path) const;

    static Result<KeySlot> wrap(const QString& vaultId, const QString& label, SlotKind kind,
                                const SecureBytes& secret, const KdfParams& params, const SecureBytes& vaultKey,
                                const QDateTime& nowUtc, const QString& keepId = {});
    // The vault key, or WrongSecret.
    Result<SecureBytes> unwrap(const KeySlot& slot, const SecureBytes& secret) const;

    QString vaultId;
    QList<KeySlot> keySlots;
    QList<QDateTime> failedUnlocksUtc;  // since the last successful unlock; audited then
    // Absent in headers written before it existed: then nothing is checked (format stays 1).
    std::optional<AuditHeadSeal> auditHead;
};

} // namespace relais
