#include "CommandLine.h"

#include "commands/Commands.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>

namespace consulta::cli {

namespace {

struct Command
{
    const char *name;
    const char *summary;
    int (*run)(const QStringList &arguments);
    bool needsGui = false; // paints (fonts, PDF): main() makes a QGuiApplication
};

const Command kCommands[] = {
    {"new", "create a consultation file (--sample: the concept note's consultation)", runNew},
    {"set", "change a consultation's details", runSet},
    {"check", "check that a file is a readable Consulta document", runCheck},
    {"stats", "balance figures and rules for every stage", runStats},
    {"invite", "write invitations or reminders as .eml files in each one's time zone", runInvite},
    {"report", "print a balance or participants report to PDF", runReport, true},
    {"import", "import participants from CSV/TSV exports, all or nothing", runImport},
    {"export", "export participants as CSV that is safe to open in a spreadsheet", runExport},
};

const Command *findCommand(const QString &name)
{
    for (const Command &command : kCommands) {
        if (name == QLatin1String(command.name))
            return &command;
    }
    return nullptr;
}

void printUsage(QTextStream &stream)
{
    stream << "Usage: consulta [FILE]\n"
              "       consulta COMMAND [OPTIONS] FILE …\n\n"
              "Without a command, opens the main window (on FILE).\n\n"
              "Commands:\n";
    for (const Command &command : kCommands)
        stream << "  " << QString::fromLatin1(command.name).leftJustified(8) << command.summary
               << '\n';
    stream << "\nRun 'consulta COMMAND --help' for a command's options.\n";
    stream.flush();
}

} // namespace

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &command, const QString &message, int code)
{
    out().flush();
    err() << "consulta " << command << ": " << message << '\n';
    err().flush();
    return code;
}

bool looksLikeCommand(const QString &argument)
{
    // A bare word that names no file: "stat" for "stats" is a usage error, not a document
    // the window should try to open. Document names have a dot or a folder.
    return !argument.isEmpty() && !argument.startsWith(QLatin1Char('-')) &&
           !argument.contains(QLatin1Char('.')) && !argument.contains(QLatin1Char('/')) &&
           !QFileInfo::exists(argument);
}

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    return findCommand(first) || first == QLatin1String("--help") || first == QLatin1String("-h") ||
           first == QLatin1String("--version") || first == QLatin1String("help") ||
           looksLikeCommand(first);
}

bool needsGui(const QStringList &arguments)
{
    const Command *command = findCommand(arguments.value(1));
    return command && command->needsGui;
}

int run(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        printUsage(out());
        return Success;
    }
    if (first == QLatin1String("--version")) {
        out() << "consulta " << QCoreApplication::applicationVersion() << '\n';
        out().flush();
        return Success;
    }
    const Command *command = findCommand(first);
    if (!command) {
        err() << "consulta: “" << first << "” is not a command.\n\n";
        printUsage(err());
        return UsageError;
    }
    QStringList commandArguments = arguments.mid(1); // the command name stands as argv[0]
    const int code = command->run(commandArguments);
    out().flush();
    err().flush();
    return code;
}

} // namespace consulta::cli
