// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/Vault.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "common/Sodium.h"
#include "storage/ConnectionSettings.h"
#include "storage/Schema.h"
#include "vault/RecoveryKey.h"
#include "vault/VaultMeta.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <sodium.h>
#include <sqlite3.h>

namespace relais {

namespace {

constexpr char kPlainSqliteHeader[] = "SQLite format 3";  // 16 bytes with its NUL

QString newVaultId()
{
    unsigned char raw[16];
    randombytes_buf(raw, sizeof raw);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(raw), sizeof raw).toHex());
}

// What a slot change records: its kind and label, never a secret.
QString slotDetail(SlotKind kind, const QString& label)
{
    return QStringLiteral("kind=%1 label=%2").arg(slotKindName(kind), label);
}

} // namespace

Vault::Vault(QString path, SecureBytes key, KeyHeader header, const Clock& clock)
    : m_path(std::move(path)), m_key(std::move(key)), m_header(std::move(header)), m_clock(clock)
{
}

Vault::~Vault() { lock(); }

QString Vault::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/relais.vault");
}

bool Vault::exists(const QString& path)
{
    return QFileInfo::exists(path) || QFileInfo::exists(KeyHeader::pathFor(path));
}

qint64 Vault::backoffSecsForFailures(qsizetype failures)
{
    if (failures < 3)
        return 0;
    // 5 s after the third failure, doubling, at most 5 minutes.
    const qsizetype doublings = std::min<qsizetype>(failures - 3, 6);
    return std::min<qint64>(qint64(5) << doublings, 300);
}

qint64 Vault::retryDelaySecs(const QString& path, const Clock& clock)
{
    auto header = KeyHeader::load(KeyHeader::pathFor(path));
    if (!header || header->failedUnlocksUtc.isEmpty())
        return 0;
    const qint64 wait = backoffSecsForFailures(header->failedUnlocksUtc.size());
    const qint64 elapsed = header->failedUnlocksUtc.last().secsTo(clock.nowUtc());
    return std::max<qint64>(0, wait - elapsed);
}

Result<Database> Vault::openReader() const
{
    if (!isUnlocked())
        return fail(ErrorKind::Other, tr("The vault is locked"));
    auto db = Database::open(m_path, &m_key, false);
    if (!db)
        return std::unexpected(db.error());
    // The default page cache (2 MB): a worker reads each page once, in order.
    for (const char* pragma : {"PRAGMA query_only = ON", "PRAGMA temp_store = MEMORY", "PRAGMA busy_timeout = 5000"})
        if (auto r = db->scalar(QString::fromLatin1(pragma)); !r)
            return std::unexpected(r.error());
    return db;
}

