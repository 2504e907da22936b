// Fault tests: the document file must stay valid, and hold either the old or the new
// version, whatever happens to a command that writes it.
#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <csignal>
#include <grp.h>
#include <pwd.h>
#include <sys/resource.h>
#include <unistd.h>

namespace {

QString titleOf(const CliRunner &cli, const QString &file)
{
    const CliResult stats = cli.run({QStringLiteral("stats"), file, QStringLiteral("--json")});
    REQUIRE(stats.exitCode == 0);
    return QJsonDocument::fromJson(stats.out.toUtf8())
        .object()
        .value(QStringLiteral("consultation"))
        .toObject()
        .value(QStringLiteral("title"))
        .toString();
}

QStringList temporariesBeside(const QString &file)
{
    const QFileInfo info(file);
    return info.absoluteDir().entryList({QStringLiteral(".*.consulta-tmp")},
                                        QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("kill -9 at random moments never leaves an invalid file or a mix", "[cli][fault]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("killed.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    QString expected = titleOf(cli, file);
    QRandomGenerator random(20201028);
    int killedMidway = 0;
    const int rounds = 70;
    for (int round = 0; round < rounds; ++round) {
        const QString next =
            QStringLiteral("Title of round %1 ").arg(round).repeated(1 + round % 7);
        QProcess process;
        cli.start(process, {QStringLiteral("set"), file, QStringLiteral("--title"), next});
        REQUIRE(process.waitForStarted());
        QThread::usleep(random.bounded(60000)); // 0–60 ms: before, during or after the save
        const bool running = process.state() == QProcess::Running;
        if (running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++killedMidway;
        }
        process.waitForFinished();
        INFO("round " << round);
        // stats opens the file as check does (header, integrity), then reads the title.
        const QString title = titleOf(cli, file);
        // Either the command finished (new title) or it did not (old title): no mix.
        REQUIRE((title == expected || title == next));
        expected = title;
    }
    CHECK(killedMidway > rounds / 4);
    // Temporaries of killed saves are removed the next time the file is opened for writing.
    // A process killed while writing its lock leaves an unreadable lock, taken over once it
    // is a second old: wait that long.
    QThread::msleep(1500);
    const CliResult last =
        cli.run({QStringLiteral("set"), file, QStringLiteral("--limit"), QStringLiteral("1")});
    INFO(last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    CHECK(temporariesBeside(file).isEmpty());
}

namespace {

// A registration export of `count` people, every address marked with the round, so the
// file tells how many of that round's people an import left in it.
QString roundCsv(const CliRunner &cli, int round, int count)
{
    QByteArray csv = "First Name,Last Name,Email Address,Affiliation,Country\n";
    for (int i = 0; i < count; ++i)
        csv += "Person" + QByteArray::number(i) + ",Round" + QByteArray::number(round) + ",r" +
               QByteArray::number(round) + "p" + QByteArray::number(i) +
               "@example.org,Organization " + QByteArray::number(i % 40) + ",Thailand\n";
    const QString path = cli.path(QStringLiteral("round.csv"));
    consulta::test::writeAll(path, csv);
    return path;
}

// How many people of a round the file holds; the export also proves the file opens.
int peopleOfRound(const CliRunner &cli, const QString &file, int round)
{
    const QString out = cli.path(QStringLiteral("export.csv"));
    QFile::remove(out);
    const CliResult exported = cli.run({QStringLiteral("export"), file, out});
    INFO(exported.err.toStdString());
    REQUIRE(exported.exitCode == 0);
    const QByteArray marker = "@example.org";
    const QByteArray prefix = ",r" + QByteArray::number(round) + "p";
    int count = 0;
    const QList<QByteArray> lines = consulta::test::readAll(out).split('\n');
    for (const QByteArray &line : lines) {
        if (line.contains(prefix) && line.contains(marker))
            ++count;
    }
    return count;
}

} // namespace

TEST_CASE("kill -9 during imports leaves the whole import or none of it", "[cli][fault]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("imported.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file}).exitCode == 0);
    QRandomGenerator random(20261128);
    const int people = 120;
    // Until 100 imports were killed midway (how many rounds that takes depends on the
    // machine's speed), within a bound.
    const int wantedKills = 100;
    int killedMidway = 0;
    int completed = 0;
    int rounds = 0;
    for (; killedMidway < wantedKills && rounds < 3 * wantedKills; ++rounds) {
        const int round = rounds;
        const QString csv = roundCsv(cli, round, people);
        QProcess process;
        cli.start(process, {QStringLiteral("import"), file, csv});
        REQUIRE(process.waitForStarted());
        // Mostly within the import's run (opening, reading, writing, saving), now and then
        // after it.
        QThread::usleep(random.bounded(round % 10 == 9 ? 400000 : 90000));
        if (process.state() == QProcess::Running) {
            ::kill(pid_t(process.processId()), SIGKILL);
            ++killedMidway;
        }
        process.waitForFinished();
        INFO("round " << round);
        const int found = peopleOfRound(cli, file, round);
        REQUIRE((found == 0 || found == people));
        if (found == people)
            ++completed;
    }
    INFO("killed " << killedMidway << ", completed " << completed);
    CHECK(killedMidway >= wantedKills);
    CHECK(completed > 0);
    QThread::msleep(1100); // a lock killed while being written goes stale after a second
    const CliResult last = cli.run({QStringLiteral("import"), file, roundCsv(cli, rounds, people)});
    INFO(last.err.toStdString());
    REQUIRE(last.exitCode == 0);
    CHECK(peopleOfRound(cli, file, rounds) == people);
    CHECK(temporariesBeside(file).isEmpty());
}

TEST_CASE("a full disk keeps the original byte for byte", "[cli][fault]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("full.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QByteArray before = consulta::test::readAll(file);
    // The working copy fits; the saved file, grown by a long title, does not.
    const rlim_t limit = rlim_t(before.size() + 32 * 1024);
    const QString longTitle = QStringLiteral("A very long title ").repeated(5000);
    const CliResult result =
        cli.run({QStringLiteral("set"), file, QStringLiteral("--title"), longTitle}, [limit] {
            ::signal(SIGXFSZ, SIG_IGN); // get EFBIG instead of being killed
            const rlimit fileSize{limit, limit};
            ::setrlimit(RLIMIT_FSIZE, &fileSize);
        });
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.count(QLatin1Char('\n')) == 1);
    CHECK((result.err.contains(QStringLiteral("disk is full")) ||
           result.err.contains(QStringLiteral("too large"))));
    CHECK(consulta::test::readAll(file) == before);
    CHECK(temporariesBeside(file).isEmpty());
}

