#include "ImportSource.h"

#include "CsvReader.h"
#include "CsvSniffer.h"
#include "CsvTokenizer.h"
#include "TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace consulta {

namespace {

const QString &attendeeSection()
{
    static const QString title = QStringLiteral("Attendee Details");
    return title;
}

// People who joined a registration webinar without registering (through a link the host
// shared): attendees too, under a header of their own with a subset of the attendees' columns.
const QString &otherAttendedSection()
{
    static const QString title = QStringLiteral("Other Attended");
    return title;
}

bool isTitle(const QString &cell, const QString &title)
{
    QStringView text = QStringView(cell).trimmed();
    if (text.endsWith(u':'))
        text.chop(1);
    return text.trimmed().compare(title, Qt::CaseInsensitive) == 0;
}

bool hasHeader(const QStringList &header, const char *name)
{
    for (const QString &cell : header) {
        if (cell.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// A Zoom participant export "with meeting data" starts with a one-row table about the meeting
// ("Meeting ID,Topic,Start Time,End Time,User Email,…"), then a blank line and the
// participants' own header.
bool isZoomMeetingSummary(const QStringList &header)
{
    return hasHeader(header, "Topic") &&
           (hasHeader(header, "Meeting ID") || hasHeader(header, "Webinar ID"));
}

// The line of the first record after `afterLine` that looks like a header of two or more
// columns, 0 when none does.
int nextHeaderLine(const QString &text, QChar delimiter, int afterLine)
{
    QStringView body = text;
    if (body.startsWith(QChar(0xFEFF)))
        body = body.sliced(1);
    CsvTokenizer tokenizer(body, delimiter, CsvTokenizer::Limits{});
    CsvTokenizer::Record record;
    while (tokenizer.next(record)) {
        if (record.row.line() <= afterLine || record.error != CsvTokenizer::Error::None)
            continue;
        if (record.row.width() >= 2 && CsvSniffer::looksLikeHeader(record.row))
            return record.row.line();
    }
    return 0;
}

int columnHeaded(const QStringList &header, const char *name)
{
    for (qsizetype i = 0; i < header.size(); ++i) {
        if (header.at(i).compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return int(i);
    }
    return -1;
}

// The meeting's host: the summary's "User Email" (the account that ran the meeting).
QString hostEmail(const CsvTable &summary)
{
    const int column = columnHeaded(summary.header, "User Email");
    if (column < 0 || summary.rows.isEmpty())
        return QString();
    return summary.rows.constFirst().cell(column).trimmed().toString();
}

// Takes the host's own rows out of a participant table, as the host and panelists of a webinar
// are left out, and says so by line.
void leaveOutHost(CsvTable &table, const QString &host)
{
    const int column = columnHeaded(table.header, "User Email");
    if (column < 0 || host.isEmpty())
        return;
    QList<CsvRow> kept;
    kept.reserve(table.rows.size());
    for (CsvRow &row : table.rows) {
        if (row.cell(column).trimmed().compare(host, Qt::CaseInsensitive) == 0)
            table.problems.append(
                {row.line(), ImportSource::tr("the meeting's host (the summary's User Email), "
                                              "not a participant")});
        else
            kept.append(std::move(row));
    }
    table.rows = std::move(kept);
    std::stable_sort(table.problems.begin(), table.problems.end(),
                     [](const CsvProblem &a, const CsvProblem &b) { return a.line < b.line; });
}

// Appends the rows of `other` to `table`, each cell under the column of `table` with the same
// header (ignoring case); cells under headers `table` lacks are dropped.
void appendByHeader(CsvTable &table, const CsvTable &other)
{
    QList<int> target(other.header.size(), -1);
    for (qsizetype i = 0; i < other.header.size(); ++i) {
        for (qsizetype j = 0; j < table.header.size() && target[i] < 0; ++j) {
            if (table.header[j].compare(other.header[i], Qt::CaseInsensitive) == 0)
                target[i] = int(j);
        }
    }
    // Everyone the other section lists attended: where it has no Attended column of its own,
    // its rows say Yes in the table's.
    qsizetype attended = -1;
    if (!hasHeader(other.header, "Attended")) {
        for (qsizetype j = 0; j < table.header.size() && attended < 0; ++j) {
            if (table.header[j].trimmed().compare(QLatin1String("Attended"), Qt::CaseInsensitive) ==
                0)
                attended = j;
        }
    }
    for (const CsvRow &source : other.rows) {
        QStringList cells(table.header.size());
        for (qsizetype i = 0; i < source.size() && i < target.size(); ++i) {
            if (target[i] >= 0)
                cells[target[i]] = source.cell(i).toString();
        }
        if (attended >= 0)
            cells[attended] = QStringLiteral("Yes");
        CsvRow row;
        for (const QString &cell : cells)
            row.appendCell(cell);
        row.setLine(source.line());
        table.rows.append(row.compacted());
    }
    table.problems.append(other.problems);
}

// CsvReader::readAll(), with room for every row made at once: a 100,000-row list that grows
// by reallocation moves its rows a dozen times.
CsvTable readTable(const QString &text, const CsvOptions &options)
{
    CsvReader reader(text, options);
    CsvTable table;
    table.error = reader.errorString();
    table.delimiter = reader.delimiter();
    table.sectionTitles = reader.sectionTitles();
    if (!reader.isValid())
        return table;
    table.headerLine = reader.headerLine();
    table.sectionTitle = reader.sectionTitle();
    table.header = reader.header();
    table.rows.reserve(QStringView(text).count(u'\n') + 1);
    CsvRow row;
    while (reader.readRow(row))
        table.rows.append(std::move(row));
    table.problems = reader.problems();
    table.endLine = reader.endLine();
    return table;
}

} // namespace

QString importFormatCode(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Auto:
        return QStringLiteral("auto");
    case ImportFormat::Zoom:
        return QStringLiteral("zoom");
    case ImportFormat::Generic:
        return QStringLiteral("generic");
    }
    return QString();
}

std::optional<ImportFormat> importFormatFromCode(const QString &code)
{
    for (const ImportFormat format :
         {ImportFormat::Auto, ImportFormat::Zoom, ImportFormat::Generic}) {
        if (code.compare(importFormatCode(format), Qt::CaseInsensitive) == 0)
            return format;
    }
    return std::nullopt;
}

ImportSource ImportSource::fromFile(const QString &path, ImportFormat format,
                                    const CsvOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportSource source;
        source.m_format = format;
        source.m_name = QFileInfo(path).fileName();
        source.m_table.error =
            tr("Cannot open “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return source;
    }
    // Decoded straight from the page cache: the bytes are not copied into memory of our own.
    const qint64 size = file.size();
    if (size > 0) {
        if (const uchar *mapped = file.map(0, size)) {
            ImportSource source =
                fromBytes(QByteArrayView(reinterpret_cast<const char *>(mapped), size),
                          QFileInfo(path).fileName(), format, options);
            file.unmap(const_cast<uchar *>(mapped));
            return source;
        }
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        ImportSource source;
        source.m_format = format;
        source.m_name = QFileInfo(path).fileName();
        source.m_table.error =
            tr("Cannot read “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return source;
    }
    return fromBytes(bytes, QFileInfo(path).fileName(), format, options);
}

ImportSource ImportSource::fromBytes(QByteArrayView bytes, const QString &name, ImportFormat format,
                                     const CsvOptions &options)
{
    if (!options.codec.isEmpty() && !TextDecoder::isKnownCodec(options.codec)) {
        ImportSource source;
        source.m_format = format;
        source.m_name = name;
        source.m_options = options;
        source.m_table.error =
            tr("The encoding “%1” is not known here.").arg(QString::fromLatin1(options.codec));
        return source;
    }
    TextDecoder::Result decoded = TextDecoder::decode(bytes, options.encoding, options.codec);
    ImportSource source = fromText(decoded.text, name, format, options);
    source.m_table.encoding = decoded.encoding;
    source.m_table.encodingDescription = decoded.description();
    if (options.codec.isEmpty())
        source.m_options.encoding = decoded.encoding;
    const bool forced = options.encoding.has_value() || !options.codec.isEmpty();
    if (forced && (!source.ok() || !source.detectedMapping().identifiesPeople())) {
        // A person chose an encoding and nothing usable came out: if the detected one reads
        // people, the choice is what is wrong, and "no rows" or "no name column" would hide it.
        const TextDecoder::Result detected = TextDecoder::decode(bytes);
        if (detected.description() != decoded.description()) {
            CsvOptions detectedOptions = options;
            detectedOptions.encoding.reset();
            detectedOptions.codec.clear();
            const ImportSource other = fromText(detected.text, name, format, detectedOptions);
            if (other.ok() && other.detectedMapping().identifiesPeople()) {
                const QString what = source.ok() ? tr("no column of its header holds a name or "
                                                      "an e-mail address")
                                                 : tr("no header row was found");
                source.m_table = CsvTable{};
                source.m_table.encoding = decoded.encoding;
                source.m_table.encodingDescription = decoded.description();
                source.m_table.error =
                    tr("The file does not read as %1: %2. It reads as %3; leave the encoding "
                       "to be detected or choose that one.")
                        .arg(decoded.description(), what, detected.description());
            }
        }
    }
    return source;
}

ImportSource ImportSource::fromText(const QString &text, const QString &name, ImportFormat format,
                                    const CsvOptions &options)
{
    ImportSource source;
    source.m_format = format;
    source.m_name = name;
    source.read(text, options);
    return source;
}

void ImportSource::read(const QString &text, const CsvOptions &options)
{
    m_options = options;
    const bool chooseSection =
        m_format != ImportFormat::Generic && options.section.isEmpty() && options.headerLine <= 0;
    if (chooseSection) {
        const CsvReader probe(text, options);
        const QStringList titles = probe.sectionTitles();
        bool found = false;
        for (const QString &title : titles)
            found = found || isTitle(title, attendeeSection());
        if (found) {
            m_options.section = attendeeSection();
        } else if (m_format == ImportFormat::Zoom && !titles.isEmpty()) {
            m_table.error = tr("This Zoom report has no “%1” section; only attendees are "
                               "imported from attendee reports.")
                                .arg(attendeeSection());
            return;
        }
    }
    m_table = readTable(text, m_options);
    // Also when the section was chosen by an earlier read: options() reads the same table.
    if (m_format != ImportFormat::Generic && m_table.ok() &&
        isTitle(m_options.section, attendeeSection()) &&
        std::any_of(m_table.sectionTitles.cbegin(), m_table.sectionTitles.cend(),
                    [](const QString &title) { return isTitle(title, otherAttendedSection()); })) {
        CsvOptions other = m_options;
        other.section = otherAttendedSection();
        const CsvTable others = readTable(text, other);
        if (others.ok())
            appendByHeader(m_table, others);
    }
    if (chooseSection && m_table.ok() && isZoomMeetingSummary(m_table.header)) {
        if (const int line = nextHeaderLine(text, m_table.delimiter, m_table.headerLine)) {
            // Not kept in m_options: reading with options() finds the summary again and
            // leaves the host out again.
            const QString host = hostEmail(m_table);
            CsvOptions participants = m_options;
            participants.headerLine = line;
            m_table = readTable(text, participants);
            leaveOutHost(m_table, host);
        }
    }
    m_kind = recognise(text);
}

SourceKind ImportSource::recognise(const QString &text) const
{
    if (!m_table.ok())
        return SourceKind::Table;
    const QStringList &header = m_table.header;
    if (isTitle(m_table.sectionTitle, attendeeSection()))
        return SourceKind::ZoomAttendeeReport;
    const QStringView start = QStringView(text).left(64).trimmed();
    const bool zoomTitle = start.contains(QLatin1String("Registration Report"));
    if (zoomTitle ||
        (hasHeader(header, "Approval Status") && hasHeader(header, "Registration Time")))
        return SourceKind::ZoomRegistrationReport;
    if (hasHeader(header, "Start time") && hasHeader(header, "Completion time"))
        return SourceKind::MicrosoftForms;
    if (!header.isEmpty() &&
        header.constFirst().compare(QLatin1String("Timestamp"), Qt::CaseInsensitive) == 0)
        return SourceKind::GoogleForms;
    return SourceKind::Table;
}

QString ImportSource::kindDescription() const
{
    switch (m_kind) {
    case SourceKind::Table:
        return tr("table");
    case SourceKind::ZoomRegistrationReport:
        return tr("Zoom registration report");
    case SourceKind::ZoomAttendeeReport:
        return tr("Zoom attendee report (attendees only)");
    case SourceKind::MicrosoftForms:
        return tr("Microsoft Forms export");
    case SourceKind::GoogleForms:
        return tr("Google Forms export");
    }
    return QString();
}

} // namespace consulta
