#include "CliRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QSet>

#include <cmath>

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> setOf(std::initializer_list<const char *> words)
{
    QSet<QString> result;
    for (const char *word : words)
        result.insert(QString::fromLatin1(word));
    return result;
}

QJsonObject statsOf(const CliRunner &cli, const QString &file)
{
    const CliResult result = cli.run({QStringLiteral("stats"), file, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(json.isObject());
    return json.object();
}

// Checks one dimension's numbers against DESIGN "Balance, exactly", from its own counts.
void checkDimension(const QJsonObject &dimension, const QSet<QString> &inScope,
                    const QSet<QString> &excluded, int stageTotal)
{
    REQUIRE(keysOf(dimension) == setOf({"score", "categories", "excluded"}));
    const QJsonObject categories = dimension.value(QStringLiteral("categories")).toObject();
    CHECK(keysOf(categories) == inScope);
    CHECK(keysOf(dimension.value(QStringLiteral("excluded")).toObject()) == excluded);
    int n = 0;
    for (const QString &code : inScope)
        n += categories.value(code).toObject().value(QStringLiteral("count")).toInt();
    int excludedCount = 0;
    const QJsonObject excludedCounts = dimension.value(QStringLiteral("excluded")).toObject();
    for (const QString &code : excluded)
        excludedCount += excludedCounts.value(code).toInt();
    CHECK(n + excludedCount == stageTotal);

    double distance = 0;
    double targetSum = 0;
    for (const QString &code : inScope) {
        const QJsonObject c = categories.value(code).toObject();
        REQUIRE(keysOf(c) == setOf({"count", "share", "target", "seats_needed"}));
        const int count = c.value(QStringLiteral("count")).toInt();
        const double share = c.value(QStringLiteral("share")).toDouble();
        const double target = c.value(QStringLiteral("target")).toDouble();
        targetSum += target;
        CHECK(share == Approx(n == 0 ? 0.0 : double(count) / n));
        distance += std::abs(share - target);
        const double exact = (target * n - count) / (1 - target);
        const int seats = std::max(0, int(std::ceil(std::round(exact * 1e9) / 1e9)));
        CHECK(c.value(QStringLiteral("seats_needed")).toInt() == seats);
    }
    CHECK(targetSum == Approx(1.0));
    const double score = n == 0 ? 0.0 : 1.0 - distance / 2;
    CHECK(dimension.value(QStringLiteral("score")).toDouble() == Approx(score));
}

} // namespace

TEST_CASE("new --sample, check and stats --json work together", "[cli]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    CliResult made = cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);

    const CliResult checked = cli.run({QStringLiteral("check"), file});
    CHECK(checked.exitCode == 0);
    CHECK(checked.out.startsWith(QStringLiteral("ok")));
    CHECK(checked.out.contains(QStringLiteral("format version 2")));

    const QJsonObject stats = statsOf(cli, file);
    REQUIRE(keysOf(stats) == setOf({"consultation", "stages", "rules"}));
    const QJsonObject c = stats.value(QStringLiteral("consultation")).toObject();
    CHECK(keysOf(c) ==
          setOf({"title", "roundtable", "objectives", "time_zone", "starts_at", "ends_at",
                 "registration_deadline", "max_per_organization", "capacity"}));
    CHECK(c.value(QStringLiteral("roundtable")).toInt() == 1);
    CHECK(c.value(QStringLiteral("objectives")).toArray() == QJsonArray({2, 5, 6, 12, 18}));
    CHECK(c.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Bangkok"));
    CHECK(c.value(QStringLiteral("starts_at")).toString() ==
          QStringLiteral("2020-10-28T04:00:00Z"));
    CHECK(c.value(QStringLiteral("ends_at")).toString() == QStringLiteral("2020-10-28T07:00:00Z"));
    CHECK(c.value(QStringLiteral("registration_deadline")).toString() ==
          QStringLiteral("2020-10-25T17:00:00Z"));
    CHECK(c.value(QStringLiteral("max_per_organization")).toInt() == 1);
    CHECK(c.value(QStringLiteral("capacity")).isNull());

    const QJsonObject stages = stats.value(QStringLiteral("stages")).toObject();
    REQUIRE(keysOf(stages) == setOf({"pool", "invited", "registered", "attended"}));
    int previousTotal = 1 << 30;
    for (const char *name : {"pool", "invited", "registered", "attended"}) {
        INFO(name);
        const QJsonObject stage = stages.value(QString::fromLatin1(name)).toObject();
        REQUIRE(keysOf(stage) == setOf({"total", "overall", "dimensions"}));
        const int total = stage.value(QStringLiteral("total")).toInt();
        CHECK(total <= previousTotal);
        CHECK(total > 0);
        previousTotal = total;
        const QJsonObject dimensions = stage.value(QStringLiteral("dimensions")).toObject();
        REQUIRE(keysOf(dimensions) == setOf({"gender", "subregion", "sector"}));
        checkDimension(dimensions.value(QStringLiteral("gender")).toObject(),
                       setOf({"woman", "man"}), setOf({"other", "undisclosed"}), total);
        checkDimension(dimensions.value(QStringLiteral("subregion")).toObject(),
                       setOf({"ENEA", "SEA", "SSWA", "NCA", "PAC"}),
                       setOf({"NONREG", "outside", "unknown"}), total);
        checkDimension(dimensions.value(QStringLiteral("sector")).toObject(),
                       setOf({"migrant_diaspora", "civil_society", "trade_union", "private_sector",
                              "academia", "nhri", "local_authority", "parliamentarian", "media",
                              "faith_based", "red_cross_red_crescent", "youth", "other"}),
                       setOf({"unknown"}), total);
        double lowest = 1.0;
        for (const QString &dimension : dimensions.keys())
            lowest = std::min(
                lowest,
                dimensions.value(dimension).toObject().value(QStringLiteral("score")).toDouble());
        CHECK(stage.value(QStringLiteral("overall")).toDouble() == Approx(lowest));
    }
    const QJsonObject rules = stats.value(QStringLiteral("rules")).toObject();
    REQUIRE(keysOf(rules) ==
            setOf({"over_organization_limit", "late_registrations", "over_capacity"}));
    const QJsonArray over = rules.value(QStringLiteral("over_organization_limit")).toArray();
    CHECK_FALSE(over.isEmpty()); // the sample has organizations with two people registered
    for (const QJsonValue &entry : over) {
        CHECK(keysOf(entry.toObject()) == setOf({"organization", "count"}));
        CHECK(entry.toObject().value(QStringLiteral("count")).toInt() > 1);
    }
    CHECK(rules.value(QStringLiteral("late_registrations")).toInt() > 0);
    CHECK(rules.value(QStringLiteral("over_capacity")).toInt() == 0);

    const CliResult text = cli.run({QStringLiteral("stats"), file});
    CHECK(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("late registrations")));
}

TEST_CASE("new refuses to overwrite an existing file", "[cli]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("a.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file}).exitCode == 0);
    const QByteArray before = consulta::test::readAll(file);
    const CliResult again = cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(consulta::test::readAll(file) == before);
}

