// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "common/SecureBytes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

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
inline constexpr auto PrinterTestPage = "printer.test_page";
inline constexpr auto Rollback = "audit.rollback";
inline constexpr auto SlotLink = "slot.link";
inline constexpr auto TrailView = "audit.view";
inline constexpr auto TrailExport = "audit.export";
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

// What the audit viewer, `relais-cli audit` and the PDF report ask for. Empty fields do not
// filter; the period is [fromUtc, toUtc).
struct AuditFilter
{
    QDateTime fromUtc;
    QDateTime toUtc;
    QString slot;  // slot id
    QString action;
    QString objectType;
    QString objectId;
    bool newestFirst = true;
};

struct AuditVerification
{
    bool ok = false;
    qint64 entries = 0;
    qint64 firstBrokenSeq = 0;  // 0 when ok
    QString message;
};

// Append-only, HMAC-chained audit trail inside the vault. Each entry's MAC covers its fields
// and the previous entry's MAC (key derived from the vault key, so the SQLCipher key alone
// cannot forge one). verify() finds an edited, reordered or renumbered entry, a deletion inside
// the trail, and a cut tail (against `audit_head`, the same database). The trail cannot see a
// whole vault file copied back from an older state (it is consistent in itself): that is caught
// only by the head sealed into the key header (Vault checks it at unlock), and not at all when
// the vault and its key header are both put back together.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(relais::AuditLog)

public:
    // Made by Vault while it unlocks, on its own connection (the trail below the vault: it takes
    // no Vault&); everyone else reaches it through Vault::audit().
    AuditLog(Database& db, SecureBytes macKey, const Clock& clock);

    static SecureBytes deriveMacKey(const SecureBytes& vaultKey);

    void setSlot(const QString& slotId) { m_slot = slotId; }
    QString slot() const { return m_slot; }

    // In its own transaction unless one is open already (then it joins it).
    Result<qint64> append(const QString& action, const QString& objectType = {}, const QString& objectId = {},
                          const QString& detail = {});
    Result<QList<AuditEntry>> entries(qint64 afterSeq = 0, int limit = 1000) const;
    // One page of the entries matching `filter`, by time (then sequence), continuing after
    // `after` (the last entry of the previous page; none: from the start). Each filter has its
    // index (schema 11): a page is read without going through the whole trail.
    Result<QList<AuditEntry>> page(const AuditFilter& filter, const std::optional<AuditEntry>& after = std::nullopt,
                                   int limit = 200) const;
    // The SQL page() runs, with its arguments (the benchmark runs it bare).
    static QString pageSql(const AuditFilter& filter, const std::optional<AuditEntry>& after, int limit,
                           QVariantList& args);
    // The last successful unlock of each slot (slot id → time), from the trail: it travels with
    // the vault through a backup and a restore, as the slot's label does with the key header.
    Result<QHash<QString, QDateTime>> lastUnlocks() const;
    // The newest entry of one action (none: nullopt), read by one query.
    Result<std::optional<AuditEntry>> lastOf(const QString& action) const;
    AuditVerification verify() const;

    struct Head
    {
        qint64 seq = 0;  // 0: empty trail
        QByteArray mac;
    };
    // The committed head (audit_head), and the MAC stored for one entry (empty if none).
    Result<Head> head() const;
    Result<QByteArray> macAt(qint64 seq) const;
    // The tag that authenticates a head kept outside the vault (the key header's audit_head).
    static QByteArray sealHead(const SecureBytes& vaultKey, const QString& vaultId, qint64 seq, const QByteArray& mac);
    // Called after an append committed its own transaction (not when it joined the caller's).
    void setOnCommitted(std::function<void()> f) { m_onCommitted = std::move(f); }

private:
    QByteArray mac(const QByteArray& previous, const AuditEntry& e) const;

    Database& m_db;
    SecureBytes m_key;
    const Clock& m_clock;
    QString m_slot;
    std::function<void()> m_onCommitted;
};

} // namespace relais
