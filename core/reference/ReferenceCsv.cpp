#include "ReferenceCsv.h"

#include <QFile>

namespace consulta {

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// Splits the text into records of fields. Returns false on a quote that does not
// close or on text after a closing quote.
bool splitRecords(QStringView text, QList<QStringList> *records, QString *error)
{
    QStringList record;
    QString field;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    int line = 1;
    const auto endRecord = [&] {
        if (record.isEmpty() && field.isEmpty() && !afterQuote)
            return; // a blank line
        record.append(field);
        field.clear();
        records->append(record);
        record.clear();
        afterQuote = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            record.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n'))
                continue;
            setError(error, QStringLiteral("line %1: a carriage return alone").arg(line));
            return false;
        } else if (afterQuote) {
            setError(error, QStringLiteral("line %1: text after a closing quote").arg(line));
            return false;
        } else if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = true;
        } else {
            field.append(c);
        }
    }
    if (quoted) {
        setError(error, QStringLiteral("line %1: a quote that does not close").arg(line));
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty() || afterQuote)
        endRecord();
    return true;
}

} // namespace

std::optional<ReferenceCsv> ReferenceCsv::parse(const QString &text, QString *error)
{
    QStringView view(text);
    if (view.startsWith(QChar(0xFEFF)))
        view = view.mid(1);
    QList<QStringList> records;
    if (!splitRecords(view, &records, error))
        return std::nullopt;
    if (records.isEmpty() || records.first().join(QString()).isEmpty()) {
        setError(error, QStringLiteral("no header row"));
        return std::nullopt;
    }
    ReferenceCsv table;
    table.m_header = records.takeFirst();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (records.at(i).size() != table.m_header.size()) {
            setError(error, QStringLiteral("record %1 has %2 fields, the header %3")
                                .arg(i + 1)
                                .arg(records.at(i).size())
                                .arg(table.m_header.size()));
            return std::nullopt;
        }
    }
    table.m_rows = std::move(records);
    return table;
}

ReferenceCsv ReferenceCsv::load(const QString &resourcePath, const QStringList &requiredColumns)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("Reference data %s cannot be read: %s", qUtf8Printable(resourcePath),
               qUtf8Printable(file.errorString()));
    }
    QString error;
    std::optional<ReferenceCsv> table = parse(QString::fromUtf8(file.readAll()), &error);
    if (!table)
        qFatal("Reference data %s: %s", qUtf8Printable(resourcePath), qUtf8Printable(error));
    for (const QString &column : requiredColumns) {
        if (table->columnIndex(column) < 0) {
            qFatal("Reference data %s has no column %s", qUtf8Printable(resourcePath),
                   qUtf8Printable(column));
        }
    }
    return *std::move(table);
}

QString ReferenceCsv::field(qsizetype row, const QString &column) const
{
    const qsizetype index = columnIndex(column);
    if (index < 0 || row < 0 || row >= m_rows.size())
        return {};
    return m_rows.at(row).at(index);
}

} // namespace consulta
