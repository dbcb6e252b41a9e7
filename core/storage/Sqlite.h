// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace relais {

class SecureBytes;
class Statement;

// RAII handle on one SQLCipher connection (the C API; QtSql is never used: its SQLite plugin
// would bring a second, unencrypted sqlite3 into the process).
class Database
{
    Q_DECLARE_TR_FUNCTIONS(relais::Database)

public:
    Database() = default;
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Opens (creating if asked) the file. With a key, it is a 32-byte raw SQLCipher key.
    static Result<Database> open(const QString& path, const SecureBytes* rawKey, bool create);

    bool isOpen() const { return m_db != nullptr; }
    void close();

    Result<void> exec(const QString& sql);
    Result<Statement> prepare(const QString& sql);
    // A prepared statement kept for the life of the connection (hot paths: imports, searches),
    // reset and unbound, ready to use. Not for nested use of the same SQL.
    Result<Statement*> cached(const QString& sql);
    // Resets every cached statement (one left on a row keeps the connection busy: DROP INDEX
    // then fails with SQLITE_LOCKED).
    void resetCached();
    // First column of the first row, or an invalid QVariant when there is no row.
    Result<QVariant> scalar(const QString& sql);
    // `sql` (one `?`) run once per id with one prepared statement; stops at the first error.
    Result<void> runForEach(const QString& sql, const QList<qint64>& ids);
    // The sum of the first column of `sql` (one `?`) over every id.
    Result<qint64> sumForEach(const QString& sql, const QList<qint64>& ids);
    qint64 lastInsertId() const;
    int changes() const;
    int lastErrorCode() const;
    QString lastErrorMessage() const;

    sqlite3* handle() const { return m_db; }

private:
    explicit Database(sqlite3* db) : m_db(db) { }
    sqlite3* m_db = nullptr;
    std::unique_ptr<QHash<QString, Statement*>> m_cache;
};

class Statement
{
public:
    Statement() = default;
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Binds 1-based positions; QVariant null → NULL, QByteArray → BLOB, integers, doubles, text.
    Statement& bind(int index, const QVariant& value);
    Statement& bindAll(const QVariantList& values);
    // Text already in UTF-8 (copied by SQLite): no QVariant, no conversion.
    Statement& bindUtf8(int index, const char* data, qsizetype size);

    // true when a row is available, false at the end; an error on failure.
    Result<bool> step();
    // Runs to completion (for INSERT/UPDATE/DELETE).
    Result<void> run();
    // Calls `row` for every result row.
    template <typename F>
    Result<void> each(F row)
    {
        for (;;) {
            auto r = step();
            if (!r)
                return std::unexpected(r.error());
            if (!*r)
                return {};
            row(static_cast<const Statement&>(*this));
        }
    }
    void reset();

    int columnCount() const;
    QVariant value(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) { }
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
    // UTF-8 copies of bound text and blobs, bound without a second copy inside SQLite; kept
    // until the statement is reset or finalised.
    QList<QByteArray> m_keep;
};

// Rolls back unless commit() was called. Begun while another transaction is open, it joins
// that one: commit() is then a no-op and the outer transaction decides.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Result<void> begin();
    Result<void> commit();

private:
    Database& m_db;
    bool m_active = false;
    bool m_joined = false;
};

} // namespace relais
