// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/Sqlite.h"

#include "common/SecureBytes.h"

#include <QCoreApplication>

#include <sodium.h>
#include <sqlite3.h>

namespace relais {

namespace {

Error sqlError(sqlite3* db, int rc)
{
    const char* msg = db ? sqlite3_errmsg(db) : sqlite3_errstr(rc);
    return Error{rc == SQLITE_FULL ? ErrorKind::Io : ErrorKind::Other,
                 Database::tr("Database error %1: %2").arg(rc).arg(QString::fromUtf8(msg))};
}

} // namespace

Database::~Database() { close(); }

Database::Database(Database&& other) noexcept : m_db(other.m_db), m_cache(std::move(other.m_cache)) { other.m_db = nullptr; }

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_cache = std::move(other.m_cache);
        other.m_db = nullptr;
    }
    return *this;
}

Result<Database> Database::open(const QString& path, const SecureBytes* rawKey, bool create)
{
    // Before SQLite initialises, once: no global memory statistics (nothing reads them, and
    // they take a global mutex on every allocation; bulk imports make millions).
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    sqlite3* db = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_FULLMUTEX;
    const QByteArray file = path.toUtf8();
    int rc = sqlite3_open_v2(file.constData(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        Error e = sqlError(db, rc);
        e.kind = ErrorKind::VaultMissing;
        e.message = Database::tr("Cannot open %1: %2").arg(path, e.message);
        sqlite3_close_v2(db);
        return std::unexpected(e);
    }
    Database out(db);
    // SQLCipher 4.6 prints "hmac check failed" on a wrong key; the caller reports it instead.
    (void)out.exec(QStringLiteral("PRAGMA cipher_log_source = NONE"));
    if (rawKey) {
        // Raw key form x'<64 hex>': SQLCipher uses it as the key, no KDF runs.
        SecureBytes literal(3 + rawKey->size() * 2 + 1);
        literal.data()[0] = 'x';
        literal.data()[1] = '\'';
        sodium_bin2hex(reinterpret_cast<char*>(literal.data()) + 2, rawKey->size() * 2 + 1, rawKey->data(),
                       rawKey->size());
        literal.data()[2 + rawKey->size() * 2] = '\'';
        rc = sqlite3_key(db, literal.data(), int(literal.size() - 1));
        if (rc != SQLITE_OK)
            return std::unexpected(sqlError(db, rc));
    }
    return out;
}

void Database::close()
{
    if (m_cache) {
        qDeleteAll(*m_cache);  // finalised before the connection closes
        m_cache.reset();
    }
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Result<void> Database::exec(const QString& sql)
{
    char* err = nullptr;
    const int rc = sqlite3_exec(m_db, sql.toUtf8().constData(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
        Error e{rc == SQLITE_FULL ? ErrorKind::Io : ErrorKind::Other,
                Database::tr("Database error %1: %2").arg(rc).arg(QString::fromUtf8(err ? err : sqlite3_errstr(rc)))};
        sqlite3_free(err);
        return std::unexpected(e);
    }
    return {};
}

Result<Statement> Database::prepare(const QString& sql)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray text = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &stmt, nullptr);
    if (rc != SQLITE_OK)
        return std::unexpected(sqlError(m_db, rc));
    return Statement(m_db, stmt);
}

Result<Statement*> Database::cached(const QString& sql)
{
    if (!m_cache)
        m_cache = std::make_unique<QHash<QString, Statement*>>();
    if (Statement* s = m_cache->value(sql)) {
        s->reset();
        return s;
    }
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto* s = new Statement(std::move(*stmt));
    m_cache->insert(sql, s);
    return s;
}

void Database::resetCached()
{
    if (m_cache)
        for (Statement* s : std::as_const(*m_cache))
            s->reset();
}

Result<QVariant> Database::scalar(const QString& sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->value(0) : QVariant();
}

Result<void> Database::runForEach(const QString& sql, const QList<qint64>& ids)
{
    auto q = prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    for (qint64 id : ids) {
        q->reset();
        q->bind(1, id);
        if (auto r = q->run(); !r)
            return r;
    }
    return {};
}

Result<qint64> Database::sumForEach(const QString& sql, const QList<qint64>& ids)
{
    auto q = prepare(sql);
    if (!q)
        return std::unexpected(q.error());
    qint64 n = 0;
    for (qint64 id : ids) {
        q->reset();
        q->bind(1, id);
        if (auto r = q->each([&](const Statement& s) { n += s.integer(0); }); !r)
            return std::unexpected(r.error());
    }
    return n;
}

qint64 Database::lastInsertId() const { return sqlite3_last_insert_rowid(m_db); }
int Database::changes() const { return sqlite3_changes(m_db); }
int Database::lastErrorCode() const { return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_MISUSE; }
QString Database::lastErrorMessage() const { return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString(); }

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(other.m_stmt), m_bindError(other.m_bindError), m_keep(std::move(other.m_keep))
{
    other.m_stmt = nullptr;
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = other.m_stmt;
        m_bindError = other.m_bindError;
        m_keep = std::move(other.m_keep);
        other.m_stmt = nullptr;
    }
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    int rc = SQLITE_OK;
    if (value.isNull()) {
        rc = sqlite3_bind_null(m_stmt, index);
    } else {
        switch (value.typeId()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::ULongLong:
        case QMetaType::Long:
            rc = sqlite3_bind_int64(m_stmt, index, value.toLongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            rc = sqlite3_bind_double(m_stmt, index, value.toDouble());
            break;
        case QMetaType::QByteArray: {
            m_keep.append(value.toByteArray());
            const QByteArray& b = m_keep.constLast();
            rc = sqlite3_bind_blob64(m_stmt, index, b.constData(), sqlite3_uint64(b.size()), SQLITE_STATIC);
            break;
        }
        default: {
            m_keep.append(value.toString().toUtf8());
            const QByteArray& t = m_keep.constLast();
            rc = sqlite3_bind_text64(m_stmt, index, t.constData(), sqlite3_uint64(t.size()), SQLITE_STATIC, SQLITE_UTF8);
            break;
        }
        }
    }
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindAll(const QVariantList& values)
{
    for (int i = 0; i < values.size(); ++i)
        bind(i + 1, values.at(i));
    return *this;
}

Statement& Statement::bindUtf8(int index, const char* data, qsizetype size)
{
    const int rc = sqlite3_bind_text64(m_stmt, index, data ? data : "", sqlite3_uint64(size), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK && m_bindError == SQLITE_OK)
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError != SQLITE_OK)
        return std::unexpected(sqlError(m_db, m_bindError));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return std::unexpected(sqlError(m_db, rc));
}

Result<void> Statement::run()
{
    for (;;) {
        auto r = step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            return {};
    }
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_keep.clear();
    m_bindError = SQLITE_OK;
}

int Statement::columnCount() const { return sqlite3_column_count(m_stmt); }

QVariant Statement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(blob(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    default:
        return QVariant();
    }
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_stmt, column); }

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void* p = sqlite3_column_blob(m_stmt, column);
    return p ? QByteArray(static_cast<const char*>(p), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }

Transaction::Transaction(Database& db) : m_db(db) { }

Transaction::~Transaction()
{
    if (m_active)
        (void)m_db.exec(QStringLiteral("ROLLBACK"));
}

Result<void> Transaction::begin()
{
    if (m_db.isOpen() && sqlite3_get_autocommit(m_db.handle()) == 0) {
        m_joined = true;
        return {};
    }
    auto r = m_db.exec(QStringLiteral("BEGIN IMMEDIATE"));
    if (r)
        m_active = true;
    return r;
}

Result<void> Transaction::commit()
{
    if (m_joined)
        return {};
    auto r = m_db.exec(QStringLiteral("COMMIT"));
    if (r)
        m_active = false;
    return r;
}

} // namespace relais
