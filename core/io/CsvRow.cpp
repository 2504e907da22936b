#include "CsvRow.h"

namespace consulta {

CsvRow &CsvRow::operator=(CsvRow &&other) noexcept
{
    if (this == &other)
        return *this;
    m_text = std::move(other.m_text);
    m_ends.clear();
    m_ends.squeeze(); // back to the inline buffer, so the move below cannot leak
    m_ends = std::move(other.m_ends);
    m_line = other.m_line;
    return *this;
}

QStringView CsvRow::cell(qsizetype column) const
{
    if (column < 0 || column >= m_ends.size())
        return {};
    const qsizetype begin = column == 0 ? 0 : m_ends[column - 1];
    return QStringView(m_text).sliced(begin, m_ends[column] - begin);
}

QStringList CsvRow::cells() const
{
    QStringList result;
    result.reserve(size());
    for (qsizetype i = 0; i < size(); ++i)
        result.append(cell(i).toString());
    return result;
}

qsizetype CsvRow::width() const
{
    qsizetype w = size();
    while (w > 0) {
        const QStringView text = cell(w - 1);
        bool blank = true;
        for (const QChar c : text) {
            if (!c.isSpace()) {
                blank = false;
                break;
            }
        }
        if (!blank)
            break;
        --w;
    }
    return w;
}

void CsvRow::clear()
{
    m_text.resize(0); // keeps the allocation for the next row
    m_ends.clear();
    m_line = 0;
}

void CsvRow::appendCell(QStringView text)
{
    m_text.append(text);
    m_ends.append(int(m_text.size()));
}

void CsvRow::extendLastCell(QStringView text)
{
    if (m_ends.isEmpty()) {
        appendCell(text);
        return;
    }
    m_text.append(text);
    m_ends.last() = int(m_text.size());
}

void CsvRow::resize(qsizetype count)
{
    if (count < 0)
        count = 0;
    if (count < size()) {
        m_text.truncate(count == 0 ? 0 : m_ends[count - 1]);
        m_ends.resize(count);
        return;
    }
    while (size() < count)
        m_ends.append(int(m_text.size()));
}

CsvRow CsvRow::compacted() const
{
    CsvRow copy;
    copy.m_text = QString(m_text.constData(), m_text.size());
    copy.m_ends = m_ends;
    copy.m_line = m_line;
    return copy;
}

} // namespace consulta
