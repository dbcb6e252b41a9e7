// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditLog.h"

#include "common/Clock.h"
#include "common/Logging.h"
#include "storage/Sqlite.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>
#include <sqlite3.h>

namespace relais {

namespace {

constexpr char kKdfContext[crypto_kdf_CONTEXTBYTES + 1] = "RelaisAu";
constexpr quint64 kMacSubkeyId = 1;
constexpr quint64 kHeadSubkeyId = 2;

} // namespace

AuditLog::AuditLog(Database& db, SecureBytes macKey, const Clock& clock)
    : m_db(db), m_key(std::move(macKey)), m_clock(clock)
{
}

SecureBytes AuditLog::deriveMacKey(const SecureBytes& vaultKey)
{
    SecureBytes sub(crypto_auth_hmacsha256_KEYBYTES);
    crypto_kdf_derive_from_key(sub.data(), sub.size(), kMacSubkeyId, kKdfContext, vaultKey.data());
    return sub;
}

QByteArray AuditLog::mac(const QByteArray& previous, const AuditEntry& e) const
{
    // Length-prefixed fields: no two different entries serialise to the same bytes.
    // (A null and an empty string must serialise alike: the database gives back '' for both.)
    QByteArray msg;
    const auto field = [&msg](const QByteArray& bytes) {
        const quint32 n = qToBigEndian(quint32(bytes.size()));
        msg.append(reinterpret_cast<const char*>(&n), sizeof n).append(bytes);
    };
    field(previous);
    field(QByteArray::number(e.seq));
    field(e.atUtc.toString(Qt::ISODateWithMs).toUtf8());
    field(e.slot.toUtf8());
    field(e.action.toUtf8());
    field(e.objectType.toUtf8());
    field(e.objectId.toUtf8());
    field(e.detail.toUtf8());
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char*>(out.data()),
                           reinterpret_cast<const unsigned char*>(msg.constData()), std::size_t(msg.size()),
                           m_key.data());
    return out;
}

Result<qint64> AuditLog::append(const QString& action, const QString& objectType, const QString& objectId,
                                const QString& detail)
{
    Transaction tx(m_db);  // joins the caller's transaction if there is one
    if (auto r = tx.begin(); !r)
        return std::unexpected(r.error());
    QByteArray previous(crypto_auth_hmacsha256_BYTES, '\0');
    qint64 seq = 1;
    {
        auto head = m_db.prepare(QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1"));
        if (!head)
            return std::unexpected(head.error());
        auto row = head->step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            seq = head->integer(0) + 1;
            previous = head->blob(1);
        }
    }
    AuditEntry e{seq, m_clock.nowUtc(), m_slot, action, objectType, objectId, detail};
    const QByteArray m = mac(previous, e);
    auto ins = m_db.prepare(QStringLiteral("INSERT INTO audit_log (seq, at_utc, slot, action, object_type, "
                                           "object_id, detail, mac) VALUES (?,?,?,?,?,?,?,?)"));
    if (!ins)
        return std::unexpected(ins.error());
    ins->bindAll({e.seq, e.atUtc.toString(Qt::ISODateWithMs), e.slot, e.action, e.objectType, e.objectId, e.detail, m});
    if (auto r = ins->run(); !r)
        return std::unexpected(r.error());
    auto upd = m_db.prepare(QStringLiteral("INSERT INTO audit_head (id, seq, mac) VALUES (1, ?, ?) "
                                           "ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, mac = excluded.mac"));
    if (!upd)
        return std::unexpected(upd.error());
    upd->bindAll({e.seq, m});
    if (auto r = upd->run(); !r)
        return std::unexpected(r.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    qCDebug(lcAudit) << "audit" << seq << action << objectType << objectId;
    if (m_onCommitted && sqlite3_get_autocommit(m_db.handle()) != 0)
        m_onCommitted();
    return seq;
}

Result<QList<AuditEntry>> AuditLog::entries(qint64 afterSeq, int limit) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT seq, at_utc, slot, action, object_type, object_id, detail "
                                         "FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({afterSeq, limit});
    QList<AuditEntry> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append({q->integer(0), QDateTime::fromString(q->text(1), Qt::ISODateWithMs), q->text(2), q->text(3),
                    q->text(4), q->text(5), q->text(6)});
    }
    return out;
}

QString AuditLog::pageSql(const AuditFilter& f, const std::optional<AuditEntry>& after, int limit, QVariantList& args)
{
    // The time text sorts as the time: every entry is written with toString(Qt::ISODateWithMs) in UTC.
    const auto stamp = [](const QDateTime& t) { return t.toUTC().toString(Qt::ISODateWithMs); };
    QString sql = QStringLiteral("SELECT seq, at_utc, slot, action, object_type, object_id, detail FROM audit_log WHERE 1");
    args.clear();
    if (f.fromUtc.isValid()) {
        sql += QStringLiteral(" AND at_utc >= ?");
        args << stamp(f.fromUtc);
    }
    if (f.toUtc.isValid()) {
        sql += QStringLiteral(" AND at_utc < ?");
        args << stamp(f.toUtc);
    }
    if (!f.slot.isEmpty()) {
        sql += QStringLiteral(" AND slot = ?");
        args << f.slot;
    }
    if (!f.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        args << f.action;
    }
    if (!f.objectType.isEmpty()) {
        sql += QStringLiteral(" AND object_type = ? AND object_id = ?");
        args << f.objectType << f.objectId;
    }
    if (after) {
        // A row value: the index range continues where the previous page stopped.
        sql += f.newestFirst ? QStringLiteral(" AND (at_utc, seq) < (?, ?)") : QStringLiteral(" AND (at_utc, seq) > (?, ?)");
        args << stamp(after->atUtc) << after->seq;
    }
    sql += f.newestFirst ? QStringLiteral(" ORDER BY at_utc DESC, seq DESC LIMIT ?")
                         : QStringLiteral(" ORDER BY at_utc, seq LIMIT ?");
    args << limit;
    return sql;
}

