#include "CliRunner.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>

#include <optional>

namespace {

// Runs a poppler tool (pdftotext, pdfinfo, pdffonts) and returns its output.
QString poppler(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.start(tool, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitCode() == 0);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The PDF's text as pdftotext lays it out, with the fi and fl ligatures of Noto Sans
// spelled out again.
QString pdfText(const QString &pdf)
{
    QString text =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    text.replace(QChar(0xFB00), QStringLiteral("ff"));
    text.replace(QChar(0xFB01), QStringLiteral("fi"));
    text.replace(QChar(0xFB02), QStringLiteral("fl"));
    text.replace(QChar(0xFB03), QStringLiteral("ffi"));
    return text;
}

QString withoutSpaces(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    text.remove(space);
    return text;
}

QString pdfInfo(const QString &pdf, const QString &key)
{
    const QString info = poppler(QStringLiteral("pdfinfo"), {pdf});
    const QRegularExpression line(QStringLiteral("^%1:\\s*(.*)$").arg(key),
                                  QRegularExpression::MultilineOption);
    return line.match(info).captured(1).trimmed();
}

int pageCount(const QString &pdf)
{
    return pdfInfo(pdf, QStringLiteral("Pages")).toInt();
}

QJsonObject statsOf(const CliRunner &cli, const QString &file)
{
    const CliResult result = cli.run({QStringLiteral("stats"), file, QStringLiteral("--json")});
    REQUIRE(result.exitCode == 0);
    return QJsonDocument::fromJson(result.out.toUtf8()).object();
}

QString percent(double share)
{
    return QString::number(share * 100.0, 'f', 1) + QLatin1Char('%');
}

QString score(double value)
{
    return QString::number(value, 'f', 3);
}

// Every page carries "Page k of n" and the running header.
void checkPages(const QString &text, int pages, const QString &header)
{
    REQUIRE(pages > 0);
    for (int page = 1; page <= pages; ++page)
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)));
    CHECK_FALSE(text.contains(QStringLiteral("Page %1 of").arg(pages + 1)));
    CHECK(text.count(header) >= pages);
}

// Sets an environment variable for the commands run in this scope (CliRunner passes
// the test's own environment on), and puts the old value back afterwards.
class ScopedEnvironment
{
public:
    ScopedEnvironment(const char *name, const QByteArray &value)
        : m_name(name)
    {
        if (qEnvironmentVariableIsSet(name))
            m_old = qgetenv(name);
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    }
    ~ScopedEnvironment()
    {
        if (m_old)
            qputenv(m_name, *m_old);
        else
            qunsetenv(m_name);
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

private:
    const char *m_name;
    std::optional<QByteArray> m_old;
};

} // namespace

