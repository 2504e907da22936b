#include "TestSupport.h"

#include "io/CsvReader.h"
#include "io/CsvSniffer.h"
#include "io/CsvTokenizer.h"
#include "io/TextDecoder.h"

#include <QElapsedTimer>

#include <random>

using namespace consulta;

namespace {

struct ExpectedCell
{
    int row;
    int column;
    QString value;
};

struct ExpectedProblem
{
    int line;
    QString reasonContains;
};

// One fixture under tests/data/csv and everything the reader should find in it.
struct FixtureCase
{
    QString file;
    CsvOptions options;
    TextDecoder::Encoding encoding;
    QString encodingDescription;
    QChar delimiter;
    int headerLine;
    QStringList header;
    QList<int> rowLines; // the starting line of every row, so also the row count
    QList<ExpectedCell> cells;
    QList<ExpectedProblem> problems;
    QString sectionTitle = {};
    int endLine = 0;
};

CsvOptions sectionOptions(const QString &section)
{
    CsvOptions options;
    options.section = section;
    return options;
}

CsvOptions headerLineOptions(int line)
{
    CsvOptions options;
    options.headerLine = line;
    return options;
}

QList<int> lines(int first, int last)
{
    QList<int> result;
    for (int line = first; line <= last; ++line)
        result.append(line);
    return result;
}

QStringList zoomAttendeeHeader()
{
    return {QStringLiteral("Attended"),        QStringLiteral("User Name (Original Name)"),
            QStringLiteral("First Name"),      QStringLiteral("Last Name"),
            QStringLiteral("Email"),           QStringLiteral("Registration Time"),
            QStringLiteral("Approval Status"), QStringLiteral("Join Time"),
            QStringLiteral("Leave Time"),      QStringLiteral("Time in Session (minutes)"),
            QStringLiteral("Is Guest"),        QStringLiteral("Country/Region Name")};
}

QStringList zoomPanelHeader()
{
    return {QStringLiteral("Attended"),
            QStringLiteral("User Name (Original Name)"),
            QStringLiteral("Email"),
            QStringLiteral("Join Time"),
            QStringLiteral("Leave Time"),
            QStringLiteral("Time in Session (minutes)"),
            QStringLiteral("Country/Region Name")};
}

QList<ExpectedCell> zoomAttendeeCells()
{
    return {
        {0, 1, QStringLiteral("กัลยา ศรีสุข")},
        {0, 2, QStringLiteral("กัลยา")},
        {1, 3, QStringLiteral("الزهراء")},
        {2, 2, QStringLiteral("प्रिया")},
        {4, 1, QStringLiteral("Anil (अनिल कुमार)")},
        {5, 0, QStringLiteral("No")},
        {5, 7, QString()}, // "--"
        {5, 11, QString()},
        {7, 3, QStringLiteral("王")},
        {8, 4, QStringLiteral("tanvir.h@example.org")},
        {0, 5, QStringLiteral("Oct 22, 2020 10:15:32")},
    };
}

QList<FixtureCase> fixtureCases()
{
    using E = TextDecoder::Encoding;
    const QString utf8 = QStringLiteral("UTF-8");
    const QString utf8Bom = QStringLiteral("UTF-8 with BOM");
    return {
        {QStringLiteral("utf8_comma_lf.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         1,
         {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
          QStringLiteral("Organization"), QStringLiteral("Country"), QStringLiteral("Gender")},
         lines(2, 7),
         {{0, 0, QStringLiteral("กัลยา")},
          {0, 1, QStringLiteral("ศรีสุข")},
          {1, 0, QStringLiteral("فاطمة")},
          {1, 1, QStringLiteral("الزهراء")},
          {2, 1, QStringLiteral("李")},
          {3, 0, QStringLiteral("प्रिया")},
          {4, 0, QStringLiteral("Nguyễn Thị")},
          {5, 5, QStringLiteral("F")}},
         {}},
        {QStringLiteral("utf8bom_semicolon_crlf.csv"),
         {},
         E::Utf8,
         utf8Bom,
         QLatin1Char(';'),
         1,
         {QStringLiteral("Given name"), QStringLiteral("Surname"), QStringLiteral("E-mail"),
          QStringLiteral("Organisation"), QStringLiteral("Country/Region"), QStringLiteral("Sex"),
          QStringLiteral("Share of time on migration")},
         lines(2, 5),
         {{0, 0, QStringLiteral("José")},
          {0, 3, QStringLiteral("Red de Migración, Asia")},
          {0, 6, QStringLiteral("0,5")},
          {1, 0, QStringLiteral("अनिल")},
          {2, 1, QStringLiteral("خان")},
          {2, 3, QStringLiteral("Lahore Workers; Families Trust")},
          {3, 5, QStringLiteral("Female")}},
         {}},
        {QStringLiteral("utf16le_bom_tab.txt"),
         {},
         E::Utf16LE,
         QStringLiteral("UTF-16LE with BOM"),
         QLatin1Char('\t'),
         1,
         {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
          QStringLiteral("Organization"), QStringLiteral("City")},
         lines(2, 4),
         {{0, 0, QStringLiteral("สมศรี")},
          {0, 4, QStringLiteral("Bangkok, Thailand")},
          {1, 0, QStringLiteral("小明")},
          {1, 1, QStringLiteral("王")},
          {2, 3, QStringLiteral("Afghan Returnees \"Hope\" Network")}},
         {}},
        {QStringLiteral("utf16be_bom_comma.csv"),
         {},
         E::Utf16BE,
         QStringLiteral("UTF-16BE with BOM"),
         QLatin1Char(','),
         1,
         {QStringLiteral("Name"), QStringLiteral("Email"), QStringLiteral("Country")},
         lines(2, 4),
         {{0, 0, QStringLiteral("देवी प्रसाद")},
          {1, 0, QStringLiteral("ماريا صالح")},
          {2, 2, QStringLiteral("Bangladesh")}},
         {}},
        {QStringLiteral("cp1252_semicolon_crlf.csv"),
         {},
         E::Windows1252,
         QStringLiteral("Windows-1252"),
         QLatin1Char(';'),
         1,
         {QStringLiteral("Prénom"), QStringLiteral("Nom"), QStringLiteral("Courriel"),
          QStringLiteral("Organisation"), QStringLiteral("Commentaire")},
         lines(2, 4),
         {{0, 0, QStringLiteral("Hélène")},
          {0, 1, QStringLiteral("Nuñez")},
          {0, 3, QStringLiteral("Comité d’accueil")},
          {0, 4, QStringLiteral("Frais: 25 €")},
          {1, 3, QStringLiteral("Asociación “Migrantes”")},
          {1, 4, QStringLiteral("—")},
          {2, 0, QStringLiteral("Zoë")},
          {2, 3, QStringLiteral("Œuvre de soutien")},
          {2, 4, QStringLiteral("Merci…")}}, // 0x85 is an ellipsis, not a line break
         {}},
        {QStringLiteral("utf8_tab_lf.tsv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char('\t'),
         1,
         {QStringLiteral("Timestamp"), QStringLiteral("Full name"), QStringLiteral("Email"),
          QStringLiteral("Organisation")},
         lines(2, 3),
         {{0, 0, QStringLiteral("2020-10-20 09:12:44")},
          {0, 1, QStringLiteral("रमेश पौडेल")},
          {1, 3, QStringLiteral("Karachi Labour Forum, Sindh")}},
         {}},
        {QStringLiteral("utf8_comma_cr.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         1,
         {QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Approval Status")},
         lines(2, 4),
         {{1, 2, QStringLiteral("pending")}, {2, 1, QStringLiteral("王小明")}},
         {}},
        {QStringLiteral("quotes_newlines_crlf.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         1,
         {QStringLiteral("ID"), QStringLiteral("Name"), QStringLiteral("Email"),
          QStringLiteral("Notes")},
         {2, 3, 6, 7, 9},
         {{0, 1, QStringLiteral("Reyes, Ana")},
          {0, 3, QStringLiteral("She said \"I will attend\" and asked for captions")},
          {1, 3, QStringLiteral("Line one\nLine two\nLine three")},
          {2, 1, QStringLiteral("王 小明")},
          {2, 3, QString()},
          {3, 3, QStringLiteral("multi\nline, with comma")},
          {4, 1, QStringLiteral("O\"Brien, Siobhan")},
          {4, 3, QStringLiteral("plain")}},
         {}},
        {QStringLiteral("preamble.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         5,
         {QStringLiteral("Email"), QStringLiteral("First Name"), QStringLiteral("Last Name"),
          QStringLiteral("Organization")},
         lines(6, 9),
         {{0, 1, QStringLiteral("กัลยา")},
          {1, 2, QStringLiteral("الزهراء")},
          {2, 1, QStringLiteral("秀英")},
          {3, 2, QStringLiteral("शर्मा")}},
         {}},
        {QStringLiteral("zoom_registration_report.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         6,
         {QStringLiteral("First Name"), QStringLiteral("Last Name"), QStringLiteral("Email"),
          QStringLiteral("City"), QStringLiteral("Country/Region"), QStringLiteral("Organization"),
          QStringLiteral("Job Title"), QStringLiteral("Registration Time"),
          QStringLiteral("Approval Status"), QStringLiteral("Gender"),
          QStringLiteral("Stakeholder group"), QStringLiteral("Time zone")},
         lines(7, 15),
         {{0, 0, QStringLiteral("กัลยา")},
          {0, 7, QStringLiteral("Oct 22, 2020 10:15:32")},
          {0, 8, QStringLiteral("approved")},
          {1, 1, QStringLiteral("الزهراء")},
          {2, 0, QStringLiteral("秀英")},
          {2, 8, QStringLiteral("pending")},
          {3, 1, QStringLiteral("शर्मा")},
          {4, 6, QStringLiteral("Officer, Outreach")},
          {5, 8, QStringLiteral("denied")},
          {5, 10, QString()},
          {8, 11, QStringLiteral("Pacific/Tongatapu")}},
         {}},
        {QStringLiteral("zoom_attendee_report.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         14,
         zoomAttendeeHeader(),
         lines(15, 23),
         zoomAttendeeCells(),
         {},
         QStringLiteral("Attendee Details")},
        {QStringLiteral("zoom_attendee_report.csv"),
         sectionOptions(QStringLiteral("Attendee Details")),
         E::Utf8,
         utf8,
         QLatin1Char(','),
         14,
         zoomAttendeeHeader(),
         lines(15, 23),
         zoomAttendeeCells(),
         {},
         QStringLiteral("Attendee Details")},
        {QStringLiteral("zoom_attendee_report.csv"),
         sectionOptions(QStringLiteral("panelist details:")),
         E::Utf8,
         utf8,
         QLatin1Char(','),
         9,
         zoomPanelHeader(),
         lines(10, 12),
         {{0, 1, QStringLiteral("Moderator (Ruth Tan)")},
          {2, 0, QStringLiteral("No")},
          {2, 3, QString()}},
         {},
         QStringLiteral("Panelist Details"),
         13},
        {QStringLiteral("zoom_attendee_report.csv"),
         sectionOptions(QStringLiteral("Host Details")),
         E::Utf8,
         utf8,
         QLatin1Char(','),
         6,
         zoomPanelHeader(),
         {7},
         {{0, 2, QStringLiteral("secretariat@example.org")}},
         {},
         QStringLiteral("Host Details"),
         8},
        {QStringLiteral("zoom_attendee_report.csv"),
         headerLineOptions(3),
         E::Utf8,
         utf8,
         QLatin1Char(','),
         3,
         {QStringLiteral("Topic"), QStringLiteral("Webinar ID"),
          QStringLiteral("Actual Start Time"), QStringLiteral("Actual Duration (minutes)"),
          QStringLiteral("# Registered"), QStringLiteral("# Cancelled"),
          QStringLiteral("Unique Viewers"), QStringLiteral("Total Users"),
          QStringLiteral("Max Concurrent Views")},
         {4},
         {{0, 1, QStringLiteral("912 3456 7890")}},
         {},
         {},
         5},
        {QStringLiteral("ms_forms_export.csv"),
         {},
         E::Utf8,
         utf8Bom,
         QLatin1Char(','),
         1,
         {QStringLiteral("ID"), QStringLiteral("Start time"), QStringLiteral("Completion time"),
          QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Given name"),
          QStringLiteral("Family name"), QStringLiteral("Organisation"), QStringLiteral("Country"),
          QStringLiteral("Which stakeholder group(s) do you represent?"), QStringLiteral("Gender"),
          QStringLiteral("Comments")},
         {2, 3, 5, 6},
         {{0, 3, QStringLiteral("anonymous")},
          {0, 9, QStringLiteral("Civil society;Women's organization;")},
          {1, 11, QStringLiteral("Please share the concept note.\nThank you!")},
          {2, 5, QStringLiteral("ស្រីពៅ")},
          {2, 6, QStringLiteral("សុខ")},
          {3, 11, QString()}},
         {}},
        {QStringLiteral("google_forms_export.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         1,
         {QStringLiteral("Timestamp"), QStringLiteral("Email Address"), QStringLiteral("Full name"),
          QStringLiteral("Organization / Affiliation"), QStringLiteral("Country"),
          QStringLiteral("Stakeholder group"), QStringLiteral("Gender"),
          QStringLiteral("Any accessibility needs? (e.g. captions, sign language)")},
         lines(2, 5),
         {{0, 2, QStringLiteral("रमेश पौडेल")},
          {0, 7, QString()},
          {1, 2, QStringLiteral("ليلى حسن")},
          {2, 2, QStringLiteral("陈伟")},
          {2, 4, QStringLiteral("Hong Kong, China")},
          {2, 7, QStringLiteral("Captions, please")},
          {3, 2, QStringLiteral("ณภัทร กิตติ")}},
         {}},
        {QStringLiteral("malformed.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         1,
         {QStringLiteral("Email"), QStringLiteral("Name"), QStringLiteral("Country")},
         {2, 6, 7, 9},
         {{0, 0, QStringLiteral("ana.reyes@example.org")},
          {1, 1, QStringLiteral("Trailing Empties")},
          {3, 1, QStringLiteral("Last Good")}},
         {{3, QStringLiteral("column 2 contains a NUL character")},
          {4, QStringLiteral("expected 3 columns, found 4")},
          {5, QStringLiteral("expected 3 columns, found 1")},
          {8, QStringLiteral("quoted field in column 2 is never closed")}}},
        {QStringLiteral("trailing_dashes.csv"),
         {},
         E::Utf8,
         utf8,
         QLatin1Char(','),
         1,
         {QStringLiteral("Attended"), QStringLiteral("Name"), QStringLiteral("Email"),
          QStringLiteral("Join Time"), QStringLiteral("Leave Time")},
         lines(2, 4),
         {{0, 3, QStringLiteral("Oct 28, 2020 11:00:02")},
          {1, 3, QString()},
          {1, 4, QString()},
          {2, 1, QStringLiteral("प्रिया शर्मा")},
          {2, 4, QString()}},
         {}},
    };
}

QString options(const CsvOptions &options)
{
    if (!options.section.isEmpty())
        return QStringLiteral(" section ") + options.section;
    if (options.headerLine > 0)
        return QStringLiteral(" header line ") + QString::number(options.headerLine);
    return {};
}

CsvTable readText(const char *utf8, const CsvOptions &options = {})
{
    return CsvReader::read(QString::fromUtf8(utf8), options);
}

} // namespace

TEST_CASE("every CSV fixture reads as expected", "[csv]")
{
    const QStringList personalData = {QStringLiteral("nul.byte"), QStringLiteral("too.many"),
                                      QStringLiteral("too.few"), QStringLiteral("stray.quote"),
                                      QStringLiteral("@")};
    for (const FixtureCase &fixture : fixtureCases()) {
        DYNAMIC_SECTION(fixture.file.toStdString() << options(fixture.options).toStdString())
        {
            const QByteArray bytes =
                test::readAll(test::dataPath(QStringLiteral("csv/") + fixture.file));
            REQUIRE_FALSE(bytes.isEmpty());
            const CsvTable table = CsvReader::readBytes(bytes, fixture.options);
            REQUIRE(table.error == QString());
            CHECK(table.encoding == fixture.encoding);
            CHECK(table.encodingDescription == fixture.encodingDescription);
            CHECK(QString(table.delimiter) == QString(fixture.delimiter));
            CHECK(table.headerLine == fixture.headerLine);
            CHECK(table.header == fixture.header);
            CHECK(table.sectionTitle == fixture.sectionTitle);
            CHECK(table.endLine == fixture.endLine);

            QList<int> rowLines;
            for (const CsvRow &row : table.rows) {
                rowLines.append(row.line());
                CHECK(row.size() == table.header.size());
            }
            CHECK(rowLines == fixture.rowLines);

            for (const ExpectedCell &cell : fixture.cells) {
                INFO("row " << cell.row << " column " << cell.column);
                REQUIRE(cell.row < table.rows.size());
                REQUIRE(cell.column < table.rows[cell.row].size());
                CHECK(table.rows[cell.row].cell(cell.column).toString() == cell.value);
            }

            REQUIRE(table.problems.size() == fixture.problems.size());
            for (qsizetype i = 0; i < fixture.problems.size(); ++i) {
                CHECK(table.problems[i].line == fixture.problems[i].line);
                CHECK(table.problems[i].reason.contains(fixture.problems[i].reasonContains));
                for (const QString &secret : personalData)
                    CHECK_FALSE(table.problems[i].reason.contains(secret));
            }
        }
    }
}

TEST_CASE("a Zoom attendee report names its sections", "[csv]")
{
    const CsvTable table =
        CsvReader::readFile(test::dataPath(QStringLiteral("csv/zoom_attendee_report.csv")));
    REQUIRE(table.ok());
    CHECK(table.sectionTitles == QStringList{QStringLiteral("Host Details"),
                                             QStringLiteral("Panelist Details"),
                                             QStringLiteral("Attendee Details")});

    CsvOptions options;
    options.section = QStringLiteral("Breakout Rooms");
    const CsvTable missing = CsvReader::readFile(
        test::dataPath(QStringLiteral("csv/zoom_attendee_report.csv")), options);
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.contains(QStringLiteral("Breakout Rooms")));
    CHECK(missing.rows.isEmpty());
}

TEST_CASE("Windows-1252 decoding follows the code page", "[csv]")
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all.append(char(b));
    const QString text = TextDecoder::fromWindows1252(all);
    REQUIRE(text.size() == 256);
    CHECK(text[0x41] == u'A');
    CHECK(text[0x80] == u'€');
    CHECK(text[0x81] == QChar(0xFFFD));
    CHECK(text[0x8A] == u'Š');
    CHECK(text[0x8D] == QChar(0xFFFD));
    CHECK(text[0x8F] == QChar(0xFFFD));
    CHECK(text[0x90] == QChar(0xFFFD));
    CHECK(text[0x91] == u'‘');
    CHECK(text[0x92] == u'’');
    CHECK(text[0x96] == u'–');
    CHECK(text[0x99] == u'™');
    CHECK(text[0x9D] == QChar(0xFFFD));
    CHECK(text[0x9F] == u'Ÿ');
    CHECK(text[0xA0] == QChar(0xA0));
    CHECK(text[0xE9] == u'é');
    CHECK(text[0xFF] == u'ÿ');
}

TEST_CASE("UTF-8 validation rejects what RFC 3629 forbids", "[csv]")
{
    const auto valid = [](const char *bytes) {
        return TextDecoder::isValidUtf8(QByteArrayView(bytes));
    };
    CHECK(valid(""));
    CHECK(valid("plain ASCII, long enough to take the eight-byte path"));
    CHECK(valid("\xC3\xA9"));               // é
    CHECK(valid("\xE2\x82\xAC"));           // €
    CHECK(valid("\xF0\x9F\x98\x80"));       // an emoji
    CHECK(valid("\xF4\x8F\xBF\xBF"));       // U+10FFFF
    CHECK_FALSE(valid("\xC0\x80"));         // overlong NUL
    CHECK_FALSE(valid("\xE0\x80\xAF"));     // overlong
    CHECK_FALSE(valid("\xED\xA0\x80"));     // surrogate
    CHECK_FALSE(valid("\xF4\x90\x80\x80")); // past U+10FFFF
    CHECK_FALSE(valid("\xF5\x80\x80\x80"));
    CHECK_FALSE(valid("caf\xE9"));          // Windows-1252 é
    CHECK_FALSE(valid("abcdefgh\xE2\x82")); // cut short at the end
    CHECK_FALSE(valid("\x80"));
}

TEST_CASE("UTF-16 is recognised without a byte order mark", "[csv]")
{
    const QString text = QStringLiteral("Email\tName\r\nana@example.org\tกัลยา\r\n");
    QByteArray little;
    QByteArray big;
    for (const QChar c : text) {
        little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    const TextDecoder::Result le = TextDecoder::decode(little);
    CHECK(le.encoding == TextDecoder::Encoding::Utf16LE);
    CHECK(le.guessed);
    CHECK(le.description() == QStringLiteral("UTF-16LE without BOM"));
    CHECK(le.text == text);
    const TextDecoder::Result be = TextDecoder::decode(big);
    CHECK(be.encoding == TextDecoder::Encoding::Utf16BE);
    CHECK(be.text == text);

    // A stray odd byte at the end becomes U+FFFD rather than being lost silently.
    const QString odd = TextDecoder::fromUtf16(QByteArray("a\0b", 3), false);
    CHECK(odd == QStringLiteral("a\uFFFD"));

    // A forced encoding wins over detection.
    CsvOptions options;
    options.encoding = TextDecoder::Encoding::Windows1252;
    const CsvTable table = CsvReader::readBytes(QByteArray("Name\nJos\xC3\xA9\n"), options);
    REQUIRE(table.rows.size() == 1);
    CHECK(table.rows[0].cell(0).toString() == QStringLiteral("JosÃ©"));
}

TEST_CASE("small CSV shapes", "[csv]")
{
    SECTION("empty or blank input is an error, not a crash")
    {
        CHECK_FALSE(readText("").ok());
        CHECK_FALSE(readText("\n\r\n,,,\n").ok());
        CHECK_FALSE(CsvReader::readBytes(QByteArray()).ok());
    }
    SECTION("a header alone gives no rows")
    {
        const CsvTable table = readText("Email,Name");
        REQUIRE(table.ok());
        CHECK(table.header == QStringList{QStringLiteral("Email"), QStringLiteral("Name")});
        CHECK(table.rows.isEmpty());
    }
    SECTION("no final line break, blank rows skipped, trailing delimiter at the very end")
    {
        const CsvTable table = readText("a,b\n1,2\n\n,\n3,");
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].cells() == QStringList{QStringLiteral("1"), QStringLiteral("2")});
        CHECK(table.rows[1].cells() == QStringList{QStringLiteral("3"), QString()});
        CHECK(table.rows[1].line() == 5);
        CHECK(table.problems.isEmpty());
    }
    SECTION("a forced delimiter and header line")
    {
        CsvOptions options;
        options.delimiter = QLatin1Char('|');
        options.headerLine = 2;
        const CsvTable table =
            readText("exported|today\nEmail|Name\nana@example.org|Ana\n", options);
        REQUIRE(table.ok());
        CHECK(table.headerLine == 2);
        CHECK(table.header == QStringList{QStringLiteral("Email"), QStringLiteral("Name")});
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows[0].cell(1).toString() == QStringLiteral("Ana"));
    }
    SECTION("a header line inside a multi-line row does not exist")
    {
        CsvOptions options;
        options.headerLine = 3;
        const CsvTable table = readText("a,b\n\"x\ny\",z\nc,d\n", options);
        CHECK_FALSE(table.ok());
        CHECK(table.error.contains(QStringLiteral("line 3")));
    }
    SECTION("a quote or line break cannot be the delimiter")
    {
        CsvOptions options;
        options.delimiter = QLatin1Char('"');
        CHECK_FALSE(readText("a,b\n", options).ok());
    }
    SECTION("short rows can be padded on request")
    {
        CsvOptions options;
        options.padShortRows = true;
        const CsvTable table = readText("a,b,c\n1\n1,2,3\n", options);
        CHECK(table.problems.isEmpty());
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].cells() == QStringList{QStringLiteral("1"), QString(), QString()});
    }
    SECTION("an unclosed quote on the last line")
    {
        const CsvTable table = readText("a,b\n1,2\n3,\"4\n");
        REQUIRE(table.rows.size() == 1);
        REQUIRE(table.problems.size() == 1);
        CHECK(table.problems[0].line == 3);
        CHECK(table.problems[0].reason.contains(QStringLiteral("never closed")));
    }
    SECTION("a stray quote costs its own line, not the rows it would swallow")
    {
        // Line 3 opens a quote that only a quote on line 5 closes; line 6 holds a real line
        // break inside quotes and stays one row.
        const CsvTable table = readText("a,b,c\n1,2,3\n4,\"5,6\n7,8,9\n10,11,\"x\"\"y\"\n"
                                        "12,\"multi\nline\",13\n14,15,16\n");
        REQUIRE(table.problems.size() == 1);
        CHECK(table.problems[0].line == 3);
        CHECK(table.problems[0].reason ==
              QStringLiteral("a stray quote at the start of column 2 is never closed on its line"));
        QList<int> lines;
        for (const CsvRow &row : table.rows)
            lines.append(row.line());
        CHECK(lines == QList<int>{2, 4, 5, 6, 8});
        CHECK(table.rows[3].cell(1).toString() == QStringLiteral("multi\nline"));
    }
    SECTION("a stray quote whose row keeps the header's width is still found")
    {
        // The quote on line 2 closes on line 3 with text after it: no quoted field ends so.
        const CsvTable table = readText("a,b\n1,\"2\n3,\"4\"x\n5,6\n");
        REQUIRE(table.problems.size() == 1);
        CHECK(table.problems[0].line == 2);
        CHECK(table.problems[0].reason.contains(QStringLiteral("stray quote")));
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[0].line() == 3);
        CHECK(table.rows[1].line() == 4);
    }
    SECTION("text where no line can be read says why, not that it is empty")
    {
        const CsvTable table = CsvReader::read(QStringLiteral("a\u0000b,c\nd\u0000e,f\n"));
        REQUIRE_FALSE(table.ok());
        CHECK(table.error == QStringLiteral("No header row was found: no line can be read (line "
                                            "1: column 1 contains a NUL character). Is the "
                                            "encoding right?"));
    }
    SECTION("one registrant under a report's summary: the registrant header wins the tie")
    {
        const CsvTable plain =
            readText("Topic,Webinar ID,Scheduled Time,\n"
                     "\"Consultation\",912 3456 7890,\"Oct 28, 2020 11:00 AM\",\n"
                     ",\nFirst Name,Last Name,Email,Registration Time,\n"
                     "Mere,Tane,mere@example.org,\"Oct 22, 2020 10:15:32\",\n");
        CHECK(plain.headerLine == 4);
        CHECK(plain.rows.size() == 1);
        const CsvTable titled = readText("Topic,ID,Scheduled Time,Registered,Cancelled\n"
                                         "\"Consultation\",1,\"Oct 28, 2020 11:00 AM\",1,0\n\n"
                                         "Registrant Details\nFirst Name,Last Name,Email\n"
                                         "Mere,Tane,mere@example.org\n");
        CHECK(titled.headerLine == 5);
        CHECK(titled.sectionTitle == QStringLiteral("Registrant Details"));
        CHECK(titled.rows.size() == 1);
    }
    SECTION("text after a closing quote is kept")
    {
        const CsvTable table = readText("a,b\n\"x\"y,z\n");
        REQUIRE(table.rows.size() == 1);
        CHECK(table.rows[0].cell(0).toString() == QStringLiteral("xy"));
    }
    SECTION("a stray byte order mark at the start of text is dropped")
    {
        const CsvTable table =
            CsvReader::read(QStringLiteral("\uFEFFEmail,Name\nx@example.org,X\n"));
        CHECK(table.header.first() == QStringLiteral("Email"));
    }
    SECTION("a header may repeat a label after a preamble")
    {
        const CsvTable table = readText("Exported from the form\n"
                                        "Email,Name,Comment,Country,Comment\n"
                                        "a@example.org,A,x,TH,y\nb@example.org,B,,VN,\n");
        CHECK(table.headerLine == 2);
        CHECK(table.rows.size() == 2);
    }
    SECTION("data rows of repeated words do not pass for a header")
    {
        const CsvTable table = readText("Title only\nAttended,Status,Guest\nYes,Yes,No\nNo,Yes,"
                                        "No\nYes,No,No\n");
        CHECK(table.headerLine == 2);
        CHECK(table.rows.size() == 3);
    }
    SECTION("wide rows (more cells than a row keeps inline)")
    {
        QStringList header;
        QStringList values;
        for (int i = 0; i < 40; ++i) {
            header.append(QStringLiteral("Question %1").arg(QChar(u'A' + i % 26)) +
                          QString(i / 26 + 1, QLatin1Char('?')));
            values.append(QString::number(i));
        }
        const QString line = values.join(QLatin1Char(','));
        const CsvTable table =
            CsvReader::read(header.join(QLatin1Char(',')) + QStringLiteral("\n") + line +
                            QStringLiteral("\n") + line + QStringLiteral("\n"));
        CHECK(table.header.size() == 40);
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[1].cells() == values);
    }
    SECTION("a comma inside quotes does not sway delimiter detection")
    {
        const CsvTable table = readText("Name;City\n\"Reyes, Ana\";\"Quezon City, PH\"\n"
                                        "\"Bui, Minh\";\"Hanoi, VN\"\n");
        CHECK(QString(table.delimiter) == QStringLiteral(";"));
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[1].cell(0).toString() == QStringLiteral("Bui, Minh"));
    }
}

TEST_CASE("caps on field, row and column count skip the row and keep its neighbours", "[csv]")
{
    CsvOptions options; // the default caps: 64 KiB field, 1 MiB row, 4096 columns
    QByteArray bytes("Email,Notes\n"
                     "first@example.org,ok\n");                                // line 2
    bytes += "huge.unquoted@example.org," + QByteArray(70 * 1024, 'x') + "\n"; // line 3
    bytes += "huge.quoted@example.org,\"" + QByteArray(40 * 1024, 'y') + "\n" +
             QByteArray(40 * 1024, 'z') + "\"\n";                          // lines 4–5
    bytes += "second@example.org,ok\n";                                    // line 6
    bytes += "wide@example.org" + QByteArray(5000, ',') + "\n";            // line 7
    bytes += "long@example.org," + QByteArray(1100 * 1024, 'w') + "\n";    // line 8
    bytes += "third@example.org,ok\n";                                     // line 9
    bytes += "stray@example.org,\"" + QByteArray(1100 * 1024, 'v') + "\n"; // line 10
    bytes += "fourth@example.org,ok\n";                                    // line 11

    const CsvTable table = CsvReader::readBytes(bytes, options);
    REQUIRE(table.ok());
    QList<int> rowLines;
    for (const CsvRow &row : table.rows)
        rowLines.append(row.line());
    CHECK(rowLines == QList<int>{2, 6, 9, 11});
    REQUIRE(table.problems.size() == 5);
    CHECK(table.problems[0].line == 3);
    CHECK(table.problems[0].reason == QStringLiteral("column 2 is longer than 65536 characters"));
    CHECK(table.problems[1].line == 4);
    CHECK(table.problems[1].reason == QStringLiteral("column 2 is longer than 65536 characters"));
    CHECK(table.problems[2].line == 7);
    CHECK(table.problems[2].reason == QStringLiteral("the row has more than 4096 columns"));
    CHECK(table.problems[3].line == 8);
    CHECK(table.problems[3].reason.contains(QStringLiteral("longer than")));
    CHECK(table.problems[4].line == 10);
    CHECK(table.problems[4].reason == QStringLiteral("the row is longer than 1048576 characters"));
}

TEST_CASE("a row keeps its cells back to back", "[csv]")
{
    CsvRow row;
    row.appendCell(u"Ana");
    row.appendCell(u"");
    row.appendCell(u"Rey");
    row.extendLastCell(u"es");
    row.appendCell(u"  ");
    CHECK(row.size() == 4);
    CHECK(row.width() == 3);
    CHECK(row.cell(0) == u"Ana");
    CHECK(row.cell(1).isEmpty());
    CHECK(row.cell(2) == u"Reyes");
    CHECK(row.cell(-1).isEmpty());
    CHECK(row.cell(9).isEmpty());
    row.resize(2);
    CHECK(row.cells() == QStringList{QStringLiteral("Ana"), QString()});
    row.resize(4);
    CHECK(row.cells() == QStringList{QStringLiteral("Ana"), QString(), QString(), QString()});
    row.setLine(7);
    const CsvRow copy = row.compacted();
    CHECK(copy.line() == 7);
    CHECK(copy.cells() == row.cells());
    row.clear();
    CHECK(row.isEmpty());
    CHECK(copy.size() == 4);
}

TEST_CASE("rows can be read one at a time with progress", "[csv]")
{
    CsvReader reader(QStringLiteral("Email,Name\na@example.org,A\nb@example.org,B\n"));
    REQUIRE(reader.isValid());
    CHECK(reader.position() < reader.size());
    CsvRow row;
    int count = 0;
    while (reader.readRow(row))
        ++count;
    CHECK(count == 2);
    CHECK(reader.position() == reader.size());
    CHECK_FALSE(reader.readRow(row));
}

TEST_CASE("random bytes never crash or hang the reader", "[csv]")
{
    std::mt19937 random(20201028);
    const char alphabet[] = {',',    ';',    '\t',   '"',    '"',    '\r',   '\n',  '\n',   '\0',
                             'a',    'b',    '-',    ' ',    '@',    ':',    '1',   '\xEF', '\xBB',
                             '\xBF', '\xFF', '\xFE', '\xC3', '\xA9', '\x80', '\x92'};
    const std::string boms[] = {"", "", "\xEF\xBB\xBF", "\xFF\xFE", "\xFE\xFF"};
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 4000; ++i) {
        QByteArray bytes = QByteArray::fromStdString(boms[random() % 5]);
        const int length = int(random() % 700);
        for (int k = 0; k < length; ++k) {
            if (random() % 10 < 7)
                bytes.append(alphabet[random() % sizeof alphabet]);
            else
                bytes.append(char(random() % 256));
        }
        CsvOptions options;
        if (i % 3 == 0) {
            options.maxFieldLength = 1 + random() % 32;
            options.maxRowLength = 1 + random() % 128;
            options.maxColumns = 1 + int(random() % 8);
        }
        if (i % 7 == 0)
            options.headerLine = 1 + int(random() % 5);
        if (i % 11 == 0)
            options.section = QStringLiteral("a");
        if (i % 13 == 0)
            options.padShortRows = true;

        const CsvTable table = CsvReader::readBytes(bytes, options);
        if (!table.ok()) {
            CHECK(table.rows.isEmpty());
            continue;
        }
        CHECK_FALSE(table.header.isEmpty());
        int previousLine = table.headerLine;
        for (const CsvRow &row : table.rows) {
            CHECK(row.size() == table.header.size());
            CHECK(row.line() > previousLine);
            previousLine = row.line();
        }
        for (const CsvProblem &problem : table.problems)
            CHECK(problem.line > table.headerLine);
    }
    CHECK(timer.elapsed() < 20000);
}

