#include "CliRunner.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>

namespace {

QString data(const char *relative)
{
    return consulta::test::dataPath(QString::fromUtf8(relative));
}

QByteArray sha(const QString &path)
{
    return QCryptographicHash::hash(consulta::test::readAll(path), QCryptographicHash::Sha256);
}

QString newFile(const CliRunner &cli, const char *name, bool sample = false)
{
    const QString path = cli.path(QString::fromUtf8(name));
    QStringList arguments = {QStringLiteral("new"), path};
    if (sample)
        arguments.append(QStringLiteral("--sample"));
    REQUIRE(cli.run(arguments).exitCode == 0);
    return path;
}

// Names and addresses in the fixtures used below, none of which a message may repeat.
const QStringList &personalData()
{
    static const QStringList words = {
        QStringLiteral("not-an-address"), QStringLiteral("two@@"),
        QStringLiteral("Double"),         QStringLiteral("Bad"),
        QStringLiteral("Mail"),           QStringLiteral("Good"),
        QStringLiteral("Extra"),          QStringLiteral("Beta"),
        QStringLiteral("Alpha"),          QStringLiteral("Three"),
        QStringLiteral("Dragon"),         QStringLiteral("Atlantis"),
        QStringLiteral("Space agency"),   QString::fromUtf8("กัลยา"),
        QStringLiteral("Fifita"),         QStringLiteral("Mekong"),
        QStringLiteral("Val Thirtyone"),
    };
    return words;
}

} // namespace

TEST_CASE("import --json prints exactly the report object", "[cli][import]")
{
    CliRunner cli;
    const QString file = newFile(cli, "json.consulta");
    const CliResult result = cli.run({QStringLiteral("import"), file,
                                      data("import/malformed_rows.csv"), QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out ==
          QStringLiteral("{\"added\": 2, \"merged\": 0, \"rejected\": ["
                         "{\"line\": 3, \"reason\": \"the e-mail in column 1 is not an address\"}, "
                         "{\"line\": 4, \"reason\": \"expected 4 columns, found 5\"}, "
                         "{\"line\": 5, \"reason\": \"no name and no e-mail\"}, "
                         "{\"line\": 7, \"reason\": \"the e-mail in column 1 is not an address\"}, "
                         "{\"line\": 8, \"reason\": \"the quoted field in column 3 is never "
                         "closed\"}]}\n"));
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonObject object = json.object();
    CHECK(object.keys() == QStringList({QStringLiteral("added"), QStringLiteral("merged"),
                                        QStringLiteral("rejected")}));
    for (const QJsonValue &rejection : object.value(QStringLiteral("rejected")).toArray())
        CHECK(rejection.toObject().keys() ==
              QStringList({QStringLiteral("line"), QStringLiteral("reason")}));

    // Merged counts against the store: the same file again.
    const CliResult again =
        cli.run({QStringLiteral("import"), file, data("csv/zoom_registration_report.csv"),
                 QStringLiteral("--json")});
    REQUIRE(again.exitCode == 0);
    CHECK(again.out == QStringLiteral("{\"added\": 9, \"merged\": 0, \"rejected\": []}\n"));
    const CliResult attendees =
        cli.run({QStringLiteral("import"), file, data("csv/zoom_attendee_report.csv"),
                 QStringLiteral("--json")});
    CHECK(attendees.out == QStringLiteral("{\"added\": 1, \"merged\": 8, \"rejected\": []}\n"));
}

TEST_CASE("import --dry-run leaves the file's bytes unchanged", "[cli][import]")
{
    CliRunner cli;
    const QString file = newFile(cli, "dry.consulta");
    const QByteArray before = sha(file);
    const CliResult result =
        cli.run({QStringLiteral("import"), file, data("csv/zoom_registration_report.csv"),
                 QStringLiteral("--dry-run")});
    REQUIRE(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("added 9, merged 0, rejected 0")));
    CHECK(result.out.contains(QStringLiteral("dry run: nothing was written")));
    CHECK(sha(file) == before);

    const CliResult real =
        cli.run({QStringLiteral("import"), file, data("csv/zoom_registration_report.csv"),
                 QStringLiteral("--status"), QStringLiteral("invited")});
    REQUIRE(real.exitCode == 0);
    CHECK(sha(file) != before);
    const CliResult stats = cli.run({QStringLiteral("stats"), file, QStringLiteral("--json")});
    const QJsonObject stages = QJsonDocument::fromJson(stats.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("stages"))
                                   .toObject();
    CHECK(
        stages.value(QStringLiteral("invited")).toObject().value(QStringLiteral("total")).toInt() ==
        9);
    CHECK(stages.value(QStringLiteral("registered"))
              .toObject()
              .value(QStringLiteral("total"))
              .toInt() == 0);

    // The rows that would merge are named by line and how they matched, nothing more.
    const CliResult merging =
        cli.run({QStringLiteral("import"), file, data("csv/zoom_attendee_report.csv"),
                 QStringLiteral("--dry-run")});
    REQUIRE(merging.exitCode == 0);
    CHECK(merging.out.contains(QStringLiteral("merged 8")));
    CHECK(merging.out.contains(QStringLiteral("\n  merged by e-mail: lines ")));
    CHECK_FALSE(merging.out.contains(QLatin1Char('@')));
}

