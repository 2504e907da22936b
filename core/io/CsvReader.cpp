#include "CsvReader.h"

#include "CsvSniffer.h"

#include <QDir>
#include <QFile>

namespace consulta {

namespace {

// The header guess looks at most this far into the file.
constexpr int kSampleRecords = 1000;
constexpr qsizetype kSampleLength = 4 * 1024 * 1024;

QStringView titleKey(QStringView text)
{
    text = text.trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed();
}

// A byte order mark inside a cell (inside the header's first quotes, or where two exports
// were joined) is no text of its own.
QStringView withoutByteOrderMark(QStringView cell)
{
    while (cell.startsWith(QChar(0xFEFF)))
        cell = cell.sliced(1).trimmed();
    return cell;
}

bool matchesTitle(QStringView cell, const QString &title)
{
    return titleKey(cell).compare(titleKey(title), Qt::CaseInsensitive) == 0;
}

} // namespace

CsvReader::CsvReader(QString text, const CsvOptions &options)
    : m_text(std::move(text))
    , m_options(options)
{
    m_body = m_text;
    if (m_body.startsWith(QChar(0xFEFF)))
        m_body = m_body.sliced(1); // a byte order mark that survived decoding
    m_limits.maxFieldLength = std::max<qsizetype>(m_options.maxFieldLength, 1);
    m_limits.maxRecordLength = std::max<qsizetype>(m_options.maxRowLength, 1);
    m_limits.maxFields = std::max(m_options.maxColumns, 1);

    m_delimiter = m_options.delimiter.isNull() ? CsvSniffer::detectDelimiter(m_body, m_limits)
                                               : m_options.delimiter;
    if (m_delimiter == u'"' || m_delimiter == u'\r' || m_delimiter == u'\n') {
        m_error = tr("A quote or a line break cannot separate columns.");
        return;
    }
    m_tokenizer.emplace(m_body, m_delimiter, m_limits);
    findHeader();
}

qsizetype CsvReader::position() const
{
    if (!m_tokenizer)
        return 0;
    return m_tokenizer->position() + (m_text.size() - m_body.size());
}

QList<CsvRow> CsvReader::sample()
{
    CsvTokenizer tokenizer(m_body, m_delimiter, m_limits);
    CsvTokenizer::Record record;
    QList<CsvRow> records;
    while (records.size() < kSampleRecords && tokenizer.position() < kSampleLength &&
           tokenizer.next(record)) {
        if (record.error != CsvTokenizer::Error::None && m_sampleProblem.line == 0)
            m_sampleProblem = {record.row.line(), describe(record, m_options)};
        records.append(std::move(record.row)); // failed records come out empty
    }
    return records;
}

bool CsvReader::findHeader()
{
    const QList<CsvRow> top = sample();
    for (const int index : CsvSniffer::findSectionBreaks(top))
        m_sectionTitles.append(top[index].cell(0).trimmed().toString());

    CsvTokenizer::Record record;
    CsvRow previous; // the last non-blank record before the header

    if (!m_options.section.isEmpty()) {
        bool found = false;
        while (nextRecord(record)) {
            if (record.error != CsvTokenizer::Error::None || record.row.width() == 0)
                continue;
            if (found)
                return takeHeader(record.row, previous);
            if (record.row.width() == 1 && matchesTitle(record.row.cell(0), m_options.section)) {
                found = true;
                previous = record.row;
            }
        }
        m_error = found ? tr("The section “%1” has no header row.").arg(m_options.section)
                        : tr("No section titled “%1” was found.").arg(m_options.section);
        return false;
    }

    if (m_options.headerLine > 0) {
        while (nextRecord(record)) {
            if (record.row.line() < m_options.headerLine) {
                if (record.error == CsvTokenizer::Error::None && record.row.width() > 0)
                    previous = record.row;
                continue;
            }
            if (record.row.line() > m_options.headerLine)
                break;
            if (record.error != CsvTokenizer::Error::None) {
                m_error = tr("The header row on line %1 cannot be read: %2.")
                              .arg(record.row.line())
                              .arg(describe(record, m_options));
                return false;
            }
            return takeHeader(record.row, previous);
        }
        m_error = tr("No row starts on line %1.").arg(m_options.headerLine);
        return false;
    }

    const int index = CsvSniffer::findHeader(top, m_options.padShortRows);
    if (index < 0) {
        // Every record blank or unreadable: say why, since text in the wrong encoding (UTF-8
        // read as UTF-16, or the reverse) comes out as one unreadable line, not as no lines.
        if (m_sampleProblem.line > 0)
            m_error = tr("No header row was found: no line can be read (line %1: %2). Is the "
                         "encoding right?")
                          .arg(m_sampleProblem.line)
                          .arg(m_sampleProblem.reason);
        else
            m_error = tr("The file holds no rows.");
        return false;
    }
    for (int i = 0; i < index; ++i) {
        if (top[i].width() > 0)
            previous = top[i];
    }
    for (int i = 0; i <= index; ++i)
        nextRecord(record);
    return takeHeader(record.row, previous);
}

bool CsvReader::takeHeader(const CsvRow &row, const CsvRow &previous)
{
    m_headerLine = row.line();
    const qsizetype width = row.width();
    if (width == 0) {
        m_error = tr("The header row on line %1 is empty.").arg(m_headerLine);
        return false;
    }
    m_header.clear();
    m_header.reserve(width);
    for (qsizetype i = 0; i < width; ++i)
        m_header.append(withoutByteOrderMark(row.cell(i).trimmed()).toString());
    if (CsvSniffer::isSectionTitle(previous))
        m_sectionTitle = previous.cell(0).trimmed().toString();
    return true;
}

bool CsvReader::nextRecord(CsvTokenizer::Record &record)
{
    if (!m_pending.isEmpty()) {
        record = m_pending.takeFirst();
        return true;
    }
    return m_tokenizer && m_tokenizer->next(record);
}

bool CsvReader::peekNonBlank(CsvTokenizer::Record &record)
{
    for (qsizetype i = 0;; ++i) {
        if (i == m_pending.size()) {
            CsvTokenizer::Record next;
            if (!m_tokenizer->next(next))
                return false;
            m_pending.append(std::move(next));
        }
        const CsvTokenizer::Record &candidate = m_pending[i];
        if (candidate.error == CsvTokenizer::Error::None && candidate.row.width() > 0) {
            record = candidate;
            return true;
        }
    }
}

bool CsvReader::readRow(CsvRow &row)
{
    if (!isValid() || m_finished)
        return false;
    const qsizetype headerWidth = m_header.size();
    CsvTokenizer::Record record;
    while (nextRecord(record)) {
        if (record.error != CsvTokenizer::Error::None) {
            m_problems.append({record.row.line(), describe(record, m_options)});
            continue;
        }
        CsvRow &cells = record.row;
        const qsizetype width = cells.width();
        const bool wrongWidth =
            width > headerWidth || (cells.size() < headerWidth && !m_options.padShortRows);
        if (record.quotedBreakField > 0 && (wrongWidth || record.textAfterQuotedBreak)) {
            // A quote that opens a field and closes lines later, leaving a row of the wrong
            // shape, is a stray quote: skip its line only, not the rows it swallowed.
            m_problems.append({cells.line(), tr("a stray quote at the start of column %1 is "
                                                "never closed on its line")
                                                 .arg(record.quotedBreakField)});
            m_pending.clear();
            m_tokenizer->skipLineOf(record);
            continue;
        }
        if (width == 0)
            continue;
        if (width == 1 && headerWidth >= 2 && CsvSniffer::isSectionTitle(cells)) {
            CsvTokenizer::Record next;
            if (peekNonBlank(next) && next.row.width() >= 2 &&
                CsvSniffer::looksLikeHeader(next.row)) {
                m_endLine = cells.line();
                m_finished = true;
                return false;
            }
        }
        if (width > headerWidth) {
            m_problems.append(
                {cells.line(), tr("expected %1 columns, found %2").arg(headerWidth).arg(width)});
            continue;
        }
        if (cells.size() < headerWidth && !m_options.padShortRows) {
            m_problems.append(
                {cells.line(),
                 tr("expected %1 columns, found %2").arg(headerWidth).arg(cells.size())});
            continue;
        }
        cells.resize(headerWidth);
        row = std::move(cells);
        return true;
    }
    m_finished = true;
    return false;
}

CsvTable CsvReader::readAll()
{
    CsvTable table;
    table.error = m_error;
    table.delimiter = m_delimiter;
    table.sectionTitles = m_sectionTitles;
    if (!isValid())
        return table;
    table.headerLine = m_headerLine;
    table.sectionTitle = m_sectionTitle;
    table.header = m_header;
    CsvRow row;
    while (readRow(row))
        table.rows.append(std::move(row));
    table.problems = m_problems;
    table.endLine = m_endLine;
    return table;
}

CsvTable CsvReader::read(const QString &text, const CsvOptions &options)
{
    CsvReader reader(text, options);
    return reader.readAll();
}

CsvTable CsvReader::readBytes(QByteArrayView bytes, const CsvOptions &options)
{
    CsvTable table;
    if (!options.codec.isEmpty() && !TextDecoder::isKnownCodec(options.codec)) {
        table.error =
            tr("The encoding “%1” is not known here.").arg(QString::fromLatin1(options.codec));
        return table;
    }
    TextDecoder::Result decoded = TextDecoder::decode(bytes, options.encoding, options.codec);
    {
        CsvReader reader(std::move(decoded.text), options);
        table = reader.readAll();
    }
    table.encoding = decoded.encoding;
    table.encodingDescription = decoded.description();
    return table;
}

CsvTable CsvReader::readFile(const QString &path, const CsvOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        CsvTable table;
        table.error =
            tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return table;
    }
    const qint64 size = file.size();
    if (size > 0) {
        if (const uchar *mapped = file.map(0, size)) {
            CsvTable table =
                readBytes(QByteArrayView(reinterpret_cast<const char *>(mapped), size), options);
            file.unmap(const_cast<uchar *>(mapped));
            return table;
        }
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        CsvTable table;
        table.error =
            tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return table;
    }
    return readBytes(bytes, options);
}

QString CsvReader::describe(const CsvTokenizer::Record &record, const CsvOptions &options)
{
    switch (record.error) {
    case CsvTokenizer::Error::None:
        return {};
    case CsvTokenizer::Error::UnclosedQuote:
        return tr("the quoted field in column %1 is never closed").arg(record.errorField);
    case CsvTokenizer::Error::NulCharacter:
        return tr("column %1 contains a NUL character").arg(record.errorField);
    case CsvTokenizer::Error::FieldTooLong:
        return tr("column %1 is longer than %2 characters")
            .arg(record.errorField)
            .arg(options.maxFieldLength);
    case CsvTokenizer::Error::RecordTooLong:
        return tr("the row is longer than %1 characters").arg(options.maxRowLength);
    case CsvTokenizer::Error::TooManyFields:
        return tr("the row has more than %1 columns").arg(options.maxColumns);
    }
    return {};
}

} // namespace consulta