Result<void> Vault::selfTestFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(ErrorKind::VaultMissing, tr("Vault file %1 cannot be read: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(16);
    if (head.size() == 16 && head == QByteArray(kPlainSqliteHeader, 16))
        return fail(ErrorKind::VaultCorrupt,
                    tr("Vault file %1 is NOT encrypted (plain SQLite header). Relais refuses to use it.").arg(path));
    return {};
}

Result<Vault::Created> Vault::create(const QString& path, const QString& label, const SecureBytes& passphrase,
                                     const KdfParams& params, const Clock& clock)
{
    ensureSodium();
    if (exists(path))
        return fail(ErrorKind::Invalid, tr("A vault already exists at %1").arg(path));
    if (passphrase.isEmpty())
        return fail(ErrorKind::Invalid, tr("The passphrase is empty"));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(ErrorKind::Io, tr("Cannot create the folder %1").arg(info.absolutePath()));

    KeyHeader header;
    header.vaultId = newVaultId();
    SecureBytes key = SecureBytes::random(kKeyBytes);
    SecureBytes recovery = RecoveryKey::generate();
    const QDateTime now = clock.nowUtc();
    auto pass = KeyHeader::wrap(header.vaultId, label, SlotKind::Passphrase, passphrase, params, key, now);
    if (!pass)
        return std::unexpected(pass.error());
    auto rec = KeyHeader::wrap(header.vaultId, tr("Recovery key"), SlotKind::Recovery,
                               RecoveryKey::normalize(recovery), params, key, now);
    if (!rec)
        return std::unexpected(rec.error());
    header.keySlots = {*pass, *rec};

    // The database first, the header last: a crash in between leaves no header pointing at nothing.
    std::unique_ptr<Vault> vault(new Vault(path, std::move(key), header, clock));
    vault->m_slotId = pass->id;
    if (auto r = vault->attach(true); !r) {
        vault->lock();
        QFile::remove(path);
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
        return std::unexpected(r.error());
    }
    if (auto r = header.save(KeyHeader::pathFor(path)); !r) {
        vault->lock();
        QFile::remove(path);
        return std::unexpected(r.error());
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    (void)vault->audit().append(QString::fromLatin1(AuditAction::VaultCreate), QStringLiteral("slot"), pass->id);
    (void)vault->audit().append(QString::fromLatin1(AuditAction::SlotAdd), QStringLiteral("slot"), rec->id,
                                QStringLiteral("kind=recovery"));
    qCInfo(lcVault) << "vault created";
    return Created{std::move(vault), std::move(recovery)};
}

Result<std::unique_ptr<Vault>> Vault::open(const QString& path, const SecureBytes& secret, SlotKind kind,
                                           const Clock& clock, const QString& slotLabel)
{
    ensureSodium();
    const QString headerPath = KeyHeader::pathFor(path);
    const bool haveDb = QFileInfo::exists(path);
    const bool haveHeader = QFileInfo::exists(headerPath);
    if (!haveDb && !haveHeader)
        return fail(ErrorKind::VaultMissing, tr("No vault at %1").arg(path));
    if (!haveDb)
        return fail(ErrorKind::VaultMissing, tr("The vault file %1 is missing (its key header is there)").arg(path));
    if (!haveHeader)
        return fail(ErrorKind::VaultCorrupt,
                    tr("The key header %1 is missing: the vault cannot be opened without it. Restore it from "
                       "a backup.")
                        .arg(headerPath));
    if (auto r = selfTestFile(path); !r)
        return std::unexpected(r.error());
    auto header = KeyHeader::load(headerPath);
    if (!header)
        return std::unexpected(header.error());

    if (const qint64 wait = retryDelaySecs(path, clock); wait > 0)
        return fail(ErrorKind::RateLimited,
                    tr("Too many failed attempts: wait %n second(s) before trying again.", nullptr, int(wait)));

    SecureBytes typed;
    const SecureBytes* candidate = &secret;
    if (kind == SlotKind::Recovery) {
        typed = RecoveryKey::normalize(secret);
        candidate = &typed;
    }
    std::optional<SecureBytes> key;
    QString slotId;
    bool anySlot = false;
    for (const KeySlot& slot : header->keySlots) {
        if (slot.kind != kind || (!slotLabel.isEmpty() && slot.label != slotLabel && slot.id != slotLabel))
            continue;
        anySlot = true;
        if (candidate->isEmpty())
            break;
        auto k = header->unwrap(slot, *candidate);
        if (k) {
            key = std::move(*k);
            slotId = slot.id;
            break;
        }
        if (k.error().kind != ErrorKind::WrongSecret)
            return std::unexpected(k.error());
    }
    if (!anySlot && !slotLabel.isEmpty())
        return fail(ErrorKind::Invalid, tr("The vault has no key slot named \"%1\"").arg(slotLabel));
    if (!key) {
        header->failedUnlocksUtc.append(clock.nowUtc());
        (void)header->save(headerPath);  // best effort: an unwritable header must not hide the real error
        qCWarning(lcVault) << "failed unlock attempt" << header->failedUnlocksUtc.size();
        return fail(ErrorKind::WrongSecret, kind == SlotKind::Recovery
                        ? tr("Wrong recovery key for %1").arg(path)
                        : tr("Wrong passphrase for %1").arg(path));
    }

    std::unique_ptr<Vault> vault(new Vault(path, std::move(*key), *header, clock));
    vault->m_slotId = slotId;
    if (auto r = vault->attach(false); !r) {
        vault->lock();
        return std::unexpected(r.error());
    }
    // A vault file put back from an older copy: said once, and kept in the trail itself.
    vault->m_auditWarning = vault->checkAuditHead();
    if (!vault->m_auditWarning.isEmpty()) {
        qCWarning(lcVault) << "audit trail behind the head sealed in the key header";
        const auto head = vault->m_audit->head();
        (void)vault->audit().append(QString::fromLatin1(AuditAction::Rollback), QString(), QString(),
                                    QStringLiteral("header_seq=%1 vault_seq=%2")
                                        .arg(header->auditHead->seq)
                                        .arg(head ? head->seq : -1));
    }
    // Failed attempts since the last unlock: audited now, then forgotten by the header.
    vault->m_failedBefore = header->failedUnlocksUtc;
    for (const QDateTime& t : std::as_const(vault->m_failedBefore))
        (void)vault->audit().append(QString::fromLatin1(AuditAction::UnlockFailed), QString(), QString(),
                                    QStringLiteral("at=") + t.toString(Qt::ISODate));
    (void)vault->audit().append(QString::fromLatin1(AuditAction::Unlock), QStringLiteral("slot"), slotId,
                                kind == SlotKind::Recovery ? QStringLiteral("kind=recovery") : QString());
    if (!vault->m_failedBefore.isEmpty()) {
        vault->m_header.failedUnlocksUtc.clear();
        (void)vault->m_header.save(headerPath);
    }
    qCInfo(lcVault) << "vault unlocked";
    return vault;
}

Result<void> Vault::attach(bool creating)
{
    auto db = Database::open(m_path, &m_key, creating);
    if (!db)
        return std::unexpected(db.error());
    m_db = std::move(*db);
    // The first read tells whether the key fits (SQLITE_NOTADB otherwise).
    auto probe = m_db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probe) {
        const int code = m_db.lastErrorCode() & 0xff;
        return fail(ErrorKind::VaultCorrupt,
                    code == SQLITE_NOTADB
                        ? tr("The key header does not match the vault file %1 (or the file is damaged)").arg(m_path)
                        : tr("Cannot read the vault %1: %2").arg(m_path, probe.error().message));
    }
    auto cipher = m_db.scalar(QStringLiteral("PRAGMA cipher_version"));
    if (!cipher || cipher->toString().isEmpty())
        return fail(ErrorKind::VaultCorrupt, tr("SQLCipher is not active: Relais refuses to run without encryption"));
    if (auto r = ConnectionSettings::apply(m_db, QFileInfo(m_path).size()); !r)
        return fail(ErrorKind::Io, tr("Cannot configure the vault %1: %2").arg(m_path, r.error().message));
    if (auto r = Schema::migrate(m_db); !r)
        return r;
    // The connection is open (m_db), the vault not yet handed out: VaultMeta works on it already.
    VaultMeta meta(*this);
    if (creating) {
        if (auto r = meta.set(VaultMeta::kVaultId, m_header.vaultId); !r)
            return r;
    } else {
        auto id = meta.value(VaultMeta::kVaultId);
        if (!id || !*id || **id != m_header.vaultId)
            return fail(ErrorKind::VaultCorrupt, tr("The key header does not belong to the vault file %1").arg(m_path));
    }
    // After creating: the file on disk must really be encrypted.
    if (auto r = selfTestFile(m_path); !r)
        return r;
    m_audit = std::make_unique<AuditLog>(m_db, AuditLog::deriveMacKey(m_key), m_clock);
    m_audit->setSlot(m_slotId);
    // After every append that committed on its own, and at lock for those that joined a caller's
    // transaction: the header then never holds a head the vault has not durably committed.
    m_audit->setOnCommitted([this] { sealAuditHead(); });
    return {};
}

QString Vault::checkAuditHead() const
{
    if (!m_header.auditHead)
        return {};  // a header written before the seal existed: nothing to compare
    const AuditHeadSeal& seal = *m_header.auditHead;
    const QString damaged = tr("The key header's record of the audit trail is damaged or was edited: the trail "
                               "cannot be checked against it.");
    if (seal.damaged)
        return damaged;
    const QByteArray expected = AuditLog::sealHead(m_key, m_header.vaultId, seal.seq, seal.entryMac);
    if (seal.tag.size() != expected.size()
        || sodium_memcmp(seal.tag.constData(), expected.constData(), std::size_t(expected.size())) != 0)
        return damaged;
    auto head = m_audit->head();
    if (!head)
        return head.error().message;
    if (head->seq < seal.seq)
        return tr("The vault's audit trail ends at entry #%1 but its key header recorded #%2: the vault file was "
                  "put back from an older copy and the last entries are lost.")
            .arg(head->seq)
            .arg(seal.seq);
    auto mac = m_audit->macAt(seal.seq);
    if (!mac || *mac != seal.entryMac)
        return tr("Audit entry #%1 is not the one the key header recorded: the vault file was replaced by another "
                  "copy.")
            .arg(seal.seq);
    return {};
}

void Vault::sealAuditHead()
{
    if (!m_audit || !isUnlocked())
        return;
    auto head = m_audit->head();
    if (!head || head->seq == 0 || (head->seq == m_sealedSeq && head->mac == m_sealedMac))
        return;
    // Read again: another process (relais-cli passwd --add) may have changed the slots meanwhile.
    auto onDisk = KeyHeader::load(headerPath());
    if (!onDisk || onDisk->vaultId != m_header.vaultId) {
        qCWarning(lcVault) << "audit head not recorded: key header unreadable";
        return;
    }
    const AuditHeadSeal seal{head->seq, head->mac, AuditLog::sealHead(m_key, m_header.vaultId, head->seq, head->mac),
                             false};
    onDisk->auditHead = seal;
    if (auto r = onDisk->save(headerPath()); !r) {
        qCWarning(lcVault) << "audit head not recorded: key header not writable";
        return;
    }
    m_header.auditHead = seal;
    m_sealedSeq = head->seq;
    m_sealedMac = head->mac;
}

void Vault::lock()
{
    sealAuditHead();
    m_audit.reset();
    m_db.close();
    m_key.clear();
}

QString Vault::slotLabel() const
{
    const auto s = findSlot(m_slotId);
    return s ? s->label : QString();
}

std::optional<KeySlot> Vault::findSlot(const QString& idOrLabel) const
{
    for (const KeySlot& s : m_header.keySlots)
        if (s.id == idOrLabel)
            return s;
    for (const KeySlot& s : m_header.keySlots)
        if (s.label == idOrLabel)
            return s;
    return std::nullopt;
}

Result<QString> Vault::addSlot(const QString& label, SlotKind kind, const SecureBytes& secret, const KdfParams& params)
{
    if (!isUnlocked())
        return fail(ErrorKind::Invalid, tr("The vault is locked"));
    if (label.trimmed().isEmpty())
        return fail(ErrorKind::Invalid, tr("A key slot needs a name"));
    if (findSlot(label))
        return fail(ErrorKind::Invalid, tr("A key slot named \"%1\" already exists").arg(label));
    if (secret.isEmpty())
        return fail(ErrorKind::Invalid, tr("The passphrase is empty"));
    auto slot = KeyHeader::wrap(m_header.vaultId, label, kind, secret, params, m_key, m_clock.nowUtc());
    if (!slot)
        return std::unexpected(slot.error());
    KeyHeader updated = m_header;
    updated.keySlots.append(*slot);
    if (auto r = updated.save(headerPath()); !r)
        return std::unexpected(r.error());
    m_header = updated;
    (void)m_audit->append(QString::fromLatin1(AuditAction::SlotAdd), QStringLiteral("slot"), slot->id,
                          slotDetail(kind, label));
    return slot->id;
}

Result<void> Vault::changeSecret(const QString& slotId, const SecureBytes& newSecret, const KdfParams& params)
{
    if (!isUnlocked())
        return fail(ErrorKind::Invalid, tr("The vault is locked"));
    if (newSecret.isEmpty())
        return fail(ErrorKind::Invalid, tr("The passphrase is empty"));
    KeyHeader updated = m_header;
    auto it = std::find_if(updated.keySlots.begin(), updated.keySlots.end(), [&](const KeySlot& s) { return s.id == slotId; });
    if (it == updated.keySlots.end())
        return fail(ErrorKind::Invalid, tr("No key slot %1").arg(slotId));
    // Same slot id and label (audit entries name it); new salt, nonce and wrapping.
    auto rewrapped = KeyHeader::wrap(m_header.vaultId, it->label, it->kind, newSecret, params, m_key, m_clock.nowUtc(),
                                     it->id);
    if (!rewrapped)
        return std::unexpected(rewrapped.error());
    *it = *rewrapped;
    if (auto r = updated.save(headerPath()); !r)
        return r;
    m_header = updated;
    (void)m_audit->append(QString::fromLatin1(AuditAction::SlotChange), QStringLiteral("slot"), slotId,
                          slotDetail(rewrapped->kind, rewrapped->label));
    return {};
}

Result<void> Vault::removeSlot(const QString& slotId)
{
    if (!isUnlocked())
        return fail(ErrorKind::Invalid, tr("The vault is locked"));
    const auto removed = findSlot(slotId);
    if (!removed || removed->id != slotId)
        return fail(ErrorKind::Invalid, tr("No key slot %1").arg(slotId));
    KeyHeader updated = m_header;
    updated.keySlots.removeIf([&](const KeySlot& s) { return s.id == slotId; });
    const bool passphraseLeft = std::any_of(updated.keySlots.cbegin(), updated.keySlots.cend(),
                                            [](const KeySlot& s) { return s.kind == SlotKind::Passphrase; });
    if (!passphraseLeft)
        return fail(ErrorKind::Invalid, tr("The last passphrase slot cannot be removed"));
    if (slotId == m_slotId)
        return fail(ErrorKind::Invalid, tr("The key slot \"%1\" unlocked this session: it cannot be removed now (unlock "
                                           "with another one first)")
                                            .arg(removed->label));
    if (auto r = updated.save(headerPath()); !r)
        return r;
    m_header = updated;
    (void)m_audit->append(QString::fromLatin1(AuditAction::SlotRemove), QStringLiteral("slot"), slotId,
                          slotDetail(removed->kind, removed->label));
    return {};
}

Result<SecureBytes> Vault::replaceRecoveryKey(const KdfParams& params)
{
    if (!isUnlocked())
        return fail(ErrorKind::Invalid, tr("The vault is locked"));
    SecureBytes recovery = RecoveryKey::generate();
    auto slot = KeyHeader::wrap(m_header.vaultId, tr("Recovery key"), SlotKind::Recovery,
                                RecoveryKey::normalize(recovery), params, m_key, m_clock.nowUtc());
    if (!slot)
        return std::unexpected(slot.error());
    KeyHeader updated = m_header;
    QList<KeySlot> old;
    for (const KeySlot& s : std::as_const(updated.keySlots))
        if (s.kind == SlotKind::Recovery)
            old.append(s);
    updated.keySlots.removeIf([](const KeySlot& s) { return s.kind == SlotKind::Recovery; });
    updated.keySlots.append(*slot);
    if (auto r = updated.save(headerPath()); !r)
        return std::unexpected(r.error());
    m_header = updated;
    (void)m_audit->append(QString::fromLatin1(AuditAction::SlotAdd), QStringLiteral("slot"), slot->id,
                          slotDetail(SlotKind::Recovery, slot->label));
    for (const KeySlot& s : std::as_const(old))
        (void)m_audit->append(QString::fromLatin1(AuditAction::SlotRemove), QStringLiteral("slot"), s.id,
                              slotDetail(s.kind, s.label) + QStringLiteral(" replaced_by=") + slot->id);
    return recovery;
}

Result<void> Vault::checkSecret(const QString& slotId, const SecureBytes& secret) const
{
    const auto slot = findSlot(slotId);
    if (!slot || slot->id != slotId)
        return fail(ErrorKind::Invalid, tr("No key slot %1").arg(slotId));
    auto key = slot->kind == SlotKind::Recovery ? m_header.unwrap(*slot, RecoveryKey::normalize(secret))
                                                : m_header.unwrap(*slot, secret);
    if (!key)
        return std::unexpected(key.error());
    return {};
}

Vault::IntegrityReport Vault::checkIntegrity()
{
    IntegrityReport rep;
    if (!isUnlocked()) {
        rep.message = tr("The vault is locked");
        return rep;
    }
    auto pages = m_db.prepare(QStringLiteral("PRAGMA cipher_integrity_check"));
    if (!pages) {
        rep.message = pages.error().message;
        return rep;
    }
    if (auto row = pages->step(); !row || *row) {
        rep.message = row ? tr("Encrypted page check failed: %1").arg(pages->text(0)) : row.error().message;
        return rep;
    }
    auto structure = m_db.scalar(QStringLiteral("PRAGMA integrity_check"));
    if (!structure || structure->toString() != QLatin1String("ok")) {
        rep.message = tr("Database structure check failed: %1")
                          .arg(structure ? structure->toString() : structure.error().message);
        return rep;
    }
    rep.audit = m_audit->verify();
    rep.ok = rep.audit.ok && m_auditWarning.isEmpty();
    rep.message = rep.audit.ok && !m_auditWarning.isEmpty() ? m_auditWarning : rep.audit.message;
    return rep;
}

} // namespace relais
