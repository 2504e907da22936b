#include "CommandLine.h"
#include "commands/Commands.h"

#include "io/CsvExporter.h"

namespace consulta::cli {

int runExport(const QStringList &arguments)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    const QCommandLineOption stage(
        QStringLiteral("stage"),
        QStringLiteral("Only the participants of a stage: pool (everyone, the default), "
                       "invited, registered or attended."),
        QStringLiteral("S"));
    parser.addOption(stage);
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The consultation."));
    parser.addPositionalArgument(QStringLiteral("OUT.csv"), QStringLiteral("The file to write."));
    if (const int code = parseArguments(
            parser, command, arguments,
            QStringLiteral("Exports participants as CSV (UTF-8 with BOM, CRLF) that is safe to "
                           "open in a spreadsheet: cells that a spreadsheet would run as "
                           "formulas start with a single quote. 'consulta import' reads it "
                           "back."),
            2);
        code >= 0)
        return code;

    std::optional<Stage> chosen;
    if (parser.isSet(stage)) {
        chosen = stageFromCode(parser.value(stage).trimmed());
        if (!chosen)
            return fail(command,
                        QStringLiteral("--stage must be pool, invited, registered or attended."),
                        UsageError);
    }
    const QString path = parser.positionalArguments().at(0);
    const QString target = parser.positionalArguments().at(1);
    // Exporting only reads: no lock, so it works while the window has the file open.
    Document::OpenOptions openOptions;
    openOptions.readOnly = true;
    Result<std::unique_ptr<Document>> document = Document::open(path, openOptions);
    if (!document)
        return fail(command, document.errorMessage(), InputError);
    Result<int> written = CsvExporter::write(document.value()->store(), target, chosen);
    if (!written)
        return fail(command, written.errorMessage(), InputError);
    out() << "exported " << *written << " participants to " << target << '\n';
    return Success;
}

} // namespace consulta::cli