TEST_CASE("export then import into a new file gives the same participants", "[cli][import]")
{
    CliRunner cli;
    const QString sample = newFile(cli, "sample.consulta", true);
    const QString exported = cli.path(QStringLiteral("sample.csv"));
    const CliResult exportResult = cli.run({QStringLiteral("export"), sample, exported});
    REQUIRE(exportResult.exitCode == 0);
    const QRegularExpressionMatch count =
        QRegularExpression(QStringLiteral("^exported (\\d+) participants")).match(exportResult.out);
    REQUIRE(count.hasMatch());
    const int people = count.captured(1).toInt();
    CHECK(people > 100);

    const QString copy = newFile(cli, "copy.consulta");
    const CliResult imported =
        cli.run({QStringLiteral("import"), copy, exported, QStringLiteral("--json")});
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out ==
          QStringLiteral("{\"added\": %1, \"merged\": 0, \"rejected\": []}\n").arg(people));

    const QString again = cli.path(QStringLiteral("copy.csv"));
    REQUIRE(cli.run({QStringLiteral("export"), copy, again}).exitCode == 0);
    CHECK(consulta::test::readAll(again) == consulta::test::readAll(exported));

    // A stage: only the registered (registered and attended) people.
    const QString registered = cli.path(QStringLiteral("registered.csv"));
    const CliResult staged = cli.run({QStringLiteral("export"), sample, registered,
                                      QStringLiteral("--stage"), QStringLiteral("registered")});
    REQUIRE(staged.exitCode == 0);
    const QString text = QString::fromUtf8(consulta::test::readAll(registered));
    CHECK_FALSE(text.contains(QStringLiteral(",invited,")));
    CHECK(text.contains(QStringLiteral(",registered,")));
}

TEST_CASE("import and export messages never hold names or e-mails", "[cli][import]")
{
    CliRunner cli;
    const QString file = newFile(cli, "quiet.consulta");
    const QStringList inputs = {data("import/malformed_rows.csv"), data("import/values.csv"),
                                data("csv/zoom_registration_report.csv"),
                                data("import/hostile_cells.csv")};
    for (const QString &input : inputs) {
        for (const QStringList &extra : {QStringList(), QStringList{QStringLiteral("--json")},
                                         QStringList{QStringLiteral("--dry-run")}}) {
            const CliResult result =
                cli.run(QStringList{QStringLiteral("import"), file, input} + extra);
            INFO(result.out.toStdString() << result.err.toStdString());
            CHECK(result.exitCode == 0);
            const QString said = result.out + result.err;
            CHECK_FALSE(said.contains(QLatin1Char('@')));
            for (const QString &word : personalData())
                CHECK_FALSE(said.contains(word));
        }
    }
    const CliResult exported =
        cli.run({QStringLiteral("export"), file, cli.path(QStringLiteral("quiet.csv"))});
    CHECK(exported.exitCode == 0);
    CHECK_FALSE((exported.out + exported.err).contains(QLatin1Char('@')));
}

