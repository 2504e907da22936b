#pragma once

#include "CsvOptions.h"
#include "CsvProblem.h"
#include "CsvRow.h"
#include "CsvTable.h"
#include "CsvTokenizer.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace consulta {

// Reads a table out of a CSV/TSV export, whoever made it. Decoding is TextDecoder's job
// (readBytes/readFile do it first); splitting is CsvTokenizer's; the guesses are
// CsvSniffer's (see there for the delimiter and header heuristics).
//
// Construction finds the delimiter and the header. Then readRow() hands out the data rows
// one at a time, so a large file can be imported with progress (position()/size()) and
// cancelled; read*() collect everything into a CsvTable.
//
// Every data row has exactly as many cells as the header: trailing empty fields beyond it
// are dropped. Rows are compact (see CsvRow): one allocation per row, not per cell. The literal
// "--" (Zoom's "no value") is read as an empty cell. Blank rows are skipped silently. A row that
// cannot be trusted — unclosed quote, NUL character, a field or the row over its cap, too many
// columns, more non-empty fields than the header has, or fewer fields (unless padShortRows) — is
// skipped and reported as a CsvProblem with the line where it starts. A quoted field that runs
// over a line break and leaves its row of the wrong width, or with text after its closing
// quote, was opened by a stray quote: it is reported as such and only its first line is
// skipped, so the rows it would have swallowed are still read. When no header can be found
// because no line can be read (text in the wrong encoding), the error names the first line and
// why. The table ends at the end of
// the text or at the next section (a title row followed by another header, as in Zoom reports);
// endLine() tells which. Data cells are returned as written (not trimmed); header cells are
// trimmed.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)
    Q_DISABLE_COPY_MOVE(CsvReader)

public:
    explicit CsvReader(QString text, const CsvOptions &options = {});

    bool isValid() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    QChar delimiter() const { return m_delimiter; }
    int headerLine() const { return m_headerLine; }
    const QStringList &header() const { return m_header; }
    QString sectionTitle() const { return m_sectionTitle; }
    QStringList sectionTitles() const { return m_sectionTitles; }
    int endLine() const { return m_endLine; }

    // The next well-formed data row; false at the end of the table (or when invalid).
    bool readRow(CsvRow &row);
    // Rows skipped so far.
    const QList<CsvProblem> &problems() const { return m_problems; }

    // Progress through the text, in characters.
    qsizetype position() const;
    qsizetype size() const { return m_text.size(); }

    // Reads the remaining rows into a table with everything detected.
    CsvTable readAll();

    static CsvTable read(const QString &text, const CsvOptions &options = {});
    static CsvTable readBytes(QByteArrayView bytes, const CsvOptions &options = {});
    static CsvTable readFile(const QString &path, const CsvOptions &options = {});

    // For people, without the row's content: "column 3 contains a NUL character".
    static QString describe(const CsvTokenizer::Record &record, const CsvOptions &options);

private:
    bool nextRecord(CsvTokenizer::Record &record);
    bool peekNonBlank(CsvTokenizer::Record &record);
    bool findHeader();
    bool takeHeader(const CsvRow &row, const CsvRow &previous);
    QList<CsvRow> sample();

    QString m_text;
    QStringView m_body; // m_text without a leading byte order mark
    CsvOptions m_options;
    CsvTokenizer::Limits m_limits;
    std::optional<CsvTokenizer> m_tokenizer;
    QList<CsvTokenizer::Record> m_pending; // records read ahead, not yet handed out

    QString m_error;
    QChar m_delimiter;
    int m_headerLine = 0;
    QStringList m_header;
    QString m_sectionTitle;
    QStringList m_sectionTitles;
    int m_endLine = 0;
    bool m_finished = false;
    QList<CsvProblem> m_problems;
    CsvProblem m_sampleProblem; // the first unreadable record of the header sample
};

} // namespace consulta
