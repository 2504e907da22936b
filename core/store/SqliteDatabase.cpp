#include "SqliteDatabase.h"

#include <QUrl>

#include <sqlite3.h>

#include <utility>

namespace consulta {

SqliteDatabase::~SqliteDatabase()
{
    close();
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_openError(std::move(other.m_openError))
{}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_openError = std::move(other.m_openError);
    }
    return *this;
}

bool SqliteDatabase::open(const QString &path, Mode mode)
{
    close();
    int flags = SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    switch (mode) {
    case Mode::ReadOnly:
        flags |= SQLITE_OPEN_READONLY;
        break;
    case Mode::ReadWrite:
        flags |= SQLITE_OPEN_READWRITE;
        break;
    case Mode::Create:
        flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
        break;
    }
    // A file: URI so that names with '?' or '#' are taken literally and read-only
    // means read-only.
    QUrl url = QUrl::fromLocalFile(path);
    if (mode == Mode::ReadOnly)
        url.setQuery(QStringLiteral("mode=ro"));
    const QByteArray uri = url.toEncoded();
    const int rc = sqlite3_open_v2(uri.constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_openError =
            m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        sqlite3_close_v2(m_db);
        m_db = nullptr;
        return false;
    }
    m_openError.clear();
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 2000);
    return true;
}

void SqliteDatabase::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDatabase::harden()
{
    if (!m_db)
        return;
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    exec("PRAGMA cell_size_check=ON");
    exec("PRAGMA mmap_size=0");
}

SqliteStatement SqliteDatabase::prepare(const char *sql) const
{
    return SqliteStatement(m_db, sql);
}

bool SqliteDatabase::exec(const char *sql)
{
    if (!m_db)
        return false;
    return sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

QString SqliteDatabase::queryText(const char *sql) const
{
    SqliteStatement statement = prepare(sql);
    return statement.next() ? statement.text(0) : QString();
}

qint64 SqliteDatabase::queryInteger(const char *sql, qint64 fallback) const
{
    SqliteStatement statement = prepare(sql);
    return statement.next() ? statement.integer(0) : fallback;
}

qint64 SqliteDatabase::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

bool SqliteDatabase::inTransaction() const
{
    return m_db && sqlite3_get_autocommit(m_db) == 0;
}

int SqliteDatabase::changes() const
{
    return m_db ? sqlite3_changes(m_db) : 0;
}

int SqliteDatabase::errorCode() const
{
    return m_db ? sqlite3_extended_errcode(m_db) : SQLITE_CANTOPEN;
}

int SqliteDatabase::systemErrno() const
{
    return m_db ? sqlite3_system_errno(m_db) : 0;
}

QString SqliteDatabase::errorMessage() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_openError;
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
{
    m_active = m_db.exec("SAVEPOINT consulta_transaction");
}

SqliteTransaction::~SqliteTransaction()
{
    if (m_active) {
        m_db.exec("ROLLBACK TO consulta_transaction");
        m_db.exec("RELEASE consulta_transaction");
    }
}

bool SqliteTransaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.exec("RELEASE consulta_transaction"))
        return false;
    m_active = false;
    return true;
}

} // namespace consulta
