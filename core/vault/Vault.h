// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditLog.h"
#include "common/Result.h"
#include "common/SecureBytes.h"
#include "storage/Sqlite.h"
#include "vault/KeyHeader.h"

#include <QCoreApplication>

#include <memory>
#include <optional>

namespace relais {

class Clock;

// The encrypted vault: one SQLCipher file opened with a random 256-bit key, and the key-slot
// header beside it. While a Vault object is unlocked it owns the key (in locked memory) and
// the connection; lock() closes both.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(relais::Vault)

public:
    struct Created;

    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    static QString defaultPath();
    static bool exists(const QString& path);

    // Creates the vault file and its header with one passphrase slot and one recovery slot.
    static Result<Created> create(const QString& path, const QString& label, const SecureBytes& passphrase,
                                  const KdfParams& params, const Clock& clock);

    // Opens with a passphrase (or, with SlotKind::Recovery, the recovery key). When `slotLabel`
    // is given only that slot is tried. Failures are counted in the header and audited at the
    // next successful unlock; after three, a growing delay applies.
    static Result<std::unique_ptr<Vault>> open(const QString& path, const SecureBytes& secret, SlotKind kind,
                                               const Clock& clock, const QString& slotLabel = {});

    // Seconds to wait before the next attempt is accepted (0 when none).
    static qint64 retryDelaySecs(const QString& path, const Clock& clock);
    static qint64 backoffSecsForFailures(qsizetype failures);

    void lock();
    bool isUnlocked() const { return m_key.size() == kKeyBytes && m_db.isOpen(); }

    Database& db() { return m_db; }
    // Another connection to this vault with the same key, that only reads (a worker thread's:
    // one connection per thread). Closed by its owner, before the vault locks.
    Result<Database> openReader() const;
    AuditLog& audit() { return *m_audit; }
    const Clock& clock() const { return m_clock; }
    const QString& path() const { return m_path; }
    QString headerPath() const { return KeyHeader::pathFor(m_path); }
    const QString& slotId() const { return m_slotId; }
    QString slotLabel() const;
    QList<KeySlot> keySlots() const { return m_header.keySlots; }
    // Failed attempts recorded since the previous successful unlock (shown to the user).
    const QList<QDateTime>& failedAttemptsBeforeUnlock() const { return m_failedBefore; }
    // Set at unlock when the audit trail is behind (or not the one) the head sealed in the key
    // header: the vault file was put back from an older copy. Recorded as "audit.rollback".
    const QString& auditRollbackWarning() const { return m_auditWarning; }

    Result<QString> addSlot(const QString& label, SlotKind kind, const SecureBytes& secret, const KdfParams& params);
    // Rewrites one slot's wrapping under a new secret; the data is not re-encrypted.
    Result<void> changeSecret(const QString& slotId, const SecureBytes& newSecret, const KdfParams& params);
    // Never the last passphrase slot, nor the slot this session was unlocked with.
    Result<void> removeSlot(const QString& slotId);
    // A fresh recovery key in a new slot that replaces every recovery slot in one write of the
    // header: the old key stops working at once. Returns the key formatted for display (shown once).
    Result<SecureBytes> replaceRecoveryKey(const KdfParams& params);
    // Whether `secret` opens that slot (asked again before a passphrase is changed).
    Result<void> checkSecret(const QString& slotId, const SecureBytes& secret) const;
    const QString& vaultId() const { return m_header.vaultId; }
    std::optional<KeySlot> findSlot(const QString& idOrLabel) const;

    // SQLCipher page HMACs and SQLite structure, then the audit chain.
    struct IntegrityReport
    {
        bool ok = false;
        QString message;
        AuditVerification audit;
    };
    IntegrityReport checkIntegrity();

private:
    friend class Backup;  // copies the vault with its key (core/backup)
    Vault(QString path, SecureBytes key, KeyHeader header, const Clock& clock);
    static Result<void> selfTestFile(const QString& path);
    Result<void> attach(bool creating);
    QString checkAuditHead() const;
    // Writes the committed audit head, sealed, into the key header (atomically, 0600).
    void sealAuditHead();

    QString m_path;
    SecureBytes m_key;
    KeyHeader m_header;
    const Clock& m_clock;
    Database m_db;
    std::unique_ptr<AuditLog> m_audit;
    QString m_slotId;
    QList<QDateTime> m_failedBefore;
    QString m_auditWarning;
    qint64 m_sealedSeq = -1;
    QByteArray m_sealedMac;
};

struct Vault::Created
{
    std::unique_ptr<Vault> vault;
    SecureBytes recoveryKey;  // formatted for display, shown once
};

} // namespace relais
