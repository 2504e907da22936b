#pragma once

#include "common/Result.h"
#include "store/Document.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>

// One function per subcommand; arguments[0] is the command's name.
namespace consulta::cli {

int runNew(const QStringList &arguments);
int runSet(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runStats(const QStringList &arguments);
int runInvite(const QStringList &arguments);
int runReport(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runExport(const QStringList &arguments);

// Shared by the commands: parses arguments with --help, and checks the number of
// positional arguments. Returns -1 when the command should go on, else an exit code.
int parseArguments(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                   const QString &description, int positionalCount);

// How a command uses a document: commands that only read it take no lock, so they work
// while the document is open in a window.
enum class Access
{
    Write,
    Read,
};

// Opens a document for a command, printing the file's problem and returning nullptr when
// it cannot be opened (also when another process has it open for writing).
std::unique_ptr<Document> openDocument(const QString &command, const QString &path,
                                       Access access = Access::Write);

// Saves a document a command changed. When the save upgraded an older-format file, says
// on standard error where the original was kept; the caller reports a failure.
Result<void> saveDocument(const QString &command, Document &document);

} // namespace consulta::cli