TEST_CASE("report writes the balance report with the figures of stats on A4", "[cli][report]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QString pdf = cli.path(QStringLiteral("balance.pdf"));
    const CliResult made = cli.run({QStringLiteral("report"), file, QStringLiteral("-o"), pdf});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    // Nothing on stderr: no font warnings, no Qt complaint about a missing XDG_RUNTIME_DIR.
    CHECK(made.err.isEmpty()); // no font fallback chatter
    const int pages = pageCount(pdf);
    CHECK(made.out.contains(QStringLiteral("%1 pages").arg(pages)));
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(A4)")));
    CHECK(pdfInfo(pdf, QStringLiteral("Title")).startsWith(QStringLiteral("Balance report")));

    const QString text = pdfText(pdf);
    checkPages(text, pages, QStringLiteral("Balance report \u2014 Asia-Pacific"));
    const QJsonObject stats = statsOf(cli, file);
    const QJsonObject stages = stats.value(QStringLiteral("stages")).toObject();
    for (const char *name : {"pool", "invited", "registered", "attended"}) {
        INFO(name);
        const QJsonObject stage = stages.value(QString::fromLatin1(name)).toObject();
        QString label = QString::fromLatin1(name);
        label[0] = label.at(0).toUpper();
        CHECK(text.contains(QStringLiteral("%1 stage: %2 people, overall score %3")
                                .arg(label)
                                .arg(stage.value(QStringLiteral("total")).toInt())
                                .arg(score(stage.value(QStringLiteral("overall")).toDouble()))));
        const QJsonObject dimensions = stage.value(QStringLiteral("dimensions")).toObject();
        for (const char *dimension : {"gender", "subregion", "sector"}) {
            const QJsonObject d = dimensions.value(QString::fromLatin1(dimension)).toObject();
            CHECK(text.contains(QStringLiteral("score ") +
                                score(d.value(QStringLiteral("score")).toDouble())));
        }
        // A table row as pdftotext lays it out: label, count, share, target, seats.
        const QJsonObject gender = dimensions.value(QStringLiteral("gender")).toObject();
        const QJsonObject categories = gender.value(QStringLiteral("categories")).toObject();
        for (const char *code : {"woman", "man"}) {
            const QJsonObject c = categories.value(QString::fromLatin1(code)).toObject();
            QString category = QString::fromLatin1(code);
            category[0] = category.at(0).toUpper();
            const QRegularExpression row(QStringLiteral("%1\\s+%2\\s+%3\\s+%4\\s+%5\\n")
                                             .arg(category)
                                             .arg(c.value(QStringLiteral("count")).toInt())
                                             .arg(QRegularExpression::escape(percent(
                                                 c.value(QStringLiteral("share")).toDouble())))
                                             .arg(QRegularExpression::escape(percent(
                                                 c.value(QStringLiteral("target")).toDouble())))
                                             .arg(c.value(QStringLiteral("seats_needed")).toInt()));
            INFO(row.pattern().toStdString());
            CHECK(row.match(text).hasMatch());
        }
        const QJsonObject subregion = dimensions.value(QStringLiteral("subregion")).toObject();
        const QJsonObject sea = subregion.value(QStringLiteral("categories"))
                                    .toObject()
                                    .value(QStringLiteral("SEA"))
                                    .toObject();
        const QRegularExpression seaRow(QStringLiteral("South-East Asia \\(SEA\\)\\s+%1\\s+%2")
                                            .arg(sea.value(QStringLiteral("count")).toInt())
                                            .arg(QRegularExpression::escape(percent(
                                                sea.value(QStringLiteral("share")).toDouble()))));
        CHECK(seaRow.match(text).hasMatch());
    }
    const QJsonObject rules = stats.value(QStringLiteral("rules")).toObject();
    CHECK(text.contains(
        QStringLiteral("Late registrations (after Sunday 25 October 2020, 24:00): %1.")
            .arg(rules.value(QStringLiteral("late_registrations")).toInt())));
    CHECK(
        text.contains(QStringLiteral("Wednesday 28 October 2020, 11:00\u201314:00 Asia/Bangkok")));
    CHECK(text.contains(QStringLiteral("About the figures")));
}