TEST_CASE("a read-only folder keeps the original and says why", "[cli][fault]")
{
    // Permissions mean nothing to root: run the command as an unprivileged user.
    const passwd *nobody = ::getpwnam("nobody");
    if (::geteuid() == 0 && !nobody) {
        WARN("no 'nobody' user to run the permission test as");
        return;
    }
    CliRunner cli;
    const QString folder = cli.path(QStringLiteral("shared-folder"));
    REQUIRE(QDir().mkpath(folder));
    const QString file = QDir(folder).filePath(QStringLiteral("ro.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    std::function<void()> asUser;
    if (::geteuid() == 0) {
        const uid_t uid = nobody->pw_uid;
        const gid_t gid = nobody->pw_gid;
        // The user can read the file and has a data folder of its own, but cannot write
        // in the document's folder.
        QStringList paths = {cli.dataHome(), cli.path(QString()), folder, file};
        QDirIterator data(cli.dataHome(), QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot,
                          QDirIterator::Subdirectories);
        while (data.hasNext())
            paths.append(data.next());
        for (const QString &path : paths)
            REQUIRE(::chown(QFile::encodeName(path).constData(), uid, gid) == 0);
        asUser = [uid, gid] {
            ::setgroups(0, nullptr);
            if (::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(99);
        };
    }
    REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    const QByteArray before = consulta::test::readAll(file);
    const CliResult result = cli.run(
        {QStringLiteral("set"), file, QStringLiteral("--title"), QStringLiteral("x")}, asUser);
    QFile::setPermissions(folder,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    INFO(result.err.toStdString());
    CHECK(result.exitCode == 2);
    CHECK(result.err.count(QLatin1Char('\n')) == 1);
    CHECK((result.err.contains(QStringLiteral("read-only")) ||
           result.err.contains(QStringLiteral("cannot be written"))));
    CHECK(consulta::test::readAll(file) == before);
}
