// The document file through the real program: an older file upgraded by a command that
// writes (its original kept beside it), a leftover journal reported and left alone, and
// the window ending tidily on SIGTERM and SIGHUP.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <csignal>

namespace {

QString copyData(const CliRunner &cli, const QString &relative, const QString &name)
{
    const QString path = cli.path(name);
    QFile::remove(path);
    REQUIRE(QFile::copy(consulta::test::dataPath(relative), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return path;
}

QString lockOf(const QString &file)
{
    const QFileInfo info(file);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() +
                                       QStringLiteral(".lock"));
}

bool waitFor(const std::function<bool()> &condition, int milliseconds)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > milliseconds)
            return false;
        QThread::msleep(50);
    }
    return true;
}

// The window, started on its own data folders; the offscreen platform stands in for a desktop.
void startWindow(QProcess &window, const CliRunner &cli, const QString &file)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("XDG_DATA_HOME"), cli.dataHome() + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"),
                       cli.dataHome() + QStringLiteral("/config"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    window.setProcessEnvironment(environment);
    window.start(QStringLiteral(CONSULTA_BINARY_DIR "/consulta"), {file});
}

} // namespace

TEST_CASE("set on a version 1 file keeps the original and writes the current format",
          "[cli][migration]")
{
    CliRunner cli;
    const QString file = copyData(cli, QStringLiteral("migration/v1-sample.consulta"),
                                  QStringLiteral("old.consulta"));
    const QByteArray original = consulta::test::readAll(file);
    const CliResult checked = cli.run({QStringLiteral("check"), file});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("format version 1")));
    // Reading does not upgrade.
    CHECK(cli.run({QStringLiteral("stats"), file}).exitCode == 0);
    CHECK(consulta::test::readAll(file) == original);

    const CliResult set =
        cli.run({QStringLiteral("set"), file, QStringLiteral("--title"), QStringLiteral("Two")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QString backup = cli.path(QStringLiteral("old (format 1 backup).consulta"));
    CHECK(consulta::test::readAll(backup) == original);
    CHECK(set.err.contains(QStringLiteral("old (format 1 backup).consulta")));
    const CliResult after = cli.run({QStringLiteral("check"), file});
    CHECK(after.exitCode == 0);
    CHECK(after.out.contains(QStringLiteral("format version 2")));
    CHECK(cli.run({QStringLiteral("check"), backup})
              .out.contains(QStringLiteral("format version 1")));

    // The next write has nothing to upgrade: no second backup.
    REQUIRE(cli.run({QStringLiteral("set"), file, QStringLiteral("--title"), QStringLiteral("3")})
                .exitCode == 0);
    CHECK(QDir(cli.path(QString())).entryList({QStringLiteral("*backup*")}, QDir::Files).size() ==
          1);
}

TEST_CASE("a leftover journal is reported by every command and left alone", "[cli][damaged]")
{
    CliRunner cli;
    const QString file = copyData(cli, QStringLiteral("bad/leftover-journal.consulta"),
                                  QStringLiteral("leftover-journal.consulta"));
    const QString journal = copyData(cli, QStringLiteral("bad/leftover-journal.consulta-journal"),
                                     QStringLiteral("leftover-journal.consulta-journal"));
    const QByteArray fileBytes = consulta::test::readAll(file);
    const QByteArray journalBytes = consulta::test::readAll(journal);
    for (const QStringList &command :
         {QStringList{QStringLiteral("check"), file}, QStringList{QStringLiteral("stats"), file},
          QStringList{QStringLiteral("set"), file, QStringLiteral("--title"),
                      QStringLiteral("x")}}) {
        INFO(command.join(QLatin1Char(' ')).toStdString());
        const CliResult result = cli.run(command);
        CHECK(result.exitCode == 2);
        CHECK(result.err.count(QLatin1Char('\n')) == 1);
        CHECK(result.err.contains(QStringLiteral("leftover-journal.consulta-journal")));
        CHECK(consulta::test::readAll(file) == fileBytes);
        CHECK(consulta::test::readAll(journal) == journalBytes);
    }
}

TEST_CASE("the window ends tidily on SIGTERM and SIGHUP", "[cli][signal]")
{
    for (const int signalNumber : {SIGTERM, SIGHUP}) {
        INFO("signal " << signalNumber);
        CliRunner cli;
        const QString file = cli.path(QStringLiteral("open.consulta"));
        REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
        const QByteArray before = consulta::test::readAll(file);
        QProcess window;
        startWindow(window, cli, file);
        REQUIRE(window.waitForStarted());
        // Open means locked.
        REQUIRE(waitFor([&] { return QFileInfo::exists(lockOf(file)); }, 20000));
        QThread::msleep(300);
        REQUIRE(window.state() == QProcess::Running);
        ::kill(pid_t(window.processId()), signalNumber);
        REQUIRE(window.waitForFinished(20000));
        CHECK(window.exitStatus() == QProcess::NormalExit);
        CHECK(window.exitCode() == 128 + signalNumber);
        CHECK_FALSE(QFileInfo::exists(lockOf(file)));
        CHECK(consulta::test::readAll(file) == before);
        // Nothing was edited: no working copy is left to offer.
        const QDir working(cli.dataHome() +
                           QStringLiteral("/data/Consulta/consulta/working-copies"));
        CHECK(working.entryList({QStringLiteral("*.consulta-work")}, QDir::Files).isEmpty());
    }
}

TEST_CASE("SIGTERM while a startup dialog is open ends the program", "[cli][signal]")
{
    // `consulta FILE` on a file that is not there shows why in a dialog, at startup. The signal
    // used to close only that dialog: the main event loop started afterwards and ran on.
    CliRunner cli;
    QProcess window;
    startWindow(window, cli, cli.path(QStringLiteral("missing.consulta")));
    REQUIRE(window.waitForStarted());
    QThread::msleep(2000); // the window is up and the dialog open
    REQUIRE(window.state() == QProcess::Running);
    ::kill(pid_t(window.processId()), SIGTERM);
    REQUIRE(window.waitForFinished(20000));
    CHECK(window.exitStatus() == QProcess::NormalExit);
    CHECK(window.exitCode() == 128 + SIGTERM);
}