TEST_CASE("report --suppress-small and --stage print one stage without small counts",
          "[cli][report]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QString pdf = cli.path(QStringLiteral("shared.pdf"));
    const CliResult made = cli.run({QStringLiteral("report"), file, QStringLiteral("-o"), pdf,
                                    QStringLiteral("--stage"), QStringLiteral("attended"),
                                    QStringLiteral("--suppress-small")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    const QString text = pdfText(pdf);
    checkPages(text, pageCount(pdf), QStringLiteral("counts below 5 suppressed"));
    CHECK(text.contains(QStringLiteral("Attended stage:")));
    CHECK_FALSE(text.contains(QStringLiteral("Pool stage:")));
    CHECK(text.contains(QStringLiteral("<5")));
    // No count from 1 to 4 in any category row: "Other   3" would be one.
    const QRegularExpression smallCount(QStringLiteral(
        "(Woman|Man|Other|Undisclosed|\\((ENEA|SEA|SSWA|NCA|PAC|NONREG)\\))\\s+[1-4]\\s"));
    CHECK_FALSE(smallCount.match(text).hasMatch());
}

TEST_CASE("report prints the participants list with every script, landscape", "[cli][report]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("scripts.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const CliResult imported =
        cli.run({QStringLiteral("import"), file,
                 consulta::test::dataPath(QStringLiteral("report/scripts.csv")),
                 QStringLiteral("--format"), QStringLiteral("generic")});
    INFO(imported.err.toStdString());
    REQUIRE(imported.exitCode == 0);

    const QString pdf = cli.path(QStringLiteral("participants.pdf"));
    const CliResult made = cli.run({QStringLiteral("report"), file, QStringLiteral("-o"), pdf,
                                    QStringLiteral("--kind"), QStringLiteral("participants"),
                                    QStringLiteral("--group-by"), QStringLiteral("country"),
                                    QStringLiteral("--landscape")});
    INFO(made.err.toStdString());
    REQUIRE(made.exitCode == 0);
    CHECK_FALSE(made.err.contains(QStringLiteral("OpenType")));
    const int pages = pageCount(pdf);
    CHECK(pages > 5);
    const QStringList size = pdfInfo(pdf, QStringLiteral("Page size")).split(QLatin1Char(' '));
    REQUIRE(size.size() >= 3);
    CHECK(size.at(0).toDouble() > size.at(2).toDouble()); // landscape

    const QString text = pdfText(pdf);
    checkPages(text, pages, QStringLiteral("Participants \u2014 Asia-Pacific"));
    // The heading row repeats on every page.
    CHECK(text.count(QRegularExpression(
              QStringLiteral("Name\\s+Organization\\s+Country\\s+Status"))) == pages);
    // pdftotext drops the space between CJK names and maps some CJK glyphs to radicals
    // (子 → ⼦), so names are compared without spaces and Japanese by the family name. Han and
    // Hangul names read family name first (Participant::displayName).
    const QString compact = withoutSpaces(text);
    for (const char *name :
         {"Hương Nguyễn", "Болд Дорж", "김서연", "佐藤", "王伟", "สมศรี ใจดี", "ສົມພອນ ແກ້ວມະນີ"}) {
        INFO(name);
        CHECK(compact.contains(withoutSpaces(QString::fromUtf8(name))));
    }

    // A glyph-less name would fall back to no font at all: each script's Noto face is in.
    const QString fonts = poppler(QStringLiteral("pdffonts"), {pdf});
    for (const char *font : {"NotoSans-Regular", "NotoSansThai", "NotoSansKhmer", "NotoSansLao",
                             "NotoSansMyanmar", "NotoSansDevanagari", "NotoSansBengali",
                             "NotoSansSinhala", "NotoSansTamil", "NotoSansCJK", "NotoSansArabic"}) {
        INFO(font);
        CHECK(fonts.contains(QString::fromLatin1(font)));
    }
}

TEST_CASE("report uses Letter where the locale does", "[cli][report]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QString pdf = cli.path(QStringLiteral("letter.pdf"));
    {
        const ScopedEnvironment all("LC_ALL", QByteArray());
        const ScopedEnvironment paper("LC_PAPER", "en_US.UTF-8");
        REQUIRE(cli.run({QStringLiteral("report"), file, QStringLiteral("-o"), pdf}).exitCode == 0);
    }
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(letter)")));
    REQUIRE(cli.run({QStringLiteral("report"), file, QStringLiteral("-o"), pdf,
                     QStringLiteral("--paper"), QStringLiteral("Letter")})
                .exitCode == 0);
    CHECK(pdfInfo(pdf, QStringLiteral("Page size")).contains(QStringLiteral("(letter)")));
}

TEST_CASE("report refuses bad options and unwritable outputs", "[cli][report]")
{
    CliRunner cli;
    const QString file = cli.path(QStringLiteral("s.consulta"));
    REQUIRE(cli.run({QStringLiteral("new"), file, QStringLiteral("--sample")}).exitCode == 0);
    const QString pdf = cli.path(QStringLiteral("out.pdf"));
    const auto report = [&](QStringList extra) {
        return cli.run(QStringList{QStringLiteral("report"), file} + extra);
    };

    CHECK(report({}).exitCode == 1); // no -o
    CHECK(report({QStringLiteral("-o"), pdf, QStringLiteral("--kind"), QStringLiteral("summary")})
              .exitCode == 1);
    CHECK(report({QStringLiteral("-o"), pdf, QStringLiteral("--stage"), QStringLiteral("done")})
              .exitCode == 1);
    CHECK(
        report({QStringLiteral("-o"), pdf, QStringLiteral("--group-by"), QStringLiteral("country")})
            .exitCode == 1); // a participants option
    CHECK(report({QStringLiteral("-o"), pdf, QStringLiteral("--kind"),
                  QStringLiteral("participants"), QStringLiteral("--suppress-small")})
              .exitCode == 1);
    CHECK_FALSE(QFile::exists(pdf));

    const CliResult missing =
        cli.run({QStringLiteral("report"), cli.path(QStringLiteral("none.consulta")),
                 QStringLiteral("-o"), pdf});
    CHECK(missing.exitCode == 2);
    CHECK_FALSE(QFile::exists(pdf));

    // A folder that does not exist, and a folder where the file should be: exit 2, and
    // nothing half-written left behind.
    const CliResult nowhere =
        report({QStringLiteral("-o"), cli.path(QStringLiteral("no/such/folder/out.pdf"))});
    CHECK(nowhere.exitCode == 2);
    CHECK(nowhere.err.contains(QStringLiteral("consulta report: Cannot write")));
    REQUIRE(QDir().mkpath(cli.path(QStringLiteral("taken.pdf"))));
    CHECK(report({QStringLiteral("-o"), cli.path(QStringLiteral("taken.pdf"))}).exitCode == 2);

    // An existing PDF is replaced whole.
    consulta::test::writeAll(pdf, QByteArrayLiteral("old"));
    REQUIRE(report({QStringLiteral("-o"), pdf}).exitCode == 0);
    CHECK(consulta::test::readAll(pdf).startsWith("%PDF-"));
    const QStringList left = QDir(cli.path(QString())).entryList(QDir::Files);
    for (const QString &name : left)
        CHECK_FALSE(name.contains(QStringLiteral(".pdf.")));
}