TEST_CASE("import and export exit codes", "[cli][import]")
{
    CliRunner cli;
    const QString file = newFile(cli, "codes.consulta");
    const QString input = data("csv/preamble.csv");
    auto run = [&](const QStringList &arguments) { return cli.run(arguments).exitCode; };

    CHECK(run({QStringLiteral("import"), file}) == 1);
    CHECK(run({QStringLiteral("import"), file, input, QStringLiteral("--format"),
               QStringLiteral("excel")}) == 1);
    CHECK(run({QStringLiteral("import"), file, input, QStringLiteral("--status"),
               QStringLiteral("maybe")}) == 1);
    CHECK(run({QStringLiteral("import"), file, input, QStringLiteral("--map"),
               QStringLiteral("Email=shoe_size")}) == 1);
    CHECK(run({QStringLiteral("import"), file, input, QStringLiteral("--map"),
               QStringLiteral("Nowhere=email")}) == 1);
    CHECK(run({QStringLiteral("import"), file, cli.path(QStringLiteral("missing.csv"))}) == 2);
    CHECK(run({QStringLiteral("import"), file, data("import/no_people.csv")}) == 2);
    CHECK(run({QStringLiteral("import"), cli.path(QStringLiteral("missing.consulta")), input}) ==
          2);
    CHECK(run({QStringLiteral("export"), file}) == 1);
    CHECK(run({QStringLiteral("export"), file, cli.path(QStringLiteral("x.csv")),
               QStringLiteral("--stage"), QStringLiteral("everyone")}) == 1);
    CHECK(run({QStringLiteral("export"), cli.path(QStringLiteral("missing.consulta")),
               cli.path(QStringLiteral("x.csv"))}) == 2);

    // --map makes a file usable that was not.
    const CliResult mapped = cli.run({QStringLiteral("import"), file, data("import/no_people.csv"),
                                      QStringLiteral("--map"), QStringLiteral("City=full_name"),
                                      QStringLiteral("--json")});
    CHECK(mapped.exitCode == 0);
    CHECK(mapped.out == QStringLiteral("{\"added\": 2, \"merged\": 0, \"rejected\": []}\n"));

    // Someone else has the document open: refused, nothing written.
    const QByteArray before = sha(file);
    QLockFile lock(QFileInfo(file).dir().filePath(QStringLiteral(".codes.consulta.lock")));
    REQUIRE(lock.tryLock(0));
    const CliResult locked = cli.run({QStringLiteral("import"), file, input});
    CHECK(locked.exitCode == 2);
    CHECK_FALSE(locked.err.isEmpty());
    CHECK(sha(file) == before);
}

TEST_CASE("import --encoding reads a file in an encoding that is never guessed",
          "[cli][import][encoding]")
{
    CliRunner cli;
    const struct
    {
        const char *file;
        const char *encoding;
        QString given;
    } cases[] = {
        {"encodings/gb18030_comma_crlf.csv", "GB18030", QStringLiteral("秀英")},
        {"encodings/shift_jis_comma_crlf.csv", "shift_jis", QStringLiteral("花子")},
        {"encodings/tis620_comma_crlf.csv", "TIS-620", QStringLiteral("กัลยา")},
        {"encodings/euc_kr_comma_crlf.csv", "EUC-KR", QStringLiteral("민준")},
    };
    for (const auto &fixture : cases) {
        const QString file = newFile(cli, "encoded.consulta");
        const CliResult imported = cli.run(
            {QStringLiteral("import"), file, data(fixture.file), QStringLiteral("--encoding"),
             QString::fromLatin1(fixture.encoding), QStringLiteral("--json")});
        REQUIRE(imported.exitCode == 0);
        CHECK(imported.out == QStringLiteral("{\"added\": 2, \"merged\": 0, \"rejected\": []}\n"));
        const QString exported = cli.path(QStringLiteral("encoded.csv"));
        REQUIRE(cli.run({QStringLiteral("export"), file, exported}).exitCode == 0);
        CHECK(QString::fromUtf8(consulta::test::readAll(exported)).contains(fixture.given));
        QFile::remove(file);
        QFile::remove(exported);
    }

    // The four built-in names work too, and an unknown one is a usage error.
    const QString file = newFile(cli, "named.consulta");
    CHECK(cli.run({QStringLiteral("import"), file, data("csv/cp1252_semicolon_crlf.csv"),
                   QStringLiteral("--encoding"), QStringLiteral("windows-1252")})
              .exitCode == 0);
    CHECK(cli.run({QStringLiteral("import"), file, data("csv/preamble.csv"),
                   QStringLiteral("--encoding"), QStringLiteral("no-such-encoding")})
              .exitCode == 1);
}