TEST_CASE("set changes the details, reading times in the consultation's zone", "[cli]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("r2.consulta"));
    REQUIRE(
        cli.run({QStringLiteral("new"), file, QStringLiteral("--roundtable"), QStringLiteral("2")})
            .exitCode == 0);
    const CliResult set = cli.run(
        {QStringLiteral("set"), file, QStringLiteral("--title"), QStringLiteral("ពិគ្រោះយោបល់"),
         QStringLiteral("--time-zone"), QStringLiteral("Asia/Kathmandu"), QStringLiteral("--start"),
         QStringLiteral("2021-01-20T10:00"), QStringLiteral("--end"),
         QStringLiteral("2021-01-20T13:00+05:45"), QStringLiteral("--deadline"),
         QStringLiteral("2021-01-17T24:00"), QStringLiteral("--limit"), QStringLiteral("2"),
         QStringLiteral("--capacity"), QStringLiteral("150")});
    INFO(set.err.toStdString());
    REQUIRE(set.exitCode == 0);
    const QJsonObject c = statsOf(cli, file).value(QStringLiteral("consultation")).toObject();
    CHECK(c.value(QStringLiteral("title")).toString() == QStringLiteral("ពិគ្រោះយោបល់"));
    CHECK(c.value(QStringLiteral("roundtable")).toInt() == 2);
    CHECK(c.value(QStringLiteral("objectives")).toArray() == QJsonArray({4, 8, 9, 10, 11, 13, 21}));
    CHECK(c.value(QStringLiteral("time_zone")).toString() == QStringLiteral("Asia/Kathmandu"));
    CHECK(c.value(QStringLiteral("starts_at")).toString() ==
          QStringLiteral("2021-01-20T04:15:00Z"));
    CHECK(c.value(QStringLiteral("ends_at")).toString() == QStringLiteral("2021-01-20T07:15:00Z"));
    CHECK(c.value(QStringLiteral("registration_deadline")).toString() ==
          QStringLiteral("2021-01-17T18:15:00Z"));
    CHECK(c.value(QStringLiteral("max_per_organization")).toInt() == 2);
    CHECK(c.value(QStringLiteral("capacity")).toInt() == 150);

    REQUIRE(
        cli.run({QStringLiteral("set"), file, QStringLiteral("--roundtable"), QStringLiteral("3")})
            .exitCode == 0);
    const QJsonObject after = statsOf(cli, file).value(QStringLiteral("consultation")).toObject();
    CHECK(after.value(QStringLiteral("objectives")).toArray() ==
          QJsonArray({14, 15, 16, 19, 20, 22}));
    CHECK(after.value(QStringLiteral("title")).toString() == QStringLiteral("ពិគ្រោះយោបល់"));

    // Bad values are usage errors and leave the file as it was.
    const QByteArray before = consulta::test::readAll(file);
    const QList<QStringList> bad = {
        {QStringLiteral("--time-zone"), QStringLiteral("Mars/Olympus")},
        {QStringLiteral("--start"), QStringLiteral("next Tuesday")},
        {QStringLiteral("--roundtable"), QStringLiteral("5")},
        {QStringLiteral("--limit"), QStringLiteral("-1")},
        {QStringLiteral("--capacity"), QStringLiteral("many")},
        {QStringLiteral("--start"), QStringLiteral("2021-01-20T15:00"), QStringLiteral("--end"),
         QStringLiteral("2021-01-20T14:00")},
    };
    for (const QStringList &options : bad) {
        INFO(options.join(QLatin1Char(' ')).toStdString());
        const CliResult result = cli.run(QStringList{QStringLiteral("set"), file} + options);
        CHECK(result.exitCode == 1);
        CHECK(result.err.count(QLatin1Char('\n')) == 1);
        CHECK(consulta::test::readAll(file) == before);
    }
}

