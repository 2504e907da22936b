#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace consulta {

// A table from one of the CSV files compiled into the program (resources/reference):
// a header row, then records with as many fields; a field may be quoted, with "" for a
// quote inside; UTF-8; LF or CRLF. Not a reader for files people bring: import has
// its own.
class ReferenceCsv
{
public:
    // Parses text; nullopt with a message in *error when it is not such a table.
    static std::optional<ReferenceCsv> parse(const QString &text, QString *error = nullptr);
    // Reads a compiled-in resource that must have the given columns. A missing or
    // malformed resource is a programming error: the program stops with a message
    // naming it.
    static ReferenceCsv load(const QString &resourcePath, const QStringList &requiredColumns);

    const QStringList &header() const { return m_header; }
    qsizetype rowCount() const { return m_rows.size(); }
    // The index of a column by its header name, or -1.
    qsizetype columnIndex(const QString &name) const { return m_header.indexOf(name); }
    // A field by row and column name; empty when the column does not exist.
    QString field(qsizetype row, const QString &column) const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace consulta