TEST_CASE("pathological quoting stays linear", "[csv]")
{
    const QList<QByteArray> inputs = {
        QByteArray(1024 * 1024, '"'),
        QByteArray("\"") + QByteArray(2 * 1024 * 1024, 'a'),
        QByteArray("a,\"b\n").repeated(200000),
        QByteArray("\"\"\"\n").repeated(250000),
        QByteArray("x,\"\n,\n").repeated(150000),
        QByteArray("\"a\nb,c\n").repeated(150000),
    };
    for (const QByteArray &input : inputs) {
        QElapsedTimer timer;
        timer.start();
        const CsvTable table = CsvReader::readBytes(input);
        CHECK(timer.elapsed() < 5000);
        CHECK(table.rows.size() + table.problems.size() < 2000000);
    }
}

TEST_CASE("a 100,000-row registration report reads quickly", "[csv]")
{
    QByteArray bytes = "Registration Report,\nReport Generated:,\"Oct 26, 2020 09:14 AM\",\n\n"
                       "First Name,Last Name,Email,City,Country/Region,Organization,Job Title,"
                       "Registration Time,Approval Status,Gender,Stakeholder group,Time zone,\n";
    const QByteArray givenNames[] = {"กัลยา", "فاطمة", "秀英", "प्रिया", "Ana", "Minh"};
    for (int i = 0; i < 100000; ++i) {
        bytes += givenNames[i % 6] + ",Family" + QByteArray::number(i) + ",person" +
                 QByteArray::number(i) + "@example.org,Bangkok,Thailand,\"Organization, number " +
                 QByteArray::number(i % 977) +
                 "\",Programme Officer,\"Oct 22, 2020 10:15:32\",approved,Female,"
                 "Civil society organization,Asia/Bangkok,\n";
    }
    REQUIRE(bytes.size() > 15 * 1024 * 1024);
    QElapsedTimer timer;
    timer.start();
    const CsvTable table = CsvReader::readBytes(bytes);
    const qint64 elapsed = timer.elapsed();
    REQUIRE(table.ok());
    CHECK(table.headerLine == 4);
    CHECK(table.rows.size() == 100000);
    CHECK(table.problems.isEmpty());
    CHECK(table.rows.last().cell(2).toString() == QStringLiteral("person99999@example.org"));
    CHECK(table.rows[2].cell(0).toString() == QStringLiteral("秀英"));
    // "Well under a second" on a developer laptop; the margin is for loaded CI machines.
    CHECK(elapsed < 3000);
}

