#pragma once

#include "SqliteStatement.h"

#include <QString>

struct sqlite3;

namespace consulta {

// An SQLite connection through the C API that closes itself. It knows nothing of
// Consulta's schema; DocumentFile and ConsultationStore give it meaning.
class SqliteDatabase
{
public:
    enum class Mode
    {
        ReadOnly,  // never writes the file, not even to roll back a journal
        ReadWrite, // the file must exist
        Create,    // created when missing
    };

    SqliteDatabase() = default;
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    // Opens a file; false with errorMessage() set when SQLite refuses.
    bool open(const QString &path, Mode mode);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    // Makes the connection safe for files from elsewhere: defensive mode, no trusted
    // schema, no triggers or views from the file, cell size checks.
    void harden();

    SqliteStatement prepare(const char *sql) const;
    // Runs SQL without parameters (schema, pragmas, transactions).
    bool exec(const char *sql);
    // The first column of the first row of a parameterless query.
    QString queryText(const char *sql) const;
    qint64 queryInteger(const char *sql, qint64 fallback = -1) const;

    qint64 lastInsertId() const;
    int changes() const;
    // True while a transaction or savepoint is open (some pragmas are ignored then).
    bool inTransaction() const;
    int errorCode() const;        // the extended result code of the last failure
    int systemErrno() const;      // the errno behind the last I/O error, 0 when none
    QString errorMessage() const; // SQLite's own words, for logs and tests

    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_openError;
};

// Begins a transaction on construction and rolls it back on destruction unless
// commit() succeeded: all or nothing. It is a savepoint, so transactions nest: an
// import can wrap many store calls that each open their own.
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();

private:
    SqliteDatabase &m_db;
    bool m_active = false;
};

} // namespace consulta
