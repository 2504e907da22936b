#include "CommandLine.h"
#include "commands/Commands.h"

#include "io/ImportSource.h"
#include "io/ParticipantImporter.h"
#include "io/TextDecoder.h"

namespace consulta::cli {

namespace {

QString jsonString(const QString &text)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString delimiterName(QChar delimiter)
{
    switch (delimiter.unicode()) {
    case u',':
        return QStringLiteral("comma");
    case u';':
        return QStringLiteral("semicolon");
    case u'\t':
        return QStringLiteral("tab");
    default:
        return QStringLiteral("“%1”").arg(delimiter);
    }
}

void printJson(const ImportReport &report)
{
    QString json = QStringLiteral("{\"added\": %1, \"merged\": %2, \"rejected\": [")
                       .arg(report.added)
                       .arg(report.merged);
    for (qsizetype i = 0; i < report.rejected.size(); ++i) {
        const ImportRejection &rejection = report.rejected.at(i);
        if (i > 0)
            json += QStringLiteral(", ");
        json += QStringLiteral("{\"line\": %1, \"reason\": ").arg(rejection.line) +
                jsonString(rejection.reason) + QLatin1Char('}');
    }
    json += QStringLiteral("]}");
    out() << json << '\n';
    for (const QString &warning : report.warnings)
        err() << "consulta import: warning: " << warning << '\n';
}

// "  merged by e-mail: lines 3, 6, 9 and 40 more": which rows merged, never what they hold.
void printMerges(const QList<ImportMerge> &merges, ImportMerge::Match match, const char *how)
{
    constexpr qsizetype kListed = 20;
    QStringList lines;
    qsizetype count = 0;
    for (const ImportMerge &merge : merges) {
        if (merge.match != match)
            continue;
        if (++count <= kListed)
            lines.append(QString::number(merge.line));
    }
    if (count == 0)
        return;
    out() << "  merged " << how << (count == 1 ? ": line " : ": lines ")
          << lines.join(QStringLiteral(", "));
    if (count > kListed)
        out() << " and " << count - kListed << " more";
    out() << '\n';
}

void printSummary(const ImportSource &source, const ColumnMapping &mapping,
                  const ImportReport &report)
{
    const CsvTable &table = source.table();
    out() << "read " << source.name() << ": " << source.kindDescription() << ", "
          << table.encodingDescription << ", " << delimiterName(table.delimiter)
          << "-separated, header on line " << table.headerLine << '\n';
    QStringList mapped;
    QStringList ignored;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const QString header = mapping.header().at(column);
        const ImportField field = mapping.field(column);
        if (field == ImportField::None)
            ignored.append(header.isEmpty() ? QStringLiteral("#%1").arg(column + 1) : header);
        else
            mapped.append(header + QLatin1Char('=') + importFieldCode(field));
    }
    out() << "columns: " << mapped.join(QStringLiteral(", ")) << '\n';
    if (!ignored.isEmpty())
        out() << "not imported: " << ignored.join(QStringLiteral(", ")) << '\n';
    out() << "added " << report.added << ", merged " << report.merged << ", rejected "
          << report.rejected.size();
    if (report.organizationsAdded > 0)
        out() << " (" << report.organizationsAdded << " new organizations)";
    out() << '\n';
    for (const ImportRejection &rejection : report.rejected)
        out() << "  line " << rejection.line << ": " << rejection.reason << '\n';
    printMerges(report.merges, ImportMerge::Match::Email, "by e-mail");
    printMerges(report.merges, ImportMerge::Match::NameAndOrganization, "by name and organization");
    for (const QString &warning : report.warnings)
        out() << "warning: " << warning << '\n';
    if (report.dryRun)
        out() << "dry run: nothing was written\n";
}

} // namespace

