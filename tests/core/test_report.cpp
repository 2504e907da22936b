#include "TestSupport.h"

#include "balance/BalanceCalculator.h"
#include "balance/BalanceJson.h"
#include "balance/BalanceTally.h"
#include "model/ConsultationDefaults.h"
#include "report/BalanceReport.h"
#include "report/ParticipantsReport.h"
#include "report/ReportFormat.h"
#include "report/SmallCountSuppression.h"
#include "sample/SampleConsultation.h"
#include "store/Document.h"

#include <QCollator>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <tuple>

using namespace consulta;

namespace {

const QDateTime kPrepared(QDate(2020, 10, 20), QTime(3, 0), QTimeZone::utc());

std::unique_ptr<Document> sampleDocument()
{
    Result<std::unique_ptr<Document>> created = Document::createNew(sampleConsultation());
    REQUIRE(created.ok());
    REQUIRE(populateSample(created.value()->store()).ok());
    return created.takeValue();
}

// The figures as `consulta stats --json` computes them, independently of the report.
QJsonObject statsOf(const ConsultationStore &store)
{
    BalanceTally tally;
    for (const BalanceRecord &record : store.balanceRecords())
        tally.add(record);
    const Consultation consultation = store.consultation();
    return statsJson(consultation,
                     BalanceCalculator(consultation, store.balanceTargets()).compute(tally),
                     store.organizationNames());
}

QString unescaped(QString text)
{
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

QString withoutTags(const QString &html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(tag, QStringLiteral(" "));
    return unescaped(text).simplified();
}

// The rows of the first table after `from` as lists of cell texts. The tables parsed
// here (a section's data table, the summary) hold no nested tables.
QList<QStringList> firstTableRows(const QString &html, qsizetype from = 0)
{
    const qsizetype start = html.indexOf(QStringLiteral("<table border=\"1\""), from);
    REQUIRE(start >= 0);
    const qsizetype end = html.indexOf(QStringLiteral("</table>"), start);
    const QString table = html.mid(start, end - start);
    static const QRegularExpression rowPattern(QStringLiteral("<tr[^>]*>(.*?)</tr>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(QStringLiteral("<t[dh][^>]*>(.*?)</t[dh]>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    QList<QStringList> rows;
    for (auto row = rowPattern.globalMatch(table); row.hasNext();) {
        QStringList cells;
        const QString inner = row.next().captured(1);
        for (auto cell = cellPattern.globalMatch(inner); cell.hasNext();)
            cells.append(withoutTags(cell.next().captured(1)));
        rows.append(cells);
    }
    return rows;
}

// The row whose first cell is label, or an empty list.
QStringList rowOf(const QList<QStringList> &rows, const QString &label)
{
    for (const QStringList &row : rows) {
        if (!row.isEmpty() && row.constFirst() == label)
            return row;
    }
    return {};
}

// The part of the report between <a name="anchor"> and the next anchor.
QString section(const QString &html, const QString &anchor)
{
    const QString marker = QStringLiteral("<a name=\"%1\">").arg(anchor);
    const qsizetype start = html.indexOf(marker);
    REQUIRE(start >= 0);
    const qsizetype end = html.indexOf(QStringLiteral("<a name=\""), start + marker.size());
    return html.mid(start, end < 0 ? -1 : end - start);
}

// A number standing alone: "3" but not "13", "2023" or "0.3".
bool containsNumber(const QString &text, const QString &number)
{
    const QRegularExpression pattern(QStringLiteral("(?<![\\d.])") + number +
                                     QStringLiteral("(?!\\d|\\.\\d)"));
    return pattern.match(text).hasMatch();
}

bool containsWord(const QString &text, const QString &word)
{
    const QRegularExpression pattern(QStringLiteral("(?<![\\p{L}\\p{M}])") +
                                     QRegularExpression::escape(word) +
                                     QStringLiteral("(?![\\p{L}\\p{M}])"));
    return pattern.match(text).hasMatch();
}

BalanceRecord record(Status status, Gender gender, const char *subregion, const char *sector,
                     qint64 organization = 0)
{
    BalanceRecord r;
    r.status = status;
    r.gender = gender;
    r.subregion = QString::fromLatin1(subregion);
    r.sector = QString::fromLatin1(sector);
    r.organizationId = organization;
    return r;
}

BalanceFigures figuresOf(const QList<BalanceRecord> &records, const Consultation &consultation)
{
    BalanceTally tally;
    for (const BalanceRecord &r : records)
        tally.add(r);
    return BalanceCalculator(consultation, BalanceTargets()).compute(tally);
}

void checkNoPlaceholders(const QString &html)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?\\d|\\{\\{|\\}\\}|\\$\\{"));
    const QRegularExpressionMatch match = placeholder.match(html);
    INFO(match.captured(0).toStdString());
    CHECK_FALSE(match.hasMatch());
    CHECK_FALSE(html.contains(QStringLiteral("&amp;lt;")));
    CHECK_FALSE(html.contains(QStringLiteral("&amp;amp;")));
}

} // namespace

TEST_CASE("the balance report states the figures of stats for every stage", "[report]")
{
    const std::unique_ptr<Document> document = sampleDocument();
    const ConsultationStore &store = document->store();
    BalanceReport::Options options;
    options.generatedAt = kPrepared;
    const QString html = BalanceReport::fromStore(store, options).html();
    const QJsonObject stats = statsOf(store);
    const QJsonObject stages = stats.value(QStringLiteral("stages")).toObject();

    // The summary: total, overall and every dimension's score per stage.
    const QList<QStringList> summary = firstTableRows(html);
    for (Stage stage : allStages()) {
        const QJsonObject s = stages.value(stageCode(stage)).toObject();
        const QStringList row = rowOf(summary, stageLabel(stage));
        REQUIRE(row.size() == 6);
        CHECK(row.at(1) == QString::number(s.value(QStringLiteral("total")).toInt()));
        CHECK(row.at(2) == formatScore(s.value(QStringLiteral("overall")).toDouble()));
        const QJsonObject dimensions = s.value(QStringLiteral("dimensions")).toObject();
        CHECK(row.at(3) == formatScore(dimensions.value(QStringLiteral("gender"))
                                           .toObject()
                                           .value(QStringLiteral("score"))
                                           .toDouble()));
        CHECK(row.at(4) == formatScore(dimensions.value(QStringLiteral("subregion"))
                                           .toObject()
                                           .value(QStringLiteral("score"))
                                           .toDouble()));
        CHECK(row.at(5) == formatScore(dimensions.value(QStringLiteral("sector"))
                                           .toObject()
                                           .value(QStringLiteral("score"))
                                           .toDouble()));
    }

    // Every category of every dimension of every stage: count, share, target, seats.
    int checked = 0;
    for (Stage stage : allStages()) {
        const QJsonObject dimensions = stages.value(stageCode(stage))
                                           .toObject()
                                           .value(QStringLiteral("dimensions"))
                                           .toObject();
        for (Dimension dimension : {Dimension::Gender, Dimension::Subregion, Dimension::Sector}) {
            const QJsonObject d = dimensions.value(dimensionCode(dimension)).toObject();
            const QString part =
                section(html, stageCode(stage) + QLatin1Char('-') + dimensionCode(dimension));
            CHECK(part.contains(QStringLiteral("score ") +
                                formatScore(d.value(QStringLiteral("score")).toDouble())));
            const QList<QStringList> rows = firstTableRows(part);
            const QJsonObject categories = d.value(QStringLiteral("categories")).toObject();
            for (auto it = categories.begin(); it != categories.end(); ++it) {
                const QJsonObject c = it.value().toObject();
                const QStringList row = rowOf(rows, categoryLabel(dimension, it.key()));
                INFO(it.key().toStdString());
                REQUIRE(row.size() == 5);
                CHECK(row.at(1) == QString::number(c.value(QStringLiteral("count")).toInt()));
                CHECK(row.at(2) == formatPercent(c.value(QStringLiteral("share")).toDouble()));
                CHECK(row.at(3) == formatPercent(c.value(QStringLiteral("target")).toDouble()));
                const QJsonValue seats = c.value(QStringLiteral("seats_needed"));
                CHECK(row.at(4) == (seats.isNull() ? QStringLiteral("unreachable")
                                                   : QString::number(seats.toInt())));
                ++checked;
            }
            const QJsonObject excluded = d.value(QStringLiteral("excluded")).toObject();
            for (auto it = excluded.begin(); it != excluded.end(); ++it) {
                const QStringList row = rowOf(rows, categoryLabel(dimension, it.key()));
                REQUIRE(row.size() >= 2);
                CHECK(row.at(1) == QString::number(it.value().toInt()));
            }
        }
    }
    CHECK(checked == 4 * (2 + 5 + 13));

    // The rules.
    const QJsonObject rules = stats.value(QStringLiteral("rules")).toObject();
    CHECK(html.contains(QStringLiteral("Late registrations (after Sunday 25 October 2020, "
                                       "24:00): <b>%1</b>")
                            .arg(rules.value(QStringLiteral("late_registrations")).toInt())));
    const QJsonArray overLimit = rules.value(QStringLiteral("over_organization_limit")).toArray();
    REQUIRE_FALSE(overLimit.isEmpty());
    const QList<QStringList> ruleRows = firstTableRows(html, html.indexOf(QStringLiteral("Rules")));
    for (const QJsonValue &value : overLimit) {
        const QJsonObject o = value.toObject();
        const QStringList row = rowOf(ruleRows, o.value(QStringLiteral("organization")).toString());
        REQUIRE(row.size() == 2);
        CHECK(row.at(1) == QString::number(o.value(QStringLiteral("count")).toInt()));
    }
    checkNoPlaceholders(html);
}

TEST_CASE("the balance report's header names the consultation in its own time zone", "[report]")
{
    const std::unique_ptr<Document> document = sampleDocument();
    BalanceReport::Options options;
    options.generatedAt = kPrepared;
    options.stage = Stage::Registered;
    const ReportDocument report = BalanceReport::fromStore(document->store(), options).document();
    const QString text = withoutTags(report.toHtml());
    CHECK(text.contains(sampleConsultation().title));
    CHECK(text.contains(QStringLiteral("IMRF roundtable 1")));
    CHECK(text.contains(QStringLiteral("2. Minimize the adverse drivers and structural factors "
                                       "that compel people to leave their country of origin")));
    for (const char *objective : {"5. ", "6. ", "12. ", "18. "})
        CHECK(text.contains(QString::fromLatin1(objective)));
    CHECK(text.contains(
        QStringLiteral("Wednesday 28 October 2020, 11:00\u201314:00 Asia/Bangkok (UTC+07:00)")));
    CHECK(text.contains(QStringLiteral("Sunday 25 October 2020, 24:00 Asia/Bangkok (UTC+07:00)")));
    CHECK(text.contains(QStringLiteral("Tuesday 20 October 2020, 10:00")));
    // One stage in detail: its sections and no other stage's.
    CHECK(report.toHtml().contains(QStringLiteral("<a name=\"registered-sector\">")));
    CHECK_FALSE(report.toHtml().contains(QStringLiteral("<a name=\"pool-sector\">")));
    CHECK(report.runningHeader.startsWith(QStringLiteral("Balance report")));
    CHECK_FALSE(report.landscape);
    checkNoPlaceholders(report.toHtml());
}

TEST_CASE("the balance report holds no participant's name or e-mail address", "[report]")
{
    const std::unique_ptr<Document> document = sampleDocument();
    const QList<Participant> participants = document->store().participants();
    REQUIRE(participants.size() > 100);
    for (bool suppress : {false, true}) {
        BalanceReport::Options options;
        options.suppressSmall = suppress;
        const ReportDocument report =
            BalanceReport::fromStore(document->store(), options).document();
        const QString html = report.toHtml();
        const QString text = withoutTags(html) + QLatin1Char(' ') + report.runningHeader +
                             QLatin1Char(' ') + report.title;
        for (const Participant &p : participants) {
            INFO(p.displayName().toStdString() << " " << p.email.toStdString());
            CHECK_FALSE(html.contains(p.email, Qt::CaseInsensitive));
            CHECK_FALSE(text.contains(p.email, Qt::CaseInsensitive));
            CHECK_FALSE(containsWord(text, p.displayName()));
            CHECK_FALSE(containsWord(text, p.givenName));
            CHECK_FALSE(containsWord(text, p.familyName));
        }
        CHECK_FALSE(html.contains(QLatin1Char('@')));
    }
}

TEST_CASE("small counts are suppressed so that they cannot be worked out", "[report]")
{
    SECTION("the rule for one stage")
    {
        // Gender: 3 women (small), 20 men; other, undisclosed 0 → man withheld too.
        // Subregion: SEA 20, PAC 2 and NONREG 1 (two small: no secondary).
        // Sector: everyone civil society → nothing small, nothing hidden.
        QList<BalanceRecord> records;
        for (int i = 0; i < 3; ++i)
            records.append(record(Status::Registered, Gender::Woman, "SEA", "civil_society"));
        for (int i = 0; i < 17; ++i)
            records.append(record(Status::Registered, Gender::Man, "SEA", "civil_society"));
        records.append(record(Status::Registered, Gender::Man, "PAC", "civil_society"));
        records.append(record(Status::Registered, Gender::Man, "PAC", "civil_society"));
        records.append(record(Status::Registered, Gender::Man, "NONREG", "civil_society"));
        const BalanceFigures figures = figuresOf(records, defaultConsultation(1));
        const SmallCountSuppression s =
            SmallCountSuppression::forStage(figures.stage(Stage::Registered));
        using Mark = SmallCountSuppression::Mark;
        CHECK(s.mark(Dimension::Gender, QStringLiteral("woman")) == Mark::Small);
        CHECK(s.mark(Dimension::Gender, QStringLiteral("man")) == Mark::Withheld);
        CHECK(s.mark(Dimension::Gender, QStringLiteral("other")) == Mark::Shown);
        CHECK(s.hidesDerived(Dimension::Gender));
        CHECK(s.mark(Dimension::Subregion, QStringLiteral("PAC")) == Mark::Small);
        CHECK(s.mark(Dimension::Subregion, QStringLiteral("NONREG")) == Mark::Small);
        CHECK(s.mark(Dimension::Subregion, QStringLiteral("SEA")) == Mark::Shown);
        CHECK(s.hidesDerived(Dimension::Subregion));
        CHECK(s.mark(Dimension::Sector, QStringLiteral("civil_society")) == Mark::Shown);
        CHECK_FALSE(s.hidesDerived(Dimension::Sector));
        CHECK(s.hidesOverall());
        CHECK_FALSE(s.hidesTotal());

        // A stage of 3 people: the total is small, so is every count; no secondary.
        const SmallCountSuppression tiny = SmallCountSuppression::forStage(
            figuresOf(records.mid(0, 3), defaultConsultation(1)).stage(Stage::Registered));
        CHECK(tiny.hidesTotal());
        CHECK(tiny.mark(Dimension::Gender, QStringLiteral("woman")) == Mark::Small);
        CHECK(tiny.mark(Dimension::Gender, QStringLiteral("man")) == Mark::Shown); // 0

        // Nothing small: nothing suppressed.
        QList<BalanceRecord> large;
        for (int i = 0; i < 20; ++i)
            large.append(
                record(Status::Invited, i % 2 ? Gender::Man : Gender::Woman, "SEA", "youth"));
        const SmallCountSuppression none = SmallCountSuppression::forStage(
            figuresOf(large, defaultConsultation(1)).stage(Stage::Invited));
        CHECK_FALSE(none.suppressesAnything());
        CHECK(none.mark(Dimension::Gender, QStringLiteral("woman")) == Mark::Shown);
        CHECK_FALSE(SmallCountSuppression().suppressesAnything());
    }

    SECTION("the report applies it")
    {
        Consultation consultation = defaultConsultation(1);
        consultation.title = QStringLiteral("Suppression check");
        QList<BalanceRecord> records;
        for (int i = 0; i < 3; ++i)
            records.append(record(Status::Attended, Gender::Woman, "SEA", "civil_society"));
        for (int i = 0; i < 37; ++i)
            records.append(record(Status::Attended, Gender::Man, "SEA", "civil_society"));
        BalanceReport::Options options;
        options.stage = Stage::Attended;
        options.suppressSmall = true;
        const BalanceFigures figures = figuresOf(records, consultation);
        const QString html = BalanceReport(consultation, figures, {}, options).html();

        const QList<QStringList> gender =
            firstTableRows(section(html, QStringLiteral("attended-gender")));
        CHECK(rowOf(gender, QStringLiteral("Woman")) ==
              QStringList{QStringLiteral("Woman"), QStringLiteral("<5"), QStringLiteral("x"),
                          QStringLiteral("50.0%"), QStringLiteral("x")});
        CHECK(rowOf(gender, QStringLiteral("Man")) ==
              QStringList{QStringLiteral("Man"), QStringLiteral("x"), QStringLiteral("x"),
                          QStringLiteral("50.0%"), QStringLiteral("x")});
        // Neither the count, nor the share (7.5%), nor the seats needed (34) of the
        // three women, nor the score that would give them back, appear anywhere.
        const QString text = withoutTags(html);
        CHECK_FALSE(containsNumber(text, QStringLiteral("3")));
        CHECK_FALSE(text.contains(QStringLiteral("7.5%")));
        CHECK_FALSE(text.contains(QStringLiteral("92.5%")));
        CHECK_FALSE(text.contains(
            formatScore(figures.stage(Stage::Attended).dimension(Dimension::Gender).score)));
        CHECK_FALSE(containsNumber(text, QStringLiteral("34")));
        CHECK_FALSE(containsNumber(text, QStringLiteral("37")));
        // The subregion and sector are not small: shown in full.
        const QList<QStringList> subregion =
            firstTableRows(section(html, QStringLiteral("attended-subregion")));
        CHECK(
            rowOf(subregion, categoryLabel(Dimension::Subregion, QStringLiteral("SEA"))).value(1) ==
            QStringLiteral("40"));
        CHECK(
            rowOf(subregion, categoryLabel(Dimension::Subregion, QStringLiteral("SEA"))).value(2) ==
            QStringLiteral("100.0%"));
        CHECK(text.contains(QStringLiteral("counts from 1 to 4 are shown as")));
        // The summary hides the overall score of every stage that has a small count.
        const QStringList attended = rowOf(firstTableRows(html), QStringLiteral("Attended"));
        CHECK(attended.value(1) == QStringLiteral("40"));
        CHECK(attended.value(2) == QStringLiteral("x"));
        CHECK(attended.value(3) == QStringLiteral("x"));

        // Without the option the same report shows everything.
        options.suppressSmall = false;
        const QString full = BalanceReport(consultation, figures, {}, options).html();
        CHECK(rowOf(firstTableRows(section(full, QStringLiteral("attended-gender"))),
                    QStringLiteral("Woman")) ==
              QStringList{QStringLiteral("Woman"), QStringLiteral("3"), QStringLiteral("7.5%"),
                          QStringLiteral("50.0%"), QStringLiteral("34")});
    }

    SECTION("rule counts")
    {
        Consultation consultation = defaultConsultation(1);
        consultation.capacity = 38;
        QList<BalanceRecord> records;
        for (int i = 0; i < 40; ++i)
            records.append(record(Status::Registered, i % 2 ? Gender::Man : Gender::Woman, "SEA",
                                  "civil_society", i < 3 ? 7 : 100 + i));
        BalanceReport::Options options;
        options.suppressSmall = true;
        const QString html = BalanceReport(consultation, figuresOf(records, consultation),
                                           {{7, QStringLiteral("Seven Network")}}, options)
                                 .html();
        CHECK(rowOf(firstTableRows(html, html.indexOf(QStringLiteral("Rules"))),
                    QStringLiteral("Seven Network")) ==
              QStringList{QStringLiteral("Seven Network"), QStringLiteral("<5")});
        CHECK(html.contains(QStringLiteral("Over the capacity of 38: <b>&lt;5</b>")));
    }
}

TEST_CASE("reports escape every text that comes from the file", "[report]")
{
    const QString hostile =
        QStringLiteral("<script>alert('x')</script> & <b>\"Bold\"</b> <img src=x onerror=y>");
    const QString escaped = QStringLiteral(
        "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;&quot;Bold&quot;&lt;/b&gt; "
        "&lt;img src=x onerror=y&gt;");
    CHECK(htmlEscaped(hostile) == escaped);

    Result<std::unique_ptr<Document>> created = Document::createNew(defaultConsultation(1));
    REQUIRE(created.ok());
    ConsultationStore &store = created.value()->store();
    Consultation consultation = store.consultation();
    consultation.title = QStringLiteral("Title <i>with</i> & tags");
    REQUIRE(store.setConsultation(consultation).ok());
    Organization organization;
    organization.name = hostile;
    organization.country = QStringLiteral("TH");
    organization.category = QStringLiteral("civil_society");
    const Result<qint64> organizationId = store.addOrganization(organization);
    REQUIRE(organizationId.ok());
    for (int i = 0; i < 2; ++i) { // two registered: over the limit of one
        Participant p;
        p.givenName = hostile;
        p.familyName = QStringLiteral("<u>Family</u>");
        p.email = QStringLiteral("person%1@example.org").arg(i);
        p.organizationId = *organizationId;
        p.country = QStringLiteral("TH");
        p.status = Status::Registered;
        REQUIRE(store.addParticipant(p).ok());
    }

    const QString balance = BalanceReport::fromStore(store, {}).html();
    CHECK(balance.contains(escaped));
    CHECK(balance.contains(QStringLiteral("Title &lt;i&gt;with&lt;/i&gt; &amp; tags")));
    for (const QString &raw : {QStringLiteral("<script"), QStringLiteral("<img"),
                               QStringLiteral("<b>\""), QStringLiteral("<i>with")})
        CHECK_FALSE(balance.contains(raw));

    ParticipantsReport::Options options;
    const QString participants = ParticipantsReport::fromStore(store, options).html();
    CHECK(participants.contains(escaped + QStringLiteral(" &lt;u&gt;Family&lt;/u&gt;")));
    CHECK(participants.contains(escaped)); // the organization and its group heading
    for (const QString &raw : {QStringLiteral("<script"), QStringLiteral("<img"),
                               QStringLiteral("<u>"), QStringLiteral("<i>with")})
        CHECK_FALSE(participants.contains(raw));
    checkNoPlaceholders(participants);
}

TEST_CASE("the participants report lists people grouped and sorted", "[report]")
{
    const std::unique_ptr<Document> document = sampleDocument();
    const ConsultationStore &store = document->store();
    const QList<Participant> everyone = store.participants();

    SECTION("everyone, by organization, every name as written")
    {
        ParticipantsReport::Options options;
        options.generatedAt = kPrepared;
        const ParticipantsReport report = ParticipantsReport::fromStore(store, options);
        CHECK(report.rowCount() == everyone.size());
        const ReportDocument printed = report.document();
        REQUIRE(printed.parts.size() == 2);
        REQUIRE(printed.parts.at(1).table);
        const ReportTable &table = *printed.parts.at(1).table;
        CHECK(table.columns.size() == 4);
        int people = 0;
        QStringList groups;
        for (const ReportTable::Row &row : table.rows) {
            if (row.group)
                groups.append(row.cells.value(0));
            else
                ++people;
        }
        CHECK(people == everyone.size());
        // Groups in order of their names, each heading once.
        QCollator collator{QLocale(QLocale::English)};
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        CHECK(std::is_sorted(groups.cbegin(), groups.cend(), collator));
        CHECK(QSet<QString>(groups.cbegin(), groups.cend()).size() == groups.size());
        const QString html = printed.toHtml();
        for (const Participant &p : everyone)
            CHECK(html.contains(htmlEscaped(p.displayName())));
        CHECK(html.contains(QStringLiteral("<thead>")));
        CHECK(withoutTags(html).contains(QStringLiteral("Contains personal data")));
        checkNoPlaceholders(html);
    }

    SECTION("one stage, by status, landscape")
    {
        ParticipantsReport::Options options;
        options.stage = Stage::Registered;
        options.groupBy = ParticipantsReport::GroupBy::Status;
        options.landscape = true;
        const ParticipantsReport report = ParticipantsReport::fromStore(store, options);
        const int registered =
            int(std::count_if(everyone.cbegin(), everyone.cend(), [](const Participant &p) {
                return isInStage(p.status, Stage::Registered);
            }));
        CHECK(report.rowCount() == registered);
        const ReportDocument printed = report.document();
        CHECK(printed.landscape);
        const ReportTable &table = *printed.parts.at(1).table;
        QStringList groups;
        for (const ReportTable::Row &row : table.rows) {
            if (row.group)
                groups.append(row.cells.value(0));
        }
        CHECK(groups ==
              QStringList{statusLabel(Status::Registered), statusLabel(Status::Attended)});
    }

    SECTION("names sorted by family name within a group")
    {
        Result<std::unique_ptr<Document>> created = Document::createNew(defaultConsultation(1));
        REQUIRE(created.ok());
        ConsultationStore &small = created.value()->store();
        for (const auto &[given, family, country] :
             {std::tuple{"Zoe", "Adams", "FJ"}, std::tuple{"Amy", "Young", "FJ"},
              std::tuple{"Bob", "Adams", "FJ"}, std::tuple{"Cy", "Mills", "TH"},
              std::tuple{"Ana", "da Costa", "FJ"}}) {
            Participant p;
            p.givenName = QString::fromLatin1(given);
            p.familyName = QString::fromLatin1(family);
            p.country = QString::fromLatin1(country);
            REQUIRE(small.addParticipant(p).ok());
        }
        ParticipantsReport::Options options;
        options.groupBy = ParticipantsReport::GroupBy::Country;
        const ReportTable table =
            *ParticipantsReport::fromStore(small, options).document().parts.at(1).table;
        QStringList order;
        for (const ReportTable::Row &row : table.rows)
            order.append(row.group ? row.cells.value(0) + row.cells.value(1) : row.cells.value(0));
        CHECK(order == QStringList{QStringLiteral("Fiji(4)"), QStringLiteral("Bob Adams"),
                                   QStringLiteral("Zoe Adams"), QStringLiteral("Ana da Costa"),
                                   QStringLiteral("Amy Young"), QStringLiteral("Thailand(1)"),
                                   QStringLiteral("Cy Mills")});
    }

    SECTION("group-by codes")
    {
        for (const char *code :
             {"none", "organization", "country", "subregion", "status", "sector"}) {
            const auto groupBy = ParticipantsReport::groupByFromCode(QString::fromLatin1(code));
            REQUIRE(groupBy);
            CHECK(ParticipantsReport::groupByCode(*groupBy) == QString::fromLatin1(code));
        }
        CHECK_FALSE(ParticipantsReport::groupByFromCode(QStringLiteral("email")));
    }
}

TEST_CASE("report values are written as stats writes them", "[report]")
{
    CHECK(formatPercent(0.125) == QStringLiteral("12.5%"));
    CHECK(formatPercent(1.0 / 13.0) == QStringLiteral("7.7%"));
    CHECK(formatScore(0.87349) == QStringLiteral("0.873"));
    CHECK(formatSeats(std::nullopt) == QStringLiteral("unreachable"));
    const QDateTime deadline(QDate(2020, 10, 25), QTime(17, 0), QTimeZone::utc());
    CHECK(formatInstant(deadline, "Asia/Bangkok", true) ==
          QStringLiteral("Sunday 25 October 2020, 24:00"));
    CHECK(formatInstant(deadline, "Asia/Bangkok") ==
          QStringLiteral("Monday 26 October 2020, 00:00"));
    CHECK(formatInstant(deadline, QByteArray()) == QStringLiteral("Sunday 25 October 2020, 17:00"));
    CHECK(formatZone("Asia/Bangkok", deadline) == QStringLiteral("Asia/Bangkok (UTC+07:00)"));
    CHECK(formatZone("No/Such_Zone", deadline) == QStringLiteral("UTC"));
    CHECK(categoryLabel(Dimension::Subregion, QStringLiteral("SEA")) ==
          QStringLiteral("South-East Asia (SEA)"));
    CHECK(categoryLabel(Dimension::Sector, QStringLiteral("trade_union")) ==
          QStringLiteral("Trade unions and workers' organizations"));
    CHECK(categoryLabel(Dimension::Sector, QStringLiteral("nonsense")) ==
          QStringLiteral("Unknown"));
}
