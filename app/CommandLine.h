#pragma once

#include <QStringList>
#include <QTextStream>

namespace consulta::cli {

// Exit codes of every subcommand: 0 success, 1 usage error, 2 an input that cannot be
// used (a missing or damaged file, a failed write).
enum ExitCode
{
    Success = 0,
    UsageError = 1,
    InputError = 2,
};

// Where commands write: standard output for results, standard error for messages.
QTextStream &out();
QTextStream &err();

// Prints "consulta COMMAND: message" on standard error and returns code.
int fail(const QString &command, const QString &message, int code);

// True when the first argument names a subcommand or asks for help or the version, so
// main() can run without a display; also when it is a bare word that names no file (a
// mistyped command), which run() refuses as a usage error.
bool isCommandLine(const QStringList &arguments);
bool looksLikeCommand(const QString &argument);
// True when that subcommand paints (reports): it needs a QGuiApplication, which main()
// makes on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
bool needsGui(const QStringList &arguments);

// Runs a subcommand; arguments include the program name.
int run(const QStringList &arguments);

} // namespace consulta::cli
