// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace relais {

class Clock;
class Database;

namespace AuditAction {
inline constexpr auto VaultCreate = "vault.create";
inline constexpr auto Unlock = "vault.unlock";
inline constexpr auto UnlockFailed = "vault.unlock_failed";
inline constexpr auto Lock = "vault.lock";
inline constexpr auto AutoLock = "vault.autolock";
inline constexpr auto SlotAdd = "slot.add";
inline constexpr auto SlotChange = "slot.change";
inline constexpr auto SlotRemove = "slot.remove";
inline constexpr auto Verify = "vault.verify";
inline constexpr auto RecoverySheetPrint = "recovery.print";
} // namespace AuditAction

struct AuditEntry
{
    qint64 seq = 0;
    QDateTime atUtc;
    QString slot;
    QString action;
    QString objectType;
    QString objectId;
    QString detail;  // counts and codes only, never patient text
};

struct AuditVerification
{
    bool ok = false;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0;  // 0 when ok
    QString message;
};

// Append-only, HMAC-chained audit trail inside the vault. Each entry's MAC covers its fields
// and the previous entry's MAC (key derived from the vault key), so an edit, deletion or
// reordering by someone holding only the database key is found by verify().
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditLog)

public:
    AuditLog(Database& db, SecureBytes macKey, const Clock& clock);

    static SecureBytes deriveMacKey(const SecureBytes& vaultKey);

    void setSlot(const QString& slotId) { m_slot = slotId; }
    QString slot() const { return m_slot; }

    // In its own transaction unless one is open already (then it joins it).
    Result<qint64> append(const QString& action, const QString& objectType = {}, const QString& objectId = {},
                          const QString& detail = {});
    Result<QList<AuditEntry>> entries(qint64 afterSeq = 0, int limit = 1000) const;
    AuditVerification verify() const;

private:
    QByteArray mac(const QByteArray& previous, const AuditEntry& e) const;

    Database& m_db;
    SecureBytes m_key;
    const Clock& m_clock;
    QString m_slot;
};

} // namespace relais