TEST_CASE("bad files: exit 2, one line naming the file, bytes unchanged", "[cli]")
{
    CliRunner cli;
    const QStringList files = {
        QStringLiteral("empty.consulta"),
        QStringLiteral("not-sqlite.consulta"),
        QStringLiteral("random-bytes.consulta"),
        QStringLiteral("other-application.consulta"),
        QStringLiteral("other-application-id.consulta"),
        QStringLiteral("newer-version.consulta"),
        QStringLiteral("truncated-header.consulta"),
        QStringLiteral("truncated.consulta"),
        QStringLiteral("damaged-page.consulta"),
        QStringLiteral("zero-page-size.consulta"),
    };
    for (const QString &name : files) {
        const QString file = cli.path(name);
        QFile::remove(file);
        REQUIRE(QFile::copy(consulta::test::dataPath(QStringLiteral("bad/") + name), file));
        const QByteArray before = consulta::test::readAll(file);
        for (const QStringList &command :
             {QStringList{QStringLiteral("check"), file},
              QStringList{QStringLiteral("stats"), file, QStringLiteral("--json")},
              QStringList{QStringLiteral("set"), file, QStringLiteral("--title"),
                          QStringLiteral("x")}}) {
            INFO(command.join(QLatin1Char(' ')).toStdString());
            const CliResult result = cli.run(command);
            CHECK(result.exitCode == 2);
            CHECK(result.out.isEmpty());
            CHECK(result.err.count(QLatin1Char('\n')) == 1);
            CHECK(result.err.contains(name));
            CHECK(consulta::test::readAll(file) == before);
        }
    }
    const CliResult missing = cli.run({QStringLiteral("check"), cli.path(QStringLiteral("nope"))});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("does not exist")));
}

TEST_CASE("help everywhere, usage errors exit 1", "[cli]")
{
    CliRunner cli;
    const CliResult help = cli.run({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    for (const char *command : {"new", "set", "check", "stats"}) {
        INFO(command);
        CHECK(help.out.contains(QString::fromLatin1(command)));
        const CliResult own = cli.run({QString::fromLatin1(command), QStringLiteral("--help")});
        CHECK(own.exitCode == 0);
        CHECK(own.out.contains(QStringLiteral("Usage: consulta ") + QString::fromLatin1(command)));
        const CliResult missing = cli.run({QString::fromLatin1(command)});
        CHECK(missing.exitCode == 1);
        CHECK_FALSE(missing.err.isEmpty());
    }
    // A mistyped command is a usage error, not a document for the window to open (which,
    // without a display, used to abort).
    for (const QStringList &typo :
         {QStringList{QStringLiteral("frobnicate")},
          QStringList{QStringLiteral("stat"), cli.path(QStringLiteral("s.consulta"))}}) {
        const CliResult mistyped = cli.run(typo);
        CHECK(mistyped.exitCode == 1);
        CHECK(mistyped.err.contains(QStringLiteral("“%1” is not a command").arg(typo.first())));
    }
    CHECK(
        cli.run({QStringLiteral("check"), QStringLiteral("--no-such-option"), QStringLiteral("x")})
            .exitCode == 1);
}

TEST_CASE("a document open elsewhere: reading works, writing is refused", "[cli][lock]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("busy.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file}).exitCode == 0);
    // The lock a window holds while it has the document open (this test process is alive,
    // so the lock is not stale).
    QLockFile lock(cli.path(QStringLiteral(".busy.consulta.lock")));
    REQUIRE(lock.tryLock(0));
    const QByteArray before = consulta::test::readAll(file);

    CHECK(cli.run({QStringLiteral("stats"), file, QStringLiteral("--json")}).exitCode == 0);
    CHECK(cli.run({QStringLiteral("check"), file}).exitCode == 0);
    const CliResult set =
        cli.run({QStringLiteral("set"), file, QStringLiteral("--title"), QStringLiteral("x")});
    CHECK(set.exitCode == 2);
    CHECK(set.err.contains(QStringLiteral("already open")));
    CHECK(consulta::test::readAll(file) == before);

    lock.unlock();
    CHECK(cli.run({QStringLiteral("set"), file, QStringLiteral("--title"), QStringLiteral("x")})
              .exitCode == 0);
}