int runImport(const QStringList &arguments)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("auto (default): recognise Zoom reports; zoom: a Zoom registration or "
                       "attendee report (attendees only); generic: a plain table."),
        QStringLiteral("auto|zoom|generic"), QStringLiteral("auto"));
    const QCommandLineOption map(
        QStringLiteral("map"),
        QStringLiteral(
            "Reads the column with this header (or number) as a field: given_name, "
            "family_name, full_name, email, gender, organization, country, sector, "
            "job_title, status, registered_at, time_zone, notes, attended, origin, or none. "
            "Repeatable."),
        QStringLiteral("Header=field"));
    const QCommandLineOption status(
        QStringLiteral("status"),
        QStringLiteral("Gives every imported row this status (identified, invited, waitlisted, "
                       "registered, declined, attended); merging keeps a more advanced one."),
        QStringLiteral("S"));
    const QCommandLineOption encoding(
        QStringLiteral("encoding"),
        QStringLiteral("Reads the file in this encoding instead of detecting it: UTF-8, "
                       "UTF-16LE, UTF-16BE, Windows-1252, or a name such as GB18030, GBK, "
                       "Shift_JIS, EUC-KR, TIS-620 or windows-874."),
        QStringLiteral("NAME"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    QStringLiteral("Reports what would happen; writes nothing."));
    const QCommandLineOption json(
        QStringLiteral("json"),
        QStringLiteral("Prints {\"added\": n, \"merged\": n, \"rejected\": [{\"line\": n, "
                       "\"reason\": s}]}."));
    parser.addOptions({format, map, status, encoding, dryRun, json});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The consultation."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 QStringLiteral("A CSV or TSV export (Zoom, Microsoft or Google "
                                                "Forms, Indico, a spreadsheet)."));
    if (const int code = parseArguments(
            parser, command, arguments,
            QStringLiteral("Imports participants, all or nothing: duplicates (same e-mail, or "
                           "same name and organization) are merged; rows that cannot be used "
                           "are reported by line."),
            2);
        code >= 0)
        return code;

    const std::optional<ImportFormat> chosenFormat = importFormatFromCode(parser.value(format));
    if (!chosenFormat)
        return fail(command, QStringLiteral("--format must be auto, zoom or generic."), UsageError);
    ImportOptions options;
    if (parser.isSet(status)) {
        options.status = statusFromCode(parser.value(status).trimmed());
        if (!options.status)
            return fail(command,
                        QStringLiteral("--status must be identified, invited, waitlisted, "
                                       "registered, declined or attended."),
                        UsageError);
    }
    options.dryRun = parser.isSet(dryRun);

    const QString path = parser.positionalArguments().at(0);
    const QString input = parser.positionalArguments().at(1);
    CsvOptions csv;
    if (parser.isSet(encoding)) {
        const QString name = parser.value(encoding).trimmed();
        bool named = false;
        for (const TextDecoder::Encoding known :
             {TextDecoder::Encoding::Utf8, TextDecoder::Encoding::Utf16LE,
              TextDecoder::Encoding::Utf16BE, TextDecoder::Encoding::Windows1252}) {
            if (name.compare(TextDecoder::encodingName(known), Qt::CaseInsensitive) == 0) {
                csv.encoding = known;
                named = true;
            }
        }
        if (!named) {
            csv.codec = name.toLatin1();
            if (!TextDecoder::isKnownCodec(csv.codec))
                return fail(
                    command,
                    QStringLiteral("--encoding: “%1” is not an encoding known here.").arg(name),
                    UsageError);
        }
    }
    const ImportSource source = ImportSource::fromFile(input, *chosenFormat, csv);
    if (!source.ok())
        return fail(command, source.errorString(), InputError);
    ColumnMapping mapping = source.detectedMapping();
    for (const QString &assignment : parser.values(map)) {
        if (Result<void> applied = mapping.apply(assignment); !applied)
            return fail(command, QStringLiteral("--map: ") + applied.errorMessage(), UsageError);
    }
    if (!mapping.identifiesPeople())
        return fail(command,
                    QStringLiteral("no column of the header on line %1 holds a name or an "
                                   "e-mail address; name one with --map 'Header=email' (or "
                                   "given_name, family_name, full_name).")
                        .arg(source.table().headerLine),
                    InputError);

    std::unique_ptr<Document> document = openDocument(command, path);
    if (!document)
        return InputError;
    options.source = source.name();
    Result<ImportReport> report =
        ParticipantImporter(document->store()).run(source.table(), mapping, options);
    if (!report)
        return fail(command, report.errorMessage(), InputError);
    if (!options.dryRun) {
        if (Result<void> saved = saveDocument(command, *document); !saved)
            return fail(command, saved.errorMessage(), InputError);
    }
    if (parser.isSet(json))
        printJson(*report);
    else
        printSummary(source, mapping, *report);
    return Success;
}

} // namespace consulta::cli
