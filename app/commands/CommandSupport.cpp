#include "CommandLine.h"
#include "commands/Commands.h"

#include "store/Schema.h"

#include <QDir>

namespace consulta::cli {

int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                   const QString &description, int positionalCount)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Shows this help."));
    parser.addOption(help);
    if (!parser.parse(arguments))
        return fail(command, parser.errorText(), UsageError);
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // QCommandLineParser names the program by its path; show the real invocation.
        const qsizetype programEnd = text.indexOf(QStringLiteral(" [options]"));
        if (text.startsWith(QStringLiteral("Usage: ")) && programEnd > 0)
            text.replace(7, programEnd - 7, QStringLiteral("consulta ") + command);
        out() << text;
        out().flush();
        return Success;
    }
    if (parser.positionalArguments().size() != positionalCount)
        return fail(command,
                    QStringLiteral("expects %1 file argument(s); see 'consulta %2 --help'.")
                        .arg(positionalCount)
                        .arg(command),
                    UsageError);
    return -1;
}

std::unique_ptr<Document> openDocument(const QString &command, const QString &path, Access access)
{
    Document::OpenOptions options;
    options.readOnly = access == Access::Read;
    Result<std::unique_ptr<Document>> document = Document::open(path, options);
    if (!document) {
        fail(command, document.errorMessage(), InputError);
        return nullptr;
    }
    return document.takeValue();
}

Result<void> saveDocument(const QString &command, Document &document)
{
    Result<void> saved = document.save();
    if (saved && !document.upgradeBackupPath().isEmpty()) {
        err() << "consulta " << command << ": upgraded "
              << QDir::toNativeSeparators(document.filePath()) << " to file format "
              << schema::kSchemaVersion << "; the original is kept as "
              << QDir::toNativeSeparators(document.upgradeBackupPath()) << '\n';
        err().flush();
    }
    return saved;
}

} // namespace consulta::cli
