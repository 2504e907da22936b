#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QRegularExpression>

namespace {

QStringList emlFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
}

CliResult invite(const CliRunner &cli, const QStringList &arguments)
{
    return cli.run(QStringList{QStringLiteral("invite")} + arguments);
}

const QString kFrom = QStringLiteral("GCM Review Secretariat <gcm-review@example.org>");

} // namespace

TEST_CASE("invite writes the identified's invitations and marks them invited", "[cli][invite]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QString out = cli.path(QStringLiteral("out"));

    // No sender yet: a usage error that says what to add; nothing written.
    CliResult result = invite(cli, {file, QStringLiteral("--out"), out});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("--from")));
    CHECK(emlFiles(out).isEmpty());

    result = invite(cli, {file, QStringLiteral("--out"), out, QStringLiteral("--from"), kFrom});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    const QRegularExpression wrote(QStringLiteral("^wrote (\\d+) invitations to "));
    const QRegularExpressionMatch match = wrote.match(lines.at(0));
    REQUIRE(match.hasMatch());
    const int count = match.captured(1).toInt();
    CHECK(count > 10);
    CHECK(emlFiles(out).size() == count);
    CHECK(lines.at(1) == QStringLiteral("marked %1 invited").arg(count));

    // The status change was saved: nobody identified is left to invite, and the sender
    // was kept in the document.
    const QString again = cli.path(QStringLiteral("again"));
    result = invite(cli, {file, QStringLiteral("--out"), again});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.startsWith(QStringLiteral("wrote 0 invitations")));
    CHECK(cli.run({QStringLiteral("check"), file}).exitCode == 0);

    // Sending the invitation again to the invited never overwrites a file.
    const QStringList before = emlFiles(out);
    result = invite(cli, {file, QStringLiteral("--out"), out, QStringLiteral("--stage"),
                          QStringLiteral("invited")});
    REQUIRE(result.exitCode == 0);
    const int resent = result.out.section(QLatin1Char(' '), 1, 1).toInt();
    CHECK(resent >= count);
    CHECK(emlFiles(out).size() == before.size() + resent);
    CHECK(result.out.contains(QStringLiteral("marked 0 invited")));
}

TEST_CASE("invite --reminder writes reminders only before the deadline", "[cli][invite]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QString out = cli.path(QStringLiteral("reminders"));

    // The sample's deadline, 25 October 2020, has passed.
    CliResult result = invite(cli, {file, QStringLiteral("--out"), out,
                                    QStringLiteral("--reminder"), QStringLiteral("--from"), kFrom});
    CHECK(result.exitCode == 2);
    CHECK(result.err.contains(QStringLiteral("Registration has closed")));
    CHECK(emlFiles(out).isEmpty());

    REQUIRE(cli.run({QStringLiteral("set"), file, QStringLiteral("--start"),
                     QStringLiteral("2099-10-28T11:00"), QStringLiteral("--end"),
                     QStringLiteral("2099-10-28T14:00"), QStringLiteral("--deadline"),
                     QStringLiteral("2099-10-25T24:00")})
                .exitCode == 0);
    result = invite(cli, {file, QStringLiteral("--out"), out, QStringLiteral("--reminder"),
                          QStringLiteral("--from"), kFrom});
    INFO(result.err.toStdString());
    REQUIRE(result.exitCode == 0);
    const int count = result.out.section(QLatin1Char(' '), 1, 1).toInt();
    CHECK(result.out.startsWith(QStringLiteral("wrote %1 reminders to ").arg(count)));
    CHECK(count > 10);
    CHECK_FALSE(result.out.contains(QStringLiteral("marked")));
    CHECK(emlFiles(out).size() == count);
    CHECK(emlFiles(out).constFirst().startsWith(QStringLiteral("Reminder - ")));

    // Reminders change nobody: the same people are reminded again.
    const QString second = cli.path(QStringLiteral("second"));
    result = invite(cli, {file, QStringLiteral("--out"), second, QStringLiteral("--reminder")});
    REQUIRE(result.exitCode == 0);
    CHECK(emlFiles(second).size() == count);
}

TEST_CASE("invite refuses bad arguments and unusable files", "[cli][invite]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QString out = cli.path(QStringLiteral("out"));
    const QByteArray before = consulta::test::readAll(file);

    CHECK(invite(cli, {file}).exitCode == 1);                         // no --out
    CHECK(invite(cli, {QStringLiteral("--out"), out}).exitCode == 1); // no file
    CHECK(invite(cli, {file, QStringLiteral("--out"), out, QStringLiteral("--stage"),
                       QStringLiteral("registered"), QStringLiteral("--from"), kFrom})
              .exitCode == 1);
    CHECK(invite(cli, {file, QStringLiteral("--out"), out, QStringLiteral("--stage"),
                       QStringLiteral("invited"), QStringLiteral("--reminder"),
                       QStringLiteral("--from"), kFrom})
              .exitCode == 1);
    CHECK(invite(cli, {file, QStringLiteral("--out"), out, QStringLiteral("--from"),
                       QStringLiteral("not an address")})
              .exitCode == 1);
    const CliResult missing =
        invite(cli, {cli.path(QStringLiteral("missing.consulta")), QStringLiteral("--out"), out,
                     QStringLiteral("--from"), kFrom});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.startsWith(QStringLiteral("consulta invite: ")));
    // --out names a file, not a folder: nothing is written, the document is unchanged.
    consulta::test::writeAll(cli.path(QStringLiteral("a-file")), "x");
    CHECK(invite(cli, {file, QStringLiteral("--out"), cli.path(QStringLiteral("a-file")),
                       QStringLiteral("--from"), kFrom})
              .exitCode == 2);
    CHECK(consulta::test::readAll(file) == before);
    CHECK(emlFiles(out).isEmpty());

    const CliResult help = invite(cli, {QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("consulta invite")));
    CHECK(help.out.contains(QStringLiteral("--reminder")));
}