TEST_CASE("files in an encoding named by the caller", "[csv][encoding]")
{
    struct Case
    {
        QString file;
        QByteArray codec;
        QStringList firstRow;
        QString lastOrganization;
    };
    const QList<Case> cases = {
        {QStringLiteral("gb18030_comma_crlf.csv"),
         "GB18030",
         {QStringLiteral("秀英"), QStringLiteral("李"), QStringLiteral("xiuying.li@example.org"),
          QStringLiteral("广州移民服务中心")},
         QStringLiteral("中华全国总工会")},
        {QStringLiteral("shift_jis_comma_crlf.csv"),
         "Shift_JIS",
         {QStringLiteral("花子"), QStringLiteral("山田"),
          QStringLiteral("hanako.yamada@example.org"), QStringLiteral("移住者支援ネットワーク")},
         QStringLiteral("日本労働組合総連合会")},
        {QStringLiteral("tis620_comma_crlf.csv"),
         "TIS-620",
         {QStringLiteral("กัลยา"), QStringLiteral("ศรีสุข"), QStringLiteral("kanlaya.s@example.org"),
          QStringLiteral("มูลนิธิเพื่อแรงงานข้ามชาติ")},
         QStringLiteral("สภาองค์การลูกจ้าง")},
        {QStringLiteral("euc_kr_comma_crlf.csv"),
         "EUC-KR",
         {QStringLiteral("민준"), QStringLiteral("김"), QStringLiteral("minjun.kim@example.org"),
          QStringLiteral("이주노동자 지원센터")},
         QStringLiteral("한국노동조합총연맹")},
    };
    for (const Case &fixture : cases) {
        DYNAMIC_SECTION(fixture.file.toStdString())
        {
            REQUIRE(TextDecoder::isKnownCodec(fixture.codec));
            const QString path = test::dataPath(QStringLiteral("encodings/") + fixture.file);
            CsvOptions options;
            options.codec = fixture.codec;
            const CsvTable table = CsvReader::readFile(path, options);
            REQUIRE(table.ok());
            CHECK(table.encodingDescription == QString::fromLatin1(fixture.codec));
            CHECK(table.header ==
                  QStringList({QStringLiteral("First Name"), QStringLiteral("Last Name"),
                               QStringLiteral("Email"), QStringLiteral("Organization")}));
            REQUIRE(table.rows.size() == 2);
            CHECK(table.rows[0].cells() == fixture.firstRow);
            CHECK(table.rows[0].line() == 2);
            CHECK(table.rows[1].cell(3).toString() == fixture.lastOrganization);
            CHECK(table.problems.isEmpty());

            // Not guessed: detection reads these bytes as something else.
            const CsvTable guessed = CsvReader::readFile(path);
            REQUIRE(guessed.ok());
            REQUIRE(guessed.rows.size() == 2);
            CHECK(guessed.rows[0].cells() != fixture.firstRow);
        }
    }

    CHECK_FALSE(TextDecoder::isKnownCodec("no-such-encoding"));
    CHECK_FALSE(TextDecoder::isKnownCodec(QByteArray()));
    CsvOptions unknown;
    unknown.codec = "no-such-encoding";
    const CsvTable refused = CsvReader::readBytes(QByteArray("Name\nAna\n"), unknown);
    CHECK_FALSE(refused.ok());
    CHECK(refused.error.contains(QStringLiteral("no-such-encoding")));
}
