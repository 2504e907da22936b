#include "CliRunner.h"

#include "TestPaths.h"

#include <QDir>
#include <QProcess>

CliRunner::CliRunner() = default;

CliResult CliRunner::run(const QStringList &arguments) const
{
    return run(arguments, {});
}

CliResult CliRunner::run(const QStringList &arguments, const std::function<void()> &inChild) const
{
    QProcess process;
    if (inChild)
        process.setChildProcessModifier(inChild);
    start(process, arguments);
    process.waitForFinished(60000);
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

void CliRunner::start(QProcess &process, const QStringList &arguments) const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       m_home.filePath(QStringLiteral("config")));
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM")); // commands must not need one
    environment.remove(QStringLiteral("XDG_RUNTIME_DIR")); // nor a desktop session
    process.setProcessEnvironment(environment);
    process.setWorkingDirectory(m_files.path());
    process.start(QDir(QStringLiteral(CONSULTA_BINARY_DIR)).filePath(QStringLiteral("consulta")),
                  arguments);
}
