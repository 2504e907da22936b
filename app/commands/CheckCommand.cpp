#include "CommandLine.h"
#include "commands/Commands.h"

#include "store/DocumentFile.h"

namespace consulta::cli {

int runCheck(const QStringList &arguments)
{
    const QString command = QStringLiteral("check");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The file to check."));
    if (const int code = parseArguments(
            parser, command, arguments,
            QStringLiteral("Checks that a file is a readable Consulta document without changing "
                           "it: prints 'ok' and its format version, or why not."),
            1);
        code >= 0)
        return code;
    const QString path = parser.positionalArguments().constFirst();
    Result<SqliteDatabase> opened = documentfile::openVerified(path);
    if (!opened)
        return fail(command, opened.errorMessage(), InputError);
    out() << "ok: " << path << " (format version " << documentfile::formatVersion(path) << ")\n";
    return Success;
}

} // namespace consulta::cli
