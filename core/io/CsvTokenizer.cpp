#include "CsvTokenizer.h"

#include <algorithm>

namespace consulta {

namespace {

constexpr qsizetype kMaxCap = qsizetype(1) << 29;

bool isDashes(QStringView text)
{
    if (text.size() < 2)
        return false;
    if (text.size() == 2)
        return text[0] == u'-' && text[1] == u'-';
    return text.trimmed() == u"--";
}

} // namespace

CsvTokenizer::CsvTokenizer(QStringView text, QChar delimiter, Limits limits)
    : m_text(text)
    , m_delimiter(delimiter.unicode())
    , m_limits(limits)
{
    m_limits.maxFieldLength = std::clamp<qsizetype>(m_limits.maxFieldLength, 1, kMaxCap);
    m_limits.maxRecordLength = std::clamp<qsizetype>(m_limits.maxRecordLength, 1, kMaxCap);
    m_limits.maxFields = std::max(m_limits.maxFields, 1);
}

void CsvTokenizer::appendField(QStringView content, bool quoted, bool rebuild, QStringView tail)
{
    if (tail.isEmpty() && isDashes(content)) {
        m_scratch.appendCell({});
        return;
    }
    if (!rebuild) {
        m_scratch.appendCell(content);
    } else {
        // "" → " and CR or CRLF → LF, appended in slices between those characters.
        m_scratch.appendCell({});
        const char16_t *d = content.utf16();
        const qsizetype n = content.size();
        qsizetype chunk = 0;
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = d[i];
            if (c != u'"' && c != u'\r')
                continue;
            m_scratch.extendLastCell(content.sliced(chunk, i - chunk));
            if (c == u'"') {
                m_scratch.extendLastCell(u"\"");
                ++i; // the second quote of the pair
            } else {
                m_scratch.extendLastCell(u"\n");
                if (i + 1 < n && d[i + 1] == u'\n')
                    ++i;
            }
            chunk = i + 1;
        }
        m_scratch.extendLastCell(content.sliced(chunk));
    }
    if (quoted && !tail.isEmpty())
        m_scratch.extendLastCell(tail);
}

bool CsvTokenizer::next(Record &record)
{
    record.error = Error::None;
    record.errorField = 0;
    record.quotedBreakField = 0;
    record.textAfterQuotedBreak = false;
    record.start = m_pos;
    const qsizetype n = m_text.size();
    if (m_pos >= n) {
        record.row.clear();
        return false;
    }

    m_scratch.clear();
    const char16_t *d = m_text.utf16();
    const qsizetype recordStart = m_pos;
    const int recordLine = m_line;
    const qsizetype recordLimit = recordStart + m_limits.maxRecordLength;
    // Characters above this one can never end an unquoted field.
    const char16_t maxSpecial = std::max(m_delimiter, u'\r');
    int fieldNumber = 0;

    const auto fail = [&](Error error) {
        if (record.error == Error::None) {
            record.error = error;
            record.errorField = fieldNumber;
        }
    };

    for (;;) {
        ++fieldNumber;
        if (fieldNumber > m_limits.maxFields)
            fail(Error::TooManyFields);
        qsizetype p = m_pos;

        if (p < n && d[p] == u'"') {
            ++p;
            const qsizetype contentStart = p;
            bool rebuild = false;
            bool closed = false;
            bool multiLine = false;
            while (p < n && p <= recordLimit) {
                const char16_t c = d[p];
                if (c > u'"') {
                    ++p;
                    continue;
                }
                if (c == u'"') {
                    if (p + 1 < n && d[p + 1] == u'"') {
                        rebuild = true;
                        p += 2;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == u'\n') {
                    ++m_line;
                    multiLine = true;
                } else if (c == u'\r') {
                    ++m_line;
                    multiLine = true;
                    rebuild = true;
                    if (p + 1 < n && d[p + 1] == u'\n')
                        ++p;
                } else if (c == 0) {
                    fail(Error::NulCharacter);
                }
                ++p;
            }
            if (!closed) {
                // Where this record ends is unknowable: report it and resynchronise. A
                // quoted field that runs over many lines into the cap is far more likely a
                // stray quote than a megabyte of text.
                record.error = (p >= n || multiLine) ? Error::UnclosedQuote : Error::RecordTooLong;
                record.errorField = fieldNumber;
                record.row.clear();
                record.row.setLine(recordLine);
                resumeAfterLine(recordStart, recordLine);
                return true;
            }
            if (multiLine && record.quotedBreakField == 0)
                record.quotedBreakField = fieldNumber;
            const qsizetype contentEnd = p;
            ++p; // the closing quote
            const qsizetype tailStart = p;
            while (p < n) {
                const char16_t c = d[p];
                if (c == m_delimiter || c == u'\r' || c == u'\n')
                    break;
                if (c == 0)
                    fail(Error::NulCharacter);
                ++p;
            }
            if (multiLine && record.quotedBreakField == fieldNumber && p > tailStart)
                record.textAfterQuotedBreak = true;
            if ((contentEnd - contentStart) + (p - tailStart) > m_limits.maxFieldLength)
                fail(Error::FieldTooLong);
            if (record.error == Error::None) {
                appendField(m_text.sliced(contentStart, contentEnd - contentStart), true, rebuild,
                            m_text.sliced(tailStart, p - tailStart));
            }
        } else {
            while (p < n) {
                const char16_t c = d[p];
                if (c > maxSpecial) {
                    ++p;
                    continue;
                }
                if (c == m_delimiter || c == u'\r' || c == u'\n')
                    break;
                if (c == 0)
                    fail(Error::NulCharacter);
                ++p;
            }
            if (p - m_pos > m_limits.maxFieldLength)
                fail(Error::FieldTooLong);
            if (record.error == Error::None)
                appendField(m_text.sliced(m_pos, p - m_pos), false, false, {});
        }

        m_pos = p;
        if (m_pos > recordLimit)
            fail(Error::RecordTooLong);

        if (m_pos >= n)
            break;
        const char16_t c = d[m_pos];
        ++m_pos;
        if (c == m_delimiter)
            continue; // a delimiter at the very end still makes one more (empty) field
        if (c == u'\r' && m_pos < n && d[m_pos] == u'\n')
            ++m_pos;
        ++m_line;
        break;
    }
    if (record.error == Error::None) {
        m_scratch.setLine(recordLine);
        record.row = m_scratch.compacted();
    } else {
        record.row.clear();
        record.row.setLine(recordLine);
    }
    return true;
}

void CsvTokenizer::resumeAfterLine(qsizetype recordStart, int recordLine)
{
    const char16_t *d = m_text.utf16();
    const qsizetype n = m_text.size();
    qsizetype p = recordStart;
    while (p < n && d[p] != u'\n' && d[p] != u'\r')
        ++p;
    if (p < n) {
        if (d[p] == u'\r' && p + 1 < n && d[p + 1] == u'\n')
            ++p;
        ++p;
    }
    m_pos = p;
    m_line = recordLine + 1;
}

} // namespace consulta
