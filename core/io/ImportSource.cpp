#include "ImportSource.h"

#include "CsvReader.h"
#include "TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace consulta {

namespace {

const QString &attendeeSection()
{
    static const QString title = QStringLiteral("Attendee Details");
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
