#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace consulta {

// A prepared statement that finalizes itself. Values are always bound, never spliced
// into SQL text. Parameters are numbered from 1 as in SQLite; columns from 0.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(SqliteStatement &&other) noexcept;
    SqliteStatement &operator=(SqliteStatement &&other) noexcept;
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }

    SqliteStatement &bind(int index, const QString &value); // always text, '' for a null
    // Binds NULL for an empty text, the text otherwise (for optional columns).
    SqliteStatement &bindOptional(int index, const QString &value);
    SqliteStatement &bind(int index, const QByteArray &value);
    SqliteStatement &bind(int index, qint64 value);
    SqliteStatement &bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    SqliteStatement &bind(int index, double value);
    SqliteStatement &bindNull(int index);
    // Binds NULL for 0, the id otherwise (for optional foreign keys).
    SqliteStatement &bindId(int index, qint64 id);

    // Steps once: true when a row is available. Errors are recorded in error().
    bool next();
    // Runs the statement to completion; false on error.
    bool exec();
    void reset();

    bool isNull(int column) const;
    QString text(int column) const;
    QByteArray bytes(int column) const;
    // The column's UTF-8 text without a copy: valid until the next step or reset.
    QByteArrayView utf8(int column) const;
    qint64 integer(int column) const;
    double real(int column) const;

    // The last SQLite result code of step(): SQLITE_OK, SQLITE_DONE or an error code.
    int resultCode() const { return m_rc; }
    bool failed() const;

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = 0;
};

} // namespace consulta
