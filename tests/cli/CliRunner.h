#pragma once

#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>

class QProcess;

// Runs build/bin/consulta with its own data folder (so working copies and settings of
// the tests never meet a user's) and no display.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CliRunner
{
public:
    CliRunner();
    CliResult run(const QStringList &arguments) const;
    // Runs with a function called in the child between fork and exec (resource limits,
    // another user).
    CliResult run(const QStringList &arguments, const std::function<void()> &inChild) const;
    // Starts the command without waiting, for tests that interrupt it.
    void start(QProcess &process, const QStringList &arguments) const;
    QString path(const QString &name) const { return m_files.filePath(name); }
    QString dataHome() const { return m_home.path(); }

private:
    QTemporaryDir m_home;
    QTemporaryDir m_files;
};