Result<QList<AuditEntry>> AuditLog::page(const AuditFilter& f, const std::optional<AuditEntry>& after, int limit) const
{
    QVariantList args;
    const QString sql = pageSql(f, after, limit, args);
    auto q = m_db.prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    q->bindAll(args);
    QList<AuditEntry> out;
    out.reserve(limit);
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append({q->integer(0), QDateTime::fromString(q->text(1), Qt::ISODateWithMs), q->text(2), q->text(3),
                    q->text(4), q->text(5), q->text(6)});
    }
    return out;
}

Result<QHash<QString, QDateTime>> AuditLog::lastUnlocks() const
{
    // One index range (action, at_utc): the newest unlock per slot.
    auto q = m_db.prepare(QStringLiteral("SELECT slot, max(at_utc) FROM audit_log WHERE action = ? GROUP BY slot"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({QString::fromLatin1(AuditAction::Unlock)});
    QHash<QString, QDateTime> out;
    for (;;) {
        auto row = q->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.insert(q->text(0), QDateTime::fromString(q->text(1), Qt::ISODateWithMs));
    }
    return out;
}

Result<std::optional<AuditEntry>> AuditLog::lastOf(const QString& action) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT seq, at_utc, slot, action, object_type, object_id, detail "
                                         "FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1"));
    if (!q)
        return std::unexpected(q.error());
    q->bindAll({action});
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(AuditEntry{q->integer(0), QDateTime::fromString(q->text(1), Qt::ISODateWithMs),
                                                q->text(2), q->text(3), q->text(4), q->text(5), q->text(6)});
}

Result<AuditLog::Head> AuditLog::head() const
{
    auto q = m_db.prepare(QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1"));
    if (!q)
        return std::unexpected(q.error());
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? Head{q->integer(0), q->blob(1)} : Head{};
}

Result<QByteArray> AuditLog::macAt(qint64 seq) const
{
    auto q = m_db.prepare(QStringLiteral("SELECT mac FROM audit_log WHERE seq = ?"));
    if (!q)
        return std::unexpected(q.error());
    q->bind(1, seq);
    auto row = q->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? q->blob(0) : QByteArray();
}

QByteArray AuditLog::sealHead(const SecureBytes& vaultKey, const QString& vaultId, qint64 seq, const QByteArray& mac)
{
    SecureBytes sub(crypto_auth_hmacsha256_KEYBYTES);
    crypto_kdf_derive_from_key(sub.data(), sub.size(), kHeadSubkeyId, kKdfContext, vaultKey.data());
    const QByteArray msg = "relais-audit-head-v1|" + vaultId.toLatin1() + '|' + QByteArray::number(seq) + '|' + mac.toHex();
    QByteArray out(crypto_auth_hmacsha256_BYTES, Qt::Uninitialized);
    crypto_auth_hmacsha256(reinterpret_cast<unsigned char*>(out.data()),
                           reinterpret_cast<const unsigned char*>(msg.constData()), std::size_t(msg.size()), sub.data());
    return out;
}

AuditVerification AuditLog::verify() const
{
    AuditVerification v;
    auto q = m_db.prepare(QStringLiteral("SELECT seq, at_utc, slot, action, object_type, object_id, detail, mac "
                                         "FROM audit_log ORDER BY seq"));
    if (!q) {
        v.message = q.error().message;
        return v;
    }
    QByteArray previous(crypto_auth_hmacsha256_BYTES, '\0');
    qint64 expected = 1;
    const auto broken = [&](qint64 seq, const QString& why) {
        v.ok = false;
        v.firstBrokenSeq = seq;
        v.message = tr("Audit entry #%1 is broken: %2").arg(seq).arg(why);
        return v;
    };
    for (;;) {
        auto row = q->step();
        if (!row) {
            v.message = row.error().message;
            return v;
        }
        if (!*row)
            break;
        AuditEntry e{q->integer(0), QDateTime::fromString(q->text(1), Qt::ISODateWithMs), q->text(2), q->text(3),
                     q->text(4), q->text(5), q->text(6)};
        if (e.seq != expected)
            return broken(expected, tr("it is missing (entries removed)"));
        const QByteArray stored = q->blob(7);
        const QByteArray computed = mac(previous, e);
        if (stored.size() != computed.size()
            || sodium_memcmp(stored.constData(), computed.constData(), std::size_t(computed.size())) != 0)
            return broken(e.seq, tr("its content or position was changed"));
        previous = stored;
        ++expected;
        ++v.entries;
    }
    auto head = m_db.prepare(QStringLiteral("SELECT seq, mac FROM audit_head WHERE id = 1"));
    if (head) {
        auto row = head->step();
        const qint64 headSeq = (row && *row) ? head->integer(0) : 0;
        if (headSeq != v.entries || (headSeq > 0 && head->blob(1) != previous))
            return broken(v.entries + 1, tr("the trail ends before its last recorded entry #%1").arg(headSeq));
    }
    v.ok = true;
    v.message = tr("Audit trail intact: %n entries", nullptr, int(v.entries));
    return v;
}

} // namespace relais
