#include "CsvSniffer.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace consulta {

namespace {

constexpr qsizetype kDelimiterSampleLength = 256 * 1024;
constexpr int kDelimiterSampleRecords = 200;
constexpr qsizetype kMaxLabelLength = 512;
constexpr qsizetype kMaxTitleLength = 128;

bool isBlankText(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.isSpace(); });
}

bool hasClockTime(QStringView text)
{
    for (qsizetype i = 1; i + 1 < text.size(); ++i) {
        if (text[i] == u':' && text[i - 1].isDigit() && text[i + 1].isDigit())
            return true;
    }
    return false;
}

bool looksLikeLabel(QStringView cell)
{
    const QStringView label = cell.trimmed();
    if (label.isEmpty() || label.size() > kMaxLabelLength)
        return false;
    if (label.contains(u'@') || label.contains(u"://") || hasClockTime(label))
        return false;
    return std::any_of(label.begin(), label.end(), [](QChar c) { return c.isLetter(); });
}

// The next record after `index` that is not blank, or -1.
int nextNonBlank(const QList<CsvRow> &records, int index)
{
    for (int j = index + 1; j < records.size(); ++j) {
        if (records[j].width() > 0)
            return j;
    }
    return -1;
}

} // namespace

QChar CsvSniffer::detectDelimiter(QStringView text, const CsvTokenizer::Limits &limits)
{
    const bool cut = text.size() > kDelimiterSampleLength;
    const QStringView sample = text.first(std::min(text.size(), kDelimiterSampleLength));
    QChar best = QLatin1Char(',');
    qint64 bestScore = 0;
    for (const char16_t candidate : {u',', u';', u'\t'}) {
        CsvTokenizer tokenizer(sample, QChar(candidate), limits);
        CsvTokenizer::Record record;
        std::map<qsizetype, int> widths;
        for (int i = 0; i < kDelimiterSampleRecords && tokenizer.next(record); ++i) {
            if (cut && tokenizer.atEnd())
                break; // probably cut in the middle
            if (record.error == CsvTokenizer::Error::None && record.row.size() >= 2)
                ++widths[record.row.size()];
        }
        qsizetype modeWidth = 0;
        int modeCount = 0;
        for (const auto &[fieldCount, count] : widths) {
            if (count >= modeCount) { // ascending keys: ties go to the wider
                modeWidth = fieldCount;
                modeCount = count;
            }
        }
        const qint64 score = qint64(modeCount) * (modeWidth - 1);
        if (score > bestScore) {
            bestScore = score;
            best = QChar(candidate);
        }
    }
    return best;
}

bool CsvSniffer::looksLikeHeader(const CsvRow &row)
{
    const qsizetype w = row.width();
    if (w == 0)
        return false;
    qsizetype empty = 0;
    qsizetype repeated = 0;
    QSet<QString> seen;
    for (qsizetype i = 0; i < w; ++i) {
        const QStringView cell = row.cell(i);
        if (isBlankText(cell)) {
            ++empty;
            continue;
        }
        if (!looksLikeLabel(cell))
            return false;
        const QString key = cell.trimmed().toString().toCaseFolded();
        if (seen.contains(key))
            ++repeated;
        else
            seen.insert(key);
    }
    return empty * 5 <= w && repeated * 4 <= w - empty;
}

bool CsvSniffer::isSectionTitle(const CsvRow &row)
{
    if (row.width() != 1)
        return false;
    const QStringView title = row.cell(0).trimmed();
    if (!looksLikeLabel(title) || title.size() > kMaxTitleLength)
        return false;
    return std::none_of(title.begin(), title.end(), [](QChar c) { return c.isDigit(); });
}

QList<int> CsvSniffer::findSectionBreaks(const QList<CsvRow> &records)
{
    QList<int> breaks;
    for (int i = 0; i < records.size(); ++i) {
        if (!isSectionTitle(records[i]))
            continue;
        const int next = nextNonBlank(records, i);
        if (next >= 0 && records[next].width() >= 2 && looksLikeHeader(records[next]))
            breaks.append(i);
    }
    return breaks;
}

int CsvSniffer::findHeader(const QList<CsvRow> &records, bool padShortRows)
{
    const qsizetype n = records.size();
    QList<qsizetype> widths(n);
    QList<bool> isBreak(n, false);
    for (qsizetype i = 0; i < n; ++i)
        widths[i] = records[i].width();
    for (const int i : findSectionBreaks(records))
        isBreak[i] = true;

    int best = -1;
    int bestFit = -1;
    bool bestOpensSection = false;
    qsizetype previous = -1; // the last non-blank record before i
    for (qsizetype i = 0; i < n; ++i) {
        const bool afterTitle = previous >= 0 && isBreak[previous];
        if (widths[i] > 0)
            previous = i;
        if (widths[i] == 0 || !looksLikeHeader(records[i]))
            continue;
        const bool opensSection = afterTitle;
        const qsizetype w = widths[i];
        int fit = 0;
        for (qsizetype j = i + 1; j < n; ++j) {
            if (isBreak[j])
                break;
            if (widths[j] == 0)
                continue;
            if (widths[j] <= w && (padShortRows || records[j].size() >= w))
                ++fit;
        }
        const bool better = fit != bestFit                     ? fit > bestFit
                            : opensSection != bestOpensSection ? opensSection
                                                               : w > widths[best];
        if (better) {
            best = int(i);
            bestFit = fit;
            bestOpensSection = opensSection;
        }
    }
    if (best >= 0)
        return best;
    for (qsizetype i = 0; i < n; ++i) {
        if (widths[i] > 0)
            return int(i);
    }
    return -1;
}

} // namespace consulta
